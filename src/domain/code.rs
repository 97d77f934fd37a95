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

use super::questionnaire::Questionnaire;
use super::response::{Answer, Answers};

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

/// The symbols written, by value.
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Checksum "human-readable part": the version prefix without its dash.
const CHECK_PREFIX: &[u8] = b"lr1";
/// Bech32 generator polynomial (BIP 173).
const GEN: [u32; 5] = [
    0x3b6a_57b2,
    0x2650_8e6d,
    0x1ea1_19fa,
    0x3d42_33dd,
    0x2a14_62b3,
];
/// Final constant XORed into the checksum (Bech32m, BIP 350).
pub(crate) const CHECK_CONST: u32 = 0x2bc8_30a3;

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

/// Makes the result code for a person's answers. Unanswered questions are written
/// like "can't say".
pub fn encode(q: &Questionnaire, answers: &Answers) -> Result<String, CodeError> {
    answers.fits(q).map_err(CodeError::AnswersDoNotFit)?;
    encode_with(&Layout::new(q)?, answers)
}

/// Writes a result code with a precomputed [`Layout`]; the answers must fit the
/// questionnaire (values within each scale), which is checked against the layout.
pub fn encode_with(layout: &Layout, answers: &Answers) -> Result<String, CodeError> {
    let radices = &layout.radices;
    if answers.0.len() != radices.len() {
        return Err(CodeError::AnswersDoNotFit(format!(
            "{} answers for a questionnaire of {} questions",
            answers.0.len(),
            radices.len()
        )));
    }
    for (pos, (a, &r)) in answers.0.iter().zip(radices).enumerate() {
        if let Some(Answer::Value(v)) = a {
            if *v == 0 || u32::from(*v) >= r {
                return Err(CodeError::AnswersDoNotFit(format!(
                    "answer {v} to question {} is outside its 1–{} scale",
                    pos + 1,
                    r - 1
                )));
            }
        }
    }
    let Some(data_len) = layout.data_len else {
        return Err(CodeError::TooLong {
            expected: MAX_BODY_LEN,
            found: estimated_body_len(radices),
        });
    };
    // Most significant digit is the last question: build from the back.
    let mut v = Big::zero();
    for (pos, &r) in radices.iter().enumerate().rev() {
        let d = match answers.get(pos) {
            Some(Answer::Value(x)) => u32::from(x),
            Some(Answer::CantSay) | None => 0,
        };
        v.mul_add(r, d);
    }
    v.shift_in_u32(layout.fingerprint);
    let mut data = vec![0u8; data_len];
    // Six symbols (30 bits) per big division, least significant symbol last.
    let mut i = data.len();
    while i > 0 {
        let take = i.min(6);
        let mut rem = v.div_rem(1 << (5 * take));
        for k in 0..take {
            // Masked to 5 bits, so the cast cannot truncate.
            data[i - 1 - k] = (rem & 31) as u8;
            rem >>= 5;
        }
        i -= take;
    }
    let check = checksum(&data);
    let mut out = String::with_capacity(PREFIX.len() + data.len() + CHECK_LEN);
    out.push_str(PREFIX);
    out.extend(
        data.iter()
            .chain(check.iter())
            .map(|&s| char::from(ALPHABET[usize::from(s)])),
    );
    Ok(out)
}

/// What encoding and decoding need to know about a questionnaire, computed once:
/// its fingerprint, the radix of every question, which questions offer "can't say",
/// and the body length. Reading thousands of codes reuses one `Layout`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    fingerprint: u32,
    radices: Vec<u32>,
    cant_say: Vec<bool>,
    data_len: Option<usize>,
}

impl Layout {
    /// The layout of a questionnaire; fails only for a questionnaire whose questions
    /// lack a scale (which validation rules out).
    pub fn new(q: &Questionnaire) -> Result<Layout, CodeError> {
        let radices = radices(q)?;
        let cant_say = (0..q.question_count())
            .map(|pos| q.scale_at(pos).is_some_and(|s| s.cant_say.is_some()))
            .collect();
        let data_len = data_len(&radices);
        Ok(Layout {
            fingerprint: q.fingerprint(),
            radices,
            cant_say,
            data_len,
        })
    }

    /// The questionnaire fingerprint.
    pub fn fingerprint(&self) -> u32 {
        self.fingerprint
    }
}

/// Reads a result code made for `q`.
pub fn decode(q: &Questionnaire, code: &str) -> Result<Answers, CodeError> {
    decode_with(&Layout::new(q)?, code)
}

