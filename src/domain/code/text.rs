//! The text of codes: finding code-like runs in pasted text and reading
//! `<head><version>-<body>` into body symbols. Shared by result and summary codes.

/// The symbols written, by value (Crockford base-32).
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

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
