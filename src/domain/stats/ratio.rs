//! The ratio estimator of survey sampling with its linearised interval.

use super::{all_finite, finite, t_quantile};

/// A ratio estimate `R = Σ yᵢ / Σ xᵢ` with its linearised standard error and 95 % CI
/// (see [`ratio_estimate`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatioEstimate {
    /// Number of pairs.
    pub n: usize,
    /// `Σ y / Σ x`.
    pub ratio: f64,
    /// Linearised (Taylor) standard error.
    pub se: f64,
    /// `R ± t(0.975, n − 1)·SE`, before any clipping.
    pub ci95: (f64, f64),
}

/// The ratio estimator of survey sampling, `R = Σ yᵢ / Σ xᵢ`, with the linearised
/// standard error `SE = √(Σ (yᵢ − R·xᵢ)² / (n(n − 1))) / x̄` and the 95 % interval
/// `R ± t(0.975, n − 1)·SE` (Cochran, *Sampling Techniques*, ch. 6, without the finite
/// population correction). The team's leadership-network density is this ratio with
/// `y` = teammates seen leading and `x` = teammates.
///
/// `None` if the slices differ in length, n < 2, Σx ≤ 0 or any value is non-finite.
pub fn ratio_estimate(y: &[f64], x: &[f64]) -> Option<RatioEstimate> {
    let n = y.len();
    if n != x.len() || n < 2 || !all_finite(y) || !all_finite(x) {
        return None;
    }
    let sy: f64 = y.iter().sum();
    let sx: f64 = x.iter().sum();
    if sx <= 0.0 {
        return None;
    }
    let r = sy / sx;
    let nf = n as f64;
    let xbar = sx / nf;
    let resid: f64 = y.iter().zip(x).map(|(yi, xi)| (yi - r * xi).powi(2)).sum();
    let se = finite((resid / (nf * (nf - 1.0))).sqrt() / xbar)?;
    let half = t_quantile(0.975, nf - 1.0)? * se;
    Some(RatioEstimate {
        n,
        ratio: finite(r)?,
        se,
        ci95: (finite(r - half)?, finite(r + half)?),
    })
}