/// Reads a result code with a precomputed [`Layout`] (same result as [`decode`]).
pub fn decode_with(layout: &Layout, code: &str) -> Result<Answers, CodeError> {
    let body = parse(code)?;
    let radices = &layout.radices;
    let Some(data_len) = layout.data_len else {
        return Err(CodeError::AnswersDoNotFit(format!(
            "the questionnaire has too many questions for a result code (it would need \
             about {} characters, at most {MAX_BODY_LEN} are supported)",
            estimated_body_len(radices)
        )));
    };
    let expected = data_len + CHECK_LEN;
    if body.len() < MIN_BODY_LEN || !checksum_ok(&body) {
        return Err(if body.len() < expected {
            CodeError::Truncated {
                expected,
                found: body.len(),
            }
        } else if body.len() > expected {
            CodeError::TooLong {
                expected,
                found: body.len(),
            }
        } else {
            CodeError::ChecksumMismatch
        });
    }
    let data = &body[..body.len() - CHECK_LEN];
    let mut v = Big::from_symbols(data);
    let code_fingerprint = v.shift_out_u32();
    if code_fingerprint != layout.fingerprint {
        return Err(CodeError::QuestionnaireMismatch {
            code_fingerprint,
            expected: layout.fingerprint,
        });
    }
    if body.len() < expected {
        return Err(CodeError::Truncated {
            expected,
            found: body.len(),
        });
    }
    if body.len() > expected {
        return Err(CodeError::TooLong {
            expected,
            found: body.len(),
        });
    }
    let n = radices.len();
    let mut digits = Vec::with_capacity(n);
    // All but the last question: one big division per batch of questions whose radices
    // multiply to at most u32::MAX, then cheap digit extraction from the remainder
    // (the first question is the least significant digit).
    let mut pos = 0;
    while pos + 1 < n {
        let mut end = pos;
        let mut product: u64 = 1;
        while end + 1 < n && product * u64::from(radices[end]) <= u64::from(u32::MAX) {
            product *= u64::from(radices[end]);
            end += 1;
        }
        // Radices are at least 1, so the batch holds at least one question.
        let mut rem = v.div_rem(product as u32);
        for &r in &radices[pos..end] {
            digits.push(rem % r.max(1));
            rem /= r.max(1);
        }
        pos = end;
    }
    if let Some(&r) = radices.last() {
        // The last question takes whatever is left; it must fit its scale.
        match v.to_u64() {
            Some(x) if x < u64::from(r) => {
                v = Big::zero();
                // x < r <= 256, so it fits.
                digits.push(x as u32);
            }
            x => {
                return Err(CodeError::ValueOutOfRange {
                    question: n,
                    value: x.unwrap_or(u64::MAX),
                    max: u8::try_from(r - 1).unwrap_or(u8::MAX),
                })
            }
        }
    }
    let out: Vec<Option<Answer>> = digits
        .iter()
        .enumerate()
        .map(|(pos, &d)| {
            if d == 0 {
                let offers_cant_say = layout.cant_say.get(pos).copied().unwrap_or(false);
                offers_cant_say.then_some(Answer::CantSay)
            } else {
                Some(Answer::Value(u8::try_from(d).unwrap_or(u8::MAX)))
            }
        })
        .collect();
    if !v.is_zero() {
        // Only reachable for a questionnaire without questions.
        return Err(CodeError::ValueOutOfRange {
            question: 0,
            value: v.to_u64().unwrap_or(u64::MAX),
            max: 0,
        });
    }
    // Every digit is below its radix (points + 1) and 0 became "can't say" only where
    // the scale offers it, so the answers fit the questionnaire by construction.
    Ok(Answers(out))
}

/// The questionnaire fingerprint a (checksum-valid) code was made for, without
/// knowing the questionnaire: to say which questionnaire a foreign code belongs to.
pub fn fingerprint_of(code: &str) -> Result<u32, CodeError> {
    let body = parse(code)?;
    if body.len() < MIN_BODY_LEN {
        return Err(CodeError::Truncated {
            expected: MIN_BODY_LEN,
            found: body.len(),
        });
    }
    if !checksum_ok(&body) {
        return Err(CodeError::ChecksumMismatch);
    }
    let mut v = Big::from_symbols(&body[..body.len() - CHECK_LEN]);
    Ok(v.shift_out_u32())
}

