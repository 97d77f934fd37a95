//! Switching the interface language. Every module speaks one language (README "Size and
//! speed"); the language picker offers the languages of the page's modules (the embed
//! loader's `LeadershipRadar.languages`) that the questionnaire speaks too. Choosing one
//! asks the loader to switch (`LeadershipRadar.switchLanguage(host, lang)`): it loads
//! that language's module, takes this widget's state (`mount::handover`), destroys it
//! and mounts the widget again on the same element in the new language, with the state
//! handed over. Meanwhile the widget shows that it is switching; when the module cannot
//! be loaded it stays as it is and says what failed.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

use crate::app::Config;
use crate::domain::handover::{At, Handover};
use crate::domain::options::TRANSLATED;
use crate::i18n::{self, fill};
use crate::state::{Screen, State};

/// The widget's top bar: the language picker, with the languages the questionnaire speaks
/// and the page has a module for (`switch::offered`).
pub fn top_bar(uid: &str, c: &Config, lang: &str, on_lang: Callback<Event>) -> Html {
    let s = i18n::strings(lang);
    let lang_id = format!("{uid}-lang");
    let q = &c.questionnaire;
    let offered = offered(
        &page_languages(),
        &questionnaire_languages(c.questionnaire_json.is_some(), &q.languages),
        lang,
    );
    let langs = offered
        .iter()
        .map(|code| {
            html! {
                <option value={code.clone()} selected={code == lang}>{ i18n::language_name(code).to_string() }</option>
            }
        })
        .collect::<Html>();
    html! {
        <div class="lr-top">
            <label class="lr-lang" for={lang_id.clone()}>
                <span>{ s.lang_label }</span>
                <select id={lang_id} onchange={on_lang}>{ langs }</select>
            </label>
        </div>
    }
}

/// The state handed over by the previous language's module, if any (and readable).
pub fn handover(c: &Config) -> Option<Handover> {
    Handover::from_json(&c.questionnaire, c.handover.as_deref()?)
}

/// The widget's state written down for the module of another language.
pub fn write_handover(st: &State, team: Option<String>) -> String {
    let at = match st.screen {
        Screen::Start => At::Start,
        Screen::Survey { page } => At::Survey(page),
        Screen::Results => At::Results,
        Screen::Team => At::Team,
    };
    Handover {
        at,
        answers: st.answers.clone(),
        from_code: st.from_code,
        team,
    }
    .to_json(&st.questionnaire)
}

/// Where a language switch stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Switch {
    /// Nothing asked.
    #[default]
    Idle,
    /// The module of this language is loading.
    Loading(String),
    /// The module of this language could not be loaded, for this reason.
    Failed(String, String),
}

/// `window.LeadershipRadar[name]`, the embed loader's value of that name.
fn loader_value(name: &str) -> Option<(JsValue, JsValue)> {
    let lr = Reflect::get(&js_sys::global(), &JsValue::from_str("LeadershipRadar")).ok()?;
    let v = Reflect::get(&lr, &JsValue::from_str(name)).ok()?;
    (!v.is_undefined()).then_some((lr, v))
}

