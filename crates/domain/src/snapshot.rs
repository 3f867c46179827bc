//! The saved-progress snapshot: a journey written as a small line-based text, for the browser's
//! local storage (the edge writes it only after the client consents).
//!
//! A snapshot names everything by stable id, never by position, so it survives content edits:
//! answers to items the content no longer has are dropped, and a step that no longer exists falls
//! back to the review (or the welcome). Restored values go through [`Journey::apply`], so the
//! snapshot cannot put a journey into a state the client could not have reached by hand.
//!
//! ```text
//! missing-pieces snapshot 1
//! step=area:hope
//! locale=es
//! a.hope_future_better=3
//! a.hope_way_forward=p
//! n.goals=Sleep%20better%0Aand%20worry%20less
//! o.way_of_working=practical_tools,talk_through
//! end
//! ```
//!
//! The first line names the format and its version. Each `key=value` line follows: `step`
//! (`welcome`, `area:<area id>`, `reflections`, `review` or `results`), `locale` (the
//! language's tag, `Locale::as_str`), one `a.<item id>` per answer (`0` to `4`, or `p` for "prefer not to say"), one
//! `n.<reflection id>` per note and one `o.<reflection id>` per set of ticked options (option ids
//! separated by commas). The last line is `end`, so a snapshot cut short is never half restored.
//!
//! Version 2 is version 1 with the client's say in the results (`client_say`): `f.<area>=`
//! `fits`, `not_now` or `not_for_me`; `s.<area>=1` for an area to take slowly; `begin=<area>`;
//! `not_fit=<their words>`. It is written only when they said something, so progress saved
//! without it stays version 1 and opens in a build from before; both versions are read.
//!
//! Ids and notes are percent-encoded: every byte of their UTF-8 except the ASCII letters, digits
//! and `-`, `_`, `.`, `~` is written as `%XX` (a space too, so no line holds a raw space, `=`,
//! `,`, `%` or line break). Decoding is strict: it accepts only what the encoder writes, so each
//! text has exactly one spelling.

use std::fmt;

use super::answers::Response;
use super::client_say::{self, SAY_SNAPSHOT_VERSION};
use super::content::{AreaId, Content, ItemId, Key};
use super::journey::{Action, Journey, Step};
use super::text::Locale;

/// The local storage key the snapshot is kept under: namespaced, and versioned like the format.
pub const STORAGE_KEY: &str = "missing-pieces:v1";

/// The version of the snapshot format this build writes and reads.
pub const SNAPSHOT_VERSION: u32 = 1;

/// What the default widget's saved-progress keys start with; the format version follows a `v`.
const KEY_PREFIX: &str = "missing-pieces:";

/// Whether `key` holds the default widget's saved progress of this format version or an earlier
/// one: the keys that setting aside an unreadable snapshot removes. A later version's key belongs
/// to a newer build of the check-in on the same site, which can still read it, so it is left
/// alone.
///
/// ```
/// use missing_pieces_domain::snapshot::is_key_to_set_aside;
/// assert!(is_key_to_set_aside("missing-pieces:v1"));
/// assert!(!is_key_to_set_aside("missing-pieces:v2"));
/// assert!(!is_key_to_set_aside("something-else:v1"));
/// ```
pub fn is_key_to_set_aside(key: &str) -> bool {
    is_key_to_set_aside_under(KEY_PREFIX, key)
}

/// [`is_key_to_set_aside`] for the widget whose keys start with `prefix` (see
/// `WidgetKey::storage_prefix`).
pub fn is_key_to_set_aside_under(prefix: &str, key: &str) -> bool {
    key.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('v'))
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse::<u32>().ok())
        .is_some_and(|v| v <= SNAPSHOT_VERSION)
}

/// The largest snapshot [`decode`] reads, in bytes (64 KiB). A real one is a few kilobytes.
pub const MAX_SNAPSHOT_BYTES: usize = 64 * 1024;

/// The header's words before the version number.
const MAGIC: &str = "missing-pieces snapshot ";

/// The last line of every snapshot.
const END: &str = "end";

/// Why a stored text could not be restored. The UI discards the snapshot in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// The text does not start with the snapshot header (empty, or something else entirely).
    NotASnapshot,
    /// The snapshot was written in another format version, older or newer.
    Version {
        /// The version the header names.
        found: u32,
    },
    /// A line is cut short, garbled, unknown, repeated or holds a value out of range.
    Corrupt {
        /// The 1-based line number where the problem was found (one past the last line when
        /// the snapshot ends early).
        line: usize,
    },
    /// The text is larger than [`MAX_SNAPSHOT_BYTES`].
    TooLarge,
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::NotASnapshot => write!(f, "this is not a saved check-in"),
            SnapshotError::Version { found } => write!(
                f,
                "the saved check-in has format version {found}; this version reads {SNAPSHOT_VERSION} and {SAY_SNAPSHOT_VERSION}"
            ),
            SnapshotError::Corrupt { line } => {
                write!(f, "the saved check-in is damaged at line {line}")
            }
            SnapshotError::TooLarge => write!(
                f,
                "the saved check-in is larger than {MAX_SNAPSHOT_BYTES} bytes"
            ),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// Writes `journey` as a snapshot. Whether reflections are offered is not written: it is the
