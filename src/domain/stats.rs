//! Pure statistics for team self-assessments: descriptive figures, within-group
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

use super::special::{normal_upper_tail, t_upper_tail};

/// Above this many degrees of freedom the Student t tail probability is computed with
/// Hill's (1970, CACM Algorithm 395) normalising transformation and the standard
/// normal tail instead of the incomplete beta function, whose accuracy degrades for
/// very large df (ln Γ of df/2 loses absolute precision: relative error ≈ 1e-11 at
/// df = 1e4, worse beyond). Hill's transformation itself is accurate to ≈ 1e-12
/// relative for df ≥ 1e4; the end result agrees with scipy to ≈ 5e-11 relative (see
/// `tests/stats_reference.rs`).
const HILL_DF: f64 = 1e4;

/// Largest |t| for which [`t_quantile`] returns a value. Beyond it the tail
/// probability squares the argument into overflow, so quantiles this far out are
/// reported as `None`.
const MAX_T_QUANTILE: f64 = 1e150;

/// The critical value used for the Hedges' g interval (two-sided 95 %, normal
/// approximation): exactly 1.96 as in the usual textbook formula.
pub const HEDGES_Z: f64 = 1.96;

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

/// Upper tail probability P(T > x) of Student's t with `df` degrees of freedom,
/// for finite `x ≥ 0` and finite `df > 0`.
fn t_sf(x: f64, df: f64) -> Option<f64> {
    if !(x.is_finite() && x >= 0.0 && df.is_finite() && df > 0.0) {
        return None;
    }
    if df <= HILL_DF {
        return finite(t_upper_tail(x, df).clamp(0.0, 0.5));
    }
    // Hill (1970), Algorithm 395: z is approximately standard normal.
    //   y = (df − ½)·ln(1 + x²/df)
    //   z = (((((−0.4y − 3.3)y − 24)y − 85.5)/(0.8y² + 100 + b) + y + 3)/b + 1)·√y,
    //   b = 48(df − ½)²
    let x2 = x * x;
    if !x2.is_finite() {
        return Some(0.0);
    }
    let u = x2 / df;
    // ln(1+u)/u → 1 as u → 0; written this way to avoid underflow of u for huge df.
    let ratio = if u == 0.0 { 1.0 } else { u.ln_1p() / u };
    let a = df - 0.5;
    let y = (a / df) * x2 * ratio;
    if y == 0.0 {
        return Some(0.5);
    }
    let b = 48.0 * a * a;
    let z = (((((-0.4 * y - 3.3) * y - 24.0) * y - 85.5) / (0.8 * y * y + 100.0 + b) + y + 3.0)
        / b
        + 1.0)
        * y.sqrt();
    if !z.is_finite() {
        return Some(0.0);
    }
    finite(normal_upper_tail(z).clamp(0.0, 0.5))
}

/// Two-sided p value of a t statistic: p = 2·P(T_df > |t|), clamped to [0, 1].
///
/// Uses the incomplete-beta tail ([`super::special::t_upper_tail`]) for df ≤ 10⁴ and Hill's (1970)
/// normalising transformation for larger df (see [`t_quantile`]). `None` unless
/// `t` is finite and `df` is finite and positive. For |t| so large that the tail
/// underflows the result is 0.
pub fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    if !t.is_finite() {
        return None;
    }
    let tail = t_sf(t.abs(), df)?;
    finite((2.0 * tail).clamp(0.0, 1.0))
}