/// The languages of the page's modules, as the loader lists them; without the loader
/// (a page that mounts the module itself), the languages of this module.
pub fn page_languages() -> Vec<String> {
    loader_value("languages")
        .and_then(|(_, v)| v.dyn_into::<Array>().ok())
        .map(|a| a.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_else(|| {
            i18n::LANGUAGES
                .iter()
                .map(|(code, _)| code.to_string())
                .collect()
        })
}

/// The languages a questionnaire is written in: every translated language for the
/// built-in one (a module carries its own language's texts only, so its copy lists
/// that one), a custom questionnaire's own list otherwise.
pub fn questionnaire_languages(custom: bool, listed: &[String]) -> Vec<String> {
    if custom {
        listed.to_vec()
    } else {
        TRANSLATED.iter().map(|l| l.to_string()).collect()
    }
}

/// The languages the picker offers: the questionnaire's (in its order) that the page
/// has a module for; `current` always (it is the one shown).
pub fn offered(page: &[String], questionnaire: &[String], current: &str) -> Vec<String> {
    questionnaire
        .iter()
        .filter(|l| *l == current || page.contains(l))
        .cloned()
        .collect()
}

/// The text of a JavaScript error.
fn reason(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default()
}

/// Asks the loader to move the widget on `host` to `lang`. Resolves once the widget runs
/// in the new language (this one is destroyed by then), or fails with the reason.
async fn ask_loader(host: &Element, lang: &str) -> Result<(), String> {
    let (lr, f) = loader_value("switchLanguage")
        .and_then(|(lr, f)| Some((lr, f.dyn_into::<Function>().ok()?)))
        .ok_or_else(|| "leadership-radar-embed.js is not on this page".to_string())?;
    let promise = f
        .call2(&lr, host, &JsValue::from_str(lang))
        .and_then(|p| p.dyn_into::<Promise>())
        .map_err(|e| reason(&e))?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| reason(&e))
}

/// The language picker's change handler: switches to the chosen language (the widget on
/// `host`, now in `current`); on failure puts the picker back and says why.
pub fn on_change(
    host: Option<Element>,
    current: String,
    switch: UseStateHandle<Switch>,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
            return;
        };
        let lang = sel.value();
        if lang == current {
            return;
        }
        switch.set(Switch::Loading(lang.clone()));
        let (host, current, switch) = (host.clone(), current.clone(), switch.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match &host {
                Some(host) => ask_loader(host, &lang).await,
                None => Err("the widget has no element of its own".to_string()),
            };
            if let Err(why) = outcome {
                sel.set_value(&current);
                switch.set(Switch::Failed(lang, why));
            }
        });
    })
}

/// What the widget says about a switch: that it is loading, or why it failed.
pub fn notice(lang: &str, switch: &Switch) -> Html {
    let s = i18n::strings(lang);
    match switch {
        Switch::Idle => html! {},
        Switch::Loading(to) => html! {
            <p class="lr-notice lr-lang-switching" role="status">
                { fill(s.lang_switching, &[("x", i18n::language_name(to).to_string())]) }
            </p>
        },
        Switch::Failed(to, why) => html! {
            <p class="lr-notice lr-error lr-lang-failed" role="alert">
                { fill(s.lang_switch_failed, &[("x", i18n::language_name(to).to_string()), ("y", why.clone())]) }
            </p>
        },
    }
}

/// Moves focus to the language picker of the widget under `root` (after a switch, so
/// that a keyboard user continues where they were).
pub fn focus_picker(root: &Element) {
    if let Some(sel) = root
        .query_selector(".lr-lang select")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = sel.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(list: &[&str]) -> Vec<String> {
        list.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn the_picker_offers_the_questionnaires_languages_the_page_has() {
        let all = v(&["en", "de", "fr"]);
        assert_eq!(offered(&all, &v(&["fr", "en"]), "en"), v(&["fr", "en"]));
        assert_eq!(offered(&v(&["en", "de"]), &all, "de"), v(&["en", "de"]));
        // The language shown is always there, even when the page lists it not.
        assert_eq!(offered(&v(&["en"]), &all, "de"), v(&["en", "de"]));
        assert_eq!(offered(&all, &v(&["de"]), "de"), v(&["de"]));
    }

    // What `questionnaire_languages` assumes of the built-in questionnaire's sources.
    #[cfg(all(feature = "lang-en", feature = "lang-de", feature = "lang-fr"))]
    #[test]
    fn the_built_in_questionnaire_is_written_in_every_translated_language() {
        let q = crate::domain::questionnaire::Questionnaire::default_questionnaire();
        assert_eq!(q.languages, v(TRANSLATED));
    }

    #[test]
    fn the_built_in_questionnaire_speaks_every_translated_language() {
        assert_eq!(
            questionnaire_languages(false, &v(&["en"])),
            v(&["en", "de", "fr"])
        );
        assert_eq!(questionnaire_languages(true, &v(&["de"])), v(&["de"]));
    }
}
