//! Validation problems named by JSON path, and the checks shared by the questionnaire
//! and the suggestion rules (ids, translated texts).

use super::questionnaire::{Problem, Text};

/// A problem at `path` for `reason`.
pub(crate) fn problem(path: impl Into<String>, reason: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        reason: reason.into(),
    }
}

/// `$.dimensions.autonomy`, or `$.dimensions["odd key"]` for keys that are not plain ids.
pub(crate) fn key_path(base: &str, key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        format!("{base}.{key}")
    } else {
        let mut quoted = String::new();
        super::json::write_str(&mut quoted, key);
        format!("{base}[{quoted}]")
    }
}

/// An id must be 1–40 letters, digits, `_` or `-`.
pub(crate) fn check_id(out: &mut Vec<Problem>, path: &str, id: &str) {
    if id.is_empty() {
        out.push(problem(path, "id must not be empty"));
    } else if id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        out.push(problem(
            path,
            format!("id \"{id}\" may only use letters, digits, '_' and '-' (at most 40)"),
        ));
    }
}

/// A text must be present and non-empty in every language of `langs`.
pub(crate) fn check_text(out: &mut Vec<Problem>, path: &str, t: &Text, langs: &[String]) {
    for l in langs {
        match t.get(l) {
            None => out.push(problem(path, format!("missing translation for \"{l}\""))),
            Some(s) if s.trim().is_empty() => out.push(problem(key_path(path, l), "empty text")),
            Some(_) => {}
        }
    }
}
