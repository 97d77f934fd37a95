//! Mounting on a host page: finds the placeholder elements (`data-leadership-radar`) and
//! the `<leadership-radar>` custom elements, reads each one's options
//! (`domain::options`: `data-lang` on a placeholder, `lang` on the element), and starts
//! one independent widget per element, or shows precisely what is wrong in the element's
//! place (and warns on the console): never a blank box. A placeholder renders in the
//! page's DOM; a `<leadership-radar>` renders into its shadow root (the loader attaches
//! it, with the stylesheet, and calls [`mount_into`]), so host rules, even `!important`
//! ones, do not reach it.
//!
//! Every module speaks one interface language; the embed loader chooses each widget's
//! language and asks that language's module to mount it ([`mount_into_with`], with a
//! [`Placement`]: the page-wide numbers the loader gives the widget, and after a language
//! switch the new language and the state handed over by the previous module, see
//! [`handover`] and `domain::handover`).
//!
//! Mounting is idempotent: a handled element is marked with [`MOUNTED`] (`ok` or
//! `error`) and skipped afterwards. Each widget gets a unique DOM id prefix (`lr0`,
//! `lr1`, …, numbered page-wide by the loader, as several modules share the page) and
//! keeps its progress under its own storage namespace: `data-storage`, or without it
//! `default`, `default-2`, … in the order the widgets are first mounted (kept across
//! language switches).
//! [`unmount`] destroys a widget (the loader calls it when a `<leadership-radar>` leaves
//! the document, and before it mounts a widget again in another language) and clears the
//! mark, so the element mounts afresh; storage is kept.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use crate::app::{App, AppProps, Config};
use crate::domain::options::{self, FoundElement, OptionProblem, Options};
use crate::domain::questionnaire::Questionnaire;
use crate::i18n;

/// Selects placeholder elements (`<leadership-radar>` elements mount through the
/// loader's custom element class, into their shadow root).
pub const SELECTOR: &str = "[data-leadership-radar]";
/// The custom element's tag name.
pub const TAG: &str = "leadership-radar";
/// Set on every handled element: `ok` (a widget runs) or `error` (problems are shown).
pub const MOUNTED: &str = "data-leadership-radar-mounted";

/// What a module starts on an element: the widget module ([`WIDGET`]) starts an [`App`]
/// for any options; the team-mode module (`team_mount::TEAM`, loaded alone on pages
/// whose widgets all ask for team mode) starts only team-mode widgets and leaves the rest
/// unmarked, for the widget module.
pub struct Module {
    /// Prefix of the widgets' DOM ids (distinct per kind of module; the loader numbers
    /// widgets page-wide, across languages).
    pub uid_prefix: &'static str,
    /// Whether only elements whose mode attribute says `team` are mounted.
    pub team_only: bool,
    /// Starts the widget in `root`; the returned function stops it.
    pub start: fn(Element, Config) -> Stop,
}

/// Stops a running widget (Yew's `AppHandle::destroy`).
pub type Stop = Box<dyn FnOnce()>;

/// The widget module: the whole widget, any mode.
pub const WIDGET: Module = Module {
    uid_prefix: "lr",
    team_only: false,
    start: start_app,
};

fn start_app(root: Element, config: Config) -> Stop {
    let handle = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            config: Rc::new(config),
        },
    )
    .render();
    Box::new(move || handle.destroy())
}

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(0) };
    /// The running widgets, with the element each one renders into and where its state
    /// can be taken from for a language switch.
    static APPS: RefCell<Vec<(Element, Stop, SnapshotSlot)>> = const { RefCell::new(Vec::new()) };
    /// Widgets mounted on this page without `data-storage`.
    static DEFAULT_STORAGES: Cell<usize> = const { Cell::new(0) };
}

/// Where the loader asks for a widget: its page-wide numbers, and after a language
/// switch the new language and the state handed over. Without numbers (a page without
/// the loader, e.g. tests) the module counts itself.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    /// The widget's number on the page (its DOM ids: `lr<n>`).
    pub n: Option<u32>,
    /// Its number among the page's widgets without a storage attribute (`default-<n>`).
    pub storage_n: Option<u32>,
    /// The language the person switched to; it takes the place of the element's `lang`.
    pub lang: Option<String>,
    /// The previous module's [`handover`].
    pub handover: Option<String>,
}

