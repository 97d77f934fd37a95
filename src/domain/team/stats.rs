//! Team statistics: scores every response and aggregates them per figure, suppressing
//! each figure that fewer than the minimum group can be scored on.

use super::{MinGroup, TeamError, ALPHA_MIN_N};
use crate::domain::questionnaire::{QuestionKind, Questionnaire};
use crate::domain::response::Answers;
use crate::domain::scoring::{
    reverse, to_percent, MIN_ANSWERED_SHARE, MIN_SCORED_DIMENSIONS_SHARE,
};
use crate::domain::stats;

/// Mean, SD and 95 % confidence interval of one figure across respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptive {
    /// Respondents with a value (at least the minimum group).
    pub n: usize,
    pub mean: f64,
    /// Sample SD (denominator n − 1).
    pub sd: f64,
    /// x̄ ± t(0.975, n − 1)·s/√n ([`stats::mean_ci95`]).
    pub ci95: (f64, f64),
}

/// Cronbach's α with the number of complete cases it was computed on.
#[derive(Debug, Clone, PartialEq)]
pub struct Alpha {
    /// α (at most 1; may be negative when the items contradict each other).
    pub value: f64,
    /// Respondents who answered every item of the dimension.
    pub n: usize,
}

/// Team figures for one dimension, over the `n` respondents who have a score for it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionStats {
    /// Respondents with a score (at least the minimum group).
    pub n: usize,
    /// Mean of the 0–100 dimension scores.
    pub mean: f64,
    /// Sample SD of the 0–100 scores.
    pub sd: f64,
    /// 95 % confidence interval of the mean (0–100).
    pub ci95: (f64, f64),
    /// r_wg(J) (James, Demaree & Wolf 1984) on the keyed item answers; `None` when an
    /// item has fewer than 2 answers among the `n` respondents.
    pub rwg_j: Option<f64>,
    /// Lindell's r*_wg(J) = 1 − s̄²/σ²_EU (may be negative); `None` as for `rwg_j`.
    pub lindell_rwg_j: Option<f64>,
    /// Average deviation AD_M(J) on the keyed item answers (scale points); `None` when
    /// an item has no answer among the `n` respondents.
    pub ad: Option<f64>,
    /// Cronbach's α over complete cases, only when there are at least
    /// max(minimum group, [`ALPHA_MIN_N`]) of them and α is defined.
    pub alpha: Option<Alpha>,
}

/// Team figures for "my own leadership".
///
/// All figures use each respondent's **raw** own-leadership mean on the frequency
/// scale (1 = never … points), not the 0–100 score: the Gini coefficient needs
/// non-negative values with a positive mean, and ratio figures (Gini, CV) need a
/// scale whose zero is not an ordinary answer. On 0–100 "never" is 0, so a team that
/// mostly answers "never" would get an undefined CV and an inflated Gini. On the raw
/// scale every value is ≥ 1, so both are always defined. Note that this keeps the
/// Gini well below 1: on a 1–5 scale even the most unequal team (some answering
/// "never" throughout, the others "very often") reaches only about 0.38 in a large
/// team, 0.46 with 5 people and 0.57 with 3 (through the small-sample correction).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnStats {
    /// Respondents with an own-leadership score (at least the minimum group).
    pub n: usize,
    /// Mean of the raw own-leadership means (1–points).
    pub mean: f64,
    /// Sample SD of the raw means.
    pub sd: f64,
    /// Gini coefficient of the raw means, small-sample corrected ([`stats::gini`]):
    /// 0 when everyone leads equally often.
    pub gini: f64,
    /// Coefficient of variation s/x̄ of the raw means.
    pub cv: f64,
}

/// How the team placed one who-leads function.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoLeadsStats {
    /// Respondents who placed the team on the continuum (at least the minimum group).
    pub n: usize,
    /// `counts[s - 1]` respondents chose step `s` (1 = one designated leader,
    /// points = everyone, as needed).
    pub counts: Vec<usize>,
    /// Respondents who answered "can't say" or did not answer.
    pub missing: usize,
    /// Mean position on 0 (one designated leader) to 100 (everyone).
    pub mean: f64,
}

/// Team statistics: aggregate figures only, never individual answers or profiles.
///
/// Can only be obtained from [`team_stats`], so it always describes at least
/// `min_group()` respondents (its fields are private for that reason).
#[derive(Debug, Clone, PartialEq)]
pub struct TeamStats {
    fingerprint: u32,
    n: usize,
    min: MinGroup,
    dimensions: Vec<Option<DimensionStats>>,
    index: Option<Descriptive>,
    own: Option<OwnStats>,
    who_leads: Vec<Option<WhoLeadsStats>>,
}