/// Quantile of Student's t: the q with P(T_df ≤ q) = p.
///
/// By symmetry q(p) = −q(1 − p); with α = min(p, 1 − p) the solver finds x ≥ 0 with
/// P(T > x) = α by bisection over the bit patterns of non-negative `f64`s (at most
/// 64 steps, so it always terminates and is accurate to about one ulp of x plus the
/// error of the tail probability). The tail probability is the incomplete-beta tail
/// (df ≤ 10⁴) or Hill's (1970, CACM Algorithm 395) normalising transformation with
/// the normal tail (df > 10⁴), because the incomplete beta loses accuracy there.
///
/// A library `inverse_cdf` is deliberately not used: statrs 0.19's panics for extreme
/// p, is inaccurate for large df (≈ 3e-6 relative at df = 1e5) and does not terminate
/// for df ≳ 1e9.
///
/// Cost: about 64 tail-probability evaluations (≈ 25 µs natively in release mode).
///
/// `None` unless 0 < p < 1 and `df` is finite and positive, and when |q| > 10¹⁵⁰.
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if !(p.is_finite() && p > 0.0 && p < 1.0 && df.is_finite() && df > 0.0) {
        return None;
    }
    if p == 0.5 {
        return Some(0.0);
    }
    // 1 − p is exact for p ≥ 0.5 (Sterbenz).
    let (alpha, sign) = if p > 0.5 { (1.0 - p, 1.0) } else { (p, -1.0) };
    let mut lo = 0.0_f64.to_bits(); // sf(0) = 0.5 > alpha
    let mut hi = MAX_T_QUANTILE.to_bits();
    let sf_hi = t_sf(MAX_T_QUANTILE, df)?;
    if sf_hi > alpha {
        return None;
    }
    // Invariant: sf(lo) > alpha >= sf(hi). Non-negative f64s order like their bits.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if t_sf(f64::from_bits(mid), df)? <= alpha {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let (xl, xh) = (f64::from_bits(lo), f64::from_bits(hi));
    let el = (t_sf(xl, df)? - alpha).abs();
    let eh = (t_sf(xh, df)? - alpha).abs();
    let x = if el < eh { xl } else { xh };
    finite(sign * x)
}

/// 95 % confidence interval of the mean: x̄ ± t(0.975, n − 1)·s/√n.
///
/// `None` if n < 2 or any value is non-finite. Zero variance gives (x̄, x̄).
pub fn mean_ci95(x: &[f64]) -> Option<(f64, f64)> {
    if x.len() < 2 {
        return None;
    }
    let m = mean(x)?;
    let n = x.len() as f64;
    let se = sd(x)? / n.sqrt();
    let half = t_quantile(0.975, n - 1.0)? * se;
    Some((finite(m - half)?, finite(m + half)?))
}

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
    finite((1.0 - s2 / sigma2).clamp(0.0, 1.0))
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
    let sigma2 = null_variance(options)?;
    let r = mean_item_variance(items)? / sigma2;
    if r >= 1.0 {
        return Some(0.0);
    }
    let j = items.len() as f64;
    let agree = j * (1.0 - r);
    finite((agree / (agree + r)).clamp(0.0, 1.0))
}

/// Lindell, Brandt & Whitney's (1999) r*_wg(J) = 1 − s̄²/σ²_EU (not truncated; may be
/// negative, at most 1). Same inputs and `None` cases as [`rwg_j`].
pub fn lindell_rwg_j(items: &[Vec<f64>], options: u8) -> Option<f64> {
    let sigma2 = null_variance(options)?;
    finite(1.0 - mean_item_variance(items)? / sigma2)
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
    let total_var = variance(&column)?;
    if total_var <= f64::EPSILON * sum_item_var || total_var <= 0.0 {
        return None;
    }
    let k = k as f64;
    finite(k / (k - 1.0) * (1.0 - sum_item_var / total_var))
}

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

/// Result of Welch's unequal-variance t test (see [`welch`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Welch {
    /// Difference of means, x̄_a − x̄_b.
    pub diff: f64,
    /// t = diff / SE with SE = √(s²_a/n_a + s²_b/n_b).
    pub t: f64,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: f64,
    /// Two-sided p value, 2·P(T_df > |t|).
    pub p: f64,
    /// 95 % confidence interval of the difference, diff ± t(0.975, df)·SE.
    pub ci95: (f64, f64),
}

/// Welch's t test for a difference of two means without assuming equal variances.
///
/// - diff = x̄_a − x̄_b, SE = √(s²_a/n_a + s²_b/n_b), t = diff/SE
/// - df = (s²_a/n_a + s²_b/n_b)² / ((s²_a/n_a)²/(n_a − 1) + (s²_b/n_b)²/(n_b − 1))
///   (Welch–Satterthwaite; computed in normalised form so it cannot overflow)
/// - p = 2·P(T_df > |t|) ([`t_two_sided_p`]), CI = diff ± t(0.975, df)·SE
///
/// One zero variance is fine (df becomes n − 1 of the other group). `None` if either
/// group has fewer than 2 values, both variances are 0, or any value is non-finite.
pub fn welch(a: &[f64], b: &[f64]) -> Option<Welch> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    welch_from_var(
        mean(a)?,
        variance(a)?,
        a.len(),
        mean(b)?,
        variance(b)?,
        b.len(),
    )
}

