//! What a client did on the first screens while they were plain HTML, before the WebAssembly
//! arrived (`first-steps.js` writes it down): the widget takes it over when it starts, so
//! nothing pressed or answered is lost.
//!
//! The record is plain text, one thing done per line, in order:
//!
//! ```text
//! start                 pressed "Start the check-in"
//! answer <item> <n>     chose point n (0 to 4) on an item's scale; `not` for "prefer not to say"
//! clear <item>          took an answer back
//! help / close-help     opened or closed "Need help now?"
//! stop / continue       opened or closed "Stop for now"
//! stop-clear            "Clear my answers" in "Stop for now" (nothing was saved yet)
//! save                  asked to save progress on this device
//! back / next           pressed Back or Next on a step
//! language <tag>        chose another language
//! focus <i> <j> ...     where the focus was: the child elements to follow from the widget's root
//! ```
//!
//! A line that cannot be read, or names an item the check-in does not ask, is left out: the
//! record comes from the page, and the check-in applies each change with its own rules.

use super::answers::Response;
use super::check_in::Change;
use super::content::{Content, ItemId};
use super::journey::Action;
use super::text::Locale;

/// The most lines read from a record (a first step has a few dozen things to do at most).
const MAX_LINES: usize = 400;

/// What was done before the widget started, read from its record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Early {
    /// The changes, in the order they were made.
    pub changes: Vec<Change>,
    /// Where the focus was, as the child elements to follow from the widget's root element;
    /// empty when it was not in the widget.
    pub focus: Vec<u32>,
}

impl Early {
    /// Reads a record (see the module's documentation) against the questionnaire asked.
    pub fn read(record: &str, content: &Content) -> Early {
        let mut early = Early::default();
        for line in record.lines().take(MAX_LINES) {
            let words: Vec<&str> = line.split_ascii_whitespace().collect();
            let change = match words.as_slice() {
                ["start"] => Some(Change::Journey(Action::Start)),
                ["next"] => Some(Change::Journey(Action::Next)),
                ["back"] => Some(Change::Journey(Action::Back)),
                ["help"] => Some(Change::OpenHelp),
                ["close-help"] => Some(Change::CloseHelp),
                ["stop"] => Some(Change::OpenStop),
                ["continue"] => Some(Change::CloseStop),
                ["stop-clear"] => Some(Change::ClearAndStop { erased: false }),
                ["save"] => Some(Change::Save),
                ["language", tag] => {
                    Locale::from_tag(tag).map(|locale| Change::Journey(Action::SetLocale(locale)))
                }
                ["answer", item, value] => answer(content, item, value)
                    .map(|(item, response)| Change::Journey(Action::Answer(item, response))),
                ["clear", item] => {
                    asked(content, item).map(|item| Change::Journey(Action::Clear(item)))
                }
                ["focus", path @ ..] if !path.is_empty() => {
                    let path: Option<Vec<u32>> = path.iter().map(|i| i.parse().ok()).collect();
                    early.focus = path.unwrap_or_default();
                    None
                }
                _ => None,
            };
            early.changes.extend(change);
        }
        early
    }
}

/// The item named `id`, when the check-in asks it.
fn asked(content: &Content, id: &str) -> Option<ItemId> {
    let id = ItemId(id.to_owned().into());
    content.item(&id).is_some().then_some(id)
}

/// An answer to an item the check-in asks: a point on its scale, or "prefer not to say".
fn answer(content: &Content, id: &str, value: &str) -> Option<(ItemId, Response)> {
    let id = asked(content, id)?;
    let response = if value == "not" {
        Response::PreferNot
    } else {
        let point: u8 = value.parse().ok()?;
        let scale = content.scale(&content.item(&id)?.scale)?;
        if usize::from(point) >= scale.choices.len() {
            return None;
        }
        Response::Choice(point)
    };
    Some((id, response))
}
