//! Within-group agreement (r_wg, r_wg(J), r*_wg(J), AD) and reliability (Cronbach's α).

use super::{all_finite, finite, mean, variance};
use crate::domain::small::clamp;

/// Variance of the discrete uniform ("no agreement") null distribution on an
/// A-point scale: σ²_EU = (A² − 1)/12 (James, Demaree & Wolf, 1984).
///
/// σ²_EU(5) = 2, σ²_EU(7) = 4. For `options` 0 or 1 there is no spread and the
/// result is 0.
pub fn uniform_null_variance(options: u8) -> f64 {
    let a = f64::from(options);
    ((a * a - 1.0) / 12.0).max(0.0)
}

/// σ²_EU for a usable scale (at least 2 points).
fn null_variance(options: u8) -> Option<f64> {
    (options >= 2).then(|| uniform_null_variance(options))
}

/// Single-item within-group agreement: r_wg = 1 − s²/σ²_EU, truncated to [0, 1].
///
/// s² is the sample variance of the respondents' answers, σ²_EU is
/// [`uniform_null_variance`]. `None` if n < 2, `options` < 2 or any value is
/// non-finite.
pub fn rwg(values: &[f64], options: u8) -> Option<f64> {
    let sigma2 = null_variance(options)?;
    let s2 = variance(values)?;
    finite(clamp(1.0 - s2 / sigma2, 0.0, 1.0))
}

/// Mean of the per-item sample variances, s̄² = (1/J)·Σⱼ s²ⱼ.
fn mean_item_variance(items: &[Vec<f64>]) -> Option<f64> {
    if items.is_empty() {
        return None;
    }
    let mut total = 0.0;
    for item in items {
        total += variance(item)?;
    }
    finite(total / items.len() as f64)
}

/// Multi-item within-group agreement (James, Demaree & Wolf, 1984):
///
/// r_wg(J) = J(1 − s̄²/σ²_EU) / (J(1 − s̄²/σ²_EU) + s̄²/σ²_EU)
///
/// where `items[j]` holds all respondents' answers to item j, J = number of items,
/// s̄² is the mean of the item sample variances and σ²_EU is
/// [`uniform_null_variance`]. When s̄² ≥ σ²_EU the index is truncated to 0, so the
/// result lies in [0, 1]. Items may have different numbers of answers (missing
/// responses). `None` if there are no items, any item has fewer than 2 answers,
/// `options` < 2 or any value is non-finite.
pub fn rwg_j(items: &[Vec<f64>], options: u8) -> Option<f64> {
    rwg_j_of(mean_item_variance(items)?, items.len(), options)
}

/// [`rwg_j`] from the mean item variance s̄² of `j` items (the one formula, for lists
/// and for counted answers).
pub(crate) fn rwg_j_of(mean_var: f64, j: usize, options: u8) -> Option<f64> {
    let sigma2 = null_variance(options)?;
    let r = mean_var / sigma2;
    if r >= 1.0 {
        return Some(0.0);
    }
    let agree = j as f64 * (1.0 - r);
    finite(clamp(agree / (agree + r), 0.0, 1.0))
}

/// Lindell, Brandt & Whitney's (1999) r*_wg(J) = 1 − s̄²/σ²_EU (not truncated; may be
/// negative, at most 1). Same inputs and `None` cases as [`rwg_j`].
pub fn lindell_rwg_j(items: &[Vec<f64>], options: u8) -> Option<f64> {
    lindell_of(mean_item_variance(items)?, options)
}

/// [`lindell_rwg_j`] from the mean item variance s̄².
pub(crate) fn lindell_of(mean_var: f64, options: u8) -> Option<f64> {
    let sigma2 = null_variance(options)?;
    finite(1.0 - mean_var / sigma2)
}

/// Average deviation index AD_M(J) (Burke, Finkelstein & Dusig, 1999):
///
/// AD_j = (1/n_j)·Σᵢ |x_ij − x̄_j| per item, averaged over the J items.
///
/// `items[j]` holds all respondents' answers to item j. An item with a single answer
/// has AD 0. `None` if there are no items, an item is empty or any value is
/// non-finite.
pub fn average_deviation(items: &[Vec<f64>]) -> Option<f64> {
    if items.is_empty() {
        return None;
    }
    let mut total = 0.0;
    for item in items {
        let m = mean(item)?;
        let ad: f64 = item.iter().map(|v| (v - m).abs()).sum::<f64>() / item.len() as f64;
        total += ad;
    }
    finite(total / items.len() as f64)
}

/// Cronbach's α = k/(k − 1)·(1 − Σᵢ s²ᵢ / s²_X).
///
/// `rows[r]` holds respondent r's answers to the k items (complete cases); s²ᵢ is the
/// sample variance of item i and s²_X the sample variance of the respondents' sum
/// scores. `None` if n < 2, k < 2, rows differ in length, any value is non-finite,
/// or the total variance is zero (numerically: s²_X ≤ ε·Σs²ᵢ with ε the machine
/// epsilon, which also covers all-constant data). α ≤ 1 but may be negative.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if rows.iter().any(|r| r.len() != k) {
        return None;
    }
    cronbach_alpha_flat(&rows.concat(), k)
}

/// [`cronbach_alpha`] of complete cases stored row after row (`k` values each), the
/// layout team statistics collect: no allocation per row. `None` as for
/// [`cronbach_alpha`], and when `flat.len()` is not a multiple of `k`.
pub fn cronbach_alpha_flat(flat: &[f64], k: usize) -> Option<f64> {
    if k < 2 || flat.len() % k != 0 || !all_finite(flat) {
        return None;
    }
    let n = flat.len() / k;
    if n < 2 {
        return None;
    }
    let mut column = Vec::with_capacity(n);
    let mut sum_item_var = 0.0;
    for i in 0..k {
        column.clear();
        column.extend(flat.iter().skip(i).step_by(k));
        sum_item_var += variance(&column)?;
    }
    column.clear();
    column.extend(flat.chunks_exact(k).map(|r| r.iter().sum::<f64>()));
    alpha_of(k, sum_item_var, variance(&column)?)
}

/// Cronbach's α of `k` items from the sum of the item variances and the variance of
/// the sum scores (the one formula, for lists and for counted answers); `None` when
/// k < 2 or the total variance is (numerically) zero, as for [`cronbach_alpha`].
pub(crate) fn alpha_of(k: usize, sum_item_var: f64, total_var: f64) -> Option<f64> {
    if k < 2 || total_var <= f64::EPSILON * sum_item_var || total_var <= 0.0 {
        return None;
    }
    let k = k as f64;
    finite(k / (k - 1.0) * (1.0 - sum_item_var / total_var))
}
