//! The share link: the client's answers, and nothing else, packed into a URL fragment.
//!
//! A fragment (the part after `#`) is never sent to a server, so the link carries the answers
//! from one browser to another without any host seeing them. Notes are private and never in it.
//!
//! ```text
//! mp1.es.30c4d1.3-2p40----1234-p012------01234.9f0c3a7e
//! ```
//!
//! Five parts separated by `.`:
//! 1. `mp1`: the format and its version.
//! 2. The language's tag (`Locale::as_str`, such as `en`).
//! 3. The content fingerprint: the item count in decimal, then four hex digits hashing the item
//!    ids in order. A link made for other content is refused instead of misread.
//! 4. The answers, one character per item in content order: `-` skipped, `p` "prefer not to
//!    say", `0` to `4` a choice.
//! 5. A checksum: eight hex digits of the 32-bit FNV-1a hash of parts 1 to 4 joined by `.`.
//!    Changing any one character always changes it. It catches a link damaged by hand or by a
//!    mail program; it is not a signature, and anyone can compute it.
//!
//! Version 2 (`mp2`), written only when the client said something about the results, adds one
//! part after the answers: the client's say (`client_say`), one digit per area in content order
//! (`0` nothing, `1` "this fits", `2` "not now", `3` "this doesn't fit me", plus 4 when they would
//! like to take it slowly), then the content index of the area they would begin with, or `-`.
//! Their "What doesn't fit?" words are private, like notes, and never in a link. Both versions
//! are read.
//!
//! Only lower-case ASCII letters, digits, `-` and `.` appear, so the link survives being pasted
//! anywhere. A 30-item questionnaire gives a 53-character fragment.

use std::fmt;

use super::answers::{Answers, Response};
use super::client_say::{ClientSay, Fit, SayChange};
use super::content::Content;
use super::text::Locale;

/// The version of the link format this build writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// The version of the link format that carries the client's say.
pub const SAY_SHARE_VERSION: u32 = 2;

/// The longest fragment [`decode`] reads, in characters.
pub const MAX_SHARE_CHARS: usize = 512;

/// Hex digits in the checksum.
const CHECKSUM_LEN: usize = 8;

/// Why a fragment is not a usable share link for this questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is empty or does not start like a share link.
    NotAShareLink,
    /// The link was made by another version of the format.
    Version {
        /// The version the link names.
        found: u32,
    },
    /// The link was made for a different questionnaire (or an older edition of this one).
    OtherQuestionnaire,
    /// The checksum does not match: a character was changed.
    Tampered,
    /// The link is cut short.
    Truncated,
    /// The link has too many parts, a part is too long, or the answers do not match the number
    /// of questions.
    WrongLength,
    /// A character that never appears in a share link.
    BadCharacter {
        /// 0-based, counted in characters from the start of the fragment after any `#`.
        position: usize,
    },
    /// The fragment is longer than [`MAX_SHARE_CHARS`] characters.
    TooLong,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAShareLink => write!(f, "this is not a check-in link"),
            ShareError::Version { found } => write!(
                f,
                "the link has format version {found}; this version reads {SHARE_VERSION} and {SAY_SHARE_VERSION}"
            ),
            ShareError::OtherQuestionnaire => {
                write!(f, "the link was made for a different check-in")
            }
            ShareError::Tampered => write!(f, "the link has been changed or damaged"),
            ShareError::Truncated => write!(f, "the link is cut short"),
            ShareError::WrongLength => write!(f, "the link has the wrong length"),
            ShareError::BadCharacter { position } => {
                write!(
                    f,
                    "the link has an unexpected character at position {position}"
                )
            }
            ShareError::TooLong => {
                write!(f, "the link is longer than {MAX_SHARE_CHARS} characters")
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// The share-link fragment for `answers`, without the leading `#`. Answers to items the content
/// does not know are left out; an out-of-range choice is written as skipped.
pub fn encode(answers: &Answers, locale: Locale, content: &Content) -> String {
    encode_with_say(answers, &ClientSay::default(), locale, content)
}

/// [`encode`] with the client's say: version 2 when they made a choice, else version 1.
pub fn encode_with_say(
    answers: &Answers,
    say: &ClientSay,
    locale: Locale,
    content: &Content,
) -> String {
    let marks: String = content
        .items
        .iter()
        .map(|item| match answers.get(&item.id) {
            Some(Response::PreferNot) => 'p',
            Some(Response::Choice(v)) if v <= 4 => char::from(b'0' + v),
            _ => '-',
        })
        .collect();
    let mut payload = format!(
        "mp{}.{}.{}.{marks}",
        if say.has_choices() {
            SAY_SHARE_VERSION
        } else {
            SHARE_VERSION
        },
        locale.as_str(),
        fingerprint(content)
    );
    if say.has_choices() {
        payload.push('.');
        for area in content.areas.iter() {
            let fit = match say.fit(area.id) {
                None => 0,
                Some(Fit::Fits) => 1,
                Some(Fit::NotNow) => 2,
                Some(Fit::NotForMe) => 3,
            };
            let slow = if say.is_slow(area.id) { 4 } else { 0 };
            payload.push(char::from(b'0' + fit + slow));
        }
        let begin = say
            .begin_with
            .and_then(|b| content.areas.iter().position(|a| a.id == b));
        payload.push(begin.map_or('-', |n| char::from(b'0' + n as u8)));
    }
    format!("{payload}.{:08x}", fnv1a(payload.as_bytes()))
}

/// Reads a share-link fragment, with or without its leading `#`, into the answers and the
/// locale it was made in. Never panics, whatever the input.
///
/// A link in a locale this build does not speak, but otherwise sound, opens in English.
pub fn decode(fragment: &str, content: &Content) -> Result<(Answers, Locale), ShareError> {
    decode_with_say(fragment, content).map(|(answers, locale, _)| (answers, locale))
}

/// [`decode`] with the client's say a version 2 link carries (empty for version 1).
pub fn decode_with_say(
    fragment: &str,
    content: &Content,
) -> Result<(Answers, Locale, ClientSay), ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.chars().nth(MAX_SHARE_CHARS).is_some() {
        return Err(ShareError::TooLong);
    }
    let after_mp = fragment
        .strip_prefix("mp")
        .ok_or(ShareError::NotAShareLink)?;
    let digits = after_mp.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(ShareError::NotAShareLink);
    }
    // The digits are ASCII, so `digits` is a character boundary.
    let found = after_mp[..digits].parse::<u32>().unwrap_or(u32::MAX);
    if found != SHARE_VERSION && found != SAY_SHARE_VERSION {
        return Err(ShareError::Version { found });
    }
    if let Some(position) = fragment.chars().position(|c| !is_link_char(c)) {
        return Err(ShareError::BadCharacter { position });
    }
    // From here on the fragment is ASCII, so byte offsets are character positions.
    let parts: Vec<&str> = fragment.split('.').collect();
    if parts[0].len() != 2 + digits {
        return Err(ShareError::NotAShareLink);
    }
    let expected = if found == SAY_SHARE_VERSION { 6 } else { 5 };
    let (locale, print, marks, said, checksum) = match parts[..] {
        [_, locale, print, marks, checksum] if expected == 5 => {
            (locale, print, marks, None, checksum)
        }
        [_, locale, print, marks, said, checksum] if expected == 6 => {
            (locale, print, marks, Some(said), checksum)
        }
        _ => {
            return Err(if parts.len() < expected {
                ShareError::Truncated
            } else {
                ShareError::WrongLength
            })
        }
    };
    if checksum.len() < CHECKSUM_LEN {
        return Err(ShareError::Truncated);
    }
    if checksum.len() > CHECKSUM_LEN {
        return Err(ShareError::WrongLength);
    }
    let payload = &fragment[..fragment.len() - CHECKSUM_LEN - 1];
    if checksum != format!("{:08x}", fnv1a(payload.as_bytes())) {
        return Err(ShareError::Tampered);
    }
    if print != fingerprint(content) {
        return Err(ShareError::OtherQuestionnaire);
    }
    if marks.len() != content.items.len() {
        return Err(ShareError::WrongLength);
    }
    let say = match said {
        Some(said) => read_say(said, content, payload.len() - said.len())?,
        None => ClientSay::default(),
    };
    let marks_start = payload.len() - marks.len() - said.map_or(0, |s| s.len() + 1);
    let mut answers = Answers::new();
    for (n, (item, mark)) in content.items.iter().zip(marks.bytes()).enumerate() {
        let response = match mark {
            b'-' => continue,
            b'p' => Response::PreferNot,
            b'0'..=b'4' => Response::Choice(mark - b'0'),
            _ => {
                return Err(ShareError::BadCharacter {
                    position: marks_start + n,
                })
            }
        };
        answers.set(item.id.clone(), response);
    }
    let locale = Locale::ALL
        .into_iter()
        .find(|l| l.as_str() == locale)
        .unwrap_or_default();
    Ok((answers, locale, say))
}

