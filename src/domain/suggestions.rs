//! Suggestions: from scores to concrete, plain advice.
//!
//! The rules are data (`suggestions.json`), not code: per-dimension advice for three
//! score bands, *patterns* across dimensions (for example "much autonomy but unclear
//! roles"), and *team rules* driven by team statistics (agreement and the spread of own
//! leadership). This module holds the serde model of that file, its validation against
//! a questionnaire (every problem named by JSON path), and two engines:
//!
//! - [`for_profile`]: advice for one person's [`Profile`];
//! - [`for_team`]: advice for a team's mean scores plus the team rules.
//!
//! Everything is pure and never panics: rules that do not fit the questionnaire simply
//! produce less advice (validate them with [`Rules::validate`] to find out why).

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::questionnaire::{Problem, Questionnaire, Text, MAX_JSON_BYTES};
use super::scoring::Profile;

/// The built-in rules, as JSON.
pub const DEFAULT_JSON: &str = include_str!("suggestions.json");

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
pub const MAX_ACTIONS: usize = 3;

/// A score band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Low,
    Middle,
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

    fn index(self) -> usize {
        match self {
            Band::Low => 0,
            Band::Middle => 1,
            Band::High => 2,
        }
    }
}

/// The whole rules file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
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
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub low_below: f64,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionRules {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<BandAdvice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle: Option<BandAdvice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandAdvice {
    pub why: Text,
    pub actions: Vec<Text>,
}

/// A pattern across dimensions: it fires when every condition holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub id: String,
    /// Conditions, all of which must hold (AND).
    pub when: Vec<Condition>,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

/// One condition of a pattern: a dimension is (`band`) or is not (`not_band`) in a
/// band. Exactly one of the two must be given. Band names are kept as strings so that
/// a typo is reported with its JSON path by [`Rules::validate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub dimension: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_band: Option<String>,
}

impl Condition {
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamRule {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

/// The known team rules and their triggers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

fn problem(path: impl Into<String>, reason: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        reason: reason.into(),
    }
}

/// `$.dimensions.autonomy`, or `$.dimensions["odd key"]` for keys that are not plain ids.
fn key_path(base: &str, key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        format!("{base}.{key}")
    } else {
        format!("{base}[{}]", serde_json::Value::String(key.to_string()))
    }
}

fn check_text(out: &mut Vec<Problem>, path: &str, t: &Text, langs: &[String]) {
    for l in langs {
        match t.get(l) {
            None => out.push(problem(path, format!("missing translation for \"{l}\""))),
            Some(s) if s.trim().is_empty() => {
                out.push(problem(key_path(path, l), "empty text"));
            }
            Some(_) => {}
        }
    }
}

fn check_actions(out: &mut Vec<Problem>, path: &str, actions: &[Text], langs: &[String]) {
    if actions.len() < MIN_ACTIONS || actions.len() > MAX_ACTIONS {
        out.push(problem(
            path,
            format!(
                "{} action(s); between {MIN_ACTIONS} and {MAX_ACTIONS} are needed",
                actions.len()
            ),
        ));
    }
    for (i, a) in actions.iter().enumerate() {
        check_text(out, &format!("{path}[{i}]"), a, langs);
    }
}

fn check_id(out: &mut Vec<Problem>, path: &str, id: &str) {
    if id.is_empty()
        || id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        out.push(problem(
            path,
            format!("id \"{id}\" must be 1 to 40 letters, digits, '_' or '-'"),
        ));
    }
}

impl Rules {
    /// Parses rules. Only the JSON shape is checked here; call [`Rules::validate`] with
    /// the questionnaire in use to check the content. Never panics.
    pub fn from_json(json: &str) -> Result<Rules, Vec<Problem>> {
        if json.len() > MAX_JSON_BYTES {
            return Err(vec![problem(
                "$",
                format!(
                    "the rules are {} bytes; the limit is {MAX_JSON_BYTES} bytes",
                    json.len()
                ),
            )]);
        }
        serde_json::from_str(json).map_err(|e| {
            vec![problem(
                "$",
                format!(
                    "not valid suggestion rules (line {}, column {}): {e}",
                    e.line(),
                    e.column()
                ),
            )]
        })
    }

    /// The built-in rules. They parse and validate against the built-in questionnaire
    /// (tested).
    pub fn default_rules() -> Rules {
        Rules::from_json(DEFAULT_JSON).expect("the built-in suggestion rules are valid (tested)")
    }

    /// The band of a 0–100 score with these rules' thresholds.
    pub fn band(&self, score: f64) -> Band {
        self.bands.band(score)
    }

