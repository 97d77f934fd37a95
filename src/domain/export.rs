//! Downloads of one person's results as JSON and CSV (pure text builders).
//! Exports carry no identity and no timestamp, like result codes; they name the widget
//! release that made them ([`WIDGET_VERSION`]).
//!
//! JSON is written with the crate's own small JSON module ([`super::json`]), not
//! serde, so the wasm links no serializer.

use super::json::{self, Value};
use super::questionnaire::Questionnaire;
use super::scoring::Profile;
use super::suggestions::Band;
use super::team::{Descriptive, TeamStats};

/// This release of the widget (the crate version in Cargo.toml), written into every
/// export and shown in the start screen's small print.
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Decimals of the numbers in JSON downloads: scores are multiples of 100/48 at the
/// finest, so six places keep every figure to well within its meaning.
pub const JSON_DECIMALS: u32 = 6;

fn jnum(v: Option<f64>) -> Value {
    json::num(v, JSON_DECIMALS)
}

fn fingerprint(q: &Questionnaire) -> Value {
    format!("{:08x}", q.fingerprint()).as_str().into()
}

/// The profile as pretty-printed JSON.
pub fn to_json(q: &Questionnaire, p: &Profile, lang: &str, code: Option<&str>) -> String {
    let dimensions = q
        .dimensions
        .iter()
        .zip(&p.dimensions)
        .map(|(d, s)| {
            json::obj([
                ("id", d.id.as_str().into()),
                ("name", q.text(&d.name, lang).into()),
                ("score", jnum(s.score)),
                ("raw_mean", jnum(s.raw_mean)),
                (
                    "item_range",
                    s.range.map_or(Value::Null, |(lo, hi)| {
                        Value::Arr(vec![jnum(Some(lo)), jnum(Some(hi))])
                    }),
                ),
                ("band", s.score.map(|v| Band::of(v).name()).into()),
                ("answered", s.answered.into()),
                ("items", s.items.into()),
            ])
        })
        .collect();
    let who_leads = q
        .who_leads
        .functions
        .iter()
        .zip(&p.who_leads)
        .map(|(f, v)| {
            json::obj([
                ("id", f.id.as_str().into()),
                ("text", q.text(&f.text, lang).into()),
                ("position", jnum(*v)),
            ])
        })
        .collect();
    let network = p.network.as_ref().map_or(Value::Null, |n| {
        json::obj([
            ("teammates", usize::from(n.teammates).into()),
            ("led", jnum(Some(n.led))),
            ("share", jnum(Some(n.share))),
            ("clipped", n.clipped.into()),
        ])
    });
    json::obj([
        ("widget_version", WIDGET_VERSION.into()),
        ("questionnaire", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        ("fingerprint", fingerprint(q)),
        ("language", lang.into()),
        ("code", code.into()),
        ("conditions", jnum(p.conditions)),
        ("spread", jnum(p.spread)),
        // Alias of `conditions` (its name before the spread figure existed).
        ("index", jnum(p.conditions)),
        ("network", network),
        ("dimensions", Value::Arr(dimensions)),
        ("who_leads", Value::Arr(who_leads)),
        ("who_leads_mean", jnum(p.who_leads_mean)),
        ("own_leadership", jnum(p.own)),
        (
            "quality_flags",
            json::obj([
                ("straight_lining", p.flags.straight_lining.into()),
                ("contradictions", p.flags.contradictions.into()),
                ("many_cant_say", p.flags.many_cant_say.into()),
            ]),
        ),
    ])
    .to_pretty()
}

/// Characters that make a spreadsheet read a cell as a formula (or, for tab and CR,
/// that some spreadsheets strip before doing so): the OWASP "CSV injection" list.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell for CSV: neutralised when it starts like a formula (prefixed with a
/// single quote, as the OWASP CSV-injection guidance recommends, so spreadsheets show
/// it as text), then quoted when needed (RFC 4180). Numbers the exports compute are
/// written directly, never through this function, so a negative figure stays a number.
pub fn csv_field(s: &str) -> String {
    let neutral = if s.starts_with(FORMULA_STARTS) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|v| super::fixed::fixed(v, 2)).unwrap_or_default()
}

