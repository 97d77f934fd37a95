#![cfg(not(target_arch = "wasm32"))]
//! Checks every figure of `domain::team` against an independent numpy/scipy
//! computation.
//!
//! Inputs (answers of literal teams to the built-in questionnaire) and expected values
//! both come from `fixtures/team/reference.json`, written by
//! `fixtures/team/gen_team_reference.py`. `null` means "suppressed or undefined" and
//! must be `None` in Rust; a team below its minimum group must be `TeamError::TooFew`.
//!
//! Tolerance: |rust − python| ≤ 1e-9 · max(1, |python|). Run with `-- --nocapture` to
//! see the largest deviation.

use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::scoring::score;
use leadership_radar::domain::suggestions::{for_team, Rules, TeamSignals};
use leadership_radar::domain::team::{
    compare, team_stats, Compared, Descriptive, MinGroup, Summary, TeamError, TeamStats, Verdict,
};
use serde_json::Value;

mod common;
use common::Checker;

const REFERENCE: &str = include_str!("fixtures/team/reference.json");
const TOL: f64 = 1e-9;

fn reference() -> Value {
    serde_json::from_str(REFERENCE).expect("reference.json parses")
}

/// Rows of answers: scale answers 0 = "can't say"; count answers (team size and
/// counts) are numbers with -1 = "can't say"; null = unanswered.
fn answers(v: &Value) -> Vec<Answers> {
    let q = Questionnaire::default_questionnaire();
    v.as_array()
        .expect("answers")
        .iter()
        .map(|row| {
            Answers(
                row.as_array()
                    .expect("row")
                    .iter()
                    .enumerate()
                    .map(|(pos, a)| {
                        let count = q.range_at(pos).is_some_and(|r| r.count);
                        match a.as_i64() {
                            None => None,
                            Some(-1) => Some(Answer::CantSay),
                            Some(0) if !count => Some(Answer::CantSay),
                            Some(x) => Some(Answer::Value(u8::try_from(x).expect("u8"))),
                        }
                    })
                    .collect(),
            )
        })
        .collect()
}

fn usize_of(v: &Value) -> usize {
    usize::try_from(v.as_u64().expect("count")).expect("usize")
}

/// Count, mean, SD and interval of one figure.
fn descriptive(c: &mut Checker, label: &str, d: &Descriptive, e: &Value) {
    c.count(&format!("{label}.n"), d.n, &e["n"]);
    c.num(&format!("{label}.mean"), Some(d.mean), &e["mean"]);
    c.num(&format!("{label}.sd"), Some(d.sd), &e["sd"]);
    c.pair(&format!("{label}.ci95"), Some(d.ci95), &e["ci95"]);
}

