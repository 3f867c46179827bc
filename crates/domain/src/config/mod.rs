//! The counsellor's configuration: practice name, contact details, colours, language, urgent
//! help contacts, which optional steps to offer, and the widget's id.
//!
//! Counsellors are not programmers, and a widget that refuses to start over a typo helps no
//! client. So reading a configuration never fails: every setting is checked on its own, a bad one
//! falls back to its default (the others still apply), and every mistake becomes a
//! [`ConfigProblem`] whose note says in plain words, in the widget's language, what is wrong and
//! what the widget did instead.
//!
//! Every setting is a row of one table ([`table::SETTINGS`]); `docs/config.md`'s settings table,
//! `config.schema.json` and the configurator's checks come from it.
//! - `table.rs`: the settings, their names, kinds, limits, defaults and help.
//! - `check.rs`: the checker each entry point runs; `read.rs`: the reader of each kind of value;
//!   `formats.rs`: the shapes of an email address, a phone number and a web address.
//! - `names.rs`: suggestions for misspelt names, and tracking parameters.
//! - `problem.rs`: problems, what the widget does about them, and their notes; `unicode.rs`: the
//!   characters that draw as nothing.
//! - `colour.rs`: colours and contrast. `base64.rs`: settings codes.
//! - `docs.rs` (host only): the tables of `docs/config.md` and `config.schema.json`, made from
//!   the table (`cargo run --bin generate` writes them).
//!
//! Three ways in, one set of rules:
//! - [`Config::from_json`]: a `<script type="application/json">` block inside the widget's
//!   element.
//! - [`Config::from_base64url`]: a settings code (the JSON form in base64url), as in a
//!   `data-config` attribute.
//! - [`Config::from_pairs`]: `data-` attributes of the widget's element.
//!
//! And who may set what: [`Config::for_page`] (the standalone page and the iframe: the
//! counsellor's settings file, and from the address, which anyone can write, only what cannot
//! mislead a client) and [`Config::for_site_page`] (a page whose settings the site gives, where
//! an element's `data-` settings are not read).
//!
//! Text from the counsellor is never interpreted as HTML: the view renders it as text nodes and
//! attribute values, so `<script>` in a practice name is shown as those characters. This module
//! therefore only length-limits text and removes invisible characters; it does not strip or
//! escape markup. Web addresses are a different matter, since they become link targets: only
//! `https://` is accepted.

mod base64;
mod check;
mod colour;
#[cfg(not(target_arch = "wasm32"))]
pub mod docs;
pub mod formats;
pub mod names;
mod problem;
mod read;
pub mod table;
mod unicode;

pub use check::MAX_NOTES;
pub use colour::{pow_2_4, Rgb, MIN_CONTRAST};
pub use problem::{Against, ConfigProblem, Expected, Found, Misplaced, Outcome, ProblemKind};
pub use table::{
    MAX_EMAIL, MAX_HELP_CONTACTS, MAX_HELP_NAME, MAX_HELP_TEXT, MAX_HOURS, MAX_INTRO,
    MAX_OWN_QUESTION, MAX_OWN_QUESTIONS, MAX_PHONE, MAX_PRACTICE_NAME, MAX_URL, MAX_WIDGET_ID,
    MIN_AREAS,
};
pub use unicode::is_format;

use check::{Draft, Value};
use names::Form;
use problem::shown_key;
use table::{Kind, SETTINGS};

use super::content::AreaId;
use super::json::Json;
use super::text::{Locale, Text};

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
    /// The widget's name on a page with more than one: ASCII letters, digits, `-` and `_`, at
    /// most [`MAX_WIDGET_ID`] characters. Empty means the default widget.
    pub widget_id: String,
    /// The areas the check-in asks about, each once, in the model's order: at least
    /// [`MIN_AREAS`]. Empty means all six.
    pub areas: Vec<AreaId>,
    /// The counsellor's own questions, at most [`MAX_OWN_QUESTIONS`]. A question written as
    /// plain text is in the English slot, which every language falls back to.
    pub questions: Vec<Text>,
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
            widget_id: String::new(),
            areas: Vec::new(),
            questions: Vec::new(),
        }
    }
}