/// The profile as CSV: one row per dimension, then who-leads rows, own leadership, the
/// network share (score = share of teammates seen leading, 0–100), and the two headline
/// figures (`conditions`, `spread`). Columns: kind, id, name, score, low, high, band.
pub fn to_csv(q: &Questionnaire, p: &Profile, lang: &str) -> String {
    let mut s = String::from("kind,id,name,score,range_low,range_high,band\r\n");
    for (d, ds) in q.dimensions.iter().zip(&p.dimensions) {
        s.push_str(&format!(
            "dimension,{},{},{},{},{},{}\r\n",
            csv_field(&d.id),
            csv_field(q.text(&d.name, lang)),
            num(ds.score),
            num(ds.range.map(|r| r.0)),
            num(ds.range.map(|r| r.1)),
            ds.score.map(|v| Band::of(v).name()).unwrap_or("")
        ));
    }
    for (f, v) in q.who_leads.functions.iter().zip(&p.who_leads) {
        s.push_str(&format!(
            "who_leads,{},{},{},,,\r\n",
            csv_field(&f.id),
            csv_field(q.text(&f.text, lang)),
            num(*v)
        ));
    }
    s.push_str(&format!("own_leadership,own,,{},,,\r\n", num(p.own)));
    if q.network.is_some() {
        s.push_str(&format!(
            "network,share,,{},,,\r\n",
            num(p.network.map(|n| 100.0 * n.share))
        ));
    }
    for (id, v) in [("conditions", p.conditions), ("spread", p.spread)] {
        s.push_str(&format!(
            "headline,{id},,{},,,{}\r\n",
            num(v),
            v.map(|v| Band::of(v).name()).unwrap_or("")
        ));
    }
    s.push_str(&format!("widget_version,{WIDGET_VERSION},,,,,\r\n"));
    s
}

/// Team figures as CSV: one row per dimension (suppressed ones with empty cells),
/// then the index, the headline figures (`conditions`, `spread`), the network density
/// (its `sd` column holds the standard error), own leadership and who-leads means.
/// Aggregates only.
pub fn team_csv(q: &Questionnaire, st: &TeamStats, lang: &str) -> String {
    let mut s =
        String::from("kind,id,name,n,mean,sd,ci95_low,ci95_high,rwg_j,lindell_rwg_j,ad,alpha\r\n");
    for (d, ds) in q.dimensions.iter().zip(st.dimensions()) {
        let name = csv_field(q.text(&d.name, lang));
        match ds {
            Some(x) => s.push_str(&format!(
                "dimension,{},{name},{},{},{},{},{},{},{},{},{}\r\n",
                csv_field(&d.id),
                x.n,
                num(Some(x.mean)),
                num(Some(x.sd)),
                num(Some(x.ci95.0)),
                num(Some(x.ci95.1)),
                num3(x.rwg_j),
                num3(x.lindell_rwg_j),
                num3(x.ad),
                num3(x.alpha.as_ref().map(|a| a.value)),
            )),
            None => s.push_str(&format!(
                "dimension,{},{name},,,,,,,,,\r\n",
                csv_field(&d.id)
            )),
        }
    }
    // Conditions (kept under its earlier name "index" too) and spread: team means.
    for (kind, id, fig) in [
        ("index", "index", st.index()),
        ("headline", "conditions", st.conditions()),
        ("headline", "spread", st.spread()),
    ] {
        if let Some(x) = fig {
            s.push_str(&format!(
                "{kind},{id},,{},{},{},{},{},,,,\r\n",
                x.n,
                num(Some(x.mean)),
                num(Some(x.sd)),
                num(Some(x.ci95.0)),
                num(Some(x.ci95.1))
            ));
        }
    }
    // The network density: mean = D, sd = its standard error, CI clipped to 0–1.
    if let Some(d) = st.density() {
        s.push_str(&format!(
            "network,density,,{},{},{},{},{},,,,\r\n",
            d.n,
            num3(Some(d.d)),
            num3(Some(d.se)),
            num3(Some(d.ci95.0)),
            num3(Some(d.ci95.1))
        ));
    }
    if let Some(o) = st.own() {
        s.push_str(&format!(
            "own_leadership,own,,{},{},{},,,,,,\r\n",
            o.n,
            num3(Some(o.mean)),
            num3(Some(o.sd))
        ));
        s.push_str(&format!(
            "own_gini,gini,,{},{},,,,,,,\r\n",
            o.n,
            num3(Some(o.gini))
        ));
        s.push_str(&format!(
            "own_cv,cv,,{},{},,,,,,,\r\n",
            o.n,
            num3(Some(o.cv))
        ));
    }
    for (f, w) in q.who_leads.functions.iter().zip(st.who_leads()) {
        if let Some(w) = w {
            s.push_str(&format!(
                "who_leads,{},{},{},{},,,,,,,\r\n",
                csv_field(&f.id),
                csv_field(q.text(&f.text, lang)),
                w.n,
                num(Some(w.mean))
            ));
        }
    }
    s.push_str(&format!("widget_version,{WIDGET_VERSION},,,,,,,,,,\r\n"));
    s
}

