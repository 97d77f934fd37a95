//! The team view's module: loaded by the embed loader when a person opens the team view
//! (or at once in team mode), prefetched in idle time otherwise. It exports one mount
//! function; the self-assessment module ([`leadership_radar::components::team_slot`])
//! calls it. See [`leadership_radar::team_mount`].

use leadership_radar::team_mount;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

fn main() {}

/// A team view on the page.
#[wasm_bindgen]
pub struct TeamHandle(Option<team_mount::Mounted>);

#[wasm_bindgen]
impl TeamHandle {
    /// Shows the team view in another language (`en`, `de`, `fr`).
    pub fn set_lang(&mut self, lang: String) {
        if let Some(m) = self.0.as_mut() {
            m.set_lang(&lang);
        }
    }

    /// Stops the team view and removes its elements.
    pub fn destroy(&mut self) {
        if let Some(m) = self.0.take() {
            m.destroy();
        }
    }
}

/// Mounts a team view into a new element inside `slot`: `uid` prefixes its DOM ids,
/// `questionnaire` is a custom questionnaire's JSON text (`undefined` for the built-in
/// one), `focus` moves focus to its heading once shown, `on_back` (optional) is called
/// when the person leaves the team view.
#[wasm_bindgen]
pub fn mount_team(
    slot: web_sys::Element,
    uid: String,
    lang: String,
    questionnaire: Option<String>,
    min_group: usize,
    focus: bool,
    on_back: Option<js_sys::Function>,
) -> Result<TeamHandle, JsValue> {
    let on_back = on_back.map(|f| {
        yew::Callback::from(move |()| {
            let _ = f.call0(&JsValue::UNDEFINED);
        })
    });
    team_mount::mount(&slot, uid, lang, questionnaire, min_group, focus, on_back)
        .map(|m| TeamHandle(Some(m)))
}
