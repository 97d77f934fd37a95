//! Result codes: one person's answers written as, and read back from, an `LR1-` code.

use super::big::Big;
use super::text::{find_prefixed, parse_text, symbol_value, TextFault, ALPHABET};
use super::{
    checksum, checksum_ok, CodeError, CHECK_LEN, MAX_BODY_LEN, MIN_BODY_LEN, PREFIX, VERSION,
};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::{Answer, Answers};

/// Checksum "human-readable part": the version prefix without its dash.
pub(super) const CHECK_PREFIX: &[u8] = b"lr1";

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

fn decode_body(layout: &Layout, code: &str) -> Result<(Answers, Vec<u8>), CodeError> {
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
    Ok((Answers(out), body))
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

/// Checks prefix and characters; returns the body symbols (data then check).
pub(super) fn parse(code: &str) -> Result<Vec<u8>, CodeError> {
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
