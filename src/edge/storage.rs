//! The device's local storage, used only after the client asks to save their progress.
//!
//! Every call tolerates a browser that refuses (private modes, disabled or full storage): the
//! check-in must keep working without saving, and say so.

use crate::domain::snapshot::{is_key_to_set_aside, STORAGE_KEY};

/// Every key this widget has ever written starts with this.
const PREFIX: &str = "missing-pieces:";

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

/// The saved snapshot, if there is one and storage can be read.
pub fn read_snapshot() -> Option<String> {
    storage().ok()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Saves the snapshot text.
pub fn write_snapshot(text: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(STORAGE_KEY, text)
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes every key the widget wrote, whatever version wrote it: the client asked to erase.
pub fn erase_all() -> Result<(), StorageError> {
    remove_keys(|key| key.starts_with(PREFIX))
}

/// Sets an unreadable snapshot aside: removes the saved-progress keys of this format version and
/// earlier ones, and nothing a later version wrote ([`is_key_to_set_aside`]).
pub fn set_aside() -> Result<(), StorageError> {
    remove_keys(is_key_to_set_aside)
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
