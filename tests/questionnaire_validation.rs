//! Questionnaire loading: every validation rule reports its problem by JSON path
//! (table-driven mutations of the built-in questionnaire), validation reports every
//! problem rather than the first, loading never panics whatever the input, and the
//! fingerprint is deterministic.
// Some tests are written for the default build (all languages); a single-language
// build leaves out those and leaves their helpers unused.
#![cfg_attr(
    not(all(feature = "lang-en", feature = "lang-de")),
    allow(dead_code, unused_imports)
)]
#![cfg(not(target_arch = "wasm32"))]

use leadership_radar::domain::questionnaire::{Questionnaire, DEFAULT_JSON, MAX_JSON_BYTES};
use leadership_radar::i18n;
use proptest::prelude::*;
use serde_json::{json, Value};

fn default_value() -> Value {
    serde_json::from_str(DEFAULT_JSON).expect("the built-in questionnaire is JSON")
}

/// Pretty-printed, so that line numbers in parse errors are meaningful.
fn to_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("a Value serialises")
}

/// A problem with its reason as the English interface words it.
#[derive(Debug)]
struct Problem {
    path: String,
    reason: String,
}

fn problems(json: &str) -> Vec<Problem> {
    match Questionnaire::from_json(json) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .problems
            .iter()
            .map(|p| Problem {
                path: p.path.clone(),
                reason: i18n::reason("en", &p.reason),
            })
            .collect(),
    }
}

fn questions_of(v: &mut Value, section: usize) -> &mut Vec<Value> {
    v["sections"][section]["questions"]
        .as_array_mut()
        .expect("questions array")
}

/// Removes a question id from whichever section lists it.
fn unplace(v: &mut Value, id: &str) {
    for s in v["sections"].as_array_mut().expect("sections") {
        s["questions"]
            .as_array_mut()
            .expect("questions")
            .retain(|q| q != id);
    }
}

fn remove_key(v: &mut Value, key: &str) {
    v.as_object_mut().expect("an object").remove(key);
}

/// Adds a `to` entry next to every `from` entry of every object (texts and labels).
fn copy_language(v: &mut Value, from: &str, to: &str) {
    match v {
        Value::Object(m) => {
            if let Some(t) = m.get(from).cloned() {
                m.insert(to.to_string(), t);
            }
            for x in m.values_mut() {
                copy_language(x, from, to);
            }
        }
        Value::Array(a) => {
            for x in a {
                copy_language(x, from, to);
            }
        }
        _ => {}
    }
}

type Mutation = fn(&mut Value);

