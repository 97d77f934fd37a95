//! Reading pasted or loaded text into a team's responses: finds personal result codes
//! and team summary codes in any layout, decodes them, lists every invalid one with
//! its reason, and counts duplicates once. Works in chunks so a caller can stay
//! responsive on very large inputs.

use std::borrow::Cow;
use std::collections::HashSet;
use std::rc::Rc;

use super::code::{self, CodeError};
use super::fx::FxHashSet;
use super::questionnaire::Questionnaire;
use super::response::{Answer, Answers};
use super::team::{self, Summary, SummaryError};

/// The largest text accepted at once (pasted or loaded), in bytes.
pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
/// The most candidate codes read from one text.
pub const MAX_CANDIDATES: usize = 100_000;
/// Longest excerpt of an invalid code shown back to the person.
const SHOW_CHARS: usize = 60;

/// A candidate that is not a usable code, with the reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The candidate as written (shortened when very long).
    pub text: String,
    /// The typed reason, for wording in any language.
    pub error: InvalidError,
}

/// Why a candidate is not usable, typed, so an interface can word it in any language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidError {
    /// A personal result code that cannot be read.
    Code(CodeError),
    /// A team summary code that cannot be read.
    Summary(SummaryError),
}

/// Why a text could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// The text is larger than [`MAX_TEXT_BYTES`].
    TooLarge {
        /// Size of the text in bytes.
        bytes: usize,
    },
    /// The text holds more than [`MAX_CANDIDATES`] candidates.
    TooManyCodes {
        /// Candidates found.
        found: usize,
    },
}

