//! The self-assessment module's entry point: starts the widget on the page that loads it
//! (`lib::start`) and exports what the embed loader calls. The team view is not linked
//! here: it is a module of its own (`src/bin/team.rs`), loaded when a person opens it.

use leadership_radar::mount;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    leadership_radar::start();
}

/// For the host page (JavaScript `mount_all()`, re-exported by the embed loader as
/// `mountAll`): mounts widgets on placeholders added since the last call. Elements
/// already handled are skipped. Returns how many widgets started.
#[wasm_bindgen]
pub fn mount_all() -> u32 {
    mount::mount_all()
}

/// For the embed loader's `<leadership-radar>` element (its `connectedCallback`): mounts
/// a widget configured by `host`'s attributes into `root` (a `<div>` in `host`'s shadow
/// root) unless `host` is already handled. Returns whether a widget started.
#[wasm_bindgen]
pub fn mount_element(host: web_sys::Element, root: web_sys::Element) -> bool {
    if !host.is_connected() {
        return false;
    }
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|doc| mount::mount_into(&doc, host, root))
}

/// For the embed loader's `<leadership-radar>` element, once it has left the document:
/// destroys its widget (storage is kept). Returns whether a widget was running there.
#[wasm_bindgen]
pub fn unmount_element(el: web_sys::Element) -> bool {
    mount::unmount(&el)
}

/// How many widgets are running on the page (each `<leadership-radar>` removed from the
/// page must bring this down by one: its app is destroyed, not leaked).
#[wasm_bindgen]
pub fn running_widgets() -> u32 {
    u32::try_from(mount::running()).unwrap_or(u32::MAX)
}