struct Case {
    name: &'static str,
    mutate: Mutation,
    /// Every expected problem: (path, reason fragment). The mutations are clean, so
    /// these must be *all* the problems reported.
    want: &'static [(&'static str, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        name: "unknown dimension",
        mutate: |v| v["items"][5]["dimension"] = json!("leadership"),
        want: &[("$.items[5].dimension", "unknown dimension \"leadership\"")],
    },
    Case {
        name: "duplicate item id",
        mutate: |v| {
            v["items"][1]["id"] = json!("aut1");
            unplace(v, "aut2");
        },
        want: &[(
            "$.items[1].id",
            "duplicate id \"aut1\" (first used at $.items[0].id)",
        )],
    },
    Case {
        name: "id shared by an item and a who-leads function",
        mutate: |v| {
            v["who_leads"]["functions"][0]["id"] = json!("aut1");
            unplace(v, "direction");
        },
        want: &[("$.who_leads.functions[0].id", "duplicate id \"aut1\"")],
    },
    Case {
        name: "missing translation",
        mutate: |v| remove_key(&mut v["items"][3]["text"], "de"),
        want: &[("$.items[3].text", "missing translation for \"de\"")],
    },
    Case {
        name: "missing translation of scale labels",
        mutate: |v| remove_key(&mut v["scales"][1]["labels"], "en"),
        want: &[("$.scales[1].labels", "missing translation for \"en\"")],
    },
    Case {
        name: "dimension with fewer than 3 items",
        mutate: |v| {
            let items = v["items"].as_array_mut().expect("items");
            items.retain(|it| it["id"] != "col3" && it["id"] != "col4");
            unplace(v, "col3");
            unplace(v, "col4");
        },
        want: &[(
            "$.dimensions[3]",
            "dimension \"collaboration\" has 2 items; at least 3 are needed",
        )],
    },
    Case {
        name: "scale with fewer than 2 points",
        mutate: |v| {
            v["scales"][2]["points"] = json!(1);
            v["scales"][2]["labels"] = json!({"en": ["Often"], "de": ["Oft"], "fr": ["Souvent"]});
        },
        want: &[("$.scales[2].points", "at least 2 points, this one has 1")],
    },
    Case {
        name: "scale with too many points",
        mutate: |v| {
            let labels: Vec<String> = (1..=12).map(|p| p.to_string()).collect();
            v["scales"][0]["points"] = json!(12);
            v["scales"][0]["labels"] = json!({"en": labels, "de": labels, "fr": labels});
        },
        want: &[("$.scales[0].points", "at most 11 points")],
    },
    Case {
        name: "two reverse-keyed items in one dimension",
        mutate: |v| v["items"][0]["reverse"] = json!(true),
        want: &[(
            "$.dimensions[0]",
            "dimension \"autonomy\" has 2 reverse-keyed items",
        )],
    },
    Case {
        name: "question in no section",
        mutate: |v| unplace(v, "dec4"),
        want: &[("$.sections", "question \"dec4\" is in no section")],
    },
    Case {
        name: "question in two sections",
        mutate: |v| questions_of(v, 1).push(json!("dec4")),
        want: &[(
            "$.sections[1].questions[8]",
            "question \"dec4\" is already placed at $.sections[0].questions[7]",
        )],
    },
    Case {
        name: "unknown question in a section",
        mutate: |v| questions_of(v, 4).push(json!("own5")),
        want: &[("$.sections[4].questions[12]", "unknown question \"own5\"")],
    },
    Case {
        name: "unknown scale reference",
        mutate: |v| v["who_leads"]["scale"] = json!("who7"),
        want: &[("$.who_leads.scale", "unknown scale \"who7\"")],
    },
    Case {
        name: "unknown item scale",
        mutate: |v| v["item_scale"] = json!("agree7"),
        want: &[("$.item_scale", "unknown scale \"agree7\"")],
    },
    Case {
        name: "label count mismatch",
        mutate: |v| {
            v["scales"][0]["labels"]["de"]
                .as_array_mut()
                .expect("labels")
                .pop();
        },
        want: &[("$.scales[0].labels.de", "4 labels for a 5-point scale")],
    },
    Case {
        name: "empty text",
        mutate: |v| v["dimensions"][2]["name"]["en"] = json!("   "),
        want: &[("$.dimensions[2].name.en", "empty text")],
    },
    Case {
        name: "empty label",
        mutate: |v| v["scales"][1]["labels"]["de"][2] = json!(""),
        want: &[("$.scales[1].labels.de[2]", "empty label")],
    },
    Case {
        name: "bad id characters",
        mutate: |v| {
            v["who_leads"]["functions"][1]["id"] = json!("how work");
            let s = questions_of(v, 4);
            for q in s.iter_mut() {
                if q == "how_work" {
                    *q = json!("how work");
                }
            }
        },
        want: &[(
            "$.who_leads.functions[1].id",
            "may only use letters, digits, '_' and '-'",
        )],
    },
    Case {
        name: "duplicate language",
        mutate: |v| v["languages"] = json!(["en", "de", "fr", "en"]),
        want: &[("$.languages[3]", "duplicate language \"en\"")],
    },
    Case {
        name: "bad language code",
        mutate: |v| {
            // Translate everything into "d e" first, so that only the code is wrong.
            copy_language(v, "de", "d e");
            v["languages"] = json!(["en", "de", "fr", "d e"]);
        },
        want: &[("$.languages[3]", "\"d e\" is not a language code")],
    },
    Case {
        name: "empty section",
        mutate: |v| {
            let s = v["sections"].as_array_mut().expect("sections");
            let mut extra = s[0].clone();
            extra["id"] = json!("s6");
            extra["questions"] = json!([]);
            s.push(extra);
        },
        want: &[(
            "$.sections[5].questions",
            "a section needs at least one question",
        )],
    },
    Case {
        name: "team size below 2",
        mutate: |v| v["network"]["size"]["min"] = json!(1),
        want: &[("$.network.size.min", "at least 2, not 1")],
    },
    Case {
        name: "count minimum above its maximum",
        mutate: |v| v["network"]["size"]["min"] = json!(60),
        want: &[(
            "$.network.size.min",
            "the minimum (60) is larger than the maximum (50)",
        )],
    },
    Case {
        name: "negative count minimum",
        mutate: |v| v["network"]["counts"][0]["min"] = json!(-1),
        want: &[(
            "$.network.counts[0].min",
            "a count cannot be negative, but the minimum is -1",
        )],
    },
    Case {
        name: "count of teammates that cannot be 0",
        mutate: |v| v["network"]["counts"][0]["min"] = json!(1),
        want: &[("$.network.counts[0].min", "must allow 0 (nobody)")],
    },
    Case {
        name: "count of teammates above the largest team minus one",
        mutate: |v| v["network"]["counts"][0]["max"] = json!(50),
        want: &[(
            "$.network.counts[0].max",
            "at most 49 teammates are possible in a team of at most 50",
        )],
    },
    Case {
        name: "count maximum beyond what a code can hold",
        mutate: |v| {
            v["network"]["size"]["max"] = json!(1000);
            v["network"]["counts"][0]["max"] = json!(999);
        },
        want: &[
            ("$.network.size.max", "at most 250, but the maximum is 1000"),
            (
                "$.network.counts[0].max",
                "at most 250, but the maximum is 999",
            ),
        ],
    },
    Case {
        name: "network without counts",
        mutate: |v| {
            v["network"]["counts"] = json!([]);
            unplace(v, "led_month");
        },
        want: &[("$.network.counts", "at least one count of teammates")],
    },
    Case {
        name: "count without a translation and an empty can't-say label",
        mutate: |v| {
            remove_key(&mut v["network"]["counts"][0]["text"], "de");
            v["network"]["size"]["cant_say"]["en"] = json!(" ");
        },
        want: &[
            ("$.network.counts[0].text", "missing translation for \"de\""),
            ("$.network.size.cant_say.en", "empty text"),
        ],
    },
    Case {
        name: "count id shared with an item",
        mutate: |v| {
            v["network"]["size"]["id"] = json!("aut1");
            unplace(v, "team_size");
        },
        want: &[("$.network.size.id", "duplicate id \"aut1\"")],
    },
    Case {
        name: "count in no section",
        mutate: |v| unplace(v, "team_size"),
        want: &[("$.sections", "question \"team_size\" is in no section")],
    },
    Case {
        name: "duplicate scale id",
        mutate: |v| v["scales"][2]["id"] = json!("who5"),
        want: &[
            ("$.scales[2].id", "duplicate scale id \"who5\""),
            // The own-leadership block still names the renamed scale.
            ("$.own_leadership.scale", "unknown scale \"freq5\""),
        ],
    },
];

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn each_mutation_reports_its_problem_by_path() {
    for case in CASES {
        let mut v = default_value();
        (case.mutate)(&mut v);
        let got = problems(&to_json(&v));
        for (path, fragment) in case.want {
            assert!(
                got.iter()
                    .any(|p| p.path == *path && p.reason.contains(fragment)),
                "{}: expected {path}: …{fragment}…, got {got:#?}",
                case.name
            );
        }
        assert_eq!(
            got.len(),
            case.want.len(),
            "{}: unexpected extra problems: {got:#?}",
            case.name
        );
    }
}

