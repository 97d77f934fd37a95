//! The questionnaire as data: its model, loading with validation that names every
//! problem by JSON path, and a stable fingerprint of its structure.
//!
//! A questionnaire has four kinds of questions:
//! - *items*, each belonging to a dimension (a radar axis), possibly reverse-keyed;
//! - *who-leads functions*, placing the team on a continuum from "one designated
//!   leader" (1) to "everyone, as needed" (max);
//! - *own-leadership items*, how often the respondent personally takes the lead;
//! - optionally, the name-free *network* block: the team size and one or more *counts*
//!   ("how many of your teammates took the lead …"), whole numbers from `min` to `max`.
//!
//! The first three are answered on a response scale (points 1..=points); counts are
//! answered with a whole number. Every question has a position in the canonical order:
//! items (in file order), then who-leads functions, then own-leadership items, then the
//! team size and the counts. Responses and result codes use it; [`AnswerRange`] says
//! which values each position accepts.

use std::collections::BTreeMap;

use super::problem::problem;
pub use super::problem::Reason;

/// Text in several languages, keyed by language code ("en", "de").
pub type Text = BTreeMap<String, String>;

/// The largest questionnaire JSON we accept, in bytes.
pub const MAX_JSON_BYTES: usize = 512 * 1024;
/// Minimum items per dimension.
pub const MIN_ITEMS_PER_DIMENSION: usize = 3;
/// The largest value a count question may allow (answers are stored as one byte and
/// written into result codes; no team survey needs more).
pub const MAX_COUNT: u8 = 250;
/// The most count questions in the network block (each one adds to the survey and to
/// the result code; one or two are enough for a density estimate).
pub const MAX_NETWORK_COUNTS: usize = 8;

/// A whole questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    /// Unique id.
    pub id: String,
    /// Version of the questionnaire.
    pub version: String,
    /// Language codes; the first is the default.
    pub languages: Vec<String>,
    /// Title and short description shown on the start screen.
    pub title: Text,
    /// One-paragraph description shown on the start screen.
    pub description: Text,
    /// Answer scales, referred to by id.
    pub scales: Vec<Scale>,
    /// Scale id used by every dimension item.
    pub item_scale: String,
    /// The dimensions, in display order.
    pub dimensions: Vec<Dimension>,
    /// Dimension items, in canonical order.
    pub items: Vec<Item>,
    /// The who-leads block.
    pub who_leads: WhoLeads,
    /// The own-leadership block.
    pub own_leadership: OwnLeadership,
    /// The name-free leadership network: team size and counts of teammates who led.
    /// Optional, so questionnaires written without it keep loading (and keep their
    /// fingerprint).
    pub network: Option<Network>,
    /// Pages of the survey, each listing question ids in display order.
    pub sections: Vec<Section>,
}

/// A response scale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scale {
    /// Unique id.
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
    /// Unique id.
    pub id: String,
    /// Display name.
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
    /// Unique id.
    pub id: String,
    /// Id of the item's dimension.
    pub dimension: String,
    /// The text.
    pub text: Text,
    /// Whether agreeing speaks against the dimension (reverse keying).
    pub reverse: bool,
}

/// The "who leads?" block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhoLeads {
    /// Id of the answer scale.
    pub scale: String,
    /// The question stem shown above the block.
    pub prompt: Text,
    /// The leadership functions asked about.
    pub functions: Vec<Question>,
}

/// The "my own leadership" block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnLeadership {
    /// Id of the answer scale.
    pub scale: String,
    /// The question stem shown above the block.
    pub prompt: Text,
    /// The questions.
    pub items: Vec<Question>,
}

/// A plain question: id and text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Question {
    /// Unique id.
    pub id: String,
    /// The text.
    pub text: Text,
}

