//! The pure domain layer: questionnaire, scoring, statistics, suggestions, result
//! codes and chart geometry. Nothing here imports yew, web-sys or gloo; everything
//! is tested natively with `cargo test`.

#![deny(missing_docs)]

pub mod code;
pub mod export;
pub mod facts;
pub mod fixed;
pub mod fx;
pub mod group_read;
pub mod groups;
pub mod handover;
pub mod intake;
pub mod json;
pub mod json_kinds;
pub mod levels;
pub mod next_step;
pub mod options;
pub mod practice;
pub mod problem;
pub mod progress;
pub mod questionnaire;
pub mod questionnaire_json;
pub mod radar;
pub mod response;
pub mod scoring;
pub mod small;
pub mod special;
pub mod stats;
pub mod suggestions;
pub mod team;
