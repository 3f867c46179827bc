#![cfg(not(target_arch = "wasm32"))]
//! The journey state machine: steps in order, never blocked, and no-ops recognised as such.

mod common;

use common::fixture;
use missing_pieces::domain::answers::Response;
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::{AreaId, Key};
use missing_pieces::domain::journey::{Action, Journey, Step};

fn run(journey: &Journey, actions: &[Action]) -> Journey {
    let content = fixture();
    actions.iter().fold(journey.clone(), |j, a| {
        j.apply(a.clone(), &content).unwrap_or(j)
    })
}

#[test]
fn next_walks_every_step_without_answers() {
    let content = fixture();
    let mut journey = Journey::new(true);
    let mut seen = vec![journey.step];
    while let Some(next) = journey.apply(Action::Next, &content) {
        journey = next;
        seen.push(journey.step);
    }
    let areas = AreaId::ALL.map(Step::Area);
    let mut expected = vec![Step::Welcome];
    expected.extend(areas);
    expected.extend([Step::Reflections, Step::Review, Step::Results]);
    assert_eq!(seen, expected);
}

#[test]
fn progress_counts_every_step_between_the_welcome_and_the_results() {
    let content = fixture();
    for with_reflections in [true, false] {
        // Walk every step; the progress counts each one between the welcome and the results.
        let mut journey = Journey::new(with_reflections);
        let mut walked = vec![journey.clone()];
        while let Some(next) = journey.apply(Action::Next, &content) {
            journey = next;
            walked.push(journey.clone());
        }
        let middle = &walked[1..walked.len() - 1];
        for (n, j) in middle.iter().enumerate() {
            assert_eq!(
                j.progress(&content),
                Some((n + 1, middle.len())),
                "{:?}",
                j.step
            );
        }
        assert_eq!(walked[0].progress(&content), None, "the welcome");
        assert_eq!(journey.step, Step::Results);
        assert_eq!(journey.progress(&content), None, "the results");
        // Offered, the reflections are one more step.
        let areas = content.areas.len();
        assert_eq!(middle.len(), areas + usize::from(with_reflections) + 1);
    }
}

#[test]
fn back_from_the_first_area_returns_to_the_welcome_and_no_further() {
    let content = fixture();
    let journey = run(&Journey::new(true), &[Action::Start, Action::Back]);
    assert_eq!(journey.step, Step::Welcome);
    assert_eq!(journey.apply(Action::Back, &content), None);
}

#[test]
fn skipping_reflections_goes_from_the_last_area_to_the_review() {
    let journey = run(
        &Journey::new(false),
        &[
            Action::GoTo(Step::Area(AreaId::PositiveExperiences)),
            Action::Next,
        ],
    );
    assert_eq!(journey.step, Step::Review);
    let content = fixture();
    assert_eq!(
        journey.apply(Action::GoTo(Step::Reflections), &content),
        None
    );
}

#[test]
fn answers_are_kept_changed_and_cleared() {
    let journey = run(
        &Journey::new(true),
        &[
            Action::Answer("h1".into(), Response::Choice(3)),
            Action::Answer("h2".into(), Response::PreferNot),
            Action::Answer("h1".into(), Response::Choice(1)),
            Action::Clear("h2".into()),
        ],
    );
    assert_eq!(journey.answers.get(&"h1".into()), Some(Response::Choice(1)));
    assert_eq!(journey.answers.get(&"h2".into()), None);
}

#[test]
fn invalid_answers_change_nothing() {
    let content = fixture();
    let journey = Journey::new(true);
    for action in [
        Action::Answer("unknown".into(), Response::Choice(1)),
        Action::Answer("h1".into(), Response::Choice(5)),
        Action::Write(Key("nope".into()), "x".into()),
        Action::Toggle(Key("way_of_working".into()), Key("nope".into())),
        Action::Start.clone(),
    ] {
        let after = journey.apply(action.clone(), &content);
        if action == Action::Start {
            assert!(after.is_some());
        } else {
            assert_eq!(after, None, "{action:?}");
        }
    }
}

#[test]
fn notes_are_kept_cut_to_length_and_options_toggle() {
    let long = "a".repeat(5000);
    let journey = run(
        &Journey::new(true),
        &[
            Action::Write(Key("goals".into()), long),
            Action::Toggle(Key("way_of_working".into()), Key("talk".into())),
            Action::Toggle(Key("way_of_working".into()), Key("tools".into())),
            Action::Toggle(Key("way_of_working".into()), Key("talk".into())),
        ],
    );
    let goals = journey.notes.get(&Key("goals".into())).unwrap();
    assert_eq!(goals.text.chars().count(), 1000);
    let way = journey.notes.get(&Key("way_of_working".into())).unwrap();
    assert_eq!(
        way.options.iter().map(Key::as_str).collect::<Vec<_>>(),
        ["tools"]
    );
}

#[test]
fn restart_forgets_everything() {
    let journey = run(
        &Journey::new(true),
        &[
            Action::Start,
            Action::Answer("h1".into(), Response::Choice(3)),
            Action::Write(Key("goals".into()), "sleep better".into()),
            Action::Restart,
        ],
    );
    assert_eq!(journey, Journey::new(true));
}

#[test]
fn repeating_an_answer_is_a_no_op() {
    let content = fixture();
    let journey = run(
        &Journey::new(true),
        &[Action::Answer("h1".into(), Response::Choice(2))],
    );
    assert_eq!(
        journey.apply(Action::Answer("h1".into(), Response::Choice(2)), &content),
        None
    );
}

#[test]
fn switching_language_keeps_every_answer_and_the_step() {
    use missing_pieces::domain::text::Locale;
    let journey = run(
        &Journey::new(true),
        &[
            Action::Start,
            Action::Answer("h1".into(), Response::Choice(3)),
            Action::SetLocale(Locale::Ar),
            Action::Restart,
        ],
    );
    assert_eq!(
        journey.locale,
        Locale::Ar,
        "starting again keeps the language"
    );
    let switched = run(
        &Journey::new(true),
        &[
            Action::Start,
            Action::Answer("h1".into(), Response::Choice(3)),
            Action::SetLocale(Locale::Es),
        ],
    );
    assert_eq!(switched.step, Step::Area(AreaId::Hope));
    assert_eq!(
        switched.answers.get(&"h1".into()),
        Some(Response::Choice(3))
    );
    assert_eq!(switched.locale, Locale::Es);
}

#[test]
fn the_end_to_end_tests_walk_the_journeys_steps_after_the_areas() {
    // e2e/content.js lists the steps after the areas, to count and walk them; it must be the
    // journey's list.
    let content = missing_pieces::domain::content::Content::built_in();
    let name = |step: &Step| match step {
        Step::Welcome => "welcome",
        Step::Area(_) => "area",
        Step::Reflections => "reflections",
        Step::Review => "review",
        Step::Results => "results",
    };
    let after: Vec<&str> = Journey::new(true)
        .middle_steps(&content)
        .iter()
        .filter(|s| !matches!(s, Step::Area(_)))
        .map(name)
        .collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/e2e/content.js");
    let e2e = std::fs::read_to_string(path).unwrap();
    let line = e2e
        .lines()
        .find(|l| l.contains("export const AFTER_AREAS"))
        .expect("e2e/content.js exports AFTER_AREAS");
    let listed: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    assert_eq!(listed, after, "e2e/content.js AFTER_AREAS");
}
