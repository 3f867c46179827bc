//! The client's path through the check-in as a state machine: steps, and the actions that move
//! between them or change answers.
//!
//! Every change goes through [`Journey::apply`], one exhaustive `match`. An action that changes
//! nothing returns `None`, so the view can keep the same state and skip a re-render.

use super::answers::{Answers, Notes, Response};
use super::client_say::{ClientSay, SayChange};
use super::content::{AreaId, Content, ItemId, Key, SCALE_POINTS};
use super::text::Locale;

/// Where the client is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// What the check-in is and is not; the way in.
    Welcome,
    /// The questions of one area.
    Area(AreaId),
    /// Optional questions in the client's own words.
    Reflections,
    /// What was answered and skipped, with a way back to any step.
    Review,
    /// Where to start, what is already helping, and the chart.
    Results,
}

/// Something the client did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the welcome for the first question step.
    Start,
    /// Go on to the next step; never blocked by unanswered items.
    Next,
    /// Go back one step.
    Back,
    /// Jump to a step (from the review).
    GoTo(Step),
    /// Answer an item.
    Answer(ItemId, Response),
    /// Take back an answer, leaving the item skipped.
    Clear(ItemId),
    /// Write in a reflection's text box.
    Write(Key, String),
    /// Tick or untick a reflection's option.
    Toggle(Key, Key),
    /// The client's say in the results (see [`super::client_say`]).
    Say(SayChange),
    /// Show the check-in in another language, keeping every answer.
    SetLocale(Locale),
    /// Forget everything and return to the welcome.
    Restart,
}

/// The whole state of one check-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    pub step: Step,
    pub answers: Answers,
    pub notes: Notes,
    /// Whether the reflections step is part of this journey (the counsellor may turn it off).
    pub with_reflections: bool,
    /// The language the client is reading.
    pub locale: Locale,
    /// What the client said about the results: theirs, beside the results, never part of them.
    pub say: ClientSay,
}

impl Journey {
    /// A fresh journey at the welcome, in English.
    pub fn new(with_reflections: bool) -> Journey {
        Journey::in_locale(with_reflections, Locale::En)
    }

    /// A fresh journey at the welcome, in `locale`.
    pub fn in_locale(with_reflections: bool, locale: Locale) -> Journey {
        Journey {
            step: Step::Welcome,
            answers: Answers::new(),
            notes: Notes::default(),
            with_reflections,
            locale,
            say: ClientSay::default(),
        }
    }

    /// The steps between the welcome and the results, in order: one per area, the reflections
    /// (when offered) and the review. These are the steps the progress indicator counts.
    pub fn middle_steps(&self, content: &Content) -> Vec<Step> {
        let mut steps: Vec<Step> = content.areas.iter().map(|a| Step::Area(a.id)).collect();
        if self.with_reflections && !content.reflections.is_empty() {
            steps.push(Step::Reflections);
        }
        steps.push(Step::Review);
        steps
    }

    /// Every step, from the welcome to the results.
    pub fn all_steps(&self, content: &Content) -> Vec<Step> {
        let mut steps = vec![Step::Welcome];
        steps.extend(self.middle_steps(content));
        steps.push(Step::Results);
        steps
    }

    /// "Step N of M" for the current step, when it is one of the middle steps.
    pub fn progress(&self, content: &Content) -> Option<(usize, usize)> {
        let steps = self.middle_steps(content);
        let position = steps.iter().position(|s| *s == self.step)?;
        Some((position + 1, steps.len()))
    }

    /// The state after `action`, or `None` when the action changes nothing (or is not valid for
    /// this content, such as an answer to an unknown item).
    pub fn apply(&self, action: Action, content: &Content) -> Option<Journey> {
        let mut next = self.clone();
        let steps = self.all_steps(content);
        let here = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        match action {
            Action::Start => {
                if self.step != Step::Welcome {
                    return None;
                }
                next.step = steps.get(1).copied()?;
            }
            Action::Next => next.step = steps.get(here + 1).copied()?,
            Action::Back => next.step = steps.get(here.checked_sub(1)?).copied()?,
            Action::GoTo(step) => {
                if !steps.contains(&step) {
                    return None;
                }
                next.step = step;
            }
            Action::Answer(item, response) => {
                let known = content.item(&item).is_some();
                let in_range = match response {
                    Response::Choice(value) => usize::from(value) < SCALE_POINTS,
                    Response::PreferNot => true,
                };
                if !known || !in_range {
                    return None;
                }
                next.answers.set(item, response);
            }
            Action::Clear(item) => next.answers.clear(&item),
            Action::Write(reflection, text) => {
                if !content.reflections.iter().any(|r| r.id == reflection) {
                    return None;
                }
                next.notes.set_text(reflection, &text);
            }
            Action::Toggle(reflection, option) => {
                let known = content
                    .reflections
                    .iter()
                    .any(|r| r.id == reflection && r.options.iter().any(|o| o.id == option));
                if !known {
                    return None;
                }
                next.notes.toggle(reflection, option);
            }
            Action::Say(change) => next.say = self.say.apply(change, content)?,
            Action::SetLocale(locale) => next.locale = locale,
            // Starting again keeps the language the client chose.
            Action::Restart => next = Journey::in_locale(self.with_reflections, self.locale),
        }
        (next != *self).then_some(next)
    }
}
