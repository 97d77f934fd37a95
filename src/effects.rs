//! Browser side effects other than storage and host events: downloads, clipboard,
//! printing, reading the URL fragment. Every function fails quietly (returns false or
//! None) rather than panicking.

use wasm_bindgen::JsCast;

/// Offers `content` as a file download.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// Copies text to the clipboard (async; the promise's outcome is not awaited).
pub fn copy(text: &str) -> bool {
    web_sys::window()
        .map(|w| {
            let _ = w.navigator().clipboard().write_text(text);
        })
        .is_some()
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today's date in the language's usual form, for a printed report's header.
pub fn today(lang: &str) -> String {
    js_sys::Date::new_0()
        .to_locale_date_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

/// The URL fragment without `#`, if any.
pub fn fragment() -> Option<String> {
    let h = web_sys::window()?.location().hash().ok()?;
    let h = h.strip_prefix('#').unwrap_or(&h).to_string();
    (!h.is_empty()).then_some(h)
}

/// The current page URL without its fragment.
pub fn page_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or("").to_string())
}
