//! Reading a questionnaire from JSON (custom questionnaires on the page) and writing one
//! back, with every shape problem named by its JSON path: a wrong type, a missing or an
//! unknown field is reported where it is, and all of them at once.

use super::json::{self, array, string, Fields, Value};
use super::problem::{Expected, Found, Reason};
use super::questionnaire::{
    CountItem, Dimension, Item, Network, OwnLeadership, Problem, Question, Questionnaire, Scale,
    Section, Text, WhoLeads,
};

type Out = Vec<(String, Reason)>;

/// A text in several languages: an object whose every key is a language and every
/// value a string.
pub(crate) fn text(v: &Value, path: &str, out: &mut Out) -> Text {
    let mut t = Text::new();
    if let Some(mut f) = Fields::of(v, path, out) {
        // Every key is a language; each value a string.
        if let Value::Obj(fields) = v {
            for (k, x) in fields {
                let p = f.path_of(k);
                let s = string(x, &p, f.out());
                f.opt(k);
                t.insert(k.clone(), s);
            }
        }
        f.finish();
    }
    t
}

/// A required [`text`] field.
pub(crate) fn req_text(f: &mut Fields, key: &str) -> Text {
    let p = f.path_of(key);
    f.req(key).map(|v| text(v, &p, f.out())).unwrap_or_default()
}

fn opt_text(f: &mut Fields, key: &str) -> Option<Text> {
    let p = f.path_of(key);
    f.opt(key).map(|v| text(v, &p, f.out()))
}

fn req_string(f: &mut Fields, key: &str) -> String {
    let p = f.path_of(key);
    f.req(key)
        .map(|v| string(v, &p, f.out()))
        .unwrap_or_default()
}

fn req_list<T>(f: &mut Fields, key: &str, each: impl Fn(&Value, &str, &mut Out) -> T) -> Vec<T> {
    list(f, key, true, each)
}

/// An array field (required or optional), each element read by `each` with its path.
pub(crate) fn list<T>(
    f: &mut Fields,
    key: &str,
    required: bool,
    each: impl Fn(&Value, &str, &mut Out) -> T,
) -> Vec<T> {
    let p = f.path_of(key);
    let v = if required { f.req(key) } else { f.opt(key) };
    let Some(v) = v else {
        return Vec::new();
    };
    let out = f.out();
    array(v, &p, out)
        .into_iter()
        .map(|(p, x)| each(x, &p, out))
        .collect()
}

fn object<T: Default>(
    v: &Value,
    path: &str,
    out: &mut Out,
    read: impl FnOnce(&mut Fields) -> T,
) -> T {
    match Fields::of(v, path, out) {
        Some(mut f) => {
            let t = read(&mut f);
            f.finish();
            t
        }
        None => T::default(),
    }
}

fn scale(v: &Value, path: &str, out: &mut Out) -> Scale {
    object(v, path, out, |f| {
        let id = req_string(f, "id");
        let points_path = f.path_of("points");
        let points = match f.req("points") {
            Some(v) => match v.as_u64().and_then(|n| u8::try_from(n).ok()) {
                Some(n) => n,
                None => {
                    let found = Found::of(v);
                    f.problem(points_path, Reason::Expected(Expected::Byte, found));
                    0
                }
            },
            None => 0,
        };
        let labels_path = f.path_of("labels");
        let mut labels = std::collections::BTreeMap::new();
        if let Some(v) = f.req("labels") {
            let out = f.out();
            if let Some(mut g) = Fields::of(v, &labels_path, out) {
                if let Value::Obj(fields) = v {
                    for (lang, list) in fields {
                        g.opt(lang);
                        let p = g.path_of(lang);
                        let out = g.out();
                        let l = array(list, &p, out)
                            .into_iter()
                            .map(|(p, x)| string(x, &p, out))
                            .collect();
                        labels.insert(lang.clone(), l);
                    }
                }
                g.finish();
            }
        }
        let cant_say = opt_text(f, "cant_say");
        Scale {
            id,
            points,
            labels,
            cant_say,
        }
    })
}

fn question(v: &Value, path: &str, out: &mut Out) -> Question {
    object(v, path, out, |f| Question {
        id: req_string(f, "id"),
        text: req_text(f, "text"),
    })
}

