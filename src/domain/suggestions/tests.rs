//! Tests of the suggestion rules: the built-in rules, bands, patterns, focus, team
//! rules and validation by path.

use std::collections::BTreeMap;

use super::*;
use crate::domain::questionnaire::{Problem, Questionnaire, MAX_JSON_BYTES};
use crate::domain::scoring::Profile;
use crate::domain::scoring::{DimensionScore, QualityFlags};
use serde_json::{json, Value};

fn q() -> Questionnaire {
    Questionnaire::default_questionnaire()
}

fn rules() -> Rules {
    Rules::default_rules()
}

fn profile(scores: &[Option<f64>]) -> Profile {
    Profile {
        dimensions: scores
            .iter()
            .map(|s| DimensionScore {
                answered: if s.is_some() { 4 } else { 0 },
                items: 4,
                raw_mean: s.map(|v| 1.0 + v / 25.0),
                score: *s,
                range: None,
            })
            .collect(),
        conditions: None,
        spread: None,
        network: None,
        who_leads: Vec::new(),
        who_leads_mean: None,
        own: None,
        own_raw: None,
        flags: QualityFlags::default(),
    }
}

fn score_in(band: Band) -> f64 {
    match band {
        Band::Low => 20.0,
        Band::Middle => 55.0,
        Band::High => 85.0,
    }
}

/// Scores (all 55) with every condition of the pattern satisfied.
fn matching_scores(q: &Questionnaire, p: &Pattern) -> Vec<Option<f64>> {
    let mut scores = vec![Some(55.0); q.dimensions.len()];
    let mut accepted: BTreeMap<usize, [bool; 3]> = BTreeMap::new();
    for c in &p.when {
        let d = q.dimension_index(&c.dimension).expect("known dimension");
        let acc = c.accepted().expect("well-formed condition");
        let e = accepted.entry(d).or_insert([true; 3]);
        for k in 0..3 {
            e[k] &= acc[k];
        }
    }
    for (d, acc) in accepted {
        // For band X: X. For not_band X: the first other band, high, low, middle.
        let band = [Band::High, Band::Low, Band::Middle]
            .into_iter()
            .find(|b| acc[b.index()])
            .expect("satisfiable pattern");
        scores[d] = Some(score_in(band));
    }
    scores
}

/// Whether a pattern has a condition on a headline figure.
fn on_figures(p: &Pattern) -> bool {
    p.when.iter().any(|c| c.figure.is_some())
}

