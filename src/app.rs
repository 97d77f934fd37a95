//! The root component: owns the state, persists it, and moves focus between screens.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::module_slot::{self, ModuleSlot, View};
use crate::components::start::Start;
use crate::components::survey::Survey;
use crate::domain::export;
use crate::domain::facts::facts;
use crate::domain::handover::At;
use crate::domain::options;
use crate::domain::progress::{Progress, ProgressError};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answer;
use crate::effects;
use crate::i18n;
use crate::mount::SnapshotSlot;
use crate::state::{Action, Notice, SaveProblem, Saved, Saving, Screen, State};
use crate::storage::{self, Loaded, SaveError};
pub use crate::switch::top_bar;
use crate::switch::{self, handover, write_handover, Switch};

pub use crate::domain::options::Mode;

/// How one widget instance is configured.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub questionnaire: Rc<Questionnaire>,
    /// A custom questionnaire's JSON text (the team view's module reads it again);
    /// `None` for the built-in one.
    pub questionnaire_json: Option<Rc<str>>,
    pub lang: String,
    /// Separates the storage of several instances or pages.
    pub namespace: String,
    /// Unique prefix for DOM ids of this instance.
    pub uid: String,
    pub mode: Mode,
    /// Minimum group size for team figures (never below 3).
    pub min_group: usize,
    /// The element the widget is mounted on; host events are dispatched on it.
    pub mount: Option<web_sys::Element>,
    /// Whether the widget shows its own title (`data-header="none"` hides it).
    pub header: bool,
    /// Whether the start screen offers the team view (`data-team-entry="hidden"`).
    pub team_entry: bool,
    /// The state handed over by the module of the language the person switched from
    /// (`domain::handover`); `None` on a fresh mount.
    pub handover: Option<Rc<str>>,
    /// Where the widget keeps the way to write its state down for a switch.
    pub snapshot: SnapshotSlot,
}