/// Welch's t test from summary statistics: means, sample SDs (denominator n − 1) and
/// group sizes, as `scipy.stats.ttest_ind_from_stats(..., equal_var=False)`.
///
/// Same formulas and results as [`welch`] (which delegates to the same code). `None`
/// if either n < 2, an SD is negative, both SDs are 0, or any value is non-finite.
pub fn welch_from_stats(
    mean_a: f64,
    sd_a: f64,
    n_a: usize,
    mean_b: f64,
    sd_b: f64,
    n_b: usize,
) -> Option<Welch> {
    welch_from_var(
        mean_a,
        summary_variance(sd_a)?,
        n_a,
        mean_b,
        summary_variance(sd_b)?,
        n_b,
    )
}

/// s² from a summary SD: `None` unless the SD is finite and non-negative.
fn summary_variance(sd: f64) -> Option<f64> {
    (sd.is_finite() && sd >= 0.0).then_some(sd * sd)
}

/// Welch's t test from means, sample variances and sizes (shared by [`welch`] and
/// [`welch_from_stats`]).
fn welch_from_var(
    mean_a: f64,
    var_a: f64,
    n_a: usize,
    mean_b: f64,
    var_b: f64,
    n_b: usize,
) -> Option<Welch> {
    if n_a < 2 || n_b < 2 || !all_finite(&[mean_a, var_a, mean_b, var_b]) {
        return None;
    }
    if var_a < 0.0 || var_b < 0.0 {
        return None;
    }
    let (na, nb) = (n_a as f64, n_b as f64);
    let va = var_a / na;
    let vb = var_b / nb;
    let se2 = va + vb;
    if se2 <= 0.0 || !se2.is_finite() {
        return None;
    }
    let se = se2.sqrt();
    let diff = finite(mean_a - mean_b)?;
    let t = finite(diff / se)?;
    let (ra, rb) = (va / se2, vb / se2);
    let df = finite(1.0 / (ra * ra / (na - 1.0) + rb * rb / (nb - 1.0)))?;
    let p = t_two_sided_p(t, df)?;
    let half = finite(t_quantile(0.975, df)? * se)?;
    Some(Welch {
        diff,
        t,
        df,
        p,
        ci95: (finite(diff - half)?, finite(diff + half)?),
    })
}

/// Hedges' g with its approximate 95 % confidence interval (see [`hedges_g`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hedges {
    /// Bias-corrected standardised mean difference.
    pub g: f64,
    /// g ± 1.96·SE.
    pub ci95: (f64, f64),
}

/// Hedges' g, the small-sample-corrected standardised mean difference of a vs b.
///
/// - pooled SD s_p = √(((n₁ − 1)s²₁ + (n₂ − 1)s²₂)/(n₁ + n₂ − 2))
/// - Cohen's d = (x̄₁ − x̄₂)/s_p, J = 1 − 3/(4(n₁ + n₂) − 9), g = J·d
/// - SE = √((n₁ + n₂)/(n₁n₂) + g²/(2(n₁ + n₂))) — the usual large-sample formula
///   (Hedges & Olkin, 1985) with g substituted for d; note it is *not* J²·Var(d)
/// - CI = g ± 1.96·SE ([`HEDGES_Z`], normal approximation)
///
/// `None` if either group has fewer than 2 values, the pooled SD is 0, or any value
/// is non-finite.
pub fn hedges_g(a: &[f64], b: &[f64]) -> Option<Hedges> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    hedges_from_var(
        mean(a)?,
        variance(a)?,
        a.len(),
        mean(b)?,
        variance(b)?,
        b.len(),
    )
}

/// Hedges' g from summary statistics: means, sample SDs (denominator n − 1) and group
/// sizes. Same formulas and results as [`hedges_g`] (which delegates to the same code).
/// `None` if either n < 2, an SD is negative, the pooled SD is 0, or any value is
/// non-finite.
pub fn hedges_g_from_stats(
    mean_a: f64,
    sd_a: f64,
    n_a: usize,
    mean_b: f64,
    sd_b: f64,
    n_b: usize,
) -> Option<Hedges> {
    hedges_from_var(
        mean_a,
        summary_variance(sd_a)?,
        n_a,
        mean_b,
        summary_variance(sd_b)?,
        n_b,
    )
}

