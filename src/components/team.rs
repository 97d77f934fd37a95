//! The team view: groups of pasted or loaded codes, read in chunks (large pastes stay
//! responsive), team results per group, and pairwise comparisons. Every figure comes
//! from `domain::team`, which refuses groups below the minimum size; this component
//! adds the differencing check across everything shown in this session.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::compare::{CompareView, GroupSummary};
use crate::components::team_results::TeamResults;
use crate::domain::code;
use crate::domain::intake::{candidates, Intake};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::team::{self, differencing_risk, MinGroup, Summary, TeamError, TeamStats};
use crate::effects;
use crate::i18n::{self, fill};

/// Candidates read between two looks at the clock.
const CHUNK: usize = 256;
/// Longest stretch of reading between two yields to the browser, in ms: well under the
/// 50 ms at which a task counts as long, so input and the progress stay responsive.
const SLICE_MS: f64 = 25.0;
/// Most invalid codes listed one by one.
const MAX_LISTED_INVALID: usize = 50;
/// Most groups that can be compared at once.
pub const MAX_GROUPS: usize = 4;

/// What a group's input yields once read.
#[derive(Clone, PartialEq)]
pub enum GroupData {
    /// Personal codes: figures computed here.
    Codes {
        stats: Result<Rc<TeamStats>, TeamError>,
        codes: Rc<BTreeSet<String>>,
    },
    /// One team summary code.
    Summary(Rc<Summary>),
    /// Neither, or a mix, or several summaries: the reason.
    Unusable(String),
}

/// One group's reading outcome.
#[derive(Clone, PartialEq)]
pub struct GroupRead {
    pub usable: usize,
    pub duplicates: usize,
    pub invalid: Rc<Vec<crate::domain::intake::Invalid>>,
    pub data: GroupData,
    /// Refused because showing it would reveal a small group (differencing).
    pub refused: Option<String>,
}

#[derive(Clone, PartialEq)]
pub enum Status {
    Empty,
    Reading { done: usize, total: usize },
    Read(Rc<GroupRead>),
    Failed(String),
}

#[derive(Clone, PartialEq)]
pub struct Group {
    pub text: String,
    pub status: Status,
}

/// The groups being edited and read; a reducer so that the reading task's progress
/// always applies to the latest list.
#[derive(Clone, PartialEq)]
pub struct Groups(pub Vec<Group>);

pub enum GroupAction {
    Text(usize, String),
    Append(usize, String),
    Status(usize, Status),
    Add,
    Remove(usize),
}

impl Reducible for Groups {
    type Action = GroupAction;

    fn reduce(self: Rc<Self>, action: GroupAction) -> Rc<Self> {
        let mut g = self.0.clone();
        match action {
            GroupAction::Text(i, t) => {
                if let Some(x) = g.get_mut(i) {
                    x.text = t;
                }
            }
            GroupAction::Append(i, t) => {
                if let Some(x) = g.get_mut(i) {
                    if x.text.trim().is_empty() {
                        x.text = t;
                    } else {
                        x.text = format!("{}\n{t}", x.text);
                    }
                }
            }
            GroupAction::Status(i, st) => {
                if let Some(x) = g.get_mut(i) {
                    x.status = st;
                }
            }
            GroupAction::Add => {
                if g.len() < MAX_GROUPS {
                    g.push(Group::default());
                }
            }
            GroupAction::Remove(i) => {
                if g.len() > 1 && i < g.len() {
                    g.remove(i);
                }
            }
        }
        Rc::new(Groups(g))
    }
}

