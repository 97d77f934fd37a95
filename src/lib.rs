//! Leadership Radar: a client-side self-assessment of distributed leadership.
//!
//! - [`domain`]: pure questionnaire, scoring, statistics, suggestions, result codes and
//!   chart geometry; no yew, web-sys or gloo.
//! - [`state`], [`components`], [`app`]: the Yew user interface.
//! - [`storage`]: the only module that touches browser storage.
//! - [`mount`]: finds the host page's placeholders and starts one widget per element;
//!   [`host`]: the events the widget sends to the host page.
//! - [`team_mount`]: the team view as a module of its own (`src/bin/team.rs`, loaded
//!   when a person opens it); the self-assessment module shows it in a
//!   [`components::module_slot::ModuleSlot`].
//!
//! The JavaScript exports of each module are declared in its binary (`src/main.rs`,
//! `src/bin/team.rs`, `src/bin/teammode.rs`; [`widget_exports!`] for the exports that mount
//! widgets), so that each wasm file links only the code its entry points reach.

pub mod app;
pub mod components;
pub mod domain;
pub mod effects;
pub mod format;
pub mod host;
pub mod i18n;
pub mod i18n_figures;
pub mod mount;
pub mod results_mount;
pub mod state;
pub mod storage;
pub mod switch;
pub mod team_mount;
pub mod team_read;

/// Mounts one widget on every element marked `data-leadership-radar` (see [`mount`]).
/// Called once at start-up by `main`.
pub fn start() {
    mount::mount_all();
}
