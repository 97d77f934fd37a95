//! Comparisons of two groups (two teams, or one team at two times): differences,
//! Welch's t test, Hedges' g and a verdict per figure. Compare, never rank.

use std::collections::BTreeSet;

use super::{check_pair, MinGroup, PairRisk, Summary, TeamError};
use crate::domain::stats;

/// What a comparison of a vs b says about one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The 95 % confidence interval of the difference includes 0.
    NoReliableDifference,
    /// a is higher than b: the whole 95 % interval of a − b lies above 0.
    Higher,
    /// a is lower than b: the whole 95 % interval of a − b lies below 0.
    Lower,
}

/// Comparison of one figure between groups a and b (always a − b).
///
/// # One rule for the verdict and the effect size
///
/// The verdict comes from the Welch 95 % interval of the difference. Hedges' g's
/// interval is *that same interval* in pooled-SD units (multiplied by
/// `J / s_pooled`, [`stats::hedges_factor`]), so both always agree on whether 0 is
/// excluded. It treats the pooled SD as known, so for large effects it is somewhat
/// narrower than a noncentral-t interval would be; with very unequal spreads it is the
/// Welch interval, not a pooled-variance one, that decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// mean_a − mean_b.
    pub diff: f64,
    /// 95 % confidence interval of the difference (Welch).
    pub ci95: (f64, f64),
    /// Welch's t.
    pub t: f64,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: f64,
    /// Two-sided p value.
    pub p: f64,
    /// Hedges' g (a vs b).
    pub g: f64,
    /// 95 % interval of g: the Welch interval of the difference times `J / s_pooled`.
    pub g_ci95: (f64, f64),
    /// What the interval says: a higher, a lower, or no reliable difference.
    pub verdict: Verdict,
}

/// What a comparison can say about one figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Compared {
    /// Either side is suppressed or has fewer respondents than the minimum.
    Suppressed,
    /// Everyone within each group gave the same answers here (both SDs 0): there is no
    /// spread to test against, so no t, p or g; the difference holds exactly for these
    /// members. `verdict` follows its sign (`NoReliableDifference` when it is 0).
    NoSpread {
        /// mean_a − mean_b, exact for these members.
        diff: f64,
        /// By the sign of `diff`.
        verdict: Verdict,
    },
    /// Welch's test and Hedges' g.
    Tested(Difference),
}

impl Compared {
    /// The tested difference, if any.
    pub fn tested(&self) -> Option<&Difference> {
        match self {
            Compared::Tested(d) => Some(d),
            _ => None,
        }
    }

    /// The verdict, unless suppressed.
    pub fn verdict(&self) -> Option<Verdict> {
        match self {
            Compared::Suppressed => None,
            Compared::NoSpread { verdict, .. } => Some(*verdict),
            Compared::Tested(d) => Some(d.verdict),
        }
    }
}

/// A pairwise comparison of two summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One entry per dimension (0–100 points).
    pub dimensions: Vec<Compared>,
    /// Own leadership (raw frequency scale points).
    pub own: Compared,
}

fn difference(ma: f64, sa: f64, na: usize, mb: f64, sb: f64, nb: usize) -> Compared {
    let finite = [ma, sa, mb, sb].iter().all(|x| x.is_finite());
    if finite && sa == 0.0 && sb == 0.0 && na >= 2 && nb >= 2 {
        let diff = ma - mb;
        let verdict = if diff > 0.0 {
            Verdict::Higher
        } else if diff < 0.0 {
            Verdict::Lower
        } else {
            Verdict::NoReliableDifference
        };
        return Compared::NoSpread { diff, verdict };
    }
    let Some(w) = stats::welch_from_stats(ma, sa, na, mb, sb, nb) else {
        return Compared::Suppressed;
    };
    let Some(f) = stats::hedges_factor(sa, na, sb, nb) else {
        return Compared::Suppressed;
    };
    let verdict = if w.ci95.0 > 0.0 {
        Verdict::Higher
    } else if w.ci95.1 < 0.0 {
        Verdict::Lower
    } else {
        Verdict::NoReliableDifference
    };
    Compared::Tested(Difference {
        diff: w.diff,
        ci95: w.ci95,
        t: w.t,
        df: w.df,
        p: w.p,
        g: w.diff * f,
        g_ci95: (w.ci95.0 * f, w.ci95.1 * f),
        verdict,
    })
}