fn check_team(c: &mut Checker, name: &str, s: &TeamStats, e: &Value) {
    c.count(&format!("{name} n"), s.n(), &e["n"]);
    let ed = e["dimensions"].as_array().expect("dimensions");
    assert_eq!(ed.len(), s.dimensions().len(), "{name}: dimension count");
    for (d, (got, want)) in s.dimensions().iter().zip(ed).enumerate() {
        let label = format!("{name} dim{d}");
        if !c.presence(&label, got.as_ref(), want) {
            continue;
        }
        let Some(g) = got else { continue };
        c.count(&format!("{label}.n"), g.n, &want["n"]);
        c.num(&format!("{label}.mean"), Some(g.mean), &want["mean"]);
        c.num(&format!("{label}.sd"), Some(g.sd), &want["sd"]);
        c.pair(&format!("{label}.ci95"), Some(g.ci95), &want["ci95"]);
        c.num(&format!("{label}.rwg_j"), g.rwg_j, &want["rwg_j"]);
        c.num(
            &format!("{label}.lindell_rwg_j"),
            g.lindell_rwg_j,
            &want["lindell_rwg_j"],
        );
        c.num(&format!("{label}.ad"), g.ad, &want["ad"]);
        let alpha = &want["alpha"];
        if c.presence(&format!("{label}.alpha"), g.alpha.as_ref(), alpha) {
            if let Some(a) = &g.alpha {
                c.num(&format!("{label}.alpha"), Some(a.value), &alpha["value"]);
                c.count(&format!("{label}.alpha.n"), a.n, &alpha["n"]);
            }
        }
    }
    if c.presence(&format!("{name} index"), s.index(), &e["index"]) {
        if let Some(i) = s.index() {
            descriptive(c, &format!("{name} index"), i, &e["index"]);
        }
    }
    let eo = &e["own"];
    if c.presence(&format!("{name} own"), s.own(), eo) {
        if let Some(o) = s.own() {
            c.count(&format!("{name} own.n"), o.n, &eo["n"]);
            c.num(&format!("{name} own.mean"), Some(o.mean), &eo["mean"]);
            c.num(&format!("{name} own.sd"), Some(o.sd), &eo["sd"]);
            c.num(&format!("{name} own.gini"), Some(o.gini), &eo["gini"]);
            c.num(&format!("{name} own.cv"), Some(o.cv), &eo["cv"]);
        }
    }
    if c.presence(&format!("{name} spread"), s.spread(), &e["spread"]) {
        if let Some(sp) = s.spread() {
            descriptive(c, &format!("{name} spread"), sp, &e["spread"]);
        }
    }
    let ed = &e["density"];
    if c.presence(&format!("{name} density"), s.density(), ed) {
        if let Some(d) = s.density() {
            c.count(&format!("{name} density.n"), d.n, &ed["n"]);
            c.num(&format!("{name} density.d"), Some(d.d), &ed["d"]);
            c.num(&format!("{name} density.se"), Some(d.se), &ed["se"]);
            // Python gives the unclipped interval; the team view clips it to 0–1.
            let lo = ed["ci95"][0].as_f64().expect("lo");
            let hi = ed["ci95"][1].as_f64().expect("hi");
            c.num(
                &format!("{name} density.ci95.lo"),
                Some(d.ci95.0),
                &Value::from(leadership_radar::domain::small::clamp(lo, 0.0, 1.0)),
            );
            c.num(
                &format!("{name} density.ci95.hi"),
                Some(d.ci95.1),
                &Value::from(leadership_radar::domain::small::clamp(hi, 0.0, 1.0)),
            );
            c.same(
                &format!("{name} density.clipped"),
                &d.clipped,
                &(lo < 0.0 || hi > 1.0),
            );
        }
    }
    // The headline patterns fire on the team means as the reference says.
    let rules = Rules::default_rules();
    let q = Questionnaire::default_questionnaire();
    let scores: Vec<Option<f64>> = s
        .dimensions()
        .iter()
        .map(|d| d.as_ref().map(|d| d.mean))
        .collect();
    let signals = TeamSignals {
        conditions: s.conditions().map(|d| d.mean),
        spread: s.spread().map(|d| d.mean),
        ..TeamSignals::default()
    };
    let fired: Vec<String> = for_team(&rules, &q, &scores, &signals)
        .advice
        .patterns
        .iter()
        .filter(|h| h.headline)
        .map(|h| h.id.clone())
        .collect();
    let want: Vec<String> = e["headline_patterns"]
        .as_array()
        .expect("headline_patterns")
        .iter()
        .map(|v| v.as_str().expect("id").to_string())
        .collect();
    c.same(&format!("{name} headline patterns"), &fired, &want);
    let ew = e["who_leads"].as_array().expect("who_leads");
    assert_eq!(ew.len(), s.who_leads().len(), "{name}: function count");
    for (f, (got, want)) in s.who_leads().iter().zip(ew).enumerate() {
        let label = format!("{name} who{f}");
        if !c.presence(&label, got.as_ref(), want) {
            continue;
        }
        let Some(g) = got else { continue };
        c.count(&format!("{label}.n"), g.n, &want["n"]);
        c.count(&format!("{label}.missing"), g.missing, &want["missing"]);
        let counts: Vec<usize> = want["counts"]
            .as_array()
            .expect("counts")
            .iter()
            .map(usize_of)
            .collect();
        c.same(&format!("{label}.counts"), &g.counts, &counts);
        c.num(&format!("{label}.mean"), Some(g.mean), &want["mean"]);
    }
}

fn stats_of(q: &Questionnaire, team: &Value) -> Result<TeamStats, TeamError> {
    let min = MinGroup::new(usize_of(&team["min_group"]));
    team_stats(q, &answers(&team["answers"]), min)
}

#[test]
fn datasets_cover_the_required_cases() {
    let r = reference();
    let names = common::names(&r["teams"]);
    for needed in [
        "typical_team_7",
        "minimum_group_5_zero_variance",
        "one_dimension_four_scorable",
        "large_team_with_all_cant_say",
        "too_small_4",
        "good_conditions_one_leads_6",
        "many_lead_poor_conditions_5",
    ] {
        assert!(names.contains(&needed), "missing dataset {needed}");
    }
    eprintln!(
        "reference generated with numpy {} / scipy {}",
        r["generator"]["numpy"], r["generator"]["scipy"]
    );
}

#[test]
fn team_stats_match_reference() {
    let q = Questionnaire::default_questionnaire();
    let r = reference();
    let mut c = Checker::new(TOL);
    for team in r["teams"].as_array().unwrap() {
        let name = team["name"].as_str().unwrap();
        let e = &team["expected"];
        match (stats_of(&q, team), e.get("error")) {
            (Err(TeamError::TooFew { n, needed }), Some(err)) => {
                c.count(&format!("{name} too_few.n"), n, &err["too_few"]["n"]);
                c.count(
                    &format!("{name} too_few.needed"),
                    needed,
                    &err["too_few"]["needed"],
                );
            }
            (Ok(s), None) => check_team(&mut c, name, &s, e),
            (got, _) => c.fail(format!("{name}: rust {got:?} vs python {e}")),
        }
    }
    c.finish("team statistics");
}

