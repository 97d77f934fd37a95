//! The questionnaire as data: its model, loading with validation that names every
//! problem by JSON path, and a stable fingerprint of its structure.
//!
//! A questionnaire has three kinds of questions, all answered on a response scale:
//! - *items*, each belonging to a dimension (a radar axis), possibly reverse-keyed;
//! - *who-leads functions*, placing the team on a continuum from "one designated
//!   leader" (1) to "everyone, as needed" (max);
//! - *own-leadership items*, how often the respondent personally takes the lead.
//!
//! Every question has a position in the canonical order: items (in file order), then
//! who-leads functions, then own-leadership items. Responses and result codes use it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::problem::{check_id, check_text, problem};

/// Text in several languages, keyed by language code ("en", "de").
pub type Text = BTreeMap<String, String>;

/// The largest questionnaire JSON we accept, in bytes.
pub const MAX_JSON_BYTES: usize = 512 * 1024;
/// Minimum items per dimension.
pub const MIN_ITEMS_PER_DIMENSION: usize = 3;

/// A whole questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    /// Language codes; the first is the default.
    pub languages: Vec<String>,
    /// Title and short description shown on the start screen.
    pub title: Text,
    pub description: Text,
    pub scales: Vec<Scale>,
    /// Scale id used by every dimension item.
    pub item_scale: String,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
    pub who_leads: WhoLeads,
    pub own_leadership: OwnLeadership,
    /// Pages of the survey, each listing question ids in display order.
    pub sections: Vec<Section>,
}

/// A response scale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scale {
    pub id: String,
    /// Number of points; answers are 1..=points.
    pub points: u8,
    /// One label per point, per language.
    pub labels: BTreeMap<String, Vec<String>>,
    /// Label of the "can't say" option, when the scale offers one.
    pub cant_say: Option<Text>,
}

/// A radar axis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    /// What it is.
    pub what: Text,
    /// Why it matters.
    pub why: Text,
    /// How to foster it.
    pub how: Text,
}

/// A statement rated on the item scale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: String,
    pub dimension: String,
    pub text: Text,
    pub reverse: bool,
}

/// The "who leads?" block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhoLeads {
    pub scale: String,
    pub prompt: Text,
    pub functions: Vec<Question>,
}

/// The "my own leadership" block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnLeadership {
    pub scale: String,
    pub prompt: Text,
    pub items: Vec<Question>,
}

/// A plain question: id and text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Question {
    pub id: String,
    pub text: Text,
}

/// One survey page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub intro: Option<Text>,
    pub questions: Vec<String>,
}

/// What kind of question sits at a canonical position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// A dimension item; the value is the dimension's index.
    Item { dimension: usize, reverse: bool },
    /// A who-leads function; the value is the function's index.
    WhoLeads(usize),
    /// An own-leadership item; the value is its index.
    Own(usize),
}

