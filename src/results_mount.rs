//! The personal results as a view of the second module (`src/bin/team.rs` exports
//! [`mount`] as `mount_results`): the self-assessment module does not link the results
//! page (about a fifth of its size); its [`crate::components::module_slot::ModuleSlot`]
//! hands over the answers as saved-progress JSON and mounts the results into an element
//! of its own, like the team view (see [`crate::team_mount`] for the tree-id rule).

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;

use crate::components::results::Results;
use crate::domain::progress::Progress;
use crate::state::{Screen, State};
use crate::team_mount::{mount_app, questionnaire, ViewFrame};

/// What the results page needs from the widget around it.
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsRootProps {
    pub uid: AttrValue,
    pub state: Rc<State>,
    pub min_group: usize,
    /// Move focus to the heading once shown (the person reached the results).
    pub focus: bool,
    pub on_edit: Callback<()>,
    pub on_delete: Callback<()>,
    pub on_leave_code: Callback<()>,
}

/// The results in their [`ViewFrame`].
#[component]
fn ResultsRoot(p: &ResultsRootProps) -> Html {
    html! {
        <ViewFrame focus={p.focus}>
            <Results uid={p.uid.clone()} state={p.state.clone()} min_group={p.min_group}
                on_edit={p.on_edit.clone()} on_delete={p.on_delete.clone()}
                on_leave_code={p.on_leave_code.clone()} />
        </ViewFrame>
    }
}

/// A mounted results page.
pub struct Mounted {
    handle: AppHandle<ResultsRoot>,
    host: Element,
    props: ResultsRootProps,
}

impl Mounted {
    /// Shows the results in another language.
    pub fn set_lang(&mut self, lang: &str) {
        if self.props.state.lang != lang {
            let mut state = (*self.props.state).clone();
            state.lang = lang.to_string();
            self.props.state = Rc::new(state);
            self.handle.update(self.props.clone());
        }
    }

    /// Stops the results page and removes its elements.
    pub fn destroy(self) {
        self.handle.destroy();
        self.host.remove();
    }
}

/// What the widget hands over besides the questionnaire and the language.
pub struct Handover {
    /// The answers, as saved-progress JSON (`Progress::to_json`).
    pub answers: String,
    /// Opened from a result code, not the person's own saved answers.
    pub from_code: bool,
    pub min_group: usize,
    pub focus: bool,
    pub on_edit: Callback<()>,
    pub on_delete: Callback<()>,
    pub on_leave_code: Callback<()>,
}

/// Mounts the results of the handed-over answers into a new element appended to `slot`
/// (`questionnaire`: a custom questionnaire's JSON text, `None` for the built-in one).
pub fn mount(
    slot: &Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    h: Handover,
) -> Result<Mounted, JsValue> {
    let q = Rc::new(self::questionnaire(questionnaire)?);
    let progress = Progress::from_json(&q, &h.answers)
        .map_err(|_| JsValue::from_str("the answers could not be read"))?;
    let mut state = State::new(q, lang, None, None);
    state.answers = progress.answers;
    state.screen = Screen::Results;
    state.from_code = h.from_code;
    let props = ResultsRootProps {
        uid: uid.into(),
        state: Rc::new(state),
        min_group: h.min_group,
        focus: h.focus,
        on_edit: h.on_edit,
        on_delete: h.on_delete,
        on_leave_code: h.on_leave_code,
    };
    let (handle, host) = mount_app::<ResultsRoot>(slot, props.clone())?;
    Ok(Mounted {
        handle,
        host,
        props,
    })
}
