#![cfg(not(target_arch = "wasm32"))]
//! The share link: answers travel in the URL fragment and come back exactly; a link that was
//! changed, cut, made for other content or is not a link at all is refused with a reason.

mod common;

use common::{all, answers, fixture, fixture_json, parse, with, ITEMS, PN};
use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::{Content, ItemId};
use missing_pieces::domain::share::{decode, encode, ShareError, MAX_SHARE_CHARS};
use missing_pieces::domain::text::Locale;
use proptest::prelude::*;

/// Decodes `fragment` for the fixture and compares with `expected`.
fn check(fragment: &str, expected: Result<(Answers, Locale), ShareError>) {
    assert_eq!(
        decode(fragment, &fixture()),
        expected,
        "decoding {fragment:?}"
    );
}

/// A link for some answers, in Spanish.
fn link() -> String {
    encode(
        &answers(&[("h1", 0), ("h2", 4), ("r1", PN), ("p3", 2)]),
        Locale::Es,
        &fixture(),
    )
}

/// `s` with the character at byte `at` replaced by `c`.
fn replace_at(s: &str, at: usize, c: char) -> String {
    let mut out = s.to_owned();
    out.replace_range(at..at + 1, &c.to_string());
    out
}

#[test]
fn answers_and_locale_round_trip_with_or_without_the_hash() {
    let pairs = [("h1", 0), ("h2", 4), ("r1", PN), ("p3", 2)];
    let fragment = link();
    check(&fragment, Ok((answers(&pairs), Locale::Es)));
    check(&format!("#{fragment}"), Ok((answers(&pairs), Locale::Es)));
}

#[test]
fn the_link_is_positional_in_content_order_and_carries_no_ids() {
    let fragment = link();
    let parts: Vec<&str> = fragment.split('.').collect();
    assert_eq!(parts.len(), 5, "{fragment}");
    assert_eq!(parts[0], "mp1");
    assert_eq!(parts[1], "es");
    assert!(parts[2].starts_with(&ITEMS.len().to_string()), "{fragment}");
    assert_eq!(parts[3], "04-p------------------2");
    assert!(!fragment.contains("h1"));
}

#[test]
fn answers_to_unknown_items_and_notes_never_travel() {
    let mut extra = answers(&[("h1", 1)]);
    extra.set(ItemId::from("retired"), Response::Choice(3));
    let fragment = encode(&extra, Locale::En, &fixture());
    check(&fragment, Ok((answers(&[("h1", 1)]), Locale::En)));
}

#[test]
fn every_item_answered_stays_well_under_200_characters() {
    let content = Content::built_in();
    assert!((24..=36).contains(&content.items.len()));
    let everything: Answers = content
        .items
        .iter()
        .map(|i| (i.id.clone(), Response::Choice(2)))
        .collect();
    let fragment = encode(&everything, Locale::Ar, &content);
    assert!(fragment.len() < 100, "{} chars: {fragment}", fragment.len());
    assert_eq!(decode(&fragment, &content), Ok((everything, Locale::Ar)));
}

