//! The pure domain layer: questionnaire, scoring, statistics, suggestions, result
//! codes and chart geometry. Nothing here imports yew, web-sys or gloo; everything
//! is tested natively with `cargo test`.

pub mod code;
pub mod export;
pub mod fixed;
pub mod intake;
pub mod json;
pub mod options;
pub mod problem;
pub mod progress;
pub mod questionnaire;
pub mod questionnaire_json;
pub mod radar;
pub mod response;
pub mod scoring;
pub mod stats;
pub mod suggestions;
pub mod team;
