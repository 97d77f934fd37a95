//! Turns the built-in suggestion rules into Rust at compile time, so that the widget
//! links no reader for them:
//!
//! - `src/domain/suggestions.json` → `builtin_suggestions.rs`: the body of
//!   `Rules::default_rules`, building the rules from `&'static str` data.
//!
//! (The built-in questionnaire is read at run time by the JSON reader that custom
//! questionnaires need anyway: that measured smaller than generated constructors.)
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
    println!("cargo:rerun-if-changed=build.rs");
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
