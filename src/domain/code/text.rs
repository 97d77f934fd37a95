//! The text of codes: finding code-like runs in pasted text and reading
//! `<head><version>-<body>` into body symbols. Shared by result and summary codes.

use std::borrow::Cow;

/// The symbols written, by value (Crockford base-32).
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#[cfg(test)]
thread_local! {
    /// Loop iterations of the code scanners on this thread ([`step`]); tests read it to
    /// check that the work on any input grows linearly with its length.
    pub(crate) static STEPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one iteration of a scanning loop over the input (code text and pasted text).
/// Compiled to nothing outside tests.
#[inline(always)]
pub(crate) fn step() {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + 1));
}

/// The first position at or after `from` that may hold the ASCII letter `letter` in
/// either case or the byte `extra` (`b.len()` when none does): the code searches skip the
/// bytes in between, eight at a time, and check the position themselves (bytes that
/// differ from `letter` only in bit 5, such as `@` for `` ` ``, may be returned too).
pub(crate) fn skip_to(b: &[u8], from: usize, letter: u8, extra: u8) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let (low, extra) = (ONES * u64::from(letter | 0x20), ONES * u64::from(extra));
    let hit = |c: u8| c | 0x20 == letter | 0x20 || c == extra as u8;
    let mut i = from;
    while i + 8 <= b.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        let w = u64::from_le_bytes(w);
        if has_zero((w | (ONES * 0x20)) ^ low) || has_zero(w ^ extra) {
            break;
        }
        i += 8;
    }
    while i < b.len() && !hit(b[i]) {
        i += 1;
    }
    #[cfg(test)]
    for _ in from..i {
        step();
    }
    i
}