/// The answers given so far, question by question, as pretty-printed JSON (for a
/// person whose browser cannot save them). Like result codes: no identity, no time.
/// Each answer is its value, `"cant_say"`, or null (not answered).
pub fn answers_json(
    q: &Questionnaire,
    answers: &super::response::Answers,
    lang: &str,
    code: Option<&str>,
) -> String {
    use super::response::Answer;
    let list = q
        .question_ids()
        .enumerate()
        .map(|(pos, id)| {
            json::obj([
                ("id", id.into()),
                (
                    "text",
                    q.question_text(pos)
                        .map(|t| q.text(t, lang))
                        .unwrap_or("")
                        .into(),
                ),
                (
                    "answer",
                    match answers.get(pos) {
                        Some(Answer::Value(v)) => usize::from(v).into(),
                        Some(Answer::CantSay) => "cant_say".into(),
                        None => Value::Null,
                    },
                ),
            ])
        })
        .collect();
    json::obj([
        ("questionnaire", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        ("fingerprint", fingerprint(q)),
        ("language", lang.into()),
        ("answered", answers.answered().into()),
        ("questions", q.question_count().into()),
        ("code", code.into()),
        ("answers", Value::Arr(list)),
    ])
    .to_pretty()
}

/// Saved data that could not be read, exactly as it was stored, as JSON.
pub fn kept_aside_json(entries: &[(String, String)]) -> String {
    json::obj([
        (
            "note",
            "Saved Leadership Radar data this version could not read, unchanged (browser storage key and stored text).".into(),
        ),
        (
            "entries",
            Value::Arr(
                entries
                    .iter()
                    .map(|(key, value)| {
                        json::obj([("key", key.as_str().into()), ("value", value.as_str().into())])
                    })
                    .collect(),
            ),
        ),
    ])
    .to_pretty()
}

fn num3(v: Option<f64>) -> String {
    v.map(|v| super::fixed::fixed(v, 3)).unwrap_or_default()
}

fn pair(p: (f64, f64)) -> Value {
    Value::Arr(vec![jnum(Some(p.0)), jnum(Some(p.1))])
}

fn descriptive(d: &Descriptive) -> Value {
    json::obj([
        ("n", d.n.into()),
        ("mean", jnum(Some(d.mean))),
        ("sd", jnum(Some(d.sd))),
        ("ci95", pair(d.ci95)),
    ])
}

/// Team figures as JSON (aggregates only; dimension and function ids give the order).
pub fn team_json(q: &Questionnaire, st: &TeamStats, _lang: &str) -> String {
    let ids = |v: Vec<&str>| Value::Arr(v.into_iter().map(Value::from).collect());
    let dimensions = st
        .dimensions()
        .iter()
        .map(|d| {
            d.as_ref().map_or(Value::Null, |d| {
                json::obj([
                    ("n", d.n.into()),
                    ("mean", jnum(Some(d.mean))),
                    ("sd", jnum(Some(d.sd))),
                    ("ci95", pair(d.ci95)),
                    ("rwg_j", jnum(d.rwg_j)),
                    ("lindell_rwg_j", jnum(d.lindell_rwg_j)),
                    ("ad", jnum(d.ad)),
                    (
                        "alpha",
                        d.alpha.as_ref().map_or(Value::Null, |a| {
                            json::obj([("value", jnum(Some(a.value))), ("n", a.n.into())])
                        }),
                    ),
                ])
            })
        })
        .collect();
    let own = st.own().map_or(Value::Null, |o| {
        json::obj([
            ("n", o.n.into()),
            ("mean", jnum(Some(o.mean))),
            ("sd", jnum(Some(o.sd))),
            ("gini", jnum(Some(o.gini))),
            ("cv", jnum(Some(o.cv))),
        ])
    });
    let who_leads = st
        .who_leads()
        .iter()
        .map(|w| {
            w.as_ref().map_or(Value::Null, |w| {
                json::obj([
                    ("n", w.n.into()),
                    (
                        "counts",
                        Value::Arr(w.counts.iter().map(|&c| c.into()).collect()),
                    ),
                    ("missing", w.missing.into()),
                    ("mean", jnum(Some(w.mean))),
                ])
            })
        })
        .collect();
    let density = st.density().map_or(Value::Null, |d| {
        json::obj([
            ("n", d.n.into()),
            ("d", jnum(Some(d.d))),
            ("se", jnum(Some(d.se))),
            ("ci95", pair(d.ci95)),
            ("clipped", d.clipped.into()),
        ])
    });
    json::obj([
        ("widget_version", WIDGET_VERSION.into()),
        ("questionnaire", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        ("fingerprint", fingerprint(q)),
        ("minimum_group", st.min_group().get().into()),
        (
            "dimension_ids",
            ids(q.dimensions.iter().map(|d| d.id.as_str()).collect()),
        ),
        (
            "who_leads_ids",
            ids(q
                .who_leads
                .functions
                .iter()
                .map(|f| f.id.as_str())
                .collect()),
        ),
        // Conditions for shared leadership (the same figure as `stats.index`).
        (
            "conditions",
            st.conditions().map_or(Value::Null, descriptive),
        ),
        (
            "stats",
            json::obj([
                ("fingerprint", st.fingerprint().into()),
                ("n", st.n().into()),
                ("min", st.min_group().get().into()),
                ("dimensions", Value::Arr(dimensions)),
                ("index", st.index().map_or(Value::Null, descriptive)),
                ("own", own),
                ("who_leads", Value::Arr(who_leads)),
                ("spread", st.spread().map_or(Value::Null, descriptive)),
                ("density", density),
            ]),
        ),
    ])
    .to_pretty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::{Answer, Answers};
    use crate::domain::scoring::score;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn csv_cells_that_start_like_formulas_are_neutralised() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\r=1", "\"'\r=1\""),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("a=1", "a=1"),
            (" =1", " =1"),
            ("", ""),
        ] {
            assert_eq!(csv_field(cell), want, "{cell:?}");
        }
    }

    /// A questionnaire whose labels are formulas: no CSV cell the exports write may
    /// start with a formula character, and negative figures stay numbers.
    #[test]
    fn personal_and_team_csv_hold_no_live_formula() {
        use crate::domain::team::{team_stats, MinGroup};
        let mut q = Questionnaire::default_questionnaire();
        let evil = ["=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(1)", "\tx", "\r=2"];
        for (i, d) in q.dimensions.iter_mut().enumerate() {
            for t in d.name.values_mut() {
                *t = evil[i % evil.len()].to_string();
            }
        }
        for (i, f) in q.who_leads.functions.iter_mut().enumerate() {
            for t in f.text.values_mut() {
                *t = evil[(i + 3) % evil.len()].to_string();
            }
        }
        let a = Answers(vec![Some(Answer::Value(2)); q.question_count()]);
        let responses: Vec<Answers> = (1..=6u8)
            .map(|v| Answers(vec![Some(Answer::Value(v % 5 + 1)); q.question_count()]))
            .collect();
        let st = team_stats(&q, &responses, MinGroup::default()).expect("6 >= 5");
        for (which, csv) in [
            ("personal", to_csv(&q, &score(&q, &a), "en")),
            ("team", team_csv(&q, &st, "en")),
        ] {
            for cell in csv_cells(&csv) {
                let bad = cell.starts_with(FORMULA_STARTS)
                    && cell.trim_start_matches('-').parse::<f64>().is_err();
                assert!(!bad, "{which} CSV has a live formula cell {cell:?}:\n{csv}");
            }
            assert!(csv.contains("'=cmd|"), "{which}: {csv}");
        }
    }

    /// Splits RFC 4180 CSV into unquoted cell values.
    fn csv_cells(csv: &str) -> Vec<String> {
        let mut cells = Vec::new();
        let mut cur = String::new();
        let mut quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                ('"', true) => quoted = false,
                ('"', false) if cur.is_empty() => quoted = true,
                (',', false) => cells.push(std::mem::take(&mut cur)),
                ('\r', false) if chars.peek() == Some(&'\n') => {}
                ('\n', false) => cells.push(std::mem::take(&mut cur)),
                (c, _) => cur.push(c),
            }
        }
        cells
    }

    #[test]
    fn answers_json_lists_every_question() {
        let q = Questionnaire::default_questionnaire();
        let mut a = Answers::empty(&q);
        a.set(0, Some(Answer::Value(4)));
        a.set(1, Some(Answer::CantSay));
        let v: serde_json::Value =
            serde_json::from_str(&answers_json(&q, &a, "en", Some("LR1-X"))).expect("JSON");
        assert_eq!(v["answered"], 2);
        let list = v["answers"].as_array().expect("a list");
        assert_eq!(list.len(), q.question_count());
        assert_eq!(list[0]["answer"], 4);
        assert_eq!(list[1]["answer"], "cant_say");
        assert!(list[2]["answer"].is_null());
        assert!(!list[0]["text"].as_str().unwrap_or("").is_empty());
    }

    #[test]
    fn exports_carry_scores_and_no_identity() {
        let q = Questionnaire::default_questionnaire();
        let a = Answers(vec![Some(Answer::Value(5)); q.question_count()]);
        let p = score(&q, &a);
        let json = to_json(&q, &p, "en", Some("LR1-XYZ"));
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v["dimensions"].as_array().map(Vec::len), Some(8));
        assert_eq!(v["code"], "LR1-XYZ");
        let keys: Vec<&String> = v.as_object().expect("an object").keys().collect();
        for banned in ["date", "time", "timestamp", "user", "person", "email"] {
            assert!(
                keys.iter().all(|k| !k.contains(banned)),
                "{banned} in {keys:?}"
            );
        }
        let csv = to_csv(&q, &p, "de");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 8 + q.who_leads.functions.len() + 5);
        // Every answer 5: reverse-keyed items count 1, so conditions are below 100.
        let c = p.conditions.expect("scored");
        let want = format!("headline,conditions,,{c:.2},,,{}", Band::of(c).name());
        assert!(lines.contains(&want.as_str()), "{csv}");
        // Who leads 100, own 100, and 5 of 4 teammates clipped to 4: share 100.
        assert!(lines.contains(&"headline,spread,,100.00,,,high"), "{csv}");
        assert!(lines.contains(&"network,share,,100.00,,,"), "{csv}");
        assert!((v["conditions"].as_f64().expect("a number") - c).abs() < 1e-6);
        assert_eq!(v["spread"], 100.0);
        assert_eq!(v["index"], v["conditions"]);
        assert_eq!(v["network"]["teammates"], 4);
        assert_eq!(v["network"]["clipped"], true);
        assert!(lines[0].starts_with("kind,id,name,score"));
        assert!(lines.iter().all(|l| !l.is_empty()));
    }

    #[test]
    fn exports_name_the_widget_release() {
        use crate::domain::team::{team_stats, MinGroup};
        let q = Questionnaire::default_questionnaire();
        assert_eq!(WIDGET_VERSION, env!("CARGO_PKG_VERSION"));
        assert!(WIDGET_VERSION.split('.').count() == 3, "{WIDGET_VERSION}");
        let a = Answers(vec![Some(Answer::Value(4)); q.question_count()]);
        let p = score(&q, &a);
        let v: serde_json::Value =
            serde_json::from_str(&to_json(&q, &p, "en", None)).expect("JSON");
        assert_eq!(v["widget_version"], WIDGET_VERSION);
        let csv = to_csv(&q, &p, "en");
        let last = csv.lines().last().unwrap_or_default();
        assert_eq!(last, format!("widget_version,{WIDGET_VERSION},,,,,"));
        // As many columns as the header.
        assert_eq!(last.split(',').count(), 7);
        let team: Vec<Answers> = (0..5).map(|_| a.clone()).collect();
        let st = team_stats(&q, &team, MinGroup::default()).expect("5 >= 5");
        let v: serde_json::Value = serde_json::from_str(&team_json(&q, &st, "en")).expect("JSON");
        assert_eq!(v["widget_version"], WIDGET_VERSION);
        let tcsv = team_csv(&q, &st, "en");
        let header_cols = tcsv.lines().next().map(|l| l.split(',').count());
        let last = tcsv.lines().last().unwrap_or_default();
        assert_eq!(last, format!("widget_version,{WIDGET_VERSION},,,,,,,,,,"));
        assert_eq!(Some(last.split(',').count()), header_cols);
    }

    #[test]
    fn team_exports_hold_aggregates_only() {
        use crate::domain::team::{team_stats, MinGroup};
        let q = Questionnaire::default_questionnaire();
        let responses: Vec<Answers> = (1..=6u8)
            .map(|v| Answers(vec![Some(Answer::Value(v % 5 + 1)); q.question_count()]))
            .collect();
        let st = team_stats(&q, &responses, MinGroup::default()).expect("6 >= 5");
        let csv = team_csv(&q, &st, "en");
        let dims: Vec<&str> = csv
            .lines()
            .filter(|l| l.starts_with("dimension,"))
            .collect();
        assert_eq!(dims.len(), 8);
        assert!(
            dims.iter().all(|l| l.split(',').nth(3) == Some("6")),
            "{csv}"
        );
        let v: serde_json::Value = serde_json::from_str(&team_json(&q, &st, "en")).expect("JSON");
        assert_eq!(v["minimum_group"], 5);
        assert_eq!(v["stats"]["n"], 6);
        // Headline figures and the density (5 people gave a usable team size; every
        // count is clipped to size − 1, so everyone sees all teammates lead: D = 1).
        assert!(
            csv.lines().any(|l| l.starts_with("headline,spread,,6,")),
            "{csv}"
        );
        assert!(
            csv.lines()
                .any(|l| l.starts_with("headline,conditions,,6,")),
            "{csv}"
        );
        assert!(
            csv.lines()
                .any(|l| l.starts_with("network,density,,5,1.000,0.000,")),
            "{csv}"
        );
        assert_eq!(v["stats"]["density"]["n"], 5);
        assert_eq!(v["conditions"]["n"], v["stats"]["index"]["n"]);
        // No field holds a list of individual responses.
        assert!(!team_json(&q, &st, "en").contains("responses"));
    }

    #[test]
    fn band_boundaries() {
        assert_eq!(Band::of(39.99).name(), "low");
        assert_eq!(Band::of(40.0).name(), "middle");
        assert_eq!(Band::of(69.99).name(), "middle");
        assert_eq!(Band::of(70.0).name(), "high");
    }
}
