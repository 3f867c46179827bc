#![cfg(not(target_arch = "wasm32"))]
//! The saved-progress snapshot: any journey comes back as it was, and a damaged, foreign or
//! outdated snapshot is refused with a reason instead of half restored.

mod common;

use common::{fixture, ITEMS};
use missing_pieces::domain::answers::{Response, MAX_NOTE_CHARS};
use missing_pieces::domain::content::{AreaId, ItemId, Key};
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::snapshot::{
    decode, encode, is_key_to_set_aside, SnapshotError, SNAPSHOT_VERSION, STORAGE_KEY,
};
use missing_pieces::domain::text::Locale;
use proptest::prelude::*;

/// A journey with reflections, after `actions`.
fn journey(actions: Vec<Action>) -> Journey {
    let content = fixture();
    actions
        .into_iter()
        .fold(Journey::new(true), |j, a| j.apply(a, &content).unwrap_or(j))
}

fn answer(item: &str, choice: u8) -> Action {
    Action::Answer(ItemId::from(item), Response::Choice(choice))
}

fn write(reflection: &str, text: &str) -> Action {
    Action::Write(Key::from(reflection), text.into())
}

fn toggle(reflection: &str, option: &str) -> Action {
    Action::Toggle(Key::from(reflection), Key::from(option))
}

/// Decodes `text` for the fixture (with reflections) and compares with `expected`.
fn check(text: &str, expected: Result<Journey, SnapshotError>) {
    assert_eq!(
        decode(text, &fixture(), true),
        expected,
        "decoding {text:?}"
    );
}

/// Encodes `journey`, checks it decodes to itself, and returns the text.
fn round_trip(journey: Journey) -> String {
    let text = encode(&journey);
    check(&text, Ok(journey));
    text
}

