#![cfg(not(target_arch = "wasm32"))]
//! Checks every figure of `domain::stats` against independent numpy/scipy values.
//!
//! Inputs and expected values both come from `fixtures/stats/reference.json`, written by
//! `fixtures/stats/gen_reference.py` (numpy/scipy; versions recorded in the JSON).
//! `null` in the JSON means "undefined" and must be `None` in Rust.
//!
//! Tolerance: |rust − python| ≤ TOL · max(1, |python|) for every figure, including the
//! Student t quantiles and p values. Run with `-- --nocapture` to see the largest
//! deviation observed per group of figures.

use leadership_radar::domain::stats::{
    average_deviation, cronbach_alpha, cv, gini, hedges_g, hedges_g_from_stats, lindell_rwg_j,
    mean, mean_ci95, ratio_estimate, rwg, rwg_j, sd, t_quantile, t_two_sided_p,
    uniform_null_variance, variance, welch, welch_from_stats, Hedges, Welch,
};
use serde_json::Value;

mod common;
use common::Checker;

const REFERENCE: &str = include_str!("fixtures/stats/reference.json");

/// Tolerance for descriptive figures, agreement, reliability, inequality and effect sizes.
const TOL: f64 = 1e-9;
/// Tolerance for figures that involve the Student t distribution (quantiles, p values,
/// t-based confidence intervals). The observed deviation is far smaller (see the
/// printed summary); 1e-9 holds here too.
const TOL_T: f64 = 1e-9;

fn reference() -> Value {
    serde_json::from_str(REFERENCE).expect("reference.json parses")
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| e.as_f64().expect("number"))
        .collect()
}

fn matrix(v: &Value) -> Vec<Vec<f64>> {
    v.as_array().expect("rows").iter().map(floats).collect()
}

fn transpose(rows: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let k = rows.first().map_or(0, Vec::len);
    (0..k)
        .map(|j| rows.iter().map(|r| r[j]).collect())
        .collect()
}

/// Checks the per-vector block produced by `vector_stats` in the generator.
fn check_vector(c: &mut Checker, ct: &mut Checker, label: &str, x: &[f64], e: &Value, opt: &Value) {
    c.num(&format!("{label} mean"), mean(x), &e["mean"]);
    c.num(&format!("{label} variance"), variance(x), &e["variance"]);
    c.num(&format!("{label} sd"), sd(x), &e["sd"]);
    c.num(&format!("{label} cv"), cv(x), &e["cv"]);
    c.num(&format!("{label} gini"), gini(x), &e["gini"]);
    c.num(
        &format!("{label} average_deviation"),
        average_deviation(&[x.to_vec()]),
        &e["average_deviation"],
    );
    ct.pair(&format!("{label} ci95"), mean_ci95(x), &e["ci95"]);
    if let Some(options) = opt.as_u64() {
        let options = u8::try_from(options).expect("options fits u8");
        c.num(&format!("{label} rwg"), rwg(x, options), &e["rwg"]);
    } else {
        assert!(e.get("rwg").is_none(), "{label}: rwg without options");
    }
}

/// Checks a Welch result against the reference's `welch` object (or `null`).
fn check_welch(c: &mut Checker, ct: &mut Checker, name: &str, got: Option<Welch>, ew: &Value) {
    match got {
        None => assert!(ew.is_null(), "{name}: welch None, python {ew}"),
        Some(w) => {
            assert!(ew.is_object(), "{name}: welch {w:?}, python null");
            c.num(&format!("{name} welch.diff"), Some(w.diff), &ew["diff"]);
            c.num(&format!("{name} welch.t"), Some(w.t), &ew["t"]);
            c.num(&format!("{name} welch.df"), Some(w.df), &ew["df"]);
            ct.num(&format!("{name} welch.p"), Some(w.p), &ew["p"]);
            ct.pair(&format!("{name} welch.ci95"), Some(w.ci95), &ew["ci95"]);
        }
    }
}

