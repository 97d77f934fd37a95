//! The team view as a module of its own (`src/bin/team.rs` exports [`mount`] to
//! JavaScript): the self-assessment module does not link the team view; its
//! [`crate::components::module_slot::ModuleSlot`] asks the embed loader for this module when a
//! person opens the team view and mounts it into an element of its own.
//!
//! On a page whose widgets all ask for team mode, the loader starts this module alone:
//! [`TEAM`] mounts team-mode widgets as a [`TeamApp`] (the widget's frame and language
//! picker around the team view), and leaves any other widget for the widget module.
//!
//! Both modules carry their own copy of Yew. Yew marks the elements of each app with a
//! tree id (`__yew_subtree_id`) and lets the innermost app handle an event; tree ids are
//! counted per module, so the team view's app could get the very id of the widget around
//! it, and that widget would then take the team view's events for its own. [`mount`]
//! therefore checks the new app's id against the enclosing widget's and mounts again
//! (with the next id) when they are equal.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::app::{keep_enter, top_bar, Config};
use crate::components::team::TeamView;
use crate::domain::questionnaire::Questionnaire;
use crate::i18n;
use crate::mount::{Module, Stop};

/// Team-mode widgets, started by the team view's module on a page of its own.
pub const TEAM: Module = Module {
    uid_prefix: "lrt",
    team_only: true,
    start: start_team_app,
};

fn start_team_app(root: Element, config: Config) -> Stop {
    let handle = yew::Renderer::<TeamApp>::with_root_and_props(
        root,
        TeamAppProps {
            config: Rc::new(config),
        },
    )
    .render();
    Box::new(move || handle.destroy())
}

#[derive(Properties, PartialEq)]
pub struct TeamAppProps {
    pub config: Rc<Config>,
}

/// A widget in team mode, without the self-assessment: what `App` shows in team mode.
#[component]
pub fn TeamApp(p: &TeamAppProps) -> Html {
    let c = p.config.clone();
    let lang = use_state(|| c.lang.clone());
    {
        let c = c.clone();
        use_effect_with((), move |_| {
            crate::host::ready(c.mount.as_ref(), &c.questionnaire)
        });
    }
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                lang.set(sel.value());
            }
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| keep_enter(&e));
    html! {
        <div class="lr-app" part="app" lang={(*lang).clone()} dir={i18n::direction(&lang)} {onkeydown}>
            { top_bar(&c.uid, &c.questionnaire, &lang, on_lang) }
            <TeamView uid={format!("{}-team", c.uid)} lang={(*lang).clone()}
                questionnaire={c.questionnaire.clone()} min_group={c.min_group} on_back={None::<Callback<()>>} />
        </div>
    }
}

/// What the team view needs from the widget around it.
#[derive(Properties, PartialEq, Clone)]
pub struct TeamRootProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub questionnaire: Rc<Questionnaire>,
    pub min_group: usize,
    /// Back to the start screen; `None` when the host chose team mode.
    pub on_back: Option<Callback<()>>,
    /// Move focus to the heading once shown (the person opened the team view).
    pub focus: bool,
}

