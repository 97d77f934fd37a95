//! The root component: owns the state, persists it, and moves focus between screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::results::Results;
use crate::components::start::Start;
use crate::components::survey::Survey;
use crate::components::team::TeamView;
use crate::domain::progress::{Progress, ProgressError};
use crate::domain::questionnaire::{pick, Questionnaire};
use crate::domain::response::Answer;
use crate::i18n::{self, LANGUAGES};
use crate::state::{Action, Notice, Screen, State};
use crate::storage::{self, Loaded};

/// What the widget opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The self-assessment (start screen, survey, results).
    #[default]
    SelfAssessment,
    /// The team view (paste codes, team results, comparisons).
    Team,
}

/// How one widget instance is configured.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub questionnaire: Rc<Questionnaire>,
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
}

impl Config {
    /// The default questionnaire in its default language.
    pub fn standalone(uid: &str) -> Self {
        let q = Questionnaire::default_questionnaire();
        let lang = q.languages.first().cloned().unwrap_or_else(|| "en".into());
        Config {
            questionnaire: Rc::new(q),
            lang,
            namespace: "default".into(),
            uid: uid.into(),
            mode: Mode::SelfAssessment,
            min_group: 5,
            mount: None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
}

fn initial_state(c: &Config) -> State {
    let key = storage::key(&c.namespace, &c.questionnaire);
    let (saved, notice) = match storage::load(&key, &c.questionnaire) {
        Loaded::Nothing => (None, None),
        Loaded::Found(p) => (Some((p.answers, p.page, p.finished)), None),
        Loaded::Unreadable(ProgressError::OtherFormat(_))
        | Loaded::Unreadable(ProgressError::OtherQuestionnaire { .. }) => {
            (None, Some(Notice::StorageOtherVersion))
        }
        Loaded::Unreadable(_) => (None, Some(Notice::StorageCorrupt)),
        Loaded::Unavailable => (None, Some(Notice::StorageUnavailable)),
    };
    let mut st = State::new(c.questionnaire.clone(), c.lang.clone(), saved, notice);
    if c.mode == Mode::Team {
        st.screen = Screen::Team;
    }
    st
}

/// The result code carried in a URL fragment such as `lr=LR1-…`.
pub fn code_in_fragment(fragment: &str) -> Option<String> {
    fragment
        .split('&')
        .find_map(|kv| kv.strip_prefix("lr="))
        .map(str::to_string)
        .filter(|c| !c.is_empty() && c.len() <= 512)
}

#[component]
pub fn App(p: &AppProps) -> Html {
    let c = p.config.clone();
    let state = use_reducer(|| initial_state(&c));
    let root = use_node_ref();
    let key = storage::key(&c.namespace, &c.questionnaire);

    // Persist every change of answers or page (not on the start screen before starting).
    {
        let key = key.clone();
        let q = c.questionnaire.clone();
        let deps = (
            state.answers.clone(),
            state.screen,
            state.resumable.is_some(),
            state.from_code,
        );
        use_effect_with(deps, move |(answers, screen, resumable, from_code)| {
            if *from_code {
                // Someone else's result, opened from a code: never stored.
                return;
            }
            let (page, finished) = match screen {
                Screen::Survey { page } => (Some(*page), false),
                Screen::Results => (Some(q.sections.len().saturating_sub(1)), true),
                Screen::Start | Screen::Team => (None, false),
            };
            if let Some(page) = page {
                storage::save(&key, &Progress::new(&q, answers.clone(), page, finished));
            } else if !*resumable && answers.answered() == 0 {
                storage::delete(&key);
            }
        });
    }

    // A result code in the URL fragment (`#lr=LR1-…`) opens that result.
    {
        let state = state.clone();
        let q = c.questionnaire.clone();
        use_effect_with((), move |_| {
            if let Some(code) = crate::effects::fragment().and_then(|f| code_in_fragment(&f)) {
                match crate::domain::code::decode(&q, &code) {
                    Ok(answers) => state.dispatch(Action::OpenCode(answers)),
                    Err(e) => state.dispatch(Action::CodeError(e)),
                }
            }
        });
    }

    // Tell the host page: `leadership-radar:ready` once mounted, and
    // `leadership-radar:completed` whenever a person reaches their own results.
    {
        let c = c.clone();
        use_effect_with((), move |_| {
            crate::host::ready(c.mount.as_ref(), &c.questionnaire)
        });
    }
    {
        let c = c.clone();
        let answers = state.answers.clone();
        let completed = state.screen == Screen::Results && !state.from_code;
        use_effect_with(completed, move |completed| {
            if *completed {
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
    let on_lang = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                s.dispatch(Action::SetLang(sel.value()));
            }
        })
    };
    let uid: AttrValue = c.uid.clone().into();
    let lang = state.lang.clone();
    let s = i18n::strings(&lang);
    let q = &c.questionnaire;
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let lang_id = format!("{}-lang", c.uid);
    let langs = q.languages.iter().map(|l| {
        let name = LANGUAGES
            .iter()
            .find(|(code, _)| code == l)
            .map(|(_, n)| *n)
            .unwrap_or(l.as_str());
        html! { <option value={l.clone()} selected={*l == lang}>{ name }</option> }
    });

    let body = match state.screen {
        Screen::Start => html! {
            <Start uid={uid.clone()} lang={lang.clone()}
                title={pick(&q.title, &lang, fb).to_string()}
                description={pick(&q.description, &lang, fb).to_string()}
                resumable={state.resumable.is_some()} notice={state.notice}
                code_error={state.code_error.as_ref().map(|e| AttrValue::from(i18n::code_error(&lang, e)))}
                on_start={dispatch(Action::Start)} on_resume={dispatch(Action::Resume)}
                on_team={dispatch(Action::OpenTeam)}
                on_delete={{
                    let key = key.clone();
                    let s = state.clone();
                    Callback::from(move |_| { storage::delete(&key); s.dispatch(Action::Delete) })
                }} />
        },
        Screen::Survey { page } => html! {
            <Survey uid={uid.clone()} state={Rc::new((*state).clone())} {page} {on_answer}
                on_next={dispatch(Action::Next)} on_next_anyway={dispatch(Action::NextAnyway)}
                on_back={dispatch(Action::Back)} />
        },
        Screen::Team => html! {
            <TeamView uid={format!("{}-team", c.uid)} lang={lang.clone()}
                questionnaire={c.questionnaire.clone()} min_group={c.min_group}
                on_back={(c.mode == Mode::SelfAssessment).then(|| dispatch(Action::Back))} />
        },
        Screen::Results => html! {
            <Results uid={uid.clone()} state={Rc::new((*state).clone())}
                on_edit={dispatch(Action::GoToPage(0))}
                on_leave_code={{
                    let key = key.clone();
                    let s = state.clone();
                    let q = c.questionnaire.clone();
                    Callback::from(move |_| {
                        let saved = match storage::load(&key, &q) {
                            Loaded::Found(p) => Some((p.answers, p.page, p.finished)),
                            _ => None,
                        };
                        s.dispatch(Action::Restore(saved))
                    })
                }}
                on_delete={{
                    let key = key.clone();
                    let s = state.clone();
                    Callback::from(move |_| { storage::delete(&key); s.dispatch(Action::Delete) })
                }} />
        },
    };

    html! {
        <div class="lr-app" lang={lang.clone()} ref={root}>
            <div class="lr-top">
                <p class="lr-brand">{ pick(&q.title, &lang, fb) }</p>
                <label class="lr-lang" for={lang_id.clone()}>
                    <span>{ s.lang_label }</span>
                    <select id={lang_id} onchange={on_lang}>{ langs.into_iter().collect::<Html>() }</select>
                </label>
            </div>
            { body }
        </div>
    }
}
