//! A small JSON reader and writer for the few documents the widget handles at run time
//! (a custom questionnaire, saved progress, downloads), plus typed field access that
//! names every problem by its JSON path.
//!
//! It replaces serde/serde_json in the wasm build (about 40 KB gzip of parser, derive
//! and float code). Numbers are kept as their source text: the documents read at run
//! time hold only whole numbers, so no float parser is linked; numbers written are
//! formatted with [`super::fixed`].

use std::fmt::Write as _;

pub use super::json_kinds::{Kind, Syntax};
use super::problem::{Expected, Found, Reason};

/// Deepest nesting accepted (arrays and objects), so hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value. Objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number as written in the source (validated JSON number syntax).
    Num(String),
    /// A string (escapes resolved).
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object: keys and values in document order.
    Obj(Vec<(String, Value)>),
}

/// A syntax error with its 1-based position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// What was wrong there.
    pub reason: Syntax,
}

/// Parses a whole document. Never panics.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.ws();
    let v = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err(Syntax::TrailingText));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, reason: Syntax) -> SyntaxError {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        // Columns count characters, not bytes.
        let column = 1 + upto[line_start..]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count();
        SyntaxError {
            line,
            column,
            reason,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn lit(&mut self, word: &'static [u8], v: Value) -> Result<Value, SyntaxError> {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err(Syntax::ExpectedValue))
        }
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        match self.peek() {
            None => Err(self.err(Syntax::UnexpectedEnd)),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::Str),
            Some(b't') => self.lit(b"true", Value::Bool(true)),
            Some(b'f') => self.lit(b"false", Value::Bool(false)),
            Some(b'n') => self.lit(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err(Syntax::ExpectedValue)),
        }
    }

    fn nested(
        &mut self,
        f: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.err(Syntax::TooDeep));
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Obj(out));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err(Syntax::ExpectedKey));
            }
            let key = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.err(Syntax::ExpectedColon));
            }
            self.i += 1;
            self.ws();
            let v = self.value()?;
            if out.iter().any(|(k, _): &(String, Value)| *k == key) {
                return Err(self.err(Syntax::DuplicateKey));
            }
            out.push((key, v));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Obj(out));
                }
                _ => return Err(self.err(Syntax::ExpectedCommaOrBrace)),
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Arr(out));
        }
        loop {
            self.ws();
            out.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Arr(out));
                }
                _ => return Err(self.err(Syntax::ExpectedCommaOrBracket)),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(self.err(Syntax::ExpectedHex)),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and we stop only at ASCII bytes: valid UTF-8.
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default());
            match self.peek() {
                None => return Err(self.err(Syntax::UnterminatedString)),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.s[self.i..].starts_with(b"\\u") {
                                    return Err(self.err(Syntax::UnpairedSurrogate));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.err(Syntax::UnpairedSurrogate));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(
                                char::from_u32(code)
                                    .ok_or_else(|| self.err(Syntax::UnpairedSurrogate))?,
                            );
                            continue;
                        }
                        _ => return Err(self.err(Syntax::UnknownEscape)),
                    };
                    out.push(c);
                    self.i += 1;
                }
                Some(_) => return Err(self.err(Syntax::ControlCharacter)),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.err(Syntax::InvalidNumber));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err(Syntax::InvalidNumber));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err(Syntax::InvalidNumber));
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        Ok(Value::Num(text.to_string()))
    }
}

impl Value {
    /// A whole number in 0..=u64::MAX written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Num(t) if !t.contains(['.', 'e', 'E', '-']) => t.parse().ok(),
            _ => None,
        }
    }

    /// A whole number in the `i64` range written without fraction or exponent.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Num(t) if !t.contains(['.', 'e', 'E']) => t.parse().ok(),
            _ => None,
        }
    }

    /// The value of an object's key.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages ("a string", "an array", …).
    pub fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Num(_) => Kind::Number,
            Value::Str(_) => Kind::String,
            Value::Arr(_) => Kind::Array,
            Value::Obj(_) => Kind::Object,
        }
    }
}