/// Candidate codes in pasted text of any layout (lines, commas, semicolons, tabs, CSV
/// cells, quotes, prose): every `LR<digits>-` (case-insensitive, 1–3 digits, so codes
/// of other versions are found and can be reported) followed by the longest run of
/// alphabet characters and `-`; trailing dashes are dropped and a prefix with nothing
/// after it is skipped. Candidates are returned as they appear, in order, unchecked.
/// Runs in linear time.
pub fn find_codes(text: &str) -> Vec<String> {
    find_prefixed(text, b"LR", |c| c == b'-' || symbol_value(c).is_some())
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

/// Every `<head><1–3 digits>-` (head case-insensitive) followed by the longest run of
/// bytes accepted by `body`, with trailing dashes dropped; a prefix with nothing after
/// it is skipped. Returns each match with its byte offset. Linear time. Shared by the
/// searches for result codes and team summary codes.
pub(crate) fn find_prefixed(
    text: &str,
    head: &[u8],
    body: impl Fn(u8) -> bool,
) -> Vec<(usize, String)> {
    let b = text.as_bytes();
    let h = head.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i + h + 1 < b.len() {
        if !b[i..i + h].eq_ignore_ascii_case(head) {
            i += 1;
            continue;
        }
        let mut j = i + h;
        while j < b.len() && j - (i + h) < 3 && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == i + h || j >= b.len() || b[j] != b'-' {
            i += 1;
            continue;
        }
        let body_start = j + 1;
        let mut end = body_start;
        let mut last = None;
        while end < b.len() && body(b[end]) {
            if b[end] != b'-' {
                last = Some(end);
            }
            end += 1;
        }
        match last {
            // The head, digits and accepted body bytes are ASCII, so these are char
            // boundaries.
            Some(k) => {
                out.push((i, text[i..=k].to_string()));
                i = end;
            }
            None => i = body_start,
        }
    }
    out
}

/// Value of an alphabet symbol, accepting lower case and Crockford's aliases.
pub(crate) fn symbol_value(c: u8) -> Option<u8> {
    let c = c.to_ascii_uppercase();
    match c {
        b'O' => Some(0),
        b'I' | b'L' => Some(1),
        _ => ALPHABET.iter().position(|&a| a == c).map(|p| p as u8),
    }
}

/// What can be wrong with the text of a code (a result code or a team summary code)
/// before its checksum is looked at.
pub(crate) enum TextFault {
    Empty,
    /// The text does not start with `<head><digits>-`; holds its start, up to the first
    /// dash (at most 8 characters).
    WrongPrefix(String),
    /// Another format version (at most 12 digits shown).
    UnsupportedVersion(String),
    /// 1-based position, counted in characters of the trimmed text.
    BadCharacter {
        ch: char,
        position: usize,
    },
    /// More than the allowed number of body symbols; holds how many there are.
    TooLong(usize),
}

/// Reads `<head><version>-<body>` (head case-insensitive, surrounding whitespace and
/// dashes in the body ignored): checks the head, the version and every body character,
/// and returns the body symbols. Shared by result codes and team summary codes.
pub(crate) fn parse_text(
    text: &str,
    head: &[u8],
    version: &str,
    max_body: usize,
) -> Result<Vec<u8>, TextFault> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TextFault::Empty);
    }
    let wrong_prefix = || {
        TextFault::WrongPrefix(
            text.chars()
                .scan(false, |done, c| {
                    if *done {
                        return None;
                    }
                    *done = c == '-';
                    Some(c)
                })
                .take(8)
                .collect(),
        )
    };
    let bytes = text.as_bytes();
    let h = head.len();
    if bytes.len() < h || !bytes[..h].eq_ignore_ascii_case(head) {
        return Err(wrong_prefix());
    }
    let digits = bytes[h..].iter().take_while(|c| c.is_ascii_digit()).count();
    let dash = h + digits;
    if digits == 0 || bytes.get(dash) != Some(&b'-') {
        return Err(wrong_prefix());
    }
    // ASCII up to and including the dash, so these are char boundaries.
    let found = &text[h..dash];
    if found != version {
        let mut found: String = found.chars().take(12).collect();
        if digits > 12 {
            found.push('…');
        }
        return Err(TextFault::UnsupportedVersion(found));
    }
    let mut body = Vec::new();
    let mut count = 0usize;
    for (k, ch) in text[dash + 1..].chars().enumerate() {
        if ch == '-' {
            continue;
        }
        match u8::try_from(ch).ok().and_then(symbol_value) {
            None => {
                return Err(TextFault::BadCharacter {
                    ch,
                    position: dash + 2 + k,
                })
            }
            Some(v) => {
                count += 1;
                if count <= max_body {
                    body.push(v);
                }
            }
        }
    }
    if count > max_body {
        return Err(TextFault::TooLong(count));
    }
    Ok(body)
}

/// Checks prefix and characters; returns the body symbols (data then check).
fn parse(code: &str) -> Result<Vec<u8>, CodeError> {
    parse_text(code, b"LR", VERSION, MAX_BODY_LEN).map_err(|f| match f {
        TextFault::Empty => CodeError::Empty,
        TextFault::WrongPrefix(found) => CodeError::WrongPrefix { found },
        TextFault::UnsupportedVersion(version) => CodeError::UnsupportedVersion { version },
        TextFault::BadCharacter { ch, position } => CodeError::BadCharacter { ch, position },
        TextFault::TooLong(found) => CodeError::TooLong {
            expected: MAX_BODY_LEN,
            found,
        },
    })
}

/// The radix (points + 1) of every question, in canonical order.
fn radices(q: &Questionnaire) -> Result<Vec<u32>, CodeError> {
    (0..q.question_count())
        .map(|pos| {
            q.scale_at(pos)
                .map(|s| u32::from(s.points) + 1)
                .ok_or_else(|| {
                    CodeError::AnswersDoNotFit(format!("question {} has no scale", pos + 1))
                })
        })
        .collect()
}