impl Config {
    /// The configuration in a JSON object, such as the counsellor's
    /// `<script type="application/json">` block. Text that is empty or only whitespace is an
    /// empty configuration; anything else that is not a JSON object gives the default
    /// configuration and one problem.
    ///
    /// ```
    /// use missing_pieces_domain::config::Config;
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
    /// accepted) of the JSON form, as in a `data-config` attribute.
    pub fn from_base64url(code: &str) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        draft.code(table::CODE, code);
        draft.finish()
    }

    /// The configuration in flat key/value pairs: the `data-` attributes of the widget's
    /// element (without the `data-` prefix) or address parameters. Names are matched ignoring
    /// ASCII case. A `config` pair (a settings code) is read first, whatever its position, and
    /// the other pairs override what it sets. Each setting may be given once.
    ///
    /// Pages carry names that are not settings (tracking parameters such as `utm_source`,
    /// attributes such as `data-nosnippet`), so an unknown name gets a note only when it is
    /// close to a setting's name (a likely typing mistake, such as `acent`).
    pub fn from_pairs(pairs: &[(String, String)]) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        read_pairs(&mut draft, pairs);
        draft.finish()
    }

    /// The standalone page's settings (also what an iframe shows): its settings file
    /// (`settings.json` in the widget's folder, in the JSON form; empty text when there is
    /// none), then its address.
    ///
    /// Anyone can write an address: in a link to the page on the counsellor's own site, or in a
    /// frame on a site of their own. So the address may carry only what cannot mislead a client
    /// or send their answers elsewhere: the language ([`table::SAFE_IN_ANY_ADDRESS`]), and inside
    /// a frame the widget id ([`table::SAFE_IN_A_FRAME`]). Any other setting there gets one note
    /// and is not used; everything else comes from the file the counsellor uploaded.
    ///
    /// ```
    /// use missing_pieces_domain::config::{Config, Shown};
    /// let address = [
    ///     ("contact-email".to_owned(), "someone@elsewhere.example".to_owned()),
    ///     ("language".to_owned(), "es".to_owned()),
    /// ];
    /// let file = r#"{"contact": {"email": "hello@harbour.example"}}"#;
    /// for shown in [Shown::OnItsOwn, Shown::InFrame] {
    ///     let (config, notes) = Config::for_page(file, &address, shown);
    ///     assert_eq!(config.contact.email.as_deref(), Some("hello@harbour.example"));
    ///     assert_eq!(config.locale.map(|l| l.as_str()), Some("es"));
    ///     assert_eq!(notes.len(), 1);
    /// }
    /// ```
    pub fn for_page(
        file: &str,
        address: &[(String, String)],
        shown: Shown,
    ) -> (Config, Vec<ConfigProblem>) {
        let allowed = match shown {
            Shown::OnItsOwn => table::SAFE_IN_ANY_ADDRESS,
            Shown::InFrame => table::SAFE_IN_A_FRAME,
        };
        let mut draft = Draft::default();
        draft.json_text(SETTINGS_FILE, file);
        let pairs = only(address, allowed);
        if pairs.len() < address.iter().filter(|(k, _)| names_setting(k)).count() {
            draft.problem("settings", ProblemKind::NotRead(Misplaced::Address));
        }
        read_pairs(&mut draft, &pairs);
        draft.finish()
    }

    /// The settings of a widget on a page whose settings come from the site: the JSON text of
    /// the page's `<script type="application/json" data-missing-pieces-settings>` block (the
    /// WordPress plugin writes it). Such a page's text may be written by people who cannot
    /// change those settings (on WordPress, every author can put `data-` attributes on a
    /// `div`), so of the `data-` settings on the widget's own element only
    /// [`table::SAFE_ON_ANY_ELEMENT`] (its widget id) is read; any other gets one note.
    pub fn for_site_page(
        block: &str,
        element: &[(String, String)],
    ) -> (Config, Vec<ConfigProblem>) {
        let mut draft = Draft::default();
        draft.json_text("settings", block);
        let pairs = only(element, table::SAFE_ON_ANY_ELEMENT);
        if pairs.len() < element.iter().filter(|(k, _)| names_setting(k)).count() {
            draft.problem("settings", ProblemKind::NotRead(Misplaced::OnElement));
        }
        read_pairs(&mut draft, &pairs);
        draft.finish()
    }

    /// The canonical JSON form: compact, settings in table order, only those that differ from
    /// the default, strings written by [`json::escape`](super::json::escape) (so the text is
    /// safe inside an HTML page). The default configuration is `{}`.
    pub fn to_json(&self) -> String {
        let mut this = self.clone();
        let defaults = Config::default();
        let mut members: Vec<(String, Json)> = Vec::new();
        for setting in SETTINGS {
            let value = match setting.kind {
                Kind::Text { slot, .. }
                | Kind::Email(slot)
                | Kind::Phone(slot)
                | Kind::WebAddress(slot) => slot(&mut this).clone().map(Json::String),
                Kind::Colour(slot) => slot(&mut this).map(|c| Json::String(c.to_hex())),
                Kind::Language(slot) => {
                    slot(&mut this).map(|l| Json::String(l.as_str().to_owned()))
                }
                Kind::Switch(slot) => {
                    let on = *slot(&mut this);
                    (on != *slot(&mut defaults.clone())).then_some(Json::Bool(on))
                }
                Kind::HelpList(slot) => {
                    let list = slot(&mut this);
                    (!list.is_empty()).then(|| Json::Array(list.iter().map(help_json).collect()))
                }
                Kind::Name { slot, .. } => {
                    let name = slot(&mut this);
                    (!name.is_empty()).then(|| Json::String(name.clone()))
                }
                Kind::Areas(slot) => {
                    let areas = slot(&mut this);
                    (!areas.is_empty()).then(|| {
                        Json::Array(
                            areas
                                .iter()
                                .map(|a| Json::String(a.as_str().to_owned()))
                                .collect(),
                        )
                    })
                }
                Kind::Questions(slot) => {
                    let questions = slot(&mut this);
                    (!questions.is_empty())
                        .then(|| Json::Array(questions.iter().map(question_json).collect()))
                }
            };
            let Some(value) = value else { continue };
            let (top, leaf) = (setting.json_top(), setting.json_leaf());
            if top == setting.json {
                members.push((top.to_owned(), value));
                continue;
            }
            if !matches!(members.last(), Some((name, Json::Object(_))) if name == top) {
                members.push((top.to_owned(), Json::Object(Vec::new())));
            }
            if let Some((_, Json::Object(group))) = members.last_mut() {
                group.push((leaf.to_owned(), value));
            }
        }
        Json::Object(members).to_string()
    }

    /// The settings code for this configuration: unpadded base64url of [`Config::to_json`].
    pub fn to_base64url(&self) -> String {
        base64::encode(self.to_json().as_bytes())
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

/// Where the standalone page is shown, which decides what its address may set besides the
/// language ([`Config::for_page`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Opened on its own: the one check-in on its page.
    OnItsOwn,
    /// Inside a frame on another page, which may show more than one.
    InFrame,
}

