#![cfg(not(target_arch = "wasm32"))]
//! Then and now: an earlier check-in, from its data file (versions 1 to 3) or its private link,
//! beside this one. Each area in words then and now, signs eased and appeared named alike, what
//! the client chose then; no score. Support first on this check-in comes from its answers alone.

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::client_say::{Fit, SayChange};
use missing_pieces::domain::content::{AreaId, Content, Polarity};
use missing_pieces::domain::journey::{Action, Journey};
use missing_pieces::domain::scoring::{score, Level};
use missing_pieces::domain::share;
use missing_pieces::domain::summary::json_export;
use missing_pieces::domain::text::Locale;
use missing_pieces::domain::then_and_now::{
    compare, from_data_file, from_link, open, EarlierProblem,
};
use proptest::prelude::*;

fn content() -> Content {
    Content::built_in()
}

/// Every item answered at resource `level` (0 hard end to 4).
fn at_level(level: u8) -> Answers {
    content()
        .items
        .iter()
        .map(|i| {
            let choice = match i.polarity {
                Polarity::Positive => level,
                Polarity::Reverse => 4 - level,
            };
            (i.id.clone(), Response::Choice(choice))
        })
        .collect()
}

fn journey(answers: Answers) -> Journey {
    let mut journey = Journey::in_locale(true, Locale::En);
    journey.answers = answers;
    journey
}

fn data_file(journey: &Journey) -> String {
    let content = content();
    json_export(
        &content,
        journey,
        &score(&content, &journey.answers),
        "2026-11-01",
        false,
    )
}

#[test]
fn a_data_file_of_this_version_opens_with_the_answers_date_and_choices() {
    let content = content();
    let then = journey(at_level(0));
    let results = score(&content, &then.answers);
    let first = results.focus[0].area;
    let then = [
        SayChange::Fit(first, Some(Fit::NotNow)),
        SayChange::BeginWith(Some(AreaId::Hope)),
    ]
    .into_iter()
    .fold(then, |j, c| j.apply(Action::Say(c), &content).unwrap());
    let earlier = from_data_file(&data_file(&then), &content).unwrap();
    assert_eq!(earlier.answers, then.answers);
    assert_eq!(earlier.date.as_deref(), Some("2026-11-01"));
    assert_eq!(earlier.say.fit(first), Some(Fit::NotNow));
    assert_eq!(earlier.say.begin_with, Some(AreaId::Hope));
}

#[test]
fn older_data_files_open_and_others_say_plainly_why_not() {
    let content = content();
    let file = data_file(&journey(at_level(1)));
    // Version 2 (no client_say) and version 1 (support_first) files still open.
    let v2 = file.replace("\"version\":3", "\"version\":2");
    let v2 = v2[..v2.find(",\"client_say\"").unwrap()].to_owned() + "}";
    assert_eq!(from_data_file(&v2, &content).unwrap().answers, at_level(1));
    let v1 = "{\"schema\":\"missing-pieces/export\",\"version\":1,\"date\":\"2025-01-02\",\"locale\":\"en\",\"answers\":{\"hope_future_better\":1,\"hope_way_forward\":\"prefer_not\"},\"support_first\":false}";
    let earlier = from_data_file(v1, &content).unwrap();
    assert_eq!(earlier.answers.len(), 2);
    assert!(earlier.say.is_empty());

    let newer = file.replace("\"version\":3", "\"version\":4");
    assert_eq!(from_data_file(&newer, &content), Err(EarlierProblem::Newer));
    assert_eq!(
        from_data_file("hello", &content),
        Err(EarlierProblem::NotACheckIn)
    );
    assert_eq!(
        from_data_file("{\"schema\":\"something-else\"}", &content),
        Err(EarlierProblem::NotACheckIn)
    );
    let bad = file.replace("\"hope_future_better\":1", "\"hope_future_better\":9");
    assert_eq!(from_data_file(&bad, &content), Err(EarlierProblem::Damaged));
    let other = "{\"schema\":\"missing-pieces/export\",\"version\":3,\"answers\":{\"q1\":2}}";
    assert_eq!(
        from_data_file(other, &content),
        Err(EarlierProblem::OtherQuestions)
    );
    assert_eq!(
        open(&file[..file.len() / 2], &content),
        Err(EarlierProblem::NotACheckIn)
    );
}