    /// Every problem of these rules for a questionnaire, or an empty list:
    /// - thresholds are finite, within 0–100, and `low_below < high_from`;
    /// - every dimension of `q` has advice for all three bands, and no advice is given
    ///   for a dimension `q` does not have;
    /// - every piece of advice has 2–3 actions;
    /// - pattern ids are well-formed and unique; every pattern has at least one
    ///   condition; each condition names a known dimension and exactly one of
    ///   `band`/`not_band` with a valid band name; the conditions can hold together;
    ///   no two patterns have the same conditions;
    /// - team rule ids are exactly the four known ones, each once;
    /// - every text is present and non-empty in every language of `q`.
    pub fn validate(&self, q: &Questionnaire) -> Vec<Problem> {
        let mut out = Vec::new();
        let langs = &q.languages;

        // Bands.
        let b = &self.bands;
        for (name, v) in [("low_below", b.low_below), ("high_from", b.high_from)] {
            if !v.is_finite() || !(0.0..=100.0).contains(&v) {
                out.push(problem(
                    format!("$.bands.{name}"),
                    format!("{v} is not a score between 0 and 100"),
                ));
            }
        }
        // Also true when either is NaN.
        if b.low_below.partial_cmp(&b.high_from) != Some(std::cmp::Ordering::Less) {
            out.push(problem(
                "$.bands",
                format!(
                    "low_below ({}) must be below high_from ({})",
                    b.low_below, b.high_from
                ),
            ));
        }

        // Dimensions.
        let known: BTreeSet<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        for key in self.dimensions.keys() {
            if !known.contains(key.as_str()) {
                out.push(problem(
                    key_path("$.dimensions", key),
                    format!("unknown dimension \"{key}\""),
                ));
            }
        }
        for d in &q.dimensions {
            let dp = key_path("$.dimensions", &d.id);
            let Some(dr) = self.dimensions.get(&d.id) else {
                out.push(problem(
                    "$.dimensions",
                    format!("no advice for dimension \"{}\"", d.id),
                ));
                continue;
            };
            for band in Band::ALL {
                let bp = format!("{dp}.{}", band.name());
                match dr.get(band) {
                    None => out.push(problem(
                        dp.clone(),
                        format!("no advice for the {} band", band.name()),
                    )),
                    Some(a) => {
                        check_text(&mut out, &format!("{bp}.why"), &a.why, langs);
                        check_actions(&mut out, &format!("{bp}.actions"), &a.actions, langs);
                    }
                }
            }
        }
        // Advice for unknown dimensions is reported above; still check its texts so that
        // a renamed dimension does not hide other problems.
        for (key, dr) in self
            .dimensions
            .iter()
            .filter(|(k, _)| !known.contains(k.as_str()))
        {
            let dp = key_path("$.dimensions", key);
            for band in Band::ALL {
                if let Some(a) = dr.get(band) {
                    let bp = format!("{dp}.{}", band.name());
                    check_text(&mut out, &format!("{bp}.why"), &a.why, langs);
                    check_actions(&mut out, &format!("{bp}.actions"), &a.actions, langs);
                }
            }
        }

        // Patterns.
        let mut pattern_ids: BTreeMap<&str, usize> = BTreeMap::new();
        let mut condition_sets: BTreeMap<BTreeMap<&str, [bool; 3]>, usize> = BTreeMap::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let pp = format!("$.patterns[{i}]");
            check_id(&mut out, &format!("{pp}.id"), &p.id);
            if let Some(first) = pattern_ids.insert(p.id.as_str(), i) {
                pattern_ids.insert(p.id.as_str(), first);
                out.push(problem(
                    format!("{pp}.id"),
                    format!(
                        "duplicate pattern id \"{}\" (first used at $.patterns[{first}])",
                        p.id
                    ),
                ));
            }
            if p.when.is_empty() {
                out.push(problem(
                    format!("{pp}.when"),
                    "a pattern needs at least one condition",
                ));
            }
            // Accepted bands per dimension, intersected over the conditions.
            let mut set: BTreeMap<&str, [bool; 3]> = BTreeMap::new();
            let mut well_formed = true;
            for (j, c) in p.when.iter().enumerate() {
                let cp = format!("{pp}.when[{j}]");
                if !known.contains(c.dimension.as_str()) {
                    well_formed = false;
                    out.push(problem(
                        format!("{cp}.dimension"),
                        format!("unknown dimension \"{}\"", c.dimension),
                    ));
                }
                match (&c.band, &c.not_band) {
                    (Some(_), Some(_)) | (None, None) => {
                        well_formed = false;
                        out.push(problem(
                            cp.clone(),
                            "give exactly one of \"band\" and \"not_band\"",
                        ));
                    }
                    (Some(b), None) | (None, Some(b)) => {
                        if Band::parse(b).is_none() {
                            well_formed = false;
                            let field = if c.band.is_some() { "band" } else { "not_band" };
                            out.push(problem(
                                format!("{cp}.{field}"),
                                format!(
                                    "unknown band \"{b}\"; use \"low\", \"middle\" or \"high\""
                                ),
                            ));
                        }
                    }
                }
                if let Some(acc) = c.accepted() {
                    let entry = set.entry(c.dimension.as_str()).or_insert([true; 3]);
                    for k in 0..3 {
                        entry[k] &= acc[k];
                    }
                }
            }
            if well_formed && !p.when.is_empty() {
                if let Some((dim, _)) = set.iter().find(|(_, s)| !s.iter().any(|&x| x)) {
                    out.push(problem(
                        format!("{pp}.when"),
                        format!(
                            "the conditions on dimension \"{dim}\" contradict each other; \
                             the pattern can never fire"
                        ),
                    ));
                } else if let Some(first) = condition_sets.get(&set) {
                    out.push(problem(
                        format!("{pp}.when"),
                        format!(
                            "same conditions as $.patterns[{first}]; one of the two would \
                             always repeat the other"
                        ),
                    ));
                } else {
                    condition_sets.insert(set, i);
                }
            }
            check_text(&mut out, &format!("{pp}.title"), &p.title, langs);
            check_text(&mut out, &format!("{pp}.text"), &p.text, langs);
            check_actions(&mut out, &format!("{pp}.actions"), &p.actions, langs);
        }