impl Default for Group {
    fn default() -> Self {
        Group {
            text: String::new(),
            status: Status::Empty,
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

/// Reads candidates in chunks, yielding to the browser between chunks, and reports
/// progress through `progress`.
async fn read_text(
    q: Rc<Questionnaire>,
    text: String,
    progress: impl Fn(usize, usize),
) -> Result<Intake, String> {
    let found = candidates(&text).map_err(|e| e.to_string())?;
    let total = found.len();
    let mut intake = Intake::default();
    let mut slice_start = effects::now_ms();
    for (k, chunk) in found.chunks(CHUNK).enumerate() {
        intake.feed(&q, chunk);
        let done = ((k + 1) * CHUNK).min(total);
        if done < total && effects::now_ms() - slice_start > SLICE_MS {
            progress(done, total);
            effects::yield_now().await;
            slice_start = effects::now_ms();
        }
    }
    Ok(intake)
}

fn group_data(q: &Questionnaire, intake: &mut Intake, min: MinGroup, lang: &str) -> GroupData {
    let s = i18n::strings(lang);
    match (intake.responses.is_empty(), intake.summaries.len()) {
        (true, 0) => GroupData::Unusable(s.team_no_codes.into()),
        (true, 1) => GroupData::Summary(Rc::new(intake.summaries[0].clone())),
        (true, _) => GroupData::Unusable(s.team_many_summaries.into()),
        (false, 0) => GroupData::Codes {
            stats: team::team_stats(q, &intake.responses, min).map(Rc::new),
            // Moved, not copied: the intake is done with it.
            codes: Rc::new(std::mem::take(&mut intake.codes)),
        },
        (false, _) => GroupData::Unusable(s.team_mixed.into()),
    }
}

/// The summary of a group, for comparisons.
pub fn summary_of(read: &GroupRead) -> Option<Summary> {
    if read.refused.is_some() {
        return None;
    }
    match &read.data {
        GroupData::Codes { stats: Ok(st), .. } => Some(Summary::from_stats(st)),
        GroupData::Summary(s) => Some((**s).clone()),
        _ => None,
    }
}

#[component]
pub fn TeamView(p: &TeamProps) -> Html {
    let s = i18n::strings(&p.lang);
    let min = MinGroup::new(p.min_group);
    let groups = use_reducer(|| Groups(vec![Group::default()]));
    // Every set of codes whose figures were shown in this session.
    let shown = use_mut_ref(Vec::<BTreeSet<String>>::new);
    let own_text = use_state(String::new);

    let set_text = |i: usize| {
        let groups = groups.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                groups.dispatch(GroupAction::Text(i, t.value()));
            }
        })
    };

    let read = {
        let groups = groups.clone();
        let q = p.questionnaire.clone();
        let shown = shown.clone();
        let lang = p.lang.to_string();
        Callback::from(move |i: usize| {
            let Some(text) = groups.0.get(i).map(|g| g.text.clone()) else {
                return;
            };
            let groups = groups.clone();
            let q = q.clone();
            let shown = shown.clone();
            let lang = lang.clone();
            let update = {
                let groups = groups.clone();
                move |status: Status| groups.dispatch(GroupAction::Status(i, status))
            };
            update(Status::Reading { done: 0, total: 0 });
            yew::platform::spawn_local(async move {
                let progress = {
                    let update = update.clone();
                    move |done, total| update(Status::Reading { done, total })
                };
                match read_text(q.clone(), text, progress).await {
                    Err(e) => update(Status::Failed(e)),
                    Ok(mut intake) => {
                        let data = group_data(&q, &mut intake, min, &lang);
                        let refused = match &data {
                            GroupData::Codes {
                                stats: Ok(_),
                                codes,
                            } => {
                                let (risk, seen) = {
                                    let before = shown.borrow();
                                    (
                                        differencing_risk(&before, codes, min),
                                        before.iter().any(|s| s == &**codes),
                                    )
                                };
                                match risk {
                                    Some(risk) => Some(i18n::differencing(&lang, &risk)),
                                    None => {
                                        if !seen {
                                            shown.borrow_mut().push((**codes).clone());
                                        }
                                        None
                                    }
                                }
                            }
                            _ => None,
                        };
                        update(Status::Read(Rc::new(GroupRead {
                            usable: intake.responses.len(),
                            duplicates: intake.duplicates,
                            invalid: Rc::new(intake.invalid),
                            data,
                            refused,
                        })));
                    }
                }
            });
        })
    };