/// Checks a Hedges result against the reference's `hedges` object (or `null`).
fn check_hedges(c: &mut Checker, name: &str, got: Option<Hedges>, eh: &Value) {
    match got {
        None => assert!(eh.is_null(), "{name}: hedges None, python {eh}"),
        Some(h) => {
            assert!(eh.is_object(), "{name}: hedges {h:?}, python null");
            c.num(&format!("{name} hedges.g"), Some(h.g), &eh["g"]);
            c.pair(&format!("{name} hedges.ci95"), Some(h.ci95), &eh["ci95"]);
        }
    }
}

/// Runs `check` on every entry of a reference section with a checker at [`TOL`] and
/// one at [`TOL_T`] (t-based figures), then reports both under `what`.
fn check_entries(
    section: &str,
    what: [&str; 2],
    mut check: impl FnMut(&mut Checker, &mut Checker, &Value),
) {
    let r = reference();
    let mut c = Checker::new(TOL);
    let mut ct = Checker::new(TOL_T);
    for e in r[section].as_array().unwrap() {
        check(&mut c, &mut ct, e);
    }
    c.finish(what[0]);
    ct.finish(what[1]);
}

/// Checks one number per entry of a reference section: `figure` gives the label,
/// the Rust value and the key of the expected value.
fn check_numbers(
    section: &str,
    tol: f64,
    what: &str,
    figure: impl Fn(&Value) -> (String, Option<f64>, &'static str),
) {
    let r = reference();
    let mut c = Checker::new(tol);
    for e in r[section].as_array().unwrap() {
        let (label, got, key) = figure(e);
        c.num(&label, got, &e[key]);
    }
    c.finish(what);
}

#[test]
fn generator_metadata_and_datasets() {
    let r = reference();
    let g = &r["generator"];
    assert!(g["numpy"].is_string() && g["scipy"].is_string());
    assert!(r["matrices"].as_array().unwrap().len() >= 4);
    let names = common::names(&r["matrices"]);
    for needed in [
        "typical_team_7x4",
        "zero_variance_all_threes",
        "minimum_group_n5",
        "small_group_n3",
        "seven_point_6x5",
    ] {
        assert!(names.contains(&needed), "missing dataset {needed}");
    }
    eprintln!(
        "reference generated with numpy {} / scipy {}",
        g["numpy"], g["scipy"]
    );
}

#[test]
fn matrices_match_reference() {
    let r = reference();
    let mut c = Checker::new(TOL);
    let mut ct = Checker::new(TOL_T);
    for m in r["matrices"].as_array().unwrap() {
        let name = m["name"].as_str().unwrap();
        let options = u8::try_from(m["options"].as_u64().unwrap()).unwrap();
        let rows = matrix(&m["rows"]);
        let items = transpose(&rows);
        let e = &m["expected"];
        let item_expect = e["items"].as_array().unwrap();
        assert_eq!(item_expect.len(), items.len(), "{name}: item count");
        for (j, (item, ie)) in items.iter().zip(item_expect).enumerate() {
            check_vector(
                &mut c,
                &mut ct,
                &format!("{name} item{j}"),
                item,
                ie,
                &m["options"],
            );
        }
        let respondent_means: Vec<f64> = rows.iter().map(|r| mean(r).unwrap()).collect();
        check_vector(
            &mut c,
            &mut ct,
            &format!("{name} respondent_means"),
            &respondent_means,
            &e["respondent_means"],
            &Value::Null,
        );
        c.num(
            &format!("{name} rwg_j"),
            rwg_j(&items, options),
            &e["rwg_j"],
        );
        c.num(
            &format!("{name} lindell_rwg_j"),
            lindell_rwg_j(&items, options),
            &e["lindell_rwg_j"],
        );
        c.num(
            &format!("{name} average_deviation"),
            average_deviation(&items),
            &e["average_deviation"],
        );
        c.num(
            &format!("{name} cronbach_alpha"),
            cronbach_alpha(&rows),
            &e["cronbach_alpha"],
        );
    }
    c.finish("matrices (descriptive, agreement, reliability, inequality)");
    ct.finish("matrices (t-based mean CIs)");
}

#[test]
fn vectors_match_reference() {
    let what = [
        "vectors (descriptive, inequality)",
        "vectors (t-based mean CIs)",
    ];
    check_entries("vectors", what, |c, ct, v| {
        let name = v["name"].as_str().unwrap();
        let x = floats(&v["x"]);
        check_vector(c, ct, name, &x, &v["expected"], &v["options"]);
    });
}

#[test]
fn two_groups_match_reference() {
    let what = [
        "groups (Welch diff/t/df, Hedges g and CI)",
        "groups (Welch p and CI)",
    ];
    check_entries("groups", what, |c, ct, g| {
        let name = g["name"].as_str().unwrap();
        let (a, b) = (floats(&g["a"]), floats(&g["b"]));
        let e = &g["expected"];
        check_welch(c, ct, name, welch(&a, &b), &e["welch"]);
        check_hedges(c, name, hedges_g(&a, &b), &e["hedges"]);
    });
}

#[test]
fn from_stats_match_reference() {
    let r = reference();
    let mut c = Checker::new(TOL);
    let mut ct = Checker::new(TOL_T);
    let cases = r["from_stats"].as_array().expect("from_stats section");
    assert!(cases.len() >= 10, "from_stats: {} cases", cases.len());
    let side = |v: &Value| {
        (
            v["mean"].as_f64().unwrap(),
            v["sd"].as_f64().unwrap(),
            usize::try_from(v["n"].as_u64().unwrap()).unwrap(),
        )
    };
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let ((ma, sa, na), (mb, sb, nb)) = (side(&case["a"]), side(&case["b"]));
        let e = &case["expected"];

        let welch = welch_from_stats(ma, sa, na, mb, sb, nb);
        check_welch(&mut c, &mut ct, name, welch, &e["welch"]);
        let hedges = hedges_g_from_stats(ma, sa, na, mb, sb, nb);
        check_hedges(&mut c, name, hedges, &e["hedges"]);
    }
    c.finish("from summary statistics (Welch diff/t/df, Hedges g and CI)");
    ct.finish("from summary statistics (Welch p and CI)");
}

