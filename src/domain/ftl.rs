//! A reader for the part of Fluent (`.ftl`) the widget's interface strings use: `key = value`
//! messages, `#` comments and indented continuation lines. `build.rs` compiles the string tables
//! with it; tests use it to check every language file.

use std::collections::HashMap;

/// A problem in an `.ftl` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    /// 1-based line number.
    pub line: usize,
    pub problem: &'static str,
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
