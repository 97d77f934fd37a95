//! Team summary codes (`LRS1-`): aggregate figures only, as a short checked text,
//! with their own bit reader and writer.

use std::fmt;

use super::{TeamStats, MIN_GROUP_FLOOR};
use crate::domain::code::{self, TextFault, CHECK_LEN};
use crate::domain::questionnaire::Questionnaire;

/// Every team summary code starts with this (case-insensitive when reading).
pub const SUMMARY_PREFIX: &str = "LRS1-";
/// The summary format version this module writes and reads.
pub const SUMMARY_VERSION: &str = "1";
/// The longest summary body accepted (symbols after the prefix).
pub const MAX_SUMMARY_BODY_LEN: usize = 512;
/// Checksum "human-readable part": the prefix without its dash (so a personal
/// result code's checksum never validates as a summary, and vice versa).
const SUMMARY_CHECK_PREFIX: &[u8] = b"lrs1";
/// Bits of a quantised 0–100 mean or SD (tenths, 0..=1000).
const PCT_BITS: u32 = 10;
/// Largest quantised 0–100 value (100.0).
const PCT_MAX: u64 = 1000;
/// Bits of a quantised raw own-leadership mean or SD (thousandths).
const RAW_BITS: u32 = 14;
/// Bits of a quantised Gini coefficient (thousandths, 0..=1000).
const GINI_BITS: u32 = 10;

/// Aggregate figures of one dimension in a [`Summary`] (0–100 scale).
#[derive(Debug, Clone, PartialEq)]
pub struct DimSummary {
    pub n: usize,
    pub mean: f64,
    pub sd: f64,
}

/// Aggregate own-leadership figures in a [`Summary`] (raw frequency scale, see
/// [`OwnStats`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnSummary {
    pub n: usize,
    pub mean: f64,
    pub sd: f64,
    pub gini: f64,
}

/// What a team summary code carries: the questionnaire fingerprint, the team size,
/// and per dimension n, mean and SD; plus own-leadership n, mean, SD and Gini.
/// Never any individual answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub fingerprint: u32,
    pub n: usize,
    /// One entry per dimension; `None` where the figures were suppressed.
    pub dimensions: Vec<Option<DimSummary>>,
    pub own: Option<OwnSummary>,
}

impl Summary {
    /// The summary figures of team statistics, unquantised.
    pub fn from_stats(s: &TeamStats) -> Summary {
        Summary {
            fingerprint: s.fingerprint(),
            n: s.n(),
            dimensions: s
                .dimensions()
                .iter()
                .map(|d| {
                    d.as_ref().map(|d| DimSummary {
                        n: d.n,
                        mean: d.mean,
                        sd: d.sd,
                    })
                })
                .collect(),
            own: s.own().map(|o| OwnSummary {
                n: o.n,
                mean: o.mean,
                sd: o.sd,
                gini: o.gini,
            }),
        }
    }
}

/// Why a team summary code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SummaryError {
    /// Nothing but whitespace.
    Empty,
    /// The text does not start with `LRS<version>-`.
    WrongPrefix { found: String },
    /// A personal result code (`LR1-...`) was given where a team summary is expected.
    PersonalCode,
    /// A summary of another format version.
    UnsupportedVersion { version: String },
    /// A character outside the alphabet; `position` is 1-based, counted in characters
    /// of the code with surrounding whitespace removed.
    BadCharacter { ch: char, position: usize },
    /// Fewer symbols after the prefix than any summary for this questionnaire has.
    Truncated {
        expected_at_least: usize,
        found: usize,
    },
    /// More symbols than any summary can have.
    TooLong { max: usize, found: usize },
    /// The check symbols do not match: a typo, or part of the code is missing.
    ChecksumMismatch,
    /// A valid summary, but for another questionnaire.
    QuestionnaireMismatch {
        code_fingerprint: u32,
        expected: u32,
    },
    /// The summary describes fewer people than any summary may (`min` is
    /// [`MIN_GROUP_FLOOR`]); only possible for crafted codes.
    GroupTooSmall { n: usize, min: usize },
    /// A checksum-valid code whose content is impossible (only crafted codes).
    Malformed(String),
}

