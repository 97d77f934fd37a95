//! Scoring one person: reverse keying, dimension scores with an honest uncertainty,
//! the overall index, the who-leads profile, own leadership and response-quality flags.
//!
//! Rules (see ARCHITECTURE.md and the instrument brief):
//! - Reverse keying: `x' = (1 + points) − x`.
//! - "Can't say" and unanswered are missing, never a middle value.
//! - A dimension is scored only when at least 75% of its items are answered.
//! - 0–100 scale: `100 · (mean − 1) / (points − 1)`; the raw mean is kept.
//! - Uncertainty for one person: with only 4 items a confidence interval would be
//!   meaningless, so we report the *item range*: the lowest and highest of the
//!   person's (keyed) item answers in that dimension, on the 0–100 scale. A wide range
//!   means the items disagree and the score summarises mixed experiences.

use super::questionnaire::{QuestionKind, Questionnaire};
use super::response::{Answer, Answers};

/// Share of a dimension's items that must be answered for a score.
pub const MIN_ANSWERED_SHARE: f64 = 0.75;
/// Share of dimensions that must be scored for the overall index.
pub const MIN_SCORED_DIMENSIONS_SHARE: f64 = 0.75;
/// "Can't say" share above which the many-can't-say flag fires.
pub const MAX_CANT_SAY_SHARE: f64 = 0.25;
/// Minimum number of answered items before straight-lining is judged.
pub const STRAIGHT_LINE_MIN_ITEMS: usize = 10;
/// Keyed distance (scale points) between a reverse-keyed item and the mean of its
/// siblings from which the answers are called contradictory.
pub const CONTRADICTION_GAP: f64 = 2.0;

/// Reverse-keys a value on a scale of `points`: an involution on 1..=points.
pub fn reverse(value: u8, points: u8) -> u8 {
    (1 + points).saturating_sub(value)
}

/// Converts a raw mean on 1..=points to 0–100.
pub fn to_percent(mean: f64, points: u8) -> f64 {
    if points < 2 {
        return 0.0;
    }
    (100.0 * (mean - 1.0) / f64::from(points - 1)).clamp(0.0, 100.0)
}

/// One dimension's score.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// Items answered with a scale point.
    pub answered: usize,
    /// Items in the dimension.
    pub items: usize,
    /// Mean of keyed answers on the raw scale, when scored.
    pub raw_mean: Option<f64>,
    /// The same on 0–100, when scored.
    pub score: Option<f64>,
    /// Lowest and highest keyed item answer on 0–100, when scored.
    pub range: Option<(f64, f64)>,
}

/// Response-quality flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QualityFlags {
    /// The same scale point chosen for every answered item (before keying).
    pub straight_lining: bool,
    /// Dimensions where a reverse-keyed item contradicts its siblings.
    pub contradictions: usize,
    /// More than a quarter of items answered "can't say".
    pub many_cant_say: bool,
}

impl QualityFlags {
    /// Whether any flag fired.
    pub fn any(&self) -> bool {
        self.straight_lining || self.contradictions > 0 || self.many_cant_say
    }
}

/// One person's profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// One entry per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// Mean of the dimension scores (0–100), when enough dimensions are scored.
    pub index: Option<f64>,
    /// Per who-leads function, 0 (one designated leader) to 100 (everyone), or None.
    pub who_leads: Vec<Option<f64>>,
    /// Mean of the who-leads positions on 0–100.
    pub who_leads_mean: Option<f64>,
    /// Own leadership on 0–100 (needs 75% of its items).
    pub own: Option<f64>,
    /// Raw own-leadership mean on the frequency scale.
    pub own_raw: Option<f64>,
    pub flags: QualityFlags,
}

fn keyed(q: &Questionnaire, answers: &Answers, pos: usize) -> Option<f64> {
    let v = answers.value(pos)?;
    let points = q.scale_at(pos)?.points;
    if v < 1 || v > points {
        return None;
    }
    match q.kind(pos)? {
        QuestionKind::Item { reverse: true, .. } => Some(f64::from(reverse(v, points))),
        _ => Some(f64::from(v)),
    }
}

fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

fn enough(answered: usize, total: usize, share: f64) -> bool {
    total > 0 && answered as f64 >= share * total as f64 - 1e-9
}