fn whole(f: &mut Fields, key: &str) -> i64 {
    let p = f.path_of(key);
    match f.req(key) {
        Some(v) => match v.as_i64() {
            Some(n) => n,
            None => {
                let found = Found::of(v);
                f.problem(p, Reason::Expected(Expected::WholeNumber, found));
                0
            }
        },
        None => 0,
    }
}

fn count_item(v: &Value, path: &str, out: &mut Out) -> CountItem {
    object(v, path, out, |f| CountItem {
        id: req_string(f, "id"),
        text: req_text(f, "text"),
        min: whole(f, "min"),
        max: whole(f, "max"),
        cant_say: opt_text(f, "cant_say"),
    })
}

fn network(v: &Value, path: &str, out: &mut Out) -> Network {
    object(v, path, out, |f| {
        let prompt = req_text(f, "prompt");
        let sp = f.path_of("size");
        let size = match f.req("size") {
            Some(v) => count_item(v, &sp, f.out()),
            None => CountItem::default(),
        };
        Network {
            prompt,
            size,
            counts: req_list(f, "counts", count_item),
        }
    })
}

/// Reads a parsed document into a questionnaire; `Err` lists every shape problem.
pub fn from_value(v: &Value) -> Result<Questionnaire, Vec<Problem>> {
    let mut out = Out::new();
    let q = object(v, "$", &mut out, |f| {
        let id = req_string(f, "id");
        let version = req_string(f, "version");
        let languages = req_list(f, "languages", string);
        let title = req_text(f, "title");
        let description = req_text(f, "description");
        let scales = req_list(f, "scales", scale);
        let item_scale = req_string(f, "item_scale");
        let dimensions = req_list(f, "dimensions", |v, p, out| {
            object(v, p, out, |f| Dimension {
                id: req_string(f, "id"),
                name: req_text(f, "name"),
                what: req_text(f, "what"),
                why: req_text(f, "why"),
                how: req_text(f, "how"),
            })
        });
        let items = req_list(f, "items", |v, p, out| {
            object(v, p, out, |f| {
                let id = req_string(f, "id");
                let dimension = req_string(f, "dimension");
                let text = req_text(f, "text");
                let rp = f.path_of("reverse");
                let reverse = match f.opt("reverse") {
                    None => false,
                    Some(Value::Bool(b)) => *b,
                    Some(other) => {
                        let found = Found::Kind(other.kind());
                        f.problem(rp, Reason::Expected(Expected::Bool, found));
                        false
                    }
                };
                Item {
                    id,
                    dimension,
                    text,
                    reverse,
                }
            })
        });
        let wp = f.path_of("who_leads");
        let who_leads = match f.req("who_leads") {
            Some(v) => object(v, &wp, f.out(), |f| WhoLeads {
                scale: req_string(f, "scale"),
                prompt: req_text(f, "prompt"),
                functions: req_list(f, "functions", question),
            }),
            None => WhoLeads::default(),
        };
        let op = f.path_of("own_leadership");
        let own_leadership = match f.req("own_leadership") {
            Some(v) => object(v, &op, f.out(), |f| OwnLeadership {
                scale: req_string(f, "scale"),
                prompt: req_text(f, "prompt"),
                items: req_list(f, "items", question),
            }),
            None => OwnLeadership::default(),
        };
        let np = f.path_of("network");
        let network = match f.opt("network") {
            None | Some(Value::Null) => None,
            Some(v) => Some(network(v, &np, f.out())),
        };
        let sections = req_list(f, "sections", |v, p, out| {
            object(v, p, out, |f| Section {
                id: req_string(f, "id"),
                title: req_text(f, "title"),
                intro: opt_text(f, "intro"),
                questions: req_list(f, "questions", string),
            })
        });
        Some(Questionnaire {
            id,
            version,
            languages,
            title,
            description,
            scales,
            item_scale,
            dimensions,
            items,
            who_leads,
            own_leadership,
            network,
            sections,
        })
    });
    match q {
        Some(q) if out.is_empty() => Ok(q),
        _ => Err(out
            .into_iter()
            .map(|(path, reason)| Problem { path, reason })
            .collect()),
    }
}

