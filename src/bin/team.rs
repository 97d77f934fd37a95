//! The second module, the personal results and the team view: prefetched by the embed
//! loader in idle time once the widget's first screen is shown, loaded at once when a
//! person reaches either view first; the widget module
//! ([`leadership_radar::components::module_slot`]) mounts them with `mount_results` and
//! `mount_team`. Like the widget's, there is one such module per interface language. A page
//! whose widgets all ask for team mode loads the team-mode module instead
//! (`src/bin/teammode.rs`), which has the team view but not the results.

use leadership_radar::results_mount::{self, Handover};
use leadership_radar::team_mount;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

fn main() {}

/// A team view on the page.
#[wasm_bindgen]
pub struct TeamHandle(team_mount::Mounted);

#[wasm_bindgen]
impl TeamHandle {
    /// Shows the team view in another language (`en`, `de`, `fr`).
    pub fn set_lang(&mut self, lang: String) {
        self.0.set_lang(&lang);
    }

    /// The groups and codes entered, for a language switch (see `domain::handover`).
    pub fn snapshot(&self) -> String {
        self.0.snapshot()
    }

    /// Stops the team view and removes its elements (the handle is used up).
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mounts a team view into a new element inside `slot`: `uid` prefixes its DOM ids,
/// `questionnaire` is a custom questionnaire's JSON text (`undefined` for the built-in
/// one), `focus` moves focus to its heading once shown, `on_back` (optional) is called
/// when the person leaves the team view, `restore` (optional) holds the groups handed
/// over by a language switch.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount_team(
    slot: web_sys::Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    min_group: usize,
    focus: bool,
    on_back: Option<js_sys::Function>,
    restore: Option<String>,
) -> Result<TeamHandle, JsValue> {
    let on_back = on_back.map(callback);
    team_mount::mount(
        &slot,
        uid,
        lang,
        questionnaire,
        min_group,
        focus,
        on_back,
        restore,
    )
    .map(TeamHandle)
}

/// A results page on the page.
#[wasm_bindgen]
pub struct ResultsHandle(results_mount::Mounted);

#[wasm_bindgen]
impl ResultsHandle {
    /// Shows the results in another language (`en`, `de`, `fr`).
    pub fn set_lang(&mut self, lang: String) {
        self.0.set_lang(&lang);
    }

    /// Stops the results page and removes its elements (the handle is used up).
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// A JavaScript function as a callback.
fn callback(f: js_sys::Function) -> yew::Callback<()> {
    yew::Callback::from(move |()| {
        let _ = f.call0(&JsValue::UNDEFINED);
    })
}

/// Mounts the personal results of `answers` (saved-progress JSON) into a new element
/// inside `slot`; the other arguments as for `mount_team`, then whether the answers come
/// from a result code and the widget's functions for "edit answers", "delete" and
/// "leave the results opened from a code".
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount_results(
    slot: web_sys::Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    min_group: usize,
    focus: bool,
    answers: String,
    from_code: bool,
    on_edit: js_sys::Function,
    on_delete: js_sys::Function,
    on_leave_code: js_sys::Function,
) -> Result<ResultsHandle, JsValue> {
    let h = Handover {
        answers,
        from_code,
        min_group,
        focus,
        on_edit: callback(on_edit),
        on_delete: callback(on_delete),
        on_leave_code: callback(on_leave_code),
    };
    results_mount::mount(&slot, uid, lang, questionnaire, h).map(ResultsHandle)
}