impl Config {
    /// The default questionnaire in its default language.
    pub fn standalone(uid: &str) -> Self {
        let q = Questionnaire::default_questionnaire();
        let lang = q.default_language().to_string();
        Config {
            questionnaire: Rc::new(q),
            questionnaire_json: None,
            lang,
            namespace: options::DEFAULT_STORAGE.into(),
            uid: uid.into(),
            mode: Mode::SelfAssessment,
            min_group: options::DEFAULT_MIN_GROUP,
            mount: None,
            header: true,
            team_entry: true,
            handover: None,
            snapshot: SnapshotSlot::default(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
}

/// The state to open with, and the stored string it was read from (the basis for the
/// next compare-and-set write).
fn initial_state(c: &Config) -> (State, Option<String>) {
    let key = storage::key(&c.namespace, &c.questionnaire);
    let mut saving = Saving::Fine;
    let (saved, notice, basis) = match storage::load(&key, &c.questionnaire) {
        Loaded::Nothing => (None, None, None),
        Loaded::Found(p, raw) => (Some((p.answers, p.page, p.finished)), None, Some(raw)),
        Loaded::Unreadable(e, kept) => {
            let notice = match e {
                ProgressError::OtherFormat(_) | ProgressError::OtherQuestionnaire { .. } => {
                    Notice::StorageOtherVersion
                }
                _ => Notice::StorageCorrupt,
            };
            if kept.is_none() {
                // Left in place: never overwritten; the person is told at once.
                saving = Saving::Failing(SaveProblem::Blocked);
            }
            // Nothing readable is stored now (moved aside); if it stayed in place, a write
            // finds it there and tries to move it again instead of overwriting it.
            (None, Some(notice), None)
        }
        Loaded::Unavailable => (None, Some(Notice::StorageUnavailable), None),
    };
    let mut st = State::new(c.questionnaire.clone(), c.lang.clone(), saved, notice);
    st.kept_aside = storage::kept_aside(&key).len();
    st.saving = saving;
    if c.mode == Mode::Team {
        st.screen = Screen::Team;
    }
    // After a language switch: where the person was, with what they entered.
    if let Some(h) = handover(c) {
        st.answers = h.answers;
        st.from_code = h.from_code;
        st.screen = match h.at {
            At::Start => Screen::Start,
            At::Survey(page) => Screen::Survey { page },
            At::Results => Screen::Results,
            At::Team => Screen::Team,
        };
    }
    (st, basis)
}

/// What is stored under `key` now, when it can serve as the basis of the next write:
/// nothing, or readable progress (`None` when storage cannot be read or holds data this
/// version cannot read, which must not be overwritten).
fn readable_basis(key: &str, q: &Questionnaire) -> Option<Option<String>> {
    match storage::read(key) {
        Ok(None) => Some(None),
        Ok(Some(raw)) if Progress::from_json(q, &raw).is_ok() => Some(Some(raw)),
        _ => None,
    }
}

/// Saved answers from a stored string, if it is readable progress.
fn parse_saved(q: &Questionnaire, raw: &str) -> Option<Saved> {
    Progress::from_json(q, raw)
        .ok()
        .map(|p| (p.answers, p.page, p.finished))
}

/// Writes the answers if nothing else changed them since `basis` (updated on success).
/// Unreadable data found in the way is kept aside first.
fn write(
    key: &str,
    q: &Questionnaire,
    progress: &Progress,
    basis: &RefCell<Option<String>>,
    moved_aside: &mut bool,
) -> Action {
    for _ in 0..2 {
        let expected = basis.borrow().clone();
        match storage::save(key, progress, expected.as_deref()) {
            Ok(json) => {
                *basis.borrow_mut() = Some(json);
                return Action::Saved(Ok(()));
            }
            Err(SaveError::Unavailable) => return Action::Saved(Err(SaveProblem::Unavailable)),
            Err(SaveError::Refused { full }) => {
                return Action::Saved(Err(if full {
                    SaveProblem::Full
                } else {
                    SaveProblem::Refused
                }))
            }
            Err(SaveError::Changed(None)) => return Action::StoredElsewhere(None),
            Err(SaveError::Changed(Some(raw))) => match Progress::from_json(q, &raw) {
                // The same answers (e.g. written by this page before a reload): adopt.
                Ok(p) if p.answers == progress.answers => {
                    *basis.borrow_mut() = Some(raw);
                }
                Ok(p) => return Action::StoredElsewhere(Some((p.answers, p.page, p.finished))),
                Err(_) => match storage::load(key, q) {
                    Loaded::Unreadable(_, Some(_)) | Loaded::Nothing => {
                        *moved_aside = true;
                        *basis.borrow_mut() = None;
                    }
                    _ => return Action::Saved(Err(SaveProblem::Blocked)),
                },
            },
        }
    }
    Action::Saved(Err(SaveProblem::Blocked))
}

/// Counts retries of failed writes.
#[derive(Default, PartialEq)]
struct Tick(u32);

impl Reducible for Tick {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Tick(self.0.wrapping_add(1)))
    }
}

/// Seconds between retries of a failed write.
const RETRY_MS: u32 = 4_000;

/// Enter in a text field must not submit a host page's `<form>` around the widget
/// (implicit submission); the widget's own fields act on their own buttons.
pub fn keep_enter(e: &KeyboardEvent) {
    if e.key() == "Enter" {
        if let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            if !matches!(t.type_().as_str(), "button" | "submit" | "reset" | "file") {
                e.prevent_default();
            }
        }
    }
}

/// The result code carried in a URL fragment such as `lr=LR1-…` that a widget in
/// `mode` opens: a team-mode widget never opens one person's result (the host chose a
/// team view, and a facilitator's page must not show an individual's answers).
pub fn code_in_fragment(mode: Mode, fragment: &str) -> Option<String> {
    if mode == Mode::Team {
        return None;
    }
    fragment
        .split('&')
        .find_map(|kv| kv.strip_prefix("lr="))
        .map(str::to_string)
        .filter(|c| !c.is_empty() && c.len() <= 512)
}

