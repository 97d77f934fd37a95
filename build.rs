//! Turns the built-in JSON data into Rust at compile time, so that the widget never
//! parses them at run time and links no JSON deserializer for them:
//!
//! - `src/domain/default_questionnaire.json` → `builtin_questionnaire.rs`: the body of
//!   `Questionnaire::default_questionnaire`, building it from `&'static str` data;
//! - `src/domain/suggestions.json` → `builtin_suggestions.rs`: the body of
//!   `Rules::default_rules`, likewise.
//!
//! A field added to a JSON file needs a line here too (and in the model): the build
//! stops with the field's path until then.
//!
//! The JSON files stay the source (edit them, not the output). Their shape is checked
//! here: an unknown or missing field, or a value of the wrong type, stops the build with
//! its JSON path. Semantic validation (ids, translations, sections) is the crate's own
//! `validate()`, run on the built-in data by the test suite.
//!
//! serde_json is a build-dependency only: it costs the wasm nothing.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let q = "src/domain/default_questionnaire.json";
    println!("cargo:rerun-if-changed={q}");
    println!("cargo:rerun-if-changed=build.rs");
    let code = questionnaire(&read(q));
    std::fs::write(Path::new(&out_dir).join("builtin_questionnaire.rs"), code)
        .expect("write builtin_questionnaire.rs");
    let r = "src/domain/suggestions.json";
    println!("cargo:rerun-if-changed={r}");
    let code = suggestions(&read(r));
    std::fs::write(Path::new(&out_dir).join("builtin_suggestions.rs"), code)
        .expect("write builtin_suggestions.rs");
}

fn read(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: not valid JSON: {e}"))
}

/// An object with exactly the allowed keys (those marked `?` optional).
struct Obj<'a> {
    path: String,
    map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    fn new(v: &'a Value, path: &str, keys: &[&str]) -> Self {
        let map = v
            .as_object()
            .unwrap_or_else(|| panic!("{path}: expected an object"));
        for k in map.keys() {
            if !keys.iter().any(|a| a.trim_end_matches('?') == k) {
                panic!("{path}.{k}: unknown field");
            }
        }
        for k in keys.iter().filter(|k| !k.ends_with('?')) {
            if !map.contains_key(*k) {
                panic!("{path}.{k}: missing field");
            }
        }
        Obj {
            path: path.to_string(),
            map,
        }
    }

    fn at(&self, k: &str) -> String {
        format!("{}.{k}", self.path)
    }

    fn get(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k).filter(|v| !v.is_null())
    }

    fn req(&self, k: &str) -> &'a Value {
        self.get(k)
            .unwrap_or_else(|| panic!("{}: missing field", self.at(k)))
    }

    fn str(&self, k: &str) -> String {
        lit(self.req(k), &self.at(k))
    }

    fn text(&self, k: &str) -> String {
        text(self.req(k), &self.at(k))
    }

    fn opt_text(&self, k: &str) -> String {
        match self.get(k) {
            Some(v) => format!("Some({})", text(v, &self.at(k))),
            None => "None".into(),
        }
    }

    fn list(&self, k: &str, each: impl Fn(&Value, &str) -> String) -> String {
        list(self.req(k), &self.at(k), each)
    }
}

/// A string literal for `s(…)` (a `String` from static data).
fn lit(v: &Value, path: &str) -> String {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("{path}: expected a string"));
    format!("s({s:?})")
}

/// A language → text map: `t(&[("en", "…"), …])`.
fn text(v: &Value, path: &str) -> String {
    let map = v
        .as_object()
        .unwrap_or_else(|| panic!("{path}: expected an object of texts"));
    let mut out = String::from("t(&[");
    for (k, x) in map {
        let s = x
            .as_str()
            .unwrap_or_else(|| panic!("{path}.{k}: expected a string"));
        write!(out, "({k:?}, {s:?}),").unwrap();
    }
    out.push_str("])");
    out
}

fn list(v: &Value, path: &str, each: impl Fn(&Value, &str) -> String) -> String {
    let items = v
        .as_array()
        .unwrap_or_else(|| panic!("{path}: expected an array"));
    let mut out = String::from("vec![");
    for (i, x) in items.iter().enumerate() {
        out.push_str(&each(x, &format!("{path}[{i}]")));
        out.push(',');
    }
    out.push(']');
    out
}

fn question(v: &Value, path: &str) -> String {
    let o = Obj::new(v, path, &["id", "text"]);
    format!(
        "Question {{ id: {}, text: {} }}",
        o.str("id"),
        o.text("text")
    )
}