/// One problem found while loading a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `$.items[3].dimension`.
    pub path: String,
    /// A plain reason.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Why a questionnaire could not be loaded: every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "The questionnaire has {} problem(s):",
            self.problems.len()
        )?;
        for p in &self.problems {
            writeln!(f, "- {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The built-in questionnaire, as JSON.
pub const DEFAULT_JSON: &str = include_str!("default_questionnaire.json");

impl Questionnaire {
    /// Parses and validates a questionnaire. Never panics.
    pub fn from_json(json: &str) -> Result<Self, LoadError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(LoadError {
                problems: vec![problem(
                    "$",
                    format!(
                        "the questionnaire is {} bytes; the limit is {} bytes",
                        json.len(),
                        MAX_JSON_BYTES
                    ),
                )],
            });
        }
        let value = super::json::parse(json).map_err(|e| LoadError {
            problems: vec![problem(
                "$",
                format!(
                    "not valid JSON (line {}, column {}): {}",
                    e.line, e.column, e.reason
                ),
            )],
        })?;
        let q = super::questionnaire_json::from_value(&value)
            .map_err(|problems| LoadError { problems })?;
        let problems = q.validate();
        if problems.is_empty() {
            Ok(q)
        } else {
            Err(LoadError { problems })
        }
    }

    /// The built-in questionnaire, built from static data that `build.rs` generates from
    /// [`DEFAULT_JSON`] (no JSON is parsed at run time). It is validated by the test suite.
    pub fn default_questionnaire() -> Self {
        #[inline(never)]
        fn s(x: &'static str) -> String {
            x.to_string()
        }
        #[inline(never)]
        fn t(pairs: &'static [(&'static str, &'static str)]) -> Text {
            pairs.iter().map(|(k, v)| (s(k), s(v))).collect()
        }
        fn labels(
            pairs: &'static [(&'static str, &'static [&'static str])],
        ) -> BTreeMap<String, Vec<String>> {
            pairs
                .iter()
                .map(|(k, v)| (s(k), v.iter().map(|x| s(x)).collect()))
                .collect()
        }
        include!(concat!(env!("OUT_DIR"), "/builtin_questionnaire.rs"))
    }

    /// The questionnaire as pretty-printed JSON, in the format [`Self::from_json`] reads.
    pub fn to_json(&self) -> String {
        super::questionnaire_json::to_value(self).to_pretty()
    }

    /// Every problem in the questionnaire, or an empty list.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let langs = &self.languages;
        if self.id.trim().is_empty() {
            out.push(problem("$.id", "must not be empty"));
        }
        if self.version.trim().is_empty() {
            out.push(problem("$.version", "must not be empty"));
        }
        if langs.is_empty() {
            out.push(problem("$.languages", "at least one language is needed"));
        }
        let mut seen_lang = BTreeSet::new();
        for (i, l) in langs.iter().enumerate() {
            if !seen_lang.insert(l.as_str()) {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    format!("duplicate language \"{l}\""),
                ));
            }
            if l.is_empty()
                || l.len() > 8
                || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                out.push(problem(
                    format!("$.languages[{i}]"),
                    format!("\"{l}\" is not a language code such as \"en\" or \"de\""),
                ));
            }
        }
        check_text(&mut out, "$.title", &self.title, langs);
        check_text(&mut out, "$.description", &self.description, langs);

        // Scales.
        let mut scale_ids = BTreeMap::new();
        for (i, s) in self.scales.iter().enumerate() {
            let p = format!("$.scales[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if scale_ids.insert(s.id.as_str(), s).is_some() {
                out.push(problem(
                    format!("{p}.id"),
                    format!("duplicate scale id \"{}\"", s.id),
                ));
            }
            if s.points < 2 {
                out.push(problem(
                    format!("{p}.points"),
                    format!("a scale needs at least 2 points, this one has {}", s.points),
                ));
            }
            if s.points > 11 {
                out.push(problem(
                    format!("{p}.points"),
                    format!(
                        "a scale may have at most 11 points, this one has {}",
                        s.points
                    ),
                ));
            }
            for l in langs {
                match s.labels.get(l) {
                    None => out.push(problem(
                        format!("{p}.labels"),
                        format!("missing translation for \"{l}\""),
                    )),
                    Some(v) if v.len() != s.points as usize => out.push(problem(
                        format!("{p}.labels.{l}"),
                        format!("{} labels for a {}-point scale", v.len(), s.points),
                    )),
                    Some(v) => {
                        for (j, t) in v.iter().enumerate() {
                            if t.trim().is_empty() {
                                out.push(problem(format!("{p}.labels.{l}[{j}]"), "empty label"));
                            }
                        }
                    }
                }
            }
            if let Some(cs) = &s.cant_say {
                check_text(&mut out, &format!("{p}.cant_say"), cs, langs);
            }
        }
        let check_scale_ref = |out: &mut Vec<Problem>, path: &str, id: &str| {
            if !scale_ids.contains_key(id) {
                out.push(problem(path, format!("unknown scale \"{id}\"")));
            }
        };
        check_scale_ref(&mut out, "$.item_scale", &self.item_scale);
        check_scale_ref(&mut out, "$.who_leads.scale", &self.who_leads.scale);
        check_scale_ref(
            &mut out,
            "$.own_leadership.scale",
            &self.own_leadership.scale,
        );

        // Question ids are unique across the whole questionnaire.
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        let mut note_id = |out: &mut Vec<Problem>, path: String, id: &str| {
            check_id(out, &path, id);
            if let Some(first) = ids.get(id) {
                out.push(problem(
                    path,
                    format!("duplicate id \"{id}\" (first used at {first})"),
                ));
            } else {
                ids.insert(id.to_string(), path);
            }
        };

        // Dimensions.
        let mut dim_index = BTreeMap::new();
        for (i, d) in self.dimensions.iter().enumerate() {
            let p = format!("$.dimensions[{i}]");
            note_id(&mut out, format!("{p}.id"), &d.id);
            dim_index.entry(d.id.as_str()).or_insert(i);
            check_text(&mut out, &format!("{p}.name"), &d.name, langs);
            check_text(&mut out, &format!("{p}.what"), &d.what, langs);
            check_text(&mut out, &format!("{p}.why"), &d.why, langs);
            check_text(&mut out, &format!("{p}.how"), &d.how, langs);
        }
        if self.dimensions.len() < 3 {
            out.push(problem(
                "$.dimensions",
                format!(
                    "a radar needs at least 3 dimensions, there are {}",
                    self.dimensions.len()
                ),
            ));
        }
        if self.dimensions.len() > 16 {
            out.push(problem(
                "$.dimensions",
                "at most 16 dimensions are supported",
            ));
        }

        // Items.
        let mut per_dim = vec![0usize; self.dimensions.len()];
        let mut rev_per_dim = vec![0usize; self.dimensions.len()];
        for (i, it) in self.items.iter().enumerate() {
            let p = format!("$.items[{i}]");
            note_id(&mut out, format!("{p}.id"), &it.id);
            match dim_index.get(it.dimension.as_str()) {
                None => out.push(problem(
                    format!("{p}.dimension"),
                    format!("unknown dimension \"{}\"", it.dimension),
                )),
                Some(&d) => {
                    per_dim[d] += 1;
                    if it.reverse {
                        rev_per_dim[d] += 1;
                    }
                }
            }
            check_text(&mut out, &format!("{p}.text"), &it.text, langs);
        }
        for (d, dim) in self.dimensions.iter().enumerate() {
            if per_dim[d] < MIN_ITEMS_PER_DIMENSION {
                out.push(problem(
                    format!("$.dimensions[{d}]"),
                    format!(
                        "dimension \"{}\" has {} item(s); at least {} are needed",
                        dim.id, per_dim[d], MIN_ITEMS_PER_DIMENSION
                    ),
                ));
            }
            if rev_per_dim[d] > 1 {
                out.push(problem(
                    format!("$.dimensions[{d}]"),
                    format!(
                        "dimension \"{}\" has {} reverse-keyed items; at most one is allowed",
                        dim.id, rev_per_dim[d]
                    ),
                ));
            }
        }

        // Who leads and own leadership.
        check_text(
            &mut out,
            "$.who_leads.prompt",
            &self.who_leads.prompt,
            langs,
        );
        for (i, f) in self.who_leads.functions.iter().enumerate() {
            let p = format!("$.who_leads.functions[{i}]");
            note_id(&mut out, format!("{p}.id"), &f.id);
            check_text(&mut out, &format!("{p}.text"), &f.text, langs);
        }
        check_text(
            &mut out,
            "$.own_leadership.prompt",
            &self.own_leadership.prompt,
            langs,
        );
        for (i, f) in self.own_leadership.items.iter().enumerate() {
            let p = format!("$.own_leadership.items[{i}]");
            note_id(&mut out, format!("{p}.id"), &f.id);
            check_text(&mut out, &format!("{p}.text"), &f.text, langs);
        }
        let total = self.question_count();
        if total > 200 {
            out.push(problem(
                "$",
                format!("{total} questions; at most 200 are supported"),
            ));
        }

        // Sections: every question exactly once.
        let mut placed: BTreeMap<&str, String> = BTreeMap::new();
        let mut section_ids = BTreeSet::new();
        if self.sections.is_empty() {
            out.push(problem("$.sections", "at least one section is needed"));
        }
        for (i, s) in self.sections.iter().enumerate() {
            let p = format!("$.sections[{i}]");
            check_id(&mut out, &format!("{p}.id"), &s.id);
            if !section_ids.insert(s.id.as_str()) {
                out.push(problem(
                    format!("{p}.id"),
                    format!("duplicate section id \"{}\"", s.id),
                ));
            }
            check_text(&mut out, &format!("{p}.title"), &s.title, langs);
            if let Some(t) = &s.intro {
                check_text(&mut out, &format!("{p}.intro"), t, langs);
            }
            if s.questions.is_empty() {
                out.push(problem(
                    format!("{p}.questions"),
                    "a section needs at least one question",
                ));
            }
            for (j, q) in s.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                if !self.is_question_id(q) {
                    out.push(problem(qp, format!("unknown question \"{q}\"")));
                } else if let Some(first) = placed.get(q.as_str()) {
                    out.push(problem(
                        qp,
                        format!("question \"{q}\" is already placed at {first}"),
                    ));
                } else {
                    placed.insert(q.as_str(), qp);
                }
            }
        }
        for id in self.question_ids() {
            if !placed.contains_key(id) {
                out.push(problem(
                    "$.sections",
                    format!("question \"{id}\" is in no section"),
                ));
            }
        }
        out
    }

    fn is_question_id(&self, id: &str) -> bool {
        self.question_ids().any(|q| q == id)
    }

    /// Question ids in canonical order.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.items
            .iter()
            .map(|i| i.id.as_str())
            .chain(self.who_leads.functions.iter().map(|f| f.id.as_str()))
            .chain(self.own_leadership.items.iter().map(|f| f.id.as_str()))
    }

    /// Number of questions of all kinds.
    pub fn question_count(&self) -> usize {
        self.items.len() + self.who_leads.functions.len() + self.own_leadership.items.len()
    }

    /// Canonical position of a question id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.question_ids().position(|q| q == id)
    }

    /// What sits at a canonical position.
    pub fn kind(&self, pos: usize) -> Option<QuestionKind> {
        let n_items = self.items.len();
        let n_who = self.who_leads.functions.len();
        if pos < n_items {
            let it = &self.items[pos];
            let dimension = self.dimension_index(&it.dimension)?;
            Some(QuestionKind::Item {
                dimension,
                reverse: it.reverse,
            })
        } else if pos < n_items + n_who {
            Some(QuestionKind::WhoLeads(pos - n_items))
        } else if pos < self.question_count() {
            Some(QuestionKind::Own(pos - n_items - n_who))
        } else {
            None
        }
    }

    /// Index of a dimension by id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// A scale by id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The scale a question at a canonical position is answered on.
    pub fn scale_at(&self, pos: usize) -> Option<&Scale> {
        match self.kind(pos)? {
            QuestionKind::Item { .. } => self.scale(&self.item_scale),
            QuestionKind::WhoLeads(_) => self.scale(&self.who_leads.scale),
            QuestionKind::Own(_) => self.scale(&self.own_leadership.scale),
        }
    }

    /// Text of the question at a canonical position.
    pub fn question_text(&self, pos: usize) -> Option<&Text> {
        match self.kind(pos)? {
            QuestionKind::Item { .. } => Some(&self.items[pos].text),
            QuestionKind::WhoLeads(i) => Some(&self.who_leads.functions[i].text),
            QuestionKind::Own(i) => Some(&self.own_leadership.items[i].text),
        }
    }

    /// Canonical positions of a dimension's items.
    pub fn dimension_items(&self, dim: usize) -> Vec<usize> {
        let Some(d) = self.dimensions.get(dim) else {
            return Vec::new();
        };
        self.items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.dimension == d.id)
            .map(|(i, _)| i)
            .collect()
    }

    /// A stable fingerprint of the structure (ids, dimensions, keying, scales and order),
    /// independent of wording and translations: a 32-bit FNV-1a hash.
    pub fn fingerprint(&self) -> u32 {
        let mut canon = String::new();
        canon.push_str(&self.id);
        canon.push('|');
        canon.push_str(&self.item_scale);
        for s in &self.scales {
            canon.push_str(&format!(
                "|s:{}:{}:{}",
                s.id,
                s.points,
                s.cant_say.is_some()
            ));
        }
        for d in &self.dimensions {
            canon.push_str(&format!("|d:{}", d.id));
        }
        for it in &self.items {
            canon.push_str(&format!("|i:{}:{}:{}", it.id, it.dimension, it.reverse));
        }
        canon.push_str(&format!("|w:{}", self.who_leads.scale));
        for f in &self.who_leads.functions {
            canon.push_str(&format!("|w:{}", f.id));
        }
        canon.push_str(&format!("|o:{}", self.own_leadership.scale));
        for f in &self.own_leadership.items {
            canon.push_str(&format!("|o:{}", f.id));
        }
        fnv1a(canon.as_bytes())
    }

    /// Picks a text in the requested language, falling back to the default language.
    pub fn text<'a>(&'a self, t: &'a Text, lang: &str) -> &'a str {
        pick(
            t,
            lang,
            self.languages.first().map(String::as_str).unwrap_or("en"),
        )
    }
}

