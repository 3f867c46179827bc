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
    /// The BCP 47 tag, as used in `lang` attributes and content files.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }
}

/// One piece of client-facing text in every language it has been written in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<Locale, String>);

impl Text {
    /// Text that exists in English only.
    pub fn en(text: &str) -> Text {
        Text(BTreeMap::from([(Locale::En, text.to_owned())]))
    }

    /// Text from `(locale, wording)` pairs.
    pub fn from_pairs(pairs: &[(Locale, &str)]) -> Text {
        Text(pairs.iter().map(|(l, s)| (*l, (*s).to_owned())).collect())
    }

    /// The text in `locale`, else in English, else empty.
    pub fn get(&self, locale: Locale) -> &str {
        self.get_exact(locale)
            .or_else(|| self.get_exact(Locale::En))
            .unwrap_or("")
    }

    /// The text in exactly `locale`, if it has been written and is not blank.
    pub fn get_exact(&self, locale: Locale) -> Option<&str> {
        self.0
            .get(&locale)
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }
}