fn questionnaire(v: &Value) -> String {
    let o = Obj::new(
        v,
        "$",
        &[
            "id",
            "version",
            "languages",
            "title",
            "description",
            "scales",
            "item_scale",
            "dimensions",
            "items",
            "who_leads",
            "own_leadership",
            "network?",
            "sections",
        ],
    );
    let scales = o.list("scales", |v, p| {
        let s = Obj::new(v, p, &["id", "points", "labels", "cant_say?"]);
        let points = s
            .req("points")
            .as_u64()
            .filter(|n| *n <= 255)
            .unwrap_or_else(|| panic!("{}: expected a whole number 0–255", s.at("points")));
        let labels = s
            .req("labels")
            .as_object()
            .unwrap_or_else(|| panic!("{}: expected an object", s.at("labels")));
        let mut l = String::from("labels(&[");
        for (lang, list) in labels {
            let path = format!("{}.{lang}", s.at("labels"));
            let items = list
                .as_array()
                .unwrap_or_else(|| panic!("{path}: expected an array"));
            write!(l, "({lang:?}, &[").unwrap();
            for (i, x) in items.iter().enumerate() {
                let x = x
                    .as_str()
                    .unwrap_or_else(|| panic!("{path}[{i}]: expected a string"));
                write!(l, "{x:?},").unwrap();
            }
            l.push_str("]),");
        }
        l.push_str("])");
        format!(
            "Scale {{ id: {}, points: {points}, labels: {l}, cant_say: {} }}",
            s.str("id"),
            s.opt_text("cant_say")
        )
    });
    let dimensions = o.list("dimensions", |v, p| {
        let d = Obj::new(v, p, &["id", "name", "what", "why", "how"]);
        format!(
            "Dimension {{ id: {}, name: {}, what: {}, why: {}, how: {} }}",
            d.str("id"),
            d.text("name"),
            d.text("what"),
            d.text("why"),
            d.text("how")
        )
    });
    let items = o.list("items", |v, p| {
        let i = Obj::new(v, p, &["id", "dimension", "text", "reverse?"]);
        let reverse = match i.get("reverse") {
            None => false,
            Some(b) => b
                .as_bool()
                .unwrap_or_else(|| panic!("{}: expected true or false", i.at("reverse"))),
        };
        format!(
            "Item {{ id: {}, dimension: {}, text: {}, reverse: {reverse} }}",
            i.str("id"),
            i.str("dimension"),
            i.text("text")
        )
    });
    let w = Obj::new(
        o.req("who_leads"),
        &o.at("who_leads"),
        &["scale", "prompt", "functions"],
    );
    let who = format!(
        "WhoLeads {{ scale: {}, prompt: {}, functions: {} }}",
        w.str("scale"),
        w.text("prompt"),
        w.list("functions", question)
    );
    let ol = Obj::new(
        o.req("own_leadership"),
        &o.at("own_leadership"),
        &["scale", "prompt", "items"],
    );
    let own = format!(
        "OwnLeadership {{ scale: {}, prompt: {}, items: {} }}",
        ol.str("scale"),
        ol.text("prompt"),
        ol.list("items", question)
    );
    let network = match o.get("network") {
        None => "None".to_string(),
        Some(v) => {
            let n = Obj::new(v, &o.at("network"), &["prompt", "size", "counts"]);
            format!(
                "Some(Network {{ prompt: {}, size: {}, counts: {} }})",
                n.text("prompt"),
                count_item(n.req("size"), &n.at("size")),
                n.list("counts", count_item)
            )
        }
    };
    let sections = o.list("sections", |v, p| {
        let s = Obj::new(v, p, &["id", "title", "intro?", "questions"]);
        format!(
            "Section {{ id: {}, title: {}, intro: {}, questions: {} }}",
            s.str("id"),
            s.text("title"),
            s.opt_text("intro"),
            s.list("questions", lit)
        )
    });
    format!(
        "// Generated by build.rs from src/domain/default_questionnaire.json. Do not edit.\n\
         Questionnaire {{ id: {}, version: {}, languages: {}, title: {}, description: {}, \
         scales: {scales}, item_scale: {}, dimensions: {dimensions}, items: {items}, \
         who_leads: {who}, own_leadership: {own}, network: {network}, sections: {sections} }}\n",
        o.str("id"),
        o.str("version"),
        o.list("languages", lit),
        o.text("title"),
        o.text("description"),
        o.str("item_scale"),
    )
}

