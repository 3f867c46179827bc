//! The counsellor's configuration: practice name, contact details, colours, language, urgent
//! help contacts and which optional steps to offer.
//!
//! Counsellors are not programmers, and a widget that refuses to start over a typo helps no
//! client. So reading a configuration never fails: every setting is checked on its own, a bad one
//! falls back to its default (the others still apply), and every mistake becomes a
//! [`ConfigProblem`] whose message says in plain English what is wrong and what the widget did
//! instead. `docs/config.md` is the counsellor's reference; `config.schema.json` describes the
//! same rules for editors.
//!
//! Three ways in, one set of rules:
//! - [`Config::from_json`]: a `<script type="application/json">` block on the counsellor's page.
//! - [`Config::from_base64url`]: the `config` parameter of an iframe URL that the configurator
//!   built with [`Config::to_base64url`].
//! - [`Config::from_pairs`]: `data-` attributes of the script tag or URL query parameters.
//!
//! Text from the counsellor is never interpreted as HTML: the view renders it as text nodes and
//! attribute values, so `<script>` in a practice name is shown as those characters. This module
//! therefore only length-limits text; it does not strip or escape markup. Web addresses are a
//! different matter, since they become link targets: only `https://` is accepted.

use std::fmt;

use super::json::{self, Json, JsonError};
use super::text::Locale;

/// The longest practice name, in characters.
pub const MAX_PRACTICE_NAME: usize = 80;
/// The longest welcome message, in characters.
pub const MAX_INTRO: usize = 400;
/// The longest name of an urgent help contact, in characters.
pub const MAX_HELP_NAME: usize = 80;
/// The longest phone number, in characters.
pub const MAX_PHONE: usize = 40;
/// The longest text-message instruction of an urgent help contact, in characters.
pub const MAX_HELP_TEXT: usize = 120;
/// The longest opening hours of an urgent help contact, in characters.
pub const MAX_HOURS: usize = 120;
/// The longest widget id, in characters.
pub const MAX_WIDGET_ID: usize = 40;
/// The longest email address, in characters.
pub const MAX_EMAIL: usize = 254;
/// The longest web address, in characters.
pub const MAX_URL: usize = 500;
/// The most urgent help contacts the widget shows.
pub const MAX_HELP_CONTACTS: usize = 8;
/// The least contrast ratio between text and its background (WCAG 2 level AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The names of the JSON form's top-level settings, in canonical order.
pub const JSON_KEYS: [&str; 10] = [
    "practice_name",
    "contact",
    "accent",
    "background",
    "language",
    "urgent_help",
    "reflections",
    "offer_saving",
    "intro",
    "widget_id",
];

/// The names of the flat form's settings (`data-` attributes without `data-`, or URL
/// parameters). `lang` is another name for `language`; `config` carries a settings code.
pub const PAIR_KEYS: [&str; 14] = [
    "practice-name",
    "contact-email",
    "contact-phone",
    "booking-url",
    "accent",
    "background",
    "language",
    "lang",
    "urgent-help",
    "reflections",
    "saving",
    "intro",
    "widget-id",
    "config",
];

