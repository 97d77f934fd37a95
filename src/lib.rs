//! Leadership Radar: a client-side self-assessment of distributed leadership.
//!
//! - [`domain`]: pure questionnaire, scoring, statistics, suggestions, result codes and
//!   chart geometry; no yew, web-sys or gloo.
//! - [`state`], [`components`], [`app`]: the Yew user interface.
//! - [`storage`]: the only module that touches browser storage.

pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod state;
pub mod storage;

use std::rc::Rc;

/// Mounts one widget on every element marked `data-leadership-radar` (or on `<body>`
/// when there is none).
pub fn start() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut mounted = 0;
    if let Ok(list) = doc.query_selector_all("[data-leadership-radar]") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let config = app::Config::standalone(&format!("lr{i}"));
                yew::Renderer::<app::App>::with_root_and_props(
                    el,
                    app::AppProps {
                        config: Rc::new(config),
                    },
                )
                .render();
                mounted += 1;
            }
        }
    }
    if mounted == 0 {
        if let Some(body) = doc.body() {
            let config = app::Config::standalone("lr0");
            yew::Renderer::<app::App>::with_root_and_props(
                body.into(),
                app::AppProps {
                    config: Rc::new(config),
                },
            )
            .render();
        }
    }
}
