//! Team summary codes (`LRS1-`): aggregate figures only, as a short checked text
//! (bits packed by [`super::bits`]).

use super::bits::{BitReader, BitWriter};
use super::{TeamStats, MIN_GROUP_FLOOR};
use crate::domain::code::{self, PrefixSlip, TextFault, CHECK_LEN};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::small::clamp;

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
    /// Respondents behind the figures.
    pub n: usize,
    /// Mean.
    pub mean: f64,
    /// Sample SD.
    pub sd: f64,
}

/// Aggregate own-leadership figures in a [`Summary`] (raw frequency scale, see
/// [`OwnStats`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnSummary {
    /// Respondents behind the figures.
    pub n: usize,
    /// Mean.
    pub mean: f64,
    /// Sample SD.
    pub sd: f64,
    /// Gini coefficient of the raw own-leadership means.
    pub gini: f64,
}

/// The leadership-network density in a [`Summary`].
#[derive(Debug, Clone, PartialEq)]
pub struct DensitySummary {
    /// Respondents with both network answers.
    pub n: usize,
    /// The estimate, 0–1.
    pub d: f64,
    /// Its linearised standard error.
    pub se: f64,
}

/// What a team summary code carries: the questionnaire fingerprint, the team size,
/// and per dimension n, mean and SD; plus own-leadership n, mean, SD and Gini; plus
/// the two headline figures (n, mean and SD of conditions and of spread) and the
/// network density (n, D and its SE). Never any individual answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Fingerprint of the questionnaire.
    pub fingerprint: u32,
    /// Respondents behind the figures.
    pub n: usize,
    /// One entry per dimension; `None` where the figures were suppressed.
    pub dimensions: Vec<Option<DimSummary>>,
    /// Own leadership; `None` where suppressed.
    pub own: Option<OwnSummary>,
    /// Conditions for shared leadership (0–100); `None` where suppressed.
    pub conditions: Option<DimSummary>,
    /// Leadership spread (0–100); `None` where suppressed.
    pub spread: Option<DimSummary>,
    /// Network density; `None` where suppressed or not asked.
    pub density: Option<DensitySummary>,
}

impl Summary {
    /// This summary without the given figures (each set to `None`): for figures the
    /// differencing ledger withholds. Figures a summary does not carry are ignored.
    pub fn without(&self, figures: &[super::differencing::Figure]) -> Summary {
        use super::differencing::Figure;
        let mut s = self.clone();
        for &f in figures {
            match f {
                Figure::Dimension(d) => {
                    if let Some(x) = s.dimensions.get_mut(d) {
                        *x = None;
                    }
                }
                Figure::Index => s.conditions = None,
                Figure::Own => s.own = None,
                Figure::Spread => s.spread = None,
                Figure::Density => s.density = None,
                Figure::Group | Figure::WhoLeads(_) => {}
            }
        }
        s
    }

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
            conditions: s.conditions().map(|d| DimSummary {
                n: d.n,
                mean: d.mean,
                sd: d.sd,
            }),
            spread: s.spread().map(|d| DimSummary {
                n: d.n,
                mean: d.mean,
                sd: d.sd,
            }),
            density: s.density().map(|d| DensitySummary {
                n: d.n,
                d: d.d,
                se: d.se,
            }),
        }
    }
}

/// What is structurally wrong inside a checksum-valid team summary code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flaw {
    /// The bits end in the middle of a figure.
    EndsMidFigure,
    /// A count is not written in its shortest form.
    CountNotShortest,
    /// A count is too large.
    CountTooLarge,
    /// Extra symbols follow the last figure.
    ExtraCharacters,
    /// The padding bits are not zero.
    PaddingNotZero,
    /// A figure counts more people than the team has.
    CountExceedsTeam,
    /// A 0–100 figure lies outside 0–100.
    ScoreOutOfRange,
    /// An own-leadership figure lies outside its scale.
    OwnOutOfScale,
}