#[test]
fn a_private_link_opens_whole_or_as_its_fragment_and_a_broken_one_says_why() {
    let content = content();
    let then = journey(at_level(1));
    let fragment = share::encode(&then.answers, Locale::Ar, &content);
    for text in [
        fragment.clone(),
        format!("https://counsellor.example/check-in/#{fragment}"),
        format!("  https://counsellor.example/#w~intake~{fragment}\n"),
    ] {
        assert_eq!(
            from_link(&text, &content).unwrap().answers,
            then.answers,
            "{text}"
        );
        assert_eq!(
            open(&text, &content).unwrap().answers,
            then.answers,
            "{text}"
        );
    }
    assert_eq!(
        from_link(&fragment[..fragment.len() - 3], &content),
        Err(EarlierProblem::Damaged)
    );
    assert_eq!(
        from_link("hello there", &content),
        Err(EarlierProblem::NotACheckIn)
    );
    assert_eq!(
        from_link(&fragment.replacen("mp1", "mp7", 1), &content),
        Err(EarlierProblem::Newer)
    );
}

#[test]
fn each_area_is_said_in_words_then_and_now_and_signs_eased_and_appeared_alike() {
    let content = content();
    let then = from_data_file(&data_file(&journey(at_level(0))), &content).unwrap();
    let now = score(&content, &at_level(4));
    let view = compare(&content, &then, &now);
    assert_eq!(view.areas.len(), 6);
    assert!(view
        .areas
        .iter()
        .all(|a| a.then == Level::Less && a.now == Level::Strong));
    assert!(!view.eased.is_empty());
    assert!(view.appeared.is_empty() && view.still.is_empty());
    assert!(!view.harder_now);
    // The other way round: what appeared is named, and it is harder now.
    let then = from_data_file(&data_file(&journey(at_level(4))), &content).unwrap();
    let now = score(&content, &at_level(0));
    let view = compare(&content, &then, &now);
    assert_eq!(view.appeared.len(), now.signs.len());
    assert!(view.eased.is_empty());
    assert!(view.harder_now);
}

fn given() -> impl Strategy<Value = Vec<Option<Response>>> {
    let one = prop_oneof![
        3 => Just(Some(Response::Choice(2))),
        2 => Just(Some(Response::PreferNot)),
        1 => Just(None),
        2 => (0u8..5).prop_map(|v| Some(Response::Choice(v))),
    ];
    proptest::collection::vec(one, Content::built_in().items.len())
}

fn answers_of(given: &[Option<Response>]) -> Answers {
    content()
        .items
        .iter()
        .zip(given)
        .filter_map(|(i, r)| Some((i.id.clone(), (*r)?)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Support first, the signs and the places to start on this check-in are decided by its
    /// answers alone, whatever the earlier check-in held; every sign now is named, as appeared
    /// or still there; every sign then and not now is named as eased.
    #[test]
    fn this_check_in_is_decided_by_its_own_answers_alone(then in given(), now in given()) {
        let content = content();
        let now_answers = answers_of(&now);
        let results = score(&content, &now_answers);
        let earlier = from_data_file(&data_file(&journey(answers_of(&then))), &content).unwrap();
        let view = compare(&content, &earlier, &results);
        prop_assert_eq!(&score(&content, &now_answers), &results);
        let then_results = score(&content, &earlier.answers);
        for (sign, _) in &results.signs {
            prop_assert!(view.appeared.contains(sign) || view.still.contains(sign));
        }
        for (sign, _) in &then_results.signs {
            prop_assert!(view.eased.contains(sign) || view.still.contains(sign));
        }
        prop_assert_eq!(view.harder_now || view.appeared.is_empty(), true);
        // The same earlier check-in, from its link, reads the same.
        let link = share::encode(&earlier.answers, Locale::En, &content);
        prop_assert_eq!(from_link(&link, &content).unwrap().answers, earlier.answers);
    }
}

#[test]
fn a_data_files_date_reads_as_a_date_only_when_written_as_the_widget_writes_it() {
    use missing_pieces::domain::then_and_now::iso_date;
    let date = iso_date("2026-10-01").unwrap();
    assert_eq!((date.year, date.month, date.day), (2026, 10, 1));
    for text in ["2026-13-01", "2026-1-01", "1 October", "2026-10-01-", ""] {
        assert_eq!(iso_date(text), None, "{text}");
    }
}
