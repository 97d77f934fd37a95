//! Unit tests of the statistical primitives (reference values live in `tests/stats_reference.rs`).

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

/// The bisection started from the secant search's bracket ends where the bisection of
/// the whole range ends, within 1e-13 relative (where rounding makes the tail
/// probability non-monotone), over p from 1e-300 to 1 − 1e-16 and df from 0.05 to 1e12;
/// and most of the time on the same double.
#[test]
fn narrow_start_ends_where_the_whole_range_ends() {
    use super::t::quantile_by_bisection;
    let ps = [
        1e-300,
        1e-100,
        1e-20,
        1e-10,
        1e-5,
        0.001,
        0.01,
        0.025,
        0.05,
        0.1,
        0.3,
        0.4999,
        0.5001,
        0.6,
        0.9,
        0.95,
        0.975,
        0.99,
        0.999,
        0.9999999,
        1.0 - 1e-16,
    ];
    let dfs = [
        0.05, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 7.0, 9.0, 29.0, 99.0, 998.0, 9_999.0, 10_001.0, 1e5,
        1e8, 1e12,
    ];
    let (mut same, mut all) = (0, 0);
    for &p in &ps {
        for &df in &dfs {
            let whole = quantile_by_bisection(p, df, false);
            let narrow = quantile_by_bisection(p, df, true);
            all += 1;
            match (whole, narrow) {
                (Some(w), Some(n)) => {
                    assert!(
                        (w - n).abs() <= 1e-13 * w.abs(),
                        "p={p} df={df}: {w} vs {n}"
                    );
                    same += usize::from(w.to_bits() == n.to_bits());
                }
                (w, n) => assert_eq!(w, n, "p={p} df={df}"),
            }
        }
    }
    assert!(same * 10 >= all * 9, "{same} of {all} identical");
}

/// Remembered quantiles are the solver's, bit for bit, whatever the order of the
/// calls: repeats, more distinct arguments than are remembered, invalid ones.
#[test]
fn remembered_t_quantiles_are_the_solved_ones() {
    let args: Vec<(f64, f64)> = [0.975, 0.025, 0.9, f64::NAN, 1.0]
        .iter()
        .flat_map(|&p| [1.0, 4.0, 9.0, 9999.0, 1e5, 0.0].map(|df| (p, df)))
        .collect();
    let mut x: u64 = 0x5EED_0000_0000_0001;
    for _ in 0..2_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let (p, df) = args[(x % args.len() as u64) as usize];
        let got = t_quantile(p, df).map(f64::to_bits);
        let want = super::t::quantile_by_bisection(p, df, true).map(f64::to_bits);
        assert_eq!(got, want, "p={p} df={df}");
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
            assert!(close(h.g, hs.g) && close(h.ci95.0, hs.ci95.0) && close(h.ci95.1, hs.ci95.1));
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
