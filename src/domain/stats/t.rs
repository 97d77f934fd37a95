//! Student's t distribution: two-sided p values and quantiles, accurate for any df.

use crate::domain::small::clamp;
use crate::domain::special::{normal_upper_tail, t_upper_tail};

use super::finite;

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

/// Upper tail probability P(T > x) of Student's t with `df` degrees of freedom,
/// for finite `x ≥ 0` and finite `df > 0`.
fn t_sf(x: f64, df: f64) -> Option<f64> {
    if !(x.is_finite() && x >= 0.0 && df.is_finite() && df > 0.0) {
        return None;
    }
    if df <= HILL_DF {
        return finite(clamp(t_upper_tail(x, df), 0.0, 0.5));
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
    finite(clamp(normal_upper_tail(z), 0.0, 0.5))
}

/// Two-sided p value of a t statistic: p = 2·P(T_df > |t|), clamped to [0, 1].
///
/// Uses the incomplete-beta tail ([`crate::domain::special::t_upper_tail`]) for df ≤ 10⁴ and Hill's (1970)
/// normalising transformation for larger df (see [`t_quantile`]). `None` unless
/// `t` is finite and `df` is finite and positive. For |t| so large that the tail
/// underflows the result is 0.
pub fn t_two_sided_p(t: f64, df: f64) -> Option<f64> {
    if !t.is_finite() {
        return None;
    }
    let tail = t_sf(t.abs(), df)?;
    finite(clamp(2.0 * tail, 0.0, 1.0))
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
/// Cost: about 30 tail-probability evaluations from a checked narrow bracket, 66 from
/// the whole range when there is none ([`quantile_by_bisection`]).
///
/// `None` unless 0 < p < 1 and `df` is finite and positive, and when |q| > 10¹⁵⁰.
///
/// The last few results are remembered by the bits of `(p, df)`: a team's figures
/// mostly share one n, so one set of team figures needs one or two solves, not one per
/// figure. A remembered result is the value the solver returned, bit for bit.
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    let key = (p.to_bits(), df.to_bits());
    let hit = RECENT.with(|r| r.borrow().iter().find(|e| (e.0, e.1) == key).map(|e| e.2));
    if let Some(q) = hit {
        return q;
    }
    let q = quantile_by_bisection(p, df, true);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() == REMEMBERED {
            r.remove(0);
        }
        r.push((key.0, key.1, q));
    });
    q
}

/// Forgets the quantiles [`t_quantile`] remembers: for benchmarks, so that each run
/// pays for the solves a first computation pays for.
pub fn forget_t_quantiles() {
    RECENT.with(|r| r.borrow_mut().clear());
}

/// How many quantiles [`t_quantile`] remembers.
const REMEMBERED: usize = 8;

thread_local! {
    /// [`t_quantile`]'s latest results: `(p bits, df bits, quantile)`, oldest first.
    static RECENT: core::cell::RefCell<Vec<(u64, u64, Option<f64>)>> =
        const { core::cell::RefCell::new(Vec::new()) };
}

/// The quantile by bisection over the bit patterns of non-negative `f64`s, from the
/// whole range `[0, 10¹⁵⁰]` or (`narrow`) from a bracket of about 2⁻³⁶ relative width
/// found by a secant search on ln P(T > x) over ln x and checked with two evaluations
/// (the whole range when the check fails). Both end on adjacent doubles with
/// P(T > lo) > α ≥ P(T > hi); the narrow start needs about 30 tail evaluations instead
/// of 66. Where rounding makes the computed tail probability non-monotone (within about
/// 1e-14 relative of the answer) the two may end on different such pairs; a test keeps
/// them within 1e-13 relative of each other.
pub(super) fn quantile_by_bisection(p: f64, df: f64, narrow: bool) -> Option<f64> {
    if !(p.is_finite() && p > 0.0 && p < 1.0 && df.is_finite() && df > 0.0) {
        return None;
    }
    if p == 0.5 {
        return Some(0.0);
    }
    // 1 − p is exact for p ≥ 0.5 (Sterbenz).
    let (alpha, sign) = if p > 0.5 { (1.0 - p, 1.0) } else { (p, -1.0) };
    let sf_hi = t_sf(MAX_T_QUANTILE, df)?;
    if sf_hi > alpha {
        return None;
    }
    let whole = (0.0_f64.to_bits(), MAX_T_QUANTILE.to_bits()); // sf(0) = 0.5 > alpha
    let (mut lo, mut hi) = if narrow {
        bracket(alpha, df).unwrap_or(whole)
    } else {
        whole
    };
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

/// Bits `(lo, hi)` with P(T > lo) > α ≥ P(T > hi), about 2⁻³⁶ apart relative to the
/// quantile: the secant method on g(u) = ln P(T > eᵘ) − ln α from u = 0 and ln 2 (g is
/// close to linear in u in the tails of small df and smooth elsewhere), then a check.
/// `None` when the search does not settle or the check fails.
fn bracket(alpha: f64, df: f64) -> Option<(u64, u64)> {
    let ln_alpha = alpha.ln();
    let g = |u: f64| -> Option<f64> {
        let x = u.exp();
        let sf = t_sf(x, df)?;
        (x.is_finite() && x < MAX_T_QUANTILE && sf > 0.0).then(|| sf.ln() - ln_alpha)
    };
    let (mut u0, mut u1) = (0.0_f64, core::f64::consts::LN_2);
    let (mut g0, mut g1) = (g(u0)?, g(u1)?);
    // The tail probability carries rounding noise (about 1e-11 relative near df = 1e4),
    // so the search stops at a step of 1e-13 or after 16 steps; the bracket is wider.
    for _ in 0..16 {
        if g1 == 0.0 || (u1 - u0).abs() <= 1e-13 * u1.abs().max(1.0) {
            break;
        }
        if g1 == g0 {
            return None;
        }
        let u2 = u1 - g1 * (u1 - u0) / (g1 - g0);
        if !u2.is_finite() {
            return None;
        }
        (u0, g0) = (u1, g1);
        u1 = u2;
        g1 = g(u1)?;
    }
    let x = u1.exp();
    let (lo, hi) = (x * (1.0 - 2f64.powi(-36)), x * (1.0 + 2f64.powi(-36)));
    (lo > 0.0 && hi < MAX_T_QUANTILE && t_sf(lo, df)? > alpha && t_sf(hi, df)? <= alpha)
        .then(|| (lo.to_bits(), hi.to_bits()))
}