/// Compares group a with group b: two teams, or one team at two times (e.g.
/// baseline vs follow-up). Per dimension (and for own leadership): the difference
/// a − b with its 95 % interval, Welch's t test (t, df, two-sided p), Hedges' g with
/// its interval, and a [`Verdict`] — "higher" always means *a higher than b*.
///
/// Compare, never rank: comparisons are always between two groups; there is no way
/// to order many teams.
///
/// The groups are treated as independent samples. Anonymous codes cannot be paired
/// across times, so for the same people measured twice this ignores their
/// correlation, which makes the test conservative (intervals too wide, if anything).
/// Check the two groups for differencing first ([`super::differencing`]).
///
/// `Err(TooFew)` when either group is smaller than `min`;
/// `Err(DifferentQuestionnaires)` when the fingerprints (or dimension counts)
/// differ. An entry is [`Compared::Suppressed`] when either side is suppressed or has
/// fewer than `min` respondents, and [`Compared::NoSpread`] when both SDs are zero.
/// Never panics.
pub fn compare(a: &Summary, b: &Summary, min: MinGroup) -> Result<Comparison, TeamError> {
    if a.fingerprint != b.fingerprint || a.dimensions.len() != b.dimensions.len() {
        return Err(TeamError::DifferentQuestionnaires {
            a: a.fingerprint,
            b: b.fingerprint,
        });
    }
    let m = min.get();
    for s in [a, b] {
        if s.n < m {
            return Err(TeamError::TooFew { n: s.n, needed: m });
        }
    }
    let dimensions = a
        .dimensions
        .iter()
        .zip(&b.dimensions)
        .map(|(x, y)| match (x, y) {
            (Some(x), Some(y)) if x.n >= m && y.n >= m => {
                difference(x.mean, x.sd, x.n, y.mean, y.sd, y.n)
            }
            _ => Compared::Suppressed,
        })
        .collect();
    let own = match (&a.own, &b.own) {
        (Some(x), Some(y)) if x.n >= m && y.n >= m => {
            difference(x.mean, x.sd, x.n, y.mean, y.sd, y.n)
        }
        _ => Compared::Suppressed,
    };
    Ok(Comparison { dimensions, own })
}

/// Why one group of a set of comparisons is not compared with the baseline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The two code sets would allow differencing ([`check_pair`]).
    Differencing(PairRisk),
    /// The comparison itself is refused (too few, another questionnaire).
    Team(TeamError),
}

