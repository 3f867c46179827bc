//! Everything one widget on the page holds while a client uses it: the [`Session`] (the journey
//! and saving on the device) and what the view shows beside it (the panels open, the last notice,
//! what the take-away last said).
//!
//! One [`Change`] enum and one `match` ([`CheckIn::apply`]) for all of it: the view keeps a single
//! Yew reducer (each piece of Yew state adds its own copy of Yew's state code to the download),
//! and a click that changes the journey and a notice together is one change, not two
//! dispatches in turn. A change that alters nothing gives `None`, so the reducer keeps the same
//! state and Yew does not draw again. Nothing here knows of Yew, so `tests/check_in.rs` tests it
//! on the host.

use super::content::Content;
use super::i18n::{msg, Msg};
use super::journey::Action;
use super::opening::{Opening, OpeningProblem};
use super::session::{Event, Session};
use super::then_and_now::{Earlier, EarlierProblem};

/// What the take-away last said. Forgotten when the client leaves the results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Said {
    /// The message about the last action.
    pub message: Option<Msg>,
    /// The text to copy by hand, when the clipboard refused it.
    pub copy_by_hand: Option<String>,
}

/// One widget's check-in and what its view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckIn {
    /// The journey and saving on the device.
    pub session: Session,
    /// The last notice (shown under the save bar), if any.
    pub notice: Option<Msg>,
    /// Whether the client wants their notes in the take-away and on paper.
    pub include_notes: bool,
    /// Whether the "Need help now?" panel is open.
    pub help_open: bool,
    /// Whether the "Stop for now" panel is open (it takes the step's place).
    pub stop_open: bool,
    /// What the take-away last said.
    pub said: Said,
    /// An earlier check-in the client opened beside this one (then and now), or why it could
    /// not be opened.
    pub earlier: Option<Result<Earlier, EarlierProblem>>,
}

/// Something the client did, or the device reported.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A change to the journey: answering, writing a note, moving between steps, the language.
    Journey(Action),
    /// The client asked to save on this device.
    Save,
    /// After being asked: save these answers in place of the ones waiting on the device.
    Replace,
    /// After being asked: keep the answers waiting on the device, and do not save these.
    KeepSaved,
    /// The client took up the answers waiting on the device: the notice about how the
    /// check-in opened no longer applies.
    Continue,
    /// Everything this widget saved on the device was erased: the client is told.
    Erased,
    /// The browser refused to write: saving stops and the client is told.
    SaveFailed,
    /// "Start again" from the results: the notice goes with the check-in it was about.
    Restart,
    /// "Clear my answers" in the "Stop for now" panel: the panel closes and the check-in
    /// starts again; `erased` when what was saved on the device was erased first.
    ClearAndStop {
        erased: bool,
    },
    /// The "Need help now?" button.
    ToggleHelp,
    /// A pointer to help on a screen (the welcome, a hope step, the review, "Stop for now"):
    /// the "Need help now?" panel opens, and stays open if it already was.
    OpenHelp,
    CloseHelp,
    OpenStop,
    /// "Continue the check-in" in the "Stop for now" panel.
    CloseStop,
    IncludeNotes(bool),
    /// The take-away reported on an action (or its message is cleared).
    Said(Said),
    /// An earlier check-in was opened beside this one, or could not be (`None`: closed).
    Earlier(Option<Result<Earlier, EarlierProblem>>),
}

/// The notice that tells the client about a problem found as the check-in opened.
pub fn problem_notice(problem: OpeningProblem) -> Msg {
    match problem {
        OpeningProblem::SnapshotUnreadable => msg::NOTICE_DISCARDED,
        OpeningProblem::SnapshotOtherVersion => msg::NOTICE_VERSION,
        OpeningProblem::ShareLinkBroken => msg::NOTICE_SHARE_BROKEN,
    }
}

impl CheckIn {
    /// The check-in as it opens: every panel closed, and a notice about a problem found on the
    /// way in, else about a share link's answers on screen.
    pub fn open(opening: &Opening) -> CheckIn {
        CheckIn {
            session: Session::open(opening),
            notice: match (opening.problem, opening.shared) {
                (Some(problem), _) => Some(problem_notice(problem)),
                (None, true) => Some(msg::NOTICE_SHARED),
                (None, false) => None,
            },
            include_notes: false,
            help_open: false,
            stop_open: false,
            said: Said::default(),
            earlier: None,
        }
    }

    /// The check-in after `change`, or `None` when nothing changes.
    pub fn apply(&self, change: Change, content: &Content) -> Option<CheckIn> {
        let mut next = self.clone();
        let session = |next: &mut CheckIn, event: Event| {
            if let Some(session) = next.session.apply(event, content) {
                next.session = session;
            }
        };
        match change {
            Change::Journey(action) => session(&mut next, Event::Journey(action)),
            Change::Save => session(&mut next, Event::Save),
            Change::Replace => session(&mut next, Event::Replace),
            Change::KeepSaved => session(&mut next, Event::KeepSaved),
            Change::Continue => {
                next.notice = None;
                session(&mut next, Event::Continue);
            }
            Change::Erased => {
                session(&mut next, Event::Erased);
                next.notice = Some(msg::NOTICE_ERASED);
            }
            Change::SaveFailed => {
                session(&mut next, Event::SaveFailed);
                next.notice = Some(msg::NOTICE_SAVE_FAILED);
            }
            Change::Restart => {
                next.notice = None;
                session(&mut next, Event::Journey(Action::Restart));
            }
            Change::ClearAndStop { erased } => {
                next.stop_open = false;
                if erased {
                    session(&mut next, Event::Erased);
                    next.notice = Some(msg::NOTICE_ERASED);
                }
                session(&mut next, Event::Journey(Action::Restart));
            }
            Change::ToggleHelp => next.help_open = !next.help_open,
            Change::OpenHelp => next.help_open = true,
            Change::CloseHelp => next.help_open = false,
            Change::OpenStop => next.stop_open = true,
            Change::CloseStop => next.stop_open = false,
            Change::IncludeNotes(on) => next.include_notes = on,
            Change::Said(said) => next.said = said,
            Change::Earlier(earlier) => next.earlier = earlier,
        }
        // The take-away's last message belongs to the results the client just left.
        if next.session.journey.step != self.session.journey.step {
            next.said = Said::default();
        }
        (next != *self).then_some(next)
    }
}
