//! The device's local storage, used only after the client asks to save their progress.
//!
//! Every call tolerates a browser that refuses (private modes, disabled or full storage): the
//! check-in must keep working without saving, and say so.

use crate::domain::snapshot::is_key_to_set_aside_under;
use crate::domain::widget_key::WidgetKey;

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser has no storage for this page or refuses access.
    Unavailable,
    /// Writing failed (most often: storage is full).
    WriteFailed,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// The widget's saved snapshot, if there is one and storage can be read.
pub fn read_snapshot(widget: &WidgetKey) -> Option<String> {
    storage()
        .ok()?
        .get_item(&widget.storage_key())
        .ok()
        .flatten()
}

/// Saves the widget's snapshot text.
pub fn write_snapshot(widget: &WidgetKey, text: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(&widget.storage_key(), text)
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes every key this widget wrote, whatever version wrote it (the client asked to erase);
/// another widget's on the same page stay.
pub fn erase_all(widget: &WidgetKey) -> Result<(), StorageError> {
    let prefix = widget.storage_prefix();
    remove_keys(|key| key.starts_with(&prefix))
}

/// Sets this widget's unreadable snapshot aside: removes its saved-progress keys of this format
/// version and earlier ones, and nothing a later version or another widget wrote.
pub fn set_aside(widget: &WidgetKey) -> Result<(), StorageError> {
    let prefix = widget.storage_prefix();
    remove_keys(|key| is_key_to_set_aside_under(&prefix, key))
}

/// Removes every key `ours` picks.
fn remove_keys(ours: impl Fn(&str) -> bool) -> Result<(), StorageError> {
    let storage = storage()?;
    let length = storage.length().map_err(|_| StorageError::Unavailable)?;
    let keys: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| ours(k))
        .collect();
    for key in keys {
        storage
            .remove_item(&key)
            .map_err(|_| StorageError::Unavailable)?;
    }
    Ok(())
}
