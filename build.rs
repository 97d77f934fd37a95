//! Build step: the built-in questionnaire and suggestion rules are compiled in without
//! the whitespace between JSON tokens (`OUT_DIR/*.json`, read by `include_str!`). The
//! sources in `src/domain/` stay indented for people; the wasm is 21 KB smaller raw and
//! 1.4 KB gzip. Text inside strings is copied unchanged.
//!
//! Only the languages of the build (the `lang-*` features) are kept: in each text map
//! (an object whose keys are all language codes: `{"en": …, "de": …, "fr": …}`) and in
//! the questionnaire's `languages` list. Ids, scales and structure are untouched, so the
//! questionnaire's fingerprint (and result codes) are the same in every build.

use std::{env, fs, path::Path};

/// `json` without the spaces, tabs and line breaks outside strings (the only whitespace
/// JSON allows there).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}

/// Every language the sources carry; the features choose among them.
const LANGUAGES: [&str; 3] = ["en", "de", "fr"];

/// Compact JSON (from [`compact`]) with only the `keep` languages: other languages'
/// entries leave every text map, and other codes leave every `languages` list.
fn keep_languages(json: &str, keep: &[&str]) -> String {
    let mut out = String::with_capacity(json.len());
    let mut at = 0;
    value(json.as_bytes(), &mut at, keep, false, &mut out);
    assert_eq!(at, json.len(), "the built-in JSON has one value");
    out
}

/// The end of the string token starting at `b[at]` (`"`), after its closing quote.
fn string_end(b: &[u8], mut at: usize) -> usize {
    at += 1;
    while b[at] != b'"' {
        at += if b[at] == b'\\' { 2 } else { 1 };
    }
    at + 1
}

/// Copies the value at `b[*at]` to `out`, filtered; `languages` says it is the value of
/// a `languages` key.
fn value(b: &[u8], at: &mut usize, keep: &[&str], languages: bool, out: &mut String) {
    let text = |from: usize, to: usize| std::str::from_utf8(&b[from..to]).expect("UTF-8");
    match b[*at] {
        b'{' => {
            *at += 1;
            let mut members = Vec::new();
            while b[*at] != b'}' {
                let key_end = string_end(b, *at);
                let key = text(*at + 1, key_end - 1).to_string();
                *at = key_end + 1; // the colon
                let mut v = String::new();
                value(b, at, keep, key == "languages", &mut v);
                members.push((key, v));
                if b[*at] == b',' {
                    *at += 1;
                }
            }
            *at += 1;
            let text_map =
                !members.is_empty() && members.iter().all(|(k, _)| LANGUAGES.contains(&k.as_str()));
            out.push('{');
            let kept = members
                .iter()
                .filter(|(k, _)| !text_map || keep.contains(&k.as_str()))
                .map(|(k, v)| format!("\"{k}\":{v}"))
                .collect::<Vec<_>>();
            out.push_str(&kept.join(","));
            out.push('}');
        }
        b'[' => {
            *at += 1;
            let mut items = Vec::new();
            while b[*at] != b']' {
                let mut v = String::new();
                value(b, at, keep, false, &mut v);
                let code = v.trim_matches('"');
                if !languages || keep.contains(&code) {
                    items.push(v);
                }
                if b[*at] == b',' {
                    *at += 1;
                }
            }
            *at += 1;
            out.push('[');
            out.push_str(&items.join(","));
            out.push(']');
        }
        b'"' => {
            let end = string_end(b, *at);
            out.push_str(text(*at, end));
            *at = end;
        }
        _ => {
            let end = (*at..b.len())
                .find(|&i| matches!(b[i], b',' | b']' | b'}'))
                .unwrap_or(b.len());
            out.push_str(text(*at, end));
            *at = end;
        }
    }
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let keep: Vec<&str> = LANGUAGES
        .into_iter()
        .filter(|l| env::var_os(format!("CARGO_FEATURE_LANG_{}", l.to_uppercase())).is_some())
        .collect();
    // None: src/i18n/mod.rs stops the build with a message naming the features.
    for name in ["default_questionnaire.json", "suggestions.json"] {
        let source = format!("src/domain/{name}");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).expect("the built-in JSON is readable");
        let json = keep_languages(&compact(&text), &keep);
        fs::write(Path::new(&out_dir).join(name), json).expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
