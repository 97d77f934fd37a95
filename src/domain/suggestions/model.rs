//! The model of the suggestion rules: bands, per-dimension advice, patterns and
//! team rules, with parsing.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::{DEFAULT_HIGH_FROM, DEFAULT_LOW_BELOW};
use crate::domain::next_step::Actor;
use crate::domain::questionnaire::Text;
#[cfg(test)]
use crate::domain::{
    problem::{problem, Reason},
    questionnaire::{Problem, MAX_JSON_BYTES},
};

/// A score band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Band {
    /// Below `low_below`.
    Low,
    /// Between the thresholds.
    Middle,
    /// At or above `high_from`.
    High,
}

impl Band {
    /// All bands, low to high.
    pub const ALL: [Band; 3] = [Band::Low, Band::Middle, Band::High];

    /// The band of a 0–100 score with the built-in thresholds ([`DEFAULT_LOW_BELOW`],
    /// [`DEFAULT_HIGH_FROM`]). Prefer [`Rules::band`], which uses the thresholds of the
    /// rules actually loaded. A NaN score falls in the middle band; the engines never
    /// pass one (non-finite scores count as unscored).
    pub fn of(score: f64) -> Band {
        Bands {
            low_below: DEFAULT_LOW_BELOW,
            high_from: DEFAULT_HIGH_FROM,
        }
        .band(score)
    }

    /// The name used in the JSON: "low", "middle" or "high".
    pub fn name(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Middle => "middle",
            Band::High => "high",
        }
    }

    /// Parses a JSON band name.
    pub fn parse(s: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.name() == s)
    }

    pub(super) fn index(self) -> usize {
        match self {
            Band::Low => 0,
            Band::Middle => 1,
            Band::High => 2,
        }
    }
}

/// The whole rules file.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct Rules {
    /// Band thresholds.
    pub bands: Bands,
    /// Per dimension id, advice for each band.
    pub dimensions: BTreeMap<String, DimensionRules>,
    /// Patterns across dimensions, in display order.
    pub patterns: Vec<Pattern>,
    /// Team rules, in display order.
    pub team: Vec<TeamRule>,
}

/// Band thresholds on the 0–100 scale: low is `< low_below`, high is `>= high_from`,
/// middle is in between.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct Bands {
    /// Scores below this are low.
    pub low_below: f64,
    /// Scores at or above this are high.
    pub high_from: f64,
}

impl Bands {
    /// The band of a 0–100 score. NaN falls in the middle band.
    pub fn band(&self, score: f64) -> Band {
        if score < self.low_below {
            Band::Low
        } else if score >= self.high_from {
            Band::High
        } else {
            Band::Middle
        }
    }
}

/// Advice for one dimension, per band. A missing band is a validation problem, not a
/// parse error, so that it is reported with its path.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct DimensionRules {
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    /// Advice for a low score.
    pub low: Option<BandAdvice>,
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    /// Advice for a middle score.
    pub middle: Option<BandAdvice>,
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    /// Advice for a high score.
    pub high: Option<BandAdvice>,
}

impl DimensionRules {
    /// The advice for a band, when present.
    pub fn get(&self, band: Band) -> Option<&BandAdvice> {
        match band {
            Band::Low => self.low.as_ref(),
            Band::Middle => self.middle.as_ref(),
            Band::High => self.high.as_ref(),
        }
    }
}

/// What a band means for a dimension, and what to do about it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct BandAdvice {
    /// What the band means for the dimension.
    pub why: Text,
    /// What to do (2–3 actions).
    pub actions: Vec<Text>,
    /// Who can carry out each action, parallel to `actions` (empty: the team).
    #[cfg_attr(test, serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub who: Vec<Actor>,
}

/// A pattern across dimensions: it fires when every condition holds.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct Pattern {
    /// Unique id.
    pub id: String,
    /// Conditions, all of which must hold (AND).
    pub when: Vec<Condition>,
    /// Short title.
    pub title: Text,
    /// What it means.
    pub text: Text,
    /// What to do (2–3 actions).
    pub actions: Vec<Text>,
    /// Who can carry out each action, parallel to `actions` (empty: the team).
    #[cfg_attr(test, serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub who: Vec<Actor>,
}

/// One condition of a pattern: a dimension is (`band`) or is not (`not_band`) in a
/// band. Exactly one of the two must be given. Band names are kept as strings so that
/// a typo is reported with its JSON path by [`Rules::validate`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct Condition {
    /// The dimension the condition is on (empty when it is on a `figure`).
    #[cfg_attr(test, serde(default, skip_serializing_if = "String::is_empty"))]
    pub dimension: String,
    /// A headline figure instead of a dimension: `"conditions"` (conditions for shared
    /// leadership) or `"spread"` (leadership spread); see [`Figure`].
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    pub figure: Option<String>,
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    /// The dimension is in this band.
    pub band: Option<String>,
    #[cfg_attr(test, serde(default, skip_serializing_if = "Option::is_none"))]
    /// The dimension is not in this band.
    pub not_band: Option<String>,
}