impl fmt::Display for SummaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SummaryError::Empty => write!(f, "the team summary code is empty"),
            SummaryError::WrongPrefix { found } => write!(
                f,
                "a team summary code starts with \"{SUMMARY_PREFIX}\", but this one starts \
                 with \"{found}\""
            ),
            SummaryError::PersonalCode => write!(
                f,
                "this is a personal result code (\"{}\"), not a team summary code \
                 (\"{SUMMARY_PREFIX}\"); add it to the team's result codes instead",
                code::PREFIX
            ),
            SummaryError::UnsupportedVersion { version } => write!(
                f,
                "this is a version {version} team summary code, but this widget only reads \
                 version {SUMMARY_VERSION} (\"{SUMMARY_PREFIX}...\")"
            ),
            SummaryError::BadCharacter { ch, position } => write!(
                f,
                "character '{}' at position {position} is not allowed in a team summary code",
                ch.escape_debug()
            ),
            SummaryError::Truncated {
                expected_at_least,
                found,
            } => write!(
                f,
                "the team summary code is too short: it has {found} characters after \
                 \"{SUMMARY_PREFIX}\" (not counting '-'), but at least {expected_at_least} \
                 are expected; is part of it missing?"
            ),
            SummaryError::TooLong { max, found } => write!(
                f,
                "the team summary code is too long: it has {found} characters after \
                 \"{SUMMARY_PREFIX}\" (not counting '-'), at most {max} are possible"
            ),
            SummaryError::ChecksumMismatch => write!(
                f,
                "the team summary code contains a typo or is incomplete: its check \
                 characters do not match; please compare it with the original"
            ),
            SummaryError::QuestionnaireMismatch {
                code_fingerprint,
                expected,
            } => write!(
                f,
                "the team summary code belongs to another questionnaire (fingerprint {}), \
                 not to this one (fingerprint {})",
                code::fingerprint_label(*code_fingerprint),
                code::fingerprint_label(*expected)
            ),
            SummaryError::GroupTooSmall { n, min } => write!(
                f,
                "the team summary code describes {n} people; summaries of fewer than {min} \
                 are refused to keep answers anonymous"
            ),
            SummaryError::Malformed(why) => {
                write!(f, "the team summary code is not valid: {why}")
            }
        }
    }
}

impl std::error::Error for SummaryError {}

/// Bits, most significant first.
#[derive(Default)]
struct BitWriter(Vec<bool>);

