#![cfg(not(target_arch = "wasm32"))]
//! Property tests for `domain::stats`: ranges, interval coverage, permutation
//! invariance, and total robustness (no panics; non-finite input ⇒ `None`; any `Some`
//! is finite).

use leadership_radar::domain::stats::{
    average_deviation, cronbach_alpha, cv, gini, hedges_g, lindell_rwg_j, mean, mean_ci95, rwg,
    rwg_j, sd, t_quantile, t_two_sided_p, uniform_null_variance, variance, welch,
};
use proptest::prelude::*;

/// Relative tolerance for "the same figure".
const TOL: f64 = 1e-9;

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= TOL * x.abs().max(y.abs()).max(1.0),
        _ => false,
    }
}

fn same_pair(a: Option<(f64, f64)>, b: Option<(f64, f64)>) -> bool {
    same(a.map(|p| p.0), b.map(|p| p.0)) && same(a.map(|p| p.1), b.map(|p| p.1))
}

/// A Likert scale size and answers of `n` respondents to one item.
fn likert_item(max_n: usize) -> impl Strategy<Value = (u8, Vec<f64>)> {
    (2u8..=11).prop_flat_map(move |a| {
        (
            Just(a),
            prop::collection::vec((1..=a).prop_map(f64::from), 0..max_n),
        )
    })
}

/// A Likert scale size and a respondents × items matrix (rows = respondents).
fn likert_matrix() -> impl Strategy<Value = (u8, Vec<Vec<f64>>)> {
    (2u8..=11, 0usize..12, 1usize..7).prop_flat_map(|(a, n, k)| {
        (
            Just(a),
            prop::collection::vec(prop::collection::vec((1..=a).prop_map(f64::from), k), n),
        )
    })
}

/// A matrix and the same matrix with its respondents (rows) shuffled.
fn likert_matrix_and_shuffle() -> impl Strategy<Value = (u8, Vec<Vec<f64>>, Vec<Vec<f64>>)> {
    likert_matrix()
        .prop_flat_map(|(a, rows)| (Just(a), Just(rows.clone()), Just(rows).prop_shuffle()))
}

fn transpose(rows: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let k = rows.first().map_or(0, Vec::len);
    (0..k)
        .map(|j| rows.iter().map(|r| r[j]).collect())
        .collect()
}

/// Any f64 at all: NaN, ±∞, subnormals, zeros, huge and tiny normals.
fn any_vec() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(prop::num::f64::ANY, 0..12)
}

/// Mostly ordinary values with occasional non-finite ones, so both branches are hit.
fn mixed_vec() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(
        prop_oneof![
            8 => -1e6..1e6f64,
            1 => Just(f64::NAN),
            1 => Just(f64::INFINITY),
            1 => Just(f64::NEG_INFINITY),
            1 => prop::num::f64::ANY,
        ],
        0..12,
    )
}

fn finite_or_none(v: Option<f64>) -> bool {
    v.is_none_or(f64::is_finite)
}

fn pair_finite_or_none(v: Option<(f64, f64)>) -> bool {
    v.is_none_or(|(a, b)| a.is_finite() && b.is_finite() && a <= b)
}

/// Every single-vector statistic on `x`: must not panic; None if any value is
/// non-finite; otherwise None or finite.
fn check_vector_robust(x: &[f64]) -> Result<(), TestCaseError> {
    let bad = x.iter().any(|v| !v.is_finite());
    let items = vec![x.to_vec()];
    let singles = [
        ("mean", mean(x)),
        ("variance", variance(x)),
        ("sd", sd(x)),
        ("cv", cv(x)),
        ("gini", gini(x)),
        ("rwg5", rwg(x, 5)),
        ("rwg7", rwg(x, 7)),
        ("rwg_j", rwg_j(&items, 5)),
        ("lindell", lindell_rwg_j(&items, 5)),
        ("ad", average_deviation(&items)),
    ];
    for (name, v) in singles {
        prop_assert!(finite_or_none(v), "{name} gave {v:?} for {x:?}");
        if bad {
            prop_assert!(v.is_none(), "{name} gave {v:?} for non-finite {x:?}");
        }
    }
    let ci = mean_ci95(x);
    prop_assert!(pair_finite_or_none(ci), "ci {ci:?} for {x:?}");
    if bad {
        prop_assert!(ci.is_none());
    }
    Ok(())
}

