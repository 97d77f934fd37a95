//! Two-group comparisons: Welch's t test and Hedges' g, from raw values or summary statistics.

use super::{all_finite, finite, mean, t_quantile, t_two_sided_p, variance};

/// The critical value used for the Hedges' g interval (two-sided 95 %, normal
/// approximation): exactly 1.96 as in the usual textbook formula.
pub const HEDGES_Z: f64 = 1.96;
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
    welch_of(Group::of(a)?, Group::of(b)?)
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
    welch_of(
        Group::from_sd(mean_a, sd_a, n_a)?,
        Group::from_sd(mean_b, sd_b, n_b)?,
    )
}

/// One group's mean, sample variance and size: what both comparisons start from.
#[derive(Clone, Copy)]
struct Group {
    mean: f64,
    var: f64,
    n: usize,
}

impl Group {
    /// From raw values: `None` if n < 2 or any value is non-finite.
    fn of(x: &[f64]) -> Option<Group> {
        if x.len() < 2 {
            return None;
        }
        Some(Group {
            mean: mean(x)?,
            var: variance(x)?,
            n: x.len(),
        })
    }

    /// From summary statistics: `None` unless the SD is finite and non-negative.
    fn from_sd(mean: f64, sd: f64, n: usize) -> Option<Group> {
        Some(Group {
            mean,
            var: summary_variance(sd)?,
            n,
        })
    }

    /// `None` unless both groups have n ≥ 2 and finite, non-negative figures.
    fn usable(a: Group, b: Group) -> Option<(Group, Group)> {
        let ok = a.n >= 2
            && b.n >= 2
            && all_finite(&[a.mean, a.var, b.mean, b.var])
            && a.var >= 0.0
            && b.var >= 0.0;
        ok.then_some((a, b))
    }
}

/// s² from a summary SD: `None` unless the SD is finite and non-negative.
fn summary_variance(sd: f64) -> Option<f64> {
    (sd.is_finite() && sd >= 0.0).then_some(sd * sd)
}

/// The pooled variance `((n₁ − 1)s²₁ + (n₂ − 1)s²₂)/(n₁ + n₂ − 2)` and Hedges'
/// correction `J = 1 − 3/(4(n₁ + n₂) − 9)`; `None` when the pooled variance is not
/// positive and finite.
fn pooled_and_j(var_a: f64, n_a: usize, var_b: f64, n_b: usize) -> Option<(f64, f64)> {
    let (n1, n2) = (n_a as f64, n_b as f64);
    let pooled_var = ((n1 - 1.0) * var_a + (n2 - 1.0) * var_b) / (n1 + n2 - 2.0);
    if pooled_var <= 0.0 || !pooled_var.is_finite() {
        return None;
    }
    Some((pooled_var, 1.0 - 3.0 / (4.0 * (n1 + n2) - 9.0)))
}

/// Welch's t test of two groups (shared by [`welch`] and [`welch_from_stats`]).
fn welch_of(a: Group, b: Group) -> Option<Welch> {
    let (a, b) = Group::usable(a, b)?;
    let (na, nb) = (a.n as f64, b.n as f64);
    let va = a.var / na;
    let vb = b.var / nb;
    let se2 = va + vb;
    if se2 <= 0.0 || !se2.is_finite() {
        return None;
    }
    let se = se2.sqrt();
    let diff = finite(a.mean - b.mean)?;
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
    hedges_of(Group::of(a)?, Group::of(b)?)
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
    hedges_of(
        Group::from_sd(mean_a, sd_a, n_a)?,
        Group::from_sd(mean_b, sd_b, n_b)?,
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
    let (pooled_var, j) = pooled_and_j(va, n_a, vb, n_b)?;
    finite(j / pooled_var.sqrt())
}

/// Hedges' g of two groups (shared by [`hedges_g`] and [`hedges_g_from_stats`]).
fn hedges_of(a: Group, b: Group) -> Option<Hedges> {
    let (a, b) = Group::usable(a, b)?;
    let (pooled_var, j) = pooled_and_j(a.var, a.n, b.var, b.n)?;
    let (n1, n2) = (a.n as f64, b.n as f64);
    let d = (a.mean - b.mean) / pooled_var.sqrt();
    let g = finite(j * d)?;
    let se = finite(((n1 + n2) / (n1 * n2) + g * g / (2.0 * (n1 + n2))).sqrt())?;
    Some(Hedges {
        g,
        ci95: (finite(g - HEDGES_Z * se)?, finite(g + HEDGES_Z * se)?),
    })
}
