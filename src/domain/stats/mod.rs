//! Statistical primitives for team self-assessments: descriptive figures, within-group
//! agreement (r_wg, r_wg(J), AD), reliability (Cronbach's α), inequality (Gini, CV)
//! and two-group comparisons (Welch's t test, Hedges' g) from raw values or from
//! summary statistics (mean, SD, n).
//!
//! Conventions shared by every function:
//!
//! - **No panics.** Every function accepts any slice, including empty ones.
//! - **Non-finite input ⇒ `None`.** If any input value is NaN or ±∞ the result is
//!   `None`.
//! - **Undefined ⇒ `None`.** Where a figure is undefined (too few values, zero
//!   variance in a denominator, a non-positive mean, …) the result is `None`.
//! - **Finite output.** A `Some` result is always finite (never NaN or ±∞); if an
//!   intermediate value overflows, the result is `None`.
//! - Variances are *sample* variances (denominator n − 1) unless stated otherwise.
//!
//! Student t tail probabilities come from [`super::special`] (the regularised
//! incomplete beta function); see [`t_quantile`] for how the quantile is obtained and
//! for the large-df branch.
//!
//! Every figure is checked against an independent numpy/scipy computation in
//! `tests/stats_reference.rs` (inputs and expected values in
//! `tests/fixtures/stats/reference.json`, produced by
//! `tests/fixtures/stats/gen_reference.py`).

mod agreement;
mod counted;
mod inequality;
mod ratio;
mod t;
mod two_groups;

pub(crate) use agreement::{alpha_of, lindell_of, rwg_j_of};
pub use agreement::{
    average_deviation, cronbach_alpha, cronbach_alpha_flat, lindell_rwg_j, rwg, rwg_j,
    uniform_null_variance,
};
pub use counted::{
    descriptive_counted, gini_counted, item_ad_counted, mean_counted, variance_counted,
};
pub use inequality::{cv, gini, gini_ceiling};
pub use ratio::{ratio_estimate, RatioEstimate};
pub use t::{forget_t_quantiles, t_quantile, t_two_sided_p};
pub use two_groups::{
    hedges_factor, hedges_g, hedges_g_from_stats, welch, welch_from_stats, Hedges, Welch, HEDGES_Z,
};

/// `Some(v)` when `v` is finite.
fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// True when every value is finite.
fn all_finite(x: &[f64]) -> bool {
    x.iter().all(|v| v.is_finite())
}

/// Arithmetic mean x̄ = Σxᵢ / n.
///
/// Computed as x₁ + Σ(xᵢ − x₁)/n (shifted data), which is exact for constant data and
/// reduces cancellation. `None` for an empty slice or any non-finite value.
pub fn mean(x: &[f64]) -> Option<f64> {
    let (&first, _) = x.split_first()?;
    if !all_finite(x) {
        return None;
    }
    let shifted: f64 = x.iter().map(|v| v - first).sum();
    finite(first + shifted / x.len() as f64)
}

/// Sample variance s² = Σ(xᵢ − x̄)² / (n − 1).
///
/// `None` if n < 2 or any value is non-finite. Constant data gives exactly 0.
pub fn variance(x: &[f64]) -> Option<f64> {
    if x.len() < 2 {
        return None;
    }
    let m = mean(x)?;
    let ss: f64 = x.iter().map(|v| (v - m) * (v - m)).sum();
    finite(ss / (x.len() - 1) as f64)
}

/// Sample standard deviation s = √s² (see [`variance`]); `None` if n < 2.
pub fn sd(x: &[f64]) -> Option<f64> {
    variance(x).map(f64::sqrt)
}

/// 95 % confidence interval of the mean: x̄ ± t(0.975, n − 1)·s/√n.
///
/// `None` if n < 2 or any value is non-finite. Zero variance gives (x̄, x̄).
pub fn mean_ci95(x: &[f64]) -> Option<(f64, f64)> {
    if x.len() < 2 {
        return None;
    }
    mean_sd_ci95(mean(x)?, sd(x)?, x.len()).map(|(_, _, ci)| ci)
}

/// Mean `m`, SD `s` and the 95 % interval x̄ ± t(0.975, n − 1)·s/√n of `n` values (the
/// one interval rule for a list and for counted values); `None` if n < 2.
fn mean_sd_ci95(m: f64, s: f64, n: usize) -> Option<(f64, f64, (f64, f64))> {
    if n < 2 {
        return None;
    }
    let nf = n as f64;
    let half = t_quantile(0.975, nf - 1.0)? * (s / nf.sqrt());
    Some((m, s, (finite(m - half)?, finite(m + half)?)))
}

#[cfg(test)]
mod tests;
