//! What the client has said so far: a response per answered item and their optional notes.
//!
//! An item that is absent was skipped. Nothing here is derived; scores and progress are computed
//! from these answers by [`super::scoring`] and [`super::journey`].

use std::collections::{BTreeMap, BTreeSet};

use super::content::{ItemId, Key};

/// Longest note the client can leave in one reflection, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;

/// The client's response to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Response {
    /// A point on the item's scale, 0 (lowest) to 4 (highest).
    Choice(u8),
    /// "Prefer not to say": respected, and never counted against the client.
    PreferNot,
}

/// Every item response so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<ItemId, Response>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The response to `item`, if it was answered.
    pub fn get(&self, item: &ItemId) -> Option<Response> {
        self.0.get(item).copied()
    }

    /// Records a response, replacing any earlier one.
    pub fn set(&mut self, item: ItemId, response: Response) {
        self.0.insert(item, response);
    }

    /// Forgets the response to `item`, as if it had been skipped.
    pub fn clear(&mut self, item: &ItemId) {
        self.0.remove(item);
    }

    /// Every response, ordered by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&ItemId, Response)> {
        self.0.iter().map(|(id, r)| (id, *r))
    }

    /// How many items have a response (including "prefer not to say").
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(ItemId, Response)> for Answers {
    fn from_iter<T: IntoIterator<Item = (ItemId, Response)>>(iter: T) -> Self {
        Answers(iter.into_iter().collect())
    }
}

/// The client's own words for one reflection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Note {
    /// Free text, at most [`MAX_NOTE_CHARS`] characters.
    pub text: String,
    /// Ticked option ids.
    pub options: BTreeSet<Key>,
}

impl Note {
    /// Whether the client wrote or ticked anything.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.options.is_empty()
    }
}

/// Every reflection the client has written or ticked something for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes(BTreeMap<Key, Note>);

impl Notes {
    /// The note for `reflection`, if any.
    pub fn get(&self, reflection: &Key) -> Option<&Note> {
        self.0.get(reflection)
    }

    /// Sets the free text, cut to [`MAX_NOTE_CHARS`] characters.
    pub fn set_text(&mut self, reflection: Key, text: &str) {
        let text: String = text.chars().take(MAX_NOTE_CHARS).collect();
        self.0.entry(reflection.clone()).or_default().text = text;
        self.drop_if_empty(&reflection);
    }

    /// Ticks or unticks an option.
    pub fn toggle(&mut self, reflection: Key, option: Key) {
        let note = self.0.entry(reflection.clone()).or_default();
        if !note.options.remove(&option) {
            note.options.insert(option);
        }
        self.drop_if_empty(&reflection);
    }

    fn drop_if_empty(&mut self, reflection: &Key) {
        if self.0.get(reflection).is_some_and(Note::is_empty) {
            self.0.remove(reflection);
        }
    }

    /// Every non-empty note, ordered by reflection id.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Note)> {
        self.0.iter()
    }

    /// Whether the client left no note at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