/// Reads a version 2 link's say part (`start` is where it begins in the fragment).
fn read_say(said: &str, content: &Content, start: usize) -> Result<ClientSay, ShareError> {
    if said.len() != content.areas.len() + 1 {
        return Err(ShareError::WrongLength);
    }
    let bad = |n: usize| ShareError::BadCharacter {
        position: start + n,
    };
    let bytes = said.as_bytes();
    let mut say = ClientSay::default();
    let apply = |say: &mut ClientSay, change| {
        if let Some(next) = say.apply(change, content) {
            *say = next;
        }
    };
    for (n, (area, mark)) in content.areas.iter().zip(bytes).enumerate() {
        let value = match mark {
            b'0'..=b'7' => mark - b'0',
            _ => return Err(bad(n)),
        };
        let fit = match value % 4 {
            1 => Some(Fit::Fits),
            2 => Some(Fit::NotNow),
            3 => Some(Fit::NotForMe),
            _ => None,
        };
        apply(&mut say, SayChange::Fit(area.id, fit));
        apply(&mut say, SayChange::Slow(area.id, value >= 4));
    }
    let last = bytes.len() - 1;
    match bytes[last] {
        b'-' => {}
        digit @ b'0'..=b'9' => {
            let area = content
                .areas
                .get(usize::from(digit - b'0'))
                .ok_or(bad(last))?;
            apply(&mut say, SayChange::BeginWith(Some(area.id)));
        }
        _ => return Err(bad(last)),
    }
    Ok(say)
}

/// Whether `c` can appear in a share link.
fn is_link_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'
}

/// The content fingerprint: the item count, then a 16-bit hash of the item ids in order.
pub fn fingerprint(content: &Content) -> String {
    let mut ids = Vec::new();
    for item in content.items.iter() {
        ids.extend_from_slice(item.id.as_str().as_bytes());
        ids.push(b'\n');
    }
    let hash = fnv1a(&ids);
    format!(
        "{}{:04x}",
        content.items.len(),
        (hash >> 16) ^ (hash & 0xffff)
    )
}

/// The 32-bit FNV-1a hash. Each step is a bijection of the state, so two inputs of the same
/// length that differ in one byte always hash differently.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
