#![cfg(not(target_arch = "wasm32"))]
//! The client's say in the results: their choice beside each place to start, where they would
//! like to begin, what they would take slowly and what does not fit. It is kept in saved
//! progress and share links (older ones still open), goes into every take-away marked as
//! theirs, and their words follow the rule for their own words. The property tests that it
//! never changes support first, the signs or the strengths are in `tests/care.rs`.

use missing_pieces::domain::answers::Response;
use missing_pieces::domain::client_say::{ClientSay, Fit, SayChange};
use missing_pieces::domain::content::{AreaId, Content, Key};
use missing_pieces::domain::email::{email_body_with_say, short_mailto_with_say, MAX_MAILTO_CHARS};
use missing_pieces::domain::i18n::{msg, vars, Strings};
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::opening::open;
use missing_pieces::domain::scoring::score;
use missing_pieces::domain::summary::{json_export, text_summary, EXPORT_VERSION};
use missing_pieces::domain::text::Locale;
use missing_pieces::domain::{share, snapshot};
use proptest::prelude::*;
use serde_json::Value;

#[path = "common/areas.rs"]
mod areas;
use areas::asked;
use missing_pieces::domain::built_in::BuiltIn as _;

fn content() -> Content {
    Content::built_in()
}

/// A journey on the shipped questionnaire with every answer at the hard end (so the results
/// suggest places to start and name signs), in `locale`.
fn hard_journey(locale: Locale) -> Journey {
    let content = content();
    let mut journey = Journey::in_locale(true, locale);
    for item in content.items.iter() {
        journey = journey
            .apply(
                Action::Answer(item.id.clone(), Response::Choice(0)),
                &content,
            )
            .unwrap_or(journey);
    }
    journey.step = Step::Results;
    journey
}

fn say(journey: Journey, changes: &[SayChange]) -> Journey {
    let content = content();
    changes.iter().fold(journey, |j, c| {
        j.apply(Action::Say(c.clone()), &content).unwrap_or(j)
    })
}

fn write(journey: Journey, reflection: &str, text: &str) -> Journey {
    journey
        .apply(
            Action::Write(Key::from(reflection), text.into()),
            &content(),
        )
        .unwrap()
}

/// The hard journey with one of each kind of choice on its first two places to start, the
/// client's hope and what they would take slowly.
fn chosen(locale: Locale) -> (Journey, AreaId, AreaId) {
    let journey = hard_journey(locale);
    let results = score(&content(), &journey.answers);
    let (first, second) = (results.focus[0].area, results.focus[1].area);
    let journey = say(
        journey,
        &[
            SayChange::Fit(first, Some(Fit::NotForMe)),
            SayChange::Slow(first, true),
            SayChange::Fit(second, Some(Fit::Fits)),
            SayChange::BeginWith(Some(AreaId::PositiveExperiences)),
            SayChange::NotFit("Not the part about hope.".into()),
        ],
    );
    let journey = write(journey, "goals", "Sleep through the night");
    let journey = write(journey, "go_slowly", "Talking about my father");
    (journey, first, second)
}

#[test]
fn a_choice_is_kept_changed_and_taken_back_and_a_no_op_changes_nothing() {
    let content = content();
    let none = ClientSay::default();
    let fits = none
        .apply(SayChange::Fit(AreaId::Hope, Some(Fit::Fits)), &content)
        .unwrap();
    assert_eq!(fits.fit(AreaId::Hope), Some(Fit::Fits));
    assert_eq!(
        fits.apply(SayChange::Fit(AreaId::Hope, Some(Fit::Fits)), &content),
        None
    );
    let not_now = fits
        .apply(SayChange::Fit(AreaId::Hope, Some(Fit::NotNow)), &content)
        .unwrap();
    assert_eq!(not_now.fit(AreaId::Hope), Some(Fit::NotNow));
    let back = not_now
        .apply(SayChange::Fit(AreaId::Hope, None), &content)
        .unwrap();
    assert_eq!(back, none);
    assert!(back.is_empty());
    assert_eq!(none.apply(SayChange::BeginWith(None), &content), None);
}

