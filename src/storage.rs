//! The only module that touches browser storage. Every call tolerates a browser that
//! forbids storage (private modes, sandboxed iframes): it reports, never panics.

use crate::domain::progress::{Progress, ProgressError};
use crate::domain::questionnaire::Questionnaire;

/// Storage key for a namespace and questionnaire: versioned so that other formats and
/// questionnaires never collide.
pub fn key(namespace: &str, q: &Questionnaire) -> String {
    format!("leadership-radar:v1:{namespace}:{}", q.id)
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was found in storage.
pub enum Loaded {
    Nothing,
    Found(Progress),
    /// Unreadable data; it has been moved aside under `<key>:unreadable`.
    Unreadable(ProgressError),
    Unavailable,
}

/// Reads saved progress.
pub fn load(key: &str, q: &Questionnaire) -> Loaded {
    let Some(st) = local() else {
        return Loaded::Unavailable;
    };
    match st.get_item(key) {
        Err(_) => Loaded::Unavailable,
        Ok(None) => Loaded::Nothing,
        Ok(Some(s)) => match Progress::from_json(q, &s) {
            Ok(p) => Loaded::Found(p),
            Err(e) => {
                // Keep the unreadable data (a person may want it back), out of the way.
                let _ = st.set_item(&format!("{key}:unreadable"), &s);
                let _ = st.remove_item(key);
                Loaded::Unreadable(e)
            }
        },
    }
}

/// Saves progress; returns false when the browser refused.
pub fn save(key: &str, p: &Progress) -> bool {
    local()
        .map(|st| st.set_item(key, &p.to_json()).is_ok())
        .unwrap_or(false)
}

/// Deletes saved progress and any set-aside copy.
pub fn delete(key: &str) {
    if let Some(st) = local() {
        let _ = st.remove_item(key);
        let _ = st.remove_item(&format!("{key}:unreadable"));
    }
}