/// Why a team summary code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SummaryError {
    /// Nothing but whitespace.
    Empty,
    /// The text does not start with `LRS<version>-`.
    WrongPrefix {
        /// The start of the text, up to its first dash.
        found: String,
    },
    /// The prefix is a near miss of `LRS1-` (`LRSI-`, `LRS1_`, `LRS1 `, `LRS1–`,
    /// `LRS-`, full-width `ＬＲＳ１－`): what was written, how it misses, and where
    /// (1-based).
    NearMissPrefix {
        /// What was written where the prefix belongs.
        found: String,
        /// How it misses.
        slip: PrefixSlip,
        /// 1-based position of the slip.
        position: usize,
    },
    /// A personal result code (`LR1-...`) was given where a team summary is expected.
    PersonalCode,
    /// A summary of another format version.
    UnsupportedVersion {
        /// The version found.
        version: String,
    },
    /// A character outside the alphabet; `position` is 1-based, counted in characters
    /// of the code with surrounding whitespace removed. Invisible and space-like
    /// characters are named in messages ([`code::special_char`]).
    BadCharacter {
        /// The character.
        ch: char,
        /// Its 1-based position.
        position: usize,
    },
    /// Fewer symbols after the prefix than any summary for this questionnaire has.
    Truncated {
        /// The fewest symbols a summary for this questionnaire has.
        expected_at_least: usize,
        /// Symbols found.
        found: usize,
    },
    /// More symbols than any summary can have.
    TooLong {
        /// The most symbols accepted.
        max: usize,
        /// Symbols found.
        found: usize,
    },
    /// The check symbols do not match: a typo, or part of the code is missing.
    ChecksumMismatch,
    /// A valid summary, but for another questionnaire.
    QuestionnaireMismatch {
        /// The fingerprint the code carries.
        code_fingerprint: u32,
        /// The fingerprint of the questionnaire in use.
        expected: u32,
    },
    /// A valid summary made with an earlier version of this questionnaire.
    OlderQuestionnaire {
        /// The version the summary was made with.
        version: String,
        /// The version this widget asks.
        current: String,
    },
    /// The summary describes fewer people than any summary may (`min` is
    /// [`MIN_GROUP_FLOOR`]); only possible for crafted codes.
    GroupTooSmall {
        /// People described.
        n: usize,
        /// The fewest allowed.
        min: usize,
    },
    /// A checksum-valid code whose content is impossible (only crafted codes).
    Malformed(Flaw),
    /// A team larger than any summary can describe ([`MAX_SUMMARY_N`]).
    TooMany {
        /// People claimed.
        n: usize,
        /// The most a summary can describe.
        max: usize,
    },
    /// An SD larger than any `n` values on the scale can have with that mean: at most
    /// `√((mean − low)(high − mean) · n/(n − 1))`. Figures in thousandths of a point.
    ImpossibleSd {
        /// The aspect's index; `None` for own leadership.
        dimension: Option<usize>,
        /// The mean claimed.
        mean_milli: u64,
        /// The SD claimed.
        sd_milli: u64,
        /// People in the figure.
        n: usize,
        /// The largest possible SD.
        max_milli: u64,
    },
}
fn milli(x: f64) -> u64 {
    (x * 1000.0).round().max(0.0) as u64
}
/// The largest team a summary code may describe: the most codes one text can hold
/// ([`intake::MAX_CANDIDATES`](crate::domain::intake::MAX_CANDIDATES)), so no
/// genuine summary made by this widget is larger.
pub const MAX_SUMMARY_N: usize = crate::domain::intake::MAX_CANDIDATES;

/// The largest sample SD (denominator n − 1) that `n` values in `low..=high` with mean
/// `mean` can have, allowing for the summary's rounding of the mean (`tol`) and of the
/// SD (`tol` again): `√((m − low)(high − m) · n/(n − 1)) + tol`, where m is the mean
/// within ±tol that makes the bound largest.
pub fn max_sd(mean: f64, n: usize, low: f64, high: f64, tol: f64) -> f64 {
    if n < 2 {
        return tol;
    }
    let mid = (low + high) / 2.0;
    let m = clamp(clamp(mid, mean - tol, mean + tol), low, high);
    let nf = n as f64;
    ((m - low) * (high - m) * nf / (nf - 1.0)).max(0.0).sqrt() + tol
}

