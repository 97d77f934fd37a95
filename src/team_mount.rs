//! The team view as a module of its own (`src/bin/team.rs` exports [`mount`] to
//! JavaScript): the self-assessment module does not link the team view; its
//! [`crate::components::module_slot::ModuleSlot`] asks the embed loader for this module when a
//! person opens the team view and mounts it into an element of its own.
//!
//! On a page whose widgets all ask for team mode, the loader starts the team-mode module
//! (`src/bin/teammode.rs`) alone: [`TEAM`] mounts team-mode widgets as a [`TeamApp`] (the
//! widget's frame and language picker around the team view), and leaves any other widget
//! for the widget module.
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

use wasm_bindgen::JsCast;

use crate::app::{keep_enter, top_bar, Config};
use crate::components::team::TeamView;
use crate::domain::handover::{At, GroupText, Handover, TeamSnapshot};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::i18n;
use crate::mount::{Module, Stop};
use crate::switch::{self, Switch};

/// Team-mode widgets, started by the team-mode module on a page of its own.
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
    let root = use_node_ref();
    let switched = c.handover.as_deref().and_then(|h| {
        Handover::from_json(&c.questionnaire, h)?
            .team
            .as_deref()
            .and_then(TeamSnapshot::from_json)
    });
    {
        let c = c.clone();
        let root = root.clone();
        let restore = switched.clone();
        use_effect_with((), move |_| {
            match (restore, root.cast::<Element>()) {
                // Mounted again in another language: the groups come back, focus stays
                // on the language picker, and the host hears nothing new.
                (Some(snapshot), Some(el)) => {
                    switch::focus_picker(&el);
                    wasm_bindgen_futures::spawn_local(restore_groups(el, snapshot));
                }
                (Some(_), None) => {}
                (None, _) => crate::host::ready(c.mount.as_ref(), &c.questionnaire),
            }
        });
    }
    {
        let root = root.clone();
        let q = c.questionnaire.clone();
        c.snapshot.set(Rc::new(move || {
            let team = root.cast::<Element>().map(|el| read_groups(&el).to_json());
            Handover {
                at: At::Team,
                answers: Answers::empty(&q),
                from_code: false,
                team,
            }
            .to_json(&q)
        }));
    }
    let switching = use_state(Switch::default);
    let on_lang = switch::on_change(c.mount.clone(), c.lang.clone(), switching.clone());
    let onkeydown = Callback::from(|e: KeyboardEvent| keep_enter(&e));
    html! {
        <div class="lr-app" part="app" lang={c.lang.clone()} dir={i18n::direction(&c.lang)} ref={root} {onkeydown}>
            { top_bar(&c.uid, &c, &c.lang, on_lang) }
            { switch::notice(&c.lang, &switching) }
            <TeamView uid={format!("{}-team", c.uid)} lang={c.lang.clone()}
                questionnaire={c.questionnaire.clone()} min_group={c.min_group} on_back={None::<Callback<()>>} />
        </div>
    }
}

/// The element of class `class` under `el`, as `T`.
fn find<T: JsCast>(el: &Element, selector: &str) -> Option<T> {
    el.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<T>()
        .ok()
}

/// The groups and own code entered in the team view under `root`, read from its fields
/// (the text boxes are not controlled by the components: the browser holds their text).
pub fn read_groups(root: &Element) -> TeamSnapshot {
    let mut groups = Vec::new();
    if let Ok(list) = root.query_selector_all("section.lr-group") {
        for k in 0..list.length() {
            let Some(section) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let text = find::<web_sys::HtmlTextAreaElement>(&section, "textarea.lr-paste")
                .map(|t| t.value())
                .unwrap_or_default();
            let read = find::<Element>(&section, ".lr-read, .lr-reading").is_some();
            groups.push(GroupText { text, read });
        }
    }
    let own = find::<web_sys::HtmlInputElement>(root, ".lr-own-overlay input")
        .map(|i| i.value())
        .unwrap_or_default();
    TeamSnapshot { groups, own }
}

/// `input` as the browser fires it after a paste, so the team view takes the new text in.
fn pasted(target: &Element) {
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type("insertFromPaste");
    if let Ok(e) = web_sys::InputEvent::new_with_event_init_dict("input", &init) {
        let _ = target.dispatch_event(&e);
    }
}

fn click(el: &Element, selector: &str) -> bool {
    match find::<web_sys::HtmlElement>(el, selector) {
        Some(b) => {
            b.click();
            true
        }
        None => false,
    }
}

/// Longest wait for one step of [`restore_groups`] to show (a group added, a group read).
const STEP_MS: i32 = 30_000;

