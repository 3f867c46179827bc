//! The checker: reads each setting on its own through its row in the table, keeps what is
//! usable, and records a [`ConfigProblem`] for everything else.

use super::base64;
use super::colour::{Rgb, MIN_CONTRAST};
use super::problem::{
    is_format, is_invisible, shown_key, Against, ConfigProblem, Expected, Found, Outcome,
    ProblemKind,
};
use super::table::{
    self, Form, HelpPart, Kind, Lines, Setting, HELP_FIELDS, MAX_HELP_CONTACTS, MAX_OWN_QUESTION,
    MAX_OWN_QUESTIONS, MIN_AREAS,
};
use super::{Config, HelpContact};
use crate::domain::content::AreaId;
use crate::domain::json::{self, Json};
use crate::domain::text::{Locale, Text};

/// The most problems listed one by one; the rest are counted in one last note, so that a page
/// address with thousands of names gives a short note (and a short console).
pub const MAX_NOTES: usize = 8;

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
    /// Stores the outcome in an optional setting.
    fn store(self, slot: &mut Option<T>) {
        match self {
            Checked::Absent => {}
            Checked::Valid(v) => *slot = Some(v),
            Checked::Invalid => *slot = None,
        }
    }

    /// Stores the outcome in a setting whose default is `default`.
    fn store_or(self, slot: &mut T, default: T) {
        match self {
            Checked::Absent => {}
            Checked::Valid(v) => *slot = v,
            Checked::Invalid => *slot = default,
        }
    }
}

/// A value as either form gives it.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Json(&'a Json),
    Flat(&'a str),
}

