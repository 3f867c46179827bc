//! A small, strict JSON reader and writer for the counsellor's configuration.
//!
//! The widget's size budget has no room for a general JSON library at run time, and the
//! configuration is small, so this module reads exactly RFC 8259 JSON (plus an ignored leading
//! byte order mark, which the RFC allows). It is strict where leniency would
//! hide a counsellor's mistake: a name given twice in one group is an error, not "last one wins".
//! Input is bounded ([`MAX_BYTES`], [`MAX_DEPTH`]) so that no input can exhaust memory or the
//! stack, and every error carries a 1-based line and column for the message the counsellor sees.
//!
//! [`escape`] writes a string literal that is also safe to paste inside an HTML page.

use std::fmt;

/// The longest text [`parse`] reads, in bytes (32 KiB).
pub const MAX_BYTES: usize = 32 * 1024;

/// The deepest nesting of lists and groups [`parse`] accepts.
pub const MAX_DEPTH: usize = 16;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number; always finite.
    Number(f64),
    /// A string, with escapes decoded.
    String(String),
    /// An array, in order.
    Array(Vec<Json>),
    /// An object's members in the order written; names are unique.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member called `key`, if this is an object that has one.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Compact JSON text: no spaces, members in order, strings through [`escape`]. A number that is
/// not finite (which [`parse`] never produces) is written as `null`.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) if !n.is_finite() => f.write_str("null"),
            Json::Number(n) => write!(f, "{n}"),
            Json::String(s) => f.write_str(&escape(s)),
            Json::Array(items) => {
                f.write_str("[")?;
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (n, (key, value)) in members.iter().enumerate() {
                    if n > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{value}", escape(key))?;
                }
                f.write_str("}")
            }
        }
    }
}

/// What is wrong with a JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The text is longer than [`MAX_BYTES`].
    TooLarge,
    /// Lists and groups are nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The text stops in the middle of a value.
    UnexpectedEnd,
    /// Something other than a value where a value belongs.
    ExpectedValue,
    /// A word without quotes where a value belongs, such as `es` instead of `"es"`.
    UnquotedText,
    /// Single quotes around a name or text.
    SingleQuotes,
    /// Curly quotes (“ ” ‘ ’), as word processors type them, instead of straight ones.
    CurlyQuotes,
    /// Something other than a name in double quotes where a member's name belongs.
    ExpectedName,
    /// A comma right before `}` or `]`.
    TrailingComma,
    /// No `:` after a member's name.
    ExpectedColon,
    /// No `,` or `]` after an item of a list.
    ExpectedCommaOrBracket,
    /// No `,` or `}` after a member of a group.
    ExpectedCommaOrBrace,
    /// A string never closed.
    UnterminatedString,
    /// A raw line break, tab or other control character inside a string.
    ControlCharacter,
    /// A backslash followed by something that is not an escape.
    InvalidEscape,
    /// `\u` not followed by four hex digits.
    InvalidUnicodeEscape,
    /// A `\u` escape naming half of a surrogate pair without the other half.
    LoneSurrogate,
    /// A number not written as JSON numbers are (`01`, `1.`, `.5`, `+1`, `1e`).
    InvalidNumber,
    /// A number too large to represent.
    NumberTooLarge,
    /// The same name twice in one object.
    DuplicateName(String),
    /// More text after the value ends.
    TrailingText,
}

impl fmt::Display for JsonErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonErrorKind::TooLarge => write!(f, "the text is longer than 32 KiB"),
            JsonErrorKind::TooDeep => write!(
                f,
                "lists and groups are nested more than {MAX_DEPTH} levels deep"
            ),
            JsonErrorKind::UnexpectedEnd => write!(f, "the text ends too soon"),
            JsonErrorKind::ExpectedValue => write!(
                f,
                "expected a value: text in double quotes, a number, true, false, null, a list or a group"
            ),
            JsonErrorKind::UnquotedText => write!(f, "text must be in double quotes (\")"),
            JsonErrorKind::SingleQuotes => {
                write!(f, "use double quotes (\") instead of single quotes (')")
            }
            JsonErrorKind::CurlyQuotes => {
                write!(f, "use straight double quotes (\") instead of curly quotes")
            }
            JsonErrorKind::ExpectedName => write!(f, "expected a name in double quotes"),
            JsonErrorKind::TrailingComma => {
                write!(f, "remove the comma before the closing bracket")
            }
            JsonErrorKind::ExpectedColon => write!(f, "expected a colon (:) after the name"),
            JsonErrorKind::ExpectedCommaOrBracket => write!(f, "expected a comma or ]"),
            JsonErrorKind::ExpectedCommaOrBrace => write!(f, "expected a comma or }}"),
            JsonErrorKind::UnterminatedString => {
                write!(f, "the text in quotes is never closed")
            }
            JsonErrorKind::ControlCharacter => write!(
                f,
                "a line break or tab inside quotes must be written as \\n or \\t"
            ),
            JsonErrorKind::InvalidEscape => write!(f, "unknown escape after a backslash (\\)"),
            JsonErrorKind::InvalidUnicodeEscape => {
                write!(f, "\\u must be followed by four hex digits")
            }
            JsonErrorKind::LoneSurrogate => {
                write!(f, "\\u escape names half of a character without the other half")
            }
            JsonErrorKind::InvalidNumber => write!(f, "this is not a valid number"),
            JsonErrorKind::NumberTooLarge => write!(f, "this number is too large"),
            JsonErrorKind::DuplicateName(name) => {
                write!(f, "the name {} appears twice in the same group", escape(name))
            }
            JsonErrorKind::TrailingText => write!(f, "unexpected text after the end"),
        }
    }
}