/// Every person's conditions, spread and network share, scored one by one, against the
/// independent computation (teams below their minimum included).
#[test]
fn people_match_reference() {
    let q = Questionnaire::default_questionnaire();
    let r = reference();
    let mut c = Checker::new(TOL);
    let mut clipped = 0;
    let mut with_spread = 0;
    for team in r["teams"].as_array().unwrap() {
        let name = team["name"].as_str().unwrap();
        let people = team["expected"]["people"].as_array().expect("people");
        let rows = answers(&team["answers"]);
        assert_eq!(rows.len(), people.len(), "{name}");
        for (i, (a, want)) in rows.iter().zip(people).enumerate() {
            let label = format!("{name} person {i}");
            let p = score(&q, a);
            c.num(
                &format!("{label} conditions"),
                p.conditions,
                &want["conditions"],
            );
            c.num(&format!("{label} spread"), p.spread, &want["spread"]);
            with_spread += usize::from(p.spread.is_some());
            c.num(
                &format!("{label} share"),
                p.network.map(|n| n.share),
                &want["share"],
            );
            if let Some(n) = p.network {
                c.count(
                    &format!("{label} teammates"),
                    usize::from(n.teammates),
                    &want["teammates"],
                );
                c.num(&format!("{label} led"), Some(n.led), &want["led"]);
                c.same(
                    &format!("{label} clipped"),
                    &Some(n.clipped),
                    &want["clipped"].as_bool(),
                );
                clipped += usize::from(n.clipped);
            }
        }
    }
    assert!(clipped >= 1, "the data include a count above size - 1");
    assert!(
        with_spread >= 40,
        "varied people with a spread: {with_spread}"
    );
    c.finish("people: conditions, spread, network share");
}

#[test]
fn comparisons_match_reference() {
    let q = Questionnaire::default_questionnaire();
    let r = reference();
    let teams = r["teams"].as_array().unwrap();
    let summary = |name: &str| {
        let t = teams
            .iter()
            .find(|t| t["name"] == name)
            .expect("team exists");
        Summary::from_stats(&stats_of(&q, t).expect("team is large enough"))
    };
    let mut c = Checker::new(TOL);
    let mut no_spread = 0;
    for cmp in r["comparisons"].as_array().unwrap() {
        let (a, b) = (cmp["a"].as_str().unwrap(), cmp["b"].as_str().unwrap());
        let min = MinGroup::new(usize_of(&cmp["min_group"]));
        let got = compare(&summary(a), &summary(b), min).expect("comparable");
        let e = &cmp["expected"];
        let mut pairs: Vec<(String, &Compared, &Value)> = got
            .dimensions
            .iter()
            .zip(e["dimensions"].as_array().unwrap())
            .enumerate()
            .map(|(d, (g, w))| (format!("{a} vs {b} dim{d}"), g, w))
            .collect();
        pairs.push((format!("{a} vs {b} own"), &got.own, &e["own"]));
        for (label, g, w) in pairs {
            let g = match (g, w["no_spread"].as_bool()) {
                (Compared::Suppressed, _) if w.is_null() => {
                    c.same(&format!("{label}.suppressed"), &true, &true);
                    continue;
                }
                (Compared::NoSpread { diff, .. }, Some(true)) => {
                    c.num(&format!("{label}.diff"), Some(*diff), &w["diff"]);
                    no_spread += 1;
                    continue;
                }
                (Compared::Tested(g), None) if !w.is_null() => g,
                (g, _) => {
                    c.fail(format!("{label}: rust {g:?} vs python {w}"));
                    continue;
                }
            };
            c.num(&format!("{label}.diff"), Some(g.diff), &w["diff"]);
            c.pair(&format!("{label}.ci95"), Some(g.ci95), &w["ci95"]);
            c.num(&format!("{label}.t"), Some(g.t), &w["t"]);
            c.num(&format!("{label}.df"), Some(g.df), &w["df"]);
            c.num(&format!("{label}.p"), Some(g.p), &w["p"]);
            c.num(&format!("{label}.g"), Some(g.g), &w["g"]);
            c.pair(&format!("{label}.g_ci95"), Some(g.g_ci95), &w["g_ci95"]);
            let verdict = match g.verdict {
                Verdict::Higher => "Higher",
                Verdict::Lower => "Lower",
                Verdict::NoReliableDifference => "NoReliableDifference",
            };
            c.same(
                &format!("{label}.verdict"),
                &verdict,
                &w["verdict"].as_str().unwrap_or("?"),
            );
        }
    }
    assert!(
        no_spread >= 2,
        "the fixtures hold comparisons without spread"
    );
    c.finish("comparisons");
}
