//! Interface strings, kept in Fluent (`.ftl`) files that translators already know.
//!
//! Only the part of Fluent the widget uses is read: `key = value` messages, `#` comments,
//! indented continuation lines and `{ $name }` variables. The full `fluent-bundle` crate would
//! cost about 52 KB gzip, a third of the widget's budget, for features these strings never use.

use std::collections::HashMap;

use super::text::Locale;

const EN: &str = include_str!("../../locales/en/ui.ftl");
const ES: &str = include_str!("../../locales/es/ui.ftl");
const AR: &str = include_str!("../../locales/ar/ui.ftl");

/// The interface strings for one language, with English behind any gap.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    messages: HashMap<String, String>,
    fallback: HashMap<String, String>,
}

/// A problem in an `.ftl` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    /// 1-based line number.
    pub line: usize,
    pub problem: &'static str,
}

impl Strings {
    /// The strings for `locale`.
    pub fn for_locale(locale: Locale) -> Strings {
        let source = source(locale);
        Strings {
            messages: parse_lenient(source),
            fallback: parse_lenient(EN),
        }
    }

    /// The message `key`, or the key itself if no language has it (a test keeps that from
    /// shipping).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.messages
            .get(key)
            .or_else(|| self.fallback.get(key))
            .map(String::as_str)
            .unwrap_or(key)
    }

    /// The message `key` with each `{ $name }` replaced by its value from `args`.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        substitute(self.get(key), args)
    }

    /// Whether any language has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key) || self.fallback.contains_key(key)
    }
}

/// The English source, for tests and tools.
pub fn english_source() -> &'static str {
    EN
}

/// The `.ftl` source for `locale`.
pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => EN,
        Locale::Es => ES,
        Locale::Ar => AR,
    }
}

fn parse_lenient(source: &str) -> HashMap<String, String> {
    parse(source).unwrap_or_default()
}

/// Parses an `.ftl` file, reporting every malformed line.
pub fn parse(source: &str) -> Result<HashMap<String, String>, Vec<FtlError>> {
    let mut messages: HashMap<String, String> = HashMap::new();
    let mut errors = Vec::new();
    let mut current: Option<String> = None;
    for (index, line) in source.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(' ') {
            match current.as_ref().and_then(|k| messages.get_mut(k)) {
                Some(value) => {
                    if !value.is_empty() {
                        value.push('\n');
                    }
                    value.push_str(line.trim());
                }
                None => errors.push(FtlError {
                    line: number,
                    problem: "an indented line must follow a message",
                }),
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            errors.push(FtlError {
                line: number,
                problem: "expected `key = value`",
            });
            continue;
        };
        let key = key.trim();
        let valid_key = key.starts_with(|c: char| c.is_ascii_alphabetic())
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_key {
            errors.push(FtlError {
                line: number,
                problem: "a key is letters, digits, `-` and `_`, starting with a letter",
            });
            continue;
        }
        if messages
            .insert(key.to_owned(), value.trim().to_owned())
            .is_some()
        {
            errors.push(FtlError {
                line: number,
                problem: "this key is defined twice",
            });
        }
        current = Some(key.to_owned());
    }
    if errors.is_empty() {
        Ok(messages)
    } else {
        Err(errors)
    }
}

/// Replaces every `{ $name }` in `template` with its value; unknown names are left as written.
pub fn substitute(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after[1..end].trim().trim_start_matches('$');
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}