/// Number of data symbols for a questionnaire: enough for `2^32 * prod(r) - 1`; `None`
/// when the body would exceed [`MAX_BODY_LEN`] (checked as we go, so absurdly large
/// questionnaires cost no more than a valid one).
fn data_len(radices: &[u32]) -> Option<usize> {
    let limit_bits = 5 * MAX_BODY_LEN;
    let mut cap = Big::from_u32(1);
    for &r in radices {
        cap.mul_add(r, 0);
        if cap.bit_len() > limit_bits {
            return None;
        }
    }
    cap.shift_in_u32(0);
    cap.sub_one();
    let len = cap.bit_len().div_ceil(5).max(1);
    (len + CHECK_LEN <= MAX_BODY_LEN).then_some(len)
}

/// Roughly how long a body would be, for messages about oversized questionnaires.
fn estimated_body_len(radices: &[u32]) -> usize {
    let bits: f64 = 32.0 + radices.iter().map(|&r| f64::from(r).log2()).sum::<f64>();
    (bits / 5.0).ceil() as usize + CHECK_LEN
}

pub(crate) fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

fn prefix_values() -> impl Iterator<Item = u8> {
    CHECK_PREFIX
        .iter()
        .map(|c| c >> 5)
        .chain(std::iter::once(0))
        .chain(CHECK_PREFIX.iter().map(|c| c & 31))
}

fn checksum(data: &[u8]) -> [u8; CHECK_LEN] {
    let pm = polymod(
        prefix_values()
            .chain(data.iter().copied())
            .chain([0u8; CHECK_LEN]),
    ) ^ CHECK_CONST;
    let mut out = [0u8; CHECK_LEN];
    for (i, o) in out.iter_mut().enumerate() {
        *o = ((pm >> (5 * (CHECK_LEN - 1 - i))) & 31) as u8;
    }
    out
}

fn checksum_ok(body: &[u8]) -> bool {
    polymod(prefix_values().chain(body.iter().copied())) == CHECK_CONST
}