pub(super) fn malformed(why: Flaw) -> SummaryError {
    SummaryError::Malformed(why)
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
/// | conditions, then spread: present | 1 |
/// | — if present: team n − figure n | count |
/// | — mean, SD, 0–100 in tenths | 10 + 10 |
/// | density: present | 1 |
/// | — if present: team n − density n | count |
/// | — D and its SE in thousandths (0..=1000) | 10 + 10 |
///
/// The last three sections were added with the headline figures; a summary written
/// without them ends after own leadership, and its zero padding reads as "absent".
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
    for fig in [&s.conditions, &s.spread] {
        w.put(u64::from(fig.is_some()), 1);
        if let Some(d) = fig {
            w.varint(s.n.saturating_sub(d.n) as u64);
            w.put(quantise(d.mean, 10.0, PCT_MAX), PCT_BITS);
            w.put(quantise(d.sd, 10.0, PCT_MAX), PCT_BITS);
        }
    }
    w.put(u64::from(s.density.is_some()), 1);
    if let Some(d) = &s.density {
        w.varint(s.n.saturating_sub(d.n) as u64);
        w.put(quantise(d.d, 1000.0, 1000), GINI_BITS);
        w.put(quantise(d.se, 1000.0, 1000), GINI_BITS);
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
        TextFault::NearMiss {
            found,
            slip,
            position,
        } => SummaryError::NearMissPrefix {
            found,
            slip,
            position,
        },
        TextFault::TooLong(found) => SummaryError::TooLong {
            max: MAX_SUMMARY_BODY_LEN,
            found,
        },
    })
}

