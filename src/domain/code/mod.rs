//! Anonymised result codes: one person's answers as a short, typo-proof text such as
//! `LR1-00ZHC5K656PBNCRQ5DGT06XF93VJ1A15KJM`, to be pasted into a team summary.
//!
//! # Format (version 1)
//!
//! A code is `LR1-` followed by *body* symbols from the Crockford base-32 alphabet
//! `0123456789ABCDEFGHJKMNPQRSTVWXYZ`. Reading is case-insensitive, `O` is read as `0`
//! and `I`/`L` as `1` (as Crockford specifies), `U` and every other character are
//! rejected; `-` may appear anywhere after the prefix and is ignored, and surrounding
//! whitespace is ignored. Codes are written upper case without separators.
//!
//! The body is the data symbols followed by [`CHECK_LEN`] check symbols. The data
//! symbols are one big number `V`, written most significant symbol first:
//!
//! ```text
//! V = fingerprint + 2^32 * (d_0 + r_0 * (d_1 + r_1 * (d_2 + ...)))
//! ```
//!
//! where `fingerprint` is [`Questionnaire::fingerprint`], `d_i` is the answer to the
//! question at canonical position `i` (0 = "can't say" *or unanswered*, `v` = scale
//! point `v`) and `r_i = points_i + 1` is that question's radix. The number of data
//! symbols is fixed by the questionnaire: just enough to write
//! `2^32 * r_0 * r_1 * ... - 1`. Because unanswered and "can't say" share the value
//! 0, a decoded 0 becomes [`Answer::CantSay`] when the scale offers "can't say" and
//! unanswered (`None`) otherwise.
//!
//! The check symbols are a 30-bit BCH checksum over GF(32) (the generator polynomial
//! of Bech32, BIP 173, with the Bech32m final constant), computed over the version
//! prefix `lr1` and the data symbols. It detects every single-symbol substitution
//! and every adjacent transposition at any length (the generator has degree 6 and a
//! non-zero constant term, so it divides neither `e*x^k` nor `e*x^k*(x+1)`), and any
//! error touching at most four symbols of a body of up to 89 symbols (BIP 173);
//! other random corruption slips through with probability about 2^-30. A wrong
//! length is caught too, because the length is fixed by the questionnaire.
//!
//! A code holds nothing but the questionnaire fingerprint and the answers: no
//! name, no timestamp, no free text.
use std::fmt;

mod big;
mod checksum;
mod result;
mod text;

pub(crate) use checksum::{checksum, checksum_ok};
pub use result::{
    decode, decode_canonical, decode_with, encode, encode_with, find_codes, fingerprint_of, Layout,
};
pub(crate) use text::{find_prefixed, parse_text, TextFault, ALPHABET};

/// Every result code starts with this (case-insensitive when reading).
pub const PREFIX: &str = "LR1-";
/// The format version this module writes and reads.
pub const VERSION: &str = "1";
/// Number of check symbols at the end of a code.
pub const CHECK_LEN: usize = 6;
/// Number of symbols needed to write any 32-bit fingerprint.
pub const FINGERPRINT_SYMBOLS: usize = 7;
/// The shortest possible body (symbols after the prefix, separators not counted).
pub const MIN_BODY_LEN: usize = FINGERPRINT_SYMBOLS + CHECK_LEN;
/// The longest body accepted (far above what a valid questionnaire of at most 200
/// questions on at most 11 points needs, about 160).
pub const MAX_BODY_LEN: usize = 512;

/// Why a result code could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CodeError {
    /// Nothing but whitespace.
    Empty,
    /// The text does not start with `LR<version>-`.
    WrongPrefix { found: String },
    /// A code of another format version (`LR2-...`).
    UnsupportedVersion { version: String },
    /// A character outside the alphabet; `position` is 1-based, counted in characters
    /// of the code with surrounding whitespace removed.
    BadCharacter { ch: char, position: usize },
    /// Fewer symbols after the prefix (separators not counted) than expected.
    Truncated { expected: usize, found: usize },
    /// More symbols after the prefix (separators not counted) than expected / allowed.
    TooLong { expected: usize, found: usize },
    /// The check symbols do not match: a typo.
    ChecksumMismatch,
    /// A valid code, but for another questionnaire.
    QuestionnaireMismatch {
        code_fingerprint: u32,
        expected: u32,
    },
    /// `encode` was given answers that do not fit the questionnaire (or the
    /// questionnaire itself is inconsistent).
    AnswersDoNotFit(String),
    /// A code with a valid checksum whose packed answers overflow the last question's
    /// scale (only possible for crafted codes). `question` is 1-based (0: the
    /// questionnaire has no questions); `value` 0 means "can't say".
    ValueOutOfRange {
        question: usize,
        value: u64,
        max: u8,
    },
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "the result code is empty"),
            CodeError::WrongPrefix { found } => write!(
                f,
                "a result code starts with \"{PREFIX}\", but this one starts with \"{found}\""
            ),
            CodeError::UnsupportedVersion { version } => write!(
                f,
                "this is a version {version} result code, but this widget only reads version \
                 {VERSION} codes (\"{PREFIX}...\")"
            ),
            CodeError::BadCharacter { ch, position } => write!(
                f,
                "character '{}' at position {position} is not allowed in a result code",
                ch.escape_debug()
            ),
            CodeError::Truncated { expected, found } => write!(
                f,
                "the result code is too short: it has {found} characters after \"{PREFIX}\" \
                 (not counting '-'), but {expected} are expected; is part of it missing?"
            ),
            CodeError::TooLong { expected, found } => write!(
                f,
                "the result code is too long: it has {found} characters after \"{PREFIX}\" \
                 (not counting '-'), but at most {expected} are expected"
            ),
            CodeError::ChecksumMismatch => write!(
                f,
                "the result code contains a typo: its check characters do not match; \
                 please compare it character by character with the original"
            ),
            CodeError::QuestionnaireMismatch {
                code_fingerprint,
                expected,
            } => write!(
                f,
                "the result code belongs to another questionnaire (fingerprint {}), \
                 not to this one (fingerprint {})",
                fingerprint_label(*code_fingerprint),
                fingerprint_label(*expected)
            ),
            CodeError::AnswersDoNotFit(why) => {
                write!(f, "the answers do not fit the questionnaire: {why}")
            }
            CodeError::ValueOutOfRange {
                question: 0, value, ..
            } => write!(
                f,
                "the result code holds answer data ({value}) although the questionnaire \
                 has no questions"
            ),
            CodeError::ValueOutOfRange {
                question,
                value,
                max,
            } => write!(
                f,
                "the result code holds the value {value} for question {question}, \
                 whose scale only goes up to {max}"
            ),
        }
    }
}

impl std::error::Error for CodeError {}

/// A fingerprint as 8 upper-case hex digits, for messages.
pub fn fingerprint_label(fp: u32) -> String {
    format!("{fp:08X}")
}

#[cfg(test)]
mod tests;