/// One candidate found in a text: borrowed from the text where it is written whole
/// (most codes: no copy), owned where it was joined from groups or rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate<'a> {
    /// A personal result code (`LR…`).
    Personal(Cow<'a, str>),
    /// A team summary code (`LRS…`).
    Summary(Cow<'a, str>),
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= SHOW_CHARS {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(SHOW_CHARS).collect();
        t.push('…');
        t
    }
}

/// Team summary candidates: `LRS<digits>-` followed by letters, digits and dashes
/// (characters outside the code alphabet are kept so that decoding can name them), with
/// their byte ranges. A summary grouped with spaces or wrapped over lines is joined when
/// its checksum then holds (see [`code::join_groups`]).
fn find_summaries(text: &str) -> Vec<(usize, usize, Cow<'_, str>)> {
    let body = |c: u8| c == b'-' || c.is_ascii_alphanumeric();
    code::join_groups(
        text,
        code::find_prefixed(text, b"LRS", body),
        body,
        team::summary_checksum_holds,
    )
}

/// Prefixes (`LR<digits>-`) followed by no code character at all, such as `LR1-!!!`:
/// `code::find_codes` skips them, but the person should hear that they are not codes.
/// Each is returned up to the next space, comma, semicolon or quote (at most 60 bytes).
fn find_bare_prefixes(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < b.len() {
        code::step();
        if !b[i].eq_ignore_ascii_case(&b'L') {
            i = code::skip_to(b, i + 1, b'L', b'L');
            continue;
        }
        if !(b[i].eq_ignore_ascii_case(&b'L')
            && b[i + 1].eq_ignore_ascii_case(&b'R')
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
        {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        while j < b.len() && j - (i + 2) < 3 && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == i + 2 || j >= b.len() || b[j] != b'-' {
            i += 1;
            continue;
        }
        let mut k = j + 1;
        while k < b.len() && b[k] == b'-' {
            k += 1;
        }
        let next = b.get(k).copied();
        let is_symbol = next.is_some_and(|c| c.is_ascii_alphanumeric());
        let ends = next.is_none_or(|c| c.is_ascii_whitespace() || b",;\"'".contains(&c));
        if !is_symbol && !ends {
            let mut end = k;
            while end < b.len()
                && end - i < 60
                && {
                    code::step();
                    true
                }
                && !b[end].is_ascii_whitespace()
                && !b",;\"'".contains(&b[end])
            {
                end += 1;
            }
            // Stop at a char boundary (the token may contain non-ASCII characters).
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            out.push(text[i..end].to_string());
            i = end.max(i + 1);
        } else {
            i = k.max(i + 1);
        }
    }
    out
}

/// Near misses of a code's prefix at the start of a word (`LRI-`, `LR1_`, `LR1 `,
/// `LR1–`, `LR-`, full-width `ＬＲ１－` for result codes; `LRSI-`, `LRS1_`, `LRS-`,
/// `ＬＲＳ１－` for team summary codes; see [`code::prefix_slip`]) followed by at least a
/// result code's shortest body of code characters (so prose is not caught): the code
/// searches do not see them, but the person must hear why they are not read. Each is
/// returned as written (at most 80 characters after the prefix), as the kind of code it
/// nearly is. The two prefixes never claim the same text (`LRS…` is no near miss of
/// `LR1-`, and `LR1…` none of `LRS1-`).
fn find_near_misses(text: &str) -> Vec<Candidate<'static>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut next = 0;
    while next < b.len() {
        code::step();
        // Only an L (ASCII or full-width: both start on a char boundary) can start a
        // near miss: bytes are skipped in words, characters looked at only there.
        let i = code::skip_to(b, next, b'L', 0xEF);
        if i >= b.len() {
            break;
        }
        next = i + 1;
        let starts = match b[i] {
            b'L' | b'l' => true,
            0xEF => text[i..].starts_with(['\u{FF2C}', '\u{FF4C}']),
            _ => false,
        };
        if !starts
            || text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric())
            || well_formed_prefix(&b[i..])
        {
            continue;
        }
        let (found, summary) = match code::prefix_slip(&text[i..], "LRS") {
            Some((found, _, _)) => (found, true),
            None => match code::prefix_slip(&text[i..], "LR") {
                Some((found, _, _)) => (found, false),
                None => continue,
            },
        };
        let rest = &text[i + found.len()..];
        let body: String = rest
            .chars()
            .take_while(|&c| {
                c == '-' || c.is_ascii_alphanumeric() || c.is_alphanumeric() && c > '\u{FF00}'
            })
            .take(80)
            .inspect(|_| code::step())
            .collect();
        let symbols = body.chars().filter(|&c| c != '-').count();
        if symbols >= code::MIN_BODY_LEN {
            let written = format!("{found}{body}");
            out.push(if summary {
                Candidate::Summary(Cow::Owned(written))
            } else {
                Candidate::Personal(Cow::Owned(written))
            });
        }
    }
    out
}

/// Whether `b` starts with a well-formed prefix, `LR<digits>-` or `LRS<digits>-` (ASCII,
/// any case): no near miss of either ([`code::prefix_slip`] finds none), so the search
/// for near misses skips every code's start without looking at its characters.
fn well_formed_prefix(b: &[u8]) -> bool {
    if b.len() < 4 || !b[..2].eq_ignore_ascii_case(b"LR") {
        return false;
    }
    let at = if b[2].eq_ignore_ascii_case(&b'S') {
        3
    } else {
        2
    };
    let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && b.get(at + digits) == Some(&b'-')
}

/// Every candidate in a text: summaries, then personal codes in order of appearance,
/// then near misses of the prefix and prefixes with nothing usable after them.
pub fn candidates(text: &str) -> Result<Vec<Candidate<'_>>, TextError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(TextError::TooLarge { bytes: text.len() });
    }
    let summaries = find_summaries(text);
    let mut out: Vec<Candidate> = Vec::new();
    if summaries.is_empty() {
        out.extend(
            code::find_code_texts(text)
                .into_iter()
                .map(Candidate::Personal),
        );
    } else {
        // Blank the summaries out so their bodies are not read as personal codes.
        let mut rest = text.as_bytes().to_vec();
        for (at, end, _) in &summaries {
            for b in &mut rest[*at..*end] {
                *b = b' ';
            }
        }
        let rest = String::from_utf8_lossy(&rest);
        out.extend(summaries.into_iter().map(|(_, _, s)| Candidate::Summary(s)));
        out.extend(
            code::find_codes(&rest)
                .into_iter()
                .map(|c| Candidate::Personal(Cow::Owned(c))),
        );
    }
    out.extend(find_near_misses(text));
    out.extend(
        find_bare_prefixes(text)
            .into_iter()
            .map(|c| Candidate::Personal(Cow::Owned(c))),
    );
    if out.len() > MAX_CANDIDATES {
        return Err(TextError::TooManyCodes { found: out.len() });
    }
    Ok(out)
}