/// A colour in the sRGB space, as `Rgb(red, green, blue)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// White, the text colour on accent-coloured buttons.
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    /// The accent colour used when none is configured (`--mp-accent`).
    pub const DEFAULT_ACCENT: Rgb = Rgb(0x2f, 0x6b, 0x5e);
    /// The background used when none is configured (`--mp-bg`).
    pub const DEFAULT_BACKGROUND: Rgb = Rgb(0xff, 0xfd, 0xf9);
    /// The body text colour (`--mp-text`).
    pub const TEXT: Rgb = Rgb(0x1f, 0x2a, 0x2e);
    /// The muted text colour (`--mp-muted`), the lightest text the widget draws on its background.
    pub const MUTED_TEXT: Rgb = Rgb(0x4a, 0x55, 0x59);

    /// The colour written as `#rgb` or `#rrggbb` (either case), and nothing else.
    ///
    /// ```
    /// use missing_pieces::domain::config::Rgb;
    /// assert_eq!(Rgb::from_hex("#2F6b5e"), Some(Rgb(0x2f, 0x6b, 0x5e)));
    /// assert_eq!(Rgb::from_hex("#fc0"), Some(Rgb(0xff, 0xcc, 0x00)));
    /// assert_eq!(Rgb::from_hex("teal"), None);
    /// ```
    pub fn from_hex(s: &str) -> Option<Rgb> {
        let digits = s.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |hex: &str| u8::from_str_radix(hex, 16).ok();
        match digits.len() {
            3 => {
                let short = |i: usize| channel(&digits[i..=i]).map(|v| v * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case, as CSS and the canonical JSON write it.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The WCAG 2 relative luminance, from 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The WCAG 2 contrast ratio with `other`, from 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// `x` to the power 2.4, for `x` from 0 to 1: the fifth root of `x` to the 12th, by Newton's
/// method from `x` squared, which is never below the root. `f64::powf` would bring the whole
/// of a maths library into the widget for this one use.
pub fn pow_2_4(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    let square = x * x;
    let twelfth = square * square * square * square * square * square;
    let mut root = square;
    for _ in 0..40 {
        if root == 0.0 {
            break;
        }
        let fourth = root * root * root * root;
        root = (4.0 * root + twelfth / fourth) / 5.0;
    }
    root
}

/// How clients can reach the counsellor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// An email address, for a `mailto:` link ([`email_href`]).
    pub email: Option<String>,
    /// A phone number as the counsellor wrote it, for display; [`help_phone_href`] gives the link.
    pub phone: Option<String>,
    /// An `https://` address where clients book a session.
    pub booking_url: Option<String>,
}

/// A service a client can turn to in a crisis, shown with the support information.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpContact {
    /// The service's name, such as "Samaritans". Always present and non-empty.
    pub name: String,
    /// A phone number, for display; [`help_phone_href`] gives the link.
    pub phone: Option<String>,
    /// How to reach the service by text message, such as "Text SHOUT to 85258".
    pub text: Option<String>,
    /// An `https://` address.
    pub url: Option<String>,
    /// When the service is open, such as "24 hours, every day".
    pub hours: Option<String>,
}

/// The counsellor's settings. Every field has a safe default ([`Config::default`]); at least one
/// of a help contact's phone, text and url is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Shown as the widget's title instead of the default.
    pub practice_name: Option<String>,
    /// How clients reach the counsellor.
    pub contact: Contact,
    /// The button and highlight colour; white text on it and it on the background both reach
    /// [`MIN_CONTRAST`].
    pub accent: Option<Rgb>,
    /// The widget's background; the muted and body text on it reach [`MIN_CONTRAST`].
    pub background: Option<Rgb>,
    /// The language to start in, instead of the browser's preference.
    pub locale: Option<Locale>,
    /// Crisis services, at most [`MAX_HELP_CONTACTS`], in the counsellor's order.
    pub urgent_help: Vec<HelpContact>,
    /// Whether to show the optional reflections step.
    pub reflections: bool,
    /// Whether to offer "save my progress on this device".
    pub offer_saving: bool,
    /// A message from the counsellor on the welcome screen; may contain line breaks.
    pub intro: Option<String>,
    /// The name that keeps this widget's saved progress and share links apart from another
    /// widget's on the same page (see `widget_key`); none: its position among the widgets.
    pub widget_id: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            practice_name: None,
            contact: Contact::default(),
            accent: None,
            background: None,
            locale: None,
            urgent_help: Vec::new(),
            reflections: true,
            offer_saving: true,
            intro: None,
            widget_id: None,
        }
    }
}

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

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Text => "text in double quotes",
            Expected::TrueOrFalse => "true or false (without quotes)",
            Expected::List => "a list in square brackets [ ]",
            Expected::Group => "a group of settings in curly brackets { }",
        })
    }
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
    fn of(value: &Json) -> Found {
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

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Found::Null => "empty (null)",
            Found::TrueOrFalse => "true or false",
            Found::Number => "a number",
            Found::Text => "text",
            Found::List => "a list",
            Found::Group => "a group of settings",
        })
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
    /// More than [`MAX_HELP_CONTACTS`] urgent help contacts; the first ones are kept.
    TooManyHelpContacts {
        /// How many were given.
        count: usize,
    },
    /// An urgent help contact without a name; it is left out.
    HelpWithoutName,
    /// An urgent help contact without a usable phone, text or url; it is left out.
    HelpUnreachable,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::Malformed(e) => write!(f, "could not be read ({e})"),
            ProblemKind::BadCode => write!(
                f,
                "is not a complete settings code; copy the whole link again from the configurator"
            ),
            ProblemKind::WrongType { expected, found } => {
                write!(f, "should be {expected}, but it is {found}")
            }
            ProblemKind::UnknownSetting { suggestion: None } => {
                write!(f, "is not a setting this widget knows")
            }
            ProblemKind::UnknownSetting {
                suggestion: Some(s),
            } => write!(
                f,
                "is not a setting this widget knows. Did you mean {}?",
                quoted(s)
            ),
            ProblemKind::Repeated => write!(f, "is given more than once"),
            ProblemKind::TooLong { length, max } => {
                write!(f, "is {length} characters long; at most {max} are allowed")
            }
            ProblemKind::ControlCharacters => write!(f, "contains invisible control characters"),
            ProblemKind::NotAColour { value } => write!(
                f,
                "{} is not a colour; use a hex colour like {}",
                quoted(value),
                Rgb::DEFAULT_ACCENT.to_hex()
            ),
            ProblemKind::LowContrast {
                value,
                against,
                ratio,
            } => {
                let value = quoted(value);
                match against {
                    Against::ButtonText => write!(f, "{value} is too light for white button text"),
                    Against::Background(bg) => write!(
                        f,
                        "{value} does not stand out enough from the background {}",
                        bg.to_hex()
                    ),
                    Against::MutedText => write!(
                        f,
                        "{value} is too dark for the widget's grey text {}",
                        Rgb::MUTED_TEXT.to_hex()
                    ),
                    Against::DefaultAccent => write!(
                        f,
                        "{value} does not stand out enough from the default button colour {}; \
                         choose a lighter background or also set an accent colour",
                        Rgb::DEFAULT_ACCENT.to_hex()
                    ),
                }?;
                // Round to one decimal, but never show a failing ratio as one that passes. Written
                // with integers: float formatting would add about 10 KB to the widget.
                let tenths = ((ratio * 10.0).round() as u32).min((MIN_CONTRAST * 10.0) as u32 - 1);
                let needed = (MIN_CONTRAST * 10.0) as u32;
                write!(
                    f,
                    " (contrast {}.{}:1; at least {}.{}:1 is needed)",
                    tenths / 10,
                    tenths % 10,
                    needed / 10,
                    needed % 10
                )
            }
            ProblemKind::UnsafeUrl { value } => write!(
                f,
                "{} is not a safe web address; it must start with https://",
                quoted(value)
            ),
            ProblemKind::BadEmail { value } => write!(
                f,
                "{} is not an email address; it should look like name@example.org",
                quoted(value)
            ),
            ProblemKind::BadPhone { value } => write!(
                f,
                "{} is not a phone number; use 3 to 20 digits, with spaces, dashes, dots or \
                 brackets between them and + at the start if needed",
                quoted(value)
            ),
            ProblemKind::UnknownLanguage { value } => write!(
                f,
                "{} is not a language this widget speaks (en, es, ar)",
                quoted(value)
            ),
            ProblemKind::NotASwitch { value } => write!(f, "{} should be on or off", quoted(value)),
            ProblemKind::TooManyHelpContacts { count } => write!(
                f,
                "lists {count} contacts; at most {MAX_HELP_CONTACTS} can be shown"
            ),
            ProblemKind::HelpWithoutName => {
                write!(f, "is missing; every urgent help contact needs a name")
            }
            ProblemKind::HelpUnreachable => write!(
                f,
                "has no working phone number, text line or web address, so nobody could reach it"
            ),
        }
    }
}

