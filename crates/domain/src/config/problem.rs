//! Problems with settings, and the notes that tell the site owner about them, in the widget's
//! language (the wording lives in `locales/*/ui.ftl`, keys `settings-…`).

use std::fmt;

use super::colour::{Rgb, MIN_CONTRAST};
use super::unicode::is_invisible;
use crate::content::AreaId;
use crate::i18n::{msg, vars, Strings, Template};
use crate::json::{Json, JsonError};
use crate::text::Locale;

/// The kind of value a setting takes, named as a counsellor would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Text in double quotes.
    Text,
    /// `true` or `false`.
    TrueOrFalse,
    /// A list in `[ ]`.
    List,
    /// A group of settings in `{ }`.
    Group,
}

/// The kind of value that was found instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    TrueOrFalse,
    /// A number.
    Number,
    /// Text.
    Text,
    /// A list.
    List,
    /// A group of settings.
    Group,
}

impl Found {
    /// The kind of `value`.
    pub fn of(value: &Json) -> Found {
        match value {
            Json::Null => Found::Null,
            Json::Bool(_) => Found::TrueOrFalse,
            Json::Number(_) => Found::Number,
            Json::String(_) => Found::Text,
            Json::Array(_) => Found::List,
            Json::Object(_) => Found::Group,
        }
    }
}

/// What a colour lacked contrast with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Against {
    /// The white text on accent-coloured buttons.
    ButtonText,
    /// The background in use (configured, or the default).
    Background(Rgb),
    /// The widget's muted text, [`Rgb::MUTED_TEXT`].
    MutedText,
    /// The default accent colour, used because no accent is configured (or it was rejected).
    DefaultAccent,
}

/// Where settings were put that the widget does not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misplaced {
    /// A `<script type="application/json">` beside the widget's element instead of inside it.
    NextToElement,
    /// `data-` settings on the `<script>` tag that loads `embed.js`.
    ScriptTag,
    /// Settings other than the language (and a frame's widget id) in the address of the
    /// standalone page or a frame, which anyone could have written.
    Address,
    /// `data-` settings on an element of a page whose settings come from the site (a
    /// `<script type="application/json" data-missing-pieces-settings>` block, as the WordPress
    /// plugin writes), where any author of the page's text could have written them.
    OnElement,
}

/// What is wrong with one setting.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The settings (or a list given as JSON text) are not valid JSON.
    Malformed(JsonError),
    /// A settings code from a link is damaged.
    BadCode,
    /// A value of the wrong kind, such as a number where text belongs.
    WrongType {
        /// What the setting takes.
        expected: Expected,
        /// What was given.
        found: Found,
    },
    /// A name the widget does not know.
    UnknownSetting {
        /// A known name within two typing mistakes, as it should be written.
        suggestion: Option<String>,
    },
    /// The same setting given twice in flat form (also as `lang` and `language`).
    Repeated,
    /// Text longer than the setting allows, in characters after trimming.
    TooLong {
        /// The text's length.
        length: usize,
        /// The longest allowed.
        max: usize,
    },
    /// Invisible control characters, which are removed.
    ControlCharacters,
    /// Invisible formatting characters (direction overrides, zero-width spaces and the like),
    /// which are removed from text.
    FormatCharacters,
    /// An address or number with characters a person could not see or type; it is refused.
    HiddenCharacters {
        /// The value given, trimmed (shown without the hidden characters).
        value: String,
    },
    /// Not a `#rgb` or `#rrggbb` colour.
    NotAColour {
        /// The value given, trimmed.
        value: String,
    },
    /// A colour with too little contrast.
    LowContrast {
        /// The value given, trimmed.
        value: String,
        /// What it was measured against.
        against: Against,
        /// The measured contrast ratio, below [`MIN_CONTRAST`].
        ratio: f64,
    },
    /// A web address that is not `https://` (or a local test address).
    UnsafeUrl {
        /// The value given, trimmed.
        value: String,
    },
    /// Not an email address.
    BadEmail {
        /// The value given, trimmed.
        value: String,
    },
    /// Not a phone number.
    BadPhone {
        /// The value given, trimmed.
        value: String,
    },
    /// A language the widget does not speak.
    UnknownLanguage {
        /// The value given, trimmed.
        value: String,
    },
    /// In flat form, a switch that is not on or off.
    NotASwitch {
        /// The value given, trimmed.
        value: String,
    },
    /// A name (such as a widget id) with characters other than letters, digits, `-` and `_`,
    /// or too long.
    BadName {
        /// The value given, trimmed.
        value: String,
        /// The most characters allowed.
        max: usize,
    },
    /// More than the most urgent help contacts the widget shows; the first ones are kept.
    TooManyHelpContacts {
        /// How many were given.
        count: usize,
        /// How many are shown.
        max: usize,
    },
    /// An urgent help contact without a name; it is left out.
    HelpWithoutName,
    /// A name in the areas list that is not one of the six areas; it is left out.
    UnknownArea {
        /// The name given, trimmed.
        value: String,
    },
    /// Fewer known areas than a check-in needs; every area is asked.
    TooFewAreas {
        /// How many known areas were given.
        count: usize,
        /// The fewest allowed.
        min: usize,
    },
    /// More own questions than the widget asks; the first ones are kept.
    TooManyQuestions {
        /// How many were given.
        count: usize,
        /// How many are asked.
        max: usize,
    },
    /// An urgent help contact without a usable phone, text or url; it is left out.
    HelpUnreachable,
    /// Settings put where the widget does not read them.
    NotRead(Misplaced),
    /// An iframe's `parent` that is not a web address: the frame cannot grow with its content.
    ParentNotAddress {
        /// The value given, at most 80 characters of it.
        value: String,
    },
    /// An iframe shown by a page of another origin than its `parent` (where the browser tells):
    /// the frame cannot grow with its content.
    ParentOtherSite {
        /// The origin of the page that shows the frame.
        shown_by: String,
        /// The origin `parent` names.
        origin: String,
    },
    /// More problems than one note should list; these are counted, not described.
    More {
        /// How many were left out of the note.
        count: usize,
    },
}

