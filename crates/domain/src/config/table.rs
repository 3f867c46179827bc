//! The one list of settings. Each row names a setting in both forms (JSON, and `data-` attribute
//! or address parameter), says what kind of value it takes and where it is stored, its limits,
//! its default and a line of help. Reading, checking, suggestions for misspelt names, what a
//! problem's note says the widget does instead and the canonical JSON all come from here;
//! `config.schema.json` and the table in `docs/config.md` are generated from it
//! (`tests/config_table.rs` fails when they differ), and the configurator reads it through the
//! WebAssembly (`settings_table`).
//!
//! A new setting is a row here and its field in [`Config`]; a new kind of value also needs its
//! check in `check.rs` and its strings.

use super::colour::Rgb;
use super::problem::Outcome;
use super::{Config, HelpContact};
use crate::content::AreaId;
use crate::text::{Locale, Text};

/// Where a checked value is stored in the configuration.
pub type Slot<T> = fn(&mut Config) -> &mut T;

/// Whether a text keeps line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// Line breaks and tabs become spaces.
    One,
    /// Line breaks are kept; tabs become spaces.
    Many,
}

/// The kind of value a setting takes, and where it goes.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Free text, at most `max` characters.
    Text {
        max: usize,
        lines: Lines,
        slot: Slot<Option<String>>,
    },
    /// One email address.
    Email(Slot<Option<String>>),
    /// A phone number.
    Phone(Slot<Option<String>>),
    /// An `https://` address.
    WebAddress(Slot<Option<String>>),
    /// A `#rgb` or `#rrggbb` colour, checked for contrast.
    Colour(Slot<Option<Rgb>>),
    /// A language the widget speaks.
    Language(Slot<Option<Locale>>),
    /// On or off; `Config::default` holds the default.
    Switch(Slot<bool>),
    /// The urgent help contacts (see [`HELP_FIELDS`]).
    HelpList(Slot<Vec<HelpContact>>),
    /// A name made of ASCII letters, digits, `-` and `_`, at most `max` characters; empty means
    /// not set.
    Name { max: usize, slot: Slot<String> },
    /// Which areas are asked: at least [`MIN_AREAS`] area ids; empty means all six.
    Areas(Slot<Vec<AreaId>>),
    /// The counsellor's own questions: at most [`MAX_OWN_QUESTIONS`], each at most
    /// [`MAX_OWN_QUESTION`] characters in each language it is written in.
    Questions(Slot<Vec<Text>>),
}

impl Kind {
    /// The most characters (or, for the help list, contacts) the setting takes.
    pub fn max(self) -> Option<usize> {
        match self {
            Kind::Text { max, .. } | Kind::Name { max, .. } => Some(max),
            Kind::Email(_) => Some(MAX_EMAIL),
            Kind::Phone(_) => Some(MAX_PHONE),
            Kind::WebAddress(_) => Some(MAX_URL),
            Kind::HelpList(_) => Some(MAX_HELP_CONTACTS),
            Kind::Questions(_) => Some(MAX_OWN_QUESTIONS),
            Kind::Colour(_) | Kind::Language(_) | Kind::Switch(_) | Kind::Areas(_) => None,
        }
    }

    /// The kind's name in the settings table of the configurator and the docs.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text {
                lines: Lines::Many, ..
            } => "text, may have line breaks",
            Kind::Text { .. } => "text",
            Kind::Email(_) => "email address",
            Kind::Phone(_) => "phone number",
            Kind::WebAddress(_) => "web address",
            Kind::Colour(_) => "colour",
            Kind::Language(_) => "language",
            Kind::Switch(_) => "true or false",
            Kind::HelpList(_) => "list",
            Kind::Name { .. } => "name",
            Kind::Areas(_) => "list of areas",
            Kind::Questions(_) => "list of questions",
        }
    }
}

/// One setting.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    /// Its JSON path: a top-level name, or `group.name` inside a group (`contact.email`).
    pub json: &'static str,
    /// Its `data-` attribute (without `data-`) and address parameter names; the first is the
    /// one the configurator writes and messages suggest.
    pub flat: &'static [&'static str],
    /// Other names a counsellor might write for it, answered with "Did you mean …?".
    pub also: &'static [&'static str],
    /// Its kind of value and where it is stored.
    pub kind: Kind,
    /// What the widget does when the value is refused.
    pub refused: Outcome,
    /// Its name in the docs and the configurator, such as "Practice name".
    pub label: &'static str,
    /// Its default, in words, for the docs.
    pub default: &'static str,
    /// One or two sentences for the docs, the schema and the configurator.
    pub help: &'static str,
}

impl Setting {
    /// The name the configurator writes and messages suggest in flat form.
    pub fn flat_name(&self) -> &'static str {
        self.flat[0]
    }

    /// The top-level JSON name (`contact` for `contact.email`).
    pub fn json_top(&self) -> &'static str {
        self.json.split('.').next().unwrap_or(self.json)
    }

    /// The last part of the JSON path (`email` for `contact.email`).
    pub fn json_leaf(&self) -> &'static str {
        self.json.rsplit('.').next().unwrap_or(self.json)
    }
}