/// Checks a Student t section: `f(x, df)` against the expected value `want` for every
/// entry's argument `arg` and `df`.
fn check_t(
    section: &str,
    arg: &'static str,
    want: &'static str,
    what: &str,
    f: fn(f64, f64) -> Option<f64>,
) {
    check_numbers(section, TOL_T, what, |e| {
        let (x, df) = (e[arg].as_f64().unwrap(), e["df"].as_f64().unwrap());
        (format!("{section}({arg}={x}, df={df})"), f(x, df), want)
    });
}

#[test]
fn t_quantiles_match_scipy() {
    let what = "t quantiles vs scipy.stats.t.ppf";
    check_t("t_quantiles", "p", "q", what, t_quantile);
}

#[test]
fn t_p_values_match_scipy() {
    let what = "two-sided p vs 2*scipy.stats.t.sf";
    check_t("t_two_sided_p", "t", "p", what, t_two_sided_p);
}

#[test]
fn uniform_null_variance_matches_reference() {
    check_numbers("uniform_null_variance", TOL, "uniform null variance", |e| {
        let a = u8::try_from(e["options"].as_u64().unwrap()).unwrap();
        let label = format!("uniform_null_variance({a})");
        (label, Some(uniform_null_variance(a)), "value")
    });
}

#[test]
fn ratio_estimates_match_reference() {
    let r = reference();
    let cases = r["ratios"].as_array().expect("ratios");
    assert!(cases.len() >= 10, "varied ratio cases");
    let mut c = Checker::new(TOL);
    let mut ct = Checker::new(TOL_T);
    let mut defined = 0;
    for e in cases {
        let name = e["name"].as_str().unwrap();
        let (y, x) = (floats(&e["y"]), floats(&e["x"]));
        let want = &e["expected"];
        match ratio_estimate(&y, &x) {
            None => assert!(want.is_null(), "{name}: rust None, python {want}"),
            Some(est) => {
                defined += 1;
                assert_eq!(Some(est.n as u64), want["n"].as_u64(), "{name} n");
                c.num(&format!("{name} ratio"), Some(est.ratio), &want["ratio"]);
                c.num(&format!("{name} se"), Some(est.se), &want["se"]);
                ct.pair(&format!("{name} ci95"), Some(est.ci95), &want["ci95"]);
            }
        }
    }
    assert!(defined >= 7, "most ratio cases are defined");
    c.finish("ratio estimate and its linearised SE");
    ct.finish("ratio estimate 95% CI");
}