/// Every `<head><1–3 digits>-` (head case-insensitive) followed by the longest run of
/// bytes accepted by `body`, with trailing dashes dropped; a prefix with nothing after
/// it is skipped. Returns each match with its byte offset. Linear time. Shared by the
/// searches for result codes and team summary codes.
pub(crate) fn find_prefixed<'a>(
    text: &'a str,
    head: &[u8],
    body: impl Fn(u8) -> bool,
) -> Vec<(usize, &'a str)> {
    let b = text.as_bytes();
    let h = head.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i + h + 1 < b.len() {
        step();
        // The first byte alone rules out almost every position: skip to the next that
        // may start the head.
        if let Some(&first) = head.first().filter(|c| !b[i].eq_ignore_ascii_case(c)) {
            i = skip_to(b, i + 1, first, first);
            continue;
        }
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
        while end < b.len() {
            step();
            if body(b[end]) {
                if b[end] != b'-' {
                    last = Some(end);
                }
                end += 1;
            } else if let Some(ch) = text[end..]
                .chars()
                .next()
                .filter(|c| special_char(*c).is_some())
                .filter(|c| !starts_prefix(&b[end + c.len_utf8()..], head))
            {
                // An invisible character inside a code (kept, so that reading the code
                // names it); dropped with trailing dashes when nothing follows it, and a
                // separator when the next code starts right after it.
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        match last {
            // The head, digits and accepted body bytes are ASCII, so these are char
            // boundaries.
            Some(k) => {
                out.push((i, &text[i..=k]));
                i = k + 1;
            }
            None => i = body_start,
        }
    }
    out
}

/// The most groups joined to a candidate: a result code of the built-in questionnaire
/// grouped in fours has 10 groups, a team summary code (about 80 symbols) 20, and in
/// threes 27; 40 leaves room for longer questionnaires.
pub(crate) const MAX_GROUPS: usize = 40;

/// The longest joined text tried: twice the longest code (a prefix and 512 symbols),
/// so dashes inside a genuine code never cut it off, while every checksum test of a
/// join reads a bounded text.
const MAX_JOINED_BYTES: usize = 1040;

/// Joins each candidate found by [`find_prefixed`] whose text is not `valid` with the
/// groups of `body` bytes that follow it after spaces or tabs with at most one line
/// break (a code grouped or wrapped), one group at a time and at most
/// [`MAX_GROUPS`], and keeps the join only when the joined text is `valid` (its
/// checksum holds: a wrong join passes with probability about 2^-30, so the join is
/// unambiguous). A group starting with `LR` is the next code, never joined, and joining
/// stops at [`MAX_JOINED_BYTES`]. Returns each candidate with its byte range in `text`
/// (its end is that of the last group joined). Linear time: every byte after a
/// candidate is looked at by the joins of that candidate only, and a candidate's joins
/// check at most [`MAX_GROUPS`] + 1 texts of at most [`MAX_JOINED_BYTES`] each.
pub(crate) fn join_groups<'a>(
    text: &'a str,
    found: Vec<(usize, &'a str)>,
    body: impl Fn(u8) -> bool,
    valid: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, Cow<'a, str>)> {
    let b = text.as_bytes();
    found
        .into_iter()
        .map(|(at, s)| {
            let mut end = at + s.len();
            // Copied only once a group is joined (most candidates are whole).
            let mut joined: Option<String> = None;
            let mut best = None;
            for n in 0..MAX_GROUPS {
                // Spaces and tabs, with at most one line break, then a group.
                let mut k = end;
                let mut breaks = 0;
                while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r' | b'\n') {
                    step();
                    breaks += usize::from(b[k] == b'\n');
                    k += 1;
                }
                let start = k;
                let is_prefix =
                    b.len() > start + 2 && b[start..start + 2].eq_ignore_ascii_case(b"LR");
                if is_prefix {
                    // The next code (not read through: the usual layout, one per line).
                    break;
                }
                while k < b.len() && body(b[k]) {
                    step();
                    k += 1;
                }
                let group = &text[start..k];
                if start == end
                    || breaks > 1
                    || group.is_empty()
                    || joined.as_ref().map_or(s.len(), String::len) + group.len() > MAX_JOINED_BYTES
                {
                    break;
                }
                // A candidate that is whole already is not joined (checked once).
                if n == 0 && valid(s) {
                    break;
                }
                let j = joined.get_or_insert_with(|| s.to_string());
                j.push_str(group.trim_end_matches('-'));
                end = k;
                if valid(j) {
                    best = joined.take().map(|j| (end, j));
                    break;
                }
            }
            match best {
                Some((end, joined)) => (at, end, Cow::Owned(joined)),
                None => (at, at + s.len(), Cow::Borrowed(s)),
            }
        })
        .collect()
}

/// Whether `b` starts with `<head><digit>` (head case-insensitive).
fn starts_prefix(b: &[u8], head: &[u8]) -> bool {
    b.len() > head.len()
        && b[..head.len()].eq_ignore_ascii_case(head)
        && b[head.len()].is_ascii_digit()
}

/// Value of an alphabet symbol, accepting lower case and Crockford's aliases.
pub(crate) fn symbol_value(c: u8) -> Option<u8> {
    let v = SYMBOLS[usize::from(c)];
    (v != NO_SYMBOL).then_some(v)
}

/// Marks a byte that is no symbol in [`SYMBOLS`].
const NO_SYMBOL: u8 = 0xFF;

/// The value of every byte as a symbol (case-insensitive; `O` is 0, `I` and `L` are 1),
/// or [`NO_SYMBOL`]: one look-up per byte of pasted text instead of a search of the
/// alphabet (which was most of the time spent finding codes in a large paste).
const SYMBOLS: [u8; 256] = {
    let mut t = [NO_SYMBOL; 256];
    let mut v = 0;
    while v < ALPHABET.len() {
        let c = ALPHABET[v];
        t[c as usize] = v as u8;
        t[c.to_ascii_lowercase() as usize] = v as u8;
        v += 1;
    }
    t[b'O' as usize] = 0;
    t[b'o' as usize] = 0;
    t[b'I' as usize] = 1;
    t[b'i' as usize] = 1;
    t[b'L' as usize] = 1;
    t[b'l' as usize] = 1;
    t
};

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
    /// The prefix is a near miss of `<head><version>-` (see [`prefix_slip`]).
    NearMiss {
        /// What was written where the prefix belongs.
        found: String,
        /// How it misses.
        slip: PrefixSlip,
        /// 1-based position of the slip.
        position: usize,
    },
}