#[test]
fn only_areas_the_check_in_asked_in_full_can_be_chosen() {
    // A check-in of three areas: hope, support from others and noticing the here and now.
    let content = asked(&[
        AreaId::Hope,
        AreaId::RelationalSupport,
        AreaId::MindfulAttitude,
    ]);
    let none = ClientSay::default();
    for area in [AreaId::SelfCompassion, AreaId::Unknown] {
        assert_eq!(none.apply(SayChange::BeginWith(Some(area)), &content), None);
        assert_eq!(
            none.apply(SayChange::Fit(area, Some(Fit::Fits)), &content),
            None
        );
        assert_eq!(none.apply(SayChange::Slow(area, true), &content), None);
    }
    let begin = none
        .apply(
            SayChange::BeginWith(Some(AreaId::MindfulAttitude)),
            &content,
        )
        .unwrap();
    assert_eq!(begin.begin_with, Some(AreaId::MindfulAttitude));
}

#[test]
fn what_does_not_fit_is_cut_to_the_notes_limit() {
    let long = "x".repeat(5000);
    let say = ClientSay::default()
        .apply(SayChange::NotFit(long), &content())
        .unwrap();
    assert_eq!(
        say.not_fit.chars().count(),
        missing_pieces::domain::answers::MAX_NOTE_CHARS
    );
}

#[test]
fn starting_again_forgets_the_say() {
    let (journey, ..) = chosen(Locale::En);
    let again = journey.apply(Action::Restart, &content()).unwrap();
    assert!(again.say.is_empty());
}

#[test]
fn saved_progress_keeps_the_say_and_stays_version_1_without_it() {
    let content = content();
    let plain = hard_journey(Locale::En);
    let text = snapshot::encode(&plain);
    assert!(text.starts_with("missing-pieces snapshot 1\n"), "{text}");
    assert_eq!(snapshot::decode(&text, &content, true), Ok(plain));

    let (journey, ..) = chosen(Locale::Ar);
    let text = snapshot::encode(&journey);
    assert!(text.starts_with("missing-pieces snapshot 2\n"), "{text}");
    assert!(text.contains("\nbegin=positive_experiences\n"), "{text}");
    assert_eq!(snapshot::decode(&text, &content, true), Ok(journey));
}

#[test]
fn saved_progress_of_version_1_with_say_lines_is_refused_and_bad_say_lines_too() {
    let content = content();
    let v1 = "missing-pieces snapshot 1\nstep=results\nlocale=en\nbegin=hope\nend\n";
    assert!(snapshot::decode(v1, &content, true).is_err());
    for line in [
        "f.hope=maybe",
        "s.hope=2",
        "begin=",
        "not_fit=a b",
        "f.=fits",
    ] {
        let text = format!("missing-pieces snapshot 2\nstep=results\nlocale=en\n{line}\nend\n");
        assert!(
            snapshot::decode(&text, &content, true).is_err(),
            "{line} was read"
        );
    }
    // An area this version does not know is dropped, as an unknown item is.
    let text = "missing-pieces snapshot 2\nstep=welcome\nlocale=en\nf.courage=fits\nend\n";
    let journey = snapshot::decode(text, &content, true).unwrap();
    assert!(journey.say.is_empty());
}

#[test]
fn a_share_link_carries_the_choices_never_the_words_and_old_links_still_open() {
    let content = content();
    let (journey, first, second) = chosen(Locale::Es);
    let fragment = share::encode_with_say(&journey.answers, &journey.say, Locale::Es, &content);
    assert!(fragment.starts_with("mp2.es."), "{fragment}");
    let (answers, locale, say) = share::decode_with_say(&fragment, &content).unwrap();
    assert_eq!((answers, locale), (journey.answers.clone(), Locale::Es));
    assert_eq!(say.fit(first), Some(Fit::NotForMe));
    assert!(say.is_slow(first));
    assert_eq!(say.fit(second), Some(Fit::Fits));
    assert_eq!(say.begin_with, Some(AreaId::PositiveExperiences));
    assert_eq!(say.not_fit, "", "their words never travel in a link");

    // Without a choice the link is the version 1 link it always was, and opens as before.
    let old = share::encode(&journey.answers, Locale::Es, &content);
    assert!(old.starts_with("mp1."));
    assert_eq!(
        share::encode_with_say(
            &journey.answers,
            &ClientSay::default(),
            Locale::Es,
            &content
        ),
        old
    );
    let (_, _, none) = share::decode_with_say(&old, &content).unwrap();
    assert!(none.is_empty());

    // Opening a link shows the results with the choices made.
    let opening = open(&content, true, Locale::En, None, Some(&fragment));
    assert_eq!(opening.journey.step, Step::Results);
    assert_eq!(
        opening.journey.say.begin_with,
        Some(AreaId::PositiveExperiences)
    );
}

