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
            // An area comes forward when it scores low, or when a sign bears on it.
            prop_assert!(focus.score <= content.rules.focus_at_most || !focus.signs.is_empty());
            prop_assert!(!results.strengths.iter().any(|s| s.area == focus.area));
        }
    }
}

/// An edit to the answers or notes, for the model-based tests below.
#[derive(Clone, Debug)]
enum Edit {
    Set(usize, u8),
    Clear(usize),
    Write(usize, String),
    Toggle(usize, usize),
}

fn any_edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (0..8usize, 0u8..5).prop_map(|(i, v)| Edit::Set(i, v)),
        (0..8usize).prop_map(Edit::Clear),
        (0..3usize, "[ a]{0,3}").prop_map(|(r, t)| Edit::Write(r, t)),
        (0..3usize, 0..4usize).prop_map(|(r, o)| Edit::Toggle(r, o)),
    ];
    proptest::collection::vec(edit, 0..60)
}

proptest! {
    /// Answers and notes keep what a plain ordered map would keep, in the same order, for any
    /// sequence of edits.
    #[test]
    fn answers_and_notes_behave_like_ordered_maps(edits in any_edits()) {
        use missing_pieces::domain::answers::Notes;
        use missing_pieces::domain::content::Key;
        use std::collections::{BTreeMap, BTreeSet};

        let mut answers = Answers::new();
        let mut notes = Notes::default();
        let mut answers_model: BTreeMap<ItemId, Response> = BTreeMap::new();
        let mut notes_model: BTreeMap<Key, (String, BTreeSet<Key>)> = BTreeMap::new();
        let item = |i: usize| ItemId::from(ITEMS[i].0);
        let key = |k: usize| Key::from(["goals", "way", "worries", "talk"][k]);
        for edit in edits {
            match edit {
                Edit::Set(i, v) => {
                    answers.set(item(i), Response::Choice(v));
                    answers_model.insert(item(i), Response::Choice(v));
                }
                Edit::Clear(i) => {
                    answers.clear(&item(i));
                    answers_model.remove(&item(i));
                }
                Edit::Write(r, text) => {
                    notes.set_text(key(r), &text);
                    notes_model.entry(key(r)).or_default().0 = text;
                }
                Edit::Toggle(r, o) => {
                    notes.toggle(key(r), key(o));
                    let options = &mut notes_model.entry(key(r)).or_default().1;
                    if !options.remove(&key(o)) {
                        options.insert(key(o));
                    }
                }
            }
            notes_model.retain(|_, (text, options)| !text.trim().is_empty() || !options.is_empty());
        }
        let got: Vec<(ItemId, Response)> = answers.iter().map(|(i, r)| (i.clone(), r)).collect();
        let want: Vec<(ItemId, Response)> = answers_model.into_iter().collect();
        prop_assert_eq!(got, want);
        prop_assert_eq!(answers.len(), answers.iter().count());
        let got: Vec<(Key, String, Vec<Key>)> = notes
            .iter()
            .map(|(k, n)| (k.clone(), n.text.clone(), n.options.clone()))
            .collect();
        let want: Vec<(Key, String, Vec<Key>)> = notes_model
            .into_iter()
            .map(|(k, (t, o))| (k, t, o.into_iter().collect()))
            .collect();
        prop_assert_eq!(got, want);
    }
}
