//! The team view: groups of pasted or loaded codes, read in time-boxed slices (large
//! pastes stay responsive), team results per group, and comparisons. Group state lives
//! in `domain::groups` (every action names a group by id); every figure comes from
//! `domain::team`, which refuses groups below the minimum size; `domain::team::differencing` refuses
//! views that, combined with anything shown in this session, would single people out.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::compare::{CompareView, GroupSummary};
use crate::components::team_results::TeamResults;
use crate::domain::code;
use crate::domain::group_read::{GroupData, GroupRead, Outcome, Unusable};
use crate::domain::groups::{Action, FileProblem, GroupId, Groups, ReadToken, Status};
use crate::domain::intake::{MemberKey, MAX_TEXT_BYTES};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::team::differencing::{Figure, Ledger};
use crate::domain::team::{MinGroup, TeamError};
use crate::i18n::{self, fill};
use crate::team_read::{practise, read_text};

/// Most invalid codes listed one by one.
const MAX_LISTED_INVALID: usize = 50;

/// `domain::groups` as a Yew reducer; an action that changes nothing keeps the same
/// `Rc`, so repeated keystrokes and dropped progress cause no re-render.
#[derive(Clone, PartialEq, Default)]
pub struct GroupsState(pub Groups<Outcome>);

impl Reducible for GroupsState {
    type Action = Action<Outcome>;