/// A character that cannot be seen, or looks like an ordinary space, in a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialChar {
    /// U+200B zero-width space.
    ZeroWidthSpace,
    /// U+200C/U+200D zero-width (non-)joiner.
    ZeroWidthJoiner,
    /// U+2060 word joiner.
    WordJoiner,
    /// U+FEFF byte order mark.
    ByteOrderMark,
    /// U+00AD soft hyphen.
    SoftHyphen,
    /// U+00A0 no-break space.
    NoBreakSpace,
    /// U+202F narrow no-break space.
    NarrowNoBreakSpace,
    /// Another Unicode space.
    OtherSpace,
    /// U+200E/U+200F left-to-right or right-to-left mark.
    DirectionMark,
    /// U+202E right-to-left override.
    RightToLeftOverride,
    /// Another bidirectional control (embeddings, isolates).
    OtherDirectional,
}

/// Names invisible and space-like characters (`None` for ordinary ones).
pub fn special_char(ch: char) -> Option<SpecialChar> {
    use SpecialChar::*;
    Some(match ch {
        '\u{200B}' => ZeroWidthSpace,
        '\u{200C}' | '\u{200D}' => ZeroWidthJoiner,
        '\u{2060}' => WordJoiner,
        '\u{FEFF}' => ByteOrderMark,
        '\u{00AD}' => SoftHyphen,
        '\u{00A0}' => NoBreakSpace,
        '\u{202F}' => NarrowNoBreakSpace,
        '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => OtherSpace,
        '\u{200E}' | '\u{200F}' | '\u{061C}' => DirectionMark,
        '\u{202E}' => RightToLeftOverride,
        '\u{202A}'..='\u{202D}' | '\u{2066}'..='\u{2069}' => OtherDirectional,
        _ => return None,
    })
}

/// How a prefix misses `<head><version>-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrefixSlip {
    /// A letter where the version digit belongs (`LRI-`, `LRl-`).
    LetterForDigit(char),
    /// Another character where the dash after the version belongs (`LR1_`, `LR1 `,
    /// `LR1–`).
    Separator(char),
    /// The version digits are missing (`LR-`).
    NoVersion,
    /// Written in full-width characters (`ＬＲ１－`).
    FullWidth,
}

/// Characters people or word processors put where the dash belongs.
const SEPARATOR_SLIPS: &[char] = &[
    '_', ' ', '\u{2013}', '\u{2014}', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2212}', '.', ':',
    '/', '=', '\u{00A0}',
];

