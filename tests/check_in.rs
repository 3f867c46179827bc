#![cfg(not(target_arch = "wasm32"))]
//! What the view shows beside the journey (panels, notices, the take-away's last message), kept
//! by the one reducer: how each change moves it, and that a change that alters nothing keeps
//! the very same state, so Yew does not draw again.

use std::rc::Rc;

use missing_pieces::domain::answers::Response;
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::check_in::{Change, CheckIn, Said};
use missing_pieces::domain::content::Content;
use missing_pieces::domain::i18n::msg;
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::opening::open;
use missing_pieces::domain::session::Saving;
use missing_pieces::domain::snapshot;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::app::State;
use missing_pieces::view::Env;
use yew::Reducible;

/// The check-in as it opens with `saved` on the device and `shared` in the address.
fn opened(content: &Content, saved: Option<&str>, shared: Option<&str>) -> CheckIn {
    CheckIn::open(&open(content, true, Locale::En, saved, shared))
}

/// `check_in` after each of `changes` in turn, each of which must change something.
fn after(content: &Content, check_in: &CheckIn, changes: &[Change]) -> CheckIn {
    changes.iter().fold(check_in.clone(), |state, change| {
        state
            .apply(change.clone(), content)
            .unwrap_or_else(|| panic!("{change:?} changed nothing"))
    })
}

/// Saved answers to a first question, as the device would hold them.
fn saved_answers(content: &Content) -> String {
    let journey = Journey::new(true)
        .apply(
            Action::Answer(content.items[0].id.clone(), Response::Choice(3)),
            content,
        )
        .unwrap();
    snapshot::encode(&journey)
}

#[test]
fn a_plain_opening_has_every_panel_closed_and_no_notice() {
    let content = Content::built_in();
    let check_in = opened(&content, None, None);
    assert_eq!(check_in.notice, None);
    assert!(!check_in.help_open && !check_in.stop_open && !check_in.include_notes);
    assert_eq!(check_in.said, Said::default());
}

#[test]
fn the_opening_notice_names_a_problem_before_a_share_link() {
    let content = Content::built_in();
    let broken = opened(&content, None, Some("mp1.en.30abcd.----"));
    assert_eq!(broken.notice, Some(msg::NOTICE_SHARE_BROKEN));
    let unreadable = opened(&content, Some("not a snapshot"), None);
    assert_eq!(unreadable.notice, Some(msg::NOTICE_DISCARDED));
}

#[test]
fn the_help_button_opens_and_closes_the_help_panel() {
    let content = Content::built_in();
    let closed = opened(&content, None, None);
    let open = after(&content, &closed, &[Change::ToggleHelp]);
    assert!(open.help_open);
    assert!(!after(&content, &open, &[Change::ToggleHelp]).help_open);
    assert!(!after(&content, &open, &[Change::CloseHelp]).help_open);
}

#[test]
fn stop_for_now_opens_and_continuing_closes_it() {
    let content = Content::built_in();
    let started = after(
        &content,
        &opened(&content, None, None),
        &[Change::Journey(Action::Start), Change::OpenStop],
    );
    assert!(started.stop_open);
    let back = after(&content, &started, &[Change::CloseStop]);
    assert!(!back.stop_open);
    assert_eq!(
        back.session, started.session,
        "the check-in goes on as it was"
    );
}

#[test]
fn a_change_that_alters_nothing_gives_no_new_state() {
    let content = Content::built_in();
    let closed = opened(&content, None, None);
    for change in [
        Change::CloseHelp,
        Change::CloseStop,
        Change::IncludeNotes(false),
        Change::Said(Said::default()),
        Change::Continue,
        Change::Replace,
        Change::KeepSaved,
        Change::Journey(Action::Back),
    ] {
        assert_eq!(closed.apply(change.clone(), &content), None, "{change:?}");
    }
    let open = after(&content, &closed, &[Change::OpenStop, Change::ToggleHelp]);
    assert_eq!(open.apply(Change::OpenStop, &content), None);
    let failed = after(&content, &closed, &[Change::Save, Change::SaveFailed]);
    assert_eq!(failed.apply(Change::SaveFailed, &content), None);
}