#[component]
pub fn App(p: &AppProps) -> Html {
    let c = p.config.clone();
    // The stored string this widget last read or wrote: writes are compare-and-set
    // against it, so changes made elsewhere are noticed, never overwritten.
    let basis = use_mut_ref(|| None::<String>);
    let state = {
        let basis = basis.clone();
        let c = c.clone();
        use_reducer(move || {
            let (st, b) = initial_state(&c);
            *basis.borrow_mut() = b;
            st
        })
    };
    let root = use_node_ref();
    let key = storage::key(&c.namespace, &c.questionnaire);
    let tick = use_reducer(Tick::default);

    // Persist every change of answers or page (not on the start screen), and retry
    // while writes fail. Nothing is written while a conflict waits for the person.
    {
        let key = key.clone();
        let q = c.questionnaire.clone();
        let basis = basis.clone();
        let dispatch = state.dispatcher();
        let saving = state.saving;
        let deps = (
            state.answers.clone(),
            state.screen,
            state.from_code,
            state.conflict.is_some(),
            tick.0,
        );
        use_effect_with(deps, move |(answers, screen, from_code, conflict, _)| {
            let (page, finished) = match screen {
                Screen::Survey { page } => (Some(*page), false),
                Screen::Results => (Some(q.sections.len().saturating_sub(1)), true),
                Screen::Start | Screen::Team => (None, false),
            };
            // Someone else's result, opened from a code, is never stored.
            if let (Some(page), false, false) = (page, *from_code, *conflict) {
                let progress = Progress::new(&q, answers.clone(), page, finished);
                let mut moved = false;
                let outcome = write(&key, &q, &progress, &basis, &mut moved);
                if moved {
                    dispatch.dispatch(Action::KeptAside(storage::kept_aside(&key).len()));
                }
                if outcome != Action::Saved(Ok(())) || saving != Saving::Fine {
                    dispatch.dispatch(outcome);
                }
            }
        });
    }
    {
        let tick = tick.dispatcher();
        let failing = matches!(state.saving, Saving::Failing(_));
        use_effect_with(failing, move |failing| {
            let retry = failing.then(|| {
                gloo::timers::callback::Interval::new(RETRY_MS, move || tick.dispatch(()))
            });
            move || drop(retry)
        });
    }

    // Another tab or window changed the saved answers: take them in on the start screen,
    // or ask the person when this page holds answers of its own.
    {
        let key = key.clone();
        let q = c.questionnaire.clone();
        let basis = basis.clone();
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage::on_change(key.clone(), move |now| {
                if *basis.borrow() == now {
                    return;
                }
                let saved = now.as_deref().and_then(|raw| parse_saved(&q, raw));
                dispatch.dispatch(Action::StoredElsewhere(saved));
            });
            move || drop(listener)
        });
    }
    // Taken in without a conflict: that stored value is the new basis.
    {
        let key = key.clone();
        let q = c.questionnaire.clone();
        let basis = basis.clone();
        let holds = state.conflict.is_some();
        let screen = state.screen;
        let resumable = state.resumable;
        use_effect_with((resumable, screen, holds), move |(_, screen, holds)| {
            if !*holds && matches!(screen, Screen::Start | Screen::Team) {
                if let Some(now) = readable_basis(&key, &q) {
                    *basis.borrow_mut() = now;
                }
            }
        });
    }

    // A result code in the URL fragment (`#lr=LR1-…`) opens that result (not in team mode;
    // not again after a language switch, which hands over what is shown).
    let switched = c.handover.is_some();
    {
        let state = state.clone();
        let q = c.questionnaire.clone();
        let mode = c.mode;
        use_effect_with((), move |_| {
            if switched {
                return;
            }
            if let Some(code) = crate::effects::fragment().and_then(|f| code_in_fragment(mode, &f))
            {
                match crate::domain::code::decode(&q, &code) {
                    Ok(answers) => state.dispatch(Action::OpenCode(answers)),
                    Err(e) => state.dispatch(Action::CodeError(e)),
                }
            }
        });
    }

    // The results and the team view are a module of their own (of this module's
    // language): fetched in idle time once the first screen is shown (team mode loads it
    // at once).
    {
        let lang = c.lang.clone();
        use_effect_with((), move |_| module_slot::prefetch(&lang));
    }

    // Tell the host page: `leadership-radar:ready` once mounted, and
    // `leadership-radar:completed` whenever a person reaches their own results. A widget
    // mounted again in another language was ready and is where it was: no new events
    // until the person does something (e.g. reaches the results again).
    {
        let c = c.clone();
        let root = root.clone();
        use_effect_with((), move |_| {
            if switched {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    switch::focus_picker(&el);
                }
            } else {
                crate::host::ready(c.mount.as_ref(), &c.questionnaire)
            }
        });
    }
    {
        let c = c.clone();
        let answers = state.answers.clone();
        let completed = state.screen == Screen::Results && !state.from_code;
        let first = use_mut_ref(|| true);
        use_effect_with(completed, move |completed| {
            let handed_over = std::mem::replace(&mut *first.borrow_mut(), false) && switched;
            if *completed && !handed_over {
                crate::host::completed(c.mount.as_ref(), &c.questionnaire, &answers);
            }
        });
    }

    // Move focus to the new screen's heading on navigation (not on first render).
    {
        let root = root.clone();
        use_effect_with(state.nav, move |nav| {
            if *nav > 0 {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    if let Ok(Some(h)) = el.query_selector(".lr-h") {
                        if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h) {
                            let _ = h.focus();
                        }
                    }
                }
            }
        });
    }

    let dispatch = |a: Action| {
        let s = state.clone();
        Callback::from(move |_: ()| s.dispatch(a.clone()))
    };
    let on_answer = {
        let s = state.clone();
        Callback::from(move |(pos, answer): (usize, Option<Answer>)| {
            s.dispatch(Action::Answer { pos, answer })
        })
    };
    // A language switch: this widget's state, ready for the loader to take (the team
    // view's groups from its own module), and the picker's handler.
    let switching = use_state(Switch::default);
    {
        let st = (*state).clone();
        let team_uid = format!("{}-team", c.uid);
        c.snapshot.set(Rc::new(move || {
            let team = (st.screen == Screen::Team)
                .then(|| module_slot::snapshot(&team_uid))
                .flatten();
            write_handover(&st, team)
        }));
    }
    let on_lang = switch::on_change(c.mount.clone(), state.lang.clone(), switching.clone());
    let on_delete = {
        let key = key.clone();
        let basis = basis.clone();
        let s = state.clone();
        Callback::from(move |_| {
            storage::delete(&key);
            if let Some(now) = readable_basis(&key, &s.questionnaire) {
                *basis.borrow_mut() = now;
            }
            s.dispatch(Action::Delete)
        })
    };
    let uid: AttrValue = c.uid.clone().into();
    let lang = state.lang.clone();
    let s = i18n::strings(&lang);
    let q = &c.questionnaire;
    let download_answers = {
        let st = state.clone();
        Callback::from(move |_: MouseEvent| {
            let q = &st.questionnaire;
            let code = crate::domain::code::encode(q, &st.answers).ok();
            let json = export::answers_json(q, &st.answers, &st.lang, code.as_deref());
            effects::download("leadership-radar-answers.json", "application/json", &json);
        })
    };
    let keep_mine = {
        let key = key.clone();
        let basis = basis.clone();
        let st = state.clone();
        Callback::from(move |_: MouseEvent| {
            let q = &st.questionnaire;
            let (page, finished) = match st.screen {
                Screen::Survey { page } => (page, false),
                _ => (q.sections.len().saturating_sub(1), true),
            };
            let progress = Progress::new(q, st.answers.clone(), page, finished);
            // Written whatever is stored now: the person chose this page's answers. Data
            // this version cannot read is moved aside first, never overwritten.
            if readable_basis(&key, q).is_none() {
                match storage::load(&key, q) {
                    Loaded::Unreadable(_, Some(_)) => {
                        st.dispatch(Action::KeptAside(storage::kept_aside(&key).len()));
                    }
                    Loaded::Unreadable(_, None) => {
                        st.dispatch(Action::Saved(Err(SaveProblem::Blocked)));
                        st.dispatch(Action::KeepMine);
                        return;
                    }
                    _ => {}
                }
            }
            match storage::replace(&key, &progress) {
                Ok(json) => *basis.borrow_mut() = Some(json),
                Err(_) => {
                    if let Some(now) = readable_basis(&key, q) {
                        *basis.borrow_mut() = now;
                    }
                }
            }
            st.dispatch(Action::KeepMine);
        })
    };
    let take_stored = {
        let key = key.clone();
        let basis = basis.clone();
        let st = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(now) = readable_basis(&key, &st.questionnaire) {
                *basis.borrow_mut() = now;
            }
            st.dispatch(Action::TakeStored);
        })
    };
    let saving_notice = match state.saving {
        Saving::Failing(problem) if !state.from_code && state.screen != Screen::Team => {
            let why = match problem {
                SaveProblem::Unavailable => s.save_failed_unavailable,
                SaveProblem::Full => s.save_failed_full,
                SaveProblem::Refused => s.save_failed_refused,
                SaveProblem::Blocked => s.save_failed_blocked,
            };
            html! {
                <div class="lr-notice lr-error lr-save-failed" role="alert">
                    <p><strong>{ why }</strong>{ " " }{ s.save_what_to_do }</p>
                    <button type="button" class="lr-btn" onclick={download_answers}>{ s.save_download }</button>
                </div>
            }
        }
        Saving::Recovered if state.screen != Screen::Team => html! {
            <p class="lr-notice lr-save-recovered" role="status">{ s.save_recovered }</p>
        },
        _ => html! {},
    };
    let conflict_notice = if state.conflict.is_some() {
        html! {
            <div class="lr-notice lr-error lr-conflict" role="alert">
                <p>{ s.conflict_text }</p>
                <div class="lr-actions">
                    <button type="button" class="lr-btn lr-primary" onclick={keep_mine}>{ s.conflict_keep }</button>
                    <button type="button" class="lr-btn" onclick={take_stored}>{ s.conflict_take }</button>
                </div>
            </div>
        }
    } else {
        html! {}
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| keep_enter(&e));
    let body = match state.screen {
        Screen::Start => html! {
            <Start uid={uid.clone()} lang={lang.clone()}
                header={c.header} team_entry={c.team_entry}
                facts={Rc::new(facts(q, &lang))}
                title={q.text(&q.title, &lang).to_string()}
                description={q.text(&q.description, &lang).to_string()}
                resumable={state.resumable.is_some()} notice={state.notice}
                code_error={state.code_error.as_ref().map(|e| AttrValue::from(i18n::code_error(&lang, e)))}
                on_start={dispatch(Action::Start)} on_resume={dispatch(Action::Resume)}
                on_team={dispatch(Action::OpenTeam)}
                on_delete={on_delete.clone()}
                kept_aside={state.kept_aside} kept_key={storage::aside_key(&key, 0)}
                on_download_kept={{
                    let key = key.clone();
                    Callback::from(move |_| {
                        let json = export::kept_aside_json(&storage::kept_aside(&key));
                        effects::download("leadership-radar-unreadable.json", "application/json", &json);
                    })
                }}
                on_delete_kept={{
                    let key = key.clone();
                    let s = state.clone();
                    Callback::from(move |_| s.dispatch(Action::KeptAside(storage::delete_kept_aside(&key))))
                }} />
        },
        Screen::Survey { page } => html! {
            <Survey uid={uid.clone()} state={Rc::new((*state).clone())} {page} {on_answer}
                on_next={dispatch(Action::Next)} on_next_anyway={dispatch(Action::NextAnyway)}
                on_back={dispatch(Action::Back)} />
        },
        Screen::Team => html! {
            <ModuleSlot uid={format!("{}-team", c.uid)} lang={lang.clone()}
                questionnaire_json={c.questionnaire_json.clone()} min_group={c.min_group}
                focus={state.nav > 0}
                view={View::Team {
                    on_back: (c.mode == Mode::SelfAssessment).then(|| dispatch(Action::Back)),
                    restore: handover(&c).and_then(|h| h.team).map(Rc::<str>::from),
                }} />
        },
        Screen::Results => html! {
            <ModuleSlot uid={uid.clone()} lang={lang.clone()}
                questionnaire_json={c.questionnaire_json.clone()} min_group={c.min_group}
                focus={state.nav > 0}
                view={View::Results {
                    answers: Rc::from(Progress::new(q, state.answers.clone(), 0, true).to_json()),
                    from_code: state.from_code,
                    on_edit: dispatch(Action::GoToPage(0)),
                    on_delete,
                    on_leave_code: {
                        let key = key.clone();
                        let s = state.clone();
                        let q = c.questionnaire.clone();
                        Callback::from(move |_| {
                            let saved = match storage::load(&key, &q) {
                                Loaded::Found(p, _) => Some((p.answers, p.page, p.finished)),
                                _ => None,
                            };
                            s.dispatch(Action::Restore(saved))
                        })
                    },
                }} />
        },
    };

    html! {
        <div class="lr-app" part="app" lang={lang.clone()} dir={i18n::direction(&lang)} ref={root} {onkeydown}>
            { top_bar(&c.uid, &c, &lang, on_lang) }
            { switch::notice(&lang, &switching) }
            { conflict_notice }
            { saving_notice }
            { body }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_code_opens_only_in_self_assessment_mode() {
        let f = "x=1&lr=LR1-ABC";
        assert_eq!(
            code_in_fragment(Mode::SelfAssessment, f).as_deref(),
            Some("LR1-ABC")
        );
        assert_eq!(code_in_fragment(Mode::Team, f), None);
        assert_eq!(code_in_fragment(Mode::SelfAssessment, "lr="), None);
    }
}