#[test]
fn a_questionnaire_without_a_network_block_loads_and_keeps_its_shape() {
    let mut v = default_value();
    remove_key(&mut v, "network");
    unplace(&mut v, "team_size");
    unplace(&mut v, "led_month");
    let q = Questionnaire::from_json(&to_json(&v)).expect("the network block is optional");
    assert!(q.network.is_none());
    assert_eq!(q.question_count(), 42);
    assert_eq!(q.team_size_position(), None);
    let full = Questionnaire::default_questionnaire();
    assert_eq!(full.question_count(), 44);
    assert_ne!(q.fingerprint(), full.fingerprint());
}

#[test]
fn count_positions_have_count_ranges() {
    use leadership_radar::domain::questionnaire::QuestionKind;
    let q = Questionnaire::default_questionnaire();
    let size = q.team_size_position().expect("a team size question");
    assert_eq!(size, 42);
    assert_eq!(q.kind(size), Some(QuestionKind::TeamSize));
    let r = q.range_at(size).expect("a range");
    assert_eq!((r.min, r.max, r.cant_say, r.count), (2, 50, true, true));
    let led = q.count_position(0).expect("a count");
    assert_eq!(q.kind(led), Some(QuestionKind::Count(0)));
    let r = q.range_at(led).expect("a range");
    assert_eq!((r.min, r.max, r.count), (0, 49, true));
    assert_eq!(q.count_position(1), None);
    // Scale questions keep 1..=points.
    let r = q.range_at(0).expect("a range");
    assert_eq!((r.min, r.max, r.count), (1, 5, false));
    assert_eq!(q.range_at(q.question_count()), None);
    // A changed count range changes the fingerprint; rewording does not.
    let mut v = default_value();
    v["network"]["counts"][0]["max"] = json!(30);
    let narrower = Questionnaire::from_json(&to_json(&v)).expect("valid");
    assert_ne!(narrower.fingerprint(), q.fingerprint());
    let mut v = default_value();
    v["network"]["counts"][0]["text"]["en"] = json!("Other words");
    let reworded = Questionnaire::from_json(&to_json(&v)).expect("valid");
    assert_eq!(reworded.fingerprint(), q.fingerprint());
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn wrong_type_is_one_problem_at_its_json_path() {
    let mut v = default_value();
    v["items"][0]["reverse"] = json!("yes");
    let got = problems(&to_json(&v));
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].path, "$.items[0].reverse");
    assert_eq!(got[0].reason, "expected true or false, found a string");
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn syntax_error_is_one_problem_at_the_root_naming_line_and_column() {
    let v = default_value();
    let json = to_json(&v).replacen("\"reverse\": true", "\"reverse\": ture", 1);
    let line = json
        .lines()
        .position(|l| l.contains("\"reverse\": ture"))
        .expect("the mutated line")
        + 1;
    let column = json
        .lines()
        .nth(line - 1)
        .expect("line")
        .find("ture")
        .expect("col")
        + 1;
    let got = problems(&json);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].path, "$");
    assert_eq!(
        got[0].reason,
        format!("not valid JSON (line {line}, column {column}): expected a value")
    );
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn shape_problems_are_all_reported_by_path() {
    for (mutate, path, fragment) in [
        (
            (|v: &mut Value| v["items"][0]["weight"] = json!(2)) as Mutation,
            "$.items[0].weight",
            "unknown field",
        ),
        (|v| remove_key(v, "sections"), "$.sections", "missing field"),
        (
            |v| v["scales"][0]["points"] = json!(300),
            "$.scales[0].points",
            "found 300",
        ),
        (
            |v| v["dimensions"][1]["name"]["en"] = json!(["x"]),
            "$.dimensions[1].name.en",
            "expected a string, found an array",
        ),
        (
            |v| v["sections"] = json!({}),
            "$.sections",
            "expected an array, found an object",
        ),
    ] {
        let mut v = default_value();
        mutate(&mut v);
        let got = problems(&to_json(&v));
        assert_eq!(got.len(), 1, "{path}: {got:#?}");
        assert_eq!(got[0].path, path);
        assert!(got[0].reason.contains(fragment), "{}", got[0].reason);
    }
    // Several at once: every one is listed, not only the first.
    let mut v = default_value();
    v["items"][2]["weight"] = json!(1);
    v["items"][5]["text"] = json!("plain");
    remove_key(&mut v, "version");
    let paths: Vec<String> = problems(&to_json(&v)).into_iter().map(|p| p.path).collect();
    assert_eq!(paths, ["$.version", "$.items[2].weight", "$.items[5].text"]);
}

