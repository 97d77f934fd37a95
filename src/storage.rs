//! The only module that touches browser storage. Every call tolerates a browser that
//! forbids storage (private modes, sandboxed iframes, a full quota): it reports what
//! happened, never panics, and never removes data the person has not chosen to delete.
//!
//! Keys (documented in the README, "Saved answers"):
//! - `leadership-radar:v1:<namespace>:<questionnaire id>` — progress ([`key`]).
//! - `<that key>:unreadable`, `<that key>:unreadable-2`, … — saved data this version
//!   cannot read (corrupted, another format, another questionnaire version), kept
//!   aside unchanged until the person downloads or deletes it ([`kept_aside`]).
//!
//! Writes are compare-and-set: [`save`] writes only when the stored value is still the
//! one this widget last read or wrote, so another tab or another widget sharing the
//! namespace is never overwritten silently ([`SaveError::Changed`]).

use wasm_bindgen::JsCast;

use crate::domain::progress::{Progress, ProgressError};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::small::sort_small_by;

/// Storage key for a namespace and questionnaire: versioned so that other formats and
/// questionnaires never collide.
pub fn key(namespace: &str, q: &Questionnaire) -> String {
    format!("leadership-radar:v1:{namespace}:{}", q.id)
}

/// The key under which the `n`-th (0-based) unreadable value of `key` is kept aside.
pub fn aside_key(key: &str, n: usize) -> String {
    if n == 0 {
        format!("{key}:unreadable")
    } else {
        format!("{key}:unreadable-{}", n + 1)
    }
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was found in storage.
pub enum Loaded {
    Nothing,
    /// Readable progress, and the stored string it came from.
    Found(Progress, String),
    /// Unreadable data: kept aside under the returned key, or left in place (`None`)
    /// when the browser refused to copy it.
    Unreadable(ProgressError, Option<String>),
    Unavailable,
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No storage in this browser or frame (blocked, sandboxed).
    Unavailable,
    /// The browser refused the write: `QuotaExceededError` means it is full.
    Refused { full: bool },
    /// The stored value changed since this widget last read or wrote it (another tab,
    /// window or widget): the stored value now (`None` = deleted).
    Changed(Option<String>),
}

/// The stored string under `key`: `Err` when storage cannot be read at all.
pub fn read(key: &str) -> Result<Option<String>, SaveError> {
    let st = local().ok_or(SaveError::Unavailable)?;
    st.get_item(key).map_err(|_| SaveError::Unavailable)
}

/// Reads saved progress. Unreadable data is copied aside (see the module docs) before
/// it is removed from the progress key; if the copy fails it stays where it is.
pub fn load(key: &str, q: &Questionnaire) -> Loaded {
    let Some(st) = local() else {
        return Loaded::Unavailable;
    };
    match st.get_item(key) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(s)) => match Progress::from_json(q, &s) {
            Ok(p) => Loaded::Found(p, s),
            Err(e) => {
                let existing = kept_aside(key);
                // The same value kept aside before (e.g. a failed removal) is not copied twice.
                let kept = if let Some((k, _)) = existing.iter().find(|(_, v)| *v == s) {
                    Some(k.clone())
                } else {
                    let k = (0..)
                        .map(|n| aside_key(key, n))
                        .find(|k| !existing.iter().any(|(e, _)| e == k))
                        .unwrap_or_default();
                    st.set_item(&k, &s).is_ok().then_some(k)
                };
                if kept.is_some() {
                    let _ = st.remove_item(key);
                }
                Loaded::Unreadable(e, kept)
            }
        },
    }
}

/// Writes progress if the stored value is still `expected` (what this widget last read
/// or wrote; `None` = nothing stored). Returns the string written.
pub fn save(key: &str, p: &Progress, expected: Option<&str>) -> Result<String, SaveError> {
    let st = local().ok_or(SaveError::Unavailable)?;
    let now = st.get_item(key).map_err(|_| SaveError::Unavailable)?;
    if now.as_deref() != expected {
        return Err(SaveError::Changed(now));
    }
    let json = p.to_json();
    match st.set_item(key, &json) {
        Ok(()) => Ok(json),
        Err(e) => Err(SaveError::Refused {
            full: is_quota_error(&e),
        }),
    }
}

/// Writes progress whatever is stored (the person chose to replace it).
pub fn replace(key: &str, p: &Progress) -> Result<String, SaveError> {
    let now = read(key)?;
    save(key, p, now.as_deref())
}

fn is_quota_error(e: &wasm_bindgen::JsValue) -> bool {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED")
}

/// Deletes saved progress (not the data kept aside). Returns false when storage
/// refused or is unavailable.
pub fn delete(key: &str) -> bool {
    local().is_some_and(|st| st.remove_item(key).is_ok())
}

/// Every value kept aside for `key`, as `(storage key, stored string)`, in key order.
pub fn kept_aside(key: &str) -> Vec<(String, String)> {
    let Some(st) = local() else {
        return Vec::new();
    };
    let first = aside_key(key, 0);
    let prefix = format!("{first}-");
    let len = st.length().unwrap_or(0);
    let mut out: Vec<(String, String)> = (0..len)
        .filter_map(|i| st.key(i).ok().flatten())
        .filter(|k| {
            *k == first
                || k.strip_prefix(&prefix)
                    .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .filter_map(|k| st.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect();
    let number = |k: &str| {
        k.strip_prefix(&prefix)
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(1)
    };
    sort_small_by(&mut out, |a, b| number(&a.0) < number(&b.0));
    out
}

/// Deletes every value kept aside for `key`; returns how many remain (0 on success).
pub fn delete_kept_aside(key: &str) -> usize {
    if let Some(st) = local() {
        for (k, _) in kept_aside(key) {
            let _ = st.remove_item(&k);
        }
    }
    kept_aside(key).len()
}

/// Calls `on_change(new value)` when another tab or window changes `key` (the
/// `storage` event; it never fires for this page's own writes). Dropping the returned
/// listener stops it.
pub fn on_change(
    key: String,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `key` is null when the other page cleared all storage.
            match e.key() {
                Some(k) if k == key => on_change(e.new_value()),
                None => on_change(None),
                _ => {}
            }
        },
    ))
}