impl TeamStats {
    /// Fingerprint of the questionnaire the figures were computed for.
    pub fn fingerprint(&self) -> u32 {
        self.fingerprint
    }

    /// Number of responses (at least `min_group()`).
    pub fn n(&self) -> usize {
        self.n
    }

    /// The minimum group size applied.
    pub fn min_group(&self) -> MinGroup {
        self.min
    }

    /// One entry per dimension in questionnaire order; `None` where fewer than the
    /// minimum group have a score.
    pub fn dimensions(&self) -> &[Option<DimensionStats>] {
        &self.dimensions
    }

    /// The overall index (mean of a person's dimension scores, 0–100) across people;
    /// `None` where fewer than the minimum group have an index.
    pub fn index(&self) -> Option<&Descriptive> {
        self.index.as_ref()
    }

    /// Own leadership (raw scale, see [`OwnStats`]); `None` where fewer than the
    /// minimum group have an own-leadership score.
    pub fn own(&self) -> Option<&OwnStats> {
        self.own.as_ref()
    }

    /// One entry per who-leads function; `None` where fewer than the minimum group
    /// placed the team.
    pub fn who_leads(&self) -> &[Option<WhoLeadsStats>] {
        &self.who_leads
    }
}

// ---------------------------------------------------------------- scoring layout

/// The questionnaire's structure, looked up once so that scoring many responses
/// needs no string comparisons and no allocation per response. Mirrors
/// [`score`](super::scoring::score) exactly (checked by a test).
struct Layout {
    /// Per canonical position: the scale's points and whether the answer is reversed,
    /// or `None` where the position has no usable scale/kind (answers are missing).
    keys: Vec<Option<(u8, bool)>>,
    /// Canonical positions of each dimension's items.
    dims: Vec<Vec<usize>>,
    item_points: u8,
    who_start: usize,
    n_who: usize,
    who_points: u8,
    own_start: usize,
    n_own: usize,
}

impl Layout {
    fn new(q: &Questionnaire) -> Layout {
        let keys = (0..q.question_count())
            .map(|pos| {
                let points = q.scale_at(pos)?.points;
                let reversed = matches!(q.kind(pos)?, QuestionKind::Item { reverse: true, .. });
                Some((points, reversed))
            })
            .collect();
        let points = |id: &str| q.scale(id).map(|s| s.points).unwrap_or(5);
        Layout {
            keys,
            dims: (0..q.dimensions.len())
                .map(|d| q.dimension_items(d))
                .collect(),
            item_points: points(&q.item_scale),
            who_start: q.items.len(),
            n_who: q.who_leads.functions.len(),
            who_points: points(&q.who_leads.scale),
            own_start: q.items.len() + q.who_leads.functions.len(),
            n_own: q.own_leadership.items.len(),
        }
    }

    /// The keyed answer at a position, as `scoring` computes it.
    fn keyed(&self, answers: &Answers, pos: usize) -> Option<f64> {
        let v = answers.value(pos)?;
        let (points, reversed) = (*self.keys.get(pos)?)?;
        if v < 1 || v > points {
            return None;
        }
        Some(f64::from(if reversed { reverse(v, points) } else { v }))
    }
}

/// The same rule as `scoring`: at least `share` of `total` answered.
fn enough(answered: usize, total: usize, share: f64) -> bool {
    total > 0 && answered as f64 >= share * total as f64 - 1e-9
}