// Checks the English wording.
#[cfg(feature = "lang-en")]
#[test]
fn oversize_input_is_rejected_before_parsing() {
    // The built-in JSON padded with trailing whitespace: still valid JSON.
    let pad = |n: usize| format!("{DEFAULT_JSON}{}", " ".repeat(n - DEFAULT_JSON.len()));
    assert!(Questionnaire::from_json(&pad(MAX_JSON_BYTES)).is_ok());
    let got = problems(&pad(MAX_JSON_BYTES + 1));
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].path, "$");
    assert!(
        got[0]
            .reason
            .contains(&format!("the limit is {MAX_JSON_BYTES} bytes")),
        "{}",
        got[0].reason
    );
    // Far too large, and not JSON at all: still only the size problem.
    let got = problems(&"x".repeat(4 * MAX_JSON_BYTES));
    assert_eq!(got.len(), 1);
    assert!(got[0].reason.contains("limit"));
}

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn three_independent_mutations_report_all_three_problems() {
    let mut v = default_value();
    v["items"][5]["dimension"] = json!("leadership");
    remove_key(&mut v["own_leadership"]["items"][0]["text"], "de");
    v["who_leads"]["scale"] = json!("who7");
    let got = problems(&to_json(&v));
    let mut paths: Vec<&str> = got.iter().map(|p| p.path.as_str()).collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "$.items[5].dimension",
            "$.own_leadership.items[0].text",
            "$.who_leads.scale",
        ],
        "{got:#?}"
    );
}

