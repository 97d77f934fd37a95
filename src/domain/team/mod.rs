//! Team figures over many people's answers, with the anonymity rules built in:
//! a minimum group size for every figure, a shareable *team summary code* holding
//! only aggregate figures, pairwise comparisons of teams (or of one team at two
//! times), and protection against differencing.
//!
//! # Anonymity rules enforced here
//!
//! - **Minimum group.** No public function returns a figure computed over fewer than
//!   [`MinGroup::get`] respondents. A whole team below the minimum is an error
//!   ([`TeamError::TooFew`]); a single figure (a dimension, the index, own
//!   leadership, a who-leads function) that fewer than the minimum respondents can be
//!   scored on is `None` ("suppressed"), even when the team as a whole is large
//!   enough. The minimum is at least [`MIN_GROUP_FLOOR`] (3) and defaults to
//!   [`DEFAULT_MIN_GROUP`] (5), as in common 360° and engagement tools.
//! - **Aggregates only.** [`TeamStats`] never contains individual profiles or answers,
//!   and a [`Summary`] code holds only counts, means, SDs and a Gini coefficient.
//! - **Compare, never rank.** [`compare`] contrasts exactly two groups (two teams, or a
//!   baseline and a follow-up). There is deliberately no function that orders many
//!   teams: a league table invites blame and over-reads small differences.
//! - **Differencing.** Views that are each large enough can still single people out
//!   together (a team, another team, and both plus one person). [`differencing`]
//!   keeps every view shown in a session and allows a new one only when no
//!   combination of views isolates fewer than the minimum (cell suppression).
//!
//! # How figures are computed
//!
//! Every response is scored exactly as [`score`](super::scoring::score) does (reverse
//! keying, "can't say" and unanswered as missing, the 75 % rule, 0–100); the team
//! figures then come from the checked primitives in [`stats`]. For one dimension, all
//! figures describe the same group: the `n` respondents who have a score for it.
//!
//! The result does not depend on the order of the responses (up to floating-point
//! rounding, far below 1e-9).

mod bits;
mod compare;
pub mod differencing;
mod figures;
mod pairs;
mod partition;
mod stats;
mod summary;
mod tally;

pub use compare::{
    compare, compare_with_first, Compared, Comparison, Difference, Refusal, Verdict,
};
pub use pairs::{check_pair, differencing_risk, DifferencingRisk, PairRisk, Side};
pub use stats::{
    member_figures, team_stats, Alpha, Density, Descriptive, DimensionStats, OwnStats, TeamAcc,
    TeamStats, WhoLeadsStats,
};
pub(crate) use summary::summary_checksum_holds;
pub use summary::{
    max_sd, summary_decode, summary_encode, DensitySummary, DimSummary, Flaw, OwnSummary, Summary,
    SummaryError, MAX_SUMMARY_BODY_LEN, MAX_SUMMARY_N, SUMMARY_PREFIX, SUMMARY_VERSION,
};

/// The minimum group size used unless a team chooses otherwise.
pub const DEFAULT_MIN_GROUP: usize = 5;
/// The smallest minimum group size that can be chosen: below 3, a respondent who
/// knows their own answers could work out the other person's.
pub const MIN_GROUP_FLOOR: usize = 3;
/// Cronbach's α is reported only when at least this many respondents (and at least
/// the minimum group) answered every item of the dimension. α estimated from a
/// handful of people is very unstable: for α = .80 from 4 items, Feldt's 95 %
/// interval runs from about .18 to .98 with 5 people, .41 to .96 with 8 and .61 to
/// .91 with 20. Below 8 a small team would be shown a reliability figure that is
/// mostly noise; even at 8 it should be read as a rough indication.
pub const ALPHA_MIN_N: usize = 8;

/// The minimum number of respondents behind any figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MinGroup(usize);

impl MinGroup {
    /// A minimum group of `n`, raised to [`MIN_GROUP_FLOOR`] (3) when smaller: a
    /// minimum of 1 or 2 would not protect anyone, so it cannot be chosen.
    pub fn new(n: usize) -> MinGroup {
        MinGroup(n.max(MIN_GROUP_FLOOR))
    }

    /// The minimum, at least [`MIN_GROUP_FLOOR`].
    pub fn get(self) -> usize {
        self.0
    }
}

impl Default for MinGroup {
    /// [`DEFAULT_MIN_GROUP`] (5).
    fn default() -> Self {
        MinGroup(DEFAULT_MIN_GROUP)
    }
}

/// Why team figures or a comparison cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TeamError {
    /// Fewer respondents than the minimum group.
    TooFew {
        /// Respondents available.
        n: usize,
        /// The minimum group size.
        needed: usize,
    },
    /// The two summaries belong to different questionnaires (fingerprints `a`, `b`).
    DifferentQuestionnaires {
        /// Fingerprint of group a's questionnaire.
        a: u32,
        /// Fingerprint of group b's questionnaire.
        b: u32,
    },
}

#[cfg(test)]
pub(super) mod fixtures {
    //! Test helpers shared by the team modules' tests.
    use crate::domain::questionnaire::Questionnaire;
    use crate::domain::response::{Answer, Answers};

    pub fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    /// Deterministic xorshift.
    pub struct Rng(pub u64);

    impl Rng {
        pub fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Answers from values in canonical order: 0 = "can't say", 255 = unanswered.
    pub fn answers(vals: &[u8]) -> Answers {
        Answers(
            vals.iter()
                .map(|&v| match v {
                    0 => Some(Answer::CantSay),
                    255 => None,
                    v => Some(Answer::Value(v)),
                })
                .collect(),
        )
    }

    /// Everyone answers `v` everywhere, except that person `i` adds `i % 3` to the
    /// first item of each dimension (so there is some spread).
    pub fn team(q: &Questionnaire, n: usize, v: u8) -> Vec<Answers> {
        (0..n)
            .map(|i| {
                let mut vals = vec![v; q.question_count()];
                for d in 0..q.dimensions.len() {
                    let p = q.dimension_items(d)[0];
                    vals[p] = (v + (i % 3) as u8).min(5);
                }
                answers(&vals)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_group_is_clamped_to_the_floor() {
        for (asked, got) in [(0, 3), (1, 3), (2, 3), (3, 3), (4, 4), (5, 5), (12, 12)] {
            assert_eq!(MinGroup::new(asked).get(), got, "MinGroup::new({asked})");
        }
        assert_eq!(MinGroup::default().get(), DEFAULT_MIN_GROUP);
    }
}