/// counsellor's setting, given again to [`decode`].
pub fn encode(journey: &Journey) -> String {
    // Version 2 only when the client said something about the results (see `client_say`).
    let version = if journey.say.is_empty() {
        SNAPSHOT_VERSION
    } else {
        SAY_SNAPSHOT_VERSION
    };
    let mut out = format!("{MAGIC}{version}\n");
    out.push_str("step=");
    out.push_str(&step_value(journey.step));
    out.push_str("\nlocale=");
    out.push_str(journey.locale.as_str());
    out.push('\n');
    for (item, response) in journey.answers.iter() {
        let value = match response {
            Response::Choice(v) if v <= 4 => char::from(b'0' + v),
            Response::PreferNot => 'p',
            // Out of range: `Journey::apply` never records one, so there is nothing to keep.
            Response::Choice(_) => continue,
        };
        out.push_str(&format!("a.{}={value}\n", encode_text(item.as_str())));
    }
    for (reflection, note) in journey.notes.iter() {
        let id = encode_text(reflection.as_str());
        if !note.text.is_empty() {
            out.push_str(&format!("n.{id}={}\n", encode_text(&note.text)));
        }
        if !note.options.is_empty() {
            let options: Vec<String> = note
                .options
                .iter()
                .map(|o| encode_text(o.as_str()))
                .collect();
            out.push_str(&format!("o.{id}={}\n", options.join(",")));
        }
    }
    out.push_str(&client_say::snapshot_lines(&journey.say));
    out.push_str(END);
    out.push('\n');
    out
}

fn step_value(step: Step) -> String {
    match step {
        Step::Welcome => "welcome".into(),
        Step::Area(area) => format!("area:{}", area.as_str()),
        Step::Reflections => "reflections".into(),
        Step::Review => "review".into(),
        Step::Results => "results".into(),
    }
}

/// A step as written, before checking that this journey has it.
enum StoredStep {
    Known(Step),
    /// An area id this version does not know (content or code may have changed).
    UnknownArea,
}

fn parse_step(value: &str) -> Option<StoredStep> {
    Some(StoredStep::Known(match value {
        "welcome" => Step::Welcome,
        "reflections" => Step::Reflections,
        "review" => Step::Review,
        "results" => Step::Results,
        _ => {
            let id = value.strip_prefix("area:").filter(|id| is_plain_id(id))?;
            match AreaId::ALL.into_iter().find(|a| a.as_str() == id) {
                Some(area) => Step::Area(area),
                None => return Some(StoredStep::UnknownArea),
            }
        }
    }))
}

