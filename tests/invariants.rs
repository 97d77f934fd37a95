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