/// One mistake in the configuration and what the widget does about it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigProblem {
    /// Where: a JSON path (`accent`, `contact.email`, `urgent_help[2].url`, with lists numbered
    /// from 0), a flat name as given (`booking-url`), or `settings` / `config` for the whole.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl ConfigProblem {
    fn new(field: &str, kind: ProblemKind) -> ConfigProblem {
        ConfigProblem {
            field: field.to_owned(),
            kind,
        }
    }

    /// What the widget does instead, as a sentence.
    fn consequence(&self) -> String {
        match self.kind {
            ProblemKind::UnknownSetting { .. } => return "It is ignored.".into(),
            ProblemKind::Repeated => return "Only the first one is used.".into(),
            ProblemKind::ControlCharacters => {
                return "They are removed and the rest is used.".into()
            }
            ProblemKind::TooManyHelpContacts { .. } => {
                return format!("Only the first {MAX_HELP_CONTACTS} are used.")
            }
            _ => {}
        }
        let field = self.field.as_str();
        if field == "settings" {
            return "Every setting uses its default.".into();
        }
        if field == "config" {
            return "The settings in it are not used.".into();
        }
        if field.ends_with(']') || field.ends_with("].name") {
            return "This contact is left out.".into();
        }
        let leaf = field.rsplit(['.', ']']).next().unwrap_or(field);
        let has_default = [
            "practice_name",
            "practice-name",
            "accent",
            "background",
            "language",
            "lang",
            "reflections",
            "offer_saving",
            "saving",
        ]
        .iter()
        .any(|k| k.eq_ignore_ascii_case(leaf));
        if has_default {
            "The default is used.".into()
        } else {
            "It is left out.".into()
        }
    }
}

/// `<field>: <what is wrong>. <what the widget does instead>`, for example
/// `accent: "#ffff00" is too light for white button text (contrast 1.1:1; at least 4.5:1 is
/// needed). The default is used.`
impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let explanation = self.kind.to_string();
        let stop = if explanation.ends_with('?') { "" } else { "." };
        write!(
            f,
            "{}: {explanation}{stop} {}",
            self.field,
            self.consequence()
        )
    }
}

