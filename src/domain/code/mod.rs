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
//! point `v`; for a count question with range `min..=max`, `v − min + 1`) and
//! `r_i = points_i + 1` (for a count `max − min + 2`) is that question's radix. Codes
//! of an earlier version of the questionnaire are recognised by their fingerprint and
//! refused as [`CodeError::OlderQuestionnaire`]. The number of data
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

mod big;
mod checksum;
mod result;
mod text;

pub use crate::domain::response::Misfit;
pub(crate) use checksum::{checksum, checksum_ok, checksum_ok_from, prefix_state};
pub(crate) use result::find_code_texts;
pub use result::{
    decode, decode_canonical, decode_into, decode_symbols, decode_with, encode, encode_with,
    find_codes, fingerprint_of, Layout,
};
#[cfg(test)]
pub(crate) use text::STEPS;
pub(crate) use text::{find_prefixed, join_groups, parse_text, skip_to, step, TextFault, ALPHABET};
pub use text::{prefix_slip, special_char, PrefixSlip, SpecialChar};

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
    WrongPrefix {
        /// The start of the text, up to its first dash.
        found: String,
    },
    /// A code of another format version (`LR2-...`).
    UnsupportedVersion {
        /// The version found.
        version: String,
    },
    /// A character outside the alphabet; `position` is 1-based, counted in characters
    /// of the code with surrounding whitespace removed. Invisible and space-like
    /// characters are named in messages ([`special_char`]).
    BadCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position.
        position: usize,
    },
    /// The prefix is a near miss of `LR1-` (`LRI-`, `LR1_`, `LR1 `, `LR1–`, `LR-`,
    /// full-width `ＬＲ１－`): what was written, how it misses, and where (1-based).
    NearMissPrefix {
        /// What was written where the prefix belongs.
        found: String,
        /// How it misses.
        slip: PrefixSlip,
        /// 1-based position of the slip.
        position: usize,
    },
    /// Fewer symbols after the prefix (separators not counted) than expected.
    Truncated {
        /// Symbols a code for this questionnaire has.
        expected: usize,
        /// Symbols found.
        found: usize,
    },
    /// More symbols after the prefix (separators not counted) than expected / allowed.
    TooLong {
        /// The most symbols a code can have here.
        expected: usize,
        /// Symbols found.
        found: usize,
    },
    /// The check symbols do not match: a typo.
    ChecksumMismatch,
    /// A valid code, but for another questionnaire.
    QuestionnaireMismatch {
        /// The fingerprint the code carries.
        code_fingerprint: u32,
        /// The fingerprint of the questionnaire in use.
        expected: u32,
    },
    /// A valid code made with an earlier version of this questionnaire (its
    /// fingerprint is listed in `questionnaire::EARLIER_VERSIONS`): the questions have
    /// changed, so its answers cannot be read with this version.
    OlderQuestionnaire {
        /// The version the code was made with.
        version: String,
        /// The version this widget asks.
        current: String,
    },
    /// `encode` was given answers that do not fit the questionnaire (or the
    /// questionnaire itself is inconsistent).
    AnswersDoNotFit(Misfit),
    /// A code with a valid checksum whose packed answers overflow the last question's
    /// scale (only possible for crafted codes). `question` is 1-based (0: the
    /// questionnaire has no questions); `value` 0 means "can't say".
    ValueOutOfRange {
        /// 1-based question number (0: no questions).
        question: usize,
        /// The value read (0 = "can't say").
        value: u64,
        /// The largest value the question allows.
        max: u8,
    },
}

/// A fingerprint as 8 upper-case hex digits, for messages.
pub fn fingerprint_label(fp: u32) -> String {
    format!("{fp:08X}")
}

#[cfg(test)]
pub(crate) mod tests;