/// The comparison policy of the team view: every group is compared with the first
/// (the baseline: another team, or the same team earlier), never ranked against each
/// other. Each group is its summary and, when built from result codes, its set of
/// normalised codes; a pair of code sets is checked for differencing before any
/// figure is compared. One entry per group after the first, in order.
pub fn compare_with_first(
    groups: &[(&Summary, Option<&BTreeSet<String>>)],
    min: MinGroup,
) -> Vec<Result<Comparison, Refusal>> {
    let Some(&(base, base_codes)) = groups.first() else {
        return Vec::new();
    };
    groups[1..]
        .iter()
        .map(|&(other, codes)| {
            if let (Some(a), Some(b)) = (codes, base_codes) {
                if let Some(risk) = check_pair(a, b, min) {
                    return Err(Refusal::Differencing(risk));
                }
            }
            compare(other, base, min).map_err(Refusal::Team)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::DimSummary;
    use super::*;

    fn summary(n: usize, dims: &[Option<(usize, f64, f64)>]) -> Summary {
        Summary {
            fingerprint: 7,
            n,
            dimensions: dims
                .iter()
                .map(|d| d.map(|(n, mean, sd)| DimSummary { n, mean, sd }))
                .collect(),
            own: None,
            conditions: None,
            spread: None,
            density: None,
        }
    }

    #[test]
    fn compare_table() {
        let a = summary(
            20,
            &[
                Some((20, 70.0, 10.0)),
                Some((20, 50.0, 10.0)),
                Some((20, 30.0, 10.0)),
                Some((4, 30.0, 10.0)),
                None,
                Some((20, 50.0, 0.0)),
            ],
        );
        let b = summary(
            18,
            &[
                Some((18, 50.0, 12.0)),
                Some((18, 51.0, 12.0)),
                Some((18, 50.0, 12.0)),
                Some((18, 50.0, 12.0)),
                Some((18, 50.0, 12.0)),
                Some((18, 60.0, 0.0)),
            ],
        );
        let c = compare(&a, &b, MinGroup::default()).unwrap();
        let verdicts: Vec<Option<Verdict>> = c.dimensions.iter().map(Compared::verdict).collect();
        assert_eq!(
            verdicts,
            vec![
                Some(Verdict::Higher),
                Some(Verdict::NoReliableDifference),
                Some(Verdict::Lower),
                None,                 // a has only 4
                None,                 // a suppressed
                Some(Verdict::Lower), // both SDs zero: no test, but a verdict
            ]
        );
        assert_eq!(
            c.dimensions[5],
            Compared::NoSpread {
                diff: -10.0,
                verdict: Verdict::Lower
            }
        );
        // The g interval lies on the verdict's side of zero in every tested row.
        for d in c.dimensions.iter().filter_map(Compared::tested) {
            let g_excludes = d.g_ci95.0 > 0.0 || d.g_ci95.1 < 0.0;
            assert_eq!(g_excludes, d.verdict != Verdict::NoReliableDifference);
        }
        let d0 = c.dimensions[0].tested().unwrap();
        assert!((d0.diff - 20.0).abs() < 1e-12 && d0.ci95.0 > 0.0 && d0.g > 0.0);
        // Swapping a and b mirrors the result.
        let r = compare(&b, &a, MinGroup::default()).unwrap();
        let r0 = r.dimensions[0].tested().unwrap();
        assert_eq!(r0.verdict, Verdict::Lower);
        assert!((r0.diff + d0.diff).abs() < 1e-12 && (r0.ci95.0 + d0.ci95.1).abs() < 1e-9);

        assert_eq!(
            compare(&a, &summary(4, &[None; 6]), MinGroup::default()),
            Err(TeamError::TooFew { n: 4, needed: 5 })
        );
        let mut other = b.clone();
        other.fingerprint = 8;
        assert_eq!(
            compare(&a, &other, MinGroup::default()),
            Err(TeamError::DifferentQuestionnaires { a: 7, b: 8 })
        );
    }

    #[test]
    fn every_group_is_compared_with_the_first_after_a_differencing_check() {
        let dims = [Some((10, 60.0, 10.0)); 6];
        let base = summary(10, &dims);
        let plus_one = summary(11, &[Some((11, 61.0, 10.0)); 6]);
        let small = summary(4, &[None; 6]);
        let codes =
            |r: std::ops::Range<u8>| -> BTreeSet<String> { r.map(|i| format!("C{i}")).collect() };
        let (ten, eleven, others) = (codes(0..10), codes(0..11), codes(20..30));
        let min = MinGroup::default();
        assert!(compare_with_first(&[], min).is_empty());
        assert!(compare_with_first(&[(&base, Some(&ten))], min).is_empty());
        let out = compare_with_first(
            &[
                (&base, Some(&ten)),
                (&plus_one, Some(&eleven)),
                (&plus_one, Some(&others)),
                (&plus_one, None),
                (&small, None),
            ],
            min,
        );
        assert_eq!(out.len(), 4);
        assert_eq!(out[0], Err(Refusal::Differencing(PairRisk::OnlyInA(1))));
        assert_eq!(
            out[1],
            compare(&plus_one, &base, min).map_err(Refusal::Team)
        );
        assert!(out[1].is_ok());
        // Without code sets there is nothing to check for differencing.
        assert!(out[2].is_ok());
        assert_eq!(
            out[3],
            Err(Refusal::Team(TeamError::TooFew { n: 4, needed: 5 }))
        );
    }
}