/// Scores one response into `out`, reusing its buffers. Identical to the
/// corresponding fields of [`score`](super::scoring::score).
fn score_into(layout: &Layout, answers: &Answers, out: &mut PersonScores) {
    out.dims.resize(layout.dims.len(), None);
    out.items.resize(layout.dims.len(), Vec::new());
    let (mut sum, mut count) = (0.0, 0usize);
    for (d, positions) in layout.dims.iter().enumerate() {
        let vals = &mut out.items[d];
        vals.clear();
        vals.extend(positions.iter().map(|&p| layout.keyed(answers, p)));
        let answered = vals.iter().flatten().count();
        let score = if enough(answered, positions.len(), MIN_ANSWERED_SHARE) && answered > 0 {
            let raw = vals.iter().flatten().sum::<f64>() / answered as f64;
            Some(to_percent(raw, layout.item_points))
        } else {
            None
        };
        if let Some(s) = score {
            sum += s;
            count += 1;
        }
        out.dims[d] = score;
    }
    out.index = (enough(count, layout.dims.len(), MIN_SCORED_DIMENSIONS_SHARE) && count > 0)
        .then(|| sum / count as f64);
    out.who.clear();
    out.who.extend((0..layout.n_who).map(|i| {
        layout
            .keyed(answers, layout.who_start + i)
            .and_then(|v| (v <= f64::from(layout.who_points)).then_some(v as u8))
    }));
    let (mut own_sum, mut own_count) = (0.0, 0usize);
    for i in 0..layout.n_own {
        if let Some(v) = layout.keyed(answers, layout.own_start + i) {
            own_sum += v;
            own_count += 1;
        }
    }
    out.own_raw = (enough(own_count, layout.n_own, MIN_ANSWERED_SHARE) && own_count > 0)
        .then(|| own_sum / own_count as f64);
}

/// One person's scores (internal, never returned).
#[derive(Debug, Default)]
struct PersonScores {
    /// Dimension scores on 0–100.
    dims: Vec<Option<f64>>,
    /// Keyed item answers per dimension, in item order.
    items: Vec<Vec<Option<f64>>>,
    index: Option<f64>,
    /// Who-leads step chosen per function (1..=points).
    who: Vec<Option<u8>>,
    own_raw: Option<f64>,
}

// ------------------------------------------------------------------- team stats

/// Per-dimension accumulators.
struct DimAcc {
    scores: Vec<f64>,
    /// Keyed answers per item, of respondents with a score for the dimension.
    items: Vec<Vec<f64>>,
    /// Complete cases, row after row (`items.len()` values each).
    complete: Vec<f64>,
}

/// Team statistics for a set of responses to `q`.
///
/// Each response is scored as [`score`](super::scoring::score) does; responses that
/// do not fit the questionnaire have their unusable answers treated as missing.
/// Every response counts as a respondent, even one with nothing scorable (such a
/// response cannot lower any per-figure count below its true value, because each
/// figure has its own `n`). Identical responses are not merged: two people may
/// answer alike. The order of `responses` does not matter.
///
/// `Err(TeamError::TooFew)` when there are fewer responses than `min`; each figure
/// with fewer than `min` contributing respondents is `None`. Never panics.
pub fn team_stats(
    q: &Questionnaire,
    responses: &[Answers],
    min: MinGroup,
) -> Result<TeamStats, TeamError> {
    let n = responses.len();
    if n < min.get() {
        return Err(TeamError::TooFew {
            n,
            needed: min.get(),
        });
    }
    let layout = Layout::new(q);
    let mut dims: Vec<DimAcc> = layout
        .dims
        .iter()
        .map(|positions| DimAcc {
            scores: Vec::with_capacity(n),
            // Not `vec![Vec::with_capacity(n); k]`: clones do not keep the capacity.
            items: positions.iter().map(|_| Vec::with_capacity(n)).collect(),
            complete: Vec::with_capacity(n),
        })
        .collect();
    let mut index = Vec::with_capacity(n);
    let mut own = Vec::with_capacity(n);
    let who_points = usize::from(layout.who_points);
    let mut who_counts = vec![vec![0usize; who_points]; layout.n_who];
    let mut who_pct: Vec<Vec<f64>> = (0..layout.n_who).map(|_| Vec::with_capacity(n)).collect();

    let mut person = PersonScores::default();
    for answers in responses {
        score_into(&layout, answers, &mut person);
        for ((acc, score), vals) in dims.iter_mut().zip(&person.dims).zip(&person.items) {
            let Some(score) = *score else { continue };
            acc.scores.push(score);
            for (item, v) in acc.items.iter_mut().zip(vals) {
                if let Some(v) = *v {
                    item.push(v);
                }
            }
            if vals.iter().all(Option::is_some) {
                acc.complete.extend(vals.iter().flatten());
            }
        }
        if let Some(i) = person.index {
            index.push(i);
        }
        if let Some(o) = person.own_raw {
            own.push(o);
        }
        for (f, step) in person.who.iter().enumerate() {
            if let Some(s) = *step {
                if let Some(c) = who_counts[f].get_mut(usize::from(s).wrapping_sub(1)) {
                    *c += 1;
                    who_pct[f].push(to_percent(f64::from(s), layout.who_points));
                }
            }
        }
    }

    let m = min.get();
    let dimensions = dims
        .iter()
        .map(|acc| dimension_stats(acc, layout.item_points, m))
        .collect();
    let who_leads = who_counts
        .into_iter()
        .zip(&who_pct)
        .map(|(counts, pct)| {
            (pct.len() >= m).then_some(())?;
            Some(WhoLeadsStats {
                n: pct.len(),
                counts,
                missing: n - pct.len(),
                mean: stats::mean(pct)?,
            })
        })
        .collect();
    Ok(TeamStats {
        fingerprint: q.fingerprint(),
        n,
        min,
        dimensions,
        index: descriptive(&index, m),
        own: own_stats(&own, m),
        who_leads,
    })
}