/// What the widget does about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// An unknown name: nothing is done with it.
    Ignored,
    /// A repeated name: the first is used.
    FirstUsed,
    /// Invisible characters: removed, the rest used.
    Removed,
    /// Too many contacts: the first ones are used.
    FirstKept(usize),
    /// The setting keeps its default.
    DefaultUsed,
    /// The setting (or part) is left out.
    LeftOut,
    /// One urgent help contact is left out.
    ContactLeftOut,
    /// The whole configuration is unreadable: every default.
    AllDefaults,
    /// A damaged settings code: none of it is used.
    CodeNotUsed,
    /// Settings in the wrong place: not used.
    NotUsed,
    /// A frame that cannot grow: the check-in scrolls inside it.
    ScrollsInFrame,
    /// Nothing to add (a count of further problems).
    Nothing,
}

/// One mistake in the configuration and what the widget does about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigProblem {
    /// Where: a JSON path (`accent`, `contact.email`, `urgent_help[2].url`, with lists numbered
    /// from 0), a flat name as given (`booking-url`), or `settings` / `config` for the whole.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
    /// What the widget does instead.
    pub outcome: Outcome,
}

impl ConfigProblem {
    /// A problem with `field`.
    pub fn new(field: &str, kind: ProblemKind, outcome: Outcome) -> ConfigProblem {
        ConfigProblem {
            field: field.to_owned(),
            kind,
            outcome,
        }
    }

    /// A note that settings were put where the widget does not read them.
    pub fn not_read(place: Misplaced) -> ConfigProblem {
        ConfigProblem::new("settings", ProblemKind::NotRead(place), Outcome::NotUsed)
    }

    /// What is wrong, in `locale`'s words, without the field: `"#ffff00" is too light for
    /// white button text (contrast 1.1:1; at least 4.5:1 is needed)`.
    pub fn explanation(&self, locale: Locale) -> String {
        explain(&self.kind, &Strings::for_locale(locale), locale)
    }

    /// What the widget does instead, as a sentence in `locale`'s words (empty if nothing).
    pub fn consequence(&self, locale: Locale) -> String {
        let strings = Strings::for_locale(locale);
        let key = match self.outcome {
            Outcome::Ignored => msg::SETTINGS_OUTCOME_IGNORED,
            Outcome::FirstUsed => msg::SETTINGS_OUTCOME_FIRST,
            Outcome::Removed => msg::SETTINGS_OUTCOME_REMOVED,
            Outcome::FirstKept(count) => {
                return strings.format(
                    msg::SETTINGS_OUTCOME_FIRST_N,
                    vars::Count {
                        count: &locale.number(count),
                    },
                )
            }
            Outcome::DefaultUsed => msg::SETTINGS_OUTCOME_DEFAULT,
            Outcome::LeftOut => msg::SETTINGS_OUTCOME_LEFT_OUT,
            Outcome::ContactLeftOut => msg::SETTINGS_OUTCOME_CONTACT_LEFT_OUT,
            Outcome::AllDefaults => msg::SETTINGS_OUTCOME_ALL_DEFAULTS,
            Outcome::CodeNotUsed => msg::SETTINGS_OUTCOME_CODE_UNUSED,
            Outcome::NotUsed => msg::SETTINGS_OUTCOME_NOT_USED,
            Outcome::ScrollsInFrame => msg::SETTINGS_OUTCOME_SCROLLS,
            Outcome::Nothing => return String::new(),
        };
        strings.get(key).to_owned()
    }

