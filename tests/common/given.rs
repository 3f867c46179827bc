//! Generated answers for property tests over the shipped questionnaire: one [`Given`] per item,
//! drawn with weights, and the answers they make on any check-in (included by path where
//! needed, like `areas.rs`).
#![allow(dead_code)]

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::{Content, Polarity};
use proptest::prelude::*;

/// One generated answer: a resource level 0 (hard end) to 4, "prefer not to say", or skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given {
    Level(u8),
    PreferNot,
    Skipped,
}

/// Every answer there is, in the order of the weights [`answer`] takes: level 0 to 4, prefer
/// not to say, skipped.
pub const EVERY: [Given; 7] = [
    Given::Level(0),
    Given::Level(1),
    Given::Level(2),
    Given::Level(3),
    Given::Level(4),
    Given::PreferNot,
    Given::Skipped,
];

/// The answer at `at` of a draw from 0 to the sum of `weights` (see [`EVERY`]).
pub fn pick(weights: &[u32; 7], mut at: u32) -> Given {
    for (given, weight) in EVERY.iter().zip(weights) {
        if at < *weight {
            return *given;
        }
        at -= weight;
    }
    unreachable!("a draw below the sum of the weights")
}

/// One answer, each of [`EVERY`] as likely as its weight.
pub fn answer(weights: [u32; 7]) -> impl Strategy<Value = Given> {
    let total: u32 = weights.iter().sum();
    (0..total).prop_map(move |at| pick(&weights, at))
}

/// One answer per item of the shipped questionnaire, each drawn with `weights` (a check-in
/// asking fewer areas uses the first ones).
pub fn answers(weights: [u32; 7]) -> impl Strategy<Value = Vec<Given>> {
    proptest::collection::vec(answer(weights), Content::built_in().items.len())
}

/// The choice that gives `level` on the scale of `content`'s item `index`.
pub fn choice(content: &Content, index: usize, level: u8) -> u8 {
    match content.items[index].polarity {
        Polarity::Positive => level,
        Polarity::Reverse => 4 - level,
    }
}

/// The answers `given` makes on `content`: the first answer to its first item, and so on.
pub fn to_answers(content: &Content, given: &[Given]) -> Answers {
    given[..content.items.len()]
        .iter()
        .enumerate()
        .filter_map(|(n, g)| {
            let response = match *g {
                Given::Skipped => return None,
                Given::PreferNot => Response::PreferNot,
                Given::Level(level) => Response::Choice(choice(content, n, level)),
            };
            Some((content.items[n].id.clone(), response))
        })
        .collect()
}