#[test]
fn a_damaged_say_part_is_refused() {
    let content = content();
    let (journey, ..) = chosen(Locale::En);
    let fragment = share::encode_with_say(&journey.answers, &journey.say, Locale::En, &content);
    let parts: Vec<&str> = fragment.split('.').collect();
    assert_eq!(parts.len(), 6, "{fragment}");
    // Any changed character fails the checksum.
    let at = fragment.len() - 9 - parts[4].len();
    let flipped = if &fragment[at..=at] == "0" { "1" } else { "0" };
    let mut changed = fragment.clone();
    changed.replace_range(at..=at, flipped);
    assert_eq!(
        share::decode_with_say(&changed, &content),
        Err(share::ShareError::Tampered)
    );
    // A version 1 link with a say part, or a version 2 link without one, is the wrong shape.
    let v1 = share::encode(&journey.answers, Locale::En, &content);
    let without = v1.replacen("mp1", "mp2", 1);
    assert!(share::decode_with_say(&without, &content).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any say, with any words, survives saved progress; a link keeps all but the words.
    #[test]
    fn any_say_round_trips(
        fits in proptest::collection::vec((0usize..6, proptest::option::of(0usize..3)), 0..8),
        slow in proptest::collection::vec((0usize..6, any::<bool>()), 0..6),
        begin in proptest::option::of(0usize..6),
        words in any::<String>(),
    ) {
        let content = content();
        let mut changes: Vec<SayChange> = fits
            .into_iter()
            .map(|(a, f)| SayChange::Fit(AreaId::ALL[a], f.map(|f| Fit::ALL[f])))
            .collect();
        changes.extend(slow.into_iter().map(|(a, on)| SayChange::Slow(AreaId::ALL[a], on)));
        changes.push(SayChange::BeginWith(begin.map(|a| AreaId::ALL[a])));
        changes.push(SayChange::NotFit(words));
        let journey = say(hard_journey(Locale::En), &changes);
        let text = snapshot::encode(&journey);
        prop_assert_eq!(snapshot::decode(&text, &content, true), Ok(journey.clone()));
        let link = share::encode_with_say(&journey.answers, &journey.say, Locale::En, &content);
        let (_, _, back) = share::decode_with_say(&link, &content).unwrap();
        let mut expected = journey.say.clone();
        expected.not_fit.clear();
        prop_assert_eq!(back, expected);
    }
}

#[test]
fn the_text_summary_marks_the_choices_as_the_clients_and_keeps_their_words_to_their_notes() {
    let content = content();
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let (journey, first, _) = chosen(locale);
        let results = score(&content, &journey.answers);
        let without = text_summary(&content, &journey, &results, &strings, "today", false, &[]);
        let with = text_summary(&content, &journey, &results, &strings, "today", true, &[]);
        let mine = strings.format(
            msg::SUMMARY_MY_CHOICE,
            vars::Choice {
                choice: strings.get(msg::SAY_NOT_FOR_ME),
            },
        );
        let begin_title = content
            .area(AreaId::PositiveExperiences)
            .unwrap()
            .title
            .get(locale);
        for text in [&without, &with] {
            assert!(text.contains(&mine), "{locale:?}: {text}");
            assert!(text.contains(strings.get(msg::SUMMARY_SAY_TITLE)));
            assert!(text.contains(strings.get(msg::SUMMARY_SAY_INTRO)));
            assert!(text.contains(strings.get(msg::SUMMARY_SLOW)));
            assert!(text
                .contains(&strings.format(msg::SUMMARY_BEGIN, vars::Area { area: begin_title })));
        }
        // The choice sits under its own place to start, after what the results say of it.
        let area_title = content.area(first).unwrap().title.get(locale);
        assert!(with.find(area_title).unwrap() < with.find(&mine).unwrap());
        for words in [
            "Sleep through the night",
            "Talking about my father",
            "Not the part about hope.",
        ] {
            assert!(
                !without.contains(words),
                "{locale:?}: {words} without notes"
            );
            assert!(with.contains(words), "{locale:?}: {words} with notes");
        }
        // Their hope heads the places to start.
        let start = with.find(strings.get(msg::RESULTS_START_TITLE)).unwrap();
        let hope = with.find("Sleep through the night").unwrap();
        let first_place = with.find(area_title).unwrap();
        assert!(start < hope && hope < first_place, "{locale:?}");
    }
}