/// The factor that turns a difference of means into Hedges' g: `J / s_pooled`, with
/// `s_pooled² = ((n_a − 1)s_a² + (n_b − 1)s_b²) / (n_a + n_b − 2)` and
/// `J = 1 − 3 / (4(n_a + n_b) − 9)`. Multiplying the Welch interval of the difference
/// by it gives an interval for g that excludes 0 exactly when the Welch interval does.
/// `None` if either n < 2, an SD is negative or non-finite, or the pooled SD is 0.
pub fn hedges_factor(sd_a: f64, n_a: usize, sd_b: f64, n_b: usize) -> Option<f64> {
    let (va, vb) = (summary_variance(sd_a)?, summary_variance(sd_b)?);
    if n_a < 2 || n_b < 2 {
        return None;
    }
    let (n1, n2) = (n_a as f64, n_b as f64);
    let pooled_var = ((n1 - 1.0) * va + (n2 - 1.0) * vb) / (n1 + n2 - 2.0);
    if pooled_var <= 0.0 || !pooled_var.is_finite() {
        return None;
    }
    let j = 1.0 - 3.0 / (4.0 * (n1 + n2) - 9.0);
    finite(j / pooled_var.sqrt())
}

/// Hedges' g from means, sample variances and sizes (shared by [`hedges_g`] and
/// [`hedges_g_from_stats`]).
fn hedges_from_var(
    mean_a: f64,
    var_a: f64,
    n_a: usize,
    mean_b: f64,
    var_b: f64,
    n_b: usize,
) -> Option<Hedges> {
    if n_a < 2 || n_b < 2 || !all_finite(&[mean_a, var_a, mean_b, var_b]) {
        return None;
    }
    if var_a < 0.0 || var_b < 0.0 {
        return None;
    }
    let (n1, n2) = (n_a as f64, n_b as f64);
    let pooled_var = ((n1 - 1.0) * var_a + (n2 - 1.0) * var_b) / (n1 + n2 - 2.0);
    if pooled_var <= 0.0 || !pooled_var.is_finite() {
        return None;
    }
    let d = (mean_a - mean_b) / pooled_var.sqrt();
    let j = 1.0 - 3.0 / (4.0 * (n1 + n2) - 9.0);
    let g = finite(j * d)?;
    let se = finite(((n1 + n2) / (n1 * n2) + g * g / (2.0 * (n1 + n2))).sqrt())?;
    Some(Hedges {
        g,
        ci95: (finite(g - HEDGES_Z * se)?, finite(g + HEDGES_Z * se)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_factor_turns_the_difference_into_g() {
        let (ma, sa, na, mb, sb, nb) = (62.5, 14.0, 7usize, 48.0, 21.0, 12usize);
        let h = hedges_g_from_stats(ma, sa, na, mb, sb, nb).unwrap();
        let f = hedges_factor(sa, na, sb, nb).unwrap();
        assert!(close(h.g, (ma - mb) * f));
        assert_eq!(hedges_factor(0.0, 5, 0.0, 5), None);
        assert_eq!(hedges_factor(1.0, 1, 1.0, 5), None);
        assert_eq!(hedges_factor(-1.0, 5, 1.0, 5), None);
        assert!(hedges_factor(0.0, 5, 2.0, 5).is_some());
    }

    #[test]
    fn flat_alpha_equals_cronbach_alpha_flat() {
        let mut x: u64 = 7;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..500 {
            let k = 2 + round % 5;
            let n = round % 13;
            let spread = 1 + next() % 5;
            let rows: Vec<Vec<f64>> = (0..n)
                .map(|_| (0..k).map(|_| (1 + next() % spread) as f64).collect())
                .collect();
            let flat: Vec<f64> = rows.iter().flatten().copied().collect();
            assert_eq!(
                cronbach_alpha_flat(&flat, k).map(f64::to_bits),
                cronbach_alpha(&rows).map(f64::to_bits),
                "{rows:?}"
            );
        }
        assert_eq!(cronbach_alpha_flat(&[1.0, 2.0, 3.0], 2), None);
        assert_eq!(cronbach_alpha_flat(&[1.0, 2.0], 1), None);
        assert_eq!(cronbach_alpha_flat(&[], 0), None);
    }

    const EPS: f64 = 1e-12;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= EPS * b.abs().max(1.0)
    }

    fn assert_opt(got: Option<f64>, want: Option<f64>, what: &str) {
        match (got, want) {
            (None, None) => {}
            (Some(g), Some(w)) => assert!(close(g, w), "{what}: got {g}, want {w}"),
            _ => panic!("{what}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn uniform_null_variance_table() {
        // (A² − 1)/12, by hand.
        let cases: &[(u8, f64)] = &[
            (0, 0.0),
            (1, 0.0),
            (2, 0.25),
            (3, 8.0 / 12.0),
            (4, 15.0 / 12.0),
            (5, 2.0),
            (7, 4.0),
            (10, 99.0 / 12.0),
            (255, (255.0 * 255.0 - 1.0) / 12.0),
        ];
        for &(a, want) in cases {
            assert!(close(uniform_null_variance(a), want), "A = {a}");
        }
    }

    #[test]
    fn descriptive_table() {
        // (data, mean, variance, cv)
        type Row = (&'static [f64], Option<f64>, Option<f64>, Option<f64>);
        let cases: &[Row] = &[
            (&[], None, None, None),
            (&[4.0], Some(4.0), None, None),
            // mean 2, deviations ±1 → s² = 2/1 = 2
            (&[1.0, 3.0], Some(2.0), Some(2.0), Some(2f64.sqrt() / 2.0)),
            // mean 3, Σd² = 4+1+0+1+4 = 10 → s² = 10/4
            (
                &[1.0, 2.0, 3.0, 4.0, 5.0],
                Some(3.0),
                Some(2.5),
                Some(2.5f64.sqrt() / 3.0),
            ),
            (&[3.0, 3.0, 3.0], Some(3.0), Some(0.0), Some(0.0)),
            // mean 0 → CV undefined
            (&[-1.0, 1.0], Some(0.0), Some(2.0), None),
            (
                &[-1.0, -3.0],
                Some(-2.0),
                Some(2.0),
                Some(-(2f64.sqrt()) / 2.0),
            ),
            (&[1.0, f64::NAN], None, None, None),
            (&[f64::INFINITY, 1.0], None, None, None),
        ];
        for (x, m, v, c) in cases {
            assert_opt(mean(x), *m, &format!("mean {x:?}"));
            assert_opt(variance(x), *v, &format!("variance {x:?}"));
            assert_opt(sd(x), v.map(f64::sqrt), &format!("sd {x:?}"));
            assert_opt(cv(x), *c, &format!("cv {x:?}"));
        }
    }

    #[test]
    fn mean_of_constant_decimals_is_exact() {
        let x = [0.1; 7];
        assert_eq!(mean(&x), Some(0.1));
        assert_eq!(variance(&x), Some(0.0));
        assert_eq!(mean_ci95(&x), Some((0.1, 0.1)));
    }

    #[test]
    fn rwg_table() {
        let cases: &[(&[f64], u8, Option<f64>)] = &[
            // s² = 8 > σ²_EU = 2 → truncated to 0
            (&[1.0, 5.0], 5, Some(0.0)),
            // s² = 0 → perfect agreement
            (&[3.0, 3.0, 3.0], 5, Some(1.0)),
            // s² = 0.5, σ² = 2 → 0.75
            (&[3.0, 4.0], 5, Some(0.75)),
            // 7-point: s² = 0.5, σ² = 4 → 0.875
            (&[3.0, 4.0], 7, Some(0.875)),
            // s² = 2.5, σ² = 4 → 0.375
            (&[1.0, 2.0, 3.0, 4.0, 5.0], 7, Some(0.375)),
            (&[3.0], 5, None),
            (&[], 5, None),
            (&[3.0, 4.0], 1, None),
            (&[3.0, 4.0], 0, None),
            (&[3.0, f64::NAN], 5, None),
        ];
        for &(x, a, want) in cases {
            assert_opt(rwg(x, a), want, &format!("rwg {x:?} A={a}"));
        }
    }

    #[test]
    fn rwg_j_table() {
        // Two items with s² = 0.5 each on 5 points: r = 0.25, J = 2:
        // 2·0.75 / (2·0.75 + 0.25) = 1.5/1.75 = 6/7; Lindell: 0.75.
        let items = vec![vec![3.0, 4.0], vec![2.0, 3.0]];
        assert_opt(rwg_j(&items, 5), Some(6.0 / 7.0), "rwg_j");
        assert_opt(lindell_rwg_j(&items, 5), Some(0.75), "lindell");
        // s² = 8 per item > 2 → r_wg(J) truncated to 0, Lindell = 1 − 4 = −3.
        let polar = vec![vec![1.0, 5.0], vec![5.0, 1.0]];
        assert_opt(rwg_j(&polar, 5), Some(0.0), "rwg_j polar");
        assert_opt(lindell_rwg_j(&polar, 5), Some(-3.0), "lindell polar");
        // s̄² = σ²_EU exactly: both conventions give 0.
        let edge = vec![vec![1.0, 3.0]]; // s² = 2
        assert_opt(rwg_j(&edge, 5), Some(0.0), "rwg_j edge");
        assert_opt(lindell_rwg_j(&edge, 5), Some(0.0), "lindell edge");
        // Everyone agrees.
        let same = vec![vec![3.0; 4]; 3];
        assert_opt(rwg_j(&same, 5), Some(1.0), "rwg_j same");
        assert_opt(lindell_rwg_j(&same, 5), Some(1.0), "lindell same");
        // Undefined cases.
        assert_eq!(rwg_j(&[], 5), None);
        assert_eq!(rwg_j(&[vec![3.0]], 5), None);
        assert_eq!(rwg_j(&items, 1), None);
        assert_eq!(lindell_rwg_j(&[vec![1.0, f64::NAN]], 5), None);
    }

    #[test]
    fn average_deviation_table() {
        // item 1: mean 2, |dev| = 1,0,1 → 2/3; item 2: mean 4, |dev| = 1,1 → 1.
        let items = vec![vec![1.0, 2.0, 3.0], vec![3.0, 5.0]];
        assert_opt(
            average_deviation(&items),
            Some((2.0 / 3.0 + 1.0) / 2.0),
            "AD",
        );
        assert_opt(average_deviation(&[vec![4.0]]), Some(0.0), "AD n=1");
        assert_eq!(average_deviation(&[]), None);
        assert_eq!(average_deviation(&[vec![]]), None);
        assert_eq!(average_deviation(&[vec![f64::NEG_INFINITY, 1.0]]), None);
    }

    #[test]
    fn cronbach_alpha_table() {
        // Two identical items: s²ᵢ = 1 each, sums = 2x → s²_X = 4 → α = 2·(1 − 2/4) = 1.
        let rows = vec![vec![1.0, 1.0], vec![2.0, 2.0], vec![3.0, 3.0]];
        assert_opt(cronbach_alpha(&rows), Some(1.0), "alpha identical");
        // Perfectly opposed items: sums constant → total variance 0 → undefined.
        let opposed = vec![vec![1.0, 5.0], vec![5.0, 1.0]];
        assert_eq!(cronbach_alpha(&opposed), None);
        // Everyone answers 3.
        assert_eq!(cronbach_alpha(&vec![vec![3.0; 4]; 5]), None);
        // Items [1,2,3] and [1,3,2]: s²ᵢ = 1, 1; sums 2,5,5 → mean 4, s²_X = (4+1+1)/2 = 3
        // → α = 2·(1 − 2/3) = 2/3.
        let rows = vec![vec![1.0, 1.0], vec![2.0, 3.0], vec![3.0, 2.0]];
        assert_opt(cronbach_alpha(&rows), Some(2.0 / 3.0), "alpha 2/3");
        assert_eq!(cronbach_alpha(&[vec![1.0, 2.0]]), None); // n = 1
        assert_eq!(cronbach_alpha(&[vec![1.0], vec![2.0]]), None); // k = 1
        assert_eq!(cronbach_alpha(&[vec![1.0, 2.0], vec![2.0]]), None); // ragged
        assert_eq!(cronbach_alpha(&[]), None);
    }

    #[test]
    fn gini_table() {
        let cases: &[(&[f64], Option<f64>)] = &[
            (&[2.0, 2.0, 2.0, 2.0], Some(0.0)),
            // one holds everything: corrected Gini = 1
            (&[0.0, 0.0, 0.0, 10.0], Some(1.0)),
            // [1, 3]: ΣΣ|d| = 4, 2n²μ = 16 → 0.25 · n/(n−1) = 0.5
            (&[1.0, 3.0], Some(0.5)),
            // [1,2,3]: ΣΣ|d| = 8, 2·9·2 = 36 → 8/36·3/2 = 1/3
            (&[3.0, 1.0, 2.0], Some(1.0 / 3.0)),
            (&[5.0], None),
            (&[], None),
            (&[0.0, 0.0], None),
            (&[-1.0, 1.0], None),
            (&[1.0, f64::NAN], None),
        ];
        for &(x, want) in cases {
            assert_opt(gini(x), want, &format!("gini {x:?}"));
        }
    }

    #[test]
    fn t_quantile_table() {
        // Closed forms: df = 1 is Cauchy, q = tan(π(p − ½)); df = 2: q = (2p−1)/√(2p(1−p)).
        for &p in &[0.6, 0.9, 0.975, 0.995, 0.025, 0.1] {
            let cauchy = (std::f64::consts::PI * (p - 0.5)).tan();
            let q = t_quantile(p, 1.0).unwrap();
            assert!((q - cauchy).abs() <= 1e-9 * cauchy.abs(), "df=1 p={p}");
            let two = (2.0 * p - 1.0) / (2.0 * p * (1.0 - p)).sqrt();
            let q = t_quantile(p, 2.0).unwrap();
            assert!((q - two).abs() <= 1e-9 * two.abs(), "df=2 p={p}");
        }
        assert_eq!(t_quantile(0.5, 7.0), Some(0.0));
        for &(p, df) in &[
            (0.0, 5.0),
            (1.0, 5.0),
            (-0.1, 5.0),
            (1.1, 5.0),
            (f64::NAN, 5.0),
            (0.975, 0.0),
            (0.975, -3.0),
            (0.975, f64::NAN),
            (0.975, f64::INFINITY),
        ] {
            assert_eq!(t_quantile(p, df), None, "p={p} df={df}");
        }
    }

    #[test]
    fn t_two_sided_p_table() {
        // df = 1 (Cauchy): p = 1 − (2/π)·atan|t|.
        for &t in &[0.0, 0.3, 1.0, 12.706204736174694, -4.0] {
            let want = 1.0 - 2.0 / std::f64::consts::PI * f64::atan(f64::abs(t));
            let got = t_two_sided_p(t, 1.0).unwrap();
            assert!((got - want).abs() <= 1e-12, "t={t}: {got} vs {want}");
        }
        assert_eq!(t_two_sided_p(0.0, 5.0), Some(1.0));
        assert_eq!(t_two_sided_p(f64::NAN, 5.0), None);
        assert_eq!(t_two_sided_p(2.0, 0.0), None);
        assert_eq!(t_two_sided_p(1e300, 3.0), Some(0.0));
    }

    #[test]
    fn mean_ci95_hand_case() {
        // [1, 3]: mean 2, s = √2, se = 1, t(0.975, 1) = tan(0.475π) = 12.7062…
        let q = (std::f64::consts::PI * 0.475).tan();
        let (lo, hi) = mean_ci95(&[1.0, 3.0]).unwrap();
        assert!((lo - (2.0 - q)).abs() < 1e-9 && (hi - (2.0 + q)).abs() < 1e-9);
        assert_eq!(mean_ci95(&[1.0]), None);
        assert_eq!(mean_ci95(&[]), None);
    }

    #[test]
    fn welch_hand_cases() {
        // a = [1, 3], b = [5, 7]: diff −4, s² = 2 each, SE = √2, t = −2√2, df = 2.
        let w = welch(&[1.0, 3.0], &[5.0, 7.0]).unwrap();
        assert!(close(w.diff, -4.0));
        assert!(close(w.t, -2.0 * 2f64.sqrt()));
        assert!(close(w.df, 2.0));
        // df = 2: p = 1 − |t|/√(2 + t²) → 1 − √8/√10
        assert!((w.p - (1.0 - (0.8f64).sqrt())).abs() < 1e-12);
        // One zero variance: df = n − 1 of the other group.
        let w = welch(&[3.0, 3.0, 3.0], &[1.0, 2.0, 3.0, 4.0]).unwrap();
        assert!(close(w.df, 3.0));
        assert!(w.ci95.0 <= w.diff && w.diff <= w.ci95.1);
        // Both zero → None; too small → None.
        assert_eq!(welch(&[3.0, 3.0], &[4.0, 4.0, 4.0]), None);
        assert_eq!(welch(&[3.0], &[4.0, 5.0]), None);
        assert_eq!(welch(&[1.0, 2.0], &[f64::NAN, 5.0]), None);
    }

    #[test]
    fn from_stats_equals_from_values() {
        let groups: &[(&[f64], &[f64])] = &[
            (&[1.0, 3.0], &[5.0, 7.0]),
            (&[3.0, 3.0, 3.0], &[1.0, 2.0, 3.0, 4.0]),
            (
                &[4.25, 3.5, 4.5, 3.75, 2.5],
                &[2.0, 3.5, 4.75, 1.5, 3.0, 4.0],
            ),
            (&[2.0, 2.0], &[2.0, 2.0, 2.0]),
        ];
        for &(a, b) in groups {
            let (ma, sa, mb, sb) = (
                mean(a).unwrap(),
                sd(a).unwrap(),
                mean(b).unwrap(),
                sd(b).unwrap(),
            );
            let w = welch(a, b);
            let ws = welch_from_stats(ma, sa, a.len(), mb, sb, b.len());
            assert_eq!(w.is_some(), ws.is_some(), "{a:?} {b:?}");
            if let (Some(w), Some(ws)) = (w, ws) {
                for (x, y) in [
                    (w.diff, ws.diff),
                    (w.t, ws.t),
                    (w.df, ws.df),
                    (w.p, ws.p),
                    (w.ci95.0, ws.ci95.0),
                    (w.ci95.1, ws.ci95.1),
                ] {
                    assert!(
                        (x - y).abs() <= 1e-12 * x.abs().max(1.0),
                        "{a:?} {b:?}: {x} vs {y}"
                    );
                }
            }
            let h = hedges_g(a, b);
            let hs = hedges_g_from_stats(ma, sa, a.len(), mb, sb, b.len());
            assert_eq!(h.is_some(), hs.is_some(), "{a:?} {b:?}");
            if let (Some(h), Some(hs)) = (h, hs) {
                assert!(
                    close(h.g, hs.g) && close(h.ci95.0, hs.ci95.0) && close(h.ci95.1, hs.ci95.1)
                );
            }
        }
    }

    #[test]
    fn from_stats_rejects_bad_input() {
        let cases: &[(f64, f64, usize, f64, f64, usize)] = &[
            (1.0, 1.0, 1, 2.0, 1.0, 5),
            (1.0, 1.0, 5, 2.0, 1.0, 0),
            (1.0, -1.0, 5, 2.0, 1.0, 5),
            (1.0, 0.0, 5, 2.0, 0.0, 5),
            (f64::NAN, 1.0, 5, 2.0, 1.0, 5),
            (1.0, f64::INFINITY, 5, 2.0, 1.0, 5),
            (1.0, 1.0, 5, f64::NEG_INFINITY, 1.0, 5),
        ];
        for &(ma, sa, na, mb, sb, nb) in cases {
            assert_eq!(welch_from_stats(ma, sa, na, mb, sb, nb), None);
            assert_eq!(hedges_g_from_stats(ma, sa, na, mb, sb, nb), None);
        }
        // Huge n does not overflow anything.
        let w = welch_from_stats(50.0, 10.0, usize::MAX, 40.0, 12.0, usize::MAX).unwrap();
        assert!(w.p.is_finite() && w.ci95.0 > 0.0);
    }

    #[test]
    fn hedges_hand_cases() {
        // a = [1, 3], b = [5, 7]: s_p = √2, d = −4/√2 = −2√2, J = 1 − 3/7 = 4/7.
        let h = hedges_g(&[1.0, 3.0], &[5.0, 7.0]).unwrap();
        let g = 4.0 / 7.0 * -2.0 * 2f64.sqrt();
        assert!(close(h.g, g));
        let se = (4.0 / 4.0 + g * g / 8.0).sqrt();
        assert!(close(h.ci95.0, g - 1.96 * se) && close(h.ci95.1, g + 1.96 * se));
        assert_eq!(hedges_g(&[2.0, 2.0], &[2.0, 2.0]), None);
        assert_eq!(hedges_g(&[2.0, 2.0], &[3.0]), None);
    }
}
