//! The same figures from values given with their counts (`(value, count)` pairs): what
//! team statistics keep instead of every member's values, since keyed answers, totals
//! and scores take few distinct values. Each function equals its list counterpart on
//! the list with every value repeated `count` times (up to rounding; exact 0 for
//! constant data, like the list versions).

use super::{finite, mean_sd_ci95};
use crate::domain::small::clamp;

/// Total of the counts.
fn count(x: &[(f64, u64)]) -> u64 {
    x.iter().map(|&(_, c)| c).sum()
}

/// `x̄` as [`super::mean`] computes it: shifted by the first value, exact for
/// constant data. `None` when the counts add up to 0 or a value is non-finite.
pub fn mean_counted(x: &[(f64, u64)]) -> Option<f64> {
    let n = count(x);
    let &(first, _) = x.iter().find(|&&(_, c)| c > 0)?;
    if x.iter().any(|(v, _)| !v.is_finite()) {
        return None;
    }
    let shifted: f64 = x.iter().map(|&(v, c)| (v - first) * c as f64).sum();
    finite(first + shifted / n as f64)
}

/// Sample variance Σ cᵢ(xᵢ − x̄)² / (n − 1); `None` when n < 2.
pub fn variance_counted(x: &[(f64, u64)]) -> Option<f64> {
    let n = count(x);
    if n < 2 {
        return None;
    }
    let m = mean_counted(x)?;
    let ss: f64 = x.iter().map(|&(v, c)| (v - m) * (v - m) * c as f64).sum();
    finite(ss / (n - 1) as f64)
}

/// Mean, SD and 95 % CI of the mean (as [`super::mean_ci95`]); `None` when n < 2.
pub fn descriptive_counted(x: &[(f64, u64)]) -> Option<(f64, f64, (f64, f64))> {
    let n = count(x) as usize;
    mean_sd_ci95(mean_counted(x)?, variance_counted(x)?.sqrt(), n)
}

/// Average deviation of one item, (1/n)·Σ cᵢ|xᵢ − x̄| (as in
/// [`super::average_deviation`]); `None` when n = 0.
pub fn item_ad_counted(x: &[(f64, u64)]) -> Option<f64> {
    let n = count(x);
    let m = mean_counted(x)?;
    finite(
        x.iter()
            .map(|&(v, c)| (v - m).abs() * c as f64)
            .sum::<f64>()
            / n as f64,
    )
}

/// [`super::gini`] of values sorted ascending with their counts: the terms of the
/// sorted-list formula are zero except where the value changes.
pub fn gini_counted(sorted: &[(f64, u64)]) -> Option<f64> {
    let n = count(sorted);
    if n < 2 {
        return None;
    }
    let mu = mean_counted(sorted)?;
    if mu <= 0.0 {
        return None;
    }
    let nf = n as f64;
    let mut below = 0u64;
    let mut weighted = 0.0;
    for w in sorted.windows(2) {
        below += w[0].1;
        let k = below as f64;
        weighted += k * (nf - k) * (w[1].0 - w[0].0);
    }
    let g = finite(weighted / (nf * (nf - 1.0) * mu))?;
    if sorted.first().is_some_and(|&(v, _)| v >= 0.0) {
        Some(clamp(g, 0.0, 1.0))
    } else {
        Some(g)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{average_deviation, gini, mean, mean_ci95, sd, variance};
    use super::*;

    /// Every counted figure equals the list figure on the expanded list.
    #[test]
    fn counted_figures_equal_the_list_figures() {
        let cases: Vec<Vec<(f64, u64)>> = vec![
            vec![(1.0, 3), (2.0, 5), (5.0, 1)],
            vec![(62.5, 7)],
            vec![(1.25, 1), (1.5, 2), (3.75, 40), (4.0, 1000)],
            vec![(0.0, 2), (56.25, 11), (100.0, 3)],
            vec![(2.0, 1), (3.0, 1)],
        ];
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * a.abs().max(1.0);
        for x in cases {
            let list: Vec<f64> = x
                .iter()
                .flat_map(|&(v, c)| std::iter::repeat_n(v, c as usize))
                .collect();
            assert!(
                close(mean_counted(&x).unwrap(), mean(&list).unwrap()),
                "{x:?}"
            );
            assert!(close(
                variance_counted(&x).unwrap(),
                variance(&list).unwrap()
            ));
            let (m, s, ci) = descriptive_counted(&x).unwrap();
            assert!(close(m, mean(&list).unwrap()) && close(s, sd(&list).unwrap()));
            let want = mean_ci95(&list).unwrap();
            assert!(close(ci.0, want.0) && close(ci.1, want.1));
            let ad = item_ad_counted(&x).unwrap();
            assert!(close(
                ad,
                average_deviation(std::slice::from_ref(&list)).unwrap()
            ));
            assert!(close(gini_counted(&x).unwrap(), gini(&list).unwrap()));
        }
        // Constant data: exactly 0 spread, like the list versions.
        let constant = [(100.0 / 3.0, 9)];
        assert_eq!(mean_counted(&constant), Some(100.0 / 3.0));
        assert_eq!(variance_counted(&constant), Some(0.0));
        assert_eq!(gini_counted(&constant), Some(0.0));
        // Too few values, no values, non-finite values.
        assert_eq!(variance_counted(&[(3.0, 1)]), None);
        assert_eq!(mean_counted(&[]), None);
        assert_eq!(mean_counted(&[(3.0, 0)]), None);
        assert_eq!(mean_counted(&[(f64::NAN, 2)]), None);
        assert_eq!(item_ad_counted(&[(4.0, 1)]), Some(0.0));
    }
}