#[test]
fn a_summary_without_choices_has_no_section_for_them() {
    let content = content();
    let strings = Strings::for_locale(Locale::En);
    let journey = hard_journey(Locale::En);
    let results = score(&content, &journey.answers);
    let text = text_summary(&content, &journey, &results, &strings, "today", true, &[]);
    assert!(
        !text.contains(strings.get(msg::SUMMARY_SAY_TITLE)),
        "{text}"
    );
    assert!(!text.contains("My choice"), "{text}");
}

#[test]
fn the_data_file_is_version_3_with_the_clients_say_and_their_words_only_with_notes() {
    let content = content();
    assert_eq!(EXPORT_VERSION, 3);
    let (journey, first, second) = chosen(Locale::En);
    let results = score(&content, &journey.answers);
    let without: Value =
        serde_json::from_str(&json_export(&content, &journey, &results, "d", false)).unwrap();
    let with: Value =
        serde_json::from_str(&json_export(&content, &journey, &results, "d", true)).unwrap();
    assert_eq!(without["version"], 3);
    let say = &without["client_say"];
    let suggestions = say["suggestions"].as_array().unwrap();
    assert_eq!(suggestions.len(), results.focus.len());
    assert_eq!(suggestions[0]["area"], first.as_str());
    assert_eq!(suggestions[0]["fit"], "not_for_me");
    assert_eq!(suggestions[0]["take_slowly"], true);
    assert_eq!(suggestions[1]["area"], second.as_str());
    assert_eq!(suggestions[1]["fit"], "fits");
    if let Some(third) = suggestions.get(2) {
        assert_eq!(third["fit"], Value::Null);
    }
    assert_eq!(say["begin_with"], "positive_experiences");
    assert!(say.get("what_does_not_fit").is_none());
    assert_eq!(
        with["client_say"]["what_does_not_fit"],
        "Not the part about hope."
    );
    // Nothing chosen: the field is still there, empty.
    let plain = hard_journey(Locale::En);
    let none: Value =
        serde_json::from_str(&json_export(&content, &plain, &results, "d", true)).unwrap();
    assert_eq!(none["client_say"]["begin_with"], Value::Null);
    assert!(none["client_say"]["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["fit"].is_null() && s["take_slowly"] == false));
}

#[test]
fn the_email_says_the_file_holds_the_clients_choices_and_still_fits_every_mail_program() {
    use missing_pieces::domain::config::{
        HelpContact, MAX_HELP_CONTACTS, MAX_HELP_NAME, MAX_PHONE,
    };
    let long = HelpContact {
        name: "ب".repeat(MAX_HELP_NAME),
        phone: Some("1".repeat(MAX_PHONE)),
        text: None,
        url: None,
        hours: None,
    };
    let short = HelpContact {
        name: "Samaritans".into(),
        phone: Some("116 123".into()),
        text: None,
        url: None,
        hours: None,
    };
    let to = format!(
        "{}@{}.example",
        "a".repeat(64),
        "b".repeat(254 - 64 - 1 - 8)
    );
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let body = email_body_with_say(&strings, "check-in.txt", &[], true);
        assert!(body.contains(strings.get(msg::EMAIL_SAY)), "{locale:?}");
        let plain = email_body_with_say(&strings, "check-in.txt", &[], false);
        assert!(!plain.contains(strings.get(msg::EMAIL_SAY)), "{locale:?}");
        let worst = vec![long.clone(); MAX_HELP_CONTACTS];
        let url = short_mailto_with_say(&to, &strings, "check-in-2026-12-31.txt", &worst, true);
        assert!(url.len() <= MAX_MAILTO_CHARS, "{locale:?}: {}", url.len());
        // Where the address is too long for the line about their choices, the contacts stay.
        let all_plain = short_mailto_with_say(&to, &strings, "f.txt", &worst, false);
        let all_said = short_mailto_with_say(&to, &strings, "f.txt", &worst, true);
        assert!(all_said.matches("%0D%0A-%20").count() >= all_plain.matches("%0D%0A-%20").count());
        let fewer = short_mailto_with_say(
            &to,
            &strings,
            "check-in-2026-12-31.txt",
            std::slice::from_ref(&short),
            true,
        );
        assert!(fewer.contains("Samaritans"), "{locale:?}");
    }
}
