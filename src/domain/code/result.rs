//! Result codes: one person's answers written as, and read back from, an `LR1-` code.

use super::big::Big;
use super::text::{find_prefixed, join_groups, parse_text_into, symbol_value, TextFault, ALPHABET};
use super::{
    checksum, checksum_ok, checksum_ok_from, prefix_state, CodeError, CHECK_LEN, MAX_BODY_LEN,
    MIN_BODY_LEN, PREFIX, VERSION,
};
use crate::domain::questionnaire::{Questionnaire, EARLIER_VERSIONS};
use crate::domain::response::{Answer, Answers, Misfit};

/// Checksum "human-readable part": the version prefix without its dash.
pub(super) const CHECK_PREFIX: &[u8] = b"lr1";
/// The checksum's state after [`CHECK_PREFIX`].
const CHECK_STATE: u32 = prefix_state(CHECK_PREFIX);

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
        return Err(CodeError::AnswersDoNotFit(Misfit::Count {
            answers: answers.0.len(),
            questions: radices.len(),
        }));
    }
    for (pos, ((a, &r), &min)) in answers.0.iter().zip(radices).zip(&layout.mins).enumerate() {
        if let Some(Answer::Value(v)) = a {
            if *v < min || u32::from(*v - min) + 1 >= r {
                return Err(CodeError::AnswersDoNotFit(Misfit::OutOfRange {
                    question: pos + 1,
                    value: *v,
                    min,
                    max: u8::try_from(u32::from(min) + r - 2).unwrap_or(u8::MAX),
                    count: true,
                }));
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
    for (pos, (&r, &min)) in radices.iter().zip(&layout.mins).enumerate().rev() {
        let d = match answers.get(pos) {
            // Checked above: min <= x.
            Some(Answer::Value(x)) => u32::from(x - min) + 1,
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
    let check = checksum(CHECK_PREFIX, &data);
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
/// its fingerprint (and those of its earlier versions), the radix and smallest value of
/// every question, which questions offer "can't say", and the body length. Reading
/// thousands of codes reuses one `Layout`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    fingerprint: u32,
    radices: Vec<u32>,
    /// Smallest answer per question: 1 on a scale, `min` for a count. A value `v` is
    /// written as the digit `v − min + 1`.
    mins: Vec<u8>,
    cant_say: Vec<bool>,
    /// How decoding splits the questions before the last into batches
    /// ([`batches`]): `(first, end, product of their radices)`.
    batches: Vec<(usize, usize, u32)>,
    /// Per question, what decoding needs to take its digit out ([`Digit`]).
    digits: Vec<Digit>,
    data_len: Option<usize>,
    /// `(fingerprint, version)` of earlier versions of the questionnaire.
    earlier: Vec<(u32, &'static str)>,
    version: String,
}

impl Layout {
    /// The layout of a questionnaire; fails only for a questionnaire whose questions
    /// lack a scale (which validation rules out).
    pub fn new(q: &Questionnaire) -> Result<Layout, CodeError> {
        let radices = radices(q)?;
        let mins: Vec<u8> = (0..q.question_count())
            .map(|pos| q.range_at(pos).map_or(1, |r| r.min))
            .collect();
        let cant_say: Vec<bool> = (0..q.question_count())
            .map(|pos| q.range_at(pos).is_some_and(|r| r.cant_say))
            .collect();
        let data_len = data_len(&radices);
        let fingerprint = q.fingerprint();
        let earlier = EARLIER_VERSIONS
            .iter()
            .filter(|(id, _, fp)| *id == q.id && *fp != fingerprint)
            .map(|(_, v, fp)| (*fp, *v))
            .collect();
        let digits = (0..radices.len())
            .map(|pos| Digit::new(radices[pos], mins[pos], cant_say[pos]))
            .collect();
        Ok(Layout {
            fingerprint,
            batches: batches(&radices),
            digits,
            radices,
            mins,
            cant_say,
            data_len,
            earlier,
            version: q.version.clone(),
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
    decode_body(layout, code).map(|(answers, _)| answers)
}

/// Like [`decode_with`], also returning the code in canonical form (upper case, no
/// separators, `O`/`I`/`L` read as digits): exactly what [`encode_with`] makes of the
/// answers, rebuilt from the code's own symbols without encoding again. Two codes
/// give the same answers exactly when their canonical forms are equal, so this is the
/// key for finding duplicates.
pub fn decode_canonical(layout: &Layout, code: &str) -> Result<(Answers, String), CodeError> {
    let (answers, body) = decode_body(layout, code)?;
    let mut canon = String::with_capacity(PREFIX.len() + body.len());
    canon.push_str(PREFIX);
    canon.extend(body.iter().map(|&s| char::from(ALPHABET[usize::from(s)])));
    Ok((answers, canon))
}

/// Like [`decode_canonical`], with the canonical code as its symbol values (0–31, one
/// byte each, checksum included) instead of text: the same key for finding duplicates
/// (equal exactly when the answers are), without building a string.
pub fn decode_symbols(layout: &Layout, code: &str) -> Result<(Answers, Vec<u8>), CodeError> {
    decode_body(layout, code)
}

fn decode_body(layout: &Layout, code: &str) -> Result<(Answers, Vec<u8>), CodeError> {
    let mut body = Vec::new();
    let mut answers = Vec::new();
    decode_into(layout, code, &mut body, &mut answers)?;
    Ok((Answers(answers), body))
}

/// [`decode_symbols`] into buffers the caller reuses (both cleared first): `body` gets
/// the canonical symbols, `answers` the answers. For reading many codes without an
/// allocation per code; on an error the buffers' contents are unspecified.
///
/// The data symbols are one number in base 32, a power of two, so they are packed into
/// 32-bit limbs bit by bit on the stack (no big-number multiplication); the answers are
/// then taken out with one long division per batch of questions whose radices multiply
/// to at most `u32::MAX` ([`Layout`] keeps the batches) and small divisions of the
/// remainder.
pub fn decode_into(
    layout: &Layout,
    code: &str,
    body: &mut Vec<u8>,
    answers: &mut Vec<Option<Answer>>,
) -> Result<(), CodeError> {
    parse_into(code, body)?;
    let radices = &layout.radices;
    let Some(data_len) = layout.data_len else {
        return Err(CodeError::AnswersDoNotFit(Misfit::TooManyQuestions {
            estimated: estimated_body_len(radices),
            max: MAX_BODY_LEN,
        }));
    };
    let expected = data_len + CHECK_LEN;
    if body.len() < MIN_BODY_LEN || !checksum_ok_from(CHECK_STATE, body) {
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
    let mut limbs = [0u32; MAX_LIMBS];
    let len = pack(&body[..body.len() - CHECK_LEN], &mut limbs);
    // The low 32 bits are the fingerprint, the rest (`v`) the packed answers.
    let code_fingerprint = if len == 0 { 0 } else { limbs[0] };
    if let Some((_, version)) = layout
        .earlier
        .iter()
        .find(|(fp, _)| *fp == code_fingerprint)
    {
        return Err(CodeError::OlderQuestionnaire {
            version: (*version).to_string(),
            current: layout.version.clone(),
        });
    }
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
    let v = &mut limbs[len.min(1)..len];
    let mut v_len = v.len();
    let n = radices.len();
    answers.clear();
    // All but the last question, batch by batch (the first question is the least
    // significant digit).
    for &(first, end, product) in &layout.batches {
        let mut rem = div_rem(v, &mut v_len, product);
        for digit in layout.digits.get(first..end).unwrap_or_default() {
            let (q, d) = digit.split(rem);
            answers.push(digit.answer(d));
            rem = q;
        }
    }
    let top = match v_len {
        0 => Some(0),
        1 => Some(u64::from(v[0])),
        2 => Some(u64::from(v[0]) | (u64::from(v[1]) << 32)),
        _ => None,
    };
    if let Some(&r) = radices.last() {
        // The last question takes whatever is left; it must fit its scale.
        match top {
            // x < r <= 257, so it fits.
            Some(x) if x < u64::from(r) => {
                answers.extend(layout.digits.last().map(|d| d.answer(x as u32)));
            }
            x => {
                let min = u32::from(layout.mins.last().copied().unwrap_or(1));
                return Err(CodeError::ValueOutOfRange {
                    question: n,
                    value: x.unwrap_or(u64::MAX),
                    max: u8::try_from(min + r - 2).unwrap_or(u8::MAX),
                });
            }
        }
    } else if v_len > 0 {
        // Only reachable for a questionnaire without questions.
        return Err(CodeError::ValueOutOfRange {
            question: 0,
            value: top.unwrap_or(u64::MAX),
            max: 0,
        });
    }
    // Every digit is below its radix (max − min + 2) and 0 became "can't say" only
    // where the question offers it, so the answers fit the questionnaire by
    // construction.
    Ok(())
}

/// The most 32-bit limbs the data symbols of any accepted body can fill.
const MAX_LIMBS: usize = (5 * MAX_BODY_LEN).div_ceil(32);

/// Packs base-32 symbols (most significant first, at most [`MAX_BODY_LEN`]) into
/// little-endian 32-bit limbs, five bits each; returns the number of limbs up to the
/// highest non-zero one (0 for the value 0).
fn pack(symbols: &[u8], limbs: &mut [u32; MAX_LIMBS]) -> usize {
    let (mut acc, mut bits, mut len) = (0u64, 0u32, 0usize);
    for &s in symbols.iter().rev().take(MAX_BODY_LEN) {
        acc |= u64::from(s & 31) << bits;
        bits += 5;
        if bits >= 32 {
            // Masked to the low 32 bits.
            limbs[len] = acc as u32;
            len += 1;
            acc >>= 32;
            bits -= 32;
        }
    }
    if bits > 0 {
        limbs[len] = acc as u32;
        len += 1;
    }
    while len > 0 && limbs[len - 1] == 0 {
        len -= 1;
    }
    len
}

/// `v[..len] = v[..len] / d`, returning the remainder; `len` shrinks past zero limbs at
/// the top. `d` must not be 0 (radices are at least 2).
fn div_rem(v: &mut [u32], len: &mut usize, d: u32) -> u32 {
    let d = u64::from(d.max(1));
    let mut rem = 0u64;
    for limb in v[..*len].iter_mut().rev() {
        let cur = (rem << 32) | u64::from(*limb);
        // cur < d · 2^32, so the quotient fits 32 bits.
        *limb = (cur / d) as u32;
        rem = cur % d;
    }
    while *len > 0 && v[*len - 1] == 0 {
        *len -= 1;
    }
    // rem < d <= u32::MAX.
    rem as u32
}

/// The largest product of radices in one batch of [`decode_into`]: remainders below it
/// fit 31 bits, which [`Digit::split`]'s multiplication needs.
const MAX_BATCH: u64 = 1 << 31;

/// The batches of [`decode_into`]: the questions before the last, in order, grouped
/// greedily so that each group's radices multiply to at most [`MAX_BATCH`]. (How the
/// questions are grouped does not change the digits, only how many long divisions
/// take them out.)
fn batches(radices: &[u32]) -> Vec<(usize, usize, u32)> {
    let n = radices.len();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos + 1 < n {
        let mut end = pos;
        let mut product: u64 = 1;
        while end + 1 < n && product * u64::from(radices[end]) <= MAX_BATCH {
            product *= u64::from(radices[end]);
            end += 1;
        }
        // Radices are at least 1 and at most 257, so the batch holds at least one
        // question and its product fits.
        if end == pos {
            end += 1;
            product = u64::from(radices[pos]);
        }
        out.push((pos, end, u32::try_from(product).unwrap_or(u32::MAX)));
        pos = end;
    }
    out
}

/// How one question's digit is taken out of a remainder below [`MAX_BATCH`] and what it
/// means: division by the radix as a multiplication by a precomputed reciprocal (no
/// division instruction per answer), then the answer the digit stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Digit {
    radix: u32,
    /// `⌈2^shift / radix⌉`, at most 2^32.
    magic: u64,
    /// 31 + ⌈log2 radix⌉.
    shift: u32,
    min: u8,
    cant_say: bool,
}

impl Digit {
    fn new(radix: u32, min: u8, cant_say: bool) -> Digit {
        // Radices are 2..=257; 1 would divide by itself all the same.
        let radix = radix.max(1);
        let shift = 31 + (32 - (radix - 1).leading_zeros());
        let magic = (1u64 << shift).div_ceil(u64::from(radix));
        Digit {
            radix,
            magic,
            shift,
            min,
            cant_say,
        }
    }

    /// `(n / radix, n % radix)` for `n < 2^31`. With `ℓ = ⌈log2 radix⌉`,
    /// `magic = ⌈2^(31+ℓ) / radix⌉ = (2^(31+ℓ) + e) / radix` for some `0 ≤ e < radix`, so
    /// `n · magic / 2^(31+ℓ) = n / radix + n·e / (radix · 2^(31+ℓ))`, and the second term
    /// is below `2^-ℓ ≤ 1 / radix`: too little to reach the next whole number. The
    /// product is below 2^31 · 2^32, so it fits 64 bits.
    fn split(&self, n: u32) -> (u32, u32) {
        // The quotient is at most n.
        let q = ((u64::from(n) * self.magic) >> self.shift) as u32;
        (q, n - q * self.radix)
    }

    /// The answer digit `d` (below the radix) stands for.
    fn answer(&self, d: u32) -> Option<Answer> {
        if d == 0 {
            self.cant_say.then_some(Answer::CantSay)
        } else {
            // d < radix = max − min + 2, so min + d − 1 <= max <= 250.
            Some(Answer::Value(
                u8::try_from(u32::from(self.min) + d - 1).unwrap_or(u8::MAX),
            ))
        }
    }
}

/// The decoding as it was before [`decode_into`] (the general big number), kept to
/// check that the two agree on every input.
#[cfg(test)]
pub(super) use reference::{decode_reference, fingerprint_reference};

#[cfg(test)]
mod reference {
    use super::*;

    /// [`fingerprint_of`] with the general big number, as it was before [`pack`].
    pub(in crate::domain::code) fn fingerprint_reference(code: &str) -> Result<u32, CodeError> {
        let body = parse(code)?;
        if body.len() < MIN_BODY_LEN {
            return Err(CodeError::Truncated {
                expected: MIN_BODY_LEN,
                found: body.len(),
            });
        }
        if !checksum_ok(CHECK_PREFIX, &body) {
            return Err(CodeError::ChecksumMismatch);
        }
        let mut v = Big::from_symbols(&body[..body.len() - CHECK_LEN]);
        Ok(v.shift_out_u32())
    }

    /// The decoder before [`decode_into`] (the general big number), kept to check that the
    /// two agree on every input.
    pub(in crate::domain::code) fn decode_reference(
        layout: &Layout,
        code: &str,
    ) -> Result<Answers, CodeError> {
        let body =
            crate::domain::code::text::parse_text_reference(code, b"LR", VERSION, MAX_BODY_LEN)
                .map_err(code_fault)?;
        let radices = &layout.radices;
        let Some(data_len) = layout.data_len else {
            return Err(CodeError::AnswersDoNotFit(Misfit::TooManyQuestions {
                estimated: estimated_body_len(radices),
                max: MAX_BODY_LEN,
            }));
        };
        let expected = data_len + CHECK_LEN;
        if body.len() < MIN_BODY_LEN || !checksum_ok(CHECK_PREFIX, &body) {
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
        if let Some((_, version)) = layout
            .earlier
            .iter()
            .find(|(fp, _)| *fp == code_fingerprint)
        {
            return Err(CodeError::OlderQuestionnaire {
                version: (*version).to_string(),
                current: layout.version.clone(),
            });
        }
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
        let mut pos = 0;
        while pos + 1 < n {
            let mut end = pos;
            let mut product: u64 = 1;
            while end + 1 < n && product * u64::from(radices[end]) <= u64::from(u32::MAX) {
                product *= u64::from(radices[end]);
                end += 1;
            }
            let mut rem = v.div_rem(product as u32);
            for &r in &radices[pos..end] {
                digits.push(rem % r.max(1));
                rem /= r.max(1);
            }
            pos = end;
        }
        if let Some(&r) = radices.last() {
            match v.to_u64() {
                Some(x) if x < u64::from(r) => {
                    v = Big::zero();
                    digits.push(x as u32);
                }
                x => {
                    let min = u32::from(layout.mins.last().copied().unwrap_or(1));
                    return Err(CodeError::ValueOutOfRange {
                        question: n,
                        value: x.unwrap_or(u64::MAX),
                        max: u8::try_from(min + r - 2).unwrap_or(u8::MAX),
                    });
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
                    let min = u32::from(layout.mins.get(pos).copied().unwrap_or(1));
                    Some(Answer::Value(u8::try_from(min + d - 1).unwrap_or(u8::MAX)))
                }
            })
            .collect();
        if !v.is_zero() {
            return Err(CodeError::ValueOutOfRange {
                question: 0,
                value: v.to_u64().unwrap_or(u64::MAX),
                max: 0,
            });
        }
        Ok(Answers(out))
    }
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
    if !checksum_ok(CHECK_PREFIX, &body) {
        return Err(CodeError::ChecksumMismatch);
    }
    let mut limbs = [0u32; MAX_LIMBS];
    let len = pack(&body[..body.len() - CHECK_LEN], &mut limbs);
    Ok(if len == 0 { 0 } else { limbs[0] })
}

/// Candidate codes in pasted text of any layout (lines, commas, semicolons, tabs, CSV
/// cells, quotes, prose): every `LR<digits>-` (case-insensitive, 1–3 digits, so codes
/// of other versions are found and can be reported) followed by the longest run of
/// alphabet characters and `-`; trailing dashes are dropped and a prefix with nothing
/// after it is skipped. Candidates are returned as they appear, in order, unchecked.
/// Runs in linear time.
///
/// A candidate whose checksum fails is joined with the groups of code characters that
/// follow it after spaces or one line break (a code grouped or wrapped), when the
/// joined text has a valid checksum: that is unambiguous (a wrong join passes with
/// probability about 2^-30). Invisible characters inside a code are kept, so that
/// reading it names them.
pub fn find_codes(text: &str) -> Vec<String> {
    find_code_texts(text)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// [`find_codes`], borrowing each code's text from `text` unless it was joined from
/// groups (no copy of a code written whole).
pub(crate) fn find_code_texts(text: &str) -> Vec<std::borrow::Cow<'_, str>> {
    let is_body = |c: u8| c == b'-' || symbol_value(c).is_some();
    join_groups(text, find_prefixed(text, b"LR", is_body), is_body, valid)
        .into_iter()
        .map(|(_, _, s)| s)
        .collect()
}

/// A code text whose checksum holds (any questionnaire).
fn valid(code: &str) -> bool {
    parse(code).is_ok_and(|body| body.len() >= MIN_BODY_LEN && checksum_ok(CHECK_PREFIX, &body))
}

/// Checks prefix and characters; returns the body symbols (data then check).
pub(super) fn parse(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut body = Vec::new();
    parse_into(code, &mut body)?;
    Ok(body)
}

/// [`parse`] into a reused buffer.
fn parse_into(code: &str, body: &mut Vec<u8>) -> Result<(), CodeError> {
    parse_text_into(code, b"LR", VERSION, MAX_BODY_LEN, body).map_err(code_fault)
}

/// A fault of a result code's text as the [`CodeError`] it is.
fn code_fault(f: TextFault) -> CodeError {
    match f {
        TextFault::Empty => CodeError::Empty,
        TextFault::WrongPrefix(found) => CodeError::WrongPrefix { found },
        TextFault::UnsupportedVersion(version) => CodeError::UnsupportedVersion { version },
        TextFault::BadCharacter { ch, position } => CodeError::BadCharacter { ch, position },
        TextFault::NearMiss {
            found,
            slip,
            position,
        } => CodeError::NearMissPrefix {
            found,
            slip,
            position,
        },
        TextFault::TooLong(found) => CodeError::TooLong {
            expected: MAX_BODY_LEN,
            found,
        },
    }
}

/// The radix of every question, in canonical order: `max − min + 2` (points + 1 on a
/// scale), one digit more than the values, for "can't say"/unanswered.
fn radices(q: &Questionnaire) -> Result<Vec<u32>, CodeError> {
    (0..q.question_count())
        .map(|pos| {
            q.range_at(pos)
                .filter(|r| r.min <= r.max)
                .map(|r| u32::from(r.max - r.min) + 2)
                .ok_or_else(|| CodeError::AnswersDoNotFit(Misfit::NoScale { question: pos + 1 }))
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

#[cfg(test)]
mod digit_tests {
    use super::*;

    /// The reciprocal division equals `/` and `%` for every radix a question can have
    /// and remainders at both ends of their range, around every multiple of the radix
    /// near the top, and in between.
    #[test]
    fn reciprocal_division_is_exact() {
        let top = (MAX_BATCH - 1) as u32;
        let mut x: u64 = 0xD1_5EED;
        for radix in 1..=257u32 {
            let digit = Digit::new(radix, 1, false);
            let near_top = (0..64).flat_map(|k| {
                let m = (top / radix - k) * radix;
                [m.saturating_sub(1), m, m + 1]
            });
            let random = (0..2_000).map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % MAX_BATCH) as u32
            });
            for n in (0..4096)
                .chain(top - 4096..=top)
                .chain(near_top)
                .chain(random)
            {
                assert_eq!(digit.split(n), (n / radix, n % radix), "{n} / {radix}");
            }
        }
    }
}
