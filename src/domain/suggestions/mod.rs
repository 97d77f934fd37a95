//! Suggestions: from scores to concrete, plain advice.
//!
//! The rules are data (`suggestions.json`), not code: per-dimension advice for three
//! score bands, *patterns* across dimensions (for example "much autonomy but unclear
//! roles"), and *team rules* driven by team statistics (agreement and the spread of own
//! leadership). This module holds the model of that file, its reader (`read.rs`), its validation against
//! a questionnaire (every problem named by JSON path), and two engines:
//!
//! - [`for_profile`]: advice for one person's [`Profile`];
//! - [`for_team`]: advice for a team's mean scores plus the team rules.
//!
//! Everything is pure and never panics: rules that do not fit the questionnaire simply
//! produce less advice (validate them with [`Rules::validate`] to find out why).
mod engine;
mod model;
mod read;
mod validation;

pub use engine::{
    for_profile, for_team, Advice, DimensionAdvice, PatternHit, TeamAdvice, TeamHit, TeamSignals,
};
pub use model::{
    Band, BandAdvice, Bands, Condition, DimensionRules, Figure, Pattern, Rules, TeamRule,
    TeamRuleId,
};

/// The built-in rules, as JSON: `src/domain/suggestions.json` without the whitespace
/// between tokens (`build.rs`).
pub const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/suggestions.json"));

/// Default lower bound of the middle band (scores below it are low), on 0–100.
/// Equal to `bands.low_below` of the built-in rules (tested).
pub const DEFAULT_LOW_BELOW: f64 = 40.0;
/// Default lower bound of the high band, on 0–100.
/// Equal to `bands.high_from` of the built-in rules (tested).
pub const DEFAULT_HIGH_FROM: f64 = 70.0;

/// Focus areas are chosen among dimensions scoring below this value: the midpoint of
/// the 0–100 scale (the instrument brief: "work on the 1–2 lowest dimensions, or any
/// below the midpoint").
pub const FOCUS_BELOW: f64 = 50.0;
/// At most this many focus areas.
pub const MAX_FOCUS: usize = 2;

/// r_wg(J) below this value is weak or no agreement (LeBreton & Senter 2008,
/// "Answering 20 questions about interrater reliability and interrater agreement",
/// Organizational Research Methods 11(4): .31–.50 weak, .00–.30 lack of agreement).
/// Triggers `low_agreement`.
pub const LOW_AGREEMENT_BELOW: f64 = 0.50;
/// r_wg(J) at or above this value is strong agreement (LeBreton & Senter 2008: above
/// .70). Triggers `strong_agreement` when every available dimension reaches it. Note
/// that random answers can exceed .70 (Harvey & Hollander 2004); the rule's text says so.
pub const STRONG_AGREEMENT_FROM: f64 = 0.70;
/// Gini coefficient of the members' own-leadership means (raw 1–5 frequency scale, as
/// computed by `team::team_stats`) at or above which leadership is called concentrated.
/// This cut-off is our own convention for this instrument, not a published norm. On a
/// 1–5 scale the Gini cannot exceed about 0.4 (half the team at 1, half at 5 gives
/// 0.33 before the small-sample correction); two of six members leading "very often"
/// (5) while four lead "rarely" (2) gives 0.27.
pub const CONCENTRATED_GINI_FROM: f64 = 0.20;
/// Gini coefficient of the same means below which leadership is called evenly spread
/// (our own convention): e.g. a team split between "sometimes" (3) and "often" (4)
/// gives about 0.09.
pub const EVEN_GINI_BELOW: f64 = 0.10;

/// Minimum and maximum number of actions per piece of advice.
pub const MIN_ACTIONS: usize = 2;
/// See [`MIN_ACTIONS`].
pub const MAX_ACTIONS: usize = 4;

#[cfg(test)]
mod tests;