/// Writes a string literal with the escapes JSON needs.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes a value; `indent` = Some(level) pretty-prints with two spaces per level.
pub fn write(out: &mut String, v: &Value, indent: Option<usize>) {
    let newline = |out: &mut String, level: usize| {
        if indent.is_some() {
            out.push('\n');
            for _ in 0..level {
                out.push_str("  ");
            }
        }
    };
    let level = indent.unwrap_or(0);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(t) => out.push_str(t),
        Value::Str(s) => write_str(out, s),
        Value::Arr(items) if items.is_empty() => out.push_str("[]"),
        Value::Obj(fields) if fields.is_empty() => out.push_str("{}"),
        Value::Arr(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, level + 1);
                write(out, x, indent.map(|l| l + 1));
            }
            newline(out, level);
            out.push(']');
        }
        Value::Obj(fields) => {
            out.push('{');
            for (i, (k, x)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, level + 1);
                write_str(out, k);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write(out, x, indent.map(|l| l + 1));
            }
            newline(out, level);
            out.push('}');
        }
    }
}

impl Value {
    /// Compact text.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        write(&mut s, self, None);
        s
    }

    /// Pretty-printed text (two spaces per level).
    pub fn to_pretty(&self) -> String {
        let mut s = String::new();
        write(&mut s, self, Some(0));
        s
    }
}

/// Builds an object value from key/value pairs.
pub fn obj<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Obj(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Num(n.to_string())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Num(n.to_string())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Num(n.to_string())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// A number with at most `decimals` places (trailing zeros dropped); `None`/non-finite → null.
pub fn num(v: Option<f64>, decimals: u32) -> Value {
    match v {
        Some(x) if x.is_finite() => Value::Num(super::fixed::fixed_trim(x, decimals)),
        _ => Value::Null,
    }
}

/// Reads the fields of one JSON object, reporting problems with their JSON path.
/// Keys not taken by the time of [`Fields::finish`] are reported as unknown.
pub struct Fields<'a, 'p> {
    path: &'a str,
    fields: &'a [(String, Value)],
    taken: Vec<bool>,
    out: &'p mut Vec<(String, Reason)>,
}

impl<'a, 'p> Fields<'a, 'p> {
    /// Starts reading `v` as an object; `None` (after recording a problem) if it is not one.
    pub fn of(v: &'a Value, path: &'a str, out: &'p mut Vec<(String, Reason)>) -> Option<Self> {
        match v {
            Value::Obj(fields) => Some(Fields {
                path,
                fields,
                taken: vec![false; fields.len()],
                out,
            }),
            other => {
                out.push((
                    path.to_string(),
                    Reason::Expected(Expected::Object, Found::Kind(other.kind())),
                ));
                None
            }
        }
    }

    /// The path of a key below this object.
    pub fn path_of(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// An optional key (absent or null → `None`).
    pub fn opt(&mut self, key: &str) -> Option<&'a Value> {
        let i = self.fields.iter().position(|(k, _)| k == key)?;
        self.taken[i] = true;
        match &self.fields[i].1 {
            Value::Null => None,
            v => Some(v),
        }
    }

    /// A required key; records "missing field" when absent.
    pub fn req(&mut self, key: &str) -> Option<&'a Value> {
        let v = self.opt(key);
        if v.is_none() {
            let path = self.path_of(key);
            self.out.push((path, Reason::MissingField));
        }
        v
    }

    /// Records a problem at a path.
    pub fn problem(&mut self, path: String, reason: Reason) {
        self.out.push((path, reason));
    }

    /// Where problems go, for reading nested values.
    pub fn out(&mut self) -> &mut Vec<(String, Reason)> {
        self.out
    }

    /// Reports every key that was not read.
    pub fn finish(self) {
        for ((k, _), taken) in self.fields.iter().zip(&self.taken) {
            if !taken {
                self.out
                    .push((format!("{}.{k}", self.path), Reason::UnknownField));
            }
        }
    }
}