fn is_plain_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Restores a journey from a snapshot written by [`encode`], for `content` and the counsellor's
/// `with_reflections` setting.
///
/// Answers, notes and options naming ids the content does not know are dropped; a step this
/// journey does not have falls back to the review when anything was answered, else the welcome.
/// Notes longer than [`super::answers::MAX_NOTE_CHARS`] are cut. Never panics.
pub fn decode(
    text: &str,
    content: &Content,
    with_reflections: bool,
) -> Result<Journey, SnapshotError> {
    if text.len() > MAX_SNAPSHOT_BYTES {
        return Err(SnapshotError::TooLarge);
    }
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = body.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let header = lines.next().unwrap_or("");
    let version = header
        .strip_prefix(MAGIC)
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .ok_or(SnapshotError::NotASnapshot)?;
    let found = version.parse::<u32>().unwrap_or(u32::MAX);
    if found != SNAPSHOT_VERSION && found != SAY_SNAPSHOT_VERSION {
        return Err(SnapshotError::Version { found });
    }

    let mut journey = Journey::new(with_reflections);
    // Notes are written after every option is ticked: a note of only spaces is kept only
    // beside ticked options, as when it was saved.
    let mut writes = Vec::new();
    let mut step = None;
    let mut locale = None;
    // The first line that repeats an earlier key is corrupt.
    let repeat = first_repeat(
        lines
            .clone()
            .enumerate()
            .take_while(|(_, line)| *line != END)
            .filter_map(|(index, line)| Some((line.split_once('=')?.0, index + 2))),
    );
    let mut ended = false;
    let mut last = 1;
    for (index, line) in lines.enumerate() {
        let number = index + 2;
        last = number;
        let corrupt = SnapshotError::Corrupt { line: number };
        if ended {
            return Err(corrupt);
        }
        if line == END {
            ended = true;
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(corrupt.clone())?;
        if repeat == Some(number) {
            return Err(corrupt);
        }
        if found == SAY_SNAPSHOT_VERSION {
            if let Some(change) = client_say::snapshot_change(key, value) {
                let change = change.map_err(|()| corrupt)?;
                if let Some(next) = journey.apply(Action::Say(change), content) {
                    journey = next;
                }
                continue;
            }
        }
        match key {
            "step" => step = Some(parse_step(value).ok_or(corrupt)?),
            "locale" => {
                let found = Locale::ALL.into_iter().find(|l| l.as_str() == value);
                locale = Some(found.ok_or(corrupt)?);
            }
            _ => {
                let (kind, id) = key.split_at_checked(2).ok_or(corrupt.clone())?;
                let id = decode_text(id)
                    .filter(|id| !id.is_empty())
                    .ok_or(corrupt.clone())?;
                let action = match kind {
                    "a." => {
                        let response = match value {
                            "p" => Response::PreferNot,
                            "0" | "1" | "2" | "3" | "4" => {
                                Response::Choice(value.as_bytes()[0] - b'0')
                            }
                            _ => return Err(corrupt),
                        };
                        vec![Action::Answer(ItemId(id.into()), response)]
                    }
                    "n." => {
                        let text = decode_text(value)
                            .filter(|t| !t.is_empty())
                            .ok_or(corrupt)?;
                        writes.push(Action::Write(Key(id.into()), text));
                        Vec::new()
                    }
                    "o." => {
                        // One text has one encoding, so repeats show in the raw text.
                        if first_repeat(value.split(',').map(|o| (o, 0))).is_some() {
                            return Err(corrupt);
                        }
                        let mut toggles = Vec::new();
                        for option in value.split(',') {
                            let option = decode_text(option)
                                .filter(|o| !o.is_empty())
                                .ok_or(corrupt.clone())?;
                            toggles
                                .push(Action::Toggle(Key(id.clone().into()), Key(option.into())));
                        }
                        toggles
                    }
                    _ => return Err(corrupt),
                };
                // `None` means the content does not know the id: dropped, not fatal.
                for action in action {
                    if let Some(next) = journey.apply(action, content) {
                        journey = next;
                    }
                }
            }
        }
    }
    for action in writes {
        if let Some(next) = journey.apply(action, content) {
            journey = next;
        }
    }
    let missing = SnapshotError::Corrupt { line: last + 1 };
    if !ended {
        return Err(missing);
    }
    let (Some(step), Some(locale)) = (step, locale) else {
        return Err(missing);
    };
    journey.locale = locale;
    let fallback = if journey.answers.is_empty() {
        Step::Welcome
    } else {
        Step::Review
    };
    journey.step = match step {
        StoredStep::Known(step) if journey.all_steps(content).contains(&step) => step,
        _ => fallback,
    };
    Ok(journey)
}

/// The position of the first entry whose text repeats an earlier entry's, given each entry's
/// text and position in order. Sorting keeps this fast for any number of entries.
fn first_repeat<'a>(entries: impl Iterator<Item = (&'a str, usize)>) -> Option<usize> {
    let mut entries: Vec<(&str, usize)> = entries.collect();
    entries.sort_unstable();
    entries
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| pair[1].1)
        .min()
}

/// Percent-encodes `text` for a snapshot: see the module documentation.
fn encode_text(text: &str) -> String {
    percent_encode(text, b"")
}

/// Decodes [`encode_text`]'s output; `None` for a raw byte the encoder would have escaped, a
/// bad escape or bytes that are not UTF-8.
fn decode_text(text: &str) -> Option<String> {
    percent_decode(text)
}

/// Whether `b` is an RFC 3986 unreserved character, which percent-encoding leaves as is.
pub(crate) fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

/// Writes every byte of `text` as `%XX` (upper-case hex) except unreserved characters and the
/// bytes in `keep`.
pub(crate) fn percent_encode(text: &str, keep: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if is_unreserved(b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
    out
}

/// Reverses [`percent_encode`] with nothing kept, accepting only its exact output: unreserved
/// characters as they are and every other byte as an upper-case `%XX` escape. One text has one
/// encoding, so two differently written ids are never the same id. The result must be UTF-8.
pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = hex_value(*bytes.get(i + 1)?)?;
            let lo = hex_value(*bytes.get(i + 2)?)?;
            let byte = hi << 4 | lo;
            if is_unreserved(byte) {
                return None;
            }
            out.push(byte);
            i += 3;
        } else if is_unreserved(b) {
            out.push(b);
            i += 1;
        } else {
            return None;
        }
    }
    String::from_utf8(out).ok()
}

/// The value of an upper-case hex digit.
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}