        // Team rules.
        let mut team_seen: BTreeMap<TeamRuleId, usize> = BTreeMap::new();
        for (i, t) in self.team.iter().enumerate() {
            let tp = format!("$.team[{i}]");
            match TeamRuleId::parse(&t.id) {
                None => out.push(problem(
                    format!("{tp}.id"),
                    format!(
                        "unknown team rule \"{}\"; known: {}",
                        t.id,
                        TeamRuleId::ALL.map(TeamRuleId::name).join(", ")
                    ),
                )),
                Some(id) => {
                    if let Some(first) = team_seen.get(&id) {
                        out.push(problem(
                            format!("{tp}.id"),
                            format!(
                                "duplicate team rule \"{}\" (first at $.team[{first}])",
                                t.id
                            ),
                        ));
                    } else {
                        team_seen.insert(id, i);
                    }
                }
            }
            check_text(&mut out, &format!("{tp}.title"), &t.title, langs);
            check_text(&mut out, &format!("{tp}.text"), &t.text, langs);
            check_actions(&mut out, &format!("{tp}.actions"), &t.actions, langs);
        }
        for id in TeamRuleId::ALL {
            if !team_seen.contains_key(&id) {
                out.push(problem(
                    "$.team",
                    format!("missing team rule \"{}\"", id.name()),
                ));
            }
        }
        out
    }

    /// The rule for a known team rule id, when the rules have it.
    pub fn team_rule(&self, id: TeamRuleId) -> Option<&TeamRule> {
        self.team.iter().find(|t| t.id == id.name())
    }
}

/// Advice for one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionAdvice {
    /// Index of the dimension in the questionnaire.
    pub dimension: usize,
    /// The score's band; `None` when the dimension is not scored.
    pub band: Option<Band>,
    /// What the band means; `None` when unscored (or the rules lack this advice).
    pub why: Option<Text>,
    /// What to do; empty when unscored.
    pub actions: Vec<Text>,
}

/// A pattern that fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PatternHit {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

/// Advice for one set of scores (a person or a team's means).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    /// One entry per questionnaire dimension, in questionnaire order.
    pub dimensions: Vec<DimensionAdvice>,
    /// Patterns that fired, in the rules' order.
    pub patterns: Vec<PatternHit>,
    /// Where to start: the one or two lowest scored dimensions below [`FOCUS_BELOW`],
    /// lowest first; equal scores keep questionnaire order. Empty when no scored
    /// dimension is below the midpoint.
    pub focus: Vec<usize>,
}

/// A team rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamHit {
    pub id: TeamRuleId,
    /// Dimensions the hit is about (for `low_agreement`: those with r_wg(J) below
    /// [`LOW_AGREEMENT_BELOW`], in questionnaire order); empty for the others.
    pub dimensions: Vec<usize>,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

/// Team statistics that drive the team rules.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TeamSignals {
    /// r_wg(J) per dimension, in questionnaire order; `None` where not computable.
    pub rwg_j: Vec<Option<f64>>,
    /// Gini coefficient of the members' own-leadership scores.
    pub own_gini: Option<f64>,
    /// Coefficient of variation of the same scores. Shown with the results; no rule
    /// uses it (the Gini drives the leadership-spread rules).
    pub own_cv: Option<f64>,
}

/// Advice for a team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamAdvice {
    /// Dimension advice, patterns and focus computed on the team's mean scores.
    pub advice: Advice,
    /// Team rules that fired, in the rules' order.
    pub team: Vec<TeamHit>,
}

fn finite(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite())
}

/// Advice for one person's profile. Dimensions without a score get no band and no
/// actions; patterns fire only when every condition's dimension is scored and matches.
pub fn for_profile(rules: &Rules, q: &Questionnaire, p: &Profile) -> Advice {
    let scores: Vec<Option<f64>> = (0..q.dimensions.len())
        .map(|d| p.dimensions.get(d).and_then(|s| s.score))
        .collect();
    advise(rules, q, &scores)
}