/// A usable code's identity: its canonical symbols (see [`code::decode_symbols`]),
/// equal exactly when the answers are. Shared, not copied, by the reading's duplicate
/// check and the differencing ledger.
pub type MemberKey = Rc<[u8]>;

/// Splits a text into pieces of at least `size` bytes (the last may be shorter) at
/// places no candidate can span: before a line that starts with `LR` (a grouped or
/// wrapped code is never joined across a code prefix) or after a blank line (nor across
/// two line breaks). No search looks past a line break except that join, so the
/// candidates of the pieces together are those of the whole text.
pub fn pieces(text: &str, size: usize) -> Vec<&str> {
    let b = text.as_bytes();
    let safe = |k: usize| {
        b[k - 1] == b'\n'
            && (b[k..].len() >= 2
                && b[k].eq_ignore_ascii_case(&b'L')
                && b[k + 1].eq_ignore_ascii_case(&b'R')
                || k >= 2 && b[k - 2] == b'\n')
    };
    let size = size.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = size;
    while k < b.len() {
        if safe(k) {
            // After a line break: a char boundary.
            out.push(&text[start..k]);
            start = k;
            k += size;
        } else {
            k += 1;
        }
    }
    out.push(&text[start..]);
    out
}

/// [`candidates`] found piece by piece ([`pieces`] of `size` bytes), so that a caller
/// can yield between pieces: the same candidates and errors as for the whole text,
/// each piece listing its summaries first.
#[derive(Debug)]
pub struct Finder<'a> {
    pieces: std::vec::IntoIter<&'a str>,
    found: usize,
}

impl<'a> Finder<'a> {
    /// Pieces of `text`; `Err(TextError::TooLarge)` as for [`candidates`].
    pub fn new(text: &'a str, size: usize) -> Result<Finder<'a>, TextError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(TextError::TooLarge { bytes: text.len() });
        }
        Ok(Finder {
            pieces: pieces(text, size).into_iter(),
            found: 0,
        })
    }

    /// The candidates of the next piece (`None` when done), or
    /// `Err(TextError::TooManyCodes)` with the count in the whole text once there are
    /// more than [`MAX_CANDIDATES`].
    pub fn next_piece(&mut self) -> Option<Result<Vec<Candidate<'a>>, TextError>> {
        let count = |r: &Result<Vec<Candidate>, TextError>| match r {
            Ok(found) => found.len(),
            Err(TextError::TooManyCodes { found }) => *found,
            Err(TextError::TooLarge { .. }) => 0,
        };
        let piece = self.pieces.next()?;
        let found = candidates(piece);
        self.found += count(&found);
        if self.found <= MAX_CANDIDATES {
            return Some(found);
        }
        // Counted to the end, so the error names the text's count.
        for rest in self.pieces.by_ref() {
            self.found += count(&candidates(rest));
        }
        Some(Err(TextError::TooManyCodes { found: self.found }))
    }
}

