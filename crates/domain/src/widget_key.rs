//! Which widget on a page a saved snapshot or a share link belongs to, so that two check-ins on
//! one page keep their answers apart.
//!
//! Each widget has a key: the counsellor's `widget_id` when they gave one, otherwise its
//! position among the widgets on the page. The first widget without an id has the *default*
//! key, which writes and reads exactly what a page with one widget always has (the storage key
//! [`STORAGE_KEY`] and share links `#mp1.…`), so answers saved before widgets had keys are not
//! lost. Every other key adds a name:
//!
//! | | default key | key `second` |
//! | --- | --- | --- |
//! | saved progress | `missing-pieces:v1` | `missing-pieces@second:v1` |
//! | share link | `#mp1.en.…` | `#w~second~mp1.en.…` |
//!
//! Two widgets given the same id share their saved progress and links, on purpose.
//! A name keeps only ASCII letters, digits, `-` and `_` (so it survives any address and any
//! storage), which is all a checked `widget_id` holds; an id with none of those is no id.

use super::snapshot::STORAGE_KEY;

/// Every storage key of the default widget starts with this (see [`WidgetKey::storage_prefix`]).
const DEFAULT_PREFIX: &str = "missing-pieces:";

/// The longest name a key keeps, in characters.
pub const MAX_KEY_NAME: usize = 40;

/// The key of one widget on a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetKey {
    /// `None` for the default key.
    name: Option<String>,
}

impl WidgetKey {
    /// The key of a widget with the counsellor's checked `widget_id` (if any), `position` being its place
    /// among the widgets on the page, from 0.
    ///
    /// ```
    /// use missing_pieces_domain::widget_key::WidgetKey;
    /// assert!(WidgetKey::new(None, 0).is_default());
    /// assert_eq!(WidgetKey::new(None, 1).storage_key(), "missing-pieces@2:v1");
    /// assert_eq!(WidgetKey::new(Some("Intake form"), 0).storage_key(), "missing-pieces@Intakeform:v1");
    /// ```
    pub fn new(widget_id: Option<&str>, position: usize) -> WidgetKey {
        let name = match widget_id.map(clean_name).filter(|name| !name.is_empty()) {
            Some(name) => Some(name),
            None if position == 0 => None,
            None => Some((position + 1).to_string()),
        };
        WidgetKey { name }
    }

    /// Whether this is the default key (a page's first widget without an id).
    pub fn is_default(&self) -> bool {
        self.name.is_none()
    }

    /// The local storage key this widget's snapshot is kept under.
    pub fn storage_key(&self) -> String {
        match &self.name {
            None => STORAGE_KEY.to_owned(),
            Some(name) => format!("missing-pieces@{name}:v1"),
        }
    }

    /// Every storage key this widget writes (in this and earlier versions) starts with this, and
    /// no other widget's does: "Erase my answers" removes exactly these.
    pub fn storage_prefix(&self) -> String {
        match &self.name {
            None => DEFAULT_PREFIX.to_owned(),
            Some(name) => format!("missing-pieces@{name}:"),
        }
    }

    /// The address fragment (without `#`) of a share link whose answers are `encoded`.
    pub fn share_fragment(&self, encoded: &str) -> String {
        match &self.name {
            None => encoded.to_owned(),
            Some(name) => format!("w~{name}~{encoded}"),
        }
    }

    /// The encoded answers in an address `fragment` (without `#`), if it is a share link for this
    /// widget: a link made in another widget on the page is left to that one.
    ///
    /// ```
    /// use missing_pieces_domain::widget_key::WidgetKey;
    /// let second = WidgetKey::new(Some("second"), 1);
    /// assert_eq!(second.read_fragment("w~second~mp1.en.x"), Some("mp1.en.x"));
    /// assert_eq!(second.read_fragment("mp1.en.x"), None);
    /// assert_eq!(WidgetKey::default().read_fragment("mp1.en.x"), Some("mp1.en.x"));
    /// assert_eq!(WidgetKey::default().read_fragment("w~second~mp1.en.x"), None);
    /// ```
    pub fn read_fragment<'a>(&self, fragment: &'a str) -> Option<&'a str> {
        let encoded = match &self.name {
            None => fragment,
            Some(name) => fragment
                .strip_prefix("w~")?
                .strip_prefix(name.as_str())?
                .strip_prefix('~')?,
        };
        encoded.starts_with("mp").then_some(encoded)
    }
}

/// The id's ASCII letters, digits, `-` and `_`, at most [`MAX_KEY_NAME`] of them. The settings
/// checker accepts a `widget_id` only when it is made of exactly these (`Kind::Name`), so a
/// checked id comes back unchanged; the filter only keeps an unchecked one safe in any address
/// and any storage.
fn clean_name(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(MAX_KEY_NAME)
        .collect()
}