/// Mean, SD and CI when at least `m` values (always defined then, as m ≥ 3).
fn descriptive(x: &[f64], m: usize) -> Option<Descriptive> {
    if x.len() < m {
        return None;
    }
    Some(Descriptive {
        n: x.len(),
        mean: stats::mean(x)?,
        sd: stats::sd(x)?,
        ci95: stats::mean_ci95(x)?,
    })
}

fn dimension_stats(acc: &DimAcc, options: u8, m: usize) -> Option<DimensionStats> {
    let d = descriptive(&acc.scores, m)?;
    let k = acc.items.len();
    let complete = acc.complete.len().checked_div(k).unwrap_or(0);
    let alpha = if complete >= m.max(ALPHA_MIN_N) {
        alpha_of_rows(&acc.complete, k).map(|value| Alpha { value, n: complete })
    } else {
        None
    };
    Some(DimensionStats {
        n: d.n,
        mean: d.mean,
        sd: d.sd,
        ci95: d.ci95,
        rwg_j: stats::rwg_j(&acc.items, options),
        lindell_rwg_j: stats::lindell_rwg_j(&acc.items, options),
        ad: stats::average_deviation(&acc.items),
        alpha,
    })
}

/// Cronbach's α of complete cases stored row after row (`k` values each): exactly
/// the computation of [`stats::cronbach_alpha`] (item variances and the variance of
/// the row sums via [`stats::variance`], the same zero-variance guard), without one
/// allocation per row — with 10,000 responses that halves the time of
/// [`team_stats`]. A unit test checks that both agree bit for bit.
fn alpha_of_rows(flat: &[f64], k: usize) -> Option<f64> {
    if k < 2 || flat.len() % k != 0 {
        return None;
    }
    let n = flat.len() / k;
    let mut column = Vec::with_capacity(n);
    let mut sum_item_var = 0.0;
    for i in 0..k {
        column.clear();
        column.extend(flat.iter().skip(i).step_by(k));
        sum_item_var += stats::variance(&column)?;
    }
    column.clear();
    column.extend(flat.chunks_exact(k).map(|r| r.iter().sum::<f64>()));
    let total_var = stats::variance(&column)?;
    if total_var <= f64::EPSILON * sum_item_var || total_var <= 0.0 {
        return None;
    }
    let k = k as f64;
    let alpha = k / (k - 1.0) * (1.0 - sum_item_var / total_var);
    alpha.is_finite().then_some(alpha)
}