fn fired(advice: &Advice) -> Vec<&str> {
    advice.patterns.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn built_in_rules_validate_against_the_default_questionnaire() {
    let r = Rules::from_json(DEFAULT_JSON).expect("parses");
    let problems = r.validate(&q());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn built_in_rules_read_by_the_small_reader_equal_a_serde_parse() {
    let parsed = Rules::from_json(DEFAULT_JSON).expect("parses");
    assert_eq!(Rules::default_rules(), parsed);
}

#[test]
fn the_rules_reader_names_every_shape_problem_by_path() {
    let mut v: Value = serde_json::from_str(DEFAULT_JSON).expect("JSON");
    v["team"][0]["weight"] = json!(1);
    v["patterns"][0]["who"] = json!(["nobody"]);
    v["bands"]["low_below"] = json!("forty");
    v["dimensions"]["autonomy"]["low"]["actions"] = json!({});
    let got: Vec<String> = super::read::rules_from_json(&v.to_string())
        .expect_err("refused")
        .into_iter()
        .map(|p| p.path)
        .collect();
    for want in [
        "$.team[0].weight",
        "$.patterns[0].who[0]",
        "$.bands.low_below",
        "$.dimensions.autonomy.low.actions",
    ] {
        assert!(got.iter().any(|p| p == want), "{want} not in {got:?}");
    }
    assert_eq!(got.len(), 4, "{got:?}");
    let syntax = super::read::rules_from_json("{").expect_err("refused");
    assert_eq!(syntax[0].path, "$");
}

#[test]
fn default_band_constants_match_the_built_in_rules() {
    let r = rules();
    assert_eq!(r.bands.low_below, DEFAULT_LOW_BELOW);
    assert_eq!(r.bands.high_from, DEFAULT_HIGH_FROM);
}

#[test]
fn band_boundaries() {
    let r = rules();
    for (score, want) in [
        (0.0, Band::Low),
        (39.99, Band::Low),
        (40.0, Band::Middle),
        (55.0, Band::Middle),
        (69.99, Band::Middle),
        (70.0, Band::High),
        (100.0, Band::High),
    ] {
        assert_eq!(r.band(score), want, "rules.band({score})");
        assert_eq!(Band::of(score), want, "Band::of({score})");
    }
}

#[test]
fn band_serde_is_lowercase() {
    assert_eq!(serde_json::to_string(&Band::Middle).unwrap(), "\"middle\"");
    let b: Band = serde_json::from_str("\"high\"").unwrap();
    assert_eq!(b, Band::High);
    assert!(serde_json::from_str::<Band>("\"High\"").is_err());
}

#[test]
fn dimension_advice_follows_the_band() {
    let q = q();
    let r = rules();
    let n = q.dimensions.len();
    for band in Band::ALL {
        let a = for_profile(&r, &q, &profile(&vec![Some(score_in(band)); n]));
        assert_eq!(a.dimensions.len(), n);
        for (d, da) in a.dimensions.iter().enumerate() {
            let want = r.dimensions[&q.dimensions[d].id].get(band).unwrap();
            assert_eq!(da.dimension, d);
            assert_eq!(da.band, Some(band));
            assert_eq!(da.why.as_ref(), Some(&want.why));
            assert_eq!(da.actions, want.actions);
        }
    }
}

#[test]
fn every_pattern_fires_when_matched_and_not_otherwise() {
    let q = q();
    let r = rules();
    assert!(!r.patterns.is_empty());
    // Patterns on the headline figures are checked in
    // `headline_patterns_compare_the_two_figures_for_a_person_and_a_team`.
    for p in r.patterns.iter().filter(|p| !on_figures(p)) {
        let scores = matching_scores(&q, p);
        let a = for_profile(&r, &q, &profile(&scores));
        assert!(fired(&a).contains(&p.id.as_str()), "{} should fire", p.id);

        for c in &p.when {
            let d = q.dimension_index(&c.dimension).unwrap();
            // Violate this one condition: move the dimension to a rejected band.
            for band in Band::ALL.into_iter().filter(|b| !c.accepts(*b)) {
                let mut s = scores.clone();
                s[d] = Some(score_in(band));
                let a = for_profile(&r, &q, &profile(&s));
                assert!(
                    !fired(&a).contains(&p.id.as_str()),
                    "{} fired with {} {}",
                    p.id,
                    c.dimension,
                    band.name()
                );
            }
            // Or leave it unscored.
            let mut s = scores.clone();
            s[d] = None;
            let a = for_profile(&r, &q, &profile(&s));
            assert!(
                !fired(&a).contains(&p.id.as_str()),
                "{} fired with {} unscored",
                p.id,
                c.dimension
            );
        }
    }
}

#[test]
fn all_middle_fires_no_pattern() {
    let q = q();
    let a = for_profile(
        &rules(),
        &q,
        &profile(&vec![Some(55.0); q.dimensions.len()]),
    );
    assert!(a.patterns.is_empty(), "{:?}", fired(&a));
}

#[test]
fn not_band_condition_by_hand() {
    // resistance: voice low AND purpose not high.
    let q = q();
    let r = rules();
    let voice = q.dimension_index("voice").unwrap();
    let purpose = q.dimension_index("purpose").unwrap();
    for (purpose_score, fires) in [(20.0, true), (55.0, true), (69.99, true), (70.0, false)] {
        let mut s = vec![Some(55.0); q.dimensions.len()];
        s[voice] = Some(20.0);
        s[purpose] = Some(purpose_score);
        let a = for_profile(&r, &q, &profile(&s));
        assert_eq!(
            fired(&a).contains(&"resistance"),
            fires,
            "purpose {purpose_score}"
        );
    }
}

#[test]
fn unscored_dimensions_get_no_band_and_no_actions() {
    let q = q();
    let r = rules();
    let n = q.dimensions.len();
    let mut s = vec![Some(20.0); n];
    s[0] = None;
    s[3] = Some(f64::NAN);
    let a = for_profile(&r, &q, &profile(&s));
    for d in [0, 3] {
        assert_eq!(a.dimensions[d].band, None);
        assert_eq!(a.dimensions[d].why, None);
        assert!(a.dimensions[d].actions.is_empty());
        assert!(!a.focus.contains(&d));
    }
    assert_eq!(a.dimensions[1].band, Some(Band::Low));

    // Everything unscored, or a profile shorter than the questionnaire.
    let a = for_profile(&r, &q, &profile(&[]));
    assert_eq!(a.dimensions.len(), n);
    assert!(a.dimensions.iter().all(|d| d.band.is_none()));
    assert!(a.patterns.is_empty() && a.focus.is_empty());
}

#[test]
fn focus_selection() {
    let q = q();
    let r = rules();
    let n = q.dimensions.len();
    assert_eq!(n, 8);
    let s = |v: [Option<f64>; 8]| for_profile(&r, &q, &profile(&v)).focus;
    let m = Some(60.0);
    // Lowest first.
    assert_eq!(
        s([Some(30.0), Some(20.0), m, m, Some(45.0), m, m, Some(10.0)]),
        vec![7, 1]
    );
    // Ties keep questionnaire order.
    assert_eq!(
        s([m, Some(20.0), m, Some(20.0), m, Some(20.0), m, m]),
        vec![1, 3]
    );
    // Only one below the midpoint; 50 itself is not below it.
    assert_eq!(s([m, Some(50.0), m, Some(49.99), m, m, m, m]), vec![3]);
    // None below the midpoint.
    assert_eq!(s([m; 8]), Vec::<usize>::new());
    // Unscored dimensions are never a focus.
    assert_eq!(
        s([None, None, Some(40.0), None, None, None, None, None]),
        vec![2]
    );
}

fn team(rwg: &[Option<f64>], gini: Option<f64>) -> Vec<TeamRuleId> {
    team_ad(rwg, 0.5, gini)
}

/// Team rules with every dimension's AD set to `ad` (five answer options: limit 5/6).
fn team_ad(rwg: &[Option<f64>], ad: f64, gini: Option<f64>) -> Vec<TeamRuleId> {
    let q = q();
    let scores = vec![Some(60.0); q.dimensions.len()];
    let mut r = rwg.to_vec();
    r.resize(q.dimensions.len(), None);
    let signals = TeamSignals {
        rwg_j: r,
        ad: vec![Some(ad); q.dimensions.len()],
        points: 5,
        own_gini: gini,
        own_cv: None,
        ..TeamSignals::default()
    };
    for_team(&rules(), &q, &scores, &signals)
        .team
        .iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn team_rules_at_threshold_boundaries() {
    use TeamRuleId::*;
    let all = |v: f64| vec![Some(v); 8];
    for (rwg, gini, want) in [
        (all(0.80), None, vec![StrongAgreement]),
        (all(0.70), None, vec![StrongAgreement]),
        // Judged on r_wg(J) as shown (two decimals): .6949 reads 0.69.
        (all(0.6949), None, vec![]),
        (all(0.50), None, vec![]),
        (all(0.4949), None, vec![LowAgreement]),
        (
            vec![Some(0.9), Some(0.9), Some(0.49)],
            None,
            vec![LowAgreement],
        ),
        (vec![Some(0.9), None, Some(0.6949)], None, vec![]),
        // Only one r_wg(J) available and it is strong: enough.
        (vec![None, Some(0.75)], None, vec![StrongAgreement]),
        // None available: neither.
        (vec![], None, vec![]),
        (vec![Some(f64::NAN)], None, vec![]),
        (vec![], Some(0.20), vec![ConcentratedLeadership]),
        (vec![], Some(0.1999), vec![]),
        (vec![], Some(0.10), vec![]),
        (vec![], Some(0.0999), vec![EvenLeadership]),
        (vec![], Some(0.0), vec![EvenLeadership]),
        (vec![], Some(f64::NAN), vec![]),
        (
            all(0.3),
            Some(0.5),
            vec![LowAgreement, ConcentratedLeadership],
        ),
    ] {
        assert_eq!(team(&rwg, gini), want, "rwg {rwg:?}, gini {gini:?}");
    }
}

/// The card "members' answers are close" follows the same rule as the labels: r_wg(J)
/// alone is not enough when AD is above c/6 (the 60-person team).
#[test]
fn strong_agreement_needs_ad_within_the_limit() {
    use TeamRuleId::*;
    let all = |v: f64| vec![Some(v); 8];
    assert_eq!(team_ad(&all(0.78), 0.83, None), vec![StrongAgreement]);
    assert_eq!(team_ad(&all(0.78), 0.84, None), vec![LowAgreement]);
    assert_eq!(team_ad(&all(0.60), 0.90, None), vec![LowAgreement]);
    assert_eq!(team_ad(&all(0.60), 0.70, None), vec![]);
}

#[test]
fn low_agreement_lists_dimensions_and_ignores_unscored_ones() {
    let q = q();
    let r = rules();
    let n = q.dimensions.len();
    let mut scores = vec![Some(60.0); n];
    scores[2] = None; // unscored: its r_wg(J) is ignored
    let mut rwg = vec![Some(0.8); n];
    rwg[1] = Some(0.2);
    rwg[2] = Some(0.1);
    rwg[5] = Some(0.45);
    let t = for_team(
        &r,
        &q,
        &scores,
        &TeamSignals {
            rwg_j: rwg,
            ad: vec![Some(0.5); n],
            points: 5,
            own_gini: None,
            own_cv: Some(0.4),
            ..TeamSignals::default()
        },
    );
    assert_eq!(t.team.len(), 1);
    assert_eq!(t.team[0].id, TeamRuleId::LowAgreement);
    assert_eq!(t.team[0].dimensions, vec![1, 5]);
    assert_eq!(t.advice.dimensions[2].band, None);
    let rule = r.team_rule(TeamRuleId::LowAgreement).unwrap();
    assert_eq!(t.team[0].title, rule.title);
    assert_eq!(t.team[0].actions, rule.actions);
}

#[test]
fn team_advice_uses_team_means() {
    let q = q();
    let r = rules();
    let p = &r.patterns[0];
    let scores = matching_scores(&q, p);
    let t = for_team(&r, &q, &scores, &TeamSignals::default());
    assert_eq!(t.advice, for_profile(&r, &q, &profile(&scores)));
    assert!(t.advice.patterns.iter().any(|h| h.id == p.id));
    assert!(t.team.is_empty());
    // Short or empty inputs do not panic.
    let t = for_team(&r, &q, &[], &TeamSignals::default());
    assert!(t.advice.dimensions.iter().all(|d| d.band.is_none()));
}

#[test]
fn no_pattern_repeats_an_action_of_the_dimension_advice_shown_with_it() {
    // When a pattern fires, the advice of its condition dimensions is shown too; the
    // same action twice on one screen looks careless.
    let q = q();
    let r = rules();
    for p in r.patterns.iter().filter(|p| !on_figures(p)) {
        let scores = matching_scores(&q, p);
        let a = for_profile(&r, &q, &profile(&scores));
        for action in &p.actions {
            for da in &a.dimensions {
                assert!(
                    !da.actions.contains(action),
                    "pattern {} repeats an action of {}: {:?}",
                    p.id,
                    q.dimensions[da.dimension].id,
                    action.get("en")
                );
            }
        }
    }
}

// --- validation of mutated rules ---

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_JSON).unwrap()
}

fn problems_of(v: &Value) -> Vec<Problem> {
    match Rules::from_json(&v.to_string()) {
        Ok(r) => r.validate(&q()),
        Err(p) => p,
    }
}

#[cfg(all(feature = "lang-en", feature = "lang-de"))]
type Mutation = fn(&mut Value);

// Written for the default build (English messages, German texts).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn mutated_rules_report_problems_by_path() {
    let cases: Vec<(&str, Mutation, &str, &str)> = vec![
        (
            "unknown dimension in a condition",
            |v| v["patterns"][0]["when"][0]["dimension"] = json!("autonomie"),
            "$.patterns[0].when[0].dimension",
            "unknown dimension \"autonomie\"",
        ),
        (
            "missing German text",
            |v| {
                v["dimensions"]["autonomy"]["low"]["why"]
                    .as_object_mut()
                    .unwrap()
                    .remove("de");
            },
            "$.dimensions.autonomy.low.why",
            "missing translation for \"de\"",
        ),
        (
            "one action only",
            |v| {
                v["dimensions"]["voice"]["middle"]["actions"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(1);
            },
            "$.dimensions.voice.middle.actions",
            "1 action;",
        ),
        (
            "five actions",
            |v| {
                let a = v["patterns"][1]["actions"].as_array_mut().unwrap();
                let first = a[0].clone();
                a.push(first.clone());
                a.push(first.clone());
                a.push(first);
                let w = v["patterns"][1]["who"].as_array_mut().unwrap();
                w.extend([json!("team"), json!("team"), json!("team")]);
            },
            "$.patterns[1].actions",
            "5 actions;",
        ),
        (
            "an actor missing",
            |v| {
                v["dimensions"]["voice"]["low"]["who"]
                    .as_array_mut()
                    .unwrap()
                    .pop();
            },
            "$.dimensions.voice.low.who",
            "3 actors for 4 actions",
        ),
        (
            "empty action text",
            |v| v["team"][2]["actions"][1]["en"] = json!("  "),
            "$.team[2].actions[1].en",
            "empty text",
        ),
        (
            "advice for an unknown dimension",
            |v| {
                let a = v["dimensions"]["voice"].clone();
                v["dimensions"]["courage"] = a;
            },
            "$.dimensions.courage",
            "unknown dimension",
        ),
        (
            "missing dimension",
            |v| {
                v["dimensions"].as_object_mut().unwrap().remove("purpose");
            },
            "$.dimensions",
            "no advice for dimension \"purpose\"",
        ),
        (
            "missing band",
            |v| {
                v["dimensions"]["collaboration"]
                    .as_object_mut()
                    .unwrap()
                    .remove("middle");
            },
            "$.dimensions.collaboration",
            "no advice for the middle band",
        ),
        (
            "both band and not_band",
            |v| v["patterns"][0]["when"][0]["not_band"] = json!("low"),
            "$.patterns[0].when[0]",
            "exactly one",
        ),
        (
            "neither band nor not_band",
            |v| {
                v["patterns"][2]["when"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("band");
            },
            "$.patterns[2].when[1]",
            "exactly one",
        ),
        (
            "unknown band name",
            |v| v["patterns"][0]["when"][1]["band"] = json!("medium"),
            "$.patterns[0].when[1].band",
            "unknown band \"medium\"",
        ),
        (
            "duplicate condition set (order differs)",
            |v| {
                let mut p = v["patterns"][0].clone();
                p["id"] = json!("copy");
                p["when"].as_array_mut().unwrap().reverse();
                v["patterns"].as_array_mut().unwrap().push(p);
            },
            "$.patterns[10].when",
            "same conditions as $.patterns[0]",
        ),
        (
            "contradictory conditions",
            |v| {
                v["patterns"][0]["when"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"dimension": "autonomy", "not_band": "high"}));
            },
            "$.patterns[0].when",
            "can never fire",
        ),
        (
            "no conditions",
            |v| v["patterns"][3]["when"] = json!([]),
            "$.patterns[3].when",
            "at least one condition",
        ),
        (
            "duplicate pattern id",
            |v| v["patterns"][4]["id"] = v["patterns"][0]["id"].clone(),
            "$.patterns[4].id",
            "duplicate pattern id",
        ),
        (
            "unknown team rule",
            |v| v["team"][1]["id"] = json!("concentrated"),
            "$.team[1].id",
            "unknown team rule \"concentrated\"",
        ),
        (
            "missing team rule",
            |v| {
                v["team"].as_array_mut().unwrap().remove(3);
            },
            "$.team",
            "missing team rule \"strong_agreement\"",
        ),
        (
            "duplicate team rule",
            |v| v["team"][3]["id"] = json!("low_agreement"),
            "$.team[3].id",
            "duplicate team rule",
        ),
        (
            "bands in the wrong order",
            |v| v["bands"]["high_from"] = json!(30),
            "$.bands",
            "must be below",
        ),
        (
            "band out of range",
            |v| v["bands"]["high_from"] = json!(170),
            "$.bands.high_from",
            "between 0 and 100",
        ),
        (
            "unknown field",
            |v| v["patterns"][0]["priority"] = json!(1),
            "$",
            "unknown field `priority`",
        ),
        (
            "wrong type",
            |v| v["patterns"][0]["actions"] = json!("do something"),
            "$",
            "line 1",
        ),
    ];
    for (name, mutate, path, reason) in cases {
        let mut v = default_value();
        mutate(&mut v);
        let problems = problems_of(&v);
        assert!(
            problems
                .iter()
                .any(|p| p.path == path && en(&p.reason).contains(reason)),
            "{name}: expected {path}: …{reason}…, got {problems:#?}"
        );
    }
}