/// Where a running widget keeps the function that writes down its state for a language
/// switch (`domain::handover`); the widget's component fills it in on every render.
#[derive(Clone, Default)]
pub struct SnapshotSlot(Rc<RefCell<Option<WriteDown>>>);

/// Writes a widget's state down (`domain::handover`).
pub type WriteDown = Rc<dyn Fn() -> String>;

impl SnapshotSlot {
    /// Sets the function that writes the widget's state down.
    pub fn set(&self, f: WriteDown) {
        *self.0.borrow_mut() = Some(f);
    }

    /// The widget's state now, if its component has said how to write it.
    pub fn take(&self) -> Option<String> {
        let f = self.0.borrow().clone();
        f.map(|f| f())
    }
}

impl PartialEq for SnapshotSlot {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for SnapshotSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SnapshotSlot")
    }
}

/// 1 for the first widget without `data-storage` on this page, 2 for the next, …
fn next_default_storage() -> usize {
    DEFAULT_STORAGES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// How many widgets are running (for tests: unmounting must free them).
pub fn running() -> usize {
    APPS.with(|apps| apps.borrow().len())
}

fn attrs_of(el: &Element) -> options::Attrs {
    if el.tag_name().eq_ignore_ascii_case(TAG) {
        options::Attrs::Element
    } else {
        options::Attrs::Data
    }
}

fn next_uid(prefix: &str) -> String {
    NEXT_UID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        format!("{prefix}{id}")
    })
}

/// Whether `el`'s mode attribute asks for team mode (values are trimmed, any case).
pub fn asks_for_team(el: &Element) -> bool {
    el.get_attribute(attrs_of(el).name(options::ATTR_MODE))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("team"))
}

/// Mounts a widget on every placeholder not yet handled; returns how many started.
/// (The embed loader mounts widget by widget, each with the module of its language.)
pub fn mount_all() -> u32 {
    mount_all_with(&WIDGET)
}

/// [`mount_all`] for `module`.
pub fn mount_all_with(module: &Module) -> u32 {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(list) = doc.query_selector_all(&format!("{SELECTOR}:not([{MOUNTED}])")) else {
        return 0;
    };
    let mut started = 0;
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if mount_into_with(module, &doc, el.clone(), el, Placement::default()) {
                started += 1;
            }
        }
    }
    started
}

/// Mounts one element (replacing its content, e.g. a no-script fallback); returns
/// whether a widget started. An element already handled is left alone.
pub fn mount(doc: &Document, el: Element) -> bool {
    mount_into(doc, el.clone(), el)
}

/// Mounts a widget configured by `host`'s attributes into `root`: `root` is `host`
/// itself for a placeholder, or the `<div>` the loader puts in a `<leadership-radar>`'s
/// shadow root. `host` gets the [`MOUNTED`] mark and the host events.
pub fn mount_into(doc: &Document, host: Element, root: Element) -> bool {
    mount_into_with(&WIDGET, doc, host, root, Placement::default())
}

/// What every module's `mount_element` export does ([`widget_exports!`]): mounts
/// `module`'s widget on `host` into `root`, placed as the loader says, unless `host` has
/// left the document or is already handled. Returns whether a widget started.
pub fn mount_element(module: &Module, host: Element, root: Element, at: Placement) -> bool {
    host.is_connected()
        && web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|doc| mount_into_with(module, &doc, host, root, at))
}

/// [`mount_into`] for `module`, placed as the loader says.
pub fn mount_into_with(
    module: &Module,
    doc: &Document,
    host: Element,
    root: Element,
    at: Placement,
) -> bool {
    if host.has_attribute(MOUNTED) || (module.team_only && !asks_for_team(&host)) {
        return false;
    }
    let attrs = attrs_of(&host);
    let lang_attr = attrs.name(options::ATTR_LANG);
    let get = |name: &str| match &at.lang {
        Some(lang) if name == lang_attr => Some(lang.clone()),
        _ => host.get_attribute(name),
    };
    let config = options::parse_attrs(&get, attrs).and_then(|o| config(doc, &o, attrs, &at));
    root.set_text_content(None);
    match config {
        Ok(mut config) => {
            let _ = host.set_attribute(MOUNTED, "ok");
            config.uid = match at.n {
                Some(n) => format!("{}{n}", module.uid_prefix),
                None => next_uid(module.uid_prefix),
            };
            config.mount = Some(host.clone());
            config.handover = at.handover.map(Rc::from);
            let slot = config.snapshot.clone();
            let stop = (module.start)(root, config);
            APPS.with(|apps| apps.borrow_mut().push((host, stop, slot)));
            true
        }
        Err(problems) => {
            let _ = host.set_attribute(MOUNTED, "error");
            let lang = problem_language(doc);
            let problems: Vec<String> = problems
                .iter()
                .map(|p| i18n::option_problem(lang, p))
                .collect();
            show_problems(doc, &host, &root, &problems, lang);
            false
        }
    }
}