/// Advice for a team: per-dimension advice, patterns and focus on the team's mean
/// scores (`team_scores`, one per dimension in questionnaire order, 0–100), plus the
/// team rules driven by `signals`:
/// - `low_agreement` when some dimension with a team score has r_wg(J) below
///   [`LOW_AGREEMENT_BELOW`] (the hit lists those dimensions);
/// - `strong_agreement` when every dimension with a team score and an r_wg(J) has
///   r_wg(J) >= [`STRONG_AGREEMENT_FROM`], and there is at least one such dimension;
/// - `concentrated_leadership` when the own-leadership Gini is >= [`CONCENTRATED_GINI_FROM`];
/// - `even_leadership` when it is below [`EVEN_GINI_BELOW`].
///
/// Missing or non-finite statistics trigger nothing.
pub fn for_team(
    rules: &Rules,
    q: &Questionnaire,
    team_scores: &[Option<f64>],
    signals: &TeamSignals,
) -> TeamAdvice {
    let scores: Vec<Option<f64>> = (0..q.dimensions.len())
        .map(|d| team_scores.get(d).copied().flatten())
        .collect();
    let advice = advise(rules, q, &scores);

    // Agreement over dimensions that have a team score and a finite r_wg(J).
    let agreement: Vec<(usize, f64)> = (0..q.dimensions.len())
        .filter(|&d| finite(scores[d]).is_some())
        .filter_map(|d| finite(signals.rwg_j.get(d).copied().flatten()).map(|r| (d, r)))
        .collect();
    let low: Vec<usize> = agreement
        .iter()
        .filter(|(_, r)| *r < LOW_AGREEMENT_BELOW)
        .map(|(d, _)| *d)
        .collect();
    let strong =
        !agreement.is_empty() && agreement.iter().all(|(_, r)| *r >= STRONG_AGREEMENT_FROM);
    let gini = finite(signals.own_gini);

    let mut team = Vec::new();
    for rule in &rules.team {
        let Some(id) = TeamRuleId::parse(&rule.id) else {
            continue;
        };
        if team.iter().any(|h: &TeamHit| h.id == id) {
            continue;
        }
        let (fires, dimensions) = match id {
            TeamRuleId::LowAgreement => (!low.is_empty(), low.clone()),
            TeamRuleId::StrongAgreement => (strong, Vec::new()),
            TeamRuleId::ConcentratedLeadership => (
                gini.is_some_and(|g| g >= CONCENTRATED_GINI_FROM),
                Vec::new(),
            ),
            TeamRuleId::EvenLeadership => (gini.is_some_and(|g| g < EVEN_GINI_BELOW), Vec::new()),
        };
        if fires {
            team.push(TeamHit {
                id,
                dimensions,
                title: rule.title.clone(),
                text: rule.text.clone(),
                actions: rule.actions.clone(),
            });
        }
    }
    TeamAdvice { advice, team }
}

