//! Validation problems named by JSON path, and the checks shared by the questionnaire
//! and the suggestion rules (ids, translated texts).

use super::json::{Kind, Syntax, Value};
use super::questionnaire::{Problem, Text};

/// A problem at `path` for `reason`.
pub(crate) fn problem(path: impl Into<String>, reason: Reason) -> Problem {
    Problem {
        path: path.into(),
        reason,
    }
}

/// `$.dimensions.autonomy`, or `$.dimensions["odd key"]` for keys that are not plain ids.
pub(crate) fn key_path(base: &str, key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        format!("{base}.{key}")
    } else {
        let mut quoted = String::new();
        super::json::write_str(&mut quoted, key);
        format!("{base}[{quoted}]")
    }
}

/// An id must be 1–40 letters, digits, `_` or `-`.
pub(crate) fn check_id(out: &mut Vec<Problem>, path: &str, id: &str) {
    if id.is_empty() {
        out.push(problem(path, Reason::IdEmpty));
    } else if id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        out.push(problem(path, Reason::IdChars(id.to_string())));
    }
}

/// A text must be present and non-empty in every language of `langs`.
pub(crate) fn check_text(out: &mut Vec<Problem>, path: &str, t: &Text, langs: &[String]) {
    for l in langs {
        match t.get(l) {
            None => out.push(problem(path, Reason::MissingTranslation(l.clone()))),
            Some(s) if s.trim().is_empty() => {
                out.push(problem(key_path(path, l), Reason::EmptyText))
            }
            Some(_) => {}
        }
    }
}

/// What a JSON value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// An object.
    Object,
    /// A string.
    String,
    /// An array.
    Array,
    /// `true` or `false`.
    Bool,
    /// A whole number.
    WholeNumber,
    /// A whole number from 0 to 255.
    Byte,
}

/// What was found instead of the expected value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A value of this kind.
    Kind(Kind),
    /// A number, as written.
    Number(String),
}

impl Found {
    /// What `v` is, as named in a problem: a number as written, else its kind.
    pub fn of(v: &Value) -> Self {
        match v {
            Value::Num(t) => Found::Number(t.clone()),
            other => Found::Kind(other.kind()),
        }
    }
}

/// Why a questionnaire or a set of suggestion rules is not valid, as typed facts;
/// `i18n` words each case in every interface language. Numbers from the JSON are kept
/// as written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The text is larger than the limit: (bytes, limit).
    TooLarge(usize, usize),
    /// Suggestion rules larger than the limit: (bytes, limit).
    RulesTooLarge(usize, usize),
    /// Not valid JSON: (line, column, what is wrong there).
    NotJson(usize, usize, Syntax),
    /// A value of another kind than expected.
    Expected(Expected, Found),
    /// A required field is missing.
    MissingField,
    /// A field the format does not have.
    UnknownField,
    /// Not readable as suggestion rules (a test-only path): (line, column, the
    /// reader's own detail, which is in English).
    NotRules(usize, usize, String),
    /// The value must not be empty.
    Empty,
    /// An id is empty.
    IdEmpty,
    /// An id with other characters than letters, digits, `_` and `-`, or too long.
    IdChars(String),
    /// No text for this language.
    MissingTranslation(String),
    /// An empty text.
    EmptyText,
    /// No language is listed.
    NoLanguage,
    /// A language listed twice.
    DuplicateLanguage(String),
    /// Not a language code.
    NotLanguageCode(String),
    /// A scale id used twice.
    DuplicateScale(String),
    /// A scale with fewer than 2 points (its points).
    TooFewPoints(u8),
    /// A scale with more than 11 points (its points).
    TooManyPoints(u8),
    /// Labels for a scale: (labels given, points).
    LabelCount(usize, u8),
    /// An empty scale label.
    EmptyLabel,
    /// An unknown scale id.
    UnknownScale(String),
    /// An id used twice: (id, path of its first use).
    DuplicateId(String, String),
    /// Fewer than 3 dimensions (the number given).
    TooFewDimensions(usize),
    /// More dimensions than supported (the most).
    TooManyDimensions(usize),
    /// An unknown dimension id.
    UnknownDimension(String),
    /// A dimension with too few items: (dimension id, items, the least).
    TooFewItems(String, usize, usize),
    /// A dimension with more than one reverse-keyed item: (dimension id, how many).
    TooManyReversed(String, usize),
    /// The smallest team size is below 2 (the value given).
    TeamSizeMin(i64),
    /// The network block has no count question.
    NoCounts,
    /// More count questions than supported: (given, the most).
    TooManyCounts(usize, usize),
    /// A count of teammates that does not allow 0 (its minimum).
    CountMinNotZero(i64),
    /// A count's maximum above the largest team size minus one: (largest possible,
    /// largest team size, the maximum given).
    CountMaxAboveTeam(i64, i64, i64),
    /// More questions than supported: (given, the most).
    TooManyQuestions(usize, usize),
    /// No section.
    NoSection,
    /// A section id used twice.
    DuplicateSection(String),
    /// A section without questions.
    EmptySection,
    /// An unknown question id.
    UnknownQuestion(String),
    /// A question placed twice: (question id, path of its first place).
    QuestionPlacedTwice(String, String),
    /// A question in no section.
    QuestionInNoSection(String),
    /// A count whose minimum is negative (the minimum).
    CountNegative(i64),
    /// A count whose minimum is above its maximum: (minimum, maximum).
    CountMinAboveMax(i64, i64),
    /// A count whose maximum is above the supported limit: (the limit, the maximum).
    CountMaxTooHigh(u32, i64),
    /// Actors for actions: (actors, actions).
    ActorCount(usize, usize),
    /// The number of actions is out of range: (given, least, most).
    ActionCount(usize, usize, usize),
    /// A band threshold that is not a score from 0 to 100 (as written).
    NotScore(String),
    /// The low threshold is not below the high one: (low_below, high_from, as written).
    BandOrder(String, String),
    /// No advice for a dimension (its id).
    NoAdvice(String),
    /// No advice for a band of a dimension (the band's name in the rules).
    NoBandAdvice(&'static str),
    /// A pattern id used twice: (id, index of its first use).
    DuplicatePattern(String, usize),
    /// A pattern without conditions.
    EmptyPattern,
    /// An unknown headline figure in a condition.
    UnknownFigure(String),
    /// A condition naming both or neither of a dimension and a figure.
    DimensionOrFigure,
    /// A condition with both or neither of `band` and `not_band`.
    BandOrNotBand,
    /// An unknown band name.
    UnknownBand(String),
    /// An unknown actor in a `who` list (as written; `you`, `team` or `leader` are known).
    UnknownActor(String),
    /// Conditions on one dimension or figure that cannot hold together (its name).
    Contradiction(String),
    /// The same conditions as an earlier pattern (its index).
    SamePattern(usize),
    /// An unknown team rule: (id, the known ids).
    UnknownTeamRule(String, Vec<&'static str>),
    /// A team rule given twice: (id, index of its first use).
    DuplicateTeamRule(String, usize),
    /// A team rule missing (its id).
    MissingTeamRule(&'static str),
}
