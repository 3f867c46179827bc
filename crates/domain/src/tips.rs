//! The things to try that a place to start offers, chosen so that none contradicts the client.
//!
//! Each thing to try names the items it takes for granted (`assumes` in the content). It is
//! shown only when none of them was answered at the hard end (`hard_end_at_most`): "write down
//! one small thing you look forward to" never follows "I look forward to something: Not at
//! all". A skipped or declined item is not an answer, so it never hides one. Every area has a
//! thing to try that assumes nothing (`Content::validate`), so a place to start always has
//! something to try; the results screen and the text summary both take them from here.

use super::answers::Answers;
use super::content::{Area, Content, Tip, TIPS_SHOWN};
use super::scoring::level;

/// Whether the client answered an item `tip` takes for granted at the hard end.
pub fn contradicts(content: &Content, tip: &Tip, answers: &Answers) -> bool {
    tip.assumes.iter().any(|id| {
        content
            .item(id)
            .and_then(|item| level(item, answers.get(id)?))
            .is_some_and(|l| l <= content.rules.hard_end_at_most)
    })
}

/// The things to try shown for `area`: the first [`TIPS_SHOWN`] in content order that do not
/// contradict the client's answers.
pub fn to_try<'a>(
    content: &'a Content,
    area: &'a Area,
    answers: &'a Answers,
) -> impl Iterator<Item = &'a Tip> + 'a {
    area.try_first
        .iter()
        .filter(move |tip| !contradicts(content, tip, answers))
        .take(TIPS_SHOWN)
}