/// Stops the widget whose host is `el` (Yew's `AppHandle::destroy`: components, effects
/// and listeners are dropped and its DOM removed) and unmarks the element so that it can
/// mount again; the caller clears a shown problem. Saved answers stay in storage.
/// Returns whether a widget was running there.
pub fn unmount(el: &Element) -> bool {
    let handle = APPS.with(|apps| {
        let mut apps = apps.borrow_mut();
        let at = apps.iter().position(|(e, _, _)| e == el)?;
        Some(apps.swap_remove(at).1)
    });
    let was_running = handle.is_some();
    if let Some(stop) = handle {
        stop();
    }
    let _ = el.remove_attribute(MOUNTED);
    was_running
}

/// The state of the widget on `el`, written down for the module of another language
/// (`domain::handover`); `None` when no widget of this module runs there.
pub fn handover(el: &Element) -> Option<String> {
    let slot = APPS.with(|apps| {
        apps.borrow()
            .iter()
            .find(|(e, _, _)| e == el)
            .map(|(_, _, slot)| slot.clone())
    })?;
    slot.take()
}

/// The widget configuration for valid options (its `uid` and `mount` are set by [`mount`]).
fn config(
    doc: &Document,
    o: &Options,
    attrs: options::Attrs,
    at: &Placement,
) -> Result<Config, Vec<OptionProblem>> {
    let mut c = Config::standalone("");
    if let Some(id) = &o.questionnaire {
        let (q, json) = inline_questionnaire(doc, id, attrs)?;
        c.questionnaire = Rc::new(q);
        c.questionnaire_json = Some(json.into());
    }
    c.lang = options::choose_language(o.lang.as_deref(), &c.questionnaire.languages, attrs)
        .map_err(|e| match &o.questionnaire {
            Some(id) if o.lang.is_none() => vec![OptionProblem::QuestionnaireLanguage {
                id: id.clone(),
                problem: Box::new(e),
            }],
            _ => vec![e],
        })?;
    c.namespace = match &o.storage {
        Some(name) => name.clone(),
        None => options::default_storage(match at.storage_n {
            Some(n) => n as usize,
            None => next_default_storage(),
        }),
    };
    c.mode = o.mode;
    c.min_group = o.min_group;
    c.header = o.header;
    c.team_entry = o.team_entry;
    Ok(c)
}

/// The language of setup problems: the page's own (`<html lang>`) when the interface
/// speaks it, else English (the widget's language may be what is wrong).
fn problem_language(doc: &Document) -> &'static str {
    let page = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let primary = page.split('-').next().unwrap_or("");
    i18n::strings(primary).code
}