/// Whether `text` starts with a near miss of `<head><version>-` (head ASCII, compared
/// case-insensitively): returns what was written (up to the slip and one character
/// more), the slip and its 1-based character position. `None` for a correct prefix and
/// for text that is not close.
pub fn prefix_slip(text: &str, head: &str) -> Option<(String, PrefixSlip, usize)> {
    let chars: Vec<char> = text.chars().take(8).collect();
    let h = head.chars().count();
    let found = |n: usize| chars.iter().take(n).collect::<String>();
    // Full width: Ｌ (U+FF2C) is L + 0xFEE0.
    let full = |c: char| char::from_u32(u32::from(c).wrapping_sub(0xFEE0));
    // The character after the head must be one a prefix of this head can have there
    // (a digit, the dash, or a letter for the digit), so that a full-width summary
    // code (`ＬＲＳ１－`) is not taken for a near miss of a result code (`LR`).
    let full_head = chars.len() > h
        && head
            .chars()
            .zip(&chars)
            .all(|(a, &c)| full(c).is_some_and(|f| f.eq_ignore_ascii_case(&a)))
        && full(chars[h])
            .is_some_and(|f| f.is_ascii_digit() || matches!(f, '-' | 'I' | 'i' | 'l' | 'L'));
    if full_head {
        let n = chars
            .iter()
            .take_while(|&&c| ('\u{FF01}'..='\u{FF5E}').contains(&c))
            .count()
            .min(h + 2);
        return Some((found(n), PrefixSlip::FullWidth, 1));
    }
    if chars.len() <= h
        || !head
            .chars()
            .zip(&chars)
            .all(|(a, c)| c.eq_ignore_ascii_case(&a))
    {
        return None;
    }
    let c = chars[h];
    if c == '-' {
        return Some((found(h + 1), PrefixSlip::NoVersion, h + 1));
    }
    if matches!(c, 'I' | 'i' | 'l' | 'L' | '|') {
        let sep = chars.get(h + 1)?;
        return (*sep == '-' || SEPARATOR_SLIPS.contains(sep))
            .then(|| (found(h + 2), PrefixSlip::LetterForDigit(c), h + 1));
    }
    let digits = chars[h..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let sep = *chars.get(h + digits)?;
    SEPARATOR_SLIPS.contains(&sep).then(|| {
        (
            found(h + digits + 1),
            PrefixSlip::Separator(sep),
            h + digits + 1,
        )
    })
}

/// Reads `<head><version>-<body>` (head case-insensitive, surrounding whitespace, and
/// dashes, spaces and line breaks in the body ignored): checks the head, the version and every body character,
/// and returns the body symbols. Shared by result codes and team summary codes.
pub(crate) fn parse_text(
    text: &str,
    head: &[u8],
    version: &str,
    max_body: usize,
) -> Result<Vec<u8>, TextFault> {
    let mut body = Vec::new();
    parse_text_into(text, head, version, max_body, &mut body)?;
    Ok(body)
}

/// [`parse_text`] into a buffer the caller reuses (cleared first): reading thousands of
/// codes then allocates nothing per code. On an error the buffer's content is
/// unspecified.
pub(crate) fn parse_text_into(
    text: &str,
    head: &[u8],
    version: &str,
    max_body: usize,
    body: &mut Vec<u8>,
) -> Result<(), TextFault> {
    body.clear();
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
    let near_miss = || {
        // A near miss of this head's prefix; the two heads never claim each other's
        // slips (`LRSI-` is no near miss of `LR1-`, `LR1_` none of `LRS1-`).
        let head = std::str::from_utf8(head).unwrap_or("");
        match prefix_slip(text, head) {
            Some((found, slip, position)) => TextFault::NearMiss {
                found,
                slip,
                position,
            },
            None => wrong_prefix(),
        }
    };
    if bytes.len() < h || !bytes[..h].eq_ignore_ascii_case(head) {
        return Err(near_miss());
    }
    let digits = bytes[h..].iter().take_while(|c| c.is_ascii_digit()).count();
    let dash = h + digits;
    if digits == 0 || bytes.get(dash) != Some(&b'-') {
        return Err(near_miss());
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
    let mut count = 0usize;
    // Byte by byte: every character of a valid body is ASCII, and the first character
    // that is not is a bad one (no symbol or separator is), found at the byte offset
    // `k`, which is then also its character offset.
    for (k, &c) in bytes[dash + 1..].iter().enumerate() {
        step();
        // Dashes, and spaces or line breaks of a code grouped or wrapped, are joined.
        if matches!(c, b'-' | b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        match symbol_value(c) {
            Some(v) => {
                count += 1;
                if count <= max_body {
                    body.push(v);
                }
            }
            None => {
                // All before is ASCII, so `dash + 1 + k` is a char boundary.
                let ch = text[dash + 1 + k..].chars().next().unwrap_or('\u{FFFD}');
                return Err(TextFault::BadCharacter {
                    ch,
                    position: dash + 2 + k,
                });
            }
        }
    }
    if count > max_body {
        return Err(TextFault::TooLong(count));
    }
    Ok(())
}

/// [`parse_text`] as it was before reading byte by byte (character by character), kept
/// to check that the two agree on every input.
#[cfg(test)]
pub(crate) fn parse_text_reference(
    text: &str,
    head: &[u8],
    version: &str,
    max_body: usize,
) -> Result<Vec<u8>, TextFault> {
    let trimmed = text.trim();
    let mut prefix_only = Vec::new();
    // The head and version checks are shared: run them on the prefix alone.
    let bytes = trimmed.as_bytes();
    let h = head.len();
    let digits = bytes
        .get(h..)
        .map_or(0, |b| b.iter().take_while(|c| c.is_ascii_digit()).count());
    let dash = h + digits;
    let well_formed = bytes.len() >= h
        && bytes[..h].eq_ignore_ascii_case(head)
        && digits > 0
        && bytes.get(dash) == Some(&b'-');
    if !well_formed || &trimmed[h..dash] != version {
        return parse_text_into(text, head, version, max_body, &mut prefix_only)
            .map(|()| prefix_only);
    }
    let mut body = Vec::new();
    let mut count = 0usize;
    for (k, ch) in trimmed[dash + 1..].chars().enumerate() {
        if matches!(ch, '-' | ' ' | '\t' | '\n' | '\r') {
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
