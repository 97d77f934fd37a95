//! The self-assessment module's entry point: exports what the embed loader calls. There
//! is one such module per interface language (`leadership-radar-<lang>.js`); the loader
//! mounts each widget with the module of its language. The team view is not linked here:
//! it is a module of its own (`src/bin/team.rs`), loaded when a person opens it.

use leadership_radar::mount::{self, Placement, WIDGET};
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// For the embed loader: mounts a widget configured by `host`'s attributes into `root`
/// (`host` itself for a `data-leadership-radar` placeholder, a `<div>` in the shadow root
/// of a `<leadership-radar>`) unless `host` is already handled. `n` and `storage_n`
/// number the widget page-wide (its DOM ids, its default storage); after a language
/// switch, `lang` is the new language and `handover` the state taken from the previous
/// module (`handover`). Returns whether a widget started.
#[wasm_bindgen]
pub fn mount_element(
    host: web_sys::Element,
    root: web_sys::Element,
    n: Option<u32>,
    storage_n: Option<u32>,
    lang: Option<String>,
    handover: Option<String>,
) -> bool {
    let at = Placement {
        n,
        storage_n,
        lang,
        handover,
    };
    mount::mount_element(&WIDGET, host, root, at)
}

/// For the embed loader, before a language switch: the state of the widget on `host`
/// (screen, answers, an open team view's groups), for the module of the new language.
#[wasm_bindgen]
pub fn handover(host: web_sys::Element) -> Option<String> {
    mount::handover(&host)
}

/// For the embed loader: destroys the widget on `el` (when a `<leadership-radar>` has left
/// the document, or before it is mounted in another language); storage is kept. Returns
/// whether a widget was running there.
#[wasm_bindgen]
pub fn unmount_element(el: web_sys::Element) -> bool {
    mount::unmount(&el)
}

/// How many widgets this module runs on the page (each `<leadership-radar>` removed from
/// the page must bring this down by one: its app is destroyed, not leaked).
#[wasm_bindgen]
pub fn running_widgets() -> u32 {
    u32::try_from(mount::running()).unwrap_or(u32::MAX)
}
