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

/// Copies text with the asynchronous Clipboard API and waits for the browser's answer:
/// `true` only when the text is on the clipboard. `false` when the API is missing (plain
/// http pages, old browsers) or the browser refused (an iframe without
/// `allow="clipboard-write"`, no user gesture, a denied permission).
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    // A frame whose permissions policy blocks clipboard writes (no
    // `allow="clipboard-write"`): do not even try (the browser would log a violation).
    if let Some(doc) = w.document() {
        if let Ok(policy) = js_sys::Reflect::get(&doc, &"featurePolicy".into()) {
            let allows = js_sys::Reflect::get(&policy, &"allowsFeature".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let Some(allows) = allows {
                if allows.call1(&policy, &"clipboard-write".into()).ok() == Some(false.into()) {
                    return false;
                }
            }
        }
    }
    let nav = w.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: test before calling.
    let Ok(clip) = js_sys::Reflect::get(&nav, &"clipboard".into()) else {
        return false;
    };
    if clip.is_undefined() || clip.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clip, &"writeText".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    // `call1` catches a synchronous throw; a rejected promise is an `Err` below.
    let Ok(promise) = write.call1(&clip, &text.into()) else {
        return false;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects the text inside `el`, so the person can copy it with the keyboard.
pub fn select_text(el: &web_sys::Element) -> bool {
    web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .is_some_and(|sel| sel.select_all_children(el).is_ok())
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today's date in the language's usual form, for a printed report's header
/// ([`crate::format::date`]; the browser's `Intl` only for another language).
pub fn today(lang: &str) -> String {
    let d = js_sys::Date::new_0();
    crate::format::date(
        lang,
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
    )
    .unwrap_or_else(|| {
        d.to_locale_date_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
            .as_string()
            .unwrap_or_default()
    })
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

/// Lets the browser run other tasks (input, rendering) and resumes in a new task.
/// Uses `scheduler.yield()` where the browser has it (the continuation keeps its
/// priority), else a `MessageChannel` message: unlike `setTimeout(0)`, neither is
/// clamped to 4 ms after a few nested calls.
pub async fn yield_now() {
    use wasm_bindgen::JsValue;
    let global = js_sys::global();
    let scheduler = js_sys::Reflect::get(&global, &JsValue::from_str("scheduler")).ok();
    if let Some(s) = scheduler.filter(|s| s.is_object()) {
        let f = js_sys::Reflect::get(&s, &JsValue::from_str("yield")).ok();
        if let Some(f) = f.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            if let Ok(p) = f.call0(&s).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                return;
            }
        }
    }
    let Ok(channel) = web_sys::MessageChannel::new() else {
        // No MessageChannel (not a browser): a resolved promise still ends this task's
        // synchronous part.
        let _ =
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
        return;
    };
    let port = channel.port1();
    let done = js_sys::Promise::new(&mut |resolve, _| port.set_onmessage(Some(&resolve)));
    if channel.port2().post_message(&JsValue::NULL).is_ok() {
        let _ = wasm_bindgen_futures::JsFuture::from(done).await;
    }
    port.set_onmessage(None);
}

/// Milliseconds on a monotonic clock (`performance.now()`), or 0 without one.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// A text box's value as UTF-8 through the browser's `TextEncoder`: one native copy,
/// where the string conversion of `value()` walks the text one character at a time in
/// JavaScript (about 7 ms for 400 KB of codes). Falls back to `value()`.
pub fn text_value(area: &web_sys::HtmlTextAreaElement) -> String {
    encoded_value(area).unwrap_or_else(|| area.value())
}

fn encoded_value(area: &web_sys::HtmlTextAreaElement) -> Option<String> {
    use js_sys::{Array, Function, Reflect, Uint8Array};
    use wasm_bindgen::JsValue;
    let value = Reflect::get(area, &JsValue::from_str("value")).ok()?;
    let class: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("TextEncoder"))
        .ok()?
        .dyn_into()
        .ok()?;
    let encoder = Reflect::construct(&class, &Array::new()).ok()?;
    let encode: Function = Reflect::get(&encoder, &JsValue::from_str("encode"))
        .ok()?
        .dyn_into()
        .ok()?;
    let bytes: Uint8Array = encode.call1(&encoder, &value).ok()?.dyn_into().ok()?;
    String::from_utf8(bytes.to_vec()).ok()
}