/// The name-free network block: how large the team is and how many teammates the
/// respondent saw take the lead. The density estimate needs nothing else.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// Shown before the first network question.
    pub prompt: Text,
    /// "How many people are in your team, including you?" (`min` at least 2).
    pub size: CountItem,
    /// "How many of your teammates took the lead on … ?" (at least one; each `max`
    /// at most `size.max − 1`).
    pub counts: Vec<CountItem>,
}

/// A question answered with a whole number from `min` to `max`, optionally with
/// "can't say".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountItem {
    /// Question id, unique across the questionnaire.
    pub id: String,
    /// The question.
    pub text: Text,
    /// Smallest allowed answer. Kept wide here so that a negative or huge value is
    /// reported by validation with its JSON path instead of as a parse error.
    pub min: i64,
    /// Largest allowed answer (at most [`MAX_COUNT`]).
    pub max: i64,
    /// Label of the "can't say" option, when offered.
    pub cant_say: Option<Text>,
}

/// One survey page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// Unique id.
    pub id: String,
    /// Title.
    pub title: Text,
    /// Optional introduction.
    pub intro: Option<Text>,
    /// Ids of the questions on this page, in order.
    pub questions: Vec<String>,
}

/// What kind of question sits at a canonical position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// A dimension item; the value is the dimension's index.
    Item {
        /// Index of the dimension.
        dimension: usize,
        /// Whether it is reverse-keyed.
        reverse: bool,
    },
    /// A who-leads function; the value is the function's index.
    WhoLeads(usize),
    /// An own-leadership item; the value is its index.
    Own(usize),
    /// The team-size question of the network block.
    TeamSize,
    /// A count of teammates who led; the value is its index in `network.counts`.
    Count(usize),
}

/// The answers a canonical position accepts: `Answer::Value(v)` with
/// `min <= v <= max`, and `Answer::CantSay` when `cant_say`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerRange {
    /// Smallest value.
    pub min: u8,
    /// Largest value.
    pub max: u8,
    /// Whether "can't say" is offered.
    pub cant_say: bool,
    /// Whether the question is a count (a whole number) rather than a scale.
    pub count: bool,
}

impl AnswerRange {
    /// Whether `v` is a valid value.
    pub fn contains(&self, v: u8) -> bool {
        self.min <= v && v <= self.max
    }
}

/// One problem found while loading a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `$.items[3].dimension`.
    pub path: String,
    /// What is wrong (worded by `i18n`).
    pub reason: Reason,
}

/// Why a questionnaire could not be loaded: every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Every problem found.
    pub problems: Vec<Problem>,
}

/// Earlier versions of built-in questionnaires: `(id, version, fingerprint)`. Result
/// codes and saved answers made with one of them are recognised as coming from an
/// older questionnaire (and say so) instead of from an unknown one. Version 1.0.0 is
/// kept as `tests/fixtures/questionnaire/distributed-leadership-1.0.0.json`.
pub const EARLIER_VERSIONS: &[(&str, &str, u32)] =
    &[("distributed-leadership", "1.0.0", 0x5E91_EE41)];

/// The built-in questionnaire, as JSON: `src/domain/default_questionnaire.json` without
/// the whitespace between tokens (`build.rs`).
pub const DEFAULT_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/default_questionnaire.json"));