/// Why and where a JSON text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong.
    pub kind: JsonErrorKind,
    /// 1-based line; lines end at `\n`.
    pub line: usize,
    /// 1-based column, counted in characters (Unicode scalar values) from the line's start.
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.kind
        )
    }
}

impl std::error::Error for JsonError {}

/// Reads one JSON value that makes up the whole of `text` (surrounding whitespace allowed).
///
/// ```
/// use missing_pieces_domain::json::{parse, Json};
/// assert_eq!(parse(r#"{"a": [true]}"#).unwrap().get("a"), Some(&Json::Array(vec![Json::Bool(true)])));
/// assert_eq!(parse("{\"a\": 1 \"b\": 2}").unwrap_err().to_string(), "line 1, column 9: expected a comma or }");
/// ```
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_BYTES {
        return Err(JsonError {
            kind: JsonErrorKind::TooLarge,
            line: 1,
            column: 1,
        });
    }
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut parser = Parser { text, pos: start };
    parser.skip_whitespace();
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.pos < text.len() {
        return Err(parser.error(JsonErrorKind::TrailingText));
    }
    Ok(value)
}

/// A JSON string literal for `s`, quotes included.
///
/// Besides what JSON requires (`"`, `\` and control characters), `<`, `>`, `&`, `'`, U+2028 and
/// U+2029 are written as `\u` escapes, so the literal is safe inside an HTML `<script>` block or
/// attribute and inside JavaScript source.
///
/// ```
/// use missing_pieces_domain::json::escape;
/// assert_eq!(escape("a\"b</script>"), r#""a\"b\u003c/script\u003e""#);
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\'' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A cursor over the text. `pos` is a byte offset that always sits on a character boundary.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
    }

    fn error(&self, kind: JsonErrorKind) -> JsonError {
        self.error_at(self.pos, kind)
    }

    fn error_at(&self, pos: usize, kind: JsonErrorKind) -> JsonError {
        let before = self.text.get(..pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        JsonError {
            kind,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The error for a character that cannot start a value.
    fn not_a_value(&self) -> JsonError {
        self.error(match self.peek_char() {
            None => JsonErrorKind::UnexpectedEnd,
            Some('\'') => JsonErrorKind::SingleQuotes,
            Some('“' | '”' | '‘' | '’' | '„') => JsonErrorKind::CurlyQuotes,
            Some(c) if c.is_ascii_alphabetic() => JsonErrorKind::UnquotedText,
            Some(_) => JsonErrorKind::ExpectedValue,
        })
    }

    /// A value; `depth` is the number of lists and groups it sits inside.
    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            Some(b'{' | b'[') if depth >= MAX_DEPTH => Err(self.error(JsonErrorKind::TooDeep)),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'a'..=b'z' | b'A'..=b'Z') => self.literal(),
            _ => Err(self.not_a_value()),
        }
    }

    fn literal(&mut self) -> Result<Json, JsonError> {
        let rest = &self.text[self.pos..];
        let word_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        let value = match &rest[..word_len] {
            "true" => Json::Bool(true),
            "false" => Json::Bool(false),
            "null" => Json::Null,
            _ => return Err(self.error(JsonErrorKind::UnquotedText)),
        };
        self.pos += word_len;
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.pos += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') if !members.is_empty() => {
                    return Err(self.error(JsonErrorKind::TrailingComma))
                }
                _ => {
                    let e = self.not_a_value();
                    return Err(match e.kind {
                        JsonErrorKind::ExpectedValue | JsonErrorKind::UnquotedText => {
                            self.error(JsonErrorKind::ExpectedName)
                        }
                        _ => e,
                    });
                }
            }
            let name_pos = self.pos;
            let name = self.string()?;
            if members.iter().any(|(k, _)| *k == name) {
                return Err(self.error_at(name_pos, JsonErrorKind::DuplicateName(name)));
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(JsonErrorKind::ExpectedColon)),
            }
            self.skip_whitespace();
            let value = self.value(depth)?;
            members.push((name, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(JsonErrorKind::ExpectedCommaOrBrace)),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_whitespace();
            if self.peek() == Some(b']') {
                return Err(self.error(JsonErrorKind::TrailingComma));
            }
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(JsonErrorKind::ExpectedCommaOrBracket)),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character in one go.
            let rest = &self.text[self.pos..];
            let run = rest
                .find(|c: char| c == '"' || c == '\\' || c < ' ')
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            self.pos += run;
            match self.peek() {
                None => return Err(self.error_at(open, JsonErrorKind::UnterminatedString)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape_sequence()?),
                Some(_) => return Err(self.error(JsonErrorKind::ControlCharacter)),
            }
        }
    }

    /// Decodes the escape at `pos` (a backslash), surrogate pairs included.
    fn escape_sequence(&mut self) -> Result<char, JsonError> {
        let start = self.pos;
        self.pos += 1;
        let simple = match self.peek() {
            None => return Err(self.error_at(start, JsonErrorKind::UnexpectedEnd)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4(start)?;
                return match unit {
                    0xD800..=0xDBFF => {
                        if !self.text[self.pos..].starts_with("\\u") {
                            return Err(self.error_at(start, JsonErrorKind::LoneSurrogate));
                        }
                        let low_start = self.pos;
                        self.pos += 2;
                        let low = self.hex4(low_start)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error_at(start, JsonErrorKind::LoneSurrogate));
                        }
                        let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(code)
                            .ok_or_else(|| self.error_at(start, JsonErrorKind::LoneSurrogate))
                    }
                    0xDC00..=0xDFFF => Err(self.error_at(start, JsonErrorKind::LoneSurrogate)),
                    _ => char::from_u32(unit)
                        .ok_or_else(|| self.error_at(start, JsonErrorKind::LoneSurrogate)),
                };
            }
            Some(_) => return Err(self.error_at(start, JsonErrorKind::InvalidEscape)),
        };
        self.pos += 1;
        Ok(simple)
    }

    /// Four hex digits at `pos`; errors point at the escape's backslash, `start`.
    fn hex4(&mut self, start: usize) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error_at(start, JsonErrorKind::InvalidUnicodeEscape))?;
        let value = u32::from_str_radix(digits, 16)
            .map_err(|_| self.error_at(start, JsonErrorKind::InvalidUnicodeEscape))?;
        self.pos += 4;
        Ok(value)
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        let invalid = |p: &Self| p.error_at(start, JsonErrorKind::InvalidNumber);
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(invalid(self));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(invalid(self)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(invalid(self));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(invalid(self));
            }
            self.digits();
        }
        let n = number_value(&self.text[start..self.pos]);
        if n.is_finite() {
            Ok(Json::Number(n))
        } else {
            Err(self.error_at(start, JsonErrorKind::NumberTooLarge))
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }
}