impl Config {
    /// The configuration in a JSON object, such as the counsellor's
    /// `<script type="application/json">` block. Text that is empty or only whitespace is an
    /// empty configuration; anything else that is not a JSON object gives the default
    /// configuration and one problem.
    ///
    /// ```
    /// use missing_pieces::domain::config::Config;
    /// let (config, problems) = Config::from_json(r##"{"practice_name": "Harbour Counselling", "accent": "#fc0"}"##);
    /// assert_eq!(config.practice_name.as_deref(), Some("Harbour Counselling"));
    /// assert_eq!(config.accent, None);
    /// assert_eq!(
    ///     problems[0].to_string(),
    ///     "accent: \"#fc0\" is too light for white button text (contrast 1.5:1; at least 4.5:1 is needed). The default is used."
    /// );
    /// ```
    pub fn from_json(text: &str) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        draft.json_text("settings", text);
        draft.finish()
    }

    /// The configuration in a settings code: base64url (padding optional; `+` and `/` also
    /// accepted) of the JSON form, as in an iframe's `config` URL parameter.
    pub fn from_base64url(code: &str) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        draft.code("config", code);
        draft.finish()
    }

    /// The configuration in flat key/value pairs: a script tag's `data-` attributes (without the
    /// `data-` prefix) or URL query parameters, already filtered to the widget's own. Names are
    /// matched ignoring ASCII case. A `config` pair (a settings code) is read first, whatever its
    /// position, and the other pairs override what it sets. Each setting may be given once.
    pub fn from_pairs(pairs: &[(String, String)]) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        if let Some((_, code)) = pairs
            .iter()
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("config"))
        {
            draft.code("config", code);
        }
        let mut seen: Vec<Setting> = Vec::new();
        for (key, value) in pairs {
            let field = shown_key(key);
            let Some(setting) = pair_setting(&key.trim().to_ascii_lowercase()) else {
                let suggestion = suggest(key, PAIR_SUGGESTIONS, '-');
                draft.problem(&field, ProblemKind::UnknownSetting { suggestion });
                continue;
            };
            if seen.contains(&setting) {
                draft.problem(&field, ProblemKind::Repeated);
                continue;
            }
            seen.push(setting);
            if setting != Setting::Code {
                draft.setting(setting, &field, Value::Flat(value));
            }
        }
        draft.finish()
    }

    /// The canonical JSON form: compact, keys in [`JSON_KEYS`] order, only settings that differ
    /// from the default, strings written by [`json::escape`] (so the text is safe inside an HTML
    /// page). The default configuration is `{}`.
    pub fn to_json(&self) -> String {
        fn text(members: &mut Vec<(String, Json)>, key: &str, value: &Option<String>) {
            if let Some(value) = value {
                members.push((key.to_owned(), Json::String(value.clone())));
            }
        }
        let mut members: Vec<(String, Json)> = Vec::new();
        text(&mut members, "practice_name", &self.practice_name);
        let mut contact = Vec::new();
        text(&mut contact, "email", &self.contact.email);
        text(&mut contact, "phone", &self.contact.phone);
        text(&mut contact, "booking_url", &self.contact.booking_url);
        if !contact.is_empty() {
            members.push(("contact".into(), Json::Object(contact)));
        }
        text(&mut members, "accent", &self.accent.map(Rgb::to_hex));
        text(
            &mut members,
            "background",
            &self.background.map(Rgb::to_hex),
        );
        text(
            &mut members,
            "language",
            &self.locale.map(|l| l.as_str().to_owned()),
        );
        if !self.urgent_help.is_empty() {
            let entries = self
                .urgent_help
                .iter()
                .map(|h| {
                    let mut entry = vec![("name".to_owned(), Json::String(h.name.clone()))];
                    text(&mut entry, "phone", &h.phone);
                    text(&mut entry, "text", &h.text);
                    text(&mut entry, "url", &h.url);
                    text(&mut entry, "hours", &h.hours);
                    Json::Object(entry)
                })
                .collect();
            members.push(("urgent_help".into(), Json::Array(entries)));
        }
        if !self.reflections {
            members.push(("reflections".into(), Json::Bool(false)));
        }
        if !self.offer_saving {
            members.push(("offer_saving".into(), Json::Bool(false)));
        }
        text(&mut members, "intro", &self.intro);
        text(&mut members, "widget_id", &self.widget_id);
        Json::Object(members).to_string()
    }

    /// The settings code for this configuration: unpadded base64url of [`Config::to_json`], for
    /// the `config` parameter of iframe URLs the configurator builds.
    pub fn to_base64url(&self) -> String {
        base64url_encode(self.to_json().as_bytes())
    }

    /// The accent colour in use.
    pub fn accent_or_default(&self) -> Rgb {
        self.accent.unwrap_or(Rgb::DEFAULT_ACCENT)
    }

    /// The background colour in use.
    pub fn background_or_default(&self) -> Rgb {
        self.background.unwrap_or(Rgb::DEFAULT_BACKGROUND)
    }
}

/// A `tel:` link for a phone number: a leading `+` if the number starts with one, then its ASCII
/// digits, and nothing else.
///
/// ```
/// use missing_pieces::domain::config::help_phone_href;
/// assert_eq!(help_phone_href("+44 (0)20 7946-0018"), "tel:+4402079460018");
/// assert_eq!(help_phone_href("988"), "tel:988");
/// ```
pub fn help_phone_href(phone: &str) -> String {
    let phone = phone.trim();
    let mut href = String::from("tel:");
    if phone.starts_with('+') {
        href.push('+');
    }
    href.extend(phone.chars().filter(char::is_ascii_digit));
    href
}

/// A `mailto:` link for an email address that passed validation (so it has no `?`, `#`, `%` or
/// spaces that could add to the link).
pub fn email_href(email: &str) -> String {
    format!("mailto:{}", email.trim())
}

/// The settings, as the two forms name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Setting {
    PracticeName,
    Email,
    Phone,
    BookingUrl,
    Accent,
    Background,
    Language,
    UrgentHelp,
    Reflections,
    Saving,
    Intro,
    WidgetId,
    /// A nested settings code (flat form only).
    Code,
}

fn json_setting(key: &str) -> Option<Setting> {
    Some(match key {
        "practice_name" => Setting::PracticeName,
        "accent" => Setting::Accent,
        "background" => Setting::Background,
        "language" => Setting::Language,
        "urgent_help" => Setting::UrgentHelp,
        "reflections" => Setting::Reflections,
        "offer_saving" => Setting::Saving,
        "intro" => Setting::Intro,
        "widget_id" => Setting::WidgetId,
        _ => return None,
    })
}

fn contact_setting(key: &str) -> Option<Setting> {
    Some(match key {
        "email" => Setting::Email,
        "phone" => Setting::Phone,
        "booking_url" => Setting::BookingUrl,
        _ => return None,
    })
}