/// Scores one person's answers. Answers that do not fit the questionnaire (out-of-range
/// values, wrong length) are treated as missing; nothing panics.
pub fn score(q: &Questionnaire, answers: &Answers) -> Profile {
    let item_points = q.scale(&q.item_scale).map(|s| s.points).unwrap_or(5);
    let mut dimensions = Vec::with_capacity(q.dimensions.len());
    let mut contradictions = 0;
    for d in 0..q.dimensions.len() {
        let positions = q.dimension_items(d);
        let values: Vec<f64> = positions
            .iter()
            .filter_map(|&p| keyed(q, answers, p))
            .collect();
        let answered = values.len();
        let scored = enough(answered, positions.len(), MIN_ANSWERED_SHARE);
        let raw_mean = if scored { mean(&values) } else { None };
        let range = if scored {
            let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            Some((to_percent(lo, item_points), to_percent(hi, item_points)))
        } else {
            None
        };
        // Contradiction: the reverse-keyed item, once keyed, sits far from its siblings.
        let rev = positions
            .iter()
            .find(|&&p| matches!(q.kind(p), Some(QuestionKind::Item { reverse: true, .. })));
        if let Some(&rp) = rev {
            if let Some(rv) = keyed(q, answers, rp) {
                let siblings: Vec<f64> = positions
                    .iter()
                    .filter(|&&p| p != rp)
                    .filter_map(|&p| keyed(q, answers, p))
                    .collect();
                if siblings.len() >= 2 {
                    if let Some(m) = mean(&siblings) {
                        if (m - rv).abs() >= CONTRADICTION_GAP {
                            contradictions += 1;
                        }
                    }
                }
            }
        }
        dimensions.push(DimensionScore {
            answered,
            items: positions.len(),
            raw_mean,
            score: raw_mean.map(|m| to_percent(m, item_points)),
            range,
        });
    }
    let scored: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
    let index = if enough(scored.len(), dimensions.len(), MIN_SCORED_DIMENSIONS_SHARE) {
        mean(&scored)
    } else {
        None
    };

    let n_items = q.items.len();
    let who_points = q.scale(&q.who_leads.scale).map(|s| s.points).unwrap_or(5);
    let who_leads: Vec<Option<f64>> = (0..q.who_leads.functions.len())
        .map(|i| keyed(q, answers, n_items + i).map(|v| to_percent(v, who_points)))
        .collect();
    let who_vals: Vec<f64> = who_leads.iter().flatten().copied().collect();
    let who_leads_mean = if enough(who_vals.len(), who_leads.len(), MIN_ANSWERED_SHARE) {
        mean(&who_vals)
    } else {
        None
    };

    let own_start = n_items + q.who_leads.functions.len();
    let own_points = q
        .scale(&q.own_leadership.scale)
        .map(|s| s.points)
        .unwrap_or(5);
    let own_vals: Vec<f64> = (0..q.own_leadership.items.len())
        .filter_map(|i| keyed(q, answers, own_start + i))
        .collect();
    let own_raw = if enough(
        own_vals.len(),
        q.own_leadership.items.len(),
        MIN_ANSWERED_SHARE,
    ) {
        mean(&own_vals)
    } else {
        None
    };

    // Quality flags over dimension items.
    let raw_item_values: Vec<u8> = (0..n_items).filter_map(|p| answers.value(p)).collect();
    let straight_lining = raw_item_values.len() >= STRAIGHT_LINE_MIN_ITEMS
        && raw_item_values.windows(2).all(|w| w[0] == w[1]);
    let cant_say = (0..n_items)
        .filter(|&p| answers.get(p) == Some(Answer::CantSay))
        .count();
    let many_cant_say = n_items > 0 && cant_say as f64 > MAX_CANT_SAY_SHARE * n_items as f64;

    Profile {
        dimensions,
        index,
        who_leads,
        who_leads_mean,
        own: own_raw.map(|m| to_percent(m, own_points)),
        own_raw,
        flags: QualityFlags {
            straight_lining,
            contradictions,
            many_cant_say,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    /// Answers every question with `v`.
    fn all(q: &Questionnaire, v: u8) -> Answers {
        Answers(vec![Some(Answer::Value(v)); q.question_count()])
    }

    #[test]
    fn reverse_table() {
        for (v, points, want) in [
            (1, 5, 5),
            (2, 5, 4),
            (3, 5, 3),
            (5, 5, 1),
            (1, 7, 7),
            (4, 7, 4),
        ] {
            assert_eq!(reverse(v, points), want, "reverse({v}, {points})");
        }
    }

    #[test]
    fn percent_table() {
        for (m, points, want) in [
            (1.0, 5, 0.0),
            (5.0, 5, 100.0),
            (3.0, 5, 50.0),
            (2.5, 5, 37.5),
            (4.0, 7, 50.0),
        ] {
            assert!(
                (to_percent(m, points) - want).abs() < 1e-12,
                "{m} on {points}"
            );
        }
    }

    #[test]
    fn a_dimension_with_one_reverse_item_is_keyed_by_hand() {
        let q = q();
        // Pick a dimension with a reverse item and answer: normal items 4, reverse item 2
        // → keyed reverse = 4, mean 4 → 75.
        let d = (0..q.dimensions.len())
            .find(|&d| q.dimension_items(d).iter().any(|&p| q.items[p].reverse))
            .expect("the default questionnaire has reverse-keyed items");
        let mut a = Answers::empty(&q);
        for p in q.dimension_items(d) {
            a.set(
                p,
                Some(Answer::Value(if q.items[p].reverse { 2 } else { 4 })),
            );
        }
        let prof = score(&q, &a);
        let ds = &prof.dimensions[d];
        assert_eq!(ds.raw_mean, Some(4.0));
        assert_eq!(ds.score, Some(75.0));
        assert_eq!(ds.range, Some((75.0, 75.0)));
        assert_eq!(prof.flags.contradictions, 0);
    }

    #[test]
    fn seventy_five_percent_rule() {
        let q = q();
        let items = q.dimension_items(0);
        assert_eq!(items.len(), 4);
        let mut a = Answers::empty(&q);
        // 2 of 4 answered: not scored.
        for &p in &items[..2] {
            a.set(p, Some(Answer::Value(5)));
        }
        assert_eq!(score(&q, &a).dimensions[0].score, None);
        // 3 of 4 answered, the 4th "can't say": scored.
        a.set(items[2], Some(Answer::Value(5)));
        a.set(items[3], Some(Answer::CantSay));
        let s = score(&q, &a).dimensions[0].clone();
        assert_eq!(s.answered, 3);
        assert!(s.score.is_some());
    }

    #[test]
    fn cant_say_is_missing_not_middle() {
        let q = q();
        let items = q.dimension_items(0);
        let mut a = Answers::empty(&q);
        for &p in &items {
            let v = if q.items[p].reverse { 1 } else { 5 };
            a.set(p, Some(Answer::Value(v)));
        }
        a.set(items[0], Some(Answer::CantSay));
        // Remaining three keyed answers are all 5 → 100, not pulled towards 3.
        assert_eq!(score(&q, &a).dimensions[0].score, Some(100.0));
    }

    #[test]
    fn straight_lining_and_contradictions() {
        let q = q();
        let prof = score(&q, &all(&q, 4));
        assert!(prof.flags.straight_lining);
        let n_reverse = q.items.iter().filter(|i| i.reverse).count();
        // Agreeing 4 with everything: keyed reverse items are 2, siblings 4 → gap 2.
        assert_eq!(prof.flags.contradictions, n_reverse);
        let mut varied = all(&q, 4);
        varied.set(0, Some(Answer::Value(3)));
        assert!(!score(&q, &varied).flags.straight_lining);
    }

    #[test]
    fn many_cant_say() {
        let q = q();
        let mut a = all(&q, 3);
        let quarter = q.items.len() / 4;
        for p in 0..quarter {
            a.set(p, Some(Answer::CantSay));
        }
        assert!(
            !score(&q, &a).flags.many_cant_say,
            "exactly 25% is not more than 25%"
        );
        a.set(quarter, Some(Answer::CantSay));
        assert!(score(&q, &a).flags.many_cant_say);
    }

    #[test]
    fn all_cant_say_scores_nothing_and_does_not_panic() {
        let q = q();
        let a = Answers(vec![Some(Answer::CantSay); q.question_count()]);
        let p = score(&q, &a);
        assert!(p.dimensions.iter().all(|d| d.score.is_none()));
        assert_eq!(p.index, None);
        assert_eq!(p.own, None);
        assert_eq!(p.who_leads_mean, None);
    }

    #[test]
    fn out_of_range_and_short_answers_are_missing() {
        let q = q();
        let a = Answers(vec![Some(Answer::Value(9)); 3]);
        let p = score(&q, &a);
        assert!(p.dimensions.iter().all(|d| d.answered == 0));
    }

    #[test]
    fn who_leads_and_own() {
        let q = q();
        let a = all(&q, 5);
        let p = score(&q, &a);
        assert!(p.who_leads.iter().all(|w| *w == Some(100.0)));
        assert_eq!(p.own, Some(100.0));
        assert_eq!(p.own_raw, Some(5.0));
    }
}