/// Picks `lang` from a text, else `fallback`, else any, else "".
pub fn pick<'a>(t: &'a Text, lang: &str, fallback: &str) -> &'a str {
    t.get(lang)
        .or_else(|| t.get(fallback))
        .or_else(|| t.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// 32-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_questionnaire_is_valid() {
        let q = Questionnaire::from_json(DEFAULT_JSON);
        assert!(q.is_ok(), "{}", q.unwrap_err());
    }

    #[test]
    fn built_in_data_equals_the_json_source() {
        let parsed = Questionnaire::from_json(DEFAULT_JSON).expect("valid");
        let built = Questionnaire::default_questionnaire();
        assert_eq!(built, parsed);
        assert!(built.validate().is_empty());
    }

    #[test]
    fn canonical_order_is_items_then_who_then_own() {
        let q = Questionnaire::default_questionnaire();
        let n = q.items.len();
        assert!(matches!(q.kind(0), Some(QuestionKind::Item { .. })));
        assert_eq!(q.kind(n), Some(QuestionKind::WhoLeads(0)));
        assert_eq!(
            q.kind(n + q.who_leads.functions.len()),
            Some(QuestionKind::Own(0))
        );
        assert_eq!(q.kind(q.question_count()), None);
    }

    #[test]
    fn fingerprint_ignores_wording_but_not_structure() {
        let q = Questionnaire::default_questionnaire();
        let mut reworded = q.clone();
        reworded.items[0]
            .text
            .insert("en".into(), "Other words".into());
        assert_eq!(q.fingerprint(), reworded.fingerprint());
        let mut rekeyed = q.clone();
        rekeyed.items[0].reverse = !rekeyed.items[0].reverse;
        assert_ne!(q.fingerprint(), rekeyed.fingerprint());
        let mut reordered = q.clone();
        reordered.items.swap(0, 1);
        assert_ne!(q.fingerprint(), reordered.fingerprint());
    }

    #[test]
    fn fnv1a_matches_published_vectors() {
        // Test vectors from the FNV reference (draft-eastlake-fnv).
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }
}