fn pair_setting(key: &str) -> Option<Setting> {
    Some(match key {
        "practice-name" => Setting::PracticeName,
        "contact-email" => Setting::Email,
        "contact-phone" => Setting::Phone,
        "booking-url" => Setting::BookingUrl,
        "accent" => Setting::Accent,
        "background" => Setting::Background,
        "language" | "lang" => Setting::Language,
        "urgent-help" => Setting::UrgentHelp,
        "reflections" => Setting::Reflections,
        "saving" => Setting::Saving,
        "intro" => Setting::Intro,
        "widget-id" => Setting::WidgetId,
        "config" => Setting::Code,
        _ => return None,
    })
}

/// Names a counsellor might write, and the setting to suggest: `(name, suggestion)`. Unknown
/// names within two typing mistakes of `name` get `suggestion`.
type Suggestions = &'static [(&'static str, &'static str)];

const JSON_SUGGESTIONS: Suggestions = &[
    ("practice_name", "practice_name"),
    ("contact", "contact"),
    ("accent", "accent"),
    ("background", "background"),
    ("language", "language"),
    ("urgent_help", "urgent_help"),
    ("reflections", "reflections"),
    ("offer_saving", "offer_saving"),
    ("intro", "intro"),
    ("widget_id", "widget_id"),
    ("email", "contact.email"),
    ("contact_email", "contact.email"),
    ("phone", "contact.phone"),
    ("contact_phone", "contact.phone"),
    ("booking_url", "contact.booking_url"),
    ("saving", "offer_saving"),
    ("lang", "language"),
    ("colour", "accent"),
    ("color", "accent"),
    ("title", "practice_name"),
];

const CONTACT_SUGGESTIONS: Suggestions = &[
    ("email", "email"),
    ("phone", "phone"),
    ("booking_url", "booking_url"),
    ("telephone", "phone"),
    ("booking", "booking_url"),
    ("url", "booking_url"),
];

const HELP_SUGGESTIONS: Suggestions = &[
    ("name", "name"),
    ("phone", "phone"),
    ("text", "text"),
    ("url", "url"),
    ("hours", "hours"),
    ("telephone", "phone"),
    ("tel", "phone"),
    ("sms", "text"),
    ("website", "url"),
    ("link", "url"),
];

const PAIR_SUGGESTIONS: Suggestions = &[
    ("practice-name", "practice-name"),
    ("contact-email", "contact-email"),
    ("contact-phone", "contact-phone"),
    ("booking-url", "booking-url"),
    ("accent", "accent"),
    ("background", "background"),
    ("language", "language"),
    ("urgent-help", "urgent-help"),
    ("reflections", "reflections"),
    ("saving", "saving"),
    ("intro", "intro"),
    ("widget-id", "widget-id"),
    ("config", "config"),
    ("email", "contact-email"),
    ("phone", "contact-phone"),
    ("offer-saving", "saving"),
    ("colour", "accent"),
    ("color", "accent"),
    ("title", "practice-name"),
];

