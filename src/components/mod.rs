//! UI components, one per file.

pub mod likert;
pub mod radar;
pub mod results;
pub mod start;
pub mod survey;