impl Questionnaire {
    /// Parses and validates a questionnaire. Never panics.
    pub fn from_json(json: &str) -> Result<Self, LoadError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(LoadError {
                problems: vec![problem("$", Reason::TooLarge(json.len(), MAX_JSON_BYTES))],
            });
        }
        let value = super::json::parse(json).map_err(|e| LoadError {
            problems: vec![problem("$", Reason::NotJson(e.line, e.column, e.reason))],
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

    /// The built-in questionnaire, read from [`DEFAULT_JSON`] with the same small JSON
    /// reader custom questionnaires use (about 0.3 ms). Measured against compiling it in
    /// as Rust (build.rs-generated constructors): the generated code cost 3.9 KB gzip
    /// more than the JSON text it replaced. It is validated by the test suite.
    pub fn default_questionnaire() -> Self {
        // Not `expect`: its message would format the problems with `Debug`, linking
        // that code into the wasm for a case the tests rule out.
        match Self::from_json(DEFAULT_JSON) {
            Ok(q) => q,
            Err(_) => panic!("the built-in questionnaire is valid (tested)"),
        }
    }

    /// The questionnaire as pretty-printed JSON, in the format [`Self::from_json`] reads.
    pub fn to_json(&self) -> String {
        super::questionnaire_json::to_value(self).to_pretty()
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
            .chain(self.network.iter().flat_map(|n| {
                std::iter::once(n.size.id.as_str()).chain(n.counts.iter().map(|c| c.id.as_str()))
            }))
    }

    /// Number of network questions (team size and counts; 0 without a network block).
    pub fn network_len(&self) -> usize {
        self.network.as_ref().map_or(0, |n| 1 + n.counts.len())
    }

    /// Canonical position of the team-size question, if the questionnaire has one.
    pub fn team_size_position(&self) -> Option<usize> {
        self.network.as_ref().map(|_| self.network_start())
    }

    /// Canonical position of the first count of teammates (after the team size).
    pub fn count_position(&self, i: usize) -> Option<usize> {
        let n = self.network.as_ref()?;
        (i < n.counts.len()).then(|| self.network_start() + 1 + i)
    }

    fn network_start(&self) -> usize {
        self.items.len() + self.who_leads.functions.len() + self.own_leadership.items.len()
    }

    /// Number of questions of all kinds.
    pub fn question_count(&self) -> usize {
        self.network_start() + self.network_len()
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
        } else if pos < self.network_start() {
            Some(QuestionKind::Own(pos - n_items - n_who))
        } else if pos == self.network_start() && self.network.is_some() {
            Some(QuestionKind::TeamSize)
        } else if pos < self.question_count() {
            Some(QuestionKind::Count(pos - self.network_start() - 1))
        } else {
            None
        }
    }

    /// The count question at a canonical position (team size or a count), if any.
    pub fn count_item(&self, pos: usize) -> Option<&CountItem> {
        let n = self.network.as_ref()?;
        match self.kind(pos)? {
            QuestionKind::TeamSize => Some(&n.size),
            QuestionKind::Count(i) => n.counts.get(i),
            _ => None,
        }
    }

    /// The answers accepted at a canonical position: 1..=points on a scale, or
    /// min..=max for a count. `None` past the end (or for a scale that is missing,
    /// which validation rules out).
    pub fn range_at(&self, pos: usize) -> Option<AnswerRange> {
        if let Some(c) = self.count_item(pos) {
            // Validation keeps both within 0..=MAX_COUNT.
            let byte = |v: i64| u8::try_from(v.clamp(0, i64::from(MAX_COUNT))).unwrap_or(0);
            return Some(AnswerRange {
                min: byte(c.min),
                max: byte(c.max),
                cant_say: c.cant_say.is_some(),
                count: true,
            });
        }
        let s = self.scale_at(pos)?;
        Some(AnswerRange {
            min: 1,
            max: s.points,
            cant_say: s.cant_say.is_some(),
            count: false,
        })
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
            QuestionKind::TeamSize | QuestionKind::Count(_) => None,
        }
    }

    /// Text of the question at a canonical position.
    pub fn question_text(&self, pos: usize) -> Option<&Text> {
        match self.kind(pos)? {
            QuestionKind::Item { .. } => Some(&self.items[pos].text),
            QuestionKind::WhoLeads(i) => Some(&self.who_leads.functions[i].text),
            QuestionKind::Own(i) => Some(&self.own_leadership.items[i].text),
            QuestionKind::TeamSize | QuestionKind::Count(_) => {
                self.count_item(pos).map(|c| &c.text)
            }
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
        use std::fmt::Write;
        // The canonical text is hashed as it is written, without building it.
        let mut canon = Fnv1a::default();
        // Writing to the hasher cannot fail.
        let _ = canon.write_str(&self.id);
        let _ = canon.write_char('|');
        let _ = canon.write_str(&self.item_scale);
        for s in &self.scales {
            let _ = write!(canon, "|s:{}:{}:{}", s.id, s.points, s.cant_say.is_some());
        }
        for d in &self.dimensions {
            let _ = write!(canon, "|d:{}", d.id);
        }
        for it in &self.items {
            let _ = write!(canon, "|i:{}:{}:{}", it.id, it.dimension, it.reverse);
        }
        let _ = write!(canon, "|w:{}", self.who_leads.scale);
        for f in &self.who_leads.functions {
            let _ = write!(canon, "|w:{}", f.id);
        }
        let _ = write!(canon, "|o:{}", self.own_leadership.scale);
        for f in &self.own_leadership.items {
            let _ = write!(canon, "|o:{}", f.id);
        }
        // Only questionnaires with a network block add to the canonical text, so the
        // fingerprint of one without it is unchanged.
        if let Some(n) = &self.network {
            for c in std::iter::once(&n.size).chain(&n.counts) {
                let _ = write!(
                    canon,
                    "|n:{}:{}:{}:{}",
                    c.id,
                    c.min,
                    c.max,
                    c.cant_say.is_some()
                );
            }
        }
        canon.0
    }

    /// The version of this questionnaire that had fingerprint `fp`, when `fp` belongs to
    /// a known earlier version of it (same id, see [`EARLIER_VERSIONS`]).
    pub fn earlier_version(&self, fp: u32) -> Option<&'static str> {
        EARLIER_VERSIONS
            .iter()
            .find(|(id, _, f)| *id == self.id && *f == fp && fp != self.fingerprint())
            .map(|(_, v, _)| *v)
    }

    /// The questionnaire's default language: its first, or "en" when it has none.
    pub fn default_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("en")
    }

    /// A text in `lang`, else in the default language, else in any language, else ""
    /// ([`text_in`] with the default language).
    pub fn text<'a>(&self, t: &'a Text, lang: &str) -> &'a str {
        text_in(t, lang, self.default_language())
    }

    /// A scale's point labels in `lang`, else in the default language.
    pub fn labels<'a>(&self, scale: &'a Scale, lang: &str) -> Option<&'a [String]> {
        scale
            .labels
            .get(lang)
            .or_else(|| scale.labels.get(self.default_language()))
            .map(Vec::as_slice)
    }
}

