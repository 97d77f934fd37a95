//! The suggestion engine: advice for one profile or a team from the rules.

use crate::domain::levels::{self, Agreement};
use crate::domain::small::sort_small_by;

use super::{
    Band, Condition, Figure, Rules, TeamRuleId, CONCENTRATED_GINI_FROM, EVEN_GINI_BELOW,
    FOCUS_BELOW, MAX_FOCUS,
};
use crate::domain::next_step::Actor;
use crate::domain::questionnaire::{Questionnaire, Text};
use crate::domain::scoring::Profile;

/// Advice for one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionAdvice {
    /// Index of the dimension in the questionnaire.
    pub dimension: usize,
    /// The score's band; `None` when the dimension is not scored.
    pub band: Option<Band>,
    /// What the band means; `None` when unscored (or the rules lack this advice).
    pub why: Option<Text>,
    /// What to do; empty when unscored.
    pub actions: Vec<Text>,
    /// Who can do each action, parallel to `actions` (empty when the rules say nothing).
    pub who: Vec<Actor>,
}

/// A pattern that fired.
#[derive(Debug, Clone, PartialEq)]
pub struct PatternHit {
    /// The pattern's id.
    pub id: String,
    /// Whether a condition is on a headline figure (conditions or spread): such
    /// patterns compare the two figures and are shown with them.
    pub headline: bool,
    /// Short title.
    pub title: Text,
    /// What it means.
    pub text: Text,
    /// What to do.
    pub actions: Vec<Text>,
    /// Who can do each action, parallel to `actions`.
    pub who: Vec<Actor>,
}

/// Advice for one set of scores (a person or a team's means).
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct TeamHit {
    /// Which team rule fired.
    pub id: TeamRuleId,
    /// Dimensions the hit is about (for `low_agreement`: those with r_wg(J) below
    /// [`LOW_AGREEMENT_BELOW`](super::LOW_AGREEMENT_BELOW), in questionnaire order); empty for the others.
    pub dimensions: Vec<usize>,
    /// Short title.
    pub title: Text,
    /// What it means.
    pub text: Text,
    /// What to do.
    pub actions: Vec<Text>,
}

/// Team statistics that drive the team rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamSignals {
    /// r_wg(J) per dimension, in questionnaire order; `None` where not computable.
    pub rwg_j: Vec<Option<f64>>,
    /// AD per dimension (mean item AD in scale points), in questionnaire order.
    pub ad: Vec<Option<f64>>,
    /// Answer options of the items (AD's limit is c/6).
    pub points: u8,
    /// Gini coefficient of the members' own-leadership scores.
    pub own_gini: Option<f64>,
    /// Coefficient of variation of the same scores. Shown with the results; no rule
    /// uses it (the Gini drives the leadership-spread rules).
    pub own_cv: Option<f64>,
    /// Team mean of the members' conditions for shared leadership (0–100).
    pub conditions: Option<f64>,
    /// Team mean of the members' leadership spread (0–100).
    pub spread: Option<f64>,
}

/// The headline figures patterns may refer to.
#[derive(Debug, Clone, Copy, Default)]
struct Figures {
    conditions: Option<f64>,
    spread: Option<f64>,
}

/// Advice for a team.
#[derive(Debug, Clone, PartialEq)]
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
/// actions; patterns fire only when every condition's dimension (or headline figure:
/// the profile's conditions and spread) is scored and matches.
pub fn for_profile(rules: &Rules, q: &Questionnaire, p: &Profile) -> Advice {
    let scores: Vec<Option<f64>> = (0..q.dimensions.len())
        .map(|d| p.dimensions.get(d).and_then(|s| s.score))
        .collect();
    let figures = Figures {
        conditions: p.conditions,
        spread: p.spread,
    };
    advise(rules, q, &scores, figures)
}

