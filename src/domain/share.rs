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
//! Only lower-case ASCII letters, digits, `-` and `.` appear, so the link survives being pasted
//! anywhere. A 30-item questionnaire gives a 53-character fragment.

use std::fmt;

use super::answers::{Answers, Response};
use super::content::Content;
use super::text::Locale;

/// The version of the link format this build writes and reads.
pub const SHARE_VERSION: u32 = 1;

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
                "the link has format version {found}; this version reads {SHARE_VERSION}"
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
    let marks: String = content
        .items
        .iter()
        .map(|item| match answers.get(&item.id) {
            Some(Response::PreferNot) => 'p',
            Some(Response::Choice(v)) if v <= 4 => char::from(b'0' + v),
            _ => '-',
        })
        .collect();
    let payload = format!(
        "mp{SHARE_VERSION}.{}.{}.{marks}",
        locale.as_str(),
        fingerprint(content)
    );
    format!("{payload}.{:08x}", fnv1a(payload.as_bytes()))
}

/// Reads a share-link fragment, with or without its leading `#`, into the answers and the
/// locale it was made in. Never panics, whatever the input.
///
/// A link in a locale this build does not speak, but otherwise sound, opens in English.
pub fn decode(fragment: &str, content: &Content) -> Result<(Answers, Locale), ShareError> {
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
    if found != SHARE_VERSION {
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
    let [_, locale, print, marks, checksum] = parts[..] else {
        return Err(if parts.len() < 5 {
            ShareError::Truncated
        } else {
            ShareError::WrongLength
        });
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
    let marks_start = payload.len() - marks.len();
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
    Ok((answers, locale))
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
