//! How the check-in opens, from what the page found when it loaded: a share link in the address,
//! answers saved on the device, or nothing.

use super::content::Content;
use super::journey::{Action, Journey, Step};
use super::share;
use super::snapshot::{self, SnapshotError};
use super::text::Locale;

/// Something found at start that could not be used; the client is told gently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpeningProblem {
    /// Saved answers were damaged and were set aside.
    SnapshotUnreadable,
    /// Saved answers came from another version and were set aside.
    SnapshotOtherVersion,
    /// The share link was cut short, changed or made for other questions.
    ShareLinkBroken,
}

/// Where the check-in starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The journey to show first.
    pub journey: Journey,
    /// Answers saved on the device, offered as "continue where I left off".
    pub resume: Option<Journey>,
    /// Whether the journey shows a share link's results (nothing is saved then).
    pub shared: bool,
    pub problem: Option<OpeningProblem>,
}

/// Decides how to open. A share link wins, because the client just followed it; saved answers
/// are then left untouched on the device.
pub fn open(
    content: &Content,
    with_reflections: bool,
    locale: Locale,
    saved: Option<&str>,
    shared: Option<&str>,
) -> Opening {
    let fresh = Journey::in_locale(with_reflections, locale);
    if let Some(fragment) = shared {
        return match share::decode(fragment, content) {
            Ok((answers, link_locale)) => {
                let mut journey = answers.iter().fold(fresh.clone(), |j, (item, response)| {
                    j.apply(Action::Answer(item.clone(), response), content)
                        .unwrap_or(j)
                });
                journey.locale = link_locale;
                journey.step = Step::Results;
                Opening {
                    journey,
                    resume: None,
                    shared: true,
                    problem: None,
                }
            }
            Err(_) => Opening {
                journey: fresh,
                resume: None,
                shared: false,
                problem: Some(OpeningProblem::ShareLinkBroken),
            },
        };
    }
    let (resume, problem) = match saved
        .map(|text| snapshot::decode(text, content, with_reflections))
    {
        None => (None, None),
        Some(Ok(journey)) if journey.answers.is_empty() && journey.notes.is_empty() => (None, None),
        Some(Ok(journey)) => (Some(journey), None),
        Some(Err(SnapshotError::Version { .. })) => {
            (None, Some(OpeningProblem::SnapshotOtherVersion))
        }
        Some(Err(_)) => (None, Some(OpeningProblem::SnapshotUnreadable)),
    };
    Opening {
        journey: fresh,
        resume,
        shared: false,
        problem,
    }
}