/// A small unsigned big number: little-endian 32-bit limbs, no trailing zero limbs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn zero() -> Self {
        Big(Vec::new())
    }

    fn from_u32(x: u32) -> Self {
        let mut b = Big(vec![x]);
        b.trim();
        b
    }

    fn from_symbols(symbols: &[u8]) -> Self {
        let mut b = Big::zero();
        for &s in symbols {
            b.mul_add(32, u32::from(s));
        }
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// self = self * m + a
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in self.0.iter_mut() {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// self = self / d, returning the remainder. `d` must not be 0 (radices are >= 1).
    fn div_rem(&mut self, d: u32) -> u32 {
        let d = u64::from(d.max(1));
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / d) as u32;
            rem = cur % d;
        }
        self.trim();
        rem as u32
    }

    /// self = self * 2^32 + x
    fn shift_in_u32(&mut self, x: u32) {
        self.0.insert(0, x);
        self.trim();
    }

    /// Returns self mod 2^32 and sets self = self / 2^32.
    fn shift_out_u32(&mut self) -> u32 {
        if self.0.is_empty() {
            0
        } else {
            self.0.remove(0)
        }
    }

    /// self = self - 1 (saturating at 0).
    fn sub_one(&mut self) {
        for limb in self.0.iter_mut() {
            if *limb == 0 {
                *limb = u32::MAX;
            } else {
                *limb -= 1;
                break;
            }
        }
        self.trim();
    }

    fn bit_len(&self) -> usize {
        match self.0.last() {
            None => 0,
            Some(top) => 32 * (self.0.len() - 1) + (32 - top.leading_zeros() as usize),
        }
    }

    fn to_u64(&self) -> Option<u64> {
        match self.0.as_slice() {
            [] => Some(0),
            [a] => Some(u64::from(*a)),
            [a, b] => Some(u64::from(*a) | (u64::from(*b) << 32)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{
        Dimension, Item, OwnLeadership, Question, Scale, Section, Text, WhoLeads, DEFAULT_JSON,
    };

    fn text(s: &str) -> Text {
        Text::from([("en".to_string(), s.to_string())])
    }

    fn scale(id: &str, points: u8, cant_say: bool) -> Scale {
        Scale {
            id: id.into(),
            points,
            labels: [(
                "en".to_string(),
                (1..=points).map(|p| format!("{id} {p}")).collect(),
            )]
            .into_iter()
            .collect(),
            cant_say: cant_say.then(|| text("Can't say")),
        }
    }

    /// A small valid questionnaire: 3 dimensions x `per_dim` items on a 5-point scale
    /// with "can't say", 2 who-leads on 4 points *without* "can't say", 1 own item on
    /// 7 points with "can't say".
    fn small_q(id: &str, per_dim: usize) -> Questionnaire {
        let dims = ["a", "b", "c"];
        let items: Vec<Item> = dims
            .iter()
            .flat_map(|d| {
                (0..per_dim).map(move |k| Item {
                    id: format!("{d}{k}"),
                    dimension: d.to_string(),
                    text: text("item"),
                    reverse: k == 0,
                })
            })
            .collect();
        let question = |id: String| Question {
            id,
            text: text("q"),
        };
        let who: Vec<Question> = (0..2).map(|k| question(format!("w{k}"))).collect();
        let own: Vec<Question> = (0..1).map(|k| question(format!("o{k}"))).collect();
        let all: Vec<String> = items
            .iter()
            .map(|i| i.id.clone())
            .chain(who.iter().map(|q| q.id.clone()))
            .chain(own.iter().map(|q| q.id.clone()))
            .collect();
        Questionnaire {
            id: id.into(),
            version: "1".into(),
            languages: vec!["en".into()],
            title: text("t"),
            description: text("d"),
            scales: vec![
                scale("agree", 5, true),
                scale("who", 4, false),
                scale("freq", 7, true),
            ],
            item_scale: "agree".into(),
            dimensions: dims
                .iter()
                .map(|d| Dimension {
                    id: d.to_string(),
                    name: text(d),
                    what: text("w"),
                    why: text("y"),
                    how: text("h"),
                })
                .collect(),
            items,
            who_leads: WhoLeads {
                scale: "who".into(),
                prompt: text("p"),
                functions: who,
            },
            own_leadership: OwnLeadership {
                scale: "freq".into(),
                prompt: text("p"),
                items: own,
            },
            sections: vec![Section {
                id: "s".into(),
                title: text("s"),
                intro: None,
                questions: all,
            }],
        }
    }

    /// Answers cycling through every value of each scale, with some "can't say" and
    /// some unanswered.
    fn sample_answers(q: &Questionnaire) -> Answers {
        Answers(
            (0..q.question_count())
                .map(|pos| {
                    let s = q.scale_at(pos).unwrap();
                    match pos % 7 {
                        5 if s.cant_say.is_some() => Some(Answer::CantSay),
                        6 => None,
                        k => Some(Answer::Value((k as u8 + pos as u8) % s.points + 1)),
                    }
                })
                .collect(),
        )
    }

    /// What decoding gives back: unanswered becomes "can't say" where offered.
    fn normalised(q: &Questionnaire, a: &Answers) -> Answers {
        Answers(
            a.0.iter()
                .enumerate()
                .map(|(pos, x)| match x {
                    None if q.scale_at(pos).unwrap().cant_say.is_some() => Some(Answer::CantSay),
                    other => *other,
                })
                .collect(),
        )
    }

    /// A code from raw data symbols, with a correct checksum.
    fn with_checksum(data: &[u8]) -> String {
        let mut s = PREFIX.to_string();
        for &d in data.iter().chain(checksum(data).iter()) {
            s.push(char::from(ALPHABET[usize::from(d)]));
        }
        s
    }

    fn symbols_of(mut v: Big, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        for slot in out.iter_mut().rev() {
            *slot = v.div_rem(32) as u8;
        }
        assert!(v.is_zero(), "value does not fit {len} symbols");
        out
    }

    #[test]
    fn small_questionnaire_is_valid() {
        let q = small_q("small", 3);
        assert_eq!(q.validate(), vec![]);
        assert_eq!(q.question_count(), 12);
    }

    #[test]
    fn round_trip_small() {
        let q = small_q("small", 3);
        let a = sample_answers(&q);
        assert!(a.0.contains(&None) && a.0.contains(&Some(Answer::CantSay)));
        let code = encode(&q, &a).unwrap();
        assert!(code.starts_with(PREFIX));
        assert_eq!(decode(&q, &code).unwrap(), normalised(&q, &a));
        assert_eq!(fingerprint_of(&code).unwrap(), q.fingerprint());
    }

    #[test]
    fn unanswered_is_cant_say_or_none_by_scale() {
        let q = small_q("small", 3);
        let code = encode(&q, &Answers::empty(&q)).unwrap();
        let back = decode(&q, &code).unwrap();
        for pos in 0..q.question_count() {
            let expected = if q.scale_at(pos).unwrap().cant_say.is_some() {
                Some(Answer::CantSay)
            } else {
                None
            };
            assert_eq!(back.get(pos), expected, "position {pos}");
            assert_eq!(back.0[pos], expected);
        }
    }

    #[test]
    fn extremes_round_trip() {
        let q = small_q("small", 4);
        let max = Answers(
            (0..q.question_count())
                .map(|p| Some(Answer::Value(q.scale_at(p).unwrap().points)))
                .collect(),
        );
        let min = Answers(vec![Some(Answer::Value(1)); q.question_count()]);
        for a in [max, min] {
            let code = encode(&q, &a).unwrap();
            assert_eq!(decode(&q, &code).unwrap(), a);
        }
    }

    #[test]
    fn reading_is_lenient_about_case_aliases_separators_and_whitespace() {
        let q = small_q("small", 3);
        let a = sample_answers(&q);
        let code = encode(&q, &a).unwrap();
        let expected = normalised(&q, &a);
        let body = &code[PREFIX.len()..];
        let dashed: String = body
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let sep = (i > 0 && i % 4 == 0).then_some('-');
                sep.into_iter().chain(std::iter::once(c))
            })
            .collect();
        let aliased: String = body
            .chars()
            .map(|c| match c {
                '0' => 'o',
                '1' => 'l',
                c => c,
            })
            .collect();
        for variant in [
            code.to_lowercase(),
            format!("  \t{code}\r\n"),
            format!("{PREFIX}{dashed}-"),
            format!("lr1--{aliased}"),
            format!("{PREFIX}{}", body.replace('1', "I")),
        ] {
            assert_eq!(decode(&q, &variant), Ok(expected.clone()), "{variant}");
        }
    }

    #[test]
    fn each_error_variant_from_a_crafted_input() {
        let q = small_q("small", 3);
        let other = small_q("other", 3);
        let a = sample_answers(&q);
        let code = encode(&q, &a).unwrap();
        let expected_len = code.len() - PREFIX.len();
        let mut typo = code.clone().into_bytes();
        let last = typo.len() - 1;
        typo[last] = if typo[last] == b'0' { b'2' } else { b'0' };
        let typo = String::from_utf8(typo).unwrap();

        // Valid checksum and fingerprint, but the last question overflows.
        let data_len = expected_len - CHECK_LEN;
        let mut over = Big::from_u32(1);
        for pos in 0..q.question_count() {
            over.mul_add(u32::from(q.scale_at(pos).unwrap().points) + 1, 0);
        }
        over.shift_in_u32(q.fingerprint());
        let overflow = with_checksum(&symbols_of(over, data_len));

        // Valid checksum but one symbol too many (a leading zero).
        let mut long_data = vec![0u8];
        long_data.extend(symbols_of(
            Big::from_symbols(&parse(&code).unwrap()[..data_len]),
            data_len,
        ));
        let padded = with_checksum(&long_data);

        let huge = format!("{PREFIX}{}", "0".repeat(MAX_BODY_LEN + 1));
        let last_pos = q.question_count();

        let cases: Vec<(&str, String, CodeError)> = vec![
            ("empty", String::new(), CodeError::Empty),
            ("blank", " \t\r\n ".into(), CodeError::Empty),
            (
                "other prefix",
                "XY1-ABCD".into(),
                CodeError::WrongPrefix {
                    found: "XY1-".into(),
                },
            ),
            (
                "no version",
                "LR-ABCD".into(),
                CodeError::WrongPrefix {
                    found: "LR-".into(),
                },
            ),
            (
                "no dash",
                "LR1ABCDEFGH".into(),
                CodeError::WrongPrefix {
                    found: "LR1ABCDE".into(),
                },
            ),
            (
                "just LR",
                "lr".into(),
                CodeError::WrongPrefix { found: "lr".into() },
            ),
            (
                "version 2",
                "LR2-ABCDEFGHJKMNP".into(),
                CodeError::UnsupportedVersion {
                    version: "2".into(),
                },
            ),
            (
                "version 10",
                "lr10-0000".into(),
                CodeError::UnsupportedVersion {
                    version: "10".into(),
                },
            ),
            (
                "punctuation",
                "LR1-AB!C".into(),
                CodeError::BadCharacter {
                    ch: '!',
                    position: 7,
                },
            ),
            (
                "letter U",
                "LR1-ABU".into(),
                CodeError::BadCharacter {
                    ch: 'U',
                    position: 7,
                },
            ),
            (
                "inner space",
                "  LR1-AB CD".into(),
                CodeError::BadCharacter {
                    ch: ' ',
                    position: 7,
                },
            ),
            (
                "unicode",
                "LR1-Aé0".into(),
                CodeError::BadCharacter {
                    ch: 'é',
                    position: 6,
                },
            ),
            (
                "bare prefix",
                "LR1-".into(),
                CodeError::Truncated {
                    expected: expected_len,
                    found: 0,
                },
            ),
            (
                "cut off",
                code[..code.len() - 3].to_string(),
                CodeError::Truncated {
                    expected: expected_len,
                    found: expected_len - 3,
                },
            ),
            (
                "extra symbol",
                format!("{code}7"),
                CodeError::TooLong {
                    expected: expected_len,
                    found: expected_len + 1,
                },
            ),
            (
                "extra symbol, valid checksum",
                padded,
                CodeError::TooLong {
                    expected: expected_len,
                    found: expected_len + 1,
                },
            ),
            (
                "absurdly long",
                huge,
                CodeError::TooLong {
                    expected: MAX_BODY_LEN,
                    found: MAX_BODY_LEN + 1,
                },
            ),
            ("typo", typo, CodeError::ChecksumMismatch),
            (
                "other questionnaire",
                encode(&other, &sample_answers(&other)).unwrap(),
                CodeError::QuestionnaireMismatch {
                    code_fingerprint: other.fingerprint(),
                    expected: q.fingerprint(),
                },
            ),
            (
                "overflow",
                overflow,
                CodeError::ValueOutOfRange {
                    question: last_pos,
                    value: 8,
                    max: 7,
                },
            ),
        ];
        for (name, input, err) in cases {
            assert_eq!(decode(&q, &input), Err(err), "case {name}: {input:?}");
        }

        // Errors only `encode` produces.
        let short = Answers(vec![None; 3]);
        assert!(matches!(
            encode(&q, &short),
            Err(CodeError::AnswersDoNotFit(_))
        ));
        let mut bad_value = sample_answers(&q);
        bad_value.0[0] = Some(Answer::Value(6));
        assert!(matches!(
            encode(&q, &bad_value),
            Err(CodeError::AnswersDoNotFit(m)) if m.contains("outside")
        ));
        let mut bad_cant_say = sample_answers(&q);
        let who = q.items.len();
        bad_cant_say.0[who] = Some(Answer::CantSay);
        assert!(matches!(
            encode(&q, &bad_cant_say),
            Err(CodeError::AnswersDoNotFit(_))
        ));
        let mut broken = q.clone();
        broken.item_scale = "nope".into();
        assert!(matches!(
            decode(&broken, &code),
            Err(CodeError::AnswersDoNotFit(_))
        ));

        // Questionnaires far beyond what validation allows cannot have codes.
        let giant = small_q("giant", 400);
        assert!(matches!(
            encode(&giant, &Answers::empty(&giant)),
            Err(CodeError::TooLong { expected: MAX_BODY_LEN, found }) if found > MAX_BODY_LEN
        ));
        assert!(matches!(
            decode(&giant, &code),
            Err(CodeError::AnswersDoNotFit(m)) if m.contains("too many questions")
        ));

        // fingerprint_of has no questionnaire to compare lengths with.
        assert_eq!(
            fingerprint_of("LR1-0000"),
            Err(CodeError::Truncated {
                expected: MIN_BODY_LEN,
                found: 4,
            })
        );
        assert_eq!(
            fingerprint_of(&code.replace("LR1-", "LR1-0")),
            Err(CodeError::ChecksumMismatch)
        );
    }

    #[test]
    fn messages_are_plain_english() {
        let cases = [
            (CodeError::Empty, "the result code is empty"),
            (
                CodeError::BadCharacter {
                    ch: 'U',
                    position: 9,
                },
                "character 'U' at position 9 is not allowed in a result code",
            ),
            (
                CodeError::BadCharacter {
                    ch: '\t',
                    position: 5,
                },
                "character '\\t' at position 5 is not allowed in a result code",
            ),
            (
                CodeError::WrongPrefix {
                    found: "XY1-".into(),
                },
                "a result code starts with \"LR1-\", but this one starts with \"XY1-\"",
            ),
            (
                CodeError::QuestionnaireMismatch {
                    code_fingerprint: 0xab,
                    expected: 0xDEAD_BEEF,
                },
                "the result code belongs to another questionnaire (fingerprint 000000AB), \
                 not to this one (fingerprint DEADBEEF)",
            ),
            (
                CodeError::ValueOutOfRange {
                    question: 12,
                    value: 8,
                    max: 7,
                },
                "the result code holds the value 8 for question 12, whose scale only goes up to 7",
            ),
        ];
        for (e, msg) in cases {
            assert_eq!(e.to_string(), msg);
        }
        for e in [
            CodeError::UnsupportedVersion {
                version: "2".into(),
            },
            CodeError::Truncated {
                expected: 35,
                found: 20,
            },
            CodeError::TooLong {
                expected: 35,
                found: 36,
            },
            CodeError::ChecksumMismatch,
            CodeError::AnswersDoNotFit("x".into()),
            CodeError::ValueOutOfRange {
                question: 0,
                value: 3,
                max: 0,
            },
        ] {
            let m = e.to_string();
            assert!(m.starts_with("th") && !m.contains('{'), "{m}");
        }
    }

    /// Characters a typist might produce: all printable ASCII, whitespace, and a few
    /// look-alikes from elsewhere.
    fn typo_chars() -> Vec<char> {
        (0x20u8..0x7f)
            .map(char::from)
            .chain(['\t', '\n', 'é', 'Ø', 'О', '０', '—', '\u{200b}'])
            .collect()
    }

    /// Whether two characters read as the same symbol of a code body.
    fn same_symbol(a: char, b: char) -> bool {
        match (u8::try_from(a), u8::try_from(b)) {
            (Ok(x), Ok(y)) => symbol_value(x).is_some() && symbol_value(x) == symbol_value(y),
            _ => false,
        }
    }

    #[test]
    fn every_substitution_and_adjacent_transposition_is_rejected() {
        let q = small_q("small", 3);
        let code = encode(&q, &sample_answers(&q)).unwrap();
        let original = decode(&q, &code).unwrap();
        let chars: Vec<char> = code.chars().collect();
        let mut rejected = 0;
        for i in 0..chars.len() {
            for c in typo_chars() {
                if c == chars[i] {
                    continue;
                }
                let mut m = chars.clone();
                m[i] = c;
                let m: String = m.into_iter().collect();
                let equivalent = if i < PREFIX.len() {
                    c.eq_ignore_ascii_case(&chars[i])
                } else {
                    same_symbol(c, chars[i])
                };
                match decode(&q, &m) {
                    Ok(back) => {
                        assert!(equivalent, "substitution {m} accepted");
                        assert_eq!(back, original);
                    }
                    Err(_) => {
                        assert!(!equivalent, "{m} rejected");
                        rejected += 1;
                    }
                }
            }
        }
        for i in 0..chars.len() - 1 {
            if chars[i] == chars[i + 1] {
                continue;
            }
            let mut m = chars.clone();
            m.swap(i, i + 1);
            let m: String = m.into_iter().collect();
            assert!(decode(&q, &m).is_err(), "transposition {m} accepted");
            assert!(fingerprint_of(&m).is_err(), "transposition {m} accepted");
            rejected += 1;
        }
        assert!(rejected > 1000);
    }

    #[test]
    fn find_codes_in_common_layouts() {
        let q = small_q("small", 3);
        let a = encode(&q, &sample_answers(&q)).unwrap();
        let b = encode(&q, &Answers::empty(&q)).unwrap();
        let layouts = [
            format!("{a}\n{b}\n"),
            format!("{a}\r\n\r\n{b}"),
            format!("{a}, {b}"),
            format!("{a};{b};"),
            format!("{a}\t{b}"),
            format!("name,code\nx,\"{a}\"\ny,'{b}'"),
            format!("Mine is {a}. Theirs: {b}!"),
            format!("«{a}»—“{b}”"),
            format!("({a})[{b}]"),
        ];
        for text in layouts {
            assert_eq!(find_codes(&text), vec![a.clone(), b.clone()], "{text:?}");
        }
        // Case, separators and other versions are kept as written.
        assert_eq!(
            find_codes("lr1-abc-def- x LR2-7 and LR1- alone, LR1-- too; LR9999-1"),
            vec!["lr1-abc-def", "LR2-7"]
        );
        assert_eq!(find_codes(""), Vec::<String>::new());
        assert_eq!(find_codes("LR1"), Vec::<String>::new());
        assert_eq!(find_codes("LR1-é"), Vec::<String>::new());
    }

    #[test]
    fn big_number_arithmetic() {
        let mut b = Big::zero();
        for _ in 0..5 {
            b.mul_add(1_000_000_007, 123);
        }
        let before = b.clone();
        let r = b.div_rem(1_000_000_007);
        assert_eq!(r, 123);
        b.mul_add(1_000_000_007, r);
        assert_eq!(b, before);
        let mut c = Big::from_u32(0);
        assert!(c.is_zero());
        c.sub_one();
        assert!(c.is_zero());
        let mut d = Big(vec![0, 1]);
        d.sub_one();
        assert_eq!(d, Big(vec![u32::MAX]));
        assert_eq!(d.bit_len(), 32);
        assert_eq!(d.to_u64(), Some(u64::from(u32::MAX)));
        d.shift_in_u32(5);
        assert_eq!(d.shift_out_u32(), 5);
        assert_eq!(Big(vec![1, 2, 3]).to_u64(), None);
    }

    #[test]
    fn fingerprint_label_is_eight_hex_digits() {
        assert_eq!(fingerprint_label(0), "00000000");
        assert_eq!(fingerprint_label(0xDEAD_BEEF), "DEADBEEF");
    }

    #[test]
    fn default_questionnaire_codes() {
        let Ok(q) = Questionnaire::from_json(DEFAULT_JSON) else {
            panic!("the default questionnaire does not load");
        };
        let a = sample_answers(&q);
        let code = encode(&q, &a).unwrap();
        println!(
            "default questionnaire ({} questions): {} characters: {code}",
            q.question_count(),
            code.len()
        );
        assert!(code.len() < 80, "{code} is {} characters", code.len());
        assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
        assert_eq!(decode(&q, &code).unwrap(), normalised(&q, &a));
        assert_eq!(fingerprint_of(&code).unwrap(), q.fingerprint());
        // Every code for a questionnaire has the same length.
        let empty = encode(&q, &Answers::empty(&q)).unwrap();
        assert_eq!(empty.len(), code.len());
    }
}
