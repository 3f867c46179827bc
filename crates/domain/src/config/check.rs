//! The checker: reads each setting on its own through its row in the table (with the reader of
//! its kind, `read.rs`), keeps what is usable, and records a [`ConfigProblem`] for everything
//! else; then checks the colours against each other.

use super::base64;
use super::colour::{Rgb, MIN_CONTRAST};
use super::names::{suggest, Form};
use super::problem::{shown_key, Against, ConfigProblem, Expected, Found, Outcome, ProblemKind};
use super::read::Checked;
use super::table::{self, Kind, Setting};
use super::Config;
use crate::json::{self, Json};

/// The most problems listed one by one; the rest are counted in one last note, so that a page
/// address with thousands of names gives a short note (and a short console).
pub const MAX_NOTES: usize = 8;

/// A value as either form gives it.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Json(&'a Json),
    Flat(&'a str),
}

/// A configuration being read, with the problems found so far.
#[derive(Default)]
pub struct Draft {
    config: Config,
    /// The accent and background as written, for messages about their contrast.
    accent_text: String,
    background_text: String,
    problems: Vec<ConfigProblem>,
    /// Problems past [`MAX_NOTES`], counted.
    more: usize,
    /// What a refused value of the setting being read falls back to.
    pub(super) refused: Option<Outcome>,
}

impl Draft {
    /// Records a problem with `field`; the widget leaves out (or defaults) what it was.
    pub fn problem(&mut self, field: &str, kind: ProblemKind) {
        let outcome = match &kind {
            ProblemKind::UnknownSetting { .. } => Outcome::Ignored,
            ProblemKind::Repeated => Outcome::FirstUsed,
            ProblemKind::ControlCharacters | ProblemKind::FormatCharacters => Outcome::Removed,
            ProblemKind::TooManyHelpContacts { max, .. }
            | ProblemKind::TooManyQuestions { max, .. } => Outcome::FirstKept(*max),
            ProblemKind::UnknownArea { .. } => Outcome::Ignored,
            ProblemKind::HelpWithoutName | ProblemKind::HelpUnreachable => Outcome::ContactLeftOut,
            ProblemKind::NotRead(_) => Outcome::NotUsed,
            ProblemKind::More { .. } => Outcome::Nothing,
            _ if field == "settings" || field == super::SETTINGS_FILE => Outcome::AllDefaults,
            _ if field == table::CODE => Outcome::CodeNotUsed,
            _ if field.ends_with(']') || field.ends_with("].name") => Outcome::ContactLeftOut,
            _ => self.refused.unwrap_or(Outcome::LeftOut),
        };
        self.push(ConfigProblem::new(field, kind, outcome));
    }

    /// Keeps a problem, unless the same one is already noted (a name given over and over).
    fn push(&mut self, problem: ConfigProblem) {
        if self.problems.contains(&problem) {
            return;
        }
        if self.problems.len() < MAX_NOTES {
            self.problems.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// A whole configuration as JSON text; `field` names it in problems.
    pub fn json_text(&mut self, field: &str, text: &str) {
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
    pub fn code(&mut self, field: &str, code: &str) {
        let code = code.trim();
        if code.is_empty() {
            return;
        }
        match base64::decode(code).and_then(|bytes| String::from_utf8(bytes).ok()) {
            Some(text) => self.json_text(field, &text),
            None => self.problem(field, ProblemKind::BadCode),
        }
    }

    fn json_object(&mut self, members: &[(String, Json)]) {
        for (key, value) in members {
            let field = shown_key(key);
            if table::is_group(key) {
                self.group(key, value);
            } else if let Some(setting) = table::by_json(key) {
                self.setting(setting, &field, Value::Json(value));
            } else {
                let suggestion = suggest(key, Form::Json);
                self.problem(&field, ProblemKind::UnknownSetting { suggestion });
            }
        }
    }

    /// A group of settings, such as `contact`.
    fn group(&mut self, group: &str, value: &Json) {
        let members = match value {
            Json::Null => return,
            Json::Object(members) => members,
            other => {
                return self.problem(
                    group,
                    ProblemKind::WrongType {
                        expected: Expected::Group,
                        found: Found::of(other),
                    },
                )
            }
        };
        for (key, value) in members {
            let field = format!("{group}.{}", shown_key(key));
            match table::by_json(&format!("{group}.{key}")) {
                Some(setting) => self.setting(setting, &field, Value::Json(value)),
                None => {
                    let suggestion = suggest(key, Form::Group(group));
                    self.problem(&field, ProblemKind::UnknownSetting { suggestion });
                }
            }
        }
    }

    /// Checks one setting's value and stores the outcome.
    pub fn setting(&mut self, setting: &Setting, field: &str, value: Value) {
        self.refused = Some(setting.refused);
        let defaults = Config::default();
        match setting.kind {
            Kind::Text { max, lines, slot } => self
                .text(field, value, max, lines)
                .store(slot(&mut self.config)),
            Kind::Email(slot) => self.email(field, value).store(slot(&mut self.config)),
            Kind::Phone(slot) => self.phone(field, value).store(slot(&mut self.config)),
            Kind::WebAddress(slot) => self.url(field, value).store(slot(&mut self.config)),
            Kind::Colour(slot) => {
                let checked = self.colour(field, value);
                let text = match &checked {
                    Checked::Valid((_, text)) => text.clone(),
                    _ => String::new(),
                };
                checked
                    .then(|(rgb, _)| Checked::Valid(rgb))
                    .store(slot(&mut self.config));
                if setting.json == "accent" {
                    self.accent_text = text;
                } else {
                    self.background_text = text;
                }
            }
            Kind::Language(slot) => self.language(field, value).store(slot(&mut self.config)),
            Kind::Switch(slot) => {
                let default = *slot(&mut defaults.clone());
                self.switch(field, value)
                    .store_or(slot(&mut self.config), default);
            }
            Kind::HelpList(slot) => self
                .help_list(field, value)
                .store_or(slot(&mut self.config), Vec::new()),
            Kind::Name { max, slot } => self
                .name(field, value, max)
                .store_or(slot(&mut self.config), String::new()),
            Kind::Areas(slot) => self
                .areas(field, value)
                .store_or(slot(&mut self.config), Vec::new()),
            Kind::Questions(slot) => self
                .questions(field, value)
                .store_or(slot(&mut self.config), Vec::new()),
        }
        self.refused = None;
    }

    /// Checks the colours against each other and the widget's text, then hands over the result.
    pub fn finish(mut self) -> (Config, Vec<ConfigProblem>) {
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
        if self.more > 0 {
            let kind = ProblemKind::More { count: self.more };
            self.problems
                .push(ConfigProblem::new("settings", kind, Outcome::Nothing));
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
        let kind = ProblemKind::LowContrast {
            value,
            against,
            ratio,
        };
        self.push(ConfigProblem::new(field, kind, Outcome::DefaultUsed));
    }
}
