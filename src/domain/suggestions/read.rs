//! Reading the suggestion rules from JSON with the crate's small JSON reader
//! ([`crate::domain::json`]), every shape problem named by its JSON path. The built-in
//! rules are read this way at start-up: the reader is smaller than code that builds
//! the same rules (measured), and the JSON file stays the one source.

use std::collections::BTreeMap;

use super::model::{BandAdvice, Bands, Condition, DimensionRules, Pattern, Rules, TeamRule};
use crate::domain::json::{self, string, Fields, Value};
use crate::domain::next_step::Actor;
use crate::domain::problem::{problem, Expected, Found, Reason};
use crate::domain::questionnaire::{Problem, Text};
use crate::domain::questionnaire_json::{list, req_text, text};

type Out = Vec<(String, Reason)>;

fn req_string(f: &mut Fields, key: &str) -> String {
    let p = f.path_of(key);
    f.req(key)
        .map(|v| string(v, &p, f.out()))
        .unwrap_or_default()
}

fn opt_string(f: &mut Fields, key: &str) -> Option<String> {
    let p = f.path_of(key);
    f.opt(key).map(|v| string(v, &p, f.out()))
}

fn actions(f: &mut Fields) -> Vec<Text> {
    list(f, "actions", true, text)
}

fn who(f: &mut Fields) -> Vec<Actor> {
    list(f, "who", false, |v, p, out| {
        let s = string(v, p, out);
        Actor::parse(&s).unwrap_or_else(|| {
            out.push((p.to_string(), Reason::UnknownActor(s)));
            Actor::Team
        })
    })
}

/// A threshold: a whole number (the bands are whole points on the 0–100 scale).
fn whole(f: &mut Fields, key: &str) -> f64 {
    let p = f.path_of(key);
    match f.req(key) {
        Some(v) => match v.as_i64() {
            Some(n) => n as f64,
            None => {
                let found = Found::of(v);
                f.problem(p, Reason::Expected(Expected::WholeNumber, found));
                0.0
            }
        },
        None => 0.0,
    }
}

fn object<T>(
    v: &Value,
    path: &str,
    out: &mut Out,
    read: impl FnOnce(&mut Fields) -> T,
) -> Option<T> {
    let mut f = Fields::of(v, path, out)?;
    let t = read(&mut f);
    f.finish();
    Some(t)
}

fn band_advice(f: &mut Fields, key: &str) -> Option<BandAdvice> {
    let p = f.path_of(key);
    let v = f.opt(key)?;
    object(v, &p, f.out(), |f| BandAdvice {
        why: req_text(f, "why"),
        actions: actions(f),
        who: who(f),
    })
}

/// Reads rules from JSON text; `Err` lists every problem (syntax or shape).
pub fn rules_from_json(text: &str) -> Result<Rules, Vec<Problem>> {
    let problems = |out: Out| {
        out.into_iter()
            .map(|(path, reason)| problem(path, reason))
            .collect::<Vec<Problem>>()
    };
    let v = json::parse(text)
        .map_err(|e| vec![problem("$", Reason::NotJson(e.line, e.column, e.reason))])?;
    let mut out = Out::new();
    let rules = object(&v, "$", &mut out, |f| {
        let bp = f.path_of("bands");
        let bands = f
            .req("bands")
            .and_then(|v| {
                object(v, &bp, f.out(), |f| Bands {
                    low_below: whole(f, "low_below"),
                    high_from: whole(f, "high_from"),
                })
            })
            .unwrap_or(Bands {
                low_below: 0.0,
                high_from: 0.0,
            });
        let dp = f.path_of("dimensions");
        let mut dimensions = BTreeMap::new();
        if let Some(v) = f.req("dimensions") {
            let out = f.out();
            if let Some(mut g) = Fields::of(v, &dp, out) {
                if let Value::Obj(fields) = v {
                    for (id, d) in fields {
                        g.opt(id);
                        let p = g.path_of(id);
                        let r = object(d, &p, g.out(), |f| DimensionRules {
                            low: band_advice(f, "low"),
                            middle: band_advice(f, "middle"),
                            high: band_advice(f, "high"),
                        });
                        if let Some(r) = r {
                            dimensions.insert(id.clone(), r);
                        }
                    }
                }
                g.finish();
            }
        }
        let patterns = list(f, "patterns", true, |v, p, out| {
            object(v, p, out, |f| {
                let id = req_string(f, "id");
                let when = list(f, "when", true, |v, p, out| {
                    object(v, p, out, |f| Condition {
                        dimension: opt_string(f, "dimension").unwrap_or_default(),
                        figure: opt_string(f, "figure"),
                        band: opt_string(f, "band"),
                        not_band: opt_string(f, "not_band"),
                    })
                });
                Pattern {
                    id,
                    when: when.into_iter().flatten().collect(),
                    title: req_text(f, "title"),
                    text: req_text(f, "text"),
                    actions: actions(f),
                    who: who(f),
                }
            })
        });
        let team = list(f, "team", true, |v, p, out| {
            object(v, p, out, |f| TeamRule {
                id: req_string(f, "id"),
                title: req_text(f, "title"),
                text: req_text(f, "text"),
                actions: actions(f),
            })
        });
        Rules {
            bands,
            dimensions,
            patterns: patterns.into_iter().flatten().collect(),
            team: team.into_iter().flatten().collect(),
        }
    });
    match rules {
        Some(r) if out.is_empty() => Ok(r),
        _ => Err(problems(out)),
    }
}
