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
    /// Answers saved on the device, offered as "continue where I left off". Offered whatever
    /// else the page found: a share link, good or bad, never hides them.
    pub resume: Option<Journey>,
    /// Whether the journey shows a share link's results (nothing is saved then).
    pub shared: bool,
    /// What to tell the client: a problem with the link first (they just followed it), else
    /// one with the saved answers.
    pub problem: Option<OpeningProblem>,
    /// The saved snapshot could not be read: the edge sets it aside.
    pub set_aside: bool,
    /// The address held a share link, good or bad: the edge takes it out, so a reload or a
    /// bookmark neither keeps the answers in view nor repeats a broken link.
    pub clear_link: bool,
}

/// Decides how to open. A good share link is shown first, because the client just followed it;
/// answers saved on the device are offered beside it (and beside a broken link), never replaced.
pub fn open(
    content: &Content,
    with_reflections: bool,
    locale: Locale,
    saved: Option<&str>,
    shared: Option<&str>,
) -> Opening {
    let fresh = Journey::in_locale(with_reflections, locale);
    let (resume, saved_problem) = match saved
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
    let link = shared.map(|fragment| share::decode_with_say(fragment, content));
    let link_opened = matches!(link, Some(Ok(_)));
    let (journey, link_problem) = match link {
        Some(Ok((answers, link_locale, say))) => {
            let mut journey = answers.iter().fold(fresh.clone(), |j, (item, response)| {
                j.apply(Action::Answer(item.clone(), response), content)
                    .unwrap_or(j)
            });
            journey.locale = link_locale;
            journey.say = say;
            journey.step = Step::Results;
            (journey, None)
        }
        Some(Err(_)) => (fresh, Some(OpeningProblem::ShareLinkBroken)),
        None => (fresh, None),
    };
    Opening {
        journey,
        resume,
        shared: link_opened,
        problem: link_problem.or(saved_problem),
        set_aside: saved_problem.is_some(),
        clear_link: shared.is_some(),
    }
}
