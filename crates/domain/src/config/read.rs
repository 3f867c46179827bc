//! The readers of each kind of value the settings table names: each takes a value as either
//! form gives it (JSON, or the text of a `data-` attribute or address parameter), keeps what is
//! usable and notes the rest on the [`Draft`].

use super::check::{Draft, Value};
use super::colour::Rgb;
use super::formats::{is_email, is_phone, is_safe_url};
use super::names::{suggest, Form};
use super::problem::{shown_key, Expected, Found, Outcome, ProblemKind};
use super::table::{
    self, HelpPart, Lines, HELP_FIELDS, MAX_HELP_CONTACTS, MAX_OWN_QUESTION, MAX_OWN_QUESTIONS,
    MIN_AREAS,
};
use super::unicode::{is_format, is_invisible};
use super::HelpContact;
use crate::content::AreaId;
use crate::json::{self, Json};
use crate::text::{Locale, Text};

/// The outcome of checking one value.
pub(super) enum Checked<T> {
    /// Not given, empty or `null`: the setting keeps its current value.
    Absent,
    /// Usable.
    Valid(T),
    /// Reported; the setting falls back to its default.
    Invalid,
}

impl<T> Checked<T> {
    /// Stores the outcome in an optional setting.
    pub(super) fn store(self, slot: &mut Option<T>) {
        match self {
            Checked::Absent => {}
            Checked::Valid(v) => *slot = Some(v),
            Checked::Invalid => *slot = None,
        }
    }

    /// Stores the outcome in a setting whose default is `default`.
    pub(super) fn store_or(self, slot: &mut T, default: T) {
        match self {
            Checked::Absent => {}
            Checked::Valid(v) => *slot = v,
            Checked::Invalid => *slot = default,
        }
    }

    /// `read` applied to a usable value; absent and refused stay as they are. Every reader
    /// goes on from the value's text (or list) through this.
    pub(super) fn then<U>(self, read: impl FnOnce(T) -> Checked<U>) -> Checked<U> {
        match self {
            Checked::Absent => Checked::Absent,
            Checked::Valid(v) => read(v),
            Checked::Invalid => Checked::Invalid,
        }
    }
}

/// What a value of only whitespace means.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Blank {
    Absent,
    Invalid,
}

impl Draft {
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

    /// The trimmed text of a value that should be text; only whitespace is absent.
    fn word<'a>(&mut self, field: &str, value: Value<'a>) -> Checked<&'a str> {
        self.raw_text(field, value).then(|raw| match raw.trim() {
            "" => Checked::Absent,
            raw => Checked::Valid(raw),
        })
    }

    /// Free text: control and formatting characters removed (line breaks and tabs become
    /// spaces, except line breaks in `Lines::Many`), trimmed, empty as absent, at most `max`
    /// characters. Zero-width joiners and non-joiners stay: Arabic script and emoji need them,
    /// and they cannot reorder or hide text.
    pub(super) fn text(
        &mut self,
        field: &str,
        value: Value,
        max: usize,
        lines: Lines,
    ) -> Checked<String> {
        self.raw_text(field, value)
            .then(|raw| self.clean_text(field, raw, max, lines))
    }

    /// [`Draft::text`] once the value is known to be text.
    fn clean_text(&mut self, field: &str, raw: &str, max: usize, lines: Lines) -> Checked<String> {
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
        self.raw_text(field, value).then(|raw| {
            if raw.is_empty() || (raw.trim().is_empty() && blank == Blank::Absent) {
                return Checked::Absent;
            }
            self.shaped_text(field, raw.trim(), max, valid, bad)
        })
    }

    /// [`Draft::shaped`] once the value is known to be trimmed text.
    fn shaped_text(
        &mut self,
        field: &str,
        raw: &str,
        max: usize,
        valid: fn(&str) -> bool,
        bad: fn(String) -> ProblemKind,
    ) -> Checked<String> {
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

    pub(super) fn email(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadEmail { value };
        self.shaped(field, value, table::MAX_EMAIL, is_email, bad, Blank::Absent)
    }

    pub(super) fn phone(&mut self, field: &str, value: Value) -> Checked<String> {
        let bad = |value| ProblemKind::BadPhone { value };
        self.shaped(field, value, table::MAX_PHONE, is_phone, bad, Blank::Absent)
    }

    pub(super) fn url(&mut self, field: &str, value: Value) -> Checked<String> {
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
    pub(super) fn name(&mut self, field: &str, value: Value, max: usize) -> Checked<String> {
        self.word(field, value)
            .then(|raw| self.name_text(field, raw, max))
    }

    fn name_text(&mut self, field: &str, raw: &str, max: usize) -> Checked<String> {
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
    pub(super) fn colour(&mut self, field: &str, value: Value) -> Checked<(Rgb, String)> {
        self.word(field, value)
            .then(|raw| match Rgb::from_hex(raw) {
                Some(rgb) => Checked::Valid((rgb, raw.to_owned())),
                None => {
                    let value = raw.to_owned();
                    self.problem(field, ProblemKind::NotAColour { value });
                    Checked::Invalid
                }
            })
    }

    pub(super) fn language(&mut self, field: &str, value: Value) -> Checked<Locale> {
        self.word(field, value)
            .then(|raw| match Locale::from_tag(raw) {
                Some(locale) => Checked::Valid(locale),
                None => {
                    let value = raw.to_owned();
                    self.problem(field, ProblemKind::UnknownLanguage { value });
                    Checked::Invalid
                }
            })
    }

    /// `true`/`false` in JSON; on/off, true/false, yes/no or 1/0 in flat form.
    pub(super) fn switch(&mut self, field: &str, value: Value) -> Checked<bool> {
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
    pub(super) fn areas(&mut self, field: &str, value: Value) -> Checked<Vec<AreaId>> {
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
    pub(super) fn questions(&mut self, field: &str, value: Value) -> Checked<Vec<Text>> {
        if let Value::Flat(text) = value {
            if !text.trim().is_empty() && !text.trim_start().starts_with('[') {
                return match self.question(field, &Json::String(text.to_owned())) {
                    Some(question) => Checked::Valid(vec![question]),
                    None => Checked::Invalid,
                };
            }
        }
        let mut parsed = None;
        self.entries(field, value, &mut parsed, true).then(|items| {
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
        })
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
    pub(super) fn help_list(&mut self, field: &str, value: Value) -> Checked<Vec<HelpContact>> {
        let mut parsed = None;
        self.entries(field, value, &mut parsed, false)
            .then(|items| {
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
            })
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
                let suggestion = suggest(key, Form::Help);
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
}