/// The suggestion for an unknown `key`: the closest candidate within two edits (fewer than the
/// key's length), comparing in lower case with `-` and `_` both read as `separator`.
fn suggest(key: &str, candidates: Suggestions, separator: char) -> Option<String> {
    let normal: String = key
        .trim()
        .chars()
        .map(|c| match c {
            '-' | '_' => separator,
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let length = normal.chars().count();
    if length == 0 || length > 40 {
        return None;
    }
    candidates
        .iter()
        .map(|(name, suggestion)| (edit_distance(&normal, name), *suggestion))
        .filter(|(d, _)| *d <= 2 && *d < length)
        .min_by_key(|(d, _)| *d)
        .map(|(_, s)| s.to_owned())
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours each count one.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// A value quoted for a message: control characters dropped, cut to 40 characters.
fn quoted(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 40 {
        format!("\"{}…\"", clean.chars().take(39).collect::<String>())
    } else {
        format!("\"{clean}\"")
    }
}

/// A name as given, made fit for a message's field: control characters dropped, cut to 40, and
/// an empty name shown as `""`.
fn shown_key(key: &str) -> String {
    let clean: String = key.trim().chars().filter(|c| !c.is_control()).collect();
    if clean.is_empty() {
        "\"\"".to_owned()
    } else if clean.chars().count() > 40 {
        format!("{}…", clean.chars().take(39).collect::<String>())
    } else {
        clean
    }
}

/// The outcome of checking one value.
enum Checked<T> {
    /// Not given, empty or `null`: the setting keeps its current value.
    Absent,
    /// Usable.
    Valid(T),
    /// Reported; the setting falls back to its default.
    Invalid,
}

impl<T> Checked<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Checked<U> {
        match self {
            Checked::Absent => Checked::Absent,
            Checked::Valid(v) => Checked::Valid(f(v)),
            Checked::Invalid => Checked::Invalid,
        }
    }

    /// Stores the outcome in an optional setting.
    fn store(self, slot: &mut Option<T>) {
        match self {
            Checked::Absent => {}
            Checked::Valid(v) => *slot = Some(v),
            Checked::Invalid => *slot = None,
        }
    }
}

/// A value as either form gives it.
#[derive(Clone, Copy)]
enum Value<'a> {
    Json(&'a Json),
    Flat(&'a str),
}

/// Whether a text keeps line breaks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    One,
    Many,
}

/// What a value of only whitespace means.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Blank {
    Absent,
    Invalid,
}

/// A configuration being read, with the problems found so far.
#[derive(Default)]
struct Draft {
    config: Config,
    /// The accent and background as written, for messages about their contrast.
    accent_text: String,
    background_text: String,
    problems: Vec<ConfigProblem>,
}

impl Draft {
    fn problem(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(ConfigProblem::new(field, kind));
    }

    /// A whole configuration as JSON text; `field` names it in problems.
    fn json_text(&mut self, field: &str, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        match json::parse(text) {
            Err(e) => self.problem(field, ProblemKind::Malformed(e)),
            Ok(Json::Object(members)) => self.json_object(&members),
            Ok(other) => self.problem(
                field,
                ProblemKind::WrongType {
                    expected: Expected::Group,
                    found: Found::of(&other),
                },
            ),
        }
    }

    /// A settings code.
    fn code(&mut self, field: &str, code: &str) {
        let code = code.trim();
        if code.is_empty() {
            return;
        }
        match base64url_decode(code).and_then(|bytes| String::from_utf8(bytes).ok()) {
            Some(text) => self.json_text(field, &text),
            None => self.problem(field, ProblemKind::BadCode),
        }
    }

    fn json_object(&mut self, members: &[(String, Json)]) {
        for (key, value) in members {
            let field = shown_key(key);
            if key == "contact" {
                self.contact(value);
            } else if let Some(setting) = json_setting(key) {
                self.setting(setting, &field, Value::Json(value));
            } else {
                let suggestion = suggest(key, JSON_SUGGESTIONS, '_');
                self.problem(&field, ProblemKind::UnknownSetting { suggestion });
            }
        }
    }

    fn contact(&mut self, value: &Json) {
        let members = match value {
            Json::Null => return,
            Json::Object(members) => members,
            other => {
                return self.problem(
                    "contact",
                    ProblemKind::WrongType {
                        expected: Expected::Group,
                        found: Found::of(other),
                    },
                )
            }
        };
        for (key, value) in members {
            let field = format!("contact.{}", shown_key(key));
            match contact_setting(key) {
                Some(setting) => self.setting(setting, &field, Value::Json(value)),
                None => {
                    let suggestion = suggest(key, CONTACT_SUGGESTIONS, '_');
                    self.problem(&field, ProblemKind::UnknownSetting { suggestion });
                }
            }
        }
    }

    /// Checks one setting's value and stores the outcome.
    fn setting(&mut self, setting: Setting, field: &str, value: Value) {
        match setting {
            Setting::PracticeName => self
                .text(field, value, MAX_PRACTICE_NAME, Lines::One)
                .store(&mut self.config.practice_name),
            Setting::Intro => self
                .text(field, value, MAX_INTRO, Lines::Many)
                .store(&mut self.config.intro),
            Setting::Email => self
                .email(field, value)
                .store(&mut self.config.contact.email),
            Setting::Phone => self
                .phone(field, value)
                .store(&mut self.config.contact.phone),
            Setting::BookingUrl => self
                .url(field, value)
                .store(&mut self.config.contact.booking_url),
            Setting::Accent => {
                let (checked, text) = self.colour(field, value);
                checked.store(&mut self.config.accent);
                self.accent_text = text;
            }
            Setting::Background => {
                let (checked, text) = self.colour(field, value);
                checked.store(&mut self.config.background);
                self.background_text = text;
            }
            Setting::Language => self.language(field, value).store(&mut self.config.locale),
            Setting::Reflections => {
                let mut slot = Some(self.config.reflections);
                self.switch(field, value).store(&mut slot);
                self.config.reflections = slot.unwrap_or(true);
            }
            Setting::Saving => {
                let mut slot = Some(self.config.offer_saving);
                self.switch(field, value).store(&mut slot);
                self.config.offer_saving = slot.unwrap_or(true);
            }
            Setting::UrgentHelp => {
                let mut slot = Some(std::mem::take(&mut self.config.urgent_help));
                self.help_list(field, value).store(&mut slot);
                self.config.urgent_help = slot.unwrap_or_default();
            }
            Setting::WidgetId => self
                .text(field, value, MAX_WIDGET_ID, Lines::One)
                .store(&mut self.config.widget_id),
            Setting::Code => {}
        }
    }

    /// The raw text of a value that should be text.
    fn raw_text<'a>(&mut self, field: &str, value: Value<'a>) -> Checked<&'a str> {
        match value {
            Value::Flat(s) => Checked::Valid(s),
            Value::Json(Json::String(s)) => Checked::Valid(s),
            Value::Json(Json::Null) => Checked::Absent,
            Value::Json(other) => {
                self.problem(
                    field,
                    ProblemKind::WrongType {
                        expected: Expected::Text,
                        found: Found::of(other),
                    },
                );
                Checked::Invalid
            }
        }
    }

    /// Free text: control characters removed (line breaks and tabs become spaces, except line
    /// breaks in `Lines::Many`), trimmed, empty as absent, at most `max` characters.
    fn text(&mut self, field: &str, value: Value, max: usize, lines: Lines) -> Checked<String> {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw,
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        let mut had_control = false;
        let mut clean = String::with_capacity(raw.len());
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if lines == Lines::Many => {
                    if chars.peek() != Some(&'\n') {
                        clean.push('\n');
                    }
                }
                '\n' if lines == Lines::Many => clean.push('\n'),
                '\n' | '\r' | '\t' => clean.push(' '),
                c if c.is_control() => had_control = true,
                c => clean.push(c),
            }
        }
        if had_control {
            self.problem(field, ProblemKind::ControlCharacters);
        }
        let clean = clean.trim();
        if clean.is_empty() {
            return Checked::Absent;
        }
        let length = clean.chars().count();
        if length > max {
            self.problem(field, ProblemKind::TooLong { length, max });
            return Checked::Invalid;
        }
        Checked::Valid(clean.to_owned())
    }

    /// A value with a fixed shape (email, phone, url): empty as absent, only whitespace as
    /// `blank` says, then trimmed and checked whole with `valid` (control characters make it
    /// invalid rather than being removed), then at most `max` characters.
    fn shaped(
        &mut self,
        field: &str,
        value: Value,
        max: usize,
        valid: fn(&str) -> bool,
        bad: fn(String) -> ProblemKind,
        blank: Blank,
    ) -> Checked<String> {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw,
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        if raw.is_empty() || (raw.trim().is_empty() && blank == Blank::Absent) {
            return Checked::Absent;
        }
        let raw = raw.trim();
        if !valid(raw) {
            self.problem(field, bad(raw.to_owned()));
            return Checked::Invalid;
        }
        let length = raw.chars().count();
        if length > max {
            self.problem(field, ProblemKind::TooLong { length, max });
            return Checked::Invalid;
        }
        Checked::Valid(raw.to_owned())
    }

    fn email(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadEmail { value };
        self.shaped(field, value, MAX_EMAIL, is_email, bad, Blank::Absent)
    }

    fn phone(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadPhone { value };
        self.shaped(field, value, MAX_PHONE, is_phone, bad, Blank::Absent)
    }

    fn url(&mut self, field: &str, value: Value) -> Checked<String> {
        // A web address of only spaces is a paste gone wrong, not a choice to leave it out.
        let bad = |value| ProblemKind::UnsafeUrl { value };
        self.shaped(field, value, MAX_URL, is_safe_url, bad, Blank::Invalid)
    }

    /// A colour, and the text it was written as.
    fn colour(&mut self, field: &str, value: Value) -> (Checked<Rgb>, String) {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw.trim(),
            Checked::Absent => return (Checked::Absent, String::new()),
            Checked::Invalid => return (Checked::Invalid, String::new()),
        };
        if raw.is_empty() {
            return (Checked::Absent, String::new());
        }
        match Rgb::from_hex(raw) {
            Some(rgb) => (Checked::Valid(rgb), raw.to_owned()),
            None => {
                self.problem(
                    field,
                    ProblemKind::NotAColour {
                        value: raw.to_owned(),
                    },
                );
                (Checked::Invalid, String::new())
            }
        }
    }

    fn language(&mut self, field: &str, value: Value) -> Checked<Locale> {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw.trim(),
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        if raw.is_empty() {
            return Checked::Absent;
        }
        match Locale::from_tag(raw) {
            Some(locale) => Checked::Valid(locale),
            None => {
                self.problem(
                    field,
                    ProblemKind::UnknownLanguage {
                        value: raw.to_owned(),
                    },
                );
                Checked::Invalid
            }
        }
    }

    /// `true`/`false` in JSON; on/off, true/false, yes/no or 1/0 in flat form.
    fn switch(&mut self, field: &str, value: Value) -> Checked<bool> {
        match value {
            Value::Json(Json::Bool(b)) => Checked::Valid(*b),
            Value::Json(Json::Null) => Checked::Absent,
            Value::Json(other) => {
                self.problem(
                    field,
                    ProblemKind::WrongType {
                        expected: Expected::TrueOrFalse,
                        found: Found::of(other),
                    },
                );
                Checked::Invalid
            }
            Value::Flat(raw) => match raw.trim().to_ascii_lowercase().as_str() {
                "" => Checked::Absent,
                "on" | "true" | "yes" | "1" => Checked::Valid(true),
                "off" | "false" | "no" | "0" => Checked::Valid(false),
                _ => {
                    self.problem(
                        field,
                        ProblemKind::NotASwitch {
                            value: raw.trim().to_owned(),
                        },
                    );
                    Checked::Invalid
                }
            },
        }
    }

    /// The urgent help list: a JSON array, or in flat form JSON text of one.
    fn help_list(&mut self, field: &str, value: Value) -> Checked<Vec<HelpContact>> {
        let parsed;
        let json = match value {
            Value::Json(json) => json,
            Value::Flat(text) if text.trim().is_empty() => return Checked::Absent,
            Value::Flat(text) => match json::parse(text) {
                Ok(json) => {
                    parsed = json;
                    &parsed
                }
                Err(e) => {
                    self.problem(field, ProblemKind::Malformed(e));
                    return Checked::Invalid;
                }
            },
        };
        let items = match json {
            Json::Array(items) => items,
            Json::Null => return Checked::Absent,
            other => {
                self.problem(
                    field,
                    ProblemKind::WrongType {
                        expected: Expected::List,
                        found: Found::of(other),
                    },
                );
                return Checked::Invalid;
            }
        };
        if items.len() > MAX_HELP_CONTACTS {
            self.problem(
                field,
                ProblemKind::TooManyHelpContacts { count: items.len() },
            );
        }
        let entries = items
            .iter()
            .take(MAX_HELP_CONTACTS)
            .enumerate()
            .filter_map(|(n, item)| self.help_entry(&format!("{field}[{n}]"), item))
            .collect();
        Checked::Valid(entries)
    }

    /// One urgent help contact, or `None` (reported) if it has no name or no way to reach it.
    fn help_entry(&mut self, path: &str, item: &Json) -> Option<HelpContact> {
        let Json::Object(members) = item else {
            self.problem(
                path,
                ProblemKind::WrongType {
                    expected: Expected::Group,
                    found: Found::of(item),
                },
            );
            return None;
        };
        let mut entry = HelpContact::default();
        let mut name = Checked::Absent;
        for (key, value) in members {
            let field = format!("{path}.{}", shown_key(key));
            let value = Value::Json(value);
            match key.as_str() {
                "name" => name = self.text(&field, value, MAX_HELP_NAME, Lines::One),
                "phone" => self.phone(&field, value).store(&mut entry.phone),
                "text" => self
                    .text(&field, value, MAX_HELP_TEXT, Lines::One)
                    .store(&mut entry.text),
                "url" => self.url(&field, value).store(&mut entry.url),
                "hours" => self
                    .text(&field, value, MAX_HOURS, Lines::One)
                    .store(&mut entry.hours),
                _ => {
                    let suggestion = suggest(key, HELP_SUGGESTIONS, '_');
                    self.problem(&field, ProblemKind::UnknownSetting { suggestion });
                }
            }
        }
        let mut keep = true;
        match name.map(|n| entry.name = n) {
            Checked::Valid(()) => {}
            Checked::Absent => {
                self.problem(&format!("{path}.name"), ProblemKind::HelpWithoutName);
                keep = false;
            }
            Checked::Invalid => keep = false,
        }
        if entry.phone.is_none() && entry.text.is_none() && entry.url.is_none() {
            self.problem(path, ProblemKind::HelpUnreachable);
            keep = false;
        }
        keep.then_some(entry)
    }

    /// Checks the colours against each other and the widget's text, then hands over the result.
    fn finish(mut self) -> (Config, Vec<ConfigProblem>) {
        if let Some(background) = self.config.background {
            let ratio = background.contrast(Rgb::MUTED_TEXT);
            if ratio < MIN_CONTRAST {
                self.reject_colour("background", Against::MutedText, ratio);
            }
        }
        if let Some(accent) = self.config.accent {
            let background = self.config.background_or_default();
            let on_white = accent.contrast(Rgb::WHITE);
            let on_background = accent.contrast(background);
            if on_white < MIN_CONTRAST {
                self.reject_colour("accent", Against::ButtonText, on_white);
            } else if on_background < MIN_CONTRAST {
                self.reject_colour("accent", Against::Background(background), on_background);
            }
        }
        if let (None, Some(background)) = (self.config.accent, self.config.background) {
            let ratio = Rgb::DEFAULT_ACCENT.contrast(background);
            if ratio < MIN_CONTRAST {
                self.reject_colour("background", Against::DefaultAccent, ratio);
            }
        }
        (self.config, self.problems)
    }

    fn reject_colour(&mut self, field: &str, against: Against, ratio: f64) {
        let value = if field == "accent" {
            self.config.accent = None;
            std::mem::take(&mut self.accent_text)
        } else {
            self.config.background = None;
            std::mem::take(&mut self.background_text)
        };
        self.problem(
            field,
            ProblemKind::LowContrast {
                value,
                against,
                ratio,
            },
        );
    }
}