/// What has been read so far.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    /// The questionnaire's code layout, computed on the first chunk.
    layout: Option<code::Layout>,
    /// Usable responses, each counted once, in order of first appearance.
    pub responses: Vec<Answers>,
    /// The usable responses' codes, in the same order (for differencing checks).
    pub codes: Vec<MemberKey>,
    /// The same keys, for finding duplicates.
    seen: FxHashSet<MemberKey>,
    /// Codes that repeat an earlier one.
    pub duplicates: usize,
    /// Candidates that are not usable, with reasons, in order.
    pub invalid: Vec<Invalid>,
    /// Team summary codes read.
    pub summaries: Vec<Summary>,
    seen_summaries: HashSet<super::team::differencing::SummaryKey>,
    /// The last code's symbols and answers, buffers reused for every code.
    body: Vec<u8>,
    answers: Vec<Option<Answer>>,
    /// Made by [`for_one`](Intake::for_one): every feed gets the same questionnaire.
    one: bool,
}

impl Intake {
    /// Nothing read yet, for codes of `q` only: every [`feed`](Self::feed) must be given
    /// `q` (a [`Reading`](super::group_read::Reading) keeps to one questionnaire), so
    /// feeding does not compare fingerprints again (tens of microseconds per slice in
    /// the browser).
    pub fn for_one(q: &Questionnaire) -> Intake {
        Intake {
            layout: code::Layout::new(q).ok(),
            one: true,
            ..Intake::default()
        }
    }

    /// Makes room for `n` more usable codes at once (a caller that knows how many
    /// candidates are coming), so the duplicate set is not rebuilt as it grows.
    pub fn reserve(&mut self, n: usize) {
        self.seen.reserve(n);
        self.codes.reserve(n);
        self.responses.reserve(n);
    }