/// The shared engine: `scores` has one entry per questionnaire dimension.
fn advise(rules: &Rules, q: &Questionnaire, scores: &[Option<f64>]) -> Advice {
    let scores: Vec<Option<f64>> = scores.iter().map(|s| finite(*s)).collect();
    let bands: Vec<Option<Band>> = scores.iter().map(|s| s.map(|v| rules.band(v))).collect();

    let dimensions = q
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| {
            let band = bands.get(d).copied().flatten();
            let advice = band.and_then(|b| rules.dimensions.get(&dim.id)?.get(b));
            DimensionAdvice {
                dimension: d,
                band,
                why: advice.map(|a| a.why.clone()),
                actions: advice.map(|a| a.actions.clone()).unwrap_or_default(),
            }
        })
        .collect();

    let patterns = rules
        .patterns
        .iter()
        .filter(|p| {
            !p.when.is_empty()
                && p.when.iter().all(|c| {
                    q.dimension_index(&c.dimension)
                        .and_then(|d| bands.get(d).copied().flatten())
                        .is_some_and(|b| c.accepts(b))
                })
        })
        .map(|p| PatternHit {
            id: p.id.clone(),
            title: p.title.clone(),
            text: p.text.clone(),
            actions: p.actions.clone(),
        })
        .collect();

    let mut below: Vec<(usize, f64)> = scores
        .iter()
        .enumerate()
        .filter_map(|(d, s)| s.filter(|v| *v < FOCUS_BELOW).map(|v| (d, v)))
        .collect();
    // Stable sort: equal scores keep questionnaire order.
    below.sort_by(|a, b| a.1.total_cmp(&b.1));
    let focus = below.into_iter().take(MAX_FOCUS).map(|(d, _)| d).collect();

    Advice {
        dimensions,
        patterns,
        focus,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::{DimensionScore, QualityFlags};
    use serde_json::{json, Value};

    fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    fn rules() -> Rules {
        Rules::default_rules()
    }

    fn profile(scores: &[Option<f64>]) -> Profile {
        Profile {
            dimensions: scores
                .iter()
                .map(|s| DimensionScore {
                    answered: if s.is_some() { 4 } else { 0 },
                    items: 4,
                    raw_mean: s.map(|v| 1.0 + v / 25.0),
                    score: *s,
                    range: None,
                })
                .collect(),
            index: None,
            who_leads: Vec::new(),
            who_leads_mean: None,
            own: None,
            own_raw: None,
            flags: QualityFlags::default(),
        }
    }

    fn score_in(band: Band) -> f64 {
        match band {
            Band::Low => 20.0,
            Band::Middle => 55.0,
            Band::High => 85.0,
        }
    }

    /// Scores (all 55) with every condition of the pattern satisfied.
    fn matching_scores(q: &Questionnaire, p: &Pattern) -> Vec<Option<f64>> {
        let mut scores = vec![Some(55.0); q.dimensions.len()];
        let mut accepted: BTreeMap<usize, [bool; 3]> = BTreeMap::new();
        for c in &p.when {
            let d = q.dimension_index(&c.dimension).expect("known dimension");
            let acc = c.accepted().expect("well-formed condition");
            let e = accepted.entry(d).or_insert([true; 3]);
            for k in 0..3 {
                e[k] &= acc[k];
            }
        }
        for (d, acc) in accepted {
            // For band X: X. For not_band X: the first other band, high, low, middle.
            let band = [Band::High, Band::Low, Band::Middle]
                .into_iter()
                .find(|b| acc[b.index()])
                .expect("satisfiable pattern");
            scores[d] = Some(score_in(band));
        }
        scores
    }

    fn fired(advice: &Advice) -> Vec<&str> {
        advice.patterns.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn built_in_rules_validate_against_the_default_questionnaire() {
        let r = Rules::from_json(DEFAULT_JSON).expect("parses");
        let problems = r.validate(&q());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn default_band_constants_match_the_built_in_rules() {
        let r = rules();
        assert_eq!(r.bands.low_below, DEFAULT_LOW_BELOW);
        assert_eq!(r.bands.high_from, DEFAULT_HIGH_FROM);
    }

    #[test]
    fn band_boundaries() {
        let r = rules();
        for (score, want) in [
            (0.0, Band::Low),
            (39.99, Band::Low),
            (40.0, Band::Middle),
            (55.0, Band::Middle),
            (69.99, Band::Middle),
            (70.0, Band::High),
            (100.0, Band::High),
        ] {
            assert_eq!(r.band(score), want, "rules.band({score})");
            assert_eq!(Band::of(score), want, "Band::of({score})");
        }
    }

    #[test]
    fn band_serde_is_lowercase() {
        assert_eq!(serde_json::to_string(&Band::Middle).unwrap(), "\"middle\"");
        let b: Band = serde_json::from_str("\"high\"").unwrap();
        assert_eq!(b, Band::High);
        assert!(serde_json::from_str::<Band>("\"High\"").is_err());
    }

    #[test]
    fn dimension_advice_follows_the_band() {
        let q = q();
        let r = rules();
        let n = q.dimensions.len();
        for band in Band::ALL {
            let a = for_profile(&r, &q, &profile(&vec![Some(score_in(band)); n]));
            assert_eq!(a.dimensions.len(), n);
            for (d, da) in a.dimensions.iter().enumerate() {
                let want = r.dimensions[&q.dimensions[d].id].get(band).unwrap();
                assert_eq!(da.dimension, d);
                assert_eq!(da.band, Some(band));
                assert_eq!(da.why.as_ref(), Some(&want.why));
                assert_eq!(da.actions, want.actions);
            }
        }
    }

    #[test]
    fn every_pattern_fires_when_matched_and_not_otherwise() {
        let q = q();
        let r = rules();
        assert!(!r.patterns.is_empty());
        for p in &r.patterns {
            let scores = matching_scores(&q, p);
            let a = for_profile(&r, &q, &profile(&scores));
            assert!(fired(&a).contains(&p.id.as_str()), "{} should fire", p.id);

            for c in &p.when {
                let d = q.dimension_index(&c.dimension).unwrap();
                // Violate this one condition: move the dimension to a rejected band.
                for band in Band::ALL.into_iter().filter(|b| !c.accepts(*b)) {
                    let mut s = scores.clone();
                    s[d] = Some(score_in(band));
                    let a = for_profile(&r, &q, &profile(&s));
                    assert!(
                        !fired(&a).contains(&p.id.as_str()),
                        "{} fired with {} {}",
                        p.id,
                        c.dimension,
                        band.name()
                    );
                }
                // Or leave it unscored.
                let mut s = scores.clone();
                s[d] = None;
                let a = for_profile(&r, &q, &profile(&s));
                assert!(
                    !fired(&a).contains(&p.id.as_str()),
                    "{} fired with {} unscored",
                    p.id,
                    c.dimension
                );
            }
        }
    }

    #[test]
    fn all_middle_fires_no_pattern() {
        let q = q();
        let a = for_profile(
            &rules(),
            &q,
            &profile(&vec![Some(55.0); q.dimensions.len()]),
        );
        assert!(a.patterns.is_empty(), "{:?}", fired(&a));
    }

    #[test]
    fn not_band_condition_by_hand() {
        // resistance: voice low AND purpose not high.
        let q = q();
        let r = rules();
        let voice = q.dimension_index("voice").unwrap();
        let purpose = q.dimension_index("purpose").unwrap();
        for (purpose_score, fires) in [(20.0, true), (55.0, true), (69.99, true), (70.0, false)] {
            let mut s = vec![Some(55.0); q.dimensions.len()];
            s[voice] = Some(20.0);
            s[purpose] = Some(purpose_score);
            let a = for_profile(&r, &q, &profile(&s));
            assert_eq!(
                fired(&a).contains(&"resistance"),
                fires,
                "purpose {purpose_score}"
            );
        }
    }

    #[test]
    fn unscored_dimensions_get_no_band_and_no_actions() {
        let q = q();
        let r = rules();
        let n = q.dimensions.len();
        let mut s = vec![Some(20.0); n];
        s[0] = None;
        s[3] = Some(f64::NAN);
        let a = for_profile(&r, &q, &profile(&s));
        for d in [0, 3] {
            assert_eq!(a.dimensions[d].band, None);
            assert_eq!(a.dimensions[d].why, None);
            assert!(a.dimensions[d].actions.is_empty());
            assert!(!a.focus.contains(&d));
        }
        assert_eq!(a.dimensions[1].band, Some(Band::Low));

        // Everything unscored, or a profile shorter than the questionnaire.
        let a = for_profile(&r, &q, &profile(&[]));
        assert_eq!(a.dimensions.len(), n);
        assert!(a.dimensions.iter().all(|d| d.band.is_none()));
        assert!(a.patterns.is_empty() && a.focus.is_empty());
    }

    #[test]
    fn focus_selection() {
        let q = q();
        let r = rules();
        let n = q.dimensions.len();
        assert_eq!(n, 8);
        let s = |v: [Option<f64>; 8]| for_profile(&r, &q, &profile(&v)).focus;
        let m = Some(60.0);
        // Lowest first.
        assert_eq!(
            s([Some(30.0), Some(20.0), m, m, Some(45.0), m, m, Some(10.0)]),
            vec![7, 1]
        );
        // Ties keep questionnaire order.
        assert_eq!(
            s([m, Some(20.0), m, Some(20.0), m, Some(20.0), m, m]),
            vec![1, 3]
        );
        // Only one below the midpoint; 50 itself is not below it.
        assert_eq!(s([m, Some(50.0), m, Some(49.99), m, m, m, m]), vec![3]);
        // None below the midpoint.
        assert_eq!(s([m; 8]), Vec::<usize>::new());
        // Unscored dimensions are never a focus.
        assert_eq!(
            s([None, None, Some(40.0), None, None, None, None, None]),
            vec![2]
        );
    }

    fn team(rwg: &[Option<f64>], gini: Option<f64>) -> Vec<TeamRuleId> {
        let q = q();
        let scores = vec![Some(60.0); q.dimensions.len()];
        let mut r = rwg.to_vec();
        r.resize(q.dimensions.len(), None);
        let signals = TeamSignals {
            rwg_j: r,
            own_gini: gini,
            own_cv: None,
        };
        for_team(&rules(), &q, &scores, &signals)
            .team
            .iter()
            .map(|h| h.id)
            .collect()
    }

    #[test]
    fn team_rules_at_threshold_boundaries() {
        use TeamRuleId::*;
        let all = |v: f64| vec![Some(v); 8];
        for (rwg, gini, want) in [
            (all(0.80), None, vec![StrongAgreement]),
            (all(0.70), None, vec![StrongAgreement]),
            (all(0.6999), None, vec![]),
            (all(0.50), None, vec![]),
            (all(0.4999), None, vec![LowAgreement]),
            (
                vec![Some(0.9), Some(0.9), Some(0.49)],
                None,
                vec![LowAgreement],
            ),
            (vec![Some(0.9), None, Some(0.6999)], None, vec![]),
            // Only one r_wg(J) available and it is strong: enough.
            (vec![None, Some(0.75)], None, vec![StrongAgreement]),
            // None available: neither.
            (vec![], None, vec![]),
            (vec![Some(f64::NAN)], None, vec![]),
            (vec![], Some(0.20), vec![ConcentratedLeadership]),
            (vec![], Some(0.1999), vec![]),
            (vec![], Some(0.10), vec![]),
            (vec![], Some(0.0999), vec![EvenLeadership]),
            (vec![], Some(0.0), vec![EvenLeadership]),
            (vec![], Some(f64::NAN), vec![]),
            (
                all(0.3),
                Some(0.5),
                vec![LowAgreement, ConcentratedLeadership],
            ),
        ] {
            assert_eq!(team(&rwg, gini), want, "rwg {rwg:?}, gini {gini:?}");
        }
    }

    #[test]
    fn low_agreement_lists_dimensions_and_ignores_unscored_ones() {
        let q = q();
        let r = rules();
        let n = q.dimensions.len();
        let mut scores = vec![Some(60.0); n];
        scores[2] = None; // unscored: its r_wg(J) is ignored
        let mut rwg = vec![Some(0.8); n];
        rwg[1] = Some(0.2);
        rwg[2] = Some(0.1);
        rwg[5] = Some(0.45);
        let t = for_team(
            &r,
            &q,
            &scores,
            &TeamSignals {
                rwg_j: rwg,
                own_gini: None,
                own_cv: Some(0.4),
            },
        );
        assert_eq!(t.team.len(), 1);
        assert_eq!(t.team[0].id, TeamRuleId::LowAgreement);
        assert_eq!(t.team[0].dimensions, vec![1, 5]);
        assert_eq!(t.advice.dimensions[2].band, None);
        let rule = r.team_rule(TeamRuleId::LowAgreement).unwrap();
        assert_eq!(t.team[0].title, rule.title);
        assert_eq!(t.team[0].actions, rule.actions);
    }

    #[test]
    fn team_advice_uses_team_means() {
        let q = q();
        let r = rules();
        let p = &r.patterns[0];
        let scores = matching_scores(&q, p);
        let t = for_team(&r, &q, &scores, &TeamSignals::default());
        assert_eq!(t.advice, for_profile(&r, &q, &profile(&scores)));
        assert!(t.advice.patterns.iter().any(|h| h.id == p.id));
        assert!(t.team.is_empty());
        // Short or empty inputs do not panic.
        let t = for_team(&r, &q, &[], &TeamSignals::default());
        assert!(t.advice.dimensions.iter().all(|d| d.band.is_none()));
    }

    #[test]
    fn no_pattern_repeats_an_action_of_the_dimension_advice_shown_with_it() {
        // When a pattern fires, the advice of its condition dimensions is shown too; the
        // same action twice on one screen looks careless.
        let q = q();
        let r = rules();
        for p in &r.patterns {
            let scores = matching_scores(&q, p);
            let a = for_profile(&r, &q, &profile(&scores));
            for action in &p.actions {
                for da in &a.dimensions {
                    assert!(
                        !da.actions.contains(action),
                        "pattern {} repeats an action of {}: {:?}",
                        p.id,
                        q.dimensions[da.dimension].id,
                        action.get("en")
                    );
                }
            }
        }
    }

    // --- validation of mutated rules ---

    fn default_value() -> Value {
        serde_json::from_str(DEFAULT_JSON).unwrap()
    }

    fn problems_of(v: &Value) -> Vec<Problem> {
        match Rules::from_json(&v.to_string()) {
            Ok(r) => r.validate(&q()),
            Err(p) => p,
        }
    }

    type Mutation = fn(&mut Value);

    #[test]
    fn mutated_rules_report_problems_by_path() {
        let cases: Vec<(&str, Mutation, &str, &str)> = vec![
            (
                "unknown dimension in a condition",
                |v| v["patterns"][0]["when"][0]["dimension"] = json!("autonomie"),
                "$.patterns[0].when[0].dimension",
                "unknown dimension \"autonomie\"",
            ),
            (
                "missing German text",
                |v| {
                    v["dimensions"]["autonomy"]["low"]["why"]
                        .as_object_mut()
                        .unwrap()
                        .remove("de");
                },
                "$.dimensions.autonomy.low.why",
                "missing translation for \"de\"",
            ),
            (
                "one action only",
                |v| {
                    v["dimensions"]["voice"]["middle"]["actions"]
                        .as_array_mut()
                        .unwrap()
                        .truncate(1);
                },
                "$.dimensions.voice.middle.actions",
                "1 action(s)",
            ),
            (
                "four actions",
                |v| {
                    let a = v["patterns"][1]["actions"].as_array_mut().unwrap();
                    let first = a[0].clone();
                    a.push(first.clone());
                    a.push(first);
                },
                "$.patterns[1].actions",
                "4 action(s)",
            ),
            (
                "empty action text",
                |v| v["team"][2]["actions"][1]["en"] = json!("  "),
                "$.team[2].actions[1].en",
                "empty text",
            ),
            (
                "advice for an unknown dimension",
                |v| {
                    let a = v["dimensions"]["voice"].clone();
                    v["dimensions"]["courage"] = a;
                },
                "$.dimensions.courage",
                "unknown dimension",
            ),
            (
                "missing dimension",
                |v| {
                    v["dimensions"].as_object_mut().unwrap().remove("purpose");
                },
                "$.dimensions",
                "no advice for dimension \"purpose\"",
            ),
            (
                "missing band",
                |v| {
                    v["dimensions"]["collaboration"]
                        .as_object_mut()
                        .unwrap()
                        .remove("middle");
                },
                "$.dimensions.collaboration",
                "no advice for the middle band",
            ),
            (
                "both band and not_band",
                |v| v["patterns"][0]["when"][0]["not_band"] = json!("low"),
                "$.patterns[0].when[0]",
                "exactly one",
            ),
            (
                "neither band nor not_band",
                |v| {
                    v["patterns"][2]["when"][1]
                        .as_object_mut()
                        .unwrap()
                        .remove("band");
                },
                "$.patterns[2].when[1]",
                "exactly one",
            ),
            (
                "unknown band name",
                |v| v["patterns"][0]["when"][1]["band"] = json!("medium"),
                "$.patterns[0].when[1].band",
                "unknown band \"medium\"",
            ),
            (
                "duplicate condition set (order differs)",
                |v| {
                    let mut p = v["patterns"][0].clone();
                    p["id"] = json!("copy");
                    p["when"].as_array_mut().unwrap().reverse();
                    v["patterns"].as_array_mut().unwrap().push(p);
                },
                "$.patterns[8].when",
                "same conditions as $.patterns[0]",
            ),
            (
                "contradictory conditions",
                |v| {
                    v["patterns"][0]["when"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"dimension": "autonomy", "not_band": "high"}));
                },
                "$.patterns[0].when",
                "can never fire",
            ),
            (
                "no conditions",
                |v| v["patterns"][3]["when"] = json!([]),
                "$.patterns[3].when",
                "at least one condition",
            ),
            (
                "duplicate pattern id",
                |v| v["patterns"][4]["id"] = v["patterns"][0]["id"].clone(),
                "$.patterns[4].id",
                "duplicate pattern id",
            ),
            (
                "unknown team rule",
                |v| v["team"][1]["id"] = json!("concentrated"),
                "$.team[1].id",
                "unknown team rule \"concentrated\"",
            ),
            (
                "missing team rule",
                |v| {
                    v["team"].as_array_mut().unwrap().remove(3);
                },
                "$.team",
                "missing team rule \"strong_agreement\"",
            ),
            (
                "duplicate team rule",
                |v| v["team"][3]["id"] = json!("low_agreement"),
                "$.team[3].id",
                "duplicate team rule",
            ),
            (
                "bands in the wrong order",
                |v| v["bands"]["high_from"] = json!(30),
                "$.bands",
                "must be below",
            ),
            (
                "band out of range",
                |v| v["bands"]["high_from"] = json!(170),
                "$.bands.high_from",
                "between 0 and 100",
            ),
            (
                "unknown field",
                |v| v["patterns"][0]["priority"] = json!(1),
                "$",
                "unknown field `priority`",
            ),
            (
                "wrong type",
                |v| v["patterns"][0]["actions"] = json!("do something"),
                "$",
                "line 1",
            ),
        ];
        for (name, mutate, path, reason) in cases {
            let mut v = default_value();
            mutate(&mut v);
            let problems = problems_of(&v);
            assert!(
                problems
                    .iter()
                    .any(|p| p.path == path && p.reason.contains(reason)),
                "{name}: expected {path}: …{reason}…, got {problems:#?}"
            );
        }
    }

    #[test]
    fn validation_reports_every_problem() {
        let mut v = default_value();
        v["patterns"][0]["when"][0]["dimension"] = json!("nope");
        v["dimensions"]["autonomy"]["low"]["why"]
            .as_object_mut()
            .unwrap()
            .remove("de");
        v["team"][0]["actions"].as_array_mut().unwrap().truncate(1);
        let paths: Vec<String> = problems_of(&v).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            vec![
                "$.dimensions.autonomy.low.why",
                "$.patterns[0].when[0].dimension",
                "$.team[0].actions",
            ]
        );
    }

    #[test]
    fn odd_dimension_keys_are_quoted_in_paths() {
        let mut v = default_value();
        v["dimensions"]["two words"] = v["dimensions"]["voice"].clone();
        let problems = problems_of(&v);
        assert!(
            problems
                .iter()
                .any(|p| p.path == "$.dimensions[\"two words\"]"),
            "{problems:#?}"
        );
    }

    #[test]
    fn from_json_never_panics_on_junk_and_rejects_oversize_input() {
        for junk in ["", "{", "null", "[]", "{\"bands\": 1}", "\u{0}"] {
            let e = Rules::from_json(junk).unwrap_err();
            assert_eq!(e.len(), 1);
            assert_eq!(e[0].path, "$");
        }
        let big = " ".repeat(MAX_JSON_BYTES + 1);
        let e = Rules::from_json(&big).unwrap_err();
        assert!(e[0].reason.contains("limit"), "{e:?}");
    }

    #[test]
    fn rules_for_another_questionnaire_give_less_advice_without_panicking() {
        let mut q = q();
        q.dimensions[0].id = "renamed".into();
        let r = rules();
        assert!(!r.validate(&q).is_empty());
        let a = for_profile(&r, &q, &profile(&[Some(85.0); 8]));
        assert_eq!(a.dimensions[0].band, Some(Band::High));
        assert_eq!(a.dimensions[0].why, None);
        assert!(a.dimensions[0].actions.is_empty());
    }

    #[test]
    fn serde_round_trip() {
        let r = rules();
        let back = Rules::from_json(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(r, back);
    }
}