// Written for the default build (English messages, German texts).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn validation_reports_every_problem() {
    let mut v = default_value();
    v["patterns"][0]["when"][0]["dimension"] = json!("nope");
    v["dimensions"]["autonomy"]["low"]["why"]
        .as_object_mut()
        .unwrap()
        .remove("de");
    v["team"][0]["actions"].as_array_mut().unwrap().truncate(1);
    let paths: Vec<String> = problems_of(&v).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        vec![
            "$.dimensions.autonomy.low.why",
            "$.patterns[0].when[0].dimension",
            "$.team[0].actions",
        ]
    );
}

#[test]
fn odd_dimension_keys_are_quoted_in_paths() {
    let mut v = default_value();
    v["dimensions"]["two words"] = v["dimensions"]["voice"].clone();
    let problems = problems_of(&v);
    assert!(
        problems
            .iter()
            .any(|p| p.path == "$.dimensions[\"two words\"]"),
        "{problems:#?}"
    );
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn from_json_never_panics_on_junk_and_rejects_oversize_input() {
    for junk in ["", "{", "null", "[]", "{\"bands\": 1}", "\u{0}"] {
        let e = Rules::from_json(junk).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].path, "$");
    }
    let big = " ".repeat(MAX_JSON_BYTES + 1);
    let e = Rules::from_json(&big).unwrap_err();
    assert!(en(&e[0].reason).contains("limit"), "{e:?}");
}