#[test]
fn the_reducer_keeps_the_same_state_for_a_change_that_alters_nothing() {
    let content = Content::built_in();
    let state = Rc::new(State {
        check_in: opened(&content, None, None),
        env: Env::new(Locale::En),
    });
    let same = state.clone().reduce(Change::CloseHelp);
    assert!(Rc::ptr_eq(&state, &same), "a no-op must not draw again");
    let changed = state.clone().reduce(Change::ToggleHelp);
    assert!(!Rc::ptr_eq(&state, &changed));
    assert!(changed.check_in.help_open);
}

#[test]
fn the_reducer_changes_the_language_of_its_strings_with_the_journey() {
    let state = Rc::new(State {
        check_in: opened(&Content::built_in(), None, None),
        env: Env::new(Locale::En),
    });
    let spanish = state.reduce(Change::Journey(Action::SetLocale(Locale::Es)));
    assert_eq!(spanish.env.locale, Locale::Es);
    assert_eq!(
        spanish.env.t(msg::NAV_NEXT),
        missing_pieces::domain::i18n::Strings::for_locale(Locale::Es).get(msg::NAV_NEXT)
    );
}

#[test]
fn saving_that_fails_stops_saving_and_says_so() {
    let content = Content::built_in();
    let failed = after(
        &content,
        &opened(&content, None, None),
        &[Change::Save, Change::SaveFailed],
    );
    assert_eq!(failed.session.saving, Saving::Blocked);
    assert_eq!(failed.notice, Some(msg::NOTICE_SAVE_FAILED));
}

#[test]
fn erasing_says_so_and_clear_and_stop_keeps_that_notice() {
    let content = Content::built_in();
    let saving = after(
        &content,
        &opened(&content, None, None),
        &[
            Change::Save,
            Change::Journey(Action::Start),
            Change::OpenStop,
        ],
    );
    let cleared = after(&content, &saving, &[Change::ClearAndStop { erased: true }]);
    assert!(!cleared.stop_open);
    assert_eq!(cleared.session.journey.step, Step::Welcome);
    assert_eq!(cleared.session.saving, Saving::Off);
    assert_eq!(cleared.notice, Some(msg::NOTICE_ERASED));
    // When the browser would not erase, the notice is not claimed.
    let kept = after(&content, &saving, &[Change::ClearAndStop { erased: false }]);
    assert_eq!(kept.notice, None);
    assert_eq!(kept.session.journey.step, Step::Welcome);
}

#[test]
fn taking_up_saved_answers_clears_the_opening_notice() {
    let content = Content::built_in();
    let opening = opened(&content, Some(&saved_answers(&content)), Some("broken"));
    assert_eq!(opening.notice, Some(msg::NOTICE_SHARE_BROKEN));
    let resumed = after(&content, &opening, &[Change::Continue]);
    assert_eq!(resumed.notice, None);
    assert_eq!(resumed.session.saving, Saving::On);
    assert_eq!(resumed.session.waiting, None);
}

#[test]
fn starting_again_from_the_results_clears_the_notice() {
    let content = Content::built_in();
    let results = after(
        &content,
        &opened(&content, None, Some("broken")),
        &[Change::Journey(Action::GoTo(Step::Results))],
    );
    assert_eq!(results.notice, Some(msg::NOTICE_SHARE_BROKEN));
    let again = after(&content, &results, &[Change::Restart]);
    assert_eq!(again.notice, None);
    assert_eq!(again.session.journey.step, Step::Welcome);
}

#[test]
fn the_take_away_message_is_forgotten_when_the_client_leaves_the_results() {
    let content = Content::built_in();
    let said = Said {
        message: Some(msg::TAKE_COPY_FAILED),
        copy_by_hand: Some("the summary".to_owned()),
    };
    let results = after(
        &content,
        &opened(&content, None, None),
        &[
            Change::Journey(Action::GoTo(Step::Results)),
            Change::Said(said.clone()),
        ],
    );
    assert_eq!(results.said, said);
    // Other changes on the results keep it.
    let notes = after(&content, &results, &[Change::IncludeNotes(true)]);
    assert_eq!(notes.said, said);
    let left = after(&content, &results, &[Change::Journey(Action::Back)]);
    assert_eq!(left.said, Said::default());
}