    fn reduce(self: Rc<Self>, action: Action<Outcome>) -> Rc<Self> {
        let mut g = self.0.clone();
        if g.apply(action) {
            Rc::new(GroupsState(g))
        } else {
            self
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TeamProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub questionnaire: Rc<Questionnaire>,
    pub min_group: usize,
    /// Back to the start screen; `None` when the host chose team mode.
    pub on_back: Option<Callback<()>>,
}

/// A group's text box, looked up inside the widget (which may live in a shadow root,
/// where the document cannot see it).
fn text_area(root: &NodeRef, id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    root.cast::<web_sys::Element>()?
        .query_selector(&format!("textarea[id=\"{id}\"]"))
        .ok()??
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()
}

/// The name of a figure in refusals.
fn figure_name(q: &Questionnaire, s: &i18n::ViewStrings, lang: &str, f: Figure) -> String {
    match f {
        Figure::Group => String::new(),
        Figure::Dimension(d) => q
            .dimensions
            .get(d)
            .map(|d| q.text(&d.name, lang).to_string())
            .unwrap_or_default(),
        Figure::Index => s.index_label.to_string(),
        Figure::Own => s.own_title.to_string(),
        Figure::Spread => crate::i18n_figures::figure_strings(lang)
            .spread_label
            .to_string(),
        Figure::Density => crate::i18n_figures::figure_strings(lang)
            .density_title
            .to_string(),
        Figure::WhoLeads(k) => q
            .who_leads
            .functions
            .get(k)
            .map(|f| q.text(&f.text, lang).to_string())
            .unwrap_or_default(),
    }
}

#[component]
pub fn TeamView(p: &TeamProps) -> Html {
    let s = i18n::view_strings(&p.lang);
    let min = MinGroup::new(p.min_group);
    let groups = use_reducer(GroupsState::default);
    let root = use_node_ref();
    // The latest state, for reading tasks that must stop once their run is dropped.
    let latest = use_mut_ref(|| None::<UseReducerHandle<GroupsState>>);
    *latest.borrow_mut() = Some(groups.clone());
    // Every view shown in this session (differencing).
    let dims = p.questionnaire.dimensions.len();
    let ledger = use_mut_ref(|| Ledger::<MemberKey>::new(min.get(), dims));
    let tokens = use_mut_ref(|| 0u32);
    // The built-in suggestion rules are read from their JSON on first use (a few
    // milliseconds): read them in a task of their own after the view appears, not in
    // the task that shows the first results.
    // Then a practice read (`domain::practice`) while the person pastes, stopped by the
    // first real read or when the view goes.
    let practising = use_mut_ref(|| true);
    use_effect_with((), {
        let (q, practising) = (p.questionnaire.clone(), practising.clone());
        move |_| {
            let live = {
                let practising = practising.clone();
                move || *practising.borrow()
            };
            yew::platform::spawn_local(async move {
                crate::effects::yield_now().await;
                let _ = crate::domain::suggestions::Rules::built_in();
                practise(&q, min, live).await;
            });
            move || *practising.borrow_mut() = false
        }
    });
    let own_text = use_state(String::new);
    let own_checked = use_state(String::new);
    let uid = p.uid.to_string();
    let text_id = move |id: GroupId| format!("{uid}-g{}-text", id.get());

    let read = {
        let groups = groups.clone();
        let q = p.questionnaire.clone();
        let text_id = text_id.clone();
        let root = root.clone();
        let practising = practising.clone();
        Callback::from(move |id: GroupId| {
            let text = text_area(&root, &text_id(id))
                .map(|t| crate::effects::text_value(&t))
                .unwrap_or_default();
            let token = {
                let mut t = tokens.borrow_mut();
                *t = t.wrapping_add(1);
                ReadToken(*t)
            };
            *practising.borrow_mut() = false;
            groups.dispatch(Action::StartRead(id, token));
            let (groups, q, latest, ledger) =
                (groups.clone(), q.clone(), latest.clone(), ledger.clone());
            yew::platform::spawn_local(async move {
                let live = {
                    let latest = latest.clone();
                    move || {
                        latest
                            .borrow()
                            .as_ref()
                            .is_some_and(|h| h.0.is_current(id, token))
                    }
                };
                let progress = {
                    let groups = groups.clone();
                    move |done, total| {
                        groups.dispatch(Action::Progress {
                            id,
                            token,
                            done,
                            total,
                        })
                    }
                };
                let outcome = match read_text(&q, &text, progress, &live).await {
                    None => return,
                    Some(Err(e)) => Outcome::Failed(Rc::new(e)),
                    Some(Ok(reading)) => {
                        if !live() {
                            return;
                        }
                        // Figures, the ledger's check and the results' first render
                        // each in a task of their own.
                        let data = reading.data(&q, min);
                        crate::effects::yield_now().await;
                        if !live() {
                            // Nothing was recorded in the ledger yet.
                            return;
                        }
                        let letter = latest
                            .borrow()
                            .as_ref()
                            .and_then(|h| h.0.get(id).map(|g| g.letter))
                            .unwrap_or('?');
                        let read = GroupRead::admitted(
                            &q,
                            reading,
                            data,
                            &mut ledger.borrow_mut(),
                            letter,
                        );
                        crate::effects::yield_now().await;
                        Outcome::Read(Rc::new(read))
                    }
                };
                groups.dispatch(Action::Finish(id, token, outcome));
            });
        })
    };

    let load_file = |id: GroupId| {
        let groups = groups.clone();
        let tid = text_id(id);
        let root = root.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(files) = input.files() else {
                return;
            };
            let groups = groups.clone();
            let tid = tid.clone();
            let root = root.clone();
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|k| files.get(k)).collect();
            yew::platform::spawn_local(async move {
                let mut all = String::new();
                for f in files {
                    let bytes = f.size() as usize;
                    if bytes > MAX_TEXT_BYTES {
                        groups.dispatch(Action::FileRefused(
                            id,
                            FileProblem {
                                name: f.name(),
                                bytes,
                                max_bytes: MAX_TEXT_BYTES,
                            },
                        ));
                        return;
                    }
                    let text = wasm_bindgen_futures::JsFuture::from(f.text()).await;
                    if let Some(t) = text.ok().and_then(|v| v.as_string()) {
                        all.push_str(&t);
                        all.push('\n');
                    }
                }
                // The group may have been removed meanwhile: then its box is gone and
                // the files are simply not added anywhere.
                if let Some(area) = text_area(&root, &tid) {
                    let old = area.value();
                    if old.trim().is_empty() {
                        area.set_value(&all);
                    } else {
                        area.set_value(&format!("{old}\n{all}"));
                    }
                    groups.dispatch(Action::Edited(id));
                }
            });
            input.set_value("");
        })
    };

    let add_group = {
        let groups = groups.clone();
        Callback::from(move |_: MouseEvent| groups.dispatch(Action::Add))
    };

    // The own code is checked as typed, but an error is shown (and announced) only
    // after leaving the field or pasting, not on every keystroke.
    let own_answers: Option<Result<Answers, String>> = {
        let t = own_text.trim();
        (!t.is_empty())
            .then(|| code::decode(&p.questionnaire, t).map_err(|e| i18n::code_error(&p.lang, &e)))
    };
    let own_error: Option<String> = match &own_answers {
        Some(Err(e)) if *own_checked == *own_text => Some(e.clone()),
        _ => None,
    };
    let on_own = {
        let own_text = own_text.clone();
        let own_checked = own_checked.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if e.input_type() == "insertFromPaste" || e.input_type() == "insertFromDrop" {
                    own_checked.set(t.value());
                }
                own_text.set(t.value());
            }
        })
    };
    let on_own_blur = {
        let own_checked = own_checked.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                own_checked.set(t.value());
            }
        })
    };

    let group_label = |letter: char| fill(s.team_group, &[("x", letter.to_string())]);
    let name = |f: Figure| figure_name(&p.questionnaire, s, &p.lang, f);
    let state = &groups.0;

    let group_blocks: Html = state
        .list()
        .iter()
        .map(|g| {
            let id = g.id;
            let dom = format!("{}-g{}", p.uid, id.get());
            let onclick = {
                let read = read.clone();
                Callback::from(move |_: MouseEvent| read.emit(id))
            };
            let oninput = {
                let groups = groups.clone();
                Callback::from(move |_: InputEvent| groups.dispatch(Action::Edited(id)))
            };
            let remove = {
                let groups = groups.clone();
                Callback::from(move |_: MouseEvent| groups.dispatch(Action::Remove(id)))
            };
            let status = match &g.status {
                Status::Empty => html! {},
                Status::Reading { done, total, .. } => html! {
                    <p class="lr-reading" role="status">
                        { if *total > 0 { fill(s.team_reading, &[("x", done.to_string()), ("y", total.to_string())]) } else { s.team_reading_start.to_string() } }
                        if *total > 0 {
                            <progress max={total.to_string()} value={done.to_string()}></progress>
                        }
                    </p>
                },
                Status::Done { result: Outcome::Failed(e), .. } => {
                    html! { <p class="lr-notice lr-error" role="alert">{ i18n::text_error(&p.lang, e) }</p> }
                }
                Status::Done { result: Outcome::Read(r), stale } => html! {
                    <>
                        if *stale {
                            <p class="lr-notice lr-stale" role="status">{ s.team_stale }</p>
                        }
                        { read_summary(s, &p.lang, &p.questionnaire, min, r, &name) }
                    </>
                },
            };
            let file_problem = g.file_problem.as_ref().map(|fp| {
                html! { <p class="lr-notice lr-error" role="alert">{ i18n::file_problem(&p.lang, fp) }</p> }
            });
            html! {
                <section class="lr-group" aria-labelledby={format!("{dom}-h")} key={id.get()} data-group={g.letter.to_string()}>
                    <h3 id={format!("{dom}-h")}>{ group_label(g.letter) }</h3>
                    <label for={format!("{dom}-text")}>{ s.team_paste_label }</label>
                    <textarea id={format!("{dom}-text")} class="lr-paste" rows="5" spellcheck="false"
                        {oninput} aria-describedby={format!("{dom}-help")} />
                    <p id={format!("{dom}-help")} class="lr-muted">{ s.team_paste_help }</p>
                    <div class="lr-actions">
                        <button type="button" class="lr-btn lr-primary" {onclick}
                            disabled={g.is_reading()}>{ s.team_read }</button>
                        <label class="lr-btn lr-file" for={format!("{dom}-file")}>{ s.team_load_file }</label>
                        <input id={format!("{dom}-file")} class="lr-visually-hidden" type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={load_file(id)} />
                        if state.can_remove() {
                            <button type="button" class="lr-btn" onclick={remove}>{ s.team_remove_group }</button>
                        }
                    </div>
                    { file_problem.into_iter().collect::<Html>() }
                    { status }
                </section>
            }
        })
        .collect();

    // Results per group (keyed by id), and comparisons of every other group with the first.
    let own = match &own_answers {
        Some(Ok(a)) => Some(a.clone()),
        _ => None,
    };
    let results: Html = state
        .list()
        .iter()
        .filter_map(|g| {
            let (Outcome::Read(r), stale) = g.result()? else {
                return None;
            };
            if r.refused.is_some() {
                return None;
            }
            let GroupData::Codes(Ok(st)) = &r.data else {
                return None;
            };
            let label = if stale {
                format!("{} {}", group_label(g.letter), s.team_stale_tag)
            } else {
                group_label(g.letter)
            };
            Some(html! {
                <TeamResults key={g.id.get()} uid={format!("{}-r{}", p.uid, g.id.get())} lang={p.lang.clone()} {label}
                    questionnaire={p.questionnaire.clone()} stats={st.clone()} own={own.clone()} />
            })
        })
        .collect();
    let summaries: Vec<GroupSummary> = state
        .list()
        .iter()
        .map(|g| {
            let (sum, stale, withheld) = match g.result() {
                Some((Outcome::Read(r), stale)) => (
                    r.summary(),
                    stale,
                    r.withheld.iter().map(|w| w.figure).collect(),
                ),
                _ => (None, false, Vec::new()),
            };
            let label = if stale {
                format!("{} {}", group_label(g.letter), s.team_stale_tag)
            } else {
                group_label(g.letter)
            };
            (label, sum, None, Rc::new(withheld))
        })
        .collect();
    let comparisons = if summaries.iter().filter(|x| x.1.is_some()).count() >= 2 {
        html! {
            <CompareView uid={format!("{}-cmp", p.uid)} lang={p.lang.clone()}
                questionnaire={p.questionnaire.clone()} min_group={min.get()}
                groups={Rc::new(summaries)} />
        }
    } else {
        html! {}
    };

    let own_id = format!("{}-own", p.uid);
    let back = p.on_back.clone().map(|cb| cb.reform(|_: MouseEvent| ()));
    html! {
        <section class="lr-team" aria-labelledby={format!("{}-h", p.uid)} ref={root.clone()}>
            <h2 id={format!("{}-h", p.uid)} class="lr-h" tabindex="-1">{ s.team_title }</h2>
            <p>{ s.team_intro }</p>
            <p class="lr-muted">{ fill(s.team_min_note, &[("n", min.get().to_string())]) }</p>
            <div class="lr-groups">{ group_blocks }</div>
            if state.can_add() {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn" onclick={add_group}>{ s.team_add_group }</button>
                </div>
            }
            <div class="lr-own-overlay lr-noprint">
                <label for={own_id.clone()}>{ s.team_own_label }</label>
                <input id={own_id.clone()} class="lr-input" type="text" spellcheck="false" autocomplete="off"
                    value={(*own_text).clone()} oninput={on_own} onblur={on_own_blur}
                    aria-invalid={own_error.is_some().then_some("true")}
                    aria-describedby={if own_error.is_some() { format!("{own_id}-help {own_id}-err") } else { format!("{own_id}-help") }} />
                <p id={format!("{own_id}-help")} class="lr-muted">{ s.team_own_help }</p>
                <div role="alert" class="lr-alert-slot">
                    if let Some(e) = &own_error {
                        <p id={format!("{own_id}-err")} class="lr-notice lr-error lr-field-error">{ e.clone() }</p>
                    }
                </div>
            </div>
            <div class="lr-team-all-results">{ results }</div>
            { comparisons }
            if let Some(back) = back {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn" onclick={back}>{ s.back }</button>
                </div>
            }
        </section>
    }
}