/// What a value of only whitespace means.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Blank {
    Absent,
    Invalid,
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
    refused: Option<Outcome>,
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
                let suggestion = table::suggest(key, Form::Json);
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
                    let suggestion = table::suggest(key, Form::Group(group));
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
                let (checked, text) = self.colour(field, value);
                checked.store(slot(&mut self.config));
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

    /// Free text: control and formatting characters removed (line breaks and tabs become
    /// spaces, except line breaks in `Lines::Many`), trimmed, empty as absent, at most `max`
    /// characters. Zero-width joiners and non-joiners stay: Arabic script and emoji need them,
    /// and they cannot reorder or hide text.
    fn text(&mut self, field: &str, value: Value, max: usize, lines: Lines) -> Checked<String> {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw,
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        let (mut had_control, mut had_format) = (false, false);
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
                '\u{200C}' | '\u{200D}' => clean.push(c),
                c if is_format(c) => had_format = true,
                c => clean.push(c),
            }
        }
        if had_control {
            self.problem(field, ProblemKind::ControlCharacters);
        }
        if had_format {
            self.problem(field, ProblemKind::FormatCharacters);
        }
        let clean = clean.trim();
        if clean.is_empty() {
            return Checked::Absent;
        }
        self.at_most(field, clean, max)
    }

    /// `value` when it has at most `max` characters; otherwise a note, and invalid.
    fn at_most(&mut self, field: &str, value: &str, max: usize) -> Checked<String> {
        let length = value.chars().count();
        if length > max {
            self.problem(field, ProblemKind::TooLong { length, max });
            return Checked::Invalid;
        }
        Checked::Valid(value.to_owned())
    }

    /// A value with a fixed shape (email, phone, url): empty as absent, only whitespace as
    /// `blank` says, then trimmed and checked whole with `valid` (a character nobody could see
    /// or type refuses it rather than being removed: it could send the client somewhere else),
    /// then at most `max` characters.
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
        if raw.chars().any(|c| is_invisible(c) && !c.is_control()) {
            let value = raw.to_owned();
            self.problem(field, ProblemKind::HiddenCharacters { value });
            return Checked::Invalid;
        }
        if !valid(raw) {
            self.problem(field, bad(raw.to_owned()));
            return Checked::Invalid;
        }
        self.at_most(field, raw, max)
    }

    fn email(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadEmail { value };
        self.shaped(field, value, table::MAX_EMAIL, is_email, bad, Blank::Absent)
    }

    fn phone(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadPhone { value };
        self.shaped(field, value, table::MAX_PHONE, is_phone, bad, Blank::Absent)
    }

    fn url(&mut self, field: &str, value: Value) -> Checked<String> {
        // A web address of only spaces is a paste gone wrong, not a choice to leave it out.
        let bad = |value| ProblemKind::UnsafeUrl { value };
        self.shaped(
            field,
            value,
            table::MAX_URL,
            is_safe_url,
            bad,
            Blank::Invalid,
        )
    }

    /// A name of ASCII letters, digits, `-` and `_`, at most `max` characters.
    fn name(&mut self, field: &str, value: Value, max: usize) -> Checked<String> {
        let raw = match self.raw_text(field, value) {
            Checked::Valid(raw) => raw.trim(),
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        if raw.is_empty() {
            return Checked::Absent;
        }
        let fits = raw.len() <= max
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if fits {
            Checked::Valid(raw.to_owned())
        } else {
            let value = raw.to_owned();
            self.problem(field, ProblemKind::BadName { value, max });
            Checked::Invalid
        }
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
                let value = raw.to_owned();
                self.problem(field, ProblemKind::NotAColour { value });
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
                let value = raw.to_owned();
                self.problem(field, ProblemKind::UnknownLanguage { value });
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
                    let value = raw.trim().to_owned();
                    self.problem(field, ProblemKind::NotASwitch { value });
                    Checked::Invalid
                }
            },
        }
    }

    /// The areas asked: a JSON list of area ids (or text), or in flat form ids separated by
    /// commas or spaces. Ids are read ignoring case, with `-` as `_`. An unknown id is left out
    /// (noted); fewer than [`MIN_AREAS`] known ids asks about every area.
    fn areas(&mut self, field: &str, value: Value) -> Checked<Vec<AreaId>> {
        let mut names: Vec<String> = Vec::new();
        match value {
            Value::Flat(text) => names.extend(text.split([',', ' ', ';', '\n']).map(str::to_owned)),
            Value::Json(Json::String(text)) => {
                names.extend(text.split([',', ' ', ';', '\n']).map(str::to_owned));
            }
            Value::Json(Json::Array(items)) => {
                for (n, item) in items.iter().enumerate() {
                    match item {
                        Json::String(name) => names.push(name.clone()),
                        other => self.problem(
                            &format!("{field}[{n}]"),
                            ProblemKind::WrongType {
                                expected: Expected::Text,
                                found: Found::of(other),
                            },
                        ),
                    }
                }
            }
            Value::Json(Json::Null) => return Checked::Absent,
            Value::Json(other) => {
                self.problem(
                    field,
                    ProblemKind::WrongType {
                        expected: Expected::List,
                        found: Found::of(other),
                    },
                );
                return Checked::Invalid;
            }
        }
        let names: Vec<&str> = names
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .collect();
        if names.is_empty() {
            return Checked::Absent;
        }
        let mut chosen: Vec<AreaId> = Vec::new();
        for name in names {
            let normal = name.to_ascii_lowercase().replace('-', "_");
            match AreaId::ALL.into_iter().find(|a| a.as_str() == normal) {
                Some(area) => chosen.push(area),
                None => {
                    let value = name.to_owned();
                    self.problem(field, ProblemKind::UnknownArea { value });
                }
            }
        }
        // Each once, in the model's order, whatever order they were written in.
        let chosen: Vec<AreaId> = AreaId::ALL
            .into_iter()
            .filter(|a| chosen.contains(a))
            .collect();
        if chosen.len() < MIN_AREAS {
            let count = chosen.len();
            self.problem(
                field,
                ProblemKind::TooFewAreas {
                    count,
                    min: MIN_AREAS,
                },
            );
            return Checked::Invalid;
        }
        if chosen.len() == AreaId::ALL.len() {
            return Checked::Absent;
        }
        Checked::Valid(chosen)
    }

    /// The counsellor's own questions: a JSON list whose entries are text or a group of texts
    /// by language; in flat form, JSON text of such a list, or one question as plain text.
    fn questions(&mut self, field: &str, value: Value) -> Checked<Vec<Text>> {
        if let Value::Flat(text) = value {
            if !text.trim().is_empty() && !text.trim_start().starts_with('[') {
                return match self.question(field, &Json::String(text.to_owned())) {
                    Some(question) => Checked::Valid(vec![question]),
                    None => Checked::Invalid,
                };
            }
        }
        let mut parsed = None;
        let items = match self.entries(field, value, &mut parsed, true) {
            Checked::Valid(items) => items,
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        self.at_most_entries(field, items.len(), MAX_OWN_QUESTIONS, |count, max| {
            ProblemKind::TooManyQuestions { count, max }
        });
        let questions: Vec<Text> = items
            .iter()
            .take(MAX_OWN_QUESTIONS)
            .enumerate()
            .filter_map(|(n, item)| self.question(&format!("{field}[{n}]"), item))
            .collect();
        if questions.is_empty() {
            return Checked::Absent;
        }
        Checked::Valid(questions)
    }

    /// One own question, or `None` when nothing usable is written (refused parts are noted).
    fn question(&mut self, path: &str, item: &Json) -> Option<Text> {
        let one = Lines::One;
        let mut written: Vec<(Locale, String)> = Vec::new();
        match item {
            Json::String(_) => {
                if let Checked::Valid(text) =
                    self.text(path, Value::Json(item), MAX_OWN_QUESTION, one)
                {
                    written.push((Locale::En, text));
                }
            }
            Json::Object(members) => {
                for (key, value) in members {
                    let field = format!("{path}.{}", shown_key(key));
                    let Some(locale) = Locale::from_tag(key.trim()) else {
                        let value = key.trim().to_owned();
                        self.problem(&field, ProblemKind::UnknownLanguage { value });
                        continue;
                    };
                    let text = self.text(&field, Value::Json(value), MAX_OWN_QUESTION, one);
                    if let Checked::Valid(text) = text {
                        written.retain(|(l, _)| *l != locale);
                        written.push((locale, text));
                    }
                }
            }
            other => self.problem(
                path,
                ProblemKind::WrongType {
                    expected: Expected::Text,
                    found: Found::of(other),
                },
            ),
        }
        let pairs: Vec<(Locale, &str)> = written.iter().map(|(l, t)| (*l, t.as_str())).collect();
        (!pairs.is_empty()).then(|| Text::from_pairs(&pairs))
    }

    /// A list setting's entries: a JSON array, or in flat form JSON text of one (`parsed` holds
    /// what was parsed). With `single`, text or a group given on its own is a list of one.
    fn entries<'a>(
        &mut self,
        field: &str,
        value: Value<'a>,
        parsed: &'a mut Option<Json>,
        single: bool,
    ) -> Checked<&'a [Json]> {
        let json: &'a Json = match value {
            Value::Json(json) => json,
            Value::Flat(text) if text.trim().is_empty() => return Checked::Absent,
            Value::Flat(text) => match json::parse(text) {
                Ok(json) => parsed.insert(json),
                Err(e) => {
                    self.problem(field, ProblemKind::Malformed(e));
                    return Checked::Invalid;
                }
            },
        };
        match json {
            Json::Array(items) => Checked::Valid(items),
            Json::Null => Checked::Absent,
            Json::String(_) | Json::Object(_) if single => {
                Checked::Valid(std::slice::from_ref(json))
            }
            other => {
                self.problem(
                    field,
                    ProblemKind::WrongType {
                        expected: Expected::List,
                        found: Found::of(other),
                    },
                );
                Checked::Invalid
            }
        }
    }

    /// Notes a list longer than `max` (only its first `max` entries are read).
    fn at_most_entries(
        &mut self,
        field: &str,
        count: usize,
        max: usize,
        too_many: fn(usize, usize) -> ProblemKind,
    ) {
        if count > max {
            self.problem(field, too_many(count, max));
        }
    }

    /// The urgent help list: a JSON array, or in flat form JSON text of one.
    fn help_list(&mut self, field: &str, value: Value) -> Checked<Vec<HelpContact>> {
        let mut parsed = None;
        let items = match self.entries(field, value, &mut parsed, false) {
            Checked::Valid(items) => items,
            Checked::Absent => return Checked::Absent,
            Checked::Invalid => return Checked::Invalid,
        };
        self.at_most_entries(field, items.len(), MAX_HELP_CONTACTS, |count, max| {
            ProblemKind::TooManyHelpContacts { count, max }
        });
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
            let Some(part) = HELP_FIELDS.iter().find(|f| f.name == key.as_str()) else {
                let suggestion = table::suggest(key, Form::Help);
                self.problem(&field, ProblemKind::UnknownSetting { suggestion });
                continue;
            };
            // A refused part is left out; the contact stays if it is still whole.
            self.refused = Some(Outcome::LeftOut);
            let one = Lines::One;
            match part.part {
                HelpPart::Name => name = self.text(&field, value, part.max, one),
                HelpPart::Phone => self.phone(&field, value).store(&mut entry.phone),
                HelpPart::Text => self
                    .text(&field, value, part.max, one)
                    .store(&mut entry.text),
                HelpPart::Url => self.url(&field, value).store(&mut entry.url),
                HelpPart::Hours => self
                    .text(&field, value, part.max, one)
                    .store(&mut entry.hours),
            }
        }
        let mut keep = true;
        match name {
            Checked::Valid(n) => entry.name = n,
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

/// One `@`, a non-empty local part, a domain of at least two non-empty dot-separated labels, and
/// none of the characters that could break a `mailto:` link or hide a second address.
pub fn is_email(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || is_invisible(c) || ",;<>()[]\\\":?#%".contains(c))
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
pub fn is_phone(s: &str) -> bool {
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
/// testing), without whitespace, invisible characters, backslashes, quotes, angle brackets or a
/// user name (`https://bank.example@evil.example`).
pub fn is_safe_url(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || is_invisible(c) || matches!(c, '\\' | '"' | '<' | '>' | '`'))
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