    let load_file = |i: usize| {
        let groups = groups.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(files) = input.files() else {
                return;
            };
            let groups = groups.clone();
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|k| files.get(k)).collect();
            yew::platform::spawn_local(async move {
                let mut all = String::new();
                for f in files {
                    let size = f.size() as usize;
                    if size > crate::domain::intake::MAX_TEXT_BYTES {
                        groups.dispatch(GroupAction::Status(
                            i,
                            Status::Failed(format!(
                                "{}: {} KB (max. {} KB)",
                                f.name(),
                                size / 1024,
                                crate::domain::intake::MAX_TEXT_BYTES / 1024
                            )),
                        ));
                        return;
                    }
                    let text = wasm_bindgen_futures::JsFuture::from(f.text()).await;
                    if let Some(t) = text.ok().and_then(|v| v.as_string()) {
                        all.push_str(&t);
                        all.push('\n');
                    }
                }
                groups.dispatch(GroupAction::Append(i, all));
            });
            input.set_value("");
        })
    };

    let add_group = {
        let groups = groups.clone();
        Callback::from(move |_: MouseEvent| groups.dispatch(GroupAction::Add))
    };
    let remove_group = |i: usize| {
        let groups = groups.clone();
        Callback::from(move |_: MouseEvent| groups.dispatch(GroupAction::Remove(i)))
    };

    let own_answers: Option<Result<Answers, String>> = {
        let t = own_text.trim();
        (!t.is_empty())
            .then(|| code::decode(&p.questionnaire, t).map_err(|e| i18n::code_error(&p.lang, &e)))
    };
    let on_own = {
        let own_text = own_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                own_text.set(t.value());
            }
        })
    };

    let group_label = |i: usize| {
        fill(
            s.team_group,
            &[("x", ((b'A' + i as u8) as char).to_string())],
        )
    };

    let group_blocks = groups.0.iter().enumerate().map(|(i, g)| {
        let id = format!("{}-g{i}", p.uid);
        let onclick = {
            let read = read.clone();
            Callback::from(move |_: MouseEvent| read.emit(i))
        };
        let status = match &g.status {
            Status::Empty => html! {},
            Status::Reading { done, total } => html! {
                <p class="lr-reading" role="status">
                    { if *total > 0 { fill(s.team_reading, &[("x", done.to_string()), ("y", total.to_string())]) } else { s.team_reading_start.to_string() } }
                    if *total > 0 {
                        <progress max={total.to_string()} value={done.to_string()}></progress>
                    }
                </p>
            },
            Status::Failed(e) => html! { <p class="lr-notice lr-error" role="alert">{ e.clone() }</p> },
            Status::Read(r) => read_summary(s, &p.lang, r),
        };
        html! {
            <section class="lr-group" aria-labelledby={format!("{id}-h")} key={i}>
                <h3 id={format!("{id}-h")}>{ group_label(i) }</h3>
                <label for={format!("{id}-text")}>{ s.team_paste_label }</label>
                <textarea id={format!("{id}-text")} class="lr-paste" rows="5" spellcheck="false"
                    value={g.text.clone()} oninput={set_text(i)}
                    aria-describedby={format!("{id}-help")} />
                <p id={format!("{id}-help")} class="lr-muted">{ s.team_paste_help }</p>
                <div class="lr-actions">
                    <button type="button" class="lr-btn lr-primary" {onclick}
                        disabled={matches!(g.status, Status::Reading { .. })}>{ s.team_read }</button>
                    <label class="lr-btn lr-file" for={format!("{id}-file")}>{ s.team_load_file }</label>
                    <input id={format!("{id}-file")} class="lr-visually-hidden" type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={load_file(i)} />
                    if groups.0.len() > 1 {
                        <button type="button" class="lr-btn" onclick={remove_group(i)}>{ s.team_remove_group }</button>
                    }
                </div>
                { status }
            </section>
        }
    });

    // Results of the first group, and comparisons of every other group with it.
    let reads: Vec<Option<Rc<GroupRead>>> = groups
        .0
        .iter()
        .map(|g| match &g.status {
            Status::Read(r) => Some(r.clone()),
            _ => None,
        })
        .collect();
    let results = reads.iter().enumerate().filter_map(|(i, r)| {
        let r = r.as_ref()?;
        if r.refused.is_some() {
            return None;
        }
        let own = match &own_answers {
            Some(Ok(a)) => Some(a.clone()),
            _ => None,
        };
        match &r.data {
            GroupData::Codes { stats: Ok(st), .. } => Some(html! {
                <TeamResults uid={format!("{}-r{i}", p.uid)} lang={p.lang.clone()} label={group_label(i)}
                    questionnaire={p.questionnaire.clone()} stats={st.clone()} {own} />
            }),
            _ => None,
        }
    });
    let summaries: Vec<GroupSummary> = reads
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let sum = r.as_ref().and_then(|r| summary_of(r));
            let codes = r.as_ref().and_then(|r| match &r.data {
                GroupData::Codes { codes, .. } => Some(codes.clone()),
                _ => None,
            });
            (group_label(i), sum, codes)
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
        <section class="lr-team" aria-labelledby={format!("{}-h", p.uid)}>
            <h2 id={format!("{}-h", p.uid)} class="lr-h" tabindex="-1">{ s.team_title }</h2>
            <p>{ s.team_intro }</p>
            <p class="lr-muted">{ fill(s.team_min_note, &[("n", min.get().to_string())]) }</p>
            { for group_blocks }
            if groups.0.len() < MAX_GROUPS {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn" onclick={add_group}>{ s.team_add_group }</button>
                </div>
            }
            <div class="lr-own-overlay lr-noprint">
                <label for={own_id.clone()}>{ s.team_own_label }</label>
                <input id={own_id.clone()} class="lr-input" type="text" spellcheck="false" autocomplete="off"
                    value={(*own_text).clone()} oninput={on_own} aria-describedby={format!("{own_id}-help")} />
                <p id={format!("{own_id}-help")} class="lr-muted">{ s.team_own_help }</p>
                if let Some(Err(e)) = &own_answers {
                    <p class="lr-notice lr-error" role="alert">{ e.clone() }</p>
                }
            </div>
            { for results }
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
fn read_summary(s: &i18n::Strings, lang: &str, r: &GroupRead) -> Html {
    let invalid = if r.invalid.is_empty() {
        html! {}
    } else {
        let more = r.invalid.len().saturating_sub(MAX_LISTED_INVALID);
        html! {
            <details class="lr-invalid" open={r.invalid.len() <= 10}>
                <summary>{ fill(s.team_invalid, &[("n", r.invalid.len().to_string())]) }</summary>
                <ul>
                    { for r.invalid.iter().take(MAX_LISTED_INVALID).map(|x| html! {
                        <li><code>{ x.text.clone() }</code>{ " — " }{ i18n::invalid_reason(lang, x) }</li>
                    }) }
                    if more > 0 { <li>{ fill(s.team_invalid_more, &[("n", more.to_string())]) }</li> }
                </ul>
            </details>
        }
    };
    let body = match (&r.data, &r.refused) {
        (_, Some(why)) => html! {
            <p class="lr-notice lr-error" role="alert"><strong>{ s.team_refused }</strong>{ " " }{ why.clone() }</p>
        },
        (GroupData::Unusable(why), _) => {
            html! { <p class="lr-notice" role="status">{ why.clone() }</p> }
        }
        (
            GroupData::Codes {
                stats: Err(TeamError::TooFew { n, needed }),
                ..
            },
            _,
        ) => html! {
            <p class="lr-notice lr-suppressed" role="status">
                { fill(s.team_too_few, &[("n", n.to_string()), ("m", needed.to_string()), ("k", (needed - n).to_string())]) }
            </p>
        },
        (GroupData::Codes { stats: Err(e), .. }, _) => {
            html! { <p class="lr-notice lr-error" role="alert">{ i18n::team_error(lang, e) }</p> }
        }
        (GroupData::Codes { stats: Ok(_), .. }, _) => html! {},
        (GroupData::Summary(sum), _) => html! {
            <p class="lr-notice" role="status">{ fill(s.team_summary_read, &[("n", sum.n.to_string())]) }</p>
        },
    };
    html! {
        <div class="lr-read" role="status">
            if r.usable > 0 || !matches!(r.data, GroupData::Summary(_)) {
                <p class="lr-usable"><strong>{ fill(s.team_usable, &[("n", r.usable.to_string())]) }</strong></p>
            }
            if r.duplicates > 0 {
                <p class="lr-notice lr-duplicates">{ fill(s.team_duplicates, &[("n", r.duplicates.to_string())]) }</p>
            }
            { invalid }
            { body }
        </div>
    }
}
