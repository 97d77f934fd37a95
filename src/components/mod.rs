//! UI components, one per file.

pub mod compare;
pub mod confirm_delete;
pub mod copy;
pub mod count;
pub mod headline;
pub mod likert;
pub mod module_slot;
pub mod radar;
pub mod results;
pub mod start;
pub mod survey;
pub mod team;
pub mod team_headline;
pub mod team_results;
