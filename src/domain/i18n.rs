//! Interface strings, kept in Fluent (`.ftl`) files that translators already know.
//!
//! Only the part of Fluent the widget uses is read: `key = value` messages, `#` comments,
//! indented continuation lines and `{ $name }` variables. The full `fluent-bundle` crate would
//! cost about 52 KB gzip, a third of the widget's budget, for features these strings never use.
//! The files are parsed at build time (see `build.rs`), which also refuses any other Fluent
//! syntax with the file and line (`build/fluent_check.rs`); [`parse`] is shared with the build.

pub use super::ftl::{parse, FtlError};
use super::text::{Date, Locale, Packed};

/// The interface strings for one language, with English behind any gap.
///
/// `build.rs` parses every `locales/*/ui.ftl` when the crate is built (a malformed file fails the
/// build) and packs each language's messages in the order of one sorted list of keys, so the
/// widget carries no parser.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    messages: Packed,
    fallback: Packed,
}

mod tables {
    use super::Packed;
    include!(concat!(env!("OUT_DIR"), "/strings.rs"));
}

/// Where `key` is in the sorted list of keys.
fn key_index(key: &str) -> Option<usize> {
    let (mut low, mut high) = (0, tables::KEYS.len());
    while low < high {
        let middle = (low + high) / 2;
        match tables::KEYS.get(middle).cmp(key) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

/// The message at `index` in `table`, unless that language lacks it.
fn lookup(table: Packed, index: usize) -> Option<&'static str> {
    Some(table.get(index)).filter(|m| !m.is_empty())
}

impl Strings {
    /// The strings for `locale`.
    pub fn for_locale(locale: Locale) -> Strings {
        Strings {
            messages: tables::TABLES[locale.index()],
            fallback: tables::TABLES[Locale::En.index()],
        }
    }

    /// The message `key`, or the key itself if no language has it (a test keeps that from
    /// shipping).
    pub fn get<'a>(&self, key: &'a str) -> &'a str {
        key_index(key)
            .and_then(|i| lookup(self.messages, i).or_else(|| lookup(self.fallback, i)))
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
        key_index(key).is_some_and(|i| {
            lookup(self.messages, i).is_some() || lookup(self.fallback, i).is_some()
        })
    }
}

/// The English source, for tests and tools.
pub fn english_source() -> &'static str {
    source(Locale::En)
}

/// The `.ftl` source for `locale`.
pub fn source(locale: Locale) -> &'static str {
    tables::SOURCES[locale.index()]
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
