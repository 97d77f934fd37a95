//! Downloads of one person's results as JSON and CSV (pure text builders).
//! Exports carry no identity and no timestamp, like result codes.

use super::json::{self, Value};
use super::questionnaire::{pick, Questionnaire};
use super::scoring::Profile;
use super::team::{Descriptive, TeamStats};

/// Band name of a 0–100 score, as the suggestion rules define it.
pub fn band_name(score: f64) -> &'static str {
    super::suggestions::Band::of(score).name()
}

/// Decimals of the numbers in JSON downloads: scores are multiples of 100/48 at the
/// finest, so six places keep every figure to well within its meaning.
pub const JSON_DECIMALS: u32 = 6;

fn jnum(v: Option<f64>) -> Value {
    json::num(v, JSON_DECIMALS)
}

/// The profile as pretty-printed JSON.
pub fn to_json(q: &Questionnaire, p: &Profile, lang: &str, code: Option<&str>) -> String {
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let dimensions = q
        .dimensions
        .iter()
        .zip(&p.dimensions)
        .map(|(d, s)| {
            json::obj([
                ("id", d.id.as_str().into()),
                ("name", pick(&d.name, lang, fb).into()),
                ("score", jnum(s.score)),
                ("raw_mean", jnum(s.raw_mean)),
                (
                    "item_range",
                    s.range.map_or(Value::Null, |(lo, hi)| {
                        Value::Arr(vec![jnum(Some(lo)), jnum(Some(hi))])
                    }),
                ),
                ("band", s.score.map(band_name).into()),
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
                ("text", pick(&f.text, lang, fb).into()),
                ("position", jnum(*v)),
            ])
        })
        .collect();
    json::obj([
        ("questionnaire", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        (
            "fingerprint",
            format!("{:08x}", q.fingerprint()).as_str().into(),
        ),
        ("language", lang.into()),
        ("code", code.into()),
        ("index", jnum(p.index)),
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

/// Quotes a CSV field when needed (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|v| super::fixed::fixed(v, 2)).unwrap_or_default()
}

/// The profile as CSV: one row per dimension, then who-leads rows, own leadership and
/// the index. Columns: kind, id, name, score, low, high, band.
pub fn to_csv(q: &Questionnaire, p: &Profile, lang: &str) -> String {
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let mut s = String::from("kind,id,name,score,range_low,range_high,band\r\n");
    for (d, ds) in q.dimensions.iter().zip(&p.dimensions) {
        s.push_str(&format!(
            "dimension,{},{},{},{},{},{}\r\n",
            csv_field(&d.id),
            csv_field(pick(&d.name, lang, fb)),
            num(ds.score),
            num(ds.range.map(|r| r.0)),
            num(ds.range.map(|r| r.1)),
            ds.score.map(band_name).unwrap_or("")
        ));
    }
    for (f, v) in q.who_leads.functions.iter().zip(&p.who_leads) {
        s.push_str(&format!(
            "who_leads,{},{},{},,,\r\n",
            csv_field(&f.id),
            csv_field(pick(&f.text, lang, fb)),
            num(*v)
        ));
    }
    s.push_str(&format!("own_leadership,own,,{},,,\r\n", num(p.own)));
    s.push_str(&format!(
        "index,index,,{},,,{}\r\n",
        num(p.index),
        p.index.map(band_name).unwrap_or("")
    ));
    s
}

/// Team figures as CSV: one row per dimension (suppressed ones with empty cells),
/// then the index, own leadership and who-leads means. Aggregates only.
pub fn team_csv(q: &Questionnaire, st: &TeamStats, lang: &str) -> String {
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let mut s =
        String::from("kind,id,name,n,mean,sd,ci95_low,ci95_high,rwg_j,lindell_rwg_j,ad,alpha\r\n");
    for (d, ds) in q.dimensions.iter().zip(st.dimensions()) {
        let name = csv_field(pick(&d.name, lang, fb));
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
    if let Some(ix) = st.index() {
        s.push_str(&format!(
            "index,index,,{},{},{},{},{},,,,\r\n",
            ix.n,
            num(Some(ix.mean)),
            num(Some(ix.sd)),
            num(Some(ix.ci95.0)),
            num(Some(ix.ci95.1))
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
                csv_field(pick(&f.text, lang, fb)),
                w.n,
                num(Some(w.mean))
            ));
        }
    }
    s
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
    json::obj([
        ("questionnaire", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        (
            "fingerprint",
            format!("{:08x}", q.fingerprint()).as_str().into(),
        ),
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
        assert_eq!(lines.len(), 1 + 8 + q.who_leads.functions.len() + 2);
        assert!(lines[0].starts_with("kind,id,name,score"));
        assert!(lines.iter().all(|l| !l.is_empty()));
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
        // No field holds a list of individual responses.
        assert!(!team_json(&q, &st, "en").contains("responses"));
    }

    #[test]
    fn band_boundaries() {
        assert_eq!(band_name(39.99), "low");
        assert_eq!(band_name(40.0), "middle");
        assert_eq!(band_name(69.99), "middle");
        assert_eq!(band_name(70.0), "high");
    }
}