impl BitWriter {
    fn put(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.0.push((value >> i) & 1 == 1);
        }
    }

    /// Groups of 4 bits, least significant first, each preceded by a "more" bit.
    fn varint(&mut self, mut v: u64) {
        loop {
            let group = v & 0xF;
            v >>= 4;
            self.put(u64::from(v != 0), 1);
            self.put(group, 4);
            if v == 0 {
                break;
            }
        }
    }

    /// 5-bit symbols, the last one padded with zero bits.
    fn symbols(&self) -> Vec<u8> {
        self.0
            .chunks(5)
            .map(|c| {
                (0..5).fold(0u8, |acc, i| {
                    (acc << 1) | u8::from(c.get(i).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

struct BitReader<'a> {
    symbols: &'a [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Result<bool, SummaryError> {
        let s = self
            .symbols
            .get(self.pos / 5)
            .ok_or_else(|| malformed("it ends in the middle of a figure"))?;
        let b = (s >> (4 - self.pos % 5)) & 1 == 1;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, width: u32) -> Result<u64, SummaryError> {
        let mut v = 0u64;
        for _ in 0..width {
            v = (v << 1) | u64::from(self.bit()?);
        }
        Ok(v)
    }

    fn varint(&mut self) -> Result<u64, SummaryError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(4) {
            let more = self.bit()?;
            let group = self.take(4)?;
            v |= group << shift;
            if !more {
                if group == 0 && shift > 0 {
                    return Err(malformed("a count is not written in its shortest form"));
                }
                return Ok(v);
            }
        }
        Err(malformed("a count is too large"))
    }

    fn count(&mut self) -> Result<usize, SummaryError> {
        usize::try_from(self.varint()?).map_err(|_| malformed("a count is too large"))
    }

    /// The remaining bits must be fewer than one symbol and all zero.
    fn finish(mut self) -> Result<(), SummaryError> {
        if self.symbols.len() * 5 - self.pos >= 5 {
            return Err(malformed("it has extra characters at the end"));
        }
        while self.pos < self.symbols.len() * 5 {
            if self.bit()? {
                return Err(malformed("its padding is not zero"));
            }
        }
        Ok(())
    }
}

fn malformed(why: &str) -> SummaryError {
    SummaryError::Malformed(why.to_string())
}

fn quantise(x: f64, scale: f64, max: u64) -> u64 {
    let v = (x * scale).round();
    if v.is_nan() || v <= 0.0 {
        0
    } else if v >= max as f64 {
        max
    } else {
        v as u64
    }
}

fn own_points(q: &Questionnaire) -> u8 {
    q.scale(&q.own_leadership.scale)
        .map(|s| s.points)
        .unwrap_or(5)
}

/// Writes a team summary code: `LRS1-` followed by Crockford base-32 symbols.
///
/// # Format (version 1)
///
/// The body is a bit string, most significant bit first, packed into 5-bit symbols
/// (zero-padded), followed by the same 6-symbol BCH checksum as result codes
/// ([`code`]), computed over the prefix `lrs1` and the data symbols. The bit string:
///
/// | field | bits |
/// |---|---|
/// | questionnaire fingerprint | 32 |
/// | team n | count |
/// | per dimension: present | 1 |
/// | — if present: team n − dimension n | count |
/// | — mean, 0–100 in tenths (0..=1000) | 10 |
/// | — SD, 0–100 in tenths (0..=1000) | 10 |
/// | own leadership: present | 1 |
/// | — if present: team n − own n | count |
/// | — mean, raw scale in thousandths | 14 |
/// | — SD, raw scale in thousandths | 14 |
/// | — Gini in thousandths (0..=1000) | 10 |
///
/// A *count* is written in groups of 4 bits, least significant group first, each
/// preceded by a bit saying whether another group follows (5 bits for 0–15).
/// Quantisation errors are at most 0.05 on the 0–100 scale and 0.0005 on the raw
/// scale and for the Gini coefficient. For the default questionnaire (8 dimensions)
/// a team of fewer than 16 people with every figure shown gets a 69-character code;
/// a suppressed dimension makes it 25 bits (5 characters) shorter, and larger teams
/// make it a little longer (70 characters for 16–255 people, all figures complete).
///
/// `q` must be the questionnaire the statistics were computed for: the code carries
/// the fingerprint stored in `stats`, and the own-leadership mean is clamped to
/// `q`'s frequency scale. Never panics.
pub fn summary_encode(q: &Questionnaire, stats: &TeamStats) -> String {
    let s = Summary::from_stats(stats);
    let own_max = u64::from(own_points(q)) * 1000;
    let raw_max = (1u64 << RAW_BITS) - 1;
    let mut w = BitWriter::default();
    w.put(u64::from(s.fingerprint), 32);
    w.varint(s.n as u64);
    for d in &s.dimensions {
        w.put(u64::from(d.is_some()), 1);
        if let Some(d) = d {
            w.varint(s.n.saturating_sub(d.n) as u64);
            w.put(quantise(d.mean, 10.0, PCT_MAX), PCT_BITS);
            w.put(quantise(d.sd, 10.0, PCT_MAX), PCT_BITS);
        }
    }
    w.put(u64::from(s.own.is_some()), 1);
    if let Some(o) = &s.own {
        w.varint(s.n.saturating_sub(o.n) as u64);
        w.put(
            quantise(o.mean, 1000.0, own_max.min(raw_max)).max(1000),
            RAW_BITS,
        );
        w.put(quantise(o.sd, 1000.0, own_max.min(raw_max)), RAW_BITS);
        w.put(quantise(o.gini, 1000.0, 1000), GINI_BITS);
    }
    let data = w.symbols();
    let check = code::checksum(SUMMARY_CHECK_PREFIX, &data);
    let mut out = String::with_capacity(SUMMARY_PREFIX.len() + data.len() + CHECK_LEN);
    out.push_str(SUMMARY_PREFIX);
    out.extend(
        data.iter()
            .chain(check.iter())
            .map(|&v| char::from(code::ALPHABET[usize::from(v)])),
    );
    out
}

/// Checks prefix and characters of a summary code; returns its body symbols.
fn parse_summary(text: &str) -> Result<Vec<u8>, SummaryError> {
    let bytes = text.trim().as_bytes();
    if bytes.len() > 2 && bytes[..2].eq_ignore_ascii_case(b"LR") && bytes[2].is_ascii_digit() {
        return Err(SummaryError::PersonalCode);
    }
    code::parse_text(text, b"LRS", SUMMARY_VERSION, MAX_SUMMARY_BODY_LEN).map_err(|f| match f {
        TextFault::Empty => SummaryError::Empty,
        TextFault::WrongPrefix(found) => SummaryError::WrongPrefix { found },
        TextFault::UnsupportedVersion(version) => SummaryError::UnsupportedVersion { version },
        TextFault::BadCharacter { ch, position } => SummaryError::BadCharacter { ch, position },
        TextFault::TooLong(found) => SummaryError::TooLong {
            max: MAX_SUMMARY_BODY_LEN,
            found,
        },
    })
}

/// The shortest body any summary for `q` can have (every figure suppressed, n < 16).
fn min_summary_body_len(q: &Questionnaire) -> usize {
    let bits = 32 + 5 + q.dimensions.len() + 1;
    bits.div_ceil(5) + CHECK_LEN
}

/// Reads a team summary code made for `q`.
///
/// Accepts the same spellings as result codes (any case, `O` for `0`, `I`/`L` for
/// `1`, `-` anywhere after the prefix, surrounding whitespace). Refuses codes for
/// another questionnaire, codes describing fewer than [`MIN_GROUP_FLOOR`] people (as
/// a team or in any figure), and codes with impossible figures. Never panics.
pub fn summary_decode(q: &Questionnaire, text: &str) -> Result<Summary, SummaryError> {
    let body = parse_summary(text)?;
    let min_len = min_summary_body_len(q);
    if body.len() < min_len {
        return Err(SummaryError::Truncated {
            expected_at_least: min_len,
            found: body.len(),
        });
    }
    if !code::checksum_ok(SUMMARY_CHECK_PREFIX, &body) {
        return Err(SummaryError::ChecksumMismatch);
    }
    let mut r = BitReader {
        symbols: &body[..body.len() - CHECK_LEN],
        pos: 0,
    };
    let code_fingerprint = u32::try_from(r.take(32)?).unwrap_or(u32::MAX);
    if code_fingerprint != q.fingerprint() {
        return Err(SummaryError::QuestionnaireMismatch {
            code_fingerprint,
            expected: q.fingerprint(),
        });
    }
    let n = r.count()?;
    let too_small = |n: usize| SummaryError::GroupTooSmall {
        n,
        min: MIN_GROUP_FLOOR,
    };
    if n < MIN_GROUP_FLOOR {
        return Err(too_small(n));
    }
    let sub = |missing: usize| {
        n.checked_sub(missing)
            .ok_or_else(|| malformed("a figure counts more people than the team has"))
    };
    let mut dimensions = Vec::with_capacity(q.dimensions.len());
    for _ in 0..q.dimensions.len() {
        if !r.bit()? {
            dimensions.push(None);
            continue;
        }
        let dn = sub(r.count()?)?;
        if dn < MIN_GROUP_FLOOR {
            return Err(too_small(dn));
        }
        let mean = r.take(PCT_BITS)?;
        let sd = r.take(PCT_BITS)?;
        if mean > PCT_MAX || sd > PCT_MAX {
            return Err(malformed("a score lies outside 0–100"));
        }
        dimensions.push(Some(DimSummary {
            n: dn,
            mean: mean as f64 / 10.0,
            sd: sd as f64 / 10.0,
        }));
    }
    let own = if r.bit()? {
        let on = sub(r.count()?)?;
        if on < MIN_GROUP_FLOOR {
            return Err(too_small(on));
        }
        let max = u64::from(own_points(q)) * 1000;
        let mean = r.take(RAW_BITS)?;
        let sd = r.take(RAW_BITS)?;
        let gini = r.take(GINI_BITS)?;
        if !(1000..=max).contains(&mean) || sd > max || gini > 1000 {
            return Err(malformed("an own-leadership figure lies outside its scale"));
        }
        Some(OwnSummary {
            n: on,
            mean: mean as f64 / 1000.0,
            sd: sd as f64 / 1000.0,
            gini: gini as f64 / 1000.0,
        })
    } else {
        None
    };
    r.finish()?;
    Ok(Summary {
        fingerprint: code_fingerprint,
        n,
        dimensions,
        own,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{answers, q, team, Rng};
    use super::super::{team_stats, MinGroup};
    use super::*;
    use crate::domain::response::Answers;

    fn stats_for(n: usize, seed: u64) -> (Questionnaire, TeamStats) {
        let q = q();
        let mut rng = Rng(seed);
        let t: Vec<Answers> = (0..n)
            .map(|_| {
                let vals: Vec<u8> = (0..q.question_count())
                    .map(|_| (rng.next() % 6) as u8)
                    .collect();
                answers(&vals)
            })
            .collect();
        let s = team_stats(&q, &t, MinGroup::new(3)).unwrap();
        (q, s)
    }

    #[test]
    fn summary_round_trip_and_length() {
        for (n, seed) in [(7, 1), (12, 2), (40, 3), (3, 4), (300, 5)] {
            let (q, s) = stats_for(n, seed);
            let code = summary_encode(&q, &s);
            let complete = s.dimensions().iter().all(Option::is_some) && s.own().is_some();
            if n < 16 && complete {
                assert_eq!(code.len(), 69, "{code}");
            }
            let back = summary_decode(&q, &code).unwrap();
            let exact = Summary::from_stats(&s);
            assert_eq!((back.n, back.fingerprint), (exact.n, exact.fingerprint));
            for (b, e) in back.dimensions.iter().zip(&exact.dimensions) {
                match (b, e) {
                    (None, None) => {}
                    (Some(b), Some(e)) => {
                        assert_eq!(b.n, e.n);
                        assert!((b.mean - e.mean).abs() <= 0.05 + 1e-9);
                        assert!((b.sd - e.sd).abs() <= 0.05 + 1e-9);
                    }
                    _ => panic!("{b:?} vs {e:?}"),
                }
            }
            match (&back.own, &exact.own) {
                (None, None) => {}
                (Some(b), Some(e)) => {
                    assert_eq!(b.n, e.n);
                    assert!((b.mean - e.mean).abs() <= 0.0005 + 1e-12);
                    assert!((b.sd - e.sd).abs() <= 0.0005 + 1e-12);
                    assert!((b.gini - e.gini).abs() <= 0.0005 + 1e-12);
                }
                _ => panic!(),
            }
            // Spellings accepted as for result codes.
            let relaxed = format!(" {} ", code.to_lowercase().replace('0', "o"));
            assert_eq!(summary_decode(&q, &relaxed), Ok(back));
        }
    }

    /// A checksum-valid summary body from raw bits.
    fn crafted(write: impl FnOnce(&mut BitWriter)) -> String {
        let mut w = BitWriter::default();
        write(&mut w);
        let data = w.symbols();
        let check = code::checksum(SUMMARY_CHECK_PREFIX, &data);
        let body: String = data
            .iter()
            .chain(check.iter())
            .map(|&v| char::from(code::ALPHABET[usize::from(v)]))
            .collect();
        format!("{SUMMARY_PREFIX}{body}")
    }

    #[test]
    fn each_summary_error_from_a_crafted_input() {
        let (q, s) = stats_for(7, 11);
        let code = summary_encode(&q, &s);
        let fp = u64::from(q.fingerprint());
        let dims = q.dimensions.len();
        let mut typo = code.clone().into_bytes();
        let k = typo.len() - 10;
        typo[k] = if typo[k] == b'7' { b'8' } else { b'7' };
        let typo = String::from_utf8(typo).unwrap();
        let min_len = min_summary_body_len(&q);
        let mut other = q.clone();
        other.id = "other".into();
        let cases: Vec<(&str, String, SummaryError)> = vec![
            ("empty", " \n".into(), SummaryError::Empty),
            (
                "wrong prefix",
                "XYZ-123".into(),
                SummaryError::WrongPrefix {
                    found: "XYZ-".into(),
                },
            ),
            (
                "no version",
                "LRS-123".into(),
                SummaryError::WrongPrefix {
                    found: "LRS-".into(),
                },
            ),
            (
                "personal code",
                "LR1-00ZHC5K656".into(),
                SummaryError::PersonalCode,
            ),
            (
                "version 2",
                "lrs2-0000".into(),
                SummaryError::UnsupportedVersion {
                    version: "2".into(),
                },
            ),
            (
                "bad character",
                "LRS1-00U0".into(),
                SummaryError::BadCharacter {
                    ch: 'U',
                    position: 8,
                },
            ),
            (
                "truncated",
                code[..SUMMARY_PREFIX.len() + 10].to_string(),
                SummaryError::Truncated {
                    expected_at_least: min_len,
                    found: 10,
                },
            ),
            (
                "too long",
                format!("{SUMMARY_PREFIX}{}", "0".repeat(MAX_SUMMARY_BODY_LEN + 1)),
                SummaryError::TooLong {
                    max: MAX_SUMMARY_BODY_LEN,
                    found: MAX_SUMMARY_BODY_LEN + 1,
                },
            ),
            ("typo", typo, SummaryError::ChecksumMismatch),
            (
                "dropped symbol",
                format!("{}{}", &code[..20], &code[21..]),
                SummaryError::ChecksumMismatch,
            ),
            (
                "other questionnaire",
                summary_encode(
                    &other,
                    &team_stats(&other, &team(&other, 5, 3), MinGroup::default()).unwrap(),
                ),
                SummaryError::QuestionnaireMismatch {
                    code_fingerprint: other.fingerprint(),
                    expected: q.fingerprint(),
                },
            ),
            (
                "team of two",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(2);
                    w.put(0, dims as u32 + 1);
                }),
                SummaryError::GroupTooSmall { n: 2, min: 3 },
            ),
            (
                "dimension of two",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(1, 1);
                    w.varint(5);
                    w.put(500, 10);
                    w.put(100, 10);
                    w.put(0, dims as u32);
                }),
                SummaryError::GroupTooSmall { n: 2, min: 3 },
            ),
            (
                "more than the team",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(1, 1);
                    w.varint(8);
                    w.put(0, 20 + dims as u32);
                }),
                malformed("a figure counts more people than the team has"),
            ),
            (
                "mean above 100",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(1, 1);
                    w.varint(0);
                    w.put(1001, 10);
                    w.put(0, 10 + dims as u32);
                }),
                malformed("a score lies outside 0–100"),
            ),
            (
                "own mean below 1",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0, dims as u32);
                    w.put(1, 1);
                    w.varint(0);
                    w.put(999, 14);
                    w.put(0, 24);
                }),
                malformed("an own-leadership figure lies outside its scale"),
            ),
            (
                "ends early",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0xFFFF, 16);
                }),
                malformed("it ends in the middle of a figure"),
            ),
            (
                "extra data",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0, dims as u32 + 1);
                    w.put(0, 10);
                }),
                malformed("it has extra characters at the end"),
            ),
            (
                "non-zero padding",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0, dims as u32 + 1);
                    w.put(1, 1);
                }),
                malformed("its padding is not zero"),
            ),
            (
                "non-minimal count",
                crafted(|w| {
                    w.put(fp, 32);
                    // group 7 with "more", then an empty last group
                    w.put(0b10111, 5);
                    w.put(0b00000, 5);
                    w.put(0, dims as u32 + 1);
                }),
                malformed("a count is not written in its shortest form"),
            ),
            (
                "huge count",
                crafted(|w| {
                    w.put(fp, 32);
                    for _ in 0..17 {
                        w.put(0b1_1111, 5);
                    }
                    w.put(0, dims as u32 + 1);
                }),
                malformed("a count is too large"),
            ),
        ];
        for (name, input, err) in cases {
            assert_eq!(summary_decode(&q, &input), Err(err), "case {name}: {input}");
        }
    }

    #[test]
    fn summary_messages_are_plain() {
        let cases = [
            (SummaryError::Empty, "the team summary code is empty"),
            (
                SummaryError::PersonalCode,
                "this is a personal result code (\"LR1-\"), not a team summary code \
                 (\"LRS1-\"); add it to the team's result codes instead",
            ),
            (
                SummaryError::QuestionnaireMismatch {
                    code_fingerprint: 0xAB,
                    expected: 0xDEAD_BEEF,
                },
                "the team summary code belongs to another questionnaire (fingerprint \
                 000000AB), not to this one (fingerprint DEADBEEF)",
            ),
            (
                SummaryError::GroupTooSmall { n: 2, min: 3 },
                "the team summary code describes 2 people; summaries of fewer than 3 are \
                 refused to keep answers anonymous",
            ),
        ];
        for (e, msg) in cases {
            assert_eq!(e.to_string(), msg);
        }
        for e in [
            SummaryError::WrongPrefix { found: "X".into() },
            SummaryError::UnsupportedVersion {
                version: "2".into(),
            },
            SummaryError::BadCharacter {
                ch: '!',
                position: 3,
            },
            SummaryError::Truncated {
                expected_at_least: 20,
                found: 3,
            },
            SummaryError::TooLong {
                max: 512,
                found: 600,
            },
            SummaryError::ChecksumMismatch,
            SummaryError::Malformed("x".into()),
        ] {
            let m = e.to_string();
            assert!(m.starts_with(|c: char| c.is_ascii_lowercase()), "{m}");
            assert!(!m.contains('{') && !m.contains("Error"), "{m}");
        }
    }
}
