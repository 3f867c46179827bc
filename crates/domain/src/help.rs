//! Where help is, at every way out of the check-in: the rule for the quiet note on a hope step,
//! and the help lines every take-away ends with.
//!
//! Support first is decided on the results; these do not wait for it. Whatever the answers, the
//! welcome, the review, "Stop for now", the end of the results, the printed page, the text
//! summary and the email say where help is (`tests/help.rs`).

use super::answers::Answers;
use super::config::HelpContact;
use super::content::{AreaId, Content};
use super::i18n::{msg, Strings};
use super::scoring::level;

/// Whether the quiet note that help is there now belongs on `area`'s step: the area is hope, and
/// one of its questions stands answered at the very hard end (resource level 0). Declined and
/// skipped questions never bring it; it goes as soon as no such answer stands.
pub fn hope_note(content: &Content, answers: &Answers, area: AreaId) -> bool {
    area == AreaId::Hope
        && content
            .items_in(area)
            .any(|item| answers.get(&item.id).and_then(|r| level(item, r)) == Some(0))
}

/// One urgent-help contact of the counsellor's on one line: "Name: 0800 123, Text HELLO to 123,
/// https://… (24 hours)".
pub fn contact_line(contact: &HelpContact) -> String {
    let ways: Vec<&str> = [&contact.phone, &contact.text, &contact.url]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let mut line = format!("{}: {}", contact.name, ways.join(", "));
    if let Some(hours) = &contact.hours {
        line.push_str(&format!(" ({hours})"));
    }
    line
}

/// Where help is, as lines of text, in the order the screen shows them: what to do in danger,
/// the counsellor's urgent-help contacts, the emergency numbers, the built-in crisis lines when
/// the counsellor gave no contact of their own, and the doctor.
pub fn help_lines(strings: &Strings, urgent_help: &[HelpContact]) -> Vec<String> {
    let mut lines = vec![strings.get(msg::HELP_DANGER).to_owned()];
    lines.extend(urgent_help.iter().map(|c| format!("- {}", contact_line(c))));
    lines.push(strings.get(msg::HELP_NUMBERS).to_owned());
    if urgent_help.is_empty() {
        lines.push(strings.get(msg::HELP_LINES).to_owned());
    }
    lines.push(strings.get(msg::HELP_CRISIS).to_owned());
    lines
}
