#![cfg(not(target_arch = "wasm32"))]
//! Properties that must hold for any answers at all.

mod common;

use common::{fixture, ITEMS};
use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::content::ItemId;
use missing_pieces::domain::scoring::score;
use proptest::prelude::*;

/// Any subset of items, each answered on the scale or "prefer not to say".
fn any_answers() -> impl Strategy<Value = Vec<(usize, Option<u8>)>> {
    proptest::collection::vec((0..ITEMS.len(), proptest::option::of(0u8..5)), 0..40)
}

fn to_answers(pairs: &[(usize, Option<u8>)]) -> Answers {
    pairs
        .iter()
        .map(|&(i, v)| {
            let response = v.map_or(Response::PreferNot, Response::Choice);
            (ItemId::from(ITEMS[i].0), response)
        })
        .collect()
}

proptest! {
    #[test]
    fn ranking_never_depends_on_answer_order(pairs in any_answers(), seed in any::<u64>()) {
        // Later answers replace earlier ones, so keep one answer per item before shuffling.
        let mut unique: Vec<(usize, Option<u8>)> = Vec::new();
        for p in pairs.iter().rev() {
            if !unique.iter().any(|u| u.0 == p.0) {
                unique.push(*p);
            }
        }
        let mut shuffled = unique.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        let content = fixture();
        prop_assert_eq!(score(&content, &to_answers(&unique)), score(&content, &to_answers(&shuffled)));
    }

    #[test]
    fn skipping_an_item_never_scores_lower_than_its_least_resourced_answer(
        pairs in any_answers(), item in 0..ITEMS.len()
    ) {
        let content = fixture();
        let id = ItemId::from(ITEMS[item].0);
        let area = content.item(&id).unwrap().area;
        let lowest = if ITEMS[item].3 == "reverse" { 4 } else { 0 };
        let mut answered = to_answers(&pairs);
        answered.set(id.clone(), Response::Choice(lowest));
        let mut skipped = answered.clone();
        skipped.clear(&id);
        let mut declined = answered.clone();
        declined.set(id, Response::PreferNot);
        let with = score(&content, &answered).area(area).unwrap().tally.score;
        let without = score(&content, &skipped).area(area).unwrap().tally.score;
        if let (Some(with), Some(without)) = (with, without) {
            prop_assert!(without >= with);
        }
        // "Prefer not to say" scores exactly like a skip.
        let declined = score(&content, &declined);
        prop_assert_eq!(declined.area(area).unwrap().tally.score, without);
    }

    #[test]
    fn results_stay_within_their_rules(pairs in any_answers()) {
        let content = fixture();
        let results = score(&content, &to_answers(&pairs));
        prop_assert!(results.focus.len() <= content.rules.focus_max);
        prop_assert!(results.strengths.len() <= content.rules.strength_max);
        for area in &results.areas {
            prop_assert!(area.tally.score.is_none_or(|s| s <= 100));
        }
        for focus in &results.focus {
            prop_assert!(focus.score <= content.rules.focus_at_most);
            prop_assert!(!results.strengths.iter().any(|s| s.area == focus.area));
        }
    }
}
