#![cfg(not(target_arch = "wasm32"))]
//! How the check-in opens from what the page finds: share links, saved answers, or nothing.

mod common;

use common::{answers, fixture};
use missing_pieces::domain::answers::Response;
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::opening::{open, OpeningProblem};
use missing_pieces::domain::text::Locale;
use missing_pieces::domain::{share, snapshot};

fn saved_journey() -> Journey {
    let content = fixture();
    let journey = Journey::new(true);
    let journey = journey.apply(Action::Start, &content).unwrap();
    journey
        .apply(Action::Answer("h1".into(), Response::Choice(2)), &content)
        .unwrap()
}

#[test]
fn nothing_found_opens_a_fresh_welcome() {
    let opening = open(&fixture(), true, Locale::Es, None, None);
    assert_eq!(opening.journey, Journey::in_locale(true, Locale::Es));
    assert_eq!(
        (opening.resume, opening.shared, opening.problem),
        (None, false, None)
    );
}

#[test]
fn saved_answers_are_offered_not_forced() {
    let text = snapshot::encode(&saved_journey());
    let opening = open(&fixture(), true, Locale::En, Some(&text), None);
    assert_eq!(
        opening.journey.step,
        Step::Welcome,
        "the client chooses to continue"
    );
    assert_eq!(opening.resume, Some(saved_journey()));
    assert_eq!(opening.problem, None);
}

#[test]
fn an_empty_saved_journey_is_not_offered() {
    let text = snapshot::encode(&Journey::new(true));
    assert_eq!(
        open(&fixture(), true, Locale::En, Some(&text), None).resume,
        None
    );
}

#[test]
fn damaged_or_foreign_saved_answers_are_set_aside_with_a_reason() {
    let content = fixture();
    let good = snapshot::encode(&saved_journey());
    let cases: [(String, OpeningProblem); 4] = [
        (
            good[..good.len() / 2].to_owned(),
            OpeningProblem::SnapshotUnreadable,
        ),
        (
            "{\"answers\": 1}".to_owned(),
            OpeningProblem::SnapshotUnreadable,
        ),
        (String::new(), OpeningProblem::SnapshotUnreadable),
        (
            good.replacen("snapshot 1", "snapshot 7", 1),
            OpeningProblem::SnapshotOtherVersion,
        ),
    ];
    for (text, problem) in cases {
        let opening = open(&content, true, Locale::En, Some(&text), None);
        assert_eq!(opening.problem, Some(problem), "{text:?}");
        assert!(opening.set_aside);
        assert_eq!(opening.resume, None);
        assert_eq!(opening.journey, Journey::new(true));
    }
}

#[test]
fn a_share_link_opens_its_results_in_its_language_and_still_offers_saved_answers() {
    let content = fixture();
    let fragment = share::encode(&answers(&[("h1", 0), ("h2", 1)]), Locale::Ar, &content);
    let saved = snapshot::encode(&saved_journey());
    let opening = open(&content, true, Locale::En, Some(&saved), Some(&fragment));
    assert!(opening.shared);
    assert_eq!(opening.journey.step, Step::Results);
    assert_eq!(opening.journey.locale, Locale::Ar);
    assert_eq!(opening.journey.answers, answers(&[("h1", 0), ("h2", 1)]));
    assert_eq!(opening.resume, Some(saved_journey()));
    assert!(opening.clear_link);
}

#[test]
fn a_broken_share_link_opens_a_fresh_welcome_and_says_so() {
    let content = fixture();
    let mut fragment = share::encode(&answers(&[("h1", 0)]), Locale::En, &content);
    fragment.truncate(fragment.len() - 3);
    let opening = open(&content, true, Locale::En, None, Some(&fragment));
    assert_eq!(opening.problem, Some(OpeningProblem::ShareLinkBroken));
    assert_eq!(opening.journey, Journey::new(true));
    assert!(!opening.shared);
    assert!(
        opening.clear_link,
        "a reload must not repeat the broken link"
    );
}

#[test]
fn a_broken_share_link_still_offers_saved_answers() {
    let content = fixture();
    let saved = snapshot::encode(&saved_journey());
    let opening = open(
        &content,
        true,
        Locale::En,
        Some(&saved),
        Some("mp1.en.30abcd.----"),
    );
    assert_eq!(opening.problem, Some(OpeningProblem::ShareLinkBroken));
    assert_eq!(opening.resume, Some(saved_journey()));
    assert!(!opening.set_aside);
}

#[test]
fn unreadable_saved_answers_are_set_aside_even_beside_a_link() {
    let content = fixture();
    let fragment = share::encode(&answers(&[("h1", 0)]), Locale::En, &content);
    let opening = open(&content, true, Locale::En, Some("garbage"), Some(&fragment));
    assert!(opening.shared);
    assert!(opening.set_aside);
    assert_eq!(opening.problem, Some(OpeningProblem::SnapshotUnreadable));
}
