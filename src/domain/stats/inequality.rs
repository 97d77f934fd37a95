//! Inequality of values within a group: the Gini coefficient and the coefficient of variation.

use super::{finite, mean, sd};

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
        Some(g.clamp(0.0, 1.0))
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
