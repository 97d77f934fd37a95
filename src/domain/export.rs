//! Downloads of one person's results as JSON and CSV (pure text builders).
//! Exports carry no identity and no timestamp, like result codes.

use serde::Serialize;

use super::questionnaire::{pick, Questionnaire};
use super::scoring::Profile;
use super::team::TeamStats;

/// Band name of a 0–100 score, as the suggestion rules define it.
pub fn band_name(score: f64) -> &'static str {
    super::suggestions::Band::of(score).name()
}

#[derive(Serialize)]
struct DimOut<'a> {
    id: &'a str,
    name: &'a str,
    score: Option<f64>,
    raw_mean: Option<f64>,
    item_range: Option<(f64, f64)>,
    band: Option<&'static str>,
    answered: usize,
    items: usize,
}

#[derive(Serialize)]
struct WhoOut<'a> {
    id: &'a str,
    text: &'a str,
    position: Option<f64>,
}

#[derive(Serialize)]
struct Out<'a> {
    questionnaire: &'a str,
    version: &'a str,
    fingerprint: String,
    language: &'a str,
    code: Option<&'a str>,
    /// Conditions for shared leadership, 0–100.
    conditions: Option<f64>,
    /// Leadership spread, 0–100.
    spread: Option<f64>,
    /// Alias of `conditions` (its name before the spread figure existed).
    index: Option<f64>,
    /// Team size, teammates seen leading and their share.
    network: Option<&'a super::scoring::NetworkShare>,
    dimensions: Vec<DimOut<'a>>,
    who_leads: Vec<WhoOut<'a>>,
    who_leads_mean: Option<f64>,
    own_leadership: Option<f64>,
    quality_flags: &'a super::scoring::QualityFlags,
}

/// The profile as pretty-printed JSON.
pub fn to_json(q: &Questionnaire, p: &Profile, lang: &str, code: Option<&str>) -> String {
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let out = Out {
        questionnaire: &q.id,
        version: &q.version,
        fingerprint: format!("{:08x}", q.fingerprint()),
        language: lang,
        code,
        conditions: p.conditions,
        spread: p.spread,
        index: p.conditions,
        network: p.network.as_ref(),
        dimensions: q
            .dimensions
            .iter()
            .zip(&p.dimensions)
            .map(|(d, s)| DimOut {
                id: &d.id,
                name: pick(&d.name, lang, fb),
                score: s.score,
                raw_mean: s.raw_mean,
                item_range: s.range,
                band: s.score.map(band_name),
                answered: s.answered,
                items: s.items,
            })
            .collect(),
        who_leads: q
            .who_leads
            .functions
            .iter()
            .zip(&p.who_leads)
            .map(|(f, v)| WhoOut {
                id: &f.id,
                text: pick(&f.text, lang, fb),
                position: *v,
            })
            .collect(),
        who_leads_mean: p.who_leads_mean,
        own_leadership: p.own,
        quality_flags: &p.flags,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
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
    v.map(|v| format!("{v:.2}")).unwrap_or_default()
}

/// The profile as CSV: one row per dimension, then who-leads rows, own leadership, the
/// network share (score = share of teammates seen leading, 0–100), and the two headline
/// figures (`conditions`, `spread`). Columns: kind, id, name, score, low, high, band.
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
            v.map(band_name).unwrap_or("")
        ));
    }
    s
}

/// Team figures as CSV: one row per dimension (suppressed ones with empty cells),
/// then the index, the headline figures (`conditions`, `spread`), the network density
/// (its `sd` column holds the standard error), own leadership and who-leads means.
/// Aggregates only.
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
                csv_field(pick(&f.text, lang, fb)),
                w.n,
                num(Some(w.mean))
            ));
        }
    }
    s
}

fn num3(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.3}")).unwrap_or_default()
}

#[derive(Serialize)]
struct TeamOut<'a> {
    questionnaire: &'a str,
    version: &'a str,
    fingerprint: String,
    minimum_group: usize,
    dimension_ids: Vec<&'a str>,
    who_leads_ids: Vec<&'a str>,
    /// Conditions for shared leadership (the same figure as `stats.index`).
    conditions: Option<&'a super::team::Descriptive>,
    stats: &'a TeamStats,
}

/// Team figures as JSON (aggregates only; dimension and function ids give the order).
pub fn team_json(q: &Questionnaire, st: &TeamStats, _lang: &str) -> String {
    let out = TeamOut {
        questionnaire: &q.id,
        version: &q.version,
        fingerprint: format!("{:08x}", q.fingerprint()),
        minimum_group: st.min_group().get(),
        dimension_ids: q.dimensions.iter().map(|d| d.id.as_str()).collect(),
        who_leads_ids: q
            .who_leads
            .functions
            .iter()
            .map(|f| f.id.as_str())
            .collect(),
        conditions: st.conditions(),
        stats: st,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
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
        assert_eq!(lines.len(), 1 + 8 + q.who_leads.functions.len() + 4);
        // Every answer 5: reverse-keyed items count 1, so conditions are below 100.
        let c = p.conditions.expect("scored");
        let want = format!("headline,conditions,,{c:.2},,,{}", band_name(c));
        assert!(lines.contains(&want.as_str()), "{csv}");
        // Who leads 100, own 100, and 5 of 4 teammates clipped to 4: share 100.
        assert!(lines.contains(&"headline,spread,,100.00,,,high"), "{csv}");
        assert!(lines.contains(&"network,share,,100.00,,,"), "{csv}");
        assert_eq!(v["conditions"], c);
        assert_eq!(v["spread"], 100.0);
        assert_eq!(v["index"], v["conditions"]);
        assert_eq!(v["network"]["teammates"], 4);
        assert_eq!(v["network"]["clipped"], true);
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
        assert_eq!(band_name(39.99), "low");
        assert_eq!(band_name(40.0), "middle");
        assert_eq!(band_name(69.99), "middle");
        assert_eq!(band_name(70.0), "high");
    }
}
