//! The one list of the languages the widget speaks. Everything else that names languages follows
//! from it or is checked against it: the string tables and the content's columns (the domain's
//! `build.rs`), the language menu, digits and decimal marks, the settings' docs and schema, and, by
//! `tests/languages.rs`, the scripts' language lists, the configurator's frame titles and menu, the
//! docs and the end-to-end tests' labels.
//!
//! A new language is an entry here, its `locales/<tag>/ui.ftl` (with its wording of the crisis
//! lines, `help-lines`) and its column in `content/questionnaire.json`; the tests then name
//! each other file that lists languages and is not yet up to date.

use serde::Deserialize;

macro_rules! languages {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            tag: $tag:literal,
            name: $name:literal,
            english_name: $english:literal,
            rtl: $rtl:literal,
            zero: $zero:literal,
            decimal_mark: $decimal:literal,
            frame_title: $frame:literal $(,)?
        }
    ),* $(,)?) => {
        /// A language the widget can show.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        pub enum Locale {
            $($(#[$doc])* #[serde(rename = $tag)] $variant,)*
        }

        impl Locale {
            /// Every language, in the order the language menu lists them.
            pub const ALL: [Locale; [$($tag),*].len()] = [$(Locale::$variant),*];

            /// The BCP 47 tag, as used in `lang` attributes and content files.
            pub fn as_str(self) -> &'static str {
                match self { $(Locale::$variant => $tag,)* }
            }

            /// The language's name in that language, for the language menu.
            pub fn native_name(self) -> &'static str {
                match self { $(Locale::$variant => $name,)* }
            }

            /// The language's name in English, for the docs.
            pub fn english_name(self) -> &'static str {
                match self { $(Locale::$variant => $english,)* }
            }

            /// Whether the language is written right to left.
            pub fn is_rtl(self) -> bool {
                match self { $(Locale::$variant => $rtl,)* }
            }

            /// The digit zero in this language's digits; the others follow it in Unicode.
            pub fn zero(self) -> char {
                match self { $(Locale::$variant => $zero,)* }
            }

            /// The mark between the whole and the decimal part of a number.
            pub fn decimal_mark(self) -> char {
                match self { $(Locale::$variant => $decimal,)* }
            }

            /// The title of the counsellor's iframe (read out by screen readers) when the
            /// check-in starts in this language; the configurator writes it into the snippet.
            pub fn frame_title(self) -> &'static str {
                match self { $(Locale::$variant => $frame,)* }
            }
        }
    };
}

languages! {
    /// English: the first language, and the one behind any missing text.
    En {
        tag: "en",
        name: "English",
        english_name: "English",
        rtl: false,
        zero: '0',
        decimal_mark: '.',
        frame_title: "Check-in before your first session",
    },
    Es {
        tag: "es",
        name: "Español",
        english_name: "Spanish",
        rtl: false,
        zero: '0',
        decimal_mark: '.',
        frame_title: "Preguntas breves antes de tu primera sesión",
    },
    /// Arabic: right to left, with Arabic-Indic digits.
    Ar {
        tag: "ar",
        name: "العربية",
        english_name: "Arabic",
        rtl: true,
        zero: '٠',
        decimal_mark: '٫',
        frame_title: "أسئلة قصيرة قبل جلستك الأولى",
    },
}

impl Default for Locale {
    /// English, the first language.
    fn default() -> Locale {
        Locale::ALL[0]
    }
}

impl Locale {
    /// How many languages there are: the length of per-language arrays.
    pub const COUNT: usize = Locale::ALL.len();

    /// The slot of this language in per-language arrays (its place in [`Locale::ALL`]).
    pub fn index(self) -> usize {
        self as usize
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
        let zero = self.zero();
        if zero == '0' {
            return digits;
        }
        digits
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(u32::from(zero) + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}