/// Whether `text` reads as a summary code whose checksum holds (any questionnaire):
/// used to join a summary grouped with spaces or wrapped over lines.
pub(crate) fn summary_checksum_holds(text: &str) -> bool {
    code::parse_text(text, b"LRS", SUMMARY_VERSION, MAX_SUMMARY_BODY_LEN)
        .is_ok_and(|body| body.len() > CHECK_LEN && code::checksum_ok(SUMMARY_CHECK_PREFIX, &body))
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
    if let Some(version) = q.earlier_version(code_fingerprint) {
        return Err(SummaryError::OlderQuestionnaire {
            version: version.to_string(),
            current: q.version.clone(),
        });
    }
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
    if n > MAX_SUMMARY_N {
        return Err(SummaryError::TooMany {
            n,
            max: MAX_SUMMARY_N,
        });
    }
    let sub = |missing: usize| {
        n.checked_sub(missing)
            .ok_or_else(|| malformed(Flaw::CountExceedsTeam))
    };
    let mut dimensions = Vec::with_capacity(q.dimensions.len());
    for d in 0..q.dimensions.len() {
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
            return Err(malformed(Flaw::ScoreOutOfRange));
        }
        let (mean, sd) = (mean as f64 / 10.0, sd as f64 / 10.0);
        let max = max_sd(mean, dn, 0.0, 100.0, 0.05);
        if sd > max + 1e-9 {
            return Err(SummaryError::ImpossibleSd {
                dimension: Some(d),
                mean_milli: milli(mean),
                sd_milli: milli(sd),
                n: dn,
                max_milli: milli((max - 0.05).max(0.0)),
            });
        }
        dimensions.push(Some(DimSummary { n: dn, mean, sd }));
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
            return Err(malformed(Flaw::OwnOutOfScale));
        }
        let (mean, sd) = (mean as f64 / 1000.0, sd as f64 / 1000.0);
        let bound = max_sd(mean, on, 1.0, f64::from(own_points(q)), 0.0005);
        if sd > bound + 1e-9 {
            return Err(SummaryError::ImpossibleSd {
                dimension: None,
                mean_milli: milli(mean),
                sd_milli: milli(sd),
                n: on,
                max_milli: milli((bound - 0.0005).max(0.0)),
            });
        }
        Some(OwnSummary {
            n: on,
            mean,
            sd,
            gini: gini as f64 / 1000.0,
        })
    } else {
        None
    };
    let figure = |r: &mut BitReader| -> Result<Option<DimSummary>, SummaryError> {
        if !r.optional_bit()? {
            return Ok(None);
        }
        let fnn = sub(r.count()?)?;
        if fnn < MIN_GROUP_FLOOR {
            return Err(too_small(fnn));
        }
        let (mean, sd) = (r.take(PCT_BITS)?, r.take(PCT_BITS)?);
        if mean > PCT_MAX || sd > PCT_MAX {
            return Err(malformed(Flaw::ScoreOutOfRange));
        }
        Ok(Some(DimSummary {
            n: fnn,
            mean: mean as f64 / 10.0,
            sd: sd as f64 / 10.0,
        }))
    };
    let conditions = figure(&mut r)?;
    let spread = figure(&mut r)?;
    let density = if r.optional_bit()? {
        let dn = sub(r.count()?)?;
        if dn < MIN_GROUP_FLOOR {
            return Err(too_small(dn));
        }
        let (d, se) = (r.take(GINI_BITS)?, r.take(GINI_BITS)?);
        if d > 1000 || se > 1000 {
            return Err(malformed(Flaw::ScoreOutOfRange));
        }
        Some(DensitySummary {
            n: dn,
            d: d as f64 / 1000.0,
            se: se as f64 / 1000.0,
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
        conditions,
        spread,
        density,
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
    fn summaries_of_the_previous_questionnaire_are_refused_as_older() {
        let (q, s) = stats_for(7, 9);
        let old = Questionnaire::from_json(include_str!(
            "../../../tests/fixtures/questionnaire/distributed-leadership-1.0.0.json"
        ))
        .expect("1.0.0 loads");
        // A summary whose fingerprint is that of 1.0.0.
        let code = crafted(|w| {
            w.put(u64::from(old.fingerprint()), 32);
            w.varint(7);
            w.put(0, q.dimensions.len() as u32 + 1);
        });
        assert_eq!(
            summary_decode(&q, &code),
            Err(SummaryError::OlderQuestionnaire {
                version: "1.0.0".into(),
                current: q.version.clone(),
            })
        );
        // The figures of the current version round-trip.
        assert!(summary_decode(&q, &summary_encode(&q, &s)).is_ok());
    }

    #[test]
    fn summary_round_trip_and_length() {
        for (n, seed) in [(7, 1), (12, 2), (40, 3), (3, 4), (300, 5)] {
            let (q, s) = stats_for(n, seed);
            let code = summary_encode(&q, &s);
            let complete = s.dimensions().iter().all(Option::is_some) && s.own().is_some();
            if n < 16 && complete {
                // 289 bits for the dimensions and own leadership (69 characters before
                // the headline figures existed), 3 presence bits, and 25 bits for each
                // of conditions, spread and density that is shown.
                let shown = [
                    s.conditions().is_some(),
                    s.spread().is_some(),
                    s.density().is_some(),
                ]
                .iter()
                .filter(|x| **x)
                .count();
                let bits = 289 + 3 + 25 * shown;
                assert_eq!(
                    code.len(),
                    SUMMARY_PREFIX.len() + bits.div_ceil(5) + CHECK_LEN,
                    "{code}"
                );
            }
            let back = summary_decode(&q, &code).unwrap();
            let exact = Summary::from_stats(&s);
            assert_eq!((back.n, back.fingerprint), (exact.n, exact.fingerprint));
            // Aspects and the two headline figures share one quantisation (0.1 on 0–100).
            let dims = back.dimensions.iter().zip(&exact.dimensions).chain([
                (&back.conditions, &exact.conditions),
                (&back.spread, &exact.spread),
            ]);
            for (b, e) in dims {
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
            match (&back.density, &exact.density) {
                (None, None) => {}
                (Some(b), Some(e)) => {
                    assert_eq!(b.n, e.n);
                    assert!((b.d - e.d).abs() <= 0.0005 + 1e-12);
                    assert!((b.se - e.se).abs() <= 0.0005 + 1e-12);
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

    /// Implausible figures in checksum-valid codes: the n = 4,294,967,295 (which
    /// made Hedges' g 115,073) and SDs no group can have with that mean.
    #[test]
    fn implausible_summaries_are_refused_with_a_reason() {
        let q = q();
        let fp = u64::from(q.fingerprint());
        let dims = q.dimensions.len();
        let code = |n: u64, first: (u64, u64)| {
            crafted(|w| {
                w.put(fp, 32);
                w.varint(n);
                for d in 0..dims {
                    w.put(1, 1);
                    w.varint(0);
                    let (mean, sd) = if d == 0 { first } else { (500, 150) };
                    w.put(mean, PCT_BITS);
                    w.put(sd, PCT_BITS);
                }
                w.put(0, 1);
            })
        };
        assert!(summary_decode(&q, &code(12, (500, 150))).is_ok());
        let huge = summary_decode(&q, &code(4_294_967_295, (500, 150))).unwrap_err();
        assert_eq!(
            huge,
            SummaryError::TooMany {
                n: 4_294_967_295,
                max: MAX_SUMMARY_N
            }
        );
        assert!(summary_decode(&q, &code(MAX_SUMMARY_N as u64, (500, 150))).is_ok());
        // Mean 0 with SD 30: every score would have to be 0.
        let e = summary_decode(&q, &code(12, (0, 300))).unwrap_err();
        assert_eq!(
            e,
            SummaryError::ImpossibleSd {
                dimension: Some(0),
                mean_milli: 0,
                sd_milli: 30_000,
                n: 12,
                max_milli: 2_335,
            }
        );
        // Mean 50 with SD 60 among 5: at most √(50·50·5/4) ≈ 55.9.
        assert!(matches!(
            summary_decode(&q, &code(5, (500, 600))),
            Err(SummaryError::ImpossibleSd {
                dimension: Some(0),
                n: 5,
                max_milli: 55_902,
                ..
            })
        ));
        assert!(summary_decode(&q, &code(5, (500, 559))).is_ok());
    }

    #[test]
    fn max_sd_bounds_every_real_group() {
        // Two-point groups attain the bound; others stay below it.
        for n in 2..12usize {
            for k in 0..=n {
                let x: Vec<f64> = (0..n).map(|i| if i < k { 100.0 } else { 0.0 }).collect();
                let m = x.iter().sum::<f64>() / n as f64;
                let sd = crate::domain::stats::sd(&x).unwrap();
                assert!(sd <= max_sd(m, n, 0.0, 100.0, 0.0) + 1e-9, "{n} {k}");
                assert!((sd - max_sd(m, n, 0.0, 100.0, 0.0)).abs() < 1e-9);
            }
        }
        assert_eq!(max_sd(0.0, 12, 0.0, 100.0, 0.0), 0.0);
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
                SummaryError::NearMissPrefix {
                    found: "LRS-".into(),
                    slip: PrefixSlip::NoVersion,
                    position: 4,
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
                malformed(Flaw::CountExceedsTeam),
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
                malformed(Flaw::ScoreOutOfRange),
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
                malformed(Flaw::OwnOutOfScale),
            ),
            (
                "ends early",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0xFFFF, 16);
                }),
                malformed(Flaw::EndsMidFigure),
            ),
            (
                "extra data",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0, dims as u32 + 1);
                    w.put(0, 10);
                }),
                malformed(Flaw::ExtraCharacters),
            ),
            (
                "non-zero padding",
                crafted(|w| {
                    w.put(fp, 32);
                    w.varint(7);
                    w.put(0, dims as u32 + 1);
                    // conditions, spread and density absent, then a set padding bit
                    w.put(0, 3);
                    w.put(1, 1);
                }),
                malformed(Flaw::PaddingNotZero),
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
                malformed(Flaw::CountNotShortest),
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
                malformed(Flaw::CountTooLarge),
            ),
        ];
        for (name, input, err) in cases {
            assert_eq!(summary_decode(&q, &input), Err(err), "case {name}: {input}");
        }
    }
}
