//! Interface strings, kept in Fluent (`.ftl`) files that translators already know.
//!
//! `build.rs` reads every `locales/*/ui.ftl` with the one Fluent reader ([`super::ftl`], on the
//! `fluent-syntax` parser), refuses Fluent the widget cannot show as written (a plural, a term,
//! an attribute) with the file and line, and packs the messages into tables; the widget
//! carries no parser. The full `fluent-bundle` crate would cost about 52 KB gzip for features
//! these strings never use.

#[cfg(not(target_arch = "wasm32"))]
pub use super::ftl::{parse, FtlError};
use super::text::{Date, Locale, Packed};
use std::marker::PhantomData;

/// One interface message: its place in the sorted list of English keys. Code names messages
/// by the constants of [`msg`], which `build.rs` writes from `locales/en/ui.ftl`, so a misspelt
/// or removed key is a compile error, and a lookup is an index, not a search.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg(u16);

/// A message with `{ $variables }`, shown only through [`Strings::format`] with a value for
/// each: `V` is the struct of [`vars`] that names them, so a misspelt, missing or removed
/// variable is a compile error, never `{ $name }` on a client's screen.
///
/// ```
/// use missing_pieces_domain::i18n::{msg, vars, Strings};
/// use missing_pieces_domain::text::Locale;
/// let strings = Strings::for_locale(Locale::En);
/// let line = strings.format(msg::EMAIL_ATTACHED, vars::File { file: "summary.txt" });
/// assert!(line.contains("summary.txt") && !line.contains('$'));
/// ```
///
/// A misspelt variable does not compile:
///
/// ```compile_fail
/// use missing_pieces_domain::i18n::{msg, vars, Strings};
/// use missing_pieces_domain::text::Locale;
/// let strings = Strings::for_locale(Locale::En);
/// strings.format(msg::EMAIL_ATTACHED, vars::File { fiel: "summary.txt" });
/// ```
///
/// Nor does a message with variables shown without them:
///
/// ```compile_fail
/// use missing_pieces_domain::i18n::{msg, Strings};
/// use missing_pieces_domain::text::Locale;
/// Strings::for_locale(Locale::En).get(msg::EMAIL_ATTACHED);
/// ```
pub struct Template<V>(Msg, PhantomData<V>);

impl<V> Clone for Template<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for Template<V> {}

impl<V> std::fmt::Debug for Template<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<V> PartialEq for Template<V> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<V> Template<V> {
    const fn new(msg: Msg) -> Self {
        Template(msg, PhantomData)
    }

    /// The message, for its key (tests and tools).
    pub fn msg(self) -> Msg {
        self.0
    }
}

/// The values of a message's variables (one struct of [`vars`] per set of variables).
pub trait Vars {
    /// `template` with each `{ $name }` replaced by its value.
    fn fill(&self, template: &str) -> String;
}

/// Every interface message, one constant per key of `locales/en/ui.ftl`.
pub mod msg {
    use super::{vars, Msg, Template};
    include!(concat!(env!("OUT_DIR"), "/msg.rs"));
}

/// The variables of the messages that have some, one struct per set of names (`{ $count }` and
/// `{ $max }`: [`vars::CountMax`]), written by `build.rs` from `locales/en/ui.ftl`.
pub mod vars {
    use super::{substitute, Vars};
    include!(concat!(env!("OUT_DIR"), "/vars.rs"));
}

impl Msg {
    /// The message's key in the `.ftl` files, such as `welcome-title` (for tests and tools;
    /// the widget never needs it).
    pub fn key(self) -> &'static str {
        tables::KEYS.get(usize::from(self.0))
    }

    /// The message whose key is `key`, if English has one (for tests and tools).
    pub fn named(key: &str) -> Option<Msg> {
        msg::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// The name of each month, January first, for dates.
const MONTHS: [Msg; 12] = [
    msg::MONTH_1,
    msg::MONTH_2,
    msg::MONTH_3,
    msg::MONTH_4,
    msg::MONTH_5,
    msg::MONTH_6,
    msg::MONTH_7,
    msg::MONTH_8,
    msg::MONTH_9,
    msg::MONTH_10,
    msg::MONTH_11,
    msg::MONTH_12,
];

/// The interface strings for one language, with English behind any gap.
///
/// `build.rs` parses every `locales/*/ui.ftl` when the crate is built (a malformed file fails the
/// build, and so does a key English lacks) and packs each language's messages in the order of
/// the sorted English keys, so the widget carries no parser and no key.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    messages: Packed,
    fallback: Packed,
}

mod tables {
    use super::Packed;
    include!(concat!(env!("OUT_DIR"), "/strings.rs"));
}

impl Strings {
    /// The strings for `locale`.
    pub fn for_locale(locale: Locale) -> Strings {
        Strings::with_fallback(
            tables::TABLES[locale.index()],
            tables::TABLES[Locale::En.index()],
        )
    }

    /// The messages of `messages`, with `fallback` behind each one it lacks (an empty entry),
    /// both in the order of the sorted English keys. The widget uses [`Strings::for_locale`];
    /// tests use this to check the fallback.
    pub fn with_fallback(messages: Packed, fallback: Packed) -> Strings {
        Strings { messages, fallback }
    }

    /// The message `key` in this language, or in English where this language lacks it.
    pub fn get(&self, key: Msg) -> &'static str {
        let index = usize::from(key.0);
        Some(self.messages.get(index))
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| self.fallback.get(index))
    }

    /// The message `key` with each `{ $name }` replaced by its value in `vars`.
    pub fn format<V: Vars>(&self, key: Template<V>, vars: V) -> String {
        vars.fill(self.get(key.0))
    }

    /// The message `key` as written, `{ $name }` and all (for tests and tools).
    pub fn template<V>(&self, key: Template<V>) -> &'static str {
        self.get(key.0)
    }

    /// A date written out in this language, such as "21 November 2026", from the `month-N` and
    /// `date-long` messages, with the language's digits.
    pub fn long_date(&self, date: Date, locale: Locale) -> String {
        let month = MONTHS[usize::from(date.month.clamp(1, 12) - 1)];
        self.format(
            msg::DATE_LONG,
            vars::DayMonthYear {
                day: &locale.number(usize::from(date.day)),
                month: self.get(month),
                year: &locale.number(usize::from(date.year)),
            },
        )
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
fn substitute(template: &str, args: &[(&str, &str)]) -> String {
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
