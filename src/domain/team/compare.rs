//! Comparisons of two groups (two teams, or one team at two times): differences,
//! Welch's t test, Hedges' g and a verdict per figure. Compare, never rank.

use super::{MinGroup, Summary, TeamError};
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
    /// Approximate 95 % confidence interval of g.
    pub g_ci95: (f64, f64),
    pub verdict: Verdict,
}

/// A pairwise comparison of two summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One entry per dimension (0–100 points).
    pub dimensions: Vec<Option<Difference>>,
    /// Own leadership (raw frequency scale points).
    pub own: Option<Difference>,
}

fn difference(ma: f64, sa: f64, na: usize, mb: f64, sb: f64, nb: usize) -> Option<Difference> {
    let w = stats::welch_from_stats(ma, sa, na, mb, sb, nb)?;
    let h = stats::hedges_g_from_stats(ma, sa, na, mb, sb, nb)?;
    let verdict = if w.ci95.0 > 0.0 {
        Verdict::Higher
    } else if w.ci95.1 < 0.0 {
        Verdict::Lower
    } else {
        Verdict::NoReliableDifference
    };
    Some(Difference {
        diff: w.diff,
        ci95: w.ci95,
        t: w.t,
        df: w.df,
        p: w.p,
        g: h.g,
        g_ci95: h.ci95,
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
/// Check the two groups for differencing first ([`check_pair`]).
///
/// `Err(TooFew)` when either group is smaller than `min`;
/// `Err(DifferentQuestionnaires)` when the fingerprints (or dimension counts)
/// differ. An entry is `None` when either side is suppressed or has fewer than `min`
/// respondents, or when the comparison is undefined (both SDs zero). Never panics.
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
            _ => None,
        })
        .collect();
    let own = match (&a.own, &b.own) {
        (Some(x), Some(y)) if x.n >= m && y.n >= m => {
            difference(x.mean, x.sd, x.n, y.mean, y.sd, y.n)
        }
        _ => None,
    };
    Ok(Comparison { dimensions, own })
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
        let verdicts: Vec<Option<Verdict>> = c
            .dimensions
            .iter()
            .map(|d| d.as_ref().map(|d| d.verdict))
            .collect();
        assert_eq!(
            verdicts,
            vec![
                Some(Verdict::Higher),
                Some(Verdict::NoReliableDifference),
                Some(Verdict::Lower),
                None, // a has only 4
                None, // a suppressed
                None, // both SDs zero: undefined
            ]
        );
        let d0 = c.dimensions[0].as_ref().unwrap();
        assert!((d0.diff - 20.0).abs() < 1e-12 && d0.ci95.0 > 0.0 && d0.g > 0.0);
        // Swapping a and b mirrors the result.
        let r = compare(&b, &a, MinGroup::default()).unwrap();
        let r0 = r.dimensions[0].as_ref().unwrap();
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
        assert!(TeamError::DifferentQuestionnaires { a: 7, b: 8 }
            .to_string()
            .contains("00000007 and 00000008"));
    }
}