#[test]
fn fingerprint_is_stable_and_tracks_dimension_membership() {
    let a = Questionnaire::from_json(DEFAULT_JSON).expect("valid");
    let b = Questionnaire::from_json(DEFAULT_JSON).expect("valid");
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_eq!(
        a.fingerprint(),
        Questionnaire::default_questionnaire().fingerprint()
    );

    // Re-serialising (different whitespace and key order) changes nothing.
    let round = Questionnaire::from_json(&a.to_json()).expect("round trip is valid");
    assert_eq!(a.fingerprint(), round.fingerprint());
    assert_eq!(a, round);

    // Rewording changes nothing.
    let mut v = default_value();
    v["items"][0]["text"]["en"] = json!("Entirely different words.");
    let reworded = Questionnaire::from_json(&to_json(&v)).expect("valid");
    assert_eq!(a.fingerprint(), reworded.fingerprint());

    // Moving an item to another dimension changes the fingerprint, though the
    // questionnaire stays valid (autonomy keeps 3 items).
    let mut v = default_value();
    v["items"][0]["dimension"] = json!("shared_decisions");
    let moved = Questionnaire::from_json(&to_json(&v)).expect("still valid");
    assert_ne!(a.fingerprint(), moved.fingerprint());
}

// ---------------------------------------------------------------------------
// Property tests: loading never panics, and what loads is valid.

/// Whatever `from_json` returns, it did not panic; when it loads, the result is valid
/// and its fingerprint is deterministic (also across a serialise/load round trip).
fn check_load(json: &str) -> Result<(), TestCaseError> {
    match Questionnaire::from_json(json) {
        Ok(q) => {
            let problems = q.validate();
            prop_assert!(problems.is_empty(), "loaded but invalid: {problems:?}");
            prop_assert_eq!(q.fingerprint(), q.fingerprint());
            prop_assert_eq!(q.fingerprint(), q.clone().fingerprint());
            let again = q.to_json();
            let q2 = Questionnaire::from_json(&again).expect("a loaded questionnaire reloads");
            prop_assert_eq!(q.fingerprint(), q2.fingerprint());
        }
        Err(e) => {
            prop_assert!(!e.problems.is_empty(), "an error without problems");
            for p in &e.problems {
                prop_assert!(p.path.starts_with('$'), "path {:?}", p.path);
                for lang in ["en", "de", "fr"] {
                    prop_assert!(!i18n::reason(lang, &p.reason).trim().is_empty());
                }
            }
        }
    }
    Ok(())
}