/// Counts, duplicates, invalid codes and the minimum-group message for a read group.
fn read_summary(
    s: &i18n::ViewStrings,
    lang: &str,
    q: &Questionnaire,
    min: MinGroup,
    r: &GroupRead,
    name: &dyn Fn(Figure) -> String,
) -> Html {
    let invalid = if r.invalid.is_empty() {
        html! {}
    } else {
        let more = r.invalid.len().saturating_sub(MAX_LISTED_INVALID);
        let items: Html = r
            .invalid
            .iter()
            .take(MAX_LISTED_INVALID)
            .map(|x| {
                html! { <li><code>{ x.text.clone() }</code>{ " — " }{ i18n::invalid_reason(lang, q, x) }</li> }
            })
            .collect();
        html! {
            <details class="lr-invalid" open={r.invalid.len() <= 10}>
                <summary>{ s.team_invalid.of(&s.locale, r.invalid.len()) }</summary>
                <ul>
                    { items }
                    if more > 0 { <li>{ fill(s.team_invalid_more, &[("n", more.to_string())]) }</li> }
                </ul>
            </details>
        }
    };
    let body = match (&r.data, &r.refused) {
        (_, Some(why)) => html! {
            <p class="lr-notice lr-error" role="alert"><strong>{ s.team_refused }</strong>{ " " }{ i18n::refusal(lang, why, min.get(), name) }</p>
        },
        (GroupData::Unusable(why), _) => {
            let text = match why {
                Unusable::NoCodes => s.team_no_codes.to_string(),
                Unusable::ManySummaries => s.team_many_summaries.to_string(),
                Unusable::Mixed => s.team_mixed.to_string(),
                Unusable::SmallSummary { n } => fill(
                    s.team_summary_small,
                    &[("n", n.to_string()), ("m", min.get().to_string())],
                ),
            };
            html! { <p class="lr-notice" role="status">{ text }</p> }
        }
        (GroupData::Codes(Err(TeamError::TooFew { n, needed })), _) => html! {
            <p class="lr-notice lr-suppressed" role="status">
                { fill(&s.team_too_few.of(&s.locale, *n), &[("m", needed.to_string()), ("k", (needed - n).to_string())]) }
            </p>
        },
        (GroupData::Codes(Err(e)), _) => {
            html! { <p class="lr-notice lr-error" role="alert">{ i18n::team_error(lang, e) }</p> }
        }
        (GroupData::Codes(Ok(_)), _) => html! {},
        (GroupData::Summary(sum), _) => html! {
            <p class="lr-notice" role="status">{ fill(s.team_summary_read, &[("n", sum.n.to_string())]) }</p>
        },
    };
    let withheld = if r.withheld.is_empty() || r.refused.is_some() {
        html! {}
    } else {
        let names: Vec<String> = r.withheld.iter().map(|w| name(w.figure)).collect();
        html! { <p class="lr-notice lr-withheld" role="status">{ i18n::withheld(lang, &names, min.get()) }</p> }
    };
    html! {
        <div class="lr-read" role="status">
            if r.usable > 0 || !matches!(r.data, GroupData::Summary(_) | GroupData::Unusable(Unusable::SmallSummary { .. })) {
                <p class="lr-usable"><strong>{ s.team_usable.of(&s.locale, r.usable) }</strong></p>
            }
            if r.duplicates > 0 {
                <p class="lr-notice lr-duplicates">{ s.team_duplicates.of(&s.locale, r.duplicates) }</p>
            }
            { invalid }
            { body }
            { withheld }
        </div>
    }
}
