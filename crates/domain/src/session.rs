//! The check-in as one page holds it: the journey, whether it is saved on the device, and
//! answers saved earlier that wait for the client to take them up.
//!
//! The promise kept here: answers saved on the device are lost only when the client says so
//! ("Erase my answers", "Start fresh", or "Save these answers instead" after being asked). A
//! share link, good or bad, starting again and turning saving on never overwrite them.
//! [`Session::to_write`] is the one place that decides what may be written; the edge writes
//! nothing else. `tests/session.rs` checks the promise over generated sequences of actions,
//! with a model of the device's storage.

use super::content::Content;
use super::journey::{Action, Journey};
use super::opening::Opening;
use super::snapshot;

/// Whether the client's answers are being kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Nothing is written (the starting point).
    Off,
    /// Every change is written, because the client asked.
    On,
    /// The client asked to save while earlier answers wait on the device: they are asked
    /// whether these answers should take their place.
    Asking,
    /// The browser refused; the check-in works without saving.
    Blocked,
}

/// Everything about one check-in on the page that outlives a single screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The journey on screen.
    pub journey: Journey,
    /// Whether it is being saved.
    pub saving: Saving,
    /// Answers saved on the device that the client has neither taken up nor erased. While
    /// they wait, nothing is written, so they stay as they were.
    pub waiting: Option<Journey>,
    /// The journey shows a share link's answers (nothing is saved then).
    pub shared: bool,
}

/// Something the client did, or the device reported.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A change to the journey itself: answering, moving between steps, starting again.
    Journey(Action),
    /// The client asked to save on this device.
    Save,
    /// After being asked: save these answers in place of the ones waiting on the device.
    Replace,
    /// After being asked: keep the answers waiting on the device, and do not save these.
    KeepSaved,
    /// The client took up the answers waiting on the device.
    Continue,
    /// Everything this widget saved on the device was erased.
    Erased,
    /// The browser refused to write.
    SaveFailed,
}

impl Session {
    /// The session as the check-in opens: nothing is written until the client asks.
    pub fn open(opening: &Opening) -> Session {
        Session {
            journey: opening.journey.clone(),
            saving: Saving::Off,
            waiting: opening.resume.clone(),
            shared: opening.shared,
        }
    }

    /// The session after `event`, or `None` when nothing changes.
    pub fn apply(&self, event: Event, content: &Content) -> Option<Session> {
        let mut next = self.clone();
        match event {
            Event::Journey(action) => {
                let restart = action == Action::Restart;
                next.journey = self.journey.apply(action, content)?;
                if restart {
                    next.shared = false;
                    // What was being saved stays on the device and is offered again: starting
                    // again is not erasing.
                    if self.saving == Saving::On && self.waiting.is_none() && has_any(&self.journey)
                    {
                        next.waiting = Some(self.journey.clone());
                        next.saving = Saving::Off;
                    }
                }
            }
            Event::Save => {
                if self.saving != Saving::Off || self.shared {
                    return None;
                }
                next.saving = if self.waiting.is_some() {
                    Saving::Asking
                } else {
                    Saving::On
                };
            }
            Event::Replace => {
                if self.saving != Saving::Asking {
                    return None;
                }
                next.waiting = None;
                next.saving = Saving::On;
            }
            Event::KeepSaved => {
                if self.saving != Saving::Asking {
                    return None;
                }
                next.saving = Saving::Off;
            }
            Event::Continue => {
                let saved = next.waiting.take()?;
                next.journey = saved;
                next.saving = Saving::On;
                next.shared = false;
            }
            Event::Erased => {
                next.waiting = None;
                next.saving = Saving::Off;
            }
            Event::SaveFailed => next.saving = Saving::Blocked,
        }
        (next != *self).then_some(next)
    }

    /// The snapshot to write to the device now, if any: only while saving is on, never while
    /// earlier answers wait on the device, and never for a share link's answers.
    pub fn to_write(&self) -> Option<String> {
        self.saves().then(|| snapshot::encode(&self.journey))
    }

    /// Whether what is on screen is being kept on this device: saving is on, no earlier answers
    /// wait in its place, and it is not a share link's. What "Stop for now" tells the client
    /// rests on this, so it is true whichever way they chose.
    pub fn saves(&self) -> bool {
        self.saving == Saving::On && self.waiting.is_none() && !self.shared
    }
}

/// Whether the client has answered or written anything in `journey`.
fn has_any(journey: &Journey) -> bool {
    !journey.answers.is_empty() || !journey.notes.is_empty()
}