/// A headline figure a pattern condition can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// Conditions for shared leadership (the mean of the dimension scores).
    Conditions,
    /// Leadership spread.
    Spread,
}

impl Figure {
    /// Parses the JSON name.
    pub fn parse(s: &str) -> Option<Figure> {
        match s {
            "conditions" => Some(Figure::Conditions),
            "spread" => Some(Figure::Spread),
            _ => None,
        }
    }
}

impl Condition {
    /// The headline figure this condition is on, if it names a known one.
    pub fn on_figure(&self) -> Option<Figure> {
        self.figure.as_deref().and_then(Figure::parse)
    }

    /// The bands this condition accepts, indexed low, middle, high; `None` when the
    /// condition is malformed (neither or both of band/not_band, or an unknown name).
    pub fn accepted(&self) -> Option<[bool; 3]> {
        match (&self.band, &self.not_band) {
            (Some(b), None) => {
                let b = Band::parse(b)?;
                let mut set = [false; 3];
                set[b.index()] = true;
                Some(set)
            }
            (None, Some(b)) => {
                let b = Band::parse(b)?;
                let mut set = [true; 3];
                set[b.index()] = false;
                Some(set)
            }
            _ => None,
        }
    }

    /// Whether a band satisfies this condition (false when malformed).
    pub fn accepts(&self, band: Band) -> bool {
        self.accepted().is_some_and(|s| s[band.index()])
    }
}

/// A team rule. Its `id` says which built-in trigger fires it (see [`TeamRuleId`]).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(deny_unknown_fields))]
pub struct TeamRule {
    /// Unique id.
    pub id: String,
    /// Short title.
    pub title: Text,
    /// What it means.
    pub text: Text,
    /// What to do (2–3 actions).
    pub actions: Vec<Text>,
}

/// The known team rules and their triggers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum TeamRuleId {
    /// Some scored dimension has r_wg(J) < [`LOW_AGREEMENT_BELOW`].
    LowAgreement,
    /// Own-leadership Gini >= [`CONCENTRATED_GINI_FROM`].
    ConcentratedLeadership,
    /// Own-leadership Gini < [`EVEN_GINI_BELOW`].
    EvenLeadership,
    /// Every available r_wg(J) >= [`STRONG_AGREEMENT_FROM`] (and at least one).
    StrongAgreement,
}

impl TeamRuleId {
    /// All known team rules.
    pub const ALL: [TeamRuleId; 4] = [
        TeamRuleId::LowAgreement,
        TeamRuleId::ConcentratedLeadership,
        TeamRuleId::EvenLeadership,
        TeamRuleId::StrongAgreement,
    ];

    /// The id used in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            TeamRuleId::LowAgreement => "low_agreement",
            TeamRuleId::ConcentratedLeadership => "concentrated_leadership",
            TeamRuleId::EvenLeadership => "even_leadership",
            TeamRuleId::StrongAgreement => "strong_agreement",
        }
    }

    /// Parses a JSON id.
    pub fn parse(s: &str) -> Option<TeamRuleId> {
        TeamRuleId::ALL.into_iter().find(|t| t.name() == s)
    }
}
impl Rules {
    /// Parses rules (tests only: the widget's rules are compiled in). Only the JSON
    /// shape is checked here; call [`Rules::validate`] with the questionnaire in use to
    /// check the content. Never panics.
    #[cfg(test)]
    pub fn from_json(json: &str) -> Result<Rules, Vec<Problem>> {
        if json.len() > MAX_JSON_BYTES {
            return Err(vec![problem(
                "$",
                Reason::RulesTooLarge(json.len(), MAX_JSON_BYTES),
            )]);
        }
        serde_json::from_str(json).map_err(|e| {
            vec![problem(
                "$",
                Reason::NotRules(e.line(), e.column(), e.to_string()),
            )]
        })
    }

    /// The built-in rules, read from [`super::DEFAULT_JSON`] at start-up by the crate's
    /// JSON reader (measured smaller than code generated to build them). They validate
    /// against the built-in questionnaire and equal a serde parse of the file (tested).
    pub fn default_rules() -> Rules {
        super::read::rules_from_json(super::DEFAULT_JSON)
            .expect("the built-in suggestion rules are valid (tested)")
    }

    /// The built-in rules, parsed once per thread (a page) and shared, so that views
    /// do not parse them on every render.
    pub fn built_in() -> Rc<Rules> {
        thread_local! {
            static BUILT_IN: Rc<Rules> = Rc::new(Rules::default_rules());
        }
        BUILT_IN.with(Rc::clone)
    }

    /// The band of a 0–100 score with these rules' thresholds.
    pub fn band(&self, score: f64) -> Band {
        self.bands.band(score)
    }

    /// The rule for a known team rule id, when the rules have it.
    pub fn team_rule(&self, id: TeamRuleId) -> Option<&TeamRule> {
        self.team.iter().find(|t| t.id == id.name())
    }
}