/// The longest email address, in characters.
pub const MAX_EMAIL: usize = 254;
/// The longest phone number, in characters.
pub const MAX_PHONE: usize = 40;
/// The longest web address, in characters.
pub const MAX_URL: usize = 500;
/// The most urgent help contacts the widget shows.
pub const MAX_HELP_CONTACTS: usize = 8;
/// The longest practice name, in characters.
pub const MAX_PRACTICE_NAME: usize = 80;
/// The longest welcome message, in characters.
pub const MAX_INTRO: usize = 400;
/// The longest widget id, in characters.
pub const MAX_WIDGET_ID: usize = 40;
/// The longest name of an urgent help contact, in characters.
pub const MAX_HELP_NAME: usize = 80;
/// The longest text-message instruction of an urgent help contact, in characters.
pub const MAX_HELP_TEXT: usize = 120;
/// The longest opening hours of an urgent help contact, in characters.
pub const MAX_HOURS: usize = 120;
/// The fewest areas a check-in asks about.
pub const MIN_AREAS: usize = 3;
/// The most questions of the counsellor's own.
pub const MAX_OWN_QUESTIONS: usize = 3;
/// The longest own question, in characters, in each language.
pub const MAX_OWN_QUESTION: usize = 200;

/// Every setting, in the canonical JSON order.
pub const SETTINGS: &[Setting] = &[
    Setting {
        json: "practice_name",
        flat: &["practice-name"],
        also: &["title", "name"],
        kind: Kind::Text {
            max: MAX_PRACTICE_NAME,
            lines: Lines::One,
            slot: |c| &mut c.practice_name,
        },
        refused: Outcome::DefaultUsed,
        label: "Practice name",
        default: "the widget's own title",
        help: "Shown as the widget's title instead of the default.",
    },
    Setting {
        json: "contact.email",
        flat: &["contact-email"],
        also: &["email"],
        kind: Kind::Email(|c| &mut c.contact.email),
        refused: Outcome::LeftOut,
        label: "Contact email",
        default: "none",
        help: "One email address, for the client's email to you.",
    },
    Setting {
        json: "contact.phone",
        flat: &["contact-phone"],
        also: &["phone", "telephone"],
        kind: Kind::Phone(|c| &mut c.contact.phone),
        refused: Outcome::LeftOut,
        label: "Contact phone",
        default: "none",
        help: "Your phone number, shown as you wrote it.",
    },
    Setting {
        json: "contact.booking_url",
        flat: &["booking-url"],
        also: &["booking", "url"],
        kind: Kind::WebAddress(|c| &mut c.contact.booking_url),
        refused: Outcome::LeftOut,
        label: "Booking page",
        default: "none",
        help: "Where clients book a session.",
    },
    Setting {
        json: "accent",
        flat: &["accent"],
        also: &["colour", "color"],
        kind: Kind::Colour(|c| &mut c.accent),
        refused: Outcome::DefaultUsed,
        label: "Accent colour",
        default: "`#2f6b5e` (deep green)",
        help: "The colour of buttons and highlights. White text on it, and it on the background, \
               must reach a contrast of 4.5:1.",
    },
    Setting {
        json: "background",
        flat: &["background"],
        also: &[],
        kind: Kind::Colour(|c| &mut c.background),
        refused: Outcome::DefaultUsed,
        label: "Background colour",
        default: "`#fffdf9` (warm white)",
        help: "The widget's background. The widget's grey text #4a5559 on it must reach a \
               contrast of 4.5:1, and so must the accent (or, without one, the default accent \
               #2f6b5e).",
    },
    Setting {
        json: "language",
        flat: &["language", "lang"],
        also: &[],
        kind: Kind::Language(|c| &mut c.locale),
        refused: Outcome::DefaultUsed,
        label: "Language",
        default: "the visitor's browser language",
        help: "The language to start in, instead of the visitor's browser language.",
    },
    Setting {
        json: "urgent_help",
        flat: &["urgent-help"],
        also: &["help", "crisis"],
        kind: Kind::HelpList(|c| &mut c.urgent_help),
        refused: Outcome::LeftOut,
        label: "Urgent help",
        default: "none",
        help: "Crisis services shown with the support information, in this order.",
    },
    Setting {
        json: "reflections",
        flat: &["reflections"],
        also: &[],
        kind: Kind::Switch(|c| &mut c.reflections),
        refused: Outcome::DefaultUsed,
        label: "Reflections step",
        default: "true (shown)",
        help: "Whether to show the optional step where clients write a few words of their own.",
    },
    Setting {
        json: "offer_saving",
        flat: &["saving"],
        also: &[],
        kind: Kind::Switch(|c| &mut c.offer_saving),
        refused: Outcome::DefaultUsed,
        label: "Offer saving",
        default: "true (offered)",
        help: "Whether to offer \"save my progress on this device\".",
    },
    Setting {
        json: "intro",
        flat: &["intro"],
        also: &["welcome", "message"],
        kind: Kind::Text {
            max: MAX_INTRO,
            lines: Lines::Many,
            slot: |c| &mut c.intro,
        },
        refused: Outcome::LeftOut,
        label: "Welcome message",
        default: "none",
        help: "A few words from you on the welcome screen.",
    },
    Setting {
        json: "widget_id",
        flat: &["widget-id"],
        also: &["id"],
        kind: Kind::Name {
            max: MAX_WIDGET_ID,
            slot: |c| &mut c.widget_id,
        },
        refused: Outcome::DefaultUsed,
        label: "Widget id",
        default: "the widget's place on the page",
        help: "A name that keeps this widget's saved progress and share links apart from another widget's on the same page: letters, digits, - and _.",
    },
    Setting {
        json: "areas",
        flat: &["areas"],
        also: &["area", "topics"],
        kind: Kind::Areas(|c| &mut c.areas),
        refused: Outcome::DefaultUsed,
        label: "Areas asked",
        default: "all six",
        help: "Which of the six areas the check-in asks about, at least three: hope, \
               relational_support, developing_resources, mindful_attitude, self_compassion, \
               positive_experiences (a list, or in flat form separated by commas). The two \
               questions on hope and the six on strong feelings, shutting down and having too \
               much to manage are asked whatever is left out. The results say which areas were \
               left out.",
    },
    Setting {
        json: "questions",
        flat: &["questions"],
        also: &["question", "own_questions"],
        kind: Kind::Questions(|c| &mut c.questions),
        refused: Outcome::LeftOut,
        label: "Your own questions",
        default: "none",
        help: "Up to three questions of your own, asked with the reflections and shown in the \
               take-aways. Each is text, or a group with one text per language (`en`, `es`, \
               `ar`); in flat form, one question as text or a list as JSON text.",
    },
];