fn text_value(t: &Text) -> Value {
    Value::Obj(
        t.iter()
            .map(|(k, v)| (k.clone(), v.as_str().into()))
            .collect(),
    )
}

fn strings(v: &[String]) -> Value {
    Value::Arr(v.iter().map(|s| s.as_str().into()).collect())
}

fn question_value(q: &Question) -> Value {
    json::obj([("id", q.id.as_str().into()), ("text", text_value(&q.text))])
}

fn count_value(c: &CountItem) -> Value {
    let mut v = json::obj([
        ("id", c.id.as_str().into()),
        ("text", text_value(&c.text)),
        ("min", c.min.into()),
        ("max", c.max.into()),
    ]);
    if let (Value::Obj(f), Some(t)) = (&mut v, &c.cant_say) {
        f.push(("cant_say".into(), text_value(t)));
    }
    v
}

/// The questionnaire as a JSON value (the format [`from_value`] reads).
pub fn to_value(q: &Questionnaire) -> Value {
    let list = |v: Vec<Value>| Value::Arr(v);
    let mut doc = json::obj([
        ("id", q.id.as_str().into()),
        ("version", q.version.as_str().into()),
        ("languages", strings(&q.languages)),
        ("title", text_value(&q.title)),
        ("description", text_value(&q.description)),
        (
            "scales",
            list(
                q.scales
                    .iter()
                    .map(|s| {
                        let mut v = json::obj([
                            ("id", s.id.as_str().into()),
                            ("points", usize::from(s.points).into()),
                            (
                                "labels",
                                Value::Obj(
                                    s.labels
                                        .iter()
                                        .map(|(k, l)| (k.clone(), strings(l)))
                                        .collect(),
                                ),
                            ),
                        ]);
                        if let (Value::Obj(f), Some(c)) = (&mut v, &s.cant_say) {
                            f.push(("cant_say".into(), text_value(c)));
                        }
                        v
                    })
                    .collect(),
            ),
        ),
        ("item_scale", q.item_scale.as_str().into()),
        (
            "dimensions",
            list(
                q.dimensions
                    .iter()
                    .map(|d| {
                        json::obj([
                            ("id", d.id.as_str().into()),
                            ("name", text_value(&d.name)),
                            ("what", text_value(&d.what)),
                            ("why", text_value(&d.why)),
                            ("how", text_value(&d.how)),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "items",
            list(
                q.items
                    .iter()
                    .map(|i| {
                        json::obj([
                            ("id", i.id.as_str().into()),
                            ("dimension", i.dimension.as_str().into()),
                            ("text", text_value(&i.text)),
                            ("reverse", i.reverse.into()),
                        ])
                    })
                    .collect(),
            ),
        ),
        (
            "who_leads",
            json::obj([
                ("scale", q.who_leads.scale.as_str().into()),
                ("prompt", text_value(&q.who_leads.prompt)),
                (
                    "functions",
                    list(q.who_leads.functions.iter().map(question_value).collect()),
                ),
            ]),
        ),
        (
            "own_leadership",
            json::obj([
                ("scale", q.own_leadership.scale.as_str().into()),
                ("prompt", text_value(&q.own_leadership.prompt)),
                (
                    "items",
                    list(q.own_leadership.items.iter().map(question_value).collect()),
                ),
            ]),
        ),
        (
            "sections",
            list(
                q.sections
                    .iter()
                    .map(|s| {
                        let mut v = json::obj([
                            ("id", s.id.as_str().into()),
                            ("title", text_value(&s.title)),
                            ("questions", strings(&s.questions)),
                        ]);
                        if let (Value::Obj(f), Some(i)) = (&mut v, &s.intro) {
                            f.push(("intro".into(), text_value(i)));
                        }
                        v
                    })
                    .collect(),
            ),
        ),
    ]);
    if let (Value::Obj(f), Some(n)) = (&mut doc, &q.network) {
        f.push((
            "network".into(),
            json::obj([
                ("prompt", text_value(&n.prompt)),
                ("size", count_value(&n.size)),
                ("counts", list(n.counts.iter().map(count_value).collect())),
            ]),
        ));
    }
    doc
}