/// Reads a string, or records what was found instead.
pub fn string(v: &Value, path: &str, out: &mut Vec<(String, Reason)>) -> String {
    match v {
        Value::Str(s) => s.clone(),
        other => {
            out.push((
                path.to_string(),
                Reason::Expected(Expected::String, Found::Kind(other.kind())),
            ));
            String::new()
        }
    }
}

/// Reads an array's elements with their paths, or records what was found instead.
pub fn array<'a>(
    v: &'a Value,
    path: &str,
    out: &mut Vec<(String, Reason)>,
) -> Vec<(String, &'a Value)> {
    match v {
        Value::Arr(items) => items
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("{path}[{i}]"), x))
            .collect(),
        other => {
            out.push((
                path.to_string(),
                Reason::Expected(Expected::Array, Found::Kind(other.kind())),
            ));
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value() {
        let v =
            parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#)
                .expect("valid");
        assert_eq!(
            v,
            Value::Obj(vec![
                (
                    "a".into(),
                    Value::Arr(vec![
                        Value::Num("1".into()),
                        Value::Num("-2.5e3".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("b".into(), Value::Str("x\"\\/\né😀".into())),
            ])
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        for (text, line, column, reason) in [
            ("{\n  \"a\": tru\n}", 2, 8, Syntax::ExpectedValue),
            ("[1, 2", 1, 6, Syntax::ExpectedCommaOrBracket),
            ("{\"a\" 1}", 1, 6, Syntax::ExpectedColon),
            ("[01]", 1, 4, Syntax::InvalidNumber),
            ("\"é\u{1}\"", 1, 3, Syntax::ControlCharacter),
            ("{\"a\":1,\"a\":2}", 1, 13, Syntax::DuplicateKey),
            ("[1] x", 1, 5, Syntax::TrailingText),
            ("", 1, 1, Syntax::UnexpectedEnd),
            ("\"\\ud800x\"", 1, 8, Syntax::UnpairedSurrogate),
        ] {
            let e = parse(text).expect_err(text);
            assert_eq!(
                (e.line, e.column, e.reason),
                (line, column, reason),
                "{text}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().reason, Syntax::TooDeep);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn whole_numbers_only_for_u64() {
        assert_eq!(parse("42").unwrap().as_u64(), Some(42));
        assert_eq!(
            parse("18446744073709551615").unwrap().as_u64(),
            Some(u64::MAX)
        );
        assert_eq!(parse("18446744073709551616").unwrap().as_u64(), None);
        assert_eq!(parse("4.0").unwrap().as_u64(), None);
        assert_eq!(parse("-1").unwrap().as_u64(), None);
        assert_eq!(parse("1e2").unwrap().as_u64(), None);
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"a":[1,null,{"b":"q\"\n\u0001"}],"c":{},"d":[]}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.to_text(), text);
        assert_eq!(parse(&v.to_pretty()).unwrap(), v);
        assert_eq!(
            obj([("x", 1usize.into()), ("y", Value::Arr(vec![true.into()]))]).to_pretty(),
            "{\n  \"x\": 1,\n  \"y\": [\n    true\n  ]\n}"
        );
    }

    #[test]
    fn fields_report_missing_unknown_and_wrong_types_by_path() {
        let v = parse(r#"{"id": 3, "extra": 1, "list": "x"}"#).unwrap();
        let mut out = Vec::new();
        let mut f = Fields::of(&v, "$", &mut out).unwrap();
        let id = f.req("id").map(|v| string(v, "$.id", f.out()));
        let _ = f.req("name");
        let list = f.req("list").map(|v| array(v, "$.list", f.out()).len());
        f.finish();
        assert_eq!(id.as_deref(), Some(""));
        assert_eq!(list, Some(0));
        assert_eq!(
            out,
            vec![
                (
                    "$.id".into(),
                    Reason::Expected(Expected::String, Found::Kind(Kind::Number))
                ),
                ("$.name".into(), Reason::MissingField),
                (
                    "$.list".into(),
                    Reason::Expected(Expected::Array, Found::Kind(Kind::String))
                ),
                ("$.extra".into(), Reason::UnknownField),
            ]
        );
    }
}