/// Loads a questionnaire from `<script type="application/json" id="…">`, with its JSON
/// text; every validation problem becomes one problem.
fn inline_questionnaire(
    doc: &Document,
    id: &str,
    attrs: options::Attrs,
) -> Result<(Questionnaire, String), Vec<OptionProblem>> {
    let at = format!("{}=\"{id}\"", attrs.name(options::ATTR_QUESTIONNAIRE));
    let Some(el) = doc.get_element_by_id(id) else {
        return Err(vec![OptionProblem::NoElement {
            at,
            id: id.to_string(),
        }]);
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let is_json = el
        .get_attribute("type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if tag != "script" || !is_json {
        let found = match el.get_attribute("type") {
            Some(t) if tag == "script" => FoundElement::Script(t),
            None if tag == "script" => FoundElement::ScriptWithoutType,
            Some(_) | None => FoundElement::Other(tag),
        };
        return Err(vec![OptionProblem::NotJson {
            at,
            id: id.to_string(),
            found,
        }]);
    }
    let json = el.text_content().unwrap_or_default();
    let q = Questionnaire::from_json(&json).map_err(|e| -> Vec<OptionProblem> {
        e.problems
            .into_iter()
            .map(|problem| OptionProblem::Questionnaire {
                id: id.to_string(),
                problem,
            })
            .collect()
    })?;
    Ok((q, json))
}

/// Shows the problems in `root` (the element's place) and warns on the console.
fn show_problems(doc: &Document, el: &Element, root: &Element, problems: &[String], lang: &str) {
    let s = i18n::strings(lang);
    let id = el.id();
    let which = if id.is_empty() {
        i18n::fill(
            s.setup_element,
            &[("x", el.tag_name().to_ascii_lowercase())],
        )
    } else {
        format!("#{id}")
    };
    web_sys::console::warn_1(&JsValue::from_str(&format!(
        "{}\n- {}",
        i18n::fill(s.setup_failed_on, &[("x", which)]),
        problems.join("\n- ")
    )));
    let render = || -> Result<(), JsValue> {
        let app = doc.create_element("div")?;
        app.set_class_name("lr-app");
        app.set_attribute("lang", s.code)?;
        let notice = doc.create_element("div")?;
        notice.set_class_name("lr-notice lr-error lr-mount-error");
        notice.set_attribute("role", "alert")?;
        let p = doc.create_element("p")?;
        let strong = doc.create_element("strong")?;
        strong.set_text_content(Some(s.setup_failed));
        p.append_child(&strong)?;
        p.append_child(&doc.create_text_node(&format!(" {}", s.setup_fix)))?;
        notice.append_child(&p)?;
        let ul = doc.create_element("ul")?;
        for problem in problems {
            let li = doc.create_element("li")?;
            li.set_text_content(Some(problem));
            ul.append_child(&li)?;
        }
        notice.append_child(&ul)?;
        app.append_child(&notice)?;
        root.append_child(&app)?;
        Ok(())
    };
    let _ = render();
}

/// Declares the four exports the embed loader calls on a module that mounts widgets
/// (`mount_element`, `handover`, `unmount_element`, `running_widgets`) for `module`'s
/// widgets ([`WIDGET`] or `team_mount::TEAM`). A `#[wasm_bindgen]` export has to be
/// declared in the binary that exports it (LTO keeps only what a binary's exports reach),
/// so each such binary expands this macro once.
#[macro_export]
macro_rules! widget_exports {
    ($module:expr) => {
        /// For the embed loader: mounts a widget configured by `host`'s attributes into
        /// `root` (`host` itself for a `data-leadership-radar` placeholder, a `<div>` in the
        /// shadow root of a `<leadership-radar>`) unless `host` is already handled or is
        /// not this module's kind of widget. `n` and `storage_n` number the widget
        /// page-wide (its DOM ids, its default storage); after a language switch, `lang`
        /// is the new language and `handover` the state taken from the previous module
        /// (`handover`). Returns whether a widget started.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn mount_element(
            host: web_sys::Element,
            root: web_sys::Element,
            n: Option<u32>,
            storage_n: Option<u32>,
            lang: Option<String>,
            handover: Option<String>,
        ) -> bool {
            let at = $crate::mount::Placement {
                n,
                storage_n,
                lang,
                handover,
            };
            $crate::mount::mount_element(&$module, host, root, at)
        }

        /// For the embed loader, before a language switch: the state of the widget on
        /// `host` (screen, answers, an open team view's groups), for the module of the new
        /// language.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn handover(host: web_sys::Element) -> Option<String> {
            $crate::mount::handover(&host)
        }

        /// For the embed loader: destroys the widget on `el` (when a `<leadership-radar>`
        /// has left the document, or before it is mounted in another language); storage
        /// is kept. Returns whether a widget was running there.
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn unmount_element(el: web_sys::Element) -> bool {
            $crate::mount::unmount(&el)
        }

        /// How many widgets this module runs on the page (each `<leadership-radar>`
        /// removed from the page must bring this down by one: its app is destroyed, not
        /// leaked).
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub fn running_widgets() -> u32 {
            u32::try_from($crate::mount::running()).unwrap_or(u32::MAX)
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::domain::options;
    use crate::i18n;

    #[test]
    fn option_languages_are_the_interface_languages() {
        let interface: Vec<&str> = i18n::LANGUAGES.iter().map(|(code, _)| *code).collect();
        assert_eq!(options::LANGUAGES, interface.as_slice());
    }
}
