//! UI components, one per file.

pub mod compare;
pub mod count;
pub mod headline;
pub mod likert;
pub mod radar;
pub mod results;
pub mod start;
pub mod survey;
pub mod team;
pub mod team_headline;
pub mod team_results;

use std::rc::Rc;

use crate::domain::suggestions::Rules;

thread_local! {
    static RULES: Rc<Rules> = Rc::new(Rules::default_rules());
}

/// The built-in suggestion rules, parsed once per page (not on every render).
pub fn rules() -> Rc<Rules> {
    RULES.with(Rc::clone)
}