/// Advice for a team: per-dimension advice, patterns and focus on the team's mean
/// scores (`team_scores`, one per dimension in questionnaire order, 0–100), plus the
/// team rules driven by `signals`:
/// - `low_agreement` when some dimension with a team score has weak agreement or
///   answers spread widely ([`levels::agreement`]: r_wg(J) below
///   [`LOW_AGREEMENT_BELOW`](super::LOW_AGREEMENT_BELOW), or AD above c/6) (the hit lists those dimensions);
/// - `strong_agreement` when every dimension with a team score and an r_wg(J) has
///   strong agreement (r_wg(J) >= [`STRONG_AGREEMENT_FROM`](super::STRONG_AGREEMENT_FROM) *and* AD <= c/6, the same
///   rule as the labels in the team results), and there is at least one such dimension;
/// - `concentrated_leadership` when the own-leadership Gini is >= [`CONCENTRATED_GINI_FROM`];
/// - `even_leadership` when it is below [`EVEN_GINI_BELOW`].
///
/// Patterns on headline figures use the team means in `signals.conditions` and
/// `signals.spread`. Missing or non-finite statistics trigger nothing.
pub fn for_team(
    rules: &Rules,
    q: &Questionnaire,
    team_scores: &[Option<f64>],
    signals: &TeamSignals,
) -> TeamAdvice {
    let scores: Vec<Option<f64>> = (0..q.dimensions.len())
        .map(|d| team_scores.get(d).copied().flatten())
        .collect();
    let figures = Figures {
        conditions: signals.conditions,
        spread: signals.spread,
    };
    let advice = advise(rules, q, &scores, figures);

    // Agreement over dimensions that have a team score and a finite r_wg(J).
    let agreement: Vec<(usize, Agreement)> = (0..q.dimensions.len())
        .filter(|&d| finite(scores[d]).is_some())
        .map(|d| {
            let rwg = finite(signals.rwg_j.get(d).copied().flatten());
            let ad = signals.ad.get(d).copied().flatten();
            (d, levels::agreement(rwg, ad, signals.points))
        })
        .filter(|(_, a)| *a != Agreement::NotComputable)
        .collect();
    let low: Vec<usize> = agreement
        .iter()
        .filter(|(_, a)| matches!(a, Agreement::Weak | Agreement::WideSpread))
        .map(|(d, _)| *d)
        .collect();
    let strong = !agreement.is_empty() && agreement.iter().all(|(_, a)| *a == Agreement::Strong);
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
fn advise(rules: &Rules, q: &Questionnaire, scores: &[Option<f64>], figures: Figures) -> Advice {
    let scores: Vec<Option<f64>> = scores.iter().map(|s| finite(*s)).collect();
    let bands: Vec<Option<Band>> = scores.iter().map(|s| s.map(|v| rules.band(v))).collect();
    let band_of = |c: &Condition| -> Option<Band> {
        if c.figure.is_some() {
            let v = match c.on_figure()? {
                Figure::Conditions => figures.conditions,
                Figure::Spread => figures.spread,
            };
            finite(v).map(|v| rules.band(v))
        } else {
            q.dimension_index(&c.dimension)
                .and_then(|d| bands.get(d).copied().flatten())
        }
    };

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
                who: advice.map(|a| a.who.clone()).unwrap_or_default(),
            }
        })
        .collect();

    let patterns = rules
        .patterns
        .iter()
        .filter(|p| {
            !p.when.is_empty()
                && p.when
                    .iter()
                    .all(|c| band_of(c).is_some_and(|b| c.accepts(b)))
        })
        .map(|p| PatternHit {
            id: p.id.clone(),
            headline: p.when.iter().any(|c| c.figure.is_some()),
            title: p.title.clone(),
            text: p.text.clone(),
            actions: p.actions.clone(),
            who: p.who.clone(),
        })
        .collect();

    let mut below: Vec<(usize, f64)> = scores
        .iter()
        .enumerate()
        .filter_map(|(d, s)| s.filter(|v| *v < FOCUS_BELOW).map(|v| (d, v)))
        .collect();
    // Stable sort: equal scores keep questionnaire order.
    sort_small_by(&mut below, |a, b| a.1.total_cmp(&b.1).is_lt());
    let focus = below.into_iter().take(MAX_FOCUS).map(|(d, _)| d).collect();

    Advice {
        dimensions,
        patterns,
        focus,
    }
}