fn check_two_group_robust(a: &[f64], b: &[f64]) -> Result<(), TestCaseError> {
    let bad = a.iter().chain(b).any(|v| !v.is_finite());
    let w = welch(a, b);
    if let Some(w) = w {
        prop_assert!(!bad, "welch Some for non-finite input");
        for v in [w.diff, w.t, w.df, w.p, w.ci95.0, w.ci95.1] {
            prop_assert!(v.is_finite(), "welch {w:?}");
        }
        prop_assert!((0.0..=1.0).contains(&w.p));
        prop_assert!(w.ci95.0 <= w.ci95.1);
    }
    let h = hedges_g(a, b);
    if let Some(h) = h {
        prop_assert!(!bad, "hedges Some for non-finite input");
        for v in [h.g, h.ci95.0, h.ci95.1] {
            prop_assert!(v.is_finite(), "hedges {h:?}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // ---------------------------------------------------------------- ranges

    #[test]
    fn rwg_in_unit_interval((a, x) in likert_item(30)) {
        if let Some(r) = rwg(&x, a) {
            prop_assert!((0.0..=1.0).contains(&r), "rwg {r}");
        } else {
            prop_assert!(x.len() < 2);
        }
    }

    #[test]
    fn rwg_in_unit_interval_for_any_finite_data(
        x in prop::collection::vec(-1e9..1e9f64, 0..20), a in any::<u8>()
    ) {
        if let Some(r) = rwg(&x, a) {
            prop_assert!((0.0..=1.0).contains(&r), "rwg {r}");
        }
    }

    #[test]
    fn rwg_j_in_unit_interval_and_above_lindell((a, rows) in likert_matrix()) {
        let items = transpose(&rows);
        let r = rwg_j(&items, a);
        let l = lindell_rwg_j(&items, a);
        prop_assert_eq!(r.is_some(), l.is_some());
        if let (Some(r), Some(l)) = (r, l) {
            prop_assert!((0.0..=1.0).contains(&r), "rwg_j {r}");
            prop_assert!(l <= 1.0 + 1e-12, "lindell {l}");
            // Spearman–Brown step-up never lowers agreement (for r*wg ≥ 0).
            prop_assert!(r + 1e-12 >= l.max(0.0), "rwg_j {r} < lindell {l}");
        } else {
            prop_assert!(rows.len() < 2);
        }
    }

    #[test]
    fn average_deviation_bounded((a, rows) in likert_matrix()) {
        let items = transpose(&rows);
        if let Some(ad) = average_deviation(&items) {
            // |x − x̄| ≤ A − 1 on a 1..A scale.
            prop_assert!(ad >= 0.0 && ad <= f64::from(a) - 1.0, "AD {ad}");
        } else {
            prop_assert!(rows.is_empty());
        }
    }

    #[test]
    fn cronbach_alpha_at_most_one((_a, rows) in likert_matrix()) {
        if let Some(alpha) = cronbach_alpha(&rows) {
            prop_assert!(alpha <= 1.0 + 1e-12, "alpha {alpha}");
        }
    }

    #[test]
    fn gini_in_unit_interval_for_non_negative(
        x in prop::collection::vec(prop_oneof![Just(0.0), 0.0..1e6f64, (0u8..=10).prop_map(f64::from)], 0..25)
    ) {
        match gini(&x) {
            Some(g) => prop_assert!((0.0..=1.0).contains(&g), "gini {g} for {x:?}"),
            None => prop_assert!(x.len() < 2 || x.iter().all(|&v| v == 0.0)),
        }
    }

    #[test]
    fn variance_non_negative(x in prop::collection::vec(-1e6..1e6f64, 0..25)) {
        if let Some(v) = variance(&x) {
            prop_assert!(v >= 0.0);
            prop_assert!(same(sd(&x), Some(v.sqrt())));
        } else {
            prop_assert!(x.len() < 2);
        }
    }

    #[test]
    fn uniform_null_variance_total(a in any::<u8>()) {
        let v = uniform_null_variance(a);
        prop_assert!(v.is_finite() && v >= 0.0);
        if a >= 2 {
            let af = f64::from(a);
            prop_assert!(same(Some(v), Some((af * af - 1.0) / 12.0)));
        }
    }

    // ------------------------------------------------------------- intervals

    #[test]
    fn ci_contains_mean(x in prop::collection::vec(-1e6..1e6f64, 0..25)) {
        match mean_ci95(&x) {
            Some((lo, hi)) => {
                let m = mean(&x).unwrap();
                prop_assert!(lo <= m && m <= hi, "{lo} <= {m} <= {hi}");
            }
            None => prop_assert!(x.len() < 2),
        }
    }

    #[test]
    fn ci_contains_mean_likert((_a, x) in likert_item(30)) {
        if let Some((lo, hi)) = mean_ci95(&x) {
            let m = mean(&x).unwrap();
            prop_assert!(lo <= m && m <= hi);
        }
    }

    #[test]
    fn welch_and_hedges_intervals_contain_estimates(
        (_a, x) in likert_item(15), (_b, y) in likert_item(15)
    ) {
        if let Some(w) = welch(&x, &y) {
            prop_assert!(w.ci95.0 <= w.diff && w.diff <= w.ci95.1);
            prop_assert!((0.0..=1.0).contains(&w.p));
            // Welch–Satterthwaite: min(n₁, n₂) − 1 ≤ df ≤ n₁ + n₂ − 2.
            let lo = (x.len().min(y.len()) - 1) as f64;
            let hi = (x.len() + y.len() - 2) as f64;
            prop_assert!(w.df >= lo * (1.0 - 1e-12) && w.df <= hi * (1.0 + 1e-12),
                "df {} for n = {}, {}", w.df, x.len(), y.len());
        }
        if let Some(h) = hedges_g(&x, &y) {
            prop_assert!(h.ci95.0 <= h.g && h.g <= h.ci95.1);
        }
    }

    // ------------------------------------------------------------ t helpers

    #[test]
    fn t_quantile_round_trips_through_p(p in 1e-9..(1.0 - 1e-9), df in 0.5..1e7f64) {
        let q = t_quantile(p, df);
        prop_assert!(q.is_some(), "t_quantile({p}, {df}) = None");
        let q = q.unwrap();
        prop_assert!((q > 0.0) == (p > 0.5) || p == 0.5);
        // symmetry q(p) = −q(1 − p); 1 − p is exact for p ≥ 0.5
        if p >= 0.5 {
            prop_assert_eq!(t_quantile(1.0 - p, df), Some(-q));
        }
        // P(|T| > |q|) = 2·min(p, 1−p)
        let two = t_two_sided_p(q, df).unwrap();
        let want = 2.0 * p.min(1.0 - p);
        prop_assert!((two - want).abs() <= 1e-8 * want, "p {p} df {df}: q {q}, 2-sided {two} vs {want}");
    }

    #[test]
    fn t_functions_total(p in prop::num::f64::ANY, df in prop::num::f64::ANY, t in prop::num::f64::ANY) {
        let q = t_quantile(p, df);
        prop_assert!(finite_or_none(q));
        if !(p.is_finite() && df.is_finite()) { prop_assert!(q.is_none()); }
        let pv = t_two_sided_p(t, df);
        prop_assert!(pv.is_none_or(|v| (0.0..=1.0).contains(&v)));
        if !(t.is_finite() && df.is_finite()) { prop_assert!(pv.is_none()); }
    }

    // ------------------------------------------------- permutation invariance

    #[test]
    fn permutation_invariance_matrix((a, rows, shuffled) in likert_matrix_and_shuffle()) {
        let (items, items_s) = (transpose(&rows), transpose(&shuffled));
        for (x, y) in items.iter().zip(&items_s) {
            prop_assert!(same(mean(x), mean(y)));
            prop_assert!(same(variance(x), variance(y)));
            prop_assert!(same(sd(x), sd(y)));
            prop_assert!(same_pair(mean_ci95(x), mean_ci95(y)));
            prop_assert!(same(rwg(x, a), rwg(y, a)));
            prop_assert!(same(cv(x), cv(y)));
            prop_assert!(same(gini(x), gini(y)));
        }
        prop_assert!(same(rwg_j(&items, a), rwg_j(&items_s, a)));
        prop_assert!(same(lindell_rwg_j(&items, a), lindell_rwg_j(&items_s, a)));
        prop_assert!(same(average_deviation(&items), average_deviation(&items_s)));
        prop_assert!(same(cronbach_alpha(&rows), cronbach_alpha(&shuffled)));
    }

    #[test]
    fn permutation_invariance_positive_reals(
        (x, y) in prop::collection::vec(0.01..1000.0f64, 0..25)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
    ) {
        prop_assert!(same(mean(&x), mean(&y)));
        prop_assert!(same(variance(&x), variance(&y)));
        prop_assert!(same(sd(&x), sd(&y)));
        prop_assert!(same_pair(mean_ci95(&x), mean_ci95(&y)));
        prop_assert!(same(cv(&x), cv(&y)));
        prop_assert!(same(gini(&x), gini(&y)));
        prop_assert!(same(average_deviation(std::slice::from_ref(&x)),
            average_deviation(std::slice::from_ref(&y))));
    }

    #[test]
    fn permutation_invariance_two_groups(
        (a, a_s) in prop::collection::vec((1u8..=7).prop_map(f64::from), 0..12)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle())),
        (b, b_s) in prop::collection::vec((1u8..=7).prop_map(f64::from), 0..12)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle())),
    ) {
        let (w, ws) = (welch(&a, &b), welch(&a_s, &b_s));
        prop_assert_eq!(w.is_some(), ws.is_some());
        if let (Some(w), Some(ws)) = (w, ws) {
            prop_assert!(same(Some(w.diff), Some(ws.diff)));
            prop_assert!(same(Some(w.t), Some(ws.t)));
            prop_assert!(same(Some(w.df), Some(ws.df)));
            prop_assert!(same(Some(w.p), Some(ws.p)));
            prop_assert!(same_pair(Some(w.ci95), Some(ws.ci95)));
        }
        let (h, hs) = (hedges_g(&a, &b), hedges_g(&a_s, &b_s));
        prop_assert_eq!(h.is_some(), hs.is_some());
        if let (Some(h), Some(hs)) = (h, hs) {
            prop_assert!(same(Some(h.g), Some(hs.g)));
            prop_assert!(same_pair(Some(h.ci95), Some(hs.ci95)));
        }
    }

    // ------------------------------------------------------------ robustness

    #[test]
    fn never_panics_on_any_f64(x in any_vec()) {
        check_vector_robust(&x)?;
    }

    #[test]
    fn non_finite_gives_none(x in mixed_vec()) {
        check_vector_robust(&x)?;
    }

    #[test]
    fn two_groups_never_panic(a in any_vec(), b in any_vec()) {
        check_two_group_robust(&a, &b)?;
    }

    #[test]
    fn two_groups_mixed(a in mixed_vec(), b in mixed_vec()) {
        check_two_group_robust(&a, &b)?;
    }

    #[test]
    fn matrix_functions_never_panic(
        rows in prop::collection::vec(prop::collection::vec(
            prop_oneof![4 => (1u8..=5).prop_map(f64::from), 1 => prop::num::f64::ANY], 0..5), 0..6),
        options in any::<u8>(),
    ) {
        // Rows may be ragged; items are whatever columns exist in every row.
        let bad = rows.iter().flatten().any(|v| !v.is_finite());
        let k = rows.iter().map(Vec::len).min().unwrap_or(0);
        let items: Vec<Vec<f64>> = (0..k).map(|j| rows.iter().map(|r| r[j]).collect()).collect();
        let alpha = cronbach_alpha(&rows);
        prop_assert!(finite_or_none(alpha));
        if bad { prop_assert!(alpha.is_none()); }
        let items_bad = items.iter().flatten().any(|v| !v.is_finite());
        for v in [rwg_j(&items, options), lindell_rwg_j(&items, options), average_deviation(&items)] {
            prop_assert!(finite_or_none(v));
            if items_bad { prop_assert!(v.is_none()); }
        }
        if let Some(r) = rwg_j(&items, options) {
            prop_assert!((0.0..=1.0).contains(&r));
        }
    }
}