/// The flat name that carries a whole settings code.
pub const CODE: &str = "config";

/// The settings (by JSON path) that any address may carry: those that cannot mislead a client
/// or send their answers elsewhere. Anyone can write an address, and put it in a link or in a
/// frame on a site of their own, so every other setting comes from what the counsellor controls:
/// their page (for the script-tag embed) or the settings file in the widget's folder.
pub const SAFE_IN_ANY_ADDRESS: &[&str] = &["language"];

/// What a frame's address may carry besides: which of the page's check-ins it is, so that two
/// frames on one page keep their saved answers apart. A page opened on its own has one.
pub const SAFE_IN_A_FRAME: &[&str] = &["language", "widget_id"];

/// The settings (by JSON path) an element may carry on a page whose settings come from the
/// site (see [`super::Config::for_site_page`]): which of the page's widgets this is.
pub const SAFE_ON_ANY_ELEMENT: &[&str] = &["widget_id"];

/// The part of an urgent help contact a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPart {
    Name,
    Phone,
    Text,
    Url,
    Hours,
}

/// One part of an urgent help contact.
#[derive(Clone, Copy, Debug)]
pub struct HelpField {
    /// Its name inside a contact.
    pub name: &'static str,
    /// Other names a counsellor might write for it.
    pub also: &'static [&'static str],
    /// Which part it is.
    pub part: HelpPart,
    /// The most characters it takes.
    pub max: usize,
    /// What it is, for the docs and the schema.
    pub help: &'static str,
}

/// The parts of an urgent help contact: a name, and at least one of phone, text and url.
pub const HELP_FIELDS: &[HelpField] = &[
    HelpField {
        name: "name",
        also: &[],
        part: HelpPart::Name,
        max: MAX_HELP_NAME,
        help: "the service's name (needed)",
    },
    HelpField {
        name: "phone",
        also: &["telephone", "tel"],
        part: HelpPart::Phone,
        max: MAX_PHONE,
        help: "a phone number, as for your contact phone",
    },
    HelpField {
        name: "text",
        also: &["sms"],
        part: HelpPart::Text,
        max: MAX_HELP_TEXT,
        help: "how to reach it by text message, such as `Text SHOUT to 85258`",
    },
    HelpField {
        name: "url",
        also: &["website", "link"],
        part: HelpPart::Url,
        max: MAX_URL,
        help: "a web address starting with `https://`",
    },
    HelpField {
        name: "hours",
        also: &[],
        part: HelpPart::Hours,
        max: MAX_HOURS,
        help: "when it is open, such as `24 hours, every day`",
    },
];

/// The top-level JSON names, in canonical order (`contact` once, for its group).
pub fn json_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Vec::new();
    for setting in SETTINGS {
        if !keys.contains(&setting.json_top()) {
            keys.push(setting.json_top());
        }
    }
    keys
}

/// Every flat name the widget reads, the settings code's included.
pub fn flat_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = SETTINGS
        .iter()
        .flat_map(|s| s.flat.iter().copied())
        .collect();
    names.push(CODE);
    names
}

/// The setting at a JSON path.
pub fn by_json(path: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.json == path)
}

/// Whether a top-level JSON name is a group of settings (`contact`).
pub fn is_group(name: &str) -> bool {
    SETTINGS.iter().any(|s| {
        s.json.len() > name.len()
            && s.json.starts_with(name)
            && s.json[name.len()..].starts_with('.')
    })
}

/// The setting a flat name (in lower case, trimmed) names.
pub fn by_flat(name: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.flat.contains(&name))
}