#[test]
fn a_changed_damaged_or_foreign_link_is_refused_with_a_reason() {
    use ShareError::*;
    let good = link();
    let answers_at = good.len() - 9 - ITEMS.len();
    let mut reordered = fixture_json();
    reordered["items"].as_array_mut().unwrap().swap(0, 1);
    let mut grown = fixture_json();
    let extra_item = grown["items"][0].clone();
    grown["items"][0]["id"] = "h0".into();
    grown["items"].as_array_mut().unwrap().push(extra_item);
    let other = encode(
        &answers(&[("h1", 2)]),
        Locale::En,
        &parse(&reordered).unwrap(),
    );
    let more = encode(&answers(&[("h1", 2)]), Locale::En, &parse(&grown).unwrap());

    let cases: Vec<(&str, String, ShareError)> = vec![
        ("empty", String::new(), NotAShareLink),
        ("just the hash", "#".into(), NotAShareLink),
        ("random text", "#section-2".into(), NotAShareLink),
        (
            "a snapshot",
            "missing-pieces snapshot 1".into(),
            NotAShareLink,
        ),
        (
            "no version digits",
            good.replacen("mp1", "mp", 1),
            NotAShareLink,
        ),
        (
            "upper-case prefix",
            good.replacen("mp1", "MP1", 1),
            NotAShareLink,
        ),
        (
            "version 0",
            good.replacen("mp1", "mp0", 1),
            Version { found: 0 },
        ),
        (
            // Version 2 carries the client's say; 3 is a version no build has written yet.
            "version 3",
            good.replacen("mp1", "mp3", 1),
            Version { found: 3 },
        ),
        (
            "one answer flipped",
            replace_at(&good, answers_at, '1'),
            Tampered,
        ),
        (
            "skipped made answered",
            replace_at(&good, answers_at + 5, '3'),
            Tampered,
        ),
        ("locale changed", good.replacen(".es.", ".en.", 1), Tampered),
        (
            "checksum changed",
            replace_at(&good, good.len() - 1, 'z'),
            Tampered,
        ),
        ("answer inserted", good.replacen(".0", ".00", 1), Tampered),
        ("other item order", other, OtherQuestionnaire),
        ("other item count", more, OtherQuestionnaire),
        (
            "cut after the answers",
            good[..answers_at + ITEMS.len()].into(),
            Truncated,
        ),
        (
            "cut in the answers",
            good[..answers_at + 3].into(),
            Truncated,
        ),
        (
            "cut in the checksum",
            good[..good.len() - 2].into(),
            Truncated,
        ),
        ("just the version", "mp1".into(), Truncated),
        ("extra characters", format!("{good}00"), WrongLength),
        ("extra part", format!("{good}.x"), WrongLength),
        (
            "space",
            good.replacen('.', " ", 1),
            BadCharacter { position: 3 },
        ),
        (
            "upper case",
            replace_at(&good, 5, 'S'),
            BadCharacter { position: 5 },
        ),
        (
            "bad answer character",
            replace_at(&good, answers_at + 2, '*'),
            BadCharacter {
                position: answers_at + 2,
            },
        ),
        (
            "non-ASCII",
            replace_at(&good, answers_at, 'é'),
            BadCharacter {
                position: answers_at,
            },
        ),
        (
            "emoji after the hash",
            format!("#{}🧩", &good[..6]),
            BadCharacter { position: 6 },
        ),
        (
            "over-long",
            format!("{good}{}", "0".repeat(MAX_SHARE_CHARS)),
            TooLong,
        ),
        (
            "over-long non-ASCII",
            "é".repeat(MAX_SHARE_CHARS + 1),
            TooLong,
        ),
    ];
    for (name, fragment, error) in cases {
        assert_eq!(
            decode(&fragment, &fixture()),
            Err(error),
            "{name}: {fragment:?}"
        );
    }
}

#[test]
fn a_sound_link_in_a_locale_this_version_lacks_opens_in_english() {
    // Re-sign a link whose locale was changed, as a newer version might write it.
    let good = encode(&answers(&[("h1", 3)]), Locale::Es, &fixture());
    let fr = good.replacen(".es.", ".fr.", 1);
    let payload = &fr[..fr.len() - 9];
    let resigned = format!("{payload}.{:08x}", fnv1a(payload.as_bytes()));
    check(&resigned, Ok((answers(&[("h1", 3)]), Locale::En)));
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[test]
fn errors_read_as_lowercase_sentences() {
    for error in [
        ShareError::NotAShareLink,
        ShareError::Version { found: 2 },
        ShareError::OtherQuestionnaire,
        ShareError::Tampered,
        ShareError::Truncated,
        ShareError::WrongLength,
        ShareError::BadCharacter { position: 4 },
        ShareError::TooLong,
    ] {
        let message = error.to_string();
        assert!(message.starts_with(|c: char| c.is_lowercase()), "{message}");
    }
}

#[test]
fn every_answer_kind_survives() {
    let pairs = with(
        all(PN),
        &[("h1", 0), ("h2", 1), ("h3", 2), ("r1", 3), ("r2", 4)],
    );
    let fragment = encode(&answers(&pairs), Locale::Ar, &fixture());
    check(&fragment, Ok((answers(&pairs), Locale::Ar)));
}

/// Any subset of the fixture's items, each answered on the scale or "prefer not to say".
fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec((0..ITEMS.len(), proptest::option::of(0u8..5)), 0..40).prop_map(
        |pairs| {
            pairs
                .into_iter()
                .map(|(i, v)| {
                    (
                        ItemId::from(ITEMS[i].0),
                        v.map_or(Response::PreferNot, Response::Choice),
                    )
                })
                .collect()
        },
    )
}

proptest! {
    #[test]
    fn any_answers_round_trip(answers in any_answers(), locale in 0usize..3) {
        let locale = Locale::ALL[locale];
        let fragment = encode(&answers, locale, &fixture());
        prop_assert_eq!(decode(&fragment, &fixture()), Ok((answers, locale)));
    }

    #[test]
    fn changing_any_one_character_is_never_read_as_other_answers(
        answers in any_answers(), at in 0usize..100, c in any::<char>()
    ) {
        let fragment = encode(&answers, Locale::En, &fixture());
        let at = at % fragment.len();
        let mut changed = fragment.clone();
        changed.replace_range(at..at + 1, &c.to_string());
        if changed != fragment {
            prop_assert!(decode(&changed, &fixture()).is_err(), "{}", changed);
        }
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = decode(&text, &fixture());
    }

    #[test]
    fn decoding_link_shaped_text_never_panics(text in "#?mp1[.a-z0-9p-]{0,80}") {
        let _ = decode(&text, &fixture());
    }
}