    /// Reads a chunk of candidates.
    pub fn feed(&mut self, q: &Questionnaire, chunk: &[Candidate<'_>]) {
        // Taken out while the chunk is read (and put back after), not copied.
        let layout = match self.layout.take() {
            Some(l) if self.one || l.fingerprint() == q.fingerprint() => {
                debug_assert_eq!(l.fingerprint(), q.fingerprint(), "one questionnaire");
                l
            }
            _ => match code::Layout::new(q) {
                Ok(l) => l,
                Err(e) => {
                    self.invalid.extend(chunk.iter().map(|c| Invalid {
                        text: match c {
                            Candidate::Personal(t) | Candidate::Summary(t) => shorten(t),
                        },
                        error: InvalidError::Code(e.clone()),
                    }));
                    return;
                }
            },
        };
        for c in chunk {
            match c {
                Candidate::Personal(text) => {
                    match code::decode_into(&layout, text, &mut self.body, &mut self.answers) {
                        // Duplicates are found on the canonical symbols of the code (no
                        // second encoding, no string); the keys are kept for the
                        // differencing checks. Only a new code allocates (its key and
                        // its answers).
                        Ok(()) => {
                            if self.seen.contains(&self.body[..]) {
                                self.duplicates += 1;
                            } else {
                                let key = MemberKey::from(&self.body[..]);
                                self.seen.insert(key.clone());
                                self.codes.push(key);
                                self.responses.push(Answers(self.answers.clone()));
                            }
                        }
                        Err(e) => self.invalid.push(Invalid {
                            text: shorten(text),
                            error: InvalidError::Code(e),
                        }),
                    }
                }
                Candidate::Summary(text) => match team::summary_decode(q, text) {
                    Ok(s) => {
                        // Keyed on the decoded figures, so every spelling of one
                        // code (case, O for 0, I/L for 1, dashes) counts once.
                        if self
                            .seen_summaries
                            .insert(super::team::differencing::summary_key(&s))
                        {
                            self.summaries.push(s);
                        } else {
                            self.duplicates += 1;
                        }
                    }
                    Err(e) => self.invalid.push(Invalid {
                        text: shorten(text),
                        error: InvalidError::Summary(e),
                    }),
                },
            }
        }
        self.layout = Some(layout);
    }

    /// Reads a whole text at once.
    pub fn read(q: &Questionnaire, text: &str) -> Result<Intake, TextError> {
        let found = candidates(text)?;
        let mut i = Intake::default();
        i.reserve(found.len());
        i.feed(q, &found);
        Ok(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    /// The candidates of a text found piece by piece, for any piece size, are those of
    /// the whole text: codes wrapped over two lines or grouped with spaces, summaries,
    /// near misses, bare prefixes, blank lines, CRLF, CSV cells and full-width prefixes.
    #[test]
    fn pieces_find_what_the_whole_text_finds() {
        let q = q();
        let responses = five_members(&q);
        let summary = team::summary_encode(
            &q,
            &team::team_stats(&q, &responses, team::MinGroup::default()).unwrap(),
        );
        let mut text = String::new();
        for i in 0..40u8 {
            let c = code_for(&q, 1 + i % 5);
            match i % 10 {
                0 => text.push_str(&format!("{}\n{}\n", &c[..20], &c[20..])),
                1 => text.push_str(&format!("{} {} {}\n", &c[..12], &c[12..24], &c[24..])),
                2 => text.push_str(&format!("{summary}\n\n")),
                3 => text.push_str(&format!("LR1_{}\r\n", &c[4..])),
                4 => text.push_str("LR1-!!! and lr1- then\n"),
                5 => text.push_str(&format!("x,{},y\n", c.to_lowercase())),
                6 => text.push_str(&format!("\u{FF2C}\u{FF32}\u{FF11}\u{FF0D}{}\n", &c[4..])),
                _ => text.push_str(&format!("{c}\n")),
            }
        }
        let key = |c: &Candidate| format!("{c:?}");
        let mut whole: Vec<String> = candidates(&text).unwrap().iter().map(key).collect();
        whole.sort();
        for size in [1, 7, 50, 100, 333, 1000, text.len()] {
            let parts = pieces(&text, size);
            assert_eq!(parts.concat(), text);
            if size < 100 {
                assert!(parts.len() > 10, "size {size}: {} pieces", parts.len());
            }
            let mut finder = Finder::new(&text, size).unwrap();
            let mut found: Vec<String> = Vec::new();
            while let Some(piece) = finder.next_piece() {
                found.extend(piece.unwrap().iter().map(key));
            }
            found.sort();
            assert_eq!(found, whole, "size {size}");
        }
    }

    /// The shortcut of the near-miss search: no text that starts with a well-formed
    /// prefix is a near miss of either prefix, and the shortcut takes exactly those.
    #[test]
    fn a_well_formed_prefix_is_no_near_miss() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let pieces = [
            "L", "l", "R", "r", "S", "s", "1", "2", "0", "9", "-", "_", " ", "I", "\u{2013}",
            "\u{FF11}", "A", "Z", "\u{FF0D}",
        ];
        let heads = [
            "LR",
            "lr",
            "LRS",
            "lRs",
            "L",
            "LRSS",
            "\u{FF2C}\u{FF32}",
            "",
        ];
        let mut checked = 0;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..100_000 {
            let mut t = heads[(next() % heads.len() as u64) as usize].to_string();
            for _ in 0..(next() % 7) {
                t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let slow =
                code::prefix_slip(&t, "LRS").is_none() && code::prefix_slip(&t, "LR").is_none();
            if well_formed_prefix(t.as_bytes()) {
                assert!(slow, "{t:?} is taken for a near miss");
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
        for t in ["LR1-", "lr12-X", "LRS1-", "lrs999-", "LR1234-"] {
            assert!(well_formed_prefix(t.as_bytes()), "{t}");
        }
        for t in ["LR-", "LRS-", "LR1_", "LRI-", "LR1", "LRX1-", "L R1-"] {
            assert!(!well_formed_prefix(t.as_bytes()), "{t}");
        }
    }

    /// Too many candidates: the same error, with the whole text's count.
    #[test]
    fn pieces_report_too_many_codes_with_the_whole_count() {
        let text = "LR1-!!!\n".repeat(MAX_CANDIDATES + 7);
        let want = candidates(&text).unwrap_err();
        assert_eq!(
            want,
            TextError::TooManyCodes {
                found: MAX_CANDIDATES + 7
            }
        );
        let mut finder = Finder::new(&text, 4096).unwrap();
        let got = loop {
            match finder.next_piece() {
                Some(Ok(_)) => continue,
                Some(Err(e)) => break Some(e),
                None => break None,
            }
        };
        assert_eq!(got, Some(want));
        let big = "x".repeat(MAX_TEXT_BYTES + 1);
        assert!(matches!(
            Finder::new(&big, 4096),
            Err(TextError::TooLarge { .. })
        ));
    }

    /// Answers of 3 everywhere but the first question, which is `v`.
    fn member(q: &Questionnaire, v: u8) -> Answers {
        let mut a = Answers(vec![Some(Answer::Value(3)); q.question_count()]);
        a.set(0, Some(Answer::Value(v)));
        a
    }

    /// Five members who differ in their first answer (1 to 5).
    fn five_members(q: &Questionnaire) -> Vec<Answers> {
        (1..=5u8).map(|v| member(q, v)).collect()
    }

    fn code_for(q: &Questionnaire, v: u8) -> String {
        code::encode(q, &member(q, v)).expect("valid answers")
    }

    /// A code written whole is borrowed from the text, not copied; one written in
    /// groups over two lines is joined into a text of its own. Both read alike.
    #[test]
    fn whole_codes_are_borrowed_and_joined_ones_owned() {
        let q = q();
        let (a, b) = (code_for(&q, 2), code_for(&q, 4));
        let (head, tail) = b.split_at(b.len() / 2);
        let text = format!("{a}\n{head} \n {tail}\n");
        let found = candidates(&text).unwrap();
        assert!(
            matches!(&found[..], [Candidate::Personal(Cow::Borrowed(x)), Candidate::Personal(Cow::Owned(y))] if *x == a && *y == b),
            "{found:?}"
        );
        let mut intake = Intake::default();
        intake.feed(&q, &found);
        assert_eq!(intake.responses, vec![member(&q, 2), member(&q, 4)]);
    }

    /// The same summary spelled with O for 0 (and in lower case, with extra dashes)
    /// is one summary: duplicates are keyed on the decoded content.
    #[test]
    fn summary_duplicates_are_found_on_decoded_content() {
        let q = q();
        let responses = five_members(&q);
        let st = team::team_stats(&q, &responses, team::MinGroup::new(5)).unwrap();
        let code = team::summary_encode(&q, &st);
        let body = &code[team::SUMMARY_PREFIX.len()..];
        assert!(body.contains('0'), "the test needs a 0 to respell: {code}");
        let respelled = format!("{}{}", team::SUMMARY_PREFIX, body.replace('0', "O"));
        let dashed = format!("lrs1-{}-{}", &body[..10].to_lowercase(), &body[10..]);
        for text in [format!("{code}\n{respelled}"), format!("{code} {dashed}")] {
            let i = Intake::read(&q, &text).unwrap();
            assert_eq!(i.summaries.len(), 1, "{text}");
            assert_eq!(i.duplicates, 1, "{text}");
        }
    }

    #[test]
    fn any_layout_and_duplicates() {
        let q = q();
        let (a, b, c) = (code_for(&q, 1), code_for(&q, 2), code_for(&q, 3));
        let layouts = [
            format!("{a}\n{b}\n{c}\n{a}"),
            format!("{a}, {b},{c};{a}"),
            format!("\"{a}\"\t\"{b}\"\r\n{c} and again {a}."),
            format!(
                "Here are our codes: {a} (Ann's? no names!) {b} -- {c}\n\n{}",
                a.to_lowercase()
            ),
        ];
        for text in layouts {
            let i = Intake::read(&q, &text).expect("small text");
            assert_eq!(i.responses.len(), 3, "{text}");
            assert_eq!(i.duplicates, 1, "{text}");
            assert!(i.invalid.is_empty(), "{text}: {:?}", i.invalid);
            assert_eq!(i.codes.len(), 3);
        }
    }

    #[test]
    fn invalid_codes_are_listed_and_valid_ones_kept() {
        let q = q();
        let good = code_for(&q, 1);
        let typo = {
            let mut s: Vec<char> = good.chars().collect();
            s[10] = if s[10] == 'A' { 'B' } else { 'A' };
            s.into_iter().collect::<String>()
        };
        let short = good[..good.len() - 5].to_string();
        let text = format!("{good}\n{typo}\n{short}\nLR7-ABCDEF\n");
        let i = Intake::read(&q, &text).expect("small");
        assert_eq!(i.responses.len(), 1);
        assert_eq!(i.invalid.len(), 3, "{:?}", i.invalid);
        assert!(i.invalid.iter().any(|x| x.text == "LR7-ABCDEF"
            && x.error
                == InvalidError::Code(CodeError::UnsupportedVersion {
                    version: "7".into()
                })));
    }

    #[test]
    fn a_prefix_with_nothing_usable_after_it_is_listed() {
        let q = q();
        let good = code_for(&q, 1);
        let text = format!("{good}\nLR1-!!!\nnot a code: LR1- and LR1-, done; xLR1-?? LR1-€€");
        let i = Intake::read(&q, &text).expect("small");
        assert_eq!(i.responses.len(), 1);
        let listed: Vec<&str> = i.invalid.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(listed, vec!["LR1-!!!", "LR1-€€"], "{:?}", i.invalid);
        assert!(
            matches!(
                i.invalid[0].error,
                InvalidError::Code(CodeError::BadCharacter { ch: '!', .. })
            ),
            "{:?}",
            i.invalid[0]
        );
    }

    #[test]
    fn foreign_questionnaire_is_named() {
        let q = q();
        let mut other = q.clone();
        other.items.swap(0, 1);
        let a = Answers(vec![Some(Answer::Value(2)); other.question_count()]);
        let foreign = code::encode(&other, &a).expect("valid");
        let i = Intake::read(&q, &foreign).expect("small");
        assert_eq!(i.invalid.len(), 1);
        assert_eq!(
            i.invalid[0].error,
            InvalidError::Code(CodeError::QuestionnaireMismatch {
                code_fingerprint: other.fingerprint(),
                expected: q.fingerprint()
            })
        );
    }

    #[test]
    fn oversized_text_is_refused_with_a_reason() {
        let q = q();
        let big = " ".repeat(MAX_TEXT_BYTES + 1);
        let e = Intake::read(&q, &big).expect_err("too large");
        assert_eq!(
            e,
            TextError::TooLarge {
                bytes: MAX_TEXT_BYTES + 1
            }
        );
    }

    #[test]
    fn chunked_feeding_equals_whole() {
        let q = q();
        let text: String =
            (1..=5).map(|v| code_for(&q, v) + "\n").collect::<String>() + &code_for(&q, 2);
        let all = candidates(&text).expect("small");
        let whole = Intake::read(&q, &text).expect("small");
        let mut parts = Intake::default();
        for chunk in all.chunks(2) {
            parts.feed(&q, chunk);
        }
        assert_eq!(parts.responses, whole.responses);
        assert_eq!(parts.duplicates, whole.duplicates);
        assert_eq!(parts.codes, whole.codes);
    }

    #[test]
    fn summaries_are_not_read_as_personal_codes() {
        let found = find_summaries("x LRS1-ABC-DEF, lr1-zzz LRS-1 LRS12-9");
        assert_eq!(
            found.iter().map(|(_, _, s)| &**s).collect::<Vec<_>>(),
            vec!["LRS1-ABC-DEF", "LRS12-9"]
        );
    }
}