/// One `@`, a non-empty local part, a domain of at least two non-empty dot-separated labels, and
/// none of the characters that could break a `mailto:` link or hide a second address.
fn is_email(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || ",;<>()[]\\\":?#%".contains(c))
    {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// An optional leading `+`, then 3 to 20 ASCII digits with spaces, `-`, `(`, `)` or `.`.
fn is_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let mut digits = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '(' | ')' | '.' => {}
            _ => return false,
        }
    }
    (3..=20).contains(&digits)
}

/// An absolute `https://` address with a host (or `http://` to `localhost` or `127.0.0.1`, for
/// testing), without whitespace, control characters, backslashes, quotes, angle brackets or a
/// user name (`https://bank.example@evil.example`).
fn is_safe_url(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '\\' | '"' | '<' | '>' | '`'))
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let (rest, local_only) = if let Some(rest) = lower.strip_prefix("https://") {
        (rest, false)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (rest, true)
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return false;
    }
    let (host, port, bracketed) = match authority.strip_prefix('[') {
        Some(inner) => match inner.split_once(']') {
            Some((host, "")) => (host, "", true),
            Some((host, after)) => match after.strip_prefix(':') {
                Some(port) => (host, port, true),
                None => return false,
            },
            None => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, port, false),
            None => (authority, "", false),
        },
    };
    if port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) || host.is_empty() {
        return false;
    }
    if local_only {
        return !bracketed && (host == "localhost" || host == "127.0.0.1");
    }
    if bracketed {
        return host
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    host.split('.').all(|label| {
        // ASCII letters, digits and hyphens, or any non-ASCII letter of an international
        // name (checking those against Unicode's tables would add kilobytes to the widget).
        !label.is_empty()
            && label.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii() && !c.is_whitespace()
            })
    })
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url (RFC 4648 §5).
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(BASE64URL[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

/// Base64url with or without `=` padding; the standard alphabet's `+` and `/` are read too.
fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}
