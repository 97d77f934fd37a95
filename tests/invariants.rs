//! Architectural invariants, checked by reading the source tree.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn domain_imports_no_ui_or_browser_crates() {
    let files = rust_files(&src().join("domain"));
    assert!(files.len() >= 5, "domain files found: {files:?}");
    for f in files {
        let text = fs::read_to_string(&f).expect("readable");
        for forbidden in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                assert!(
                    !code.contains(&format!("{forbidden}::"))
                        && !code.contains(&format!("use {forbidden}")),
                    "{}:{} uses {forbidden}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn only_storage_rs_touches_browser_storage() {
    for f in rust_files(&src()) {
        let text = fs::read_to_string(&f).expect("readable");
        let touches = [
            "local_storage",
            "session_storage",
            "LocalStorage",
            "SessionStorage",
            "indexed_db",
        ]
        .iter()
        .any(|w| text.contains(w));
        if touches {
            assert!(
                f.ends_with("storage.rs"),
                "{} touches browser storage; only src/storage.rs may",
                f.display()
            );
        }
    }
}

#[test]
fn no_network_requests() {
    for f in rust_files(&src()) {
        let text = fs::read_to_string(&f).expect("readable");
        for api in [
            "fetch_with",
            "XmlHttpRequest",
            "WebSocket",
            "gloo_net",
            "gloo::net",
            "send_beacon",
            "EventSource",
        ] {
            assert!(!text.contains(api), "{} uses {api}", f.display());
        }
    }
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("Cargo.toml");
    for feature in [
        "\"net\"",
        "\"Request\"",
        "\"XmlHttpRequest\"",
        "\"WebSocket\"",
    ] {
        assert!(!manifest.contains(feature), "Cargo.toml enables {feature}");
    }
}

/// Every rule of the widget's stylesheet carries the isolating prefix (two always-true
/// `:not(#_)`, the specificity of two ids), except `.lr-app` rules that only define
/// custom properties (theming must stay easy to override). A rule without it would lose
/// to host rules such as `section { display: flex }` (see styles/radar.css).
#[test]
fn every_widget_style_rule_is_isolated() {
    const PREFIX: &str = ".lr-app:not(#_):not(#_)";
    let css = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/radar.css"))
        .expect("radar.css");
    // Drop comments.
    let mut text = String::new();
    let mut rest = css.as_str();
    while let Some(i) = rest.find("/*") {
        text.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    text.push_str(rest);
    let mut checked = 0;
    let mut prelude = String::new();
    for (i, c) in text.char_indices() {
        match c {
            '{' => {
                let sel = prelude.trim().to_string();
                prelude.clear();
                if sel.starts_with('@') {
                    continue;
                }
                let end = text[i..].find('}').map_or(text.len(), |j| i + j);
                let body = &text[i + 1..end];
                let only_vars = body
                    .split(';')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .all(|d| d.starts_with("--"));
                if sel == ".lr-app" && only_vars {
                    continue;
                }
                // The custom element itself (inline by default, like any unknown
                // element): its own display, nothing inside the widget.
                if sel == "leadership-radar" && body.trim() == "display: block;" {
                    continue;
                }
                for part in split_top_level(&sel) {
                    assert!(
                        part.starts_with(PREFIX),
                        "radar.css: selector {part:?} lacks {PREFIX}"
                    );
                    checked += 1;
                }
            }
            '}' | ';' => prelude.clear(),
            _ => prelude.push(c),
        }
    }
    assert!(checked > 100, "only {checked} selectors checked");
}

/// Splits a selector list at commas outside parentheses.
fn split_top_level(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in list.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur.trim().to_string());
    out
}

/// Lines of a source file outside its `#[cfg(test)] mod … { … }` blocks (a `tests.rs`
/// file beside the code counts as tests entirely).
fn lines_without_tests(path: &Path, text: &str) -> usize {
    if path.ends_with("tests.rs") {
        return 0;
    }
    let lines: Vec<&str> = text.lines().collect();
    let (mut n, mut i) = (0, 0);
    while i < lines.len() {
        let opens_tests = lines[i].starts_with("#[cfg(test)]")
            && lines
                .get(i + 1)
                .is_some_and(|l| l.starts_with("mod ") && l.trim_end().ends_with('{'));
        if opens_tests {
            // The module ends at the first closing brace in column 0.
            i += 2;
            while i < lines.len() && lines[i] != "}" {
                i += 1;
            }
            i += 1;
        } else {
            n += 1;
            i += 1;
        }
    }
    n
}

/// Most lines a source file may have besides its tests: one job per file keeps files
/// at about 600 lines; this ceiling leaves a little room and stops the slow growth.
const MAX_FILE_LINES: usize = 620;

#[test]
fn every_source_file_states_one_job_and_stays_short() {
    let files = rust_files(&src());
    assert!(files.len() >= 30, "source files found: {files:?}");
    for f in files {
        let text = fs::read_to_string(&f).expect("readable");
        assert!(
            text.lines().next().is_some_and(|l| l.starts_with("//! ")),
            "{} does not start with a doc line stating its job",
            f.display()
        );
        let n = lines_without_tests(&f, &text);
        assert!(
            n <= MAX_FILE_LINES,
            "{} has {n} lines besides its tests (at most {MAX_FILE_LINES}): split it along its jobs",
            f.display()
        );
    }
}