/// A text in `lang`, else in `fallback`, else in any language, else "": the one
/// language fallback used wherever questionnaire or rule texts are shown.
pub fn text_in<'a>(t: &'a Text, lang: &str, fallback: &str) -> &'a str {
    t.get(lang)
        .or_else(|| t.get(fallback))
        .or_else(|| t.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// 32-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h = Fnv1a::default();
    h.add(bytes);
    h.0
}

/// FNV-1a over text written to it piece by piece (`fmt::Write`): the hash of the text
/// without building the text.
struct Fnv1a(u32);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0x811c_9dc5)
    }
}

impl Fnv1a {
    fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u32::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
    }
}

impl std::fmt::Write for Fnv1a {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.add(s.as_bytes());
        Ok(())
    }
}

mod validation;

#[cfg(test)]
mod tests {
    use super::*;

    /// `v` with only the build's languages (`options::LANGUAGES`) in its text maps and
    /// `languages` lists: what build.rs should leave of the sources.
    fn in_build_languages(v: serde_json::Value, key: &str) -> serde_json::Value {
        use serde_json::Value;
        let built = |l: &str| crate::domain::options::LANGUAGES.contains(&l);
        match v {
            Value::Object(m) => {
                let text_map =
                    !m.is_empty() && m.keys().all(|k| ["en", "de", "fr"].contains(&k.as_str()));
                Value::Object(
                    m.into_iter()
                        .filter(|(k, _)| !text_map || built(k))
                        .map(|(k, v)| {
                            let v = in_build_languages(v, &k);
                            (k, v)
                        })
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(
                a.into_iter()
                    .filter(|x| key != "languages" || x.as_str().is_some_and(built))
                    .map(|x| in_build_languages(x, ""))
                    .collect(),
            ),
            v => v,
        }
    }

    #[test]
    fn compiled_in_json_is_the_source_without_whitespace_in_the_build_languages() {
        for (compiled, source) in [
            (DEFAULT_JSON, include_str!("../default_questionnaire.json")),
            (
                crate::domain::suggestions::DEFAULT_JSON,
                include_str!("../suggestions.json"),
            ),
        ] {
            let parse = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
            let expected = in_build_languages(parse(source), "");
            assert_eq!(parse(compiled), expected);
            // Every build language is still there, and no other.
            for l in ["en", "de", "fr"] {
                let quoted = format!("\"{l}\":");
                let built = crate::domain::options::LANGUAGES.contains(&l);
                assert_eq!(
                    compiled.contains(&quoted),
                    built,
                    "{l} in the compiled JSON"
                );
            }
            assert!(compiled.len() < source.len() * 9 / 10, "whitespace left in");
            // JSON strings cannot hold a raw line break: any left would be layout.
            assert!(!compiled.contains('\n'), "line breaks left in");
        }
    }

    #[test]
    fn default_questionnaire_is_valid() {
        let q = Questionnaire::from_json(DEFAULT_JSON);
        assert!(q.is_ok(), "{:?}", q.unwrap_err());
    }

    #[test]
    fn built_in_questionnaire_is_valid_and_survives_writing_back() {
        let built = Questionnaire::default_questionnaire();
        assert!(built.validate().is_empty());
        assert_eq!(built.version, "2.0.0");
        assert!(built.network.is_some());
        let again = Questionnaire::from_json(&built.to_json()).expect("written back, valid");
        assert_eq!(again, built);
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

    /// The canonical text as it was built before it was hashed while written.
    fn canonical_text(q: &Questionnaire) -> String {
        let mut canon = format!("{}|{}", q.id, q.item_scale);
        for s in &q.scales {
            canon += &format!("|s:{}:{}:{}", s.id, s.points, s.cant_say.is_some());
        }
        for d in &q.dimensions {
            canon += &format!("|d:{}", d.id);
        }
        for it in &q.items {
            canon += &format!("|i:{}:{}:{}", it.id, it.dimension, it.reverse);
        }
        canon += &format!("|w:{}", q.who_leads.scale);
        for f in &q.who_leads.functions {
            canon += &format!("|w:{}", f.id);
        }
        canon += &format!("|o:{}", q.own_leadership.scale);
        for f in &q.own_leadership.items {
            canon += &format!("|o:{}", f.id);
        }
        if let Some(n) = &q.network {
            for c in std::iter::once(&n.size).chain(&n.counts) {
                canon += &format!("|n:{}:{}:{}:{}", c.id, c.min, c.max, c.cant_say.is_some());
            }
        }
        canon
    }

    /// Hashing the canonical text while writing it gives the hash of the text, with
    /// and without a network block.
    #[test]
    fn fingerprint_is_the_hash_of_the_canonical_text() {
        let q = Questionnaire::default_questionnaire();
        let mut without_network = q.clone();
        without_network.network = None;
        let mut rekeyed = q.clone();
        rekeyed.items[3].reverse = !rekeyed.items[3].reverse;
        for q in [q, without_network, rekeyed] {
            assert_eq!(q.fingerprint(), fnv1a(canonical_text(&q).as_bytes()));
        }
    }

    #[test]
    fn fnv1a_matches_published_vectors() {
        // Test vectors from the FNV reference (draft-eastlake-fnv).
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    }
}
