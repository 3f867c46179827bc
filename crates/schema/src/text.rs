//! Localised text: the languages the widget speaks and text maps with an English fallback.
//!
//! Content keeps every language's wording side by side (`{"en": "...", "es": "..."}`), so a
//! translator sees the original beside their own and a missing translation falls back to English
//! instead of showing nothing.

use std::collections::BTreeMap;

use serde::Deserialize;

pub use super::languages::Locale;

/// Texts packed end to end, with the end offset of each: far smaller in the widget's download
/// than one string per text, each a pointer and a length. The domain's `build.rs` writes these
/// tables for the interface strings and the built-in questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packed {
    pub text: &'static str,
    pub ends: &'static [u16],
}

impl Packed {
    /// How many texts there are.
    pub fn len(self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.ends.is_empty()
    }

    /// Text `index` (empty when out of range).
    pub fn get(self, index: usize) -> &'static str {
        let start = match index.checked_sub(1) {
            Some(before) => self.ends.get(before).copied(),
            None => Some(0),
        };
        match (start, self.ends.get(index)) {
            (Some(start), Some(&end)) => self
                .text
                .get(usize::from(start)..usize::from(end))
                .unwrap_or(""),
            _ => "",
        }
    }
}

/// One piece of client-facing text in every language it has been written in, one slot per
/// [`Locale`] (a map would cost the widget kilobytes of code for three fixed slots).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(from = "BTreeMap<Locale, String>")]
pub struct Text(Wording);

#[derive(Clone, Debug)]
enum Wording {
    /// Read from a questionnaire file (tests and tools).
    Written([Option<String>; Locale::COUNT]),
    /// The built-in questionnaire's text `index`, in one packed table per locale.
    BuiltIn(&'static [Packed; Locale::COUNT], u16),
}

impl Default for Wording {
    fn default() -> Wording {
        Wording::Written(Default::default())
    }
}

/// The same wording in every language, however it is stored.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        Locale::ALL
            .into_iter()
            .all(|l| self.get_exact(l) == other.get_exact(l))
    }
}

impl Eq for Text {}

impl From<BTreeMap<Locale, String>> for Text {
    fn from(map: BTreeMap<Locale, String>) -> Text {
        let mut slots: [Option<String>; Locale::COUNT] = Default::default();
        for (locale, wording) in map {
            slots[locale.index()] = Some(wording);
        }
        Text(Wording::Written(slots))
    }
}

impl Text {
    /// Text that exists in English only.
    pub fn en(text: &str) -> Text {
        Text::from_pairs(&[(Locale::En, text)])
    }

    /// Text from `(locale, wording)` pairs.
    pub fn from_pairs(pairs: &[(Locale, &str)]) -> Text {
        let mut slots: [Option<String>; Locale::COUNT] = Default::default();
        for (locale, wording) in pairs {
            slots[locale.index()] = Some((*wording).to_owned());
        }
        Text(Wording::Written(slots))
    }

    /// Text `index` of the built-in questionnaire, whose tables the domain's `build.rs` writes
    /// (an empty entry is a language the text has not been written in).
    pub const fn built_in(tables: &'static [Packed; Locale::COUNT], index: u16) -> Text {
        Text(Wording::BuiltIn(tables, index))
    }

    /// The text in `locale`, else in English, else empty.
    pub fn get(&self, locale: Locale) -> &str {
        self.get_exact(locale)
            .or_else(|| self.get_exact(Locale::En))
            .unwrap_or("")
    }

    /// The text in exactly `locale`, if it has been written and is not blank.
    pub fn get_exact(&self, locale: Locale) -> Option<&str> {
        let wording = match &self.0 {
            Wording::Written(slots) => slots[locale.index()].as_deref()?,
            Wording::BuiltIn(tables, index) => tables[locale.index()].get(usize::from(*index)),
        };
        Some(wording).filter(|s| !s.trim().is_empty())
    }
}

/// A calendar date, as the edge reads it from the device's clock (the domain never reads one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl Date {
    /// `2026-11-21`, for file names and data files.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