/// The settings file's name, beside the widget's files, and its name in notes.
pub const SETTINGS_FILE: &str = "settings.json";

/// Whether a flat name names a setting (or the settings code).
fn names_setting(key: &str) -> bool {
    let name = key.trim().to_ascii_lowercase();
    table::by_flat(&name).is_some() || name == table::CODE
}

/// The pairs that name a setting among `allowed` (JSON paths).
fn only(pairs: &[(String, String)], allowed: &[&str]) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| {
            table::by_flat(&k.trim().to_ascii_lowercase())
                .is_some_and(|s| allowed.contains(&s.json))
        })
        .cloned()
        .collect()
}

/// Reads flat pairs into `draft` (see [`Config::from_pairs`]).
fn read_pairs(draft: &mut Draft, pairs: &[(String, String)]) {
    if let Some((_, code)) = pairs
        .iter()
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(table::CODE))
    {
        draft.code(table::CODE, code);
    }
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs {
        let field = shown_key(key);
        let name = key.trim().to_ascii_lowercase();
        let setting = table::by_flat(&name);
        let id = match setting {
            Some(setting) => setting.json,
            None if name == table::CODE => table::CODE,
            None => {
                if names::is_tracking(&name) {
                    continue;
                }
                if let Some(suggestion) = names::suggest(key, Form::Flat) {
                    let suggestion = Some(suggestion);
                    draft.problem(&field, ProblemKind::UnknownSetting { suggestion });
                }
                continue;
            }
        };
        if seen.contains(&id) {
            draft.problem(&field, ProblemKind::Repeated);
            continue;
        }
        seen.push(id);
        if let Some(setting) = setting {
            draft.setting(setting, &field, Value::Flat(value));
        }
    }
}

/// An own question: plain text when written once for every language, else one text per
/// language.
fn question_json(question: &Text) -> Json {
    let written: Vec<(Locale, &str)> = Locale::ALL
        .iter()
        .filter_map(|&l| Some((l, question.get_exact(l)?)))
        .collect();
    match written.as_slice() {
        [(Locale::En, text)] => Json::String((*text).to_owned()),
        _ => Json::Object(
            written
                .iter()
                .map(|(l, t)| (l.as_str().to_owned(), Json::String((*t).to_owned())))
                .collect(),
        ),
    }
}

fn help_json(help: &HelpContact) -> Json {
    let mut entry = vec![("name".to_owned(), Json::String(help.name.clone()))];
    for (key, value) in [
        ("phone", &help.phone),
        ("text", &help.text),
        ("url", &help.url),
        ("hours", &help.hours),
    ] {
        if let Some(value) = value {
            entry.push((key.to_owned(), Json::String(value.clone())));
        }
    }
    Json::Object(entry)
}

/// A `tel:` link for a phone number: a leading `+` if the number starts with one, then its ASCII
/// digits, and nothing else.
///
/// ```
/// use missing_pieces_domain::config::help_phone_href;
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
