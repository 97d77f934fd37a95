//! The typed facts the JSON reader reports: what is wrong at a position of a text
//! (`Syntax`) and the kinds of values (`Kind`), worded by `i18n`.

/// What is wrong at a position of a JSON text (worded by `i18n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// More text after the end of the document.
    TrailingText,
    /// No value where one belongs.
    ExpectedValue,
    /// The text ends too early.
    UnexpectedEnd,
    /// Arrays or objects nested too deeply.
    TooDeep,
    /// An object key not in double quotes.
    ExpectedKey,
    /// No `:` after a key.
    ExpectedColon,
    /// A key used twice in one object.
    DuplicateKey,
    /// Neither `,` nor `}` after an object member.
    ExpectedCommaOrBrace,
    /// Neither `,` nor `]` after an array element.
    ExpectedCommaOrBracket,
    /// `\u` not followed by four hex digits.
    ExpectedHex,
    /// A string without its closing quote.
    UnterminatedString,
    /// A lone UTF-16 surrogate in a `\u` escape.
    UnpairedSurrogate,
    /// An unknown `\` escape.
    UnknownEscape,
    /// A control character inside a string.
    ControlCharacter,
    /// A malformed number.
    InvalidNumber,
}

/// A kind of JSON value, as named in shape problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}