/// The team view in its [`ViewFrame`].
#[component]
fn TeamRoot(p: &TeamRootProps) -> Html {
    html! {
        <ViewFrame focus={p.focus}>
            <TeamView uid={p.uid.clone()} lang={p.lang.clone()}
                questionnaire={p.questionnaire.clone()} min_group={p.min_group}
                on_back={p.on_back.clone()} />
        </ViewFrame>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ViewFrameProps {
    /// Move focus to the view's heading (`.lr-h`) once shown.
    pub focus: bool,
    pub children: Html,
}

/// What a view of this module needs from the widget around it that the widget cannot
/// give another module's app: its keyboard rule (Enter in a text field never submits a
/// host page's form) and its focus rule (a new screen's heading takes focus).
#[component]
pub(crate) fn ViewFrame(p: &ViewFrameProps) -> Html {
    let root = use_node_ref();
    {
        let root = root.clone();
        let focus = p.focus;
        use_effect_with((), move |_| {
            let heading = root
                .cast::<Element>()
                .and_then(|el| el.query_selector(".lr-h").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let (true, Some(h)) = (focus, heading) {
                let _ = h.focus();
            }
        });
    }
    html! {
        <div ref={root} onkeydown={Callback::from(|e: KeyboardEvent| keep_enter(&e))}>
            { p.children.clone() }
        </div>
    }
}

/// A mounted team view.
pub struct Mounted {
    handle: AppHandle<TeamRoot>,
    host: Element,
    props: TeamRootProps,
}

impl Mounted {
    /// Shows the team view in another language.
    pub fn set_lang(&mut self, lang: &str) {
        if self.props.lang != lang {
            self.props.lang = AttrValue::from(lang.to_string());
            self.handle.update(self.props.clone());
        }
    }

    /// Stops the team view and removes its elements.
    pub fn destroy(self) {
        self.handle.destroy();
        self.host.remove();
    }
}

/// The Yew tree id an element carries, if any.
fn tree_id(el: &Element) -> Option<f64> {
    js_sys::Reflect::get(el, &JsValue::from_str("__yew_subtree_id"))
        .ok()
        .and_then(|v| v.as_f64())
}

/// The tree id of the nearest marked ancestor of `el` (across shadow roots): the app of
/// the widget around it.
fn enclosing_tree(el: &Element) -> Option<f64> {
    let mut at = el.parent_element().or_else(|| shadow_host(el));
    while let Some(e) = at {
        if let Some(id) = tree_id(&e) {
            return Some(id);
        }
        at = e.parent_element().or_else(|| shadow_host(&e));
    }
    None
}

fn shadow_host(el: &Element) -> Option<Element> {
    wasm_bindgen::JsCast::dyn_into::<web_sys::ShadowRoot>(el.parent_node()?)
        .ok()
        .map(|r| r.host())
}

/// The questionnaire a view of this module shows: `json` is a custom questionnaire's text
/// (already validated by the widget), `None` the built-in one.
pub(crate) fn questionnaire(json: Option<String>) -> Result<Questionnaire, JsValue> {
    match json {
        Some(json) => Questionnaire::from_json(&json)
            .map_err(|_| JsValue::from_str("the questionnaire could not be read")),
        None => Ok(Questionnaire::default_questionnaire()),
    }
}

/// Mounts the team view into a new element appended to `slot`. `questionnaire` is the
/// custom questionnaire's JSON text (already validated by the widget), `None` for the
/// built-in one; `focus`: move focus to its heading once shown.
pub fn mount(
    slot: &Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    min_group: usize,
    focus: bool,
    on_back: Option<Callback<()>>,
) -> Result<Mounted, JsValue> {
    let props = TeamRootProps {
        uid: uid.into(),
        lang: lang.into(),
        questionnaire: Rc::new(self::questionnaire(questionnaire)?),
        min_group,
        on_back,
        focus,
    };
    let (handle, host) = mount_app::<TeamRoot>(slot, props.clone())?;
    Ok(Mounted {
        handle,
        host,
        props,
    })
}

/// Renders a `C` app into a new element appended to `slot`, with a Yew tree id other than
/// the enclosing widget's (see the module's notes).
pub(crate) fn mount_app<C>(
    slot: &Element,
    props: C::Properties,
) -> Result<(AppHandle<C>, Element), JsValue>
where
    C: BaseComponent,
    C::Properties: Clone,
{
    let doc = slot
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the element is not in a document"))?;
    let outer = enclosing_tree(slot);
    loop {
        let host = doc.create_element("div")?;
        slot.append_child(&host)?;
        let handle = yew::Renderer::<C>::with_root_and_props(host.clone(), props.clone()).render();
        // Tree ids only grow, so a second try never meets the same id.
        if outer.is_none() || tree_id(&host) != outer {
            return Ok((handle, host));
        }
        handle.destroy();
        host.remove();
    }
}
