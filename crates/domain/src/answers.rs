//! What the client has said so far: a response per answered item and their optional notes.
//!
//! An item that is absent was skipped. Nothing here is derived; scores and progress are computed
//! from these answers by [`super::scoring`] and [`super::journey`].
//!
//! The collections are small (a few dozen entries at most), so each is a vector kept sorted by
//! id: lookups are binary searches, and the widget carries no tree or hash map code for them.

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

/// Where `key` is (`Ok`) or would go (`Err`) in `entries`, sorted by key.
fn find<K: Ord, V>(entries: &[(K, V)], key: &K) -> Result<usize, usize> {
    entries.binary_search_by(|(k, _)| k.cmp(key))
}

/// Every item response so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(ItemId, Response)>);

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The response to `item`, if it was answered.
    pub fn get(&self, item: &ItemId) -> Option<Response> {
        find(&self.0, item).ok().map(|at| self.0[at].1)
    }

    /// Records a response, replacing any earlier one.
    pub fn set(&mut self, item: ItemId, response: Response) {
        match find(&self.0, &item) {
            Ok(at) => self.0[at].1 = response,
            Err(at) => self.0.insert(at, (item, response)),
        }
    }

    /// Forgets the response to `item`, as if it had been skipped.
    pub fn clear(&mut self, item: &ItemId) {
        if let Ok(at) = find(&self.0, item) {
            self.0.remove(at);
        }
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
    /// Later responses to the same item replace earlier ones.
    fn from_iter<T: IntoIterator<Item = (ItemId, Response)>>(iter: T) -> Self {
        let mut answers = Answers::new();
        for (item, response) in iter {
            answers.set(item, response);
        }
        answers
    }
}

/// The client's own words for one reflection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Note {
    /// Free text, at most [`MAX_NOTE_CHARS`] characters.
    pub text: String,
    /// Ticked option ids, sorted and without repeats.
    pub options: Vec<Key>,
}

impl Note {
    /// Whether the client wrote or ticked anything.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.options.is_empty()
    }

    /// Ticks `option`, or unticks it when it was ticked.
    pub fn toggle(&mut self, option: Key) {
        match self.options.binary_search(&option) {
            Ok(at) => {
                self.options.remove(at);
            }
            Err(at) => self.options.insert(at, option),
        }
    }
}

/// Every reflection the client has written or ticked something for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes(Vec<(Key, Note)>);

impl Notes {
    /// The note for `reflection`, if any.
    pub fn get(&self, reflection: &Key) -> Option<&Note> {
        find(&self.0, reflection).ok().map(|at| &self.0[at].1)
    }

    /// Sets the free text, cut to [`MAX_NOTE_CHARS`] characters.
    pub fn set_text(&mut self, reflection: Key, text: &str) {
        self.edit(reflection, |note| {
            note.text = text.chars().take(MAX_NOTE_CHARS).collect()
        });
    }

    /// Ticks or unticks an option.
    pub fn toggle(&mut self, reflection: Key, option: Key) {
        self.edit(reflection, |note| note.toggle(option));
    }

    /// Changes the note for `reflection` (an empty one if there was none), and drops it if it
    /// is left empty.
    fn edit(&mut self, reflection: Key, change: impl FnOnce(&mut Note)) {
        let at = match find(&self.0, &reflection) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (reflection, Note::default()));
                at
            }
        };
        change(&mut self.0[at].1);
        if self.0[at].1.is_empty() {
            self.0.remove(at);
        }
    }

    /// Every non-empty note, ordered by reflection id.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Note)> {
        self.0.iter().map(|(k, n)| (k, n))
    }

    /// Whether the client left no note at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