/// A valid snapshot around `lines`.
fn snapshot(lines: &[&str]) -> String {
    let mut text = format!("missing-pieces snapshot {SNAPSHOT_VERSION}\n");
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[test]
fn storage_key_is_namespaced_and_versioned() {
    assert_eq!(STORAGE_KEY, "missing-pieces:v1");
    assert_eq!(SNAPSHOT_VERSION, 1);
}

#[test]
fn setting_aside_removes_only_this_and_earlier_versions_keys() {
    let cases = [
        (STORAGE_KEY, true),
        ("missing-pieces:v0", true),
        ("missing-pieces:v2", false),
        ("missing-pieces:v10", false),
        ("missing-pieces:v99999999999999999999", false),
        ("missing-pieces:v", false),
        ("missing-pieces:v1x", false),
        ("missing-pieces:settings", false),
        ("other-widget:v1", false),
        ("", false),
    ];
    for (key, removed) in cases {
        assert_eq!(is_key_to_set_aside(key), removed, "{key:?}");
    }
}

#[test]
fn a_fresh_journey_round_trips() {
    let text = round_trip(Journey::new(true));
    assert_eq!(
        text,
        "missing-pieces snapshot 1\nstep=welcome\nlocale=en\nend\n"
    );
}

#[test]
fn answers_and_prefer_not_round_trip_by_item_id() {
    let j = journey(vec![
        Action::Start,
        answer("h1", 0),
        answer("h2", 4),
        Action::Answer("r3".into(), Response::PreferNot),
        answer("df2", 2),
    ]);
    let text = round_trip(j);
    assert!(text.contains("\na.h1=0\n"), "{text}");
    assert!(text.contains("\na.r3=p\n"), "{text}");
    assert!(text.contains("\nstep=area:hope\n"), "{text}");
}

#[test]
fn notes_with_any_characters_round_trip() {
    for note in [
        "plain",
        "two\nlines\r\nand a tab\t",
        "a=b, c%d & e?f #g",
        "¿Dónde empiezo? Ñandú",
        "مرحبا بك",
        "emoji 🧩🌱 and zero-width \u{200b} joiner",
        "  spaces around  ",
        "%zz %4 %%",
        "end",
        "missing-pieces snapshot 1",
    ] {
        let text = round_trip(journey(vec![write("goals", note)]));
        assert_eq!(
            text.lines().count(),
            5,
            "a note stays on one line: {text:?}"
        );
    }
}

#[test]
fn ticked_options_round_trip_alongside_their_note() {
    round_trip(journey(vec![
        toggle("way_of_working", "tools"),
        toggle("way_of_working", "talk"),
        write("way_of_working", "both, maybe"),
    ]));
    // A note of only spaces is kept beside a ticked option.
    round_trip(journey(vec![
        toggle("way_of_working", "talk"),
        write("way_of_working", "   "),
    ]));
}

#[test]
fn the_locale_round_trips() {
    for locale in Locale::ALL {
        round_trip(journey(vec![Action::SetLocale(locale), answer("h1", 1)]));
    }
}

#[test]
fn every_step_round_trips() {
    let content = fixture();
    let base = journey(vec![answer("h1", 1)]);
    for step in base.all_steps(&content) {
        round_trip(
            base.apply(Action::GoTo(step), &content)
                .unwrap_or(base.clone()),
        );
    }
}

#[test]
fn a_long_note_is_cut_to_the_limit() {
    let long = "é".repeat(MAX_NOTE_CHARS + 50);
    let text = snapshot(&[
        "step=reflections",
        "locale=en",
        &format!("n.goals={}", "%C3%A9".repeat(MAX_NOTE_CHARS + 50)),
        "end",
    ]);
    let restored = decode(&text, &fixture(), true).unwrap();
    let note = restored.notes.get(&Key("goals".into())).unwrap();
    assert_eq!(note.text.chars().count(), MAX_NOTE_CHARS);
    assert!(long.starts_with(&note.text));
}

#[test]
fn ids_the_content_does_not_know_are_dropped_quietly() {
    let text = snapshot(&[
        "step=review",
        "locale=es",
        "a.h1=3",
        "a.retired_item=2",
        "n.retired_reflection=hello",
        "o.way_of_working=talk,retired_option",
        "o.goals=tools",
        "end",
    ]);
    check(
        &text,
        Ok(journey(vec![
            Action::SetLocale(Locale::Es),
            answer("h1", 3),
            toggle("way_of_working", "talk"),
            Action::GoTo(Step::Review),
        ])),
    );
}

#[test]
fn a_step_this_journey_lacks_falls_back_to_review_or_welcome() {
    let content = fixture();
    let answered = snapshot(&["step=reflections", "locale=en", "a.h1=3", "end"]);
    let restored = decode(&answered, &content, false).unwrap();
    assert_eq!(restored.step, Step::Review, "reflections turned off");
    assert!(!restored.with_reflections);

    let unknown_area = snapshot(&["step=area:gratitude", "locale=en", "a.h1=3", "end"]);
    assert_eq!(
        decode(&unknown_area, &content, true).unwrap().step,
        Step::Review
    );

    let nothing_answered = snapshot(&["step=area:gratitude", "locale=en", "end"]);
    assert_eq!(
        decode(&nothing_answered, &content, true).unwrap().step,
        Step::Welcome
    );

    let known_area = snapshot(&["step=area:self_compassion", "locale=en", "end"]);
    assert_eq!(
        decode(&known_area, &content, true).unwrap().step,
        Step::Area(AreaId::SelfCompassion)
    );
}

#[test]
fn damaged_or_foreign_text_is_refused_with_a_reason() {
    use SnapshotError::*;
    let good = encode(&journey(vec![answer("h1", 3), write("goals", "rest")]));
    let cases: Vec<(&str, String, SnapshotError)> = vec![
        ("empty", String::new(), NotASnapshot),
        ("random text", "hello there".into(), NotASnapshot),
        ("json", r#"{"step":"welcome"}"#.into(), NotASnapshot),
        (
            "wrong header",
            good.replace("snapshot", "snapshop"),
            NotASnapshot,
        ),
        (
            "header without version",
            "missing-pieces snapshot \n".into(),
            NotASnapshot,
        ),
        (
            "version 0",
            good.replace("snapshot 1", "snapshot 0"),
            Version { found: 0 },
        ),
        (
            // Version 2 holds the client's say in the results; 3 is a version no build wrote.
            "version 3",
            good.replace("snapshot 1", "snapshot 3"),
            Version { found: 3 },
        ),
        (
            "huge version",
            good.replace("snapshot 1", "snapshot 99999999999"),
            Version { found: u32::MAX },
        ),
        (
            "truncated mid-line",
            good[..good.find("a.h1").unwrap() + 3].into(),
            Corrupt { line: 4 },
        ),
        (
            "truncated before end",
            good.replace("end\n", ""),
            Corrupt { line: 6 },
        ),
        (
            "only the header",
            "missing-pieces snapshot 1\n".into(),
            Corrupt { line: 2 },
        ),
        (
            "no step",
            snapshot(&["locale=en", "end"]),
            Corrupt { line: 4 },
        ),
        (
            "no locale",
            snapshot(&["step=welcome", "end"]),
            Corrupt { line: 4 },
        ),
        (
            "line after end",
            good.clone() + "a.h2=1\n",
            Corrupt { line: 7 },
        ),
        (
            "blank line",
            good.replace("locale=en\n", "locale=en\n\n"),
            Corrupt { line: 4 },
        ),
        (
            "bad answer value",
            good.replace("a.h1=3", "a.h1=5"),
            Corrupt { line: 4 },
        ),
        (
            "empty answer value",
            good.replace("a.h1=3", "a.h1="),
            Corrupt { line: 4 },
        ),
        (
            "two-digit answer",
            good.replace("a.h1=3", "a.h1=03"),
            Corrupt { line: 4 },
        ),
        (
            "repeated answer",
            good.replace("a.h1=3\n", "a.h1=3\na.h1=1\n"),
            Corrupt { line: 5 },
        ),
        (
            "unknown key",
            good.replace("a.h1=3", "x.h1=3"),
            Corrupt { line: 4 },
        ),
        (
            "unknown step",
            good.replace("step=welcome", "step=lobby"),
            Corrupt { line: 2 },
        ),
        (
            "unknown locale",
            good.replace("locale=en", "locale=fr"),
            Corrupt { line: 3 },
        ),
        (
            "bad percent escape",
            good.replace("n.goals=rest", "n.goals=re%2"),
            Corrupt { line: 5 },
        ),
        (
            "non-hex escape",
            good.replace("n.goals=rest", "n.goals=%G1"),
            Corrupt { line: 5 },
        ),
        (
            "invalid UTF-8 escape",
            good.replace("n.goals=rest", "n.goals=%C3%28"),
            Corrupt { line: 5 },
        ),
        (
            "raw space in a note",
            good.replace("n.goals=rest", "n.goals=a rest"),
            Corrupt { line: 5 },
        ),
        (
            "empty note",
            good.replace("n.goals=rest", "n.goals="),
            Corrupt { line: 5 },
        ),
        (
            "empty item id",
            good.replace("a.h1=3", "a.=3"),
            Corrupt { line: 4 },
        ),
        (
            "repeated option",
            snapshot(&[
                "step=welcome",
                "locale=en",
                "o.way_of_working=talk,talk",
                "end",
            ]),
            Corrupt { line: 4 },
        ),
        (
            "oversized",
            snapshot(&[&format!("n.goals={}", "a".repeat(70_000))]),
            TooLarge,
        ),
    ];
    for (name, text, error) in cases {
        assert_eq!(
            decode(&text, &fixture(), true),
            Err(error),
            "{name}: {text:?}"
        );
    }
}

#[test]
fn errors_read_as_lowercase_sentences() {
    for error in [
        SnapshotError::NotASnapshot,
        SnapshotError::Version { found: 2 },
        SnapshotError::Corrupt { line: 3 },
        SnapshotError::TooLarge,
    ] {
        let message = error.to_string();
        assert!(message.starts_with(|c: char| c.is_lowercase()), "{message}");
    }
}

/// Any journey the client could reach: answers, notes, ticked options, a step and a locale.
fn any_journey() -> impl Strategy<Value = Journey> {
    let answers = proptest::collection::vec((0..ITEMS.len(), proptest::option::of(0u8..5)), 0..30);
    let notes = proptest::collection::vec((0usize..2, any::<String>()), 0..3);
    let options = proptest::collection::vec(0usize..2, 0..4);
    (
        answers,
        notes,
        options,
        0usize..20,
        0usize..3,
        any::<bool>(),
    )
        .prop_map(
            |(answers, notes, options, step, locale, with_reflections)| {
                let content = fixture();
                let mut actions = vec![Action::SetLocale(Locale::ALL[locale])];
                for (item, value) in answers {
                    let response = value.map_or(Response::PreferNot, Response::Choice);
                    actions.push(Action::Answer(ItemId::from(ITEMS[item].0), response));
                }
                for option in options {
                    actions.push(toggle("way_of_working", ["tools", "talk"][option]));
                }
                for (reflection, text) in notes {
                    actions.push(write(["goals", "way_of_working"][reflection], &text));
                }
                let start = Journey::new(with_reflections);
                let steps = start.all_steps(&content);
                actions.push(Action::GoTo(steps[step % steps.len()]));
                actions
                    .into_iter()
                    .fold(start, |j, a| j.apply(a, &content).unwrap_or(j))
            },
        )
}

proptest! {
    #[test]
    fn any_journey_round_trips(journey in any_journey()) {
        let text = encode(&journey);
        prop_assert_eq!(decode(&text, &fixture(), journey.with_reflections), Ok(journey));
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = decode(&text, &fixture(), true);
    }

    #[test]
    fn decoding_any_lines_after_a_good_header_never_panics(
        lines in proptest::collection::vec("[a-z.=%0-9A-F:,_ -]{0,20}", 0..8)
    ) {
        let mut text = String::from("missing-pieces snapshot 1\n");
        for line in lines {
            text.push_str(&line);
            text.push('\n');
        }
        let _ = decode(&text, &fixture(), true);
    }

    #[test]
    fn any_cut_of_a_snapshot_is_refused(
        journey in any_journey(), cut in 0usize..2000
    ) {
        let text = encode(&journey);
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut < text.len() - 1 {
            prop_assert!(decode(&text[..cut], &fixture(), journey.with_reflections).is_err());
        }
    }
}

#[test]
fn the_first_repeated_key_is_reported_among_thousands_of_lines() {
    // Unknown ids are dropped, not fatal, so only the repeat makes this corrupt: line 1 is the
    // header, lines 2 and 3 the step and locale, then 5000 distinct answers, then the repeat.
    let mut lines = vec!["step=welcome".to_owned(), "locale=en".to_owned()];
    lines.extend((0..5000).map(|n| format!("a.x{n}=1")));
    lines.push("a.x17=2".to_owned());
    lines.push("a.x3=2".to_owned());
    lines.push("end".to_owned());
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_eq!(
        decode(&snapshot(&lines), &fixture(), true),
        Err(SnapshotError::Corrupt { line: 5004 })
    );
    // Repeated options are found however many there are.
    let mut options: Vec<String> = (0..3000).map(|n| format!("o{n}")).collect();
    options.push("o2999".to_owned());
    let line = format!("o.way_of_working={}", options.join(","));
    assert_eq!(
        decode(
            &snapshot(&["step=welcome", "locale=en", &line, "end"]),
            &fixture(),
            true
        ),
        Err(SnapshotError::Corrupt { line: 4 })
    );
}