/// Resolves to `true` once `done()` holds, checked now and after every change to the
/// elements under `root` (a `MutationObserver`), or to `false` after `limit_ms`.
///
/// Waiting for the view to show something must leave the browser all its other tasks:
/// Yew renders in a task of its own (`setTimeout`) once it has worked 16 ms on end, and a
/// loop of [`crate::effects::yield_now`] would hold that task back, since the browser runs
/// `scheduler.yield()` continuations before ordinary tasks: the state waited for would not
/// show until the loop gave up, and nothing else on the page (timers, other scripts) would
/// run meanwhile.
async fn until_shown(root: &Element, done: impl Fn() -> bool + 'static, limit_ms: i32) -> bool {
    use wasm_bindgen::closure::Closure;
    if done() {
        return true;
    }
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut settle = None;
    let shown = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    let Some(settle) = settle else {
        return false;
    };
    let on_change = {
        let settle = settle.clone();
        Closure::<dyn FnMut()>::new(move || {
            if done() {
                let _ = settle.call1(&JsValue::UNDEFINED, &JsValue::TRUE);
            }
        })
    };
    let on_limit = Closure::<dyn FnMut()>::new(move || {
        let _ = settle.call1(&JsValue::UNDEFINED, &JsValue::FALSE);
    });
    let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return false;
    };
    let watch = web_sys::MutationObserverInit::new();
    watch.set_subtree(true);
    watch.set_child_list(true);
    watch.set_attributes(true);
    watch.set_character_data(true);
    if observer.observe_with_options(root, &watch).is_err() {
        return false;
    }
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        on_limit.as_ref().unchecked_ref(),
        limit_ms,
    );
    let outcome = wasm_bindgen_futures::JsFuture::from(shown)
        .await
        .is_ok_and(|v| v.is_truthy());
    observer.disconnect();
    if let Ok(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    outcome
}

/// Enters `snapshot` into the fresh team view under `root` as a person would: adds the
/// groups, fills in their texts and the own code, and reads again, one after the other,
/// the groups that had been read (so the team figures are those shown before). Each step
/// waits until the view shows the previous one ([`until_shown`]).
pub async fn restore_groups(root: Element, snapshot: TeamSnapshot) {
    let count = |root: &Element| {
        root.query_selector_all("section.lr-group")
            .map_or(0, |l| l.length() as usize)
    };
    for _ in 1..snapshot.groups.len() {
        let before = count(&root);
        if !click(&root, "section.lr-team > .lr-actions > button") {
            break;
        }
        let added = {
            let root = root.clone();
            move || count(&root) > before || !root.is_connected()
        };
        if !until_shown(&root, added, STEP_MS).await || !root.is_connected() {
            break;
        }
    }
    let sections: Vec<Element> = root
        .query_selector_all("section.lr-group")
        .map(|l| {
            (0..l.length())
                .filter_map(|k| l.item(k).and_then(|n| n.dyn_into::<Element>().ok()))
                .collect()
        })
        .unwrap_or_default();
    for (section, g) in sections.iter().zip(&snapshot.groups) {
        if let Some(t) = find::<web_sys::HtmlTextAreaElement>(section, "textarea.lr-paste") {
            t.set_value(&g.text);
            pasted(&t);
        }
    }
    if let Some(own) = find::<web_sys::HtmlInputElement>(&root, ".lr-own-overlay input") {
        if !snapshot.own.is_empty() {
            own.set_value(&snapshot.own);
            pasted(&own);
        }
    }
    crate::effects::yield_now().await;
    for (section, g) in sections.iter().zip(&snapshot.groups) {
        if !g.read || !click(section, ".lr-actions > button.lr-primary") {
            continue;
        }
        // One group after the other, as they were read: the next once this one's outcome
        // (its summary, or why it could not be read) is shown.
        let read = {
            let section = section.clone();
            move || {
                !section.is_connected()
                    || (find::<Element>(&section, ".lr-reading").is_none()
                        && find::<Element>(&section, ":scope > .lr-read, :scope > .lr-error")
                            .is_some())
            }
        };
        if !until_shown(&root, read, STEP_MS).await || !section.is_connected() {
            break;
        }
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
    /// Groups handed over by a language switch, entered again once shown.
    pub restore: Option<Rc<TeamSnapshot>>,
}

/// The team view in its [`ViewFrame`]; groups handed over by a language switch are
/// entered again once it is shown.
#[component]
fn TeamRoot(p: &TeamRootProps) -> Html {
    let restore = p.restore.clone();
    let on_shown = Callback::from(move |el: Element| {
        if let Some(snapshot) = restore.clone() {
            wasm_bindgen_futures::spawn_local(restore_groups(el, (*snapshot).clone()));
        }
    });
    html! {
        <ViewFrame focus={p.focus} {on_shown}>
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
    /// Called once with the frame's element when the view is first shown.
    #[prop_or_default]
    pub on_shown: Callback<Element>,
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
        let on_shown = p.on_shown.clone();
        use_effect_with((), move |_| {
            let el = root.cast::<Element>();
            if let Some(el) = &el {
                on_shown.emit(el.clone());
            }
            let heading = el
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
    /// The groups and codes entered ([`TeamSnapshot::to_json`]), for a language switch.
    pub fn snapshot(&self) -> String {
        read_groups(&self.host).to_json()
    }

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
/// built-in one; `focus`: move focus to its heading once shown; `restore`: groups handed
/// over by a language switch ([`TeamSnapshot::to_json`]).
#[allow(clippy::too_many_arguments)]
pub fn mount(
    slot: &Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    min_group: usize,
    focus: bool,
    on_back: Option<Callback<()>>,
    restore: Option<String>,
) -> Result<Mounted, JsValue> {
    let props = TeamRootProps {
        uid: uid.into(),
        lang: lang.into(),
        questionnaire: Rc::new(self::questionnaire(questionnaire)?),
        min_group,
        on_back,
        focus,
        restore: restore
            .as_deref()
            .and_then(TeamSnapshot::from_json)
            .map(Rc::new),
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
