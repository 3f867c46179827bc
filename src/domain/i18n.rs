//! Interface strings, kept in Fluent (`.ftl`) files that translators already know.
//!
//! Only the part of Fluent the widget uses is read: `key = value` messages, `#` comments,
//! indented continuation lines and `{ $name }` variables. The full `fluent-bundle` crate would
//! cost about 52 KB gzip, a third of the widget's budget, for features these strings never use.
//! The files are parsed at build time (see `build.rs`); [`parse`] is shared with the build.

pub use super::ftl::{parse, FtlError};
use super::text::{Date, Locale};

const EN: &str = include_str!("../../locales/en/ui.ftl");
const ES: &str = include_str!("../../locales/es/ui.ftl");
const AR: &str = include_str!("../../locales/ar/ui.ftl");

/// The interface strings for one language, with English behind any gap.
///
/// `build.rs` parses every `locales/*/ui.ftl` when the crate is built (a malformed file fails the
/// build) and compiles each into a table sorted by key, so the widget carries no parser.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    messages: Table,
    fallback: Table,
}

/// `(key, message)` pairs sorted by key.
type Table = &'static [(&'static str, &'static str)];

mod tables {
    include!(concat!(env!("OUT_DIR"), "/strings.rs"));
}

fn lookup(table: Table, key: &str) -> Option<&'static str> {
    table
        .binary_search_by_key(&key, |(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

impl Strings {
    /// The strings for `locale`.
    pub fn for_locale(locale: Locale) -> Strings {
        let messages = match locale {
            Locale::En => tables::EN,
            Locale::Es => tables::ES,
            Locale::Ar => tables::AR,
        };
        Strings {
            messages,
            fallback: tables::EN,
        }
    }

    /// The message `key`, or the key itself if no language has it (a test keeps that from
    /// shipping).
    pub fn get<'a>(&self, key: &'a str) -> &'a str {
        lookup(self.messages, key)
            .or_else(|| lookup(self.fallback, key))
            .unwrap_or(key)
    }

    /// The message `key` with each `{ $name }` replaced by its value from `args`.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        substitute(self.get(key), args)
    }

    /// A date written out in this language, such as "21 November 2026", from the `month-N` and
    /// `date-long` messages, with the language's digits.
    pub fn long_date(&self, date: Date, locale: Locale) -> String {
        let month = format!("month-{}", date.month.clamp(1, 12));
        self.format(
            "date-long",
            &[
                ("day", &locale.number(usize::from(date.day))),
                ("month", self.get(&month)),
                ("year", &locale.number(usize::from(date.year))),
            ],
        )
    }

    /// Whether any language has `key`.
    pub fn has(&self, key: &str) -> bool {
        lookup(self.messages, key).is_some() || lookup(self.fallback, key).is_some()
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