fn own_stats(x: &[f64], m: usize) -> Option<OwnStats> {
    if x.len() < m {
        return None;
    }
    Some(OwnStats {
        n: x.len(),
        mean: stats::mean(x)?,
        sd: stats::sd(x)?,
        gini: stats::gini(x)?,
        cv: stats::cv(x)?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{answers, q, team, Rng};
    use super::*;
    use crate::domain::response::Answer;
    use crate::domain::scoring::score;

    #[test]
    fn fast_scoring_equals_score() {
        let mut qs = vec![q()];
        // A 7-point item scale, a who-leads scale without "can't say", a broken own scale.
        let mut seven = q();
        for s in &mut seven.scales {
            if s.id == seven.item_scale {
                s.points = 7;
            }
        }
        seven.own_leadership.scale = "missing".into();
        qs.push(seven);
        let mut rng = Rng(0x5eed);
        for q in &qs {
            let layout = Layout::new(q);
            let mut person = PersonScores::default();
            for round in 0..3000 {
                let len = match round % 50 {
                    0 => 0,
                    1 => q.question_count() / 2,
                    2 => q.question_count() + 3,
                    _ => q.question_count(),
                };
                let skew = rng.next() % 4;
                let vals: Vec<u8> = (0..len)
                    .map(|_| match rng.next() % (12 + skew * 10) {
                        0 => 0,
                        1 => 255,
                        2 => 9,
                        3 => 8,
                        x => (x % 7) as u8 + 1,
                    })
                    .collect();
                let a = answers(&vals);
                let want = score(q, &a);
                score_into(&layout, &a, &mut person);
                let got_dims: Vec<Option<f64>> = person.dims.clone();
                let want_dims: Vec<Option<f64>> = want.dimensions.iter().map(|d| d.score).collect();
                assert_eq!(got_dims, want_dims, "{vals:?}");
                assert_eq!(person.index, want.index, "{vals:?}");
                assert_eq!(person.own_raw, want.own_raw, "{vals:?}");
                let who: Vec<Option<f64>> = person
                    .who
                    .iter()
                    .map(|s| s.map(|s| to_percent(f64::from(s), layout.who_points)))
                    .collect();
                assert_eq!(who, want.who_leads, "{vals:?}");
            }
        }
    }

    #[test]
    fn too_few_is_an_error_with_plain_message() {
        let q = q();
        for (n, min, ok) in [
            (0, 5, false),
            (4, 5, false),
            (5, 5, true),
            (2, 1, false),
            (3, 1, true),
        ] {
            let r = team_stats(&q, &team(&q, n, 4), MinGroup::new(min));
            assert_eq!(r.is_ok(), ok, "n={n} min={min}");
            if let Err(e) = r {
                let needed = MinGroup::new(min).get();
                assert_eq!(e, TeamError::TooFew { n, needed });
                assert_eq!(
                    e.to_string(),
                    format!(
                        "team results need at least {needed} respondents to keep answers \
                         anonymous; there are {n}"
                    )
                );
            }
        }
    }

    #[test]
    fn a_dimension_with_too_few_scores_is_suppressed() {
        let q = q();
        let mut t = team(&q, 6, 4);
        // Two people answer only 2 of the 4 items of dimension 0: 4 scores < 5.
        let items = q.dimension_items(0);
        for a in t.iter_mut().take(2) {
            a.set(items[0], Some(Answer::CantSay));
            a.set(items[1], None);
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        assert_eq!(s.n(), 6);
        assert!(s.dimensions()[0].is_none());
        assert!(s.dimensions()[1..].iter().all(Option::is_some));
        assert_eq!(s.dimensions()[1].as_ref().unwrap().n, 6);
        // With a minimum of 4 it is shown.
        let s = team_stats(&q, &t, MinGroup::new(4)).unwrap();
        assert_eq!(s.dimensions()[0].as_ref().unwrap().n, 4);
    }

    #[test]
    fn hand_computed_dimension_and_who_leads() {
        let q = q();
        let n_items = q.items.len();
        let d = (0..q.dimensions.len())
            .find(|&d| q.dimension_items(d).iter().any(|&p| q.items[p].reverse))
            .unwrap();
        // Five people; in dimension d everyone answers 4 on normal items, 2 on the
        // reverse item (keyed 4) except person 0, who answers 2 / 4 (keyed 2): scores
        // 25, 75, 75, 75, 75 → mean 65, sd = √(1600·... ) computed below.
        let mut t = Vec::new();
        for i in 0..5 {
            let mut vals = vec![3u8; q.question_count()];
            for p in q.dimension_items(d) {
                let (normal, rev) = if i == 0 { (2, 4) } else { (4, 2) };
                vals[p] = if q.items[p].reverse { rev } else { normal };
            }
            // Who leads, function 0: steps 1, 2, 5, 5, can't say.
            vals[n_items] = [1, 2, 5, 5, 0][i];
            t.push(answers(&vals));
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        let ds = s.dimensions()[d].as_ref().unwrap();
        assert_eq!(ds.n, 5);
        assert!((ds.mean - 65.0).abs() < 1e-12);
        // deviations −40, 10 ×4 → Σd² = 1600 + 400 = 2000 → s² = 500
        assert!((ds.sd - 500f64.sqrt()).abs() < 1e-12);
        assert!(ds.ci95.0 < 65.0 && 65.0 < ds.ci95.1);
        // Not enough complete cases for α.
        assert_eq!(ds.alpha, None);
        // Who leads: four placed the team, one could not say → suppressed with min 5,
        // shown with min 4.
        assert!(s.who_leads()[0].is_none());
        assert!(s.who_leads()[1].is_some());
        let s4 = team_stats(&q, &t, MinGroup::new(4)).unwrap();
        let w = s4.who_leads()[0].as_ref().unwrap();
        assert_eq!(w.counts, vec![1, 1, 0, 0, 2]);
        assert_eq!((w.n, w.missing), (4, 1));
        // positions 0, 25, 100, 100 → 56.25
        assert!((w.mean - 56.25).abs() < 1e-12);
    }

    #[test]
    fn alpha_needs_enough_complete_cases() {
        let q = q();
        // (team size, respondents with one "can't say" in dimension 0, min, α shown)
        for (n, gaps, min, shown) in [
            (8, 0, 5, true),
            (8, 1, 5, false),
            (9, 1, 5, true),
            (10, 1, 10, false),
            (10, 0, 10, true),
            (7, 0, 3, false),
        ] {
            let mut t = Vec::new();
            let mut rng = Rng(99 + n as u64);
            for i in 0..n {
                let vals: Vec<u8> = (0..q.question_count())
                    .map(|_| (rng.next() % 5) as u8 + 1)
                    .collect();
                let mut a = answers(&vals);
                if i < gaps {
                    a.set(q.dimension_items(0)[1], Some(Answer::CantSay));
                }
                t.push(a);
            }
            let Ok(s) = team_stats(&q, &t, MinGroup::new(min)) else {
                panic!("n={n} min={min}");
            };
            let alpha = &s.dimensions()[0].as_ref().unwrap().alpha;
            assert_eq!(alpha.is_some(), shown, "n={n} gaps={gaps} min={min}");
            if let Some(a) = alpha {
                assert_eq!(a.n, n - gaps);
                assert!(a.value <= 1.0);
            }
        }
    }

    #[test]
    fn alpha_of_rows_equals_cronbach_alpha() {
        let mut rng = Rng(7);
        for round in 0..500 {
            let k = 2 + round % 5;
            let n = round % 13;
            let spread = 1 + rng.next() % 5;
            let rows: Vec<Vec<f64>> = (0..n)
                .map(|_| (0..k).map(|_| (1 + rng.next() % spread) as f64).collect())
                .collect();
            let flat: Vec<f64> = rows.iter().flatten().copied().collect();
            assert_eq!(
                alpha_of_rows(&flat, k).map(f64::to_bits),
                stats::cronbach_alpha(&rows).map(f64::to_bits),
                "{rows:?}"
            );
        }
        assert_eq!(alpha_of_rows(&[1.0, 2.0, 3.0], 2), None);
        assert_eq!(alpha_of_rows(&[1.0, 2.0], 1), None);
        assert_eq!(alpha_of_rows(&[], 0), None);
    }

    #[test]
    fn own_leadership_uses_the_raw_scale() {
        let q = q();
        let own_start = q.items.len() + q.who_leads.functions.len();
        let mut t = Vec::new();
        // Raw own means 1, 1, 1, 1, 5: on 0–100 that would be 0,0,0,0,100 (Gini 1);
        // on the raw scale Gini = ΣΣ|d| / (2n²μ) · n/(n−1) = 8·4/(2·25·1.8)·5/4.
        for i in 0..5 {
            let mut vals = vec![3u8; q.question_count()];
            for k in 0..q.own_leadership.items.len() {
                vals[own_start + k] = if i == 4 { 5 } else { 1 };
            }
            t.push(answers(&vals));
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        let o = s.own().unwrap();
        assert_eq!(o.n, 5);
        assert!((o.mean - 1.8).abs() < 1e-12);
        let want = 32.0 / (2.0 * 25.0 * 1.8) * 5.0 / 4.0;
        assert!((o.gini - want).abs() < 1e-12, "{} vs {want}", o.gini);
        assert!((o.cv - o.sd / o.mean).abs() < 1e-12);
    }

    #[test]
    fn all_cant_say_person_counts_but_adds_no_scores() {
        let q = q();
        let mut t = team(&q, 5, 4);
        t.push(answers(&vec![0; q.question_count()]));
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        assert_eq!(s.n(), 6);
        for d in s.dimensions() {
            assert_eq!(d.as_ref().unwrap().n, 5);
        }
        assert_eq!(s.index().unwrap().n, 5);
        assert_eq!(s.own().unwrap().n, 5);
        assert_eq!(s.who_leads()[0].as_ref().unwrap().missing, 1);
    }
}