#[test]
fn rules_for_another_questionnaire_give_less_advice_without_panicking() {
    let mut q = q();
    q.dimensions[0].id = "renamed".into();
    let r = rules();
    assert!(!r.validate(&q).is_empty());
    let a = for_profile(&r, &q, &profile(&[Some(85.0); 8]));
    assert_eq!(a.dimensions[0].band, Some(Band::High));
    assert_eq!(a.dimensions[0].why, None);
    assert!(a.dimensions[0].actions.is_empty());
}

#[test]
fn serde_round_trip() {
    let r = rules();
    let back = Rules::from_json(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(r, back);
}

#[test]
fn headline_patterns_compare_the_two_figures_for_a_person_and_a_team() {
    let q = Questionnaire::default_questionnaire();
    let r = rules();
    let mut p = profile(&vec![Some(90.0); q.dimensions.len()]);
    p.conditions = Some(90.0);
    p.spread = Some(10.0);
    let hits = for_profile(&r, &q, &p).patterns;
    let ids: Vec<(&str, bool)> = hits.iter().map(|h| (h.id.as_str(), h.headline)).collect();
    assert!(
        ids.contains(&("good_conditions_one_leads", true)),
        "{ids:?}"
    );
    assert!(!ids.iter().any(|(id, _)| *id == "many_lead_poor_conditions"));
    // Dimension patterns are not headline patterns.
    assert!(
        ids.iter()
            .filter(|(id, _)| id.starts_with("good_") || id.starts_with("many_"))
            .count()
            == 1
    );
    assert!(hits
        .iter()
        .filter(|h| !h.headline)
        .all(|h| !h.id.contains("conditions")));
    // Middle bands fire neither; a missing spread fires nothing on figures.
    p.spread = Some(40.0);
    assert!(for_profile(&r, &q, &p).patterns.iter().all(|h| !h.headline));
    p.spread = None;
    assert!(for_profile(&r, &q, &p).patterns.iter().all(|h| !h.headline));
    // The mirror image, for a team's means.
    let scores = vec![Some(20.0); q.dimensions.len()];
    let signals = TeamSignals {
        conditions: Some(20.0),
        spread: Some(85.0),
        ..TeamSignals::default()
    };
    let t = for_team(&r, &q, &scores, &signals);
    let ids: Vec<&str> = t
        .advice
        .patterns
        .iter()
        .filter(|h| h.headline)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(ids, ["many_lead_poor_conditions"]);
    // Band edges: 70 is high, 39.99 is low.
    let signals = TeamSignals {
        conditions: Some(70.0),
        spread: Some(39.99),
        ..TeamSignals::default()
    };
    let t = for_team(&r, &q, &vec![Some(70.0); q.dimensions.len()], &signals);
    assert!(t
        .advice
        .patterns
        .iter()
        .any(|h| h.id == "good_conditions_one_leads"));
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn figure_conditions_are_validated_by_path() {
    let q = Questionnaire::default_questionnaire();
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("JSON");
    // The two figure patterns come last.
    let n = v["patterns"].as_array().expect("patterns").len();
    v["patterns"][n - 2]["when"][0]["figure"] = serde_json::json!("mood");
    v["patterns"][n - 1]["when"][0]["dimension"] = serde_json::json!("autonomy");
    let r: Rules = serde_json::from_value(v).expect("still the rules' shape");
    let problems = r.validate(&q);
    let paths: Vec<(String, String)> = problems
        .iter()
        .map(|p| (p.path.clone(), en(&p.reason)))
        .collect();
    assert!(
        paths.iter().any(
            |(p, r)| *p == format!("$.patterns[{}].when[0].figure", n - 2)
                && r.contains("unknown figure \"mood\"")
        ),
        "{paths:?}"
    );
    assert!(
        paths
            .iter()
            .any(|(p, r)| *p == format!("$.patterns[{}].when[0]", n - 1)
                && r.contains("exactly one of \"dimension\" and \"figure\"")),
        "{paths:?}"
    );
}

#[test]
fn every_band_offers_an_action_for_the_reader_first() {
    use crate::domain::next_step::Actor;
    let r = rules();
    for (dim, dr) in &r.dimensions {
        for band in Band::ALL {
            let a = dr.get(band).unwrap();
            assert_eq!(a.who.len(), a.actions.len(), "{dim} {band:?}");
            assert_eq!(
                a.who[0],
                Actor::You,
                "{dim} {band:?}: the reader's own action first"
            );
            assert!(
                a.who.iter().skip(1).all(|w| *w != Actor::You),
                "{dim} {band:?}: one action for the reader"
            );
        }
    }
    for p in &r.patterns {
        assert_eq!(p.who.len(), p.actions.len(), "{}", p.id);
    }
    // The engine carries the tags through.
    let q = q();
    let adv = for_profile(&r, &q, &profile(&[Some(10.0); 8]));
    for d in &adv.dimensions {
        assert_eq!(d.who.first(), Some(&Actor::You));
    }
}

/// A reason as the English interface words it.
fn en(r: &crate::domain::questionnaire::Reason) -> String {
    crate::i18n::reason("en", r)
}