/// The value of a number the parser has already checked against JSON's grammar.
///
/// Exact (correctly rounded) when the digits fit in 2^53 and the power of ten is at most 22,
/// which covers every number settings could hold; beyond that, close. The standard library's
/// exact parser would add about 25 KB of tables and code to the widget for numbers it never reads.
fn number_value(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (significand, exponent) = match text.find(['e', 'E']) {
        Some(at) => (
            &text[..at],
            text[at + 1..].parse::<i32>().unwrap_or(i32::MAX),
        ),
        None => (text, 0),
    };
    let (whole, fraction) = significand.split_once('.').unwrap_or((significand, ""));
    let digits = whole
        .bytes()
        .chain(fraction.bytes())
        .skip_while(|b| *b == b'0');
    let mut mantissa: u64 = 0;
    let mut dropped: i32 = 0;
    for digit in digits {
        if mantissa < (1 << 53) / 10 {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
        } else {
            dropped += 1;
        }
    }
    let power = exponent
        .saturating_add(dropped)
        .saturating_sub(fraction.len() as i32);
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = mantissa as f64;
    let value = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&power) {
        m * EXACT[power as usize]
    } else if (-22..0).contains(&power) {
        m / EXACT[(-power) as usize]
    } else {
        m * 10f64.powi(power)
    };
    if negative {
        -value
    } else {
        value
    }
}