/// Arbitrary JSON values of bounded depth and size.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // non-finite becomes null
        prop_oneof![
            "[a-z_]{0,8}",
            Just("en".to_string()),
            Just("autonomy".to_string()),
            Just("agree5".to_string()),
            any::<String>(),
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,10}",
                    Just("id".to_string()),
                    Just("text".to_string()),
                    Just("en".to_string()),
                    Just("dimension".to_string()),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON pointers to every node of a value (the root is "").
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{here}/{i}"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(x, format!("{here}/{k}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

fn default_pointers() -> Vec<String> {
    let mut out = Vec::new();
    pointers(&default_value(), String::new(), &mut out);
    out
}

/// Removes the node at a pointer (an array element or object member).
fn remove_at(v: &mut Value, pointer: &str) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let last = last.replace("~1", "/").replace("~0", "~");
    match v.pointer_mut(parent) {
        Some(Value::Array(a)) => {
            if let Ok(i) = last.parse::<usize>() {
                if i < a.len() {
                    a.remove(i);
                }
            }
        }
        Some(Value::Object(m)) => {
            m.remove(&last);
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_strings(s in any::<String>()) {
        check_load(&s)?;
    }

    #[test]
    fn never_panics_on_json_looking_strings(s in r#"[\[\]{}",:0-9a-z_ \-.eE\\]{0,200}"#) {
        check_load(&s)?;
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_load(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn never_panics_on_single_byte_mutations_of_the_default(
        kind in 0u8..4,
        pos in any::<prop::sample::Index>(),
        byte in prop_oneof![any::<u8>(), (0x20u8..0x7f)],
    ) {
        let mut bytes = DEFAULT_JSON.as_bytes().to_vec();
        let i = pos.index(bytes.len());
        match kind {
            0 => bytes[i] = byte,
            1 => bytes.insert(i, byte),
            2 => { bytes.remove(i); }
            _ => bytes.truncate(i),
        }
        check_load(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn never_panics_on_arbitrary_json_values(v in json_value()) {
        check_load(&v.to_string())?;
    }

    #[test]
    fn never_panics_when_a_subtree_of_the_default_is_replaced(
        at in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let ptrs = default_pointers();
        let ptr = &ptrs[at.index(ptrs.len())];
        let mut v = default_value();
        if let Some(node) = v.pointer_mut(ptr) {
            *node = replacement;
        }
        check_load(&v.to_string())?;
    }

    #[test]
    fn never_panics_when_nodes_of_the_default_are_removed(
        ats in prop::collection::vec(any::<prop::sample::Index>(), 1..4),
    ) {
        let mut v = default_value();
        for at in ats {
            let mut ptrs = Vec::new();
            pointers(&v, String::new(), &mut ptrs);
            remove_at(&mut v, &ptrs[at.index(ptrs.len())]);
        }
        check_load(&v.to_string())?;
    }
}

#[test]
fn the_earlier_built_in_version_is_recognised_by_its_fingerprint() {
    let old = Questionnaire::from_json(include_str!(
        "fixtures/questionnaire/distributed-leadership-1.0.0.json"
    ))
    .expect("version 1.0.0 still loads");
    assert_eq!(old.version, "1.0.0");
    let q = Questionnaire::default_questionnaire();
    assert_ne!(old.fingerprint(), q.fingerprint());
    assert_eq!(q.earlier_version(old.fingerprint()), Some("1.0.0"));
    assert_eq!(q.earlier_version(q.fingerprint()), None);
    assert_eq!(q.earlier_version(0x1234_5678), None);
    // Another questionnaire (another id) does not claim the built-in's history.
    let mut other = q.clone();
    other.id = "ours".into();
    assert_eq!(other.earlier_version(old.fingerprint()), None);
}
