//! Inequality of values within a group: the Gini coefficient and the coefficient of variation.

use super::{finite, mean, sd};
use crate::domain::small::clamp;

/// Gini coefficient with the small-sample correction:
///
/// G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2n²μ) · n/(n − 1)
///
/// computed in O(n log n) from the sorted values as
/// G = Σₖ k(n − k)(x₍ₖ₊₁₎ − x₍ₖ₎) / (n(n − 1)μ), k = 1..n−1.
/// For non-negative data G ∈ [0, 1] (1 when one member holds everything; rounding
/// above 1 is clamped). `None` if n < 2, μ ≤ 0 or any value is non-finite.
pub fn gini(x: &[f64]) -> Option<f64> {
    let n = x.len();
    if n < 2 {
        return None;
    }
    let mu = mean(x)?;
    if mu <= 0.0 {
        return None;
    }
    let mut sorted = x.to_vec();
    sorted.sort_by(f64::total_cmp);
    let nf = n as f64;
    let weighted: f64 = sorted
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let k = (i + 1) as f64;
            k * (nf - k) * (w[1] - w[0])
        })
        .sum();
    let g = finite(weighted / (nf * (nf - 1.0) * mu))?;
    if sorted[0] >= 0.0 {
        Some(clamp(g, 0.0, 1.0))
    } else {
        Some(g)
    }
}

/// Coefficient of variation CV = s / x̄ (sample SD over mean; negative when the mean
/// is negative). `None` if n < 2, x̄ = 0 or any value is non-finite.
pub fn cv(x: &[f64]) -> Option<f64> {
    let m = mean(x)?;
    if m == 0.0 {
        return None;
    }
    finite(sd(x)? / m)
}

/// The largest value [`gini`] can take for `n` answers on a scale from 1 to `points`.
///
/// The Gini coefficient is convex in the answers, so over the box [1, points]ⁿ its
/// maximum sits at a corner: k answers at the top and n − k at 1, where
/// G(k) = k(n − k)(points − 1) / ((n − 1)(k·points + n − k)); the largest G(k) over
/// k = 1..n−1 is returned. `None` if n < 2 or points < 2.
pub fn gini_ceiling(points: u32, n: usize) -> Option<f64> {
    if n < 2 || points < 2 {
        return None;
    }
    let (nf, top) = (n as f64, f64::from(points));
    (1..n)
        .map(|k| {
            let k = k as f64;
            k * (nf - k) * (top - 1.0) / ((nf - 1.0) * (k * top + nf - k))
        })
        .reduce(f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ceiling equals the largest Gini over every possible set of answers (all
    /// multisets of n answers on 1..=points, enumerated), for small teams and scales.
    #[test]
    fn gini_ceiling_is_the_largest_gini_any_answers_give() {
        fn each(points: u32, n: usize, from: u32, acc: &mut Vec<f64>, best: &mut f64) {
            if acc.len() == n {
                if let Some(g) = gini(acc) {
                    *best = best.max(g);
                }
                return;
            }
            for v in from..=points {
                acc.push(f64::from(v));
                each(points, n, v, acc, best);
                acc.pop();
            }
        }
        for points in [3u32, 5, 7] {
            for n in 2..=8 {
                let mut best = 0.0;
                each(points, n, 1, &mut Vec::new(), &mut best);
                let c = gini_ceiling(points, n).unwrap();
                assert!(
                    (c - best).abs() < 1e-12,
                    "points {points}, n {n}: {c} vs {best}"
                );
            }
        }
        // Five points, six members: two at the top, four at the bottom give 32/70.
        assert!((gini_ceiling(5, 6).unwrap() - 32.0 / 70.0).abs() < 1e-15);
        assert_eq!(gini_ceiling(5, 1), None);
        assert_eq!(gini_ceiling(1, 6), None);
    }
}