    /// The whole note in `locale`'s words: `<field>: <what is wrong>. <what the widget does
    /// instead>`.
    pub fn message(&self, locale: Locale) -> String {
        let explanation = self.explanation(locale);
        let stop = if explanation.ends_with(['?', '؟', '.']) {
            ""
        } else {
            "."
        };
        let consequence = self.consequence(locale);
        let space = if consequence.is_empty() { "" } else { " " };
        format!("{}: {explanation}{stop}{space}{consequence}", self.field)
    }
}

/// The English note, for example `accent: "#ffff00" is too light for white button text
/// (contrast 1.1:1; at least 4.5:1 is needed). The default is used.`
impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

fn explain(kind: &ProblemKind, strings: &Strings, locale: Locale) -> String {
    let n = |n: usize| locale.number(n);
    let value = |key: Template<vars::Value>, value: &str| {
        strings.format(
            key,
            vars::Value {
                value: &quoted(value),
            },
        )
    };
    match kind {
        ProblemKind::Malformed(e) => strings.format(
            msg::SETTINGS_MALFORMED,
            vars::Error {
                error: &e.to_string(),
            },
        ),
        ProblemKind::BadCode => strings.get(msg::SETTINGS_BAD_CODE).to_owned(),
        ProblemKind::WrongType { expected, found } => {
            let expected = match expected {
                Expected::Text => msg::SETTINGS_EXPECT_TEXT,
                Expected::TrueOrFalse => msg::SETTINGS_EXPECT_SWITCH,
                Expected::List => msg::SETTINGS_EXPECT_LIST,
                Expected::Group => msg::SETTINGS_EXPECT_GROUP,
            };
            let found = match found {
                Found::Null => msg::SETTINGS_FOUND_NULL,
                Found::TrueOrFalse => msg::SETTINGS_FOUND_SWITCH,
                Found::Number => msg::SETTINGS_FOUND_NUMBER,
                Found::Text => msg::SETTINGS_FOUND_TEXT,
                Found::List => msg::SETTINGS_FOUND_LIST,
                Found::Group => msg::SETTINGS_FOUND_GROUP,
            };
            strings.format(
                msg::SETTINGS_WRONG_TYPE,
                vars::ExpectedFound {
                    expected: strings.get(expected),
                    found: strings.get(found),
                },
            )
        }
        ProblemKind::UnknownSetting { suggestion: None } => {
            strings.get(msg::SETTINGS_UNKNOWN).to_owned()
        }
        ProblemKind::UnknownSetting {
            suggestion: Some(s),
        } => strings.format(
            msg::SETTINGS_UNKNOWN_SUGGEST,
            vars::Name { name: &quoted(s) },
        ),
        ProblemKind::Repeated => strings.get(msg::SETTINGS_REPEATED).to_owned(),
        ProblemKind::TooLong { length, max } => strings.format(
            msg::SETTINGS_TOO_LONG,
            vars::LengthMax {
                length: &n(*length),
                max: &n(*max),
            },
        ),
        ProblemKind::ControlCharacters => strings.get(msg::SETTINGS_CONTROL).to_owned(),
        ProblemKind::FormatCharacters => strings.get(msg::SETTINGS_FORMAT).to_owned(),
        ProblemKind::HiddenCharacters { value: v } => value(msg::SETTINGS_HIDDEN, v),
        ProblemKind::NotAColour { value: v } => value(msg::SETTINGS_NOT_COLOUR, v),
        ProblemKind::LowContrast {
            value: v,
            against,
            ratio,
        } => {
            let v = quoted(v);
            let what = match against {
                Against::ButtonText => {
                    strings.format(msg::SETTINGS_LIGHT_FOR_BUTTONS, vars::Value { value: &v })
                }
                Against::Background(bg) => strings.format(
                    msg::SETTINGS_NO_STAND_OUT,
                    vars::BackgroundValue {
                        value: &v,
                        background: &bg.to_hex(),
                    },
                ),
                Against::MutedText => strings.format(
                    msg::SETTINGS_DARK_FOR_TEXT,
                    vars::GreyValue {
                        value: &v,
                        grey: &Rgb::MUTED_TEXT.to_hex(),
                    },
                ),
                Against::DefaultAccent => strings.format(
                    msg::SETTINGS_NO_STAND_OUT_DEFAULT,
                    vars::AccentValue {
                        value: &v,
                        accent: &Rgb::DEFAULT_ACCENT.to_hex(),
                    },
                ),
            };
            // Round to one decimal, but never show a failing ratio as one that passes. Written
            // with integers: float formatting would add about 10 KB to the widget.
            let needed = (MIN_CONTRAST * 10.0) as u32;
            let tenths = ((ratio * 10.0).round() as u32).min(needed - 1);
            let decimal = |tenths: u32| {
                let point = locale.decimal_mark();
                format!(
                    "{}{point}{}",
                    n((tenths / 10) as usize),
                    n((tenths % 10) as usize)
                )
            };
            let contrast = strings.format(
                msg::SETTINGS_CONTRAST,
                vars::NeededRatio {
                    ratio: &decimal(tenths),
                    needed: &decimal(needed),
                },
            );
            format!("{what} {contrast}")
        }
        ProblemKind::UnsafeUrl { value: v } => value(msg::SETTINGS_UNSAFE_URL, v),
        ProblemKind::BadEmail { value: v } => value(msg::SETTINGS_BAD_EMAIL, v),
        ProblemKind::BadPhone { value: v } => value(msg::SETTINGS_BAD_PHONE, v),
        ProblemKind::UnknownLanguage { value: v } => {
            let languages: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
            strings.format(
                msg::SETTINGS_UNKNOWN_LANGUAGE,
                vars::LanguagesValue {
                    value: &quoted(v),
                    languages: &languages.join(", "),
                },
            )
        }
        ProblemKind::NotASwitch { value: v } => value(msg::SETTINGS_NOT_SWITCH, v),
        ProblemKind::BadName { value: v, max } => strings.format(
            msg::SETTINGS_BAD_NAME,
            vars::MaxValue {
                value: &quoted(v),
                max: &n(*max),
            },
        ),
        ProblemKind::TooManyHelpContacts { count, max } => strings.format(
            msg::SETTINGS_TOO_MANY_HELP,
            vars::CountMax {
                count: &n(*count),
                max: &n(*max),
            },
        ),
        ProblemKind::HelpWithoutName => strings.get(msg::SETTINGS_HELP_NO_NAME).to_owned(),
        ProblemKind::UnknownArea { value: v } => {
            let areas: Vec<&str> = AreaId::ALL.iter().map(|a| a.as_str()).collect();
            strings.format(
                msg::SETTINGS_UNKNOWN_AREA,
                vars::AreasValue {
                    value: &quoted(v),
                    areas: &areas.join(", "),
                },
            )
        }
        ProblemKind::TooFewAreas { count, min } => strings.format(
            msg::SETTINGS_TOO_FEW_AREAS,
            vars::CountMin {
                count: &n(*count),
                min: &n(*min),
            },
        ),
        ProblemKind::TooManyQuestions { count, max } => strings.format(
            msg::SETTINGS_TOO_MANY_QUESTIONS,
            vars::CountMax {
                count: &n(*count),
                max: &n(*max),
            },
        ),
        ProblemKind::HelpUnreachable => strings.get(msg::SETTINGS_HELP_UNREACHABLE).to_owned(),
        ProblemKind::NotRead(Misplaced::NextToElement) => {
            strings.get(msg::SETTINGS_NOT_READ_NEXT).to_owned()
        }
        ProblemKind::NotRead(Misplaced::ScriptTag) => {
            strings.get(msg::SETTINGS_NOT_READ_SCRIPT).to_owned()
        }
        ProblemKind::NotRead(Misplaced::Address) => {
            strings.get(msg::SETTINGS_NOT_READ_ADDRESS).to_owned()
        }
        ProblemKind::NotRead(Misplaced::OnElement) => {
            strings.get(msg::SETTINGS_NOT_READ_PAGE).to_owned()
        }
        // Neither note repeats what `parent` says: anyone can write a frame's address, and the
        // notes are shown in the widget with `?preview`. The page that shows the frame is the
        // browser's word, not the address's.
        ProblemKind::ParentNotAddress { .. } => {
            strings.get(msg::SETTINGS_PARENT_NOT_ADDRESS).to_owned()
        }
        ProblemKind::ParentOtherSite { shown_by, .. } => strings.format(
            msg::SETTINGS_PARENT_OTHER_SITE,
            vars::Shown { shown: shown_by },
        ),
        ProblemKind::More { count } => {
            strings.format(msg::SETTINGS_MORE, vars::Count { count: &n(*count) })
        }
    }
}

/// A value quoted for a message: invisible characters dropped, cut to 40 characters.
pub fn quoted(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !is_invisible(*c)).collect();
    if clean.chars().count() > 40 {
        format!("\"{}…\"", clean.chars().take(39).collect::<String>())
    } else {
        format!("\"{clean}\"")
    }
}

/// A name as given, made fit for a message's field: invisible characters dropped, cut to 40,
/// and an empty name shown as `""`.
pub fn shown_key(key: &str) -> String {
    let clean: String = key.trim().chars().filter(|c| !is_invisible(*c)).collect();
    if clean.is_empty() {
        "\"\"".to_owned()
    } else if clean.chars().count() > 40 {
        format!("{}…", clean.chars().take(39).collect::<String>())
    } else {
        clean
    }
}
