//! Localised text: the languages the widget speaks and text maps with an English fallback.
//!
//! Content keeps every language's wording side by side (`{"en": "...", "es": "..."}`), so a
//! translator sees the original beside their own and a missing translation falls back to English
//! instead of showing nothing.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A language the widget can show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Es,
    Ar,
}

impl Locale {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Es, Locale::Ar];
    /// How many languages there are: the length of per-language arrays.
    pub const COUNT: usize = Locale::ALL.len();

    /// The slot of this language in per-language arrays.
    pub fn index(self) -> usize {
        match self {
            Locale::En => 0,
            Locale::Es => 1,
            Locale::Ar => 2,
        }
    }

    /// The BCP 47 tag, as used in `lang` attributes and content files.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }

    /// The language's name in that language, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// The `dir` attribute value for this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language a tag such as `es-MX` or `ar` names, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.as_str() == primary)
    }

    /// The first of the browser's preferred languages that the widget speaks.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Option<Locale> {
        preferred
            .iter()
            .find_map(|tag| Locale::from_tag(tag.as_ref()))
    }

    /// A whole number written with this language's digits (Arabic-Indic for Arabic).
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        if self != Locale::Ar {
            return digits;
        }
        digits
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}

/// Texts packed end to end, with the end offset of each: far smaller in the widget's download
/// than one string per text, each a pointer and a length. `build.rs` writes these tables for the
/// interface strings and the built-in questionnaire.
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

    /// Text `index` of the built-in questionnaire, whose tables `build.rs` writes (an empty
    /// entry is a language the text has not been written in).
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