fn count_item(v: &Value, path: &str) -> String {
    let c = Obj::new(v, path, &["id", "text", "min", "max", "cant_say?"]);
    let whole = |k: &str| {
        c.req(k)
            .as_i64()
            .unwrap_or_else(|| panic!("{}: expected a whole number", c.at(k)))
    };
    format!(
        "CountItem {{ id: {}, text: {}, min: {}, max: {}, cant_say: {} }}",
        c.str("id"),
        c.text("text"),
        whole("min"),
        whole("max"),
        c.opt_text("cant_say")
    )
}

/// `vec![Actor::…]` from a list of actor names (empty when absent).
fn who(o: &Obj) -> String {
    let Some(v) = o.get("who") else {
        return "vec![]".into();
    };
    list(v, &o.at("who"), |v, p| {
        match v.as_str() {
            Some("you") => "Actor::You",
            Some("team") => "Actor::Team",
            Some("leader") => "Actor::Leader",
            _ => panic!("{p}: expected \"you\", \"team\" or \"leader\""),
        }
        .to_string()
    })
}

fn opt_str(o: &Obj, k: &str) -> String {
    match o.get(k) {
        Some(v) => format!("Some({})", lit(v, &o.at(k))),
        None => "None".into(),
    }
}

fn number(o: &Obj, k: &str) -> String {
    let x = o
        .req(k)
        .as_f64()
        .unwrap_or_else(|| panic!("{}: expected a number", o.at(k)));
    format!("{x:?}")
}

fn band_advice(v: Option<&Value>, path: &str) -> String {
    match v {
        None => "None".into(),
        Some(v) => {
            let a = Obj::new(v, path, &["why", "actions", "who?"]);
            format!(
                "Some(BandAdvice {{ why: {}, actions: {}, who: {} }})",
                a.text("why"),
                a.list("actions", text),
                who(&a)
            )
        }
    }
}

fn suggestions(v: &Value) -> String {
    let o = Obj::new(v, "$", &["bands", "dimensions", "patterns", "team"]);
    let b = Obj::new(o.req("bands"), &o.at("bands"), &["low_below", "high_from"]);
    let bands = format!(
        "Bands {{ low_below: {}, high_from: {} }}",
        number(&b, "low_below"),
        number(&b, "high_from")
    );
    let dims = o
        .req("dimensions")
        .as_object()
        .unwrap_or_else(|| panic!("$.dimensions: expected an object"));
    let mut dimensions = String::from("[");
    for (id, d) in dims {
        let path = format!("$.dimensions.{id}");
        let r = Obj::new(d, &path, &["low?", "middle?", "high?"]);
        write!(
            dimensions,
            "(s({id:?}), DimensionRules {{ low: {}, middle: {}, high: {} }}),",
            band_advice(r.get("low"), &r.at("low")),
            band_advice(r.get("middle"), &r.at("middle")),
            band_advice(r.get("high"), &r.at("high"))
        )
        .unwrap();
    }
    dimensions.push(']');
    let patterns = o.list("patterns", |v, p| {
        let x = Obj::new(v, p, &["id", "when", "title", "text", "actions", "who?"]);
        let when = x.list("when", |v, p| {
            let c = Obj::new(v, p, &["dimension?", "figure?", "band?", "not_band?"]);
            let dimension = match c.get("dimension") {
                Some(v) => lit(v, &c.at("dimension")),
                None => "String::new()".into(),
            };
            format!(
                "Condition {{ dimension: {dimension}, figure: {}, band: {}, not_band: {} }}",
                opt_str(&c, "figure"),
                opt_str(&c, "band"),
                opt_str(&c, "not_band")
            )
        });
        format!(
            "Pattern {{ id: {}, when: {when}, title: {}, text: {}, actions: {}, who: {} }}",
            x.str("id"),
            x.text("title"),
            x.text("text"),
            x.list("actions", text),
            who(&x)
        )
    });
    let team = o.list("team", |v, p| {
        let x = Obj::new(v, p, &["id", "title", "text", "actions"]);
        format!(
            "TeamRule {{ id: {}, title: {}, text: {}, actions: {} }}",
            x.str("id"),
            x.text("title"),
            x.text("text"),
            x.list("actions", text)
        )
    });
    format!(
        "// Generated by build.rs from src/domain/suggestions.json. Do not edit.\n\
         Rules {{ bands: {bands}, dimensions: BTreeMap::from({dimensions}), \
         patterns: {patterns}, team: {team} }}\n"
    )
}
