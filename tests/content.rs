#![cfg(not(target_arch = "wasm32"))]
//! Content validation: the shipped questionnaire is valid and complete, and broken content is
//! reported in full, every problem at once.

mod common;

use common::{fixture_json, parse};
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::{
    AreaId, Content, ContentError, FacetId, Polarity, SignId, TIPS_SHOWN,
};
use serde_json::{json, Value};

/// Edits the fixture with `edit` and expects exactly `expected` problems.
fn check(edit: impl FnOnce(&mut Value), expected: &[ContentError]) {
    let mut value = fixture_json();
    edit(&mut value);
    match parse(&value) {
        Ok(_) => assert!(
            expected.is_empty(),
            "expected {expected:?}, content was valid"
        ),
        Err(problems) => assert_eq!(problems, expected),
    }
}

#[test]
fn the_shipped_questionnaire_has_the_size_the_model_needs() {
    let content = Content::built_in();
    let n = content.items.len();
    assert!(
        (24..=36).contains(&n),
        "{n} items; 24 to 36 keep it to about 4 to 6 minutes"
    );
    let order: Vec<AreaId> = content.areas.iter().map(|a| a.id).collect();
    assert_eq!(order, AreaId::ALL, "areas keep the model's order");
    let facets: Vec<FacetId> = content
        .area(AreaId::DevelopingResources)
        .unwrap()
        .facets
        .iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(facets, FacetId::ALL);
    for sign in SignId::ALL {
        let sign = content.sign(sign).unwrap();
        for item in sign.items.iter() {
            let area = content.item(item).unwrap().area;
            assert!(
                sign.areas.contains(&area),
                "{item:?} is outside its sign's areas"
            );
        }
    }
    assert!(content
        .items
        .iter()
        .any(|i| i.polarity == Polarity::Reverse));
    for area in content.areas.iter() {
        assert!(
            (1..=3).contains(&area.try_first.len()),
            "{:?}: one to three things to try, of which at most {TIPS_SHOWN} are shown",
            area.id
        );
    }
}

#[test]
fn the_fixture_is_valid() {
    check(|_| {}, &[]);
}

#[test]
fn a_thing_to_try_must_lean_on_known_items_and_one_must_lean_on_none() {
    check(
        |v| {
            v["areas"][0]["try_first"] = json!([{ "text": {"en": "Try."}, "assumes": ["h1"] }]);
            v["areas"][1]["try_first"] = json!([
                { "text": {"en": "Try."}, "assumes": ["nowhere"] },
                { "text": {"en": "Or this."} },
            ]);
        },
        &[
            ContentError::NoPlainTip { area: "hope" },
            ContentError::UnknownTipItem {
                area: "relational_support",
                item: "nowhere".into(),
            },
        ],
    );
}

#[test]
fn malformed_json_is_reported_as_such() {
    let problems = Content::parse("{ \"version\": 1,").unwrap_err();
    assert!(
        matches!(&problems[..], [ContentError::Parse(_)]),
        "{problems:?}"
    );
}

#[test]
fn duplicate_ids_are_reported() {
    check(
        |v| {
            let first = v["items"][0].clone();
            v["items"].as_array_mut().unwrap().push(first);
            let area = v["areas"][0].clone();
            v["areas"].as_array_mut().unwrap().push(area);
        },
        &[
            ContentError::DuplicateId {
                kind: "area",
                id: "hope".into(),
            },
            ContentError::DuplicateId {
                kind: "item",
                id: "h1".into(),
            },
        ],
    );
}

#[test]
fn an_item_in_an_unknown_area_is_reported_with_everything_else() {
    check(
        |v| {
            v["items"][0]["area"] = json!("hopefulness");
            v["items"][1]["scale"] = json!("loudness");
        },
        &[
            ContentError::UnknownArea { item: "h1".into() },
            ContentError::UnknownScale {
                item: "h2".into(),
                scale: "loudness".into(),
            },
            ContentError::TooFewItems {
                area: "hope",
                found: 2,
                needed: 3,
            },
        ],
    );
}

#[test]
fn an_area_with_too_few_items_is_reported() {
    check(
        |v| {
            let items = v["items"].as_array_mut().unwrap();
            items.retain(|i| i["id"] != "p1" && i["id"] != "di2");
        },
        &[
            ContentError::TooFewFacetItems {
                facet: "imagery",
                found: 1,
                needed: 2,
            },
            ContentError::TooFewItems {
                area: "positive_experiences",
                found: 2,
                needed: 3,
            },
        ],
    );
}

#[test]
fn a_sign_with_no_item_or_an_unknown_item_is_reported() {
    check(
        |v| {
            v["signs"][0]["items"] = json!([]);
            v["signs"][1]["items"] = json!(["nope"]);
            v["signs"][2]["areas"] = json!([]);
        },
        &[
            ContentError::SignWithoutItems { sign: "lost_hope" },
            ContentError::UnknownItem {
                sign: "isolation",
                item: "nope".into(),
            },
            ContentError::SignWithoutAreas {
                sign: "self_critical_voice",
            },
        ],
    );
}

#[test]
fn a_missing_area_or_sign_and_unknown_ids_are_reported() {
    check(
        |v| {
            v["areas"]
                .as_array_mut()
                .unwrap()
                .retain(|a| a["id"] != "positive_experiences");
            v["items"]
                .as_array_mut()
                .unwrap()
                .retain(|i| i["area"] != "positive_experiences");
            v["signs"]
                .as_array_mut()
                .unwrap()
                .retain(|s| s["id"] != "discounting_strengths");
            v["signs"][0]["id"] = json!("feeling_blue");
        },
        &[
            ContentError::MissingArea {
                area: "positive_experiences",
            },
            ContentError::UnknownId {
                kind: "sign",
                at: "sign number 1".into(),
            },
            ContentError::MissingSign { sign: "lost_hope" },
            ContentError::MissingSign {
                sign: "discounting_strengths",
            },
        ],
    );
}

#[test]
fn broken_scales_rules_texts_and_safety_are_reported() {
    check(
        |v| {
            v["scales"][0]["choices"].as_array_mut().unwrap().pop();
            v["rules"]["strength_at_least"] = json!(50);
            v["items"][0]["text"] = json!({"en": "  "});
            v["safety"][1]["when_all"][0]["item"] = json!("gone");
        },
        &[
            ContentError::WrongScaleLength {
                scale: "agreement".into(),
                found: 4,
            },
            ContentError::UnknownSafetyItem {
                rule: "no_hope".into(),
                item: "gone".into(),
            },
            ContentError::BadRule {
                rule: "strength_at_least",
                problem: "must be above focus_at_most, so an area is never both",
            },
            ContentError::MissingText {
                at: "item h1".into(),
                locale: "en",
            },
        ],
    );
}

#[test]
fn problems_read_as_plain_sentences() {
    let message = ContentError::TooFewItems {
        area: "hope",
        found: 1,
        needed: 3,
    }
    .to_string();
    assert_eq!(message, "area \"hope\" has 1 items; it needs 3");
}

#[test]
fn every_sign_rests_on_two_answers_and_every_kind_of_resource_on_two_resource_statements() {
    let content = Content::built_in();
    for sign in content.signs.iter() {
        assert!(sign.items.len() >= 2, "{:?} rests on one item", sign.id);
    }
    for facet in FacetId::ALL {
        let statements = content
            .scored_in(AreaId::DevelopingResources)
            .filter(|i| i.facet == Some(facet) && i.polarity == Polarity::Positive)
            .count();
        let others = content
            .scored_in(AreaId::DevelopingResources)
            .filter(|i| i.facet == Some(facet) && i.polarity != Polarity::Positive)
            .count();
        assert!(
            statements >= 2,
            "{facet:?} has {statements} resource statements"
        );
        assert_eq!(others, 0, "{facet:?} scores a load or a symptom");
    }
    // That a sign-only item has no facet and is in a sign is checked by `validate`, which the
    // build runs (`misused_sign_only_items_and_bad_safety_conditions_are_reported`).
}

#[test]
fn misused_sign_only_items_and_bad_safety_conditions_are_reported() {
    check(
        |v| {
            v["items"][6]["sign_only"] = json!(true);
            v["items"][1]["sign_only"] = json!(true);
            v["safety"][0]["when_all"] = json!([{"area": "nowhere", "mean_level_at_most": 1.0}]);
            v["safety"][1]["when_all"] =
                json!([{"areas_share_at_least": 1.5, "mean_level_at_most": 1.0}]);
        },
        &[
            ContentError::SignOnlyItem {
                item: "h2".into(),
                problem: "is in no sign, so its answer would be used nowhere",
            },
            ContentError::SignOnlyItem {
                item: "ds1".into(),
                problem: "has a facet, but only scored items count towards one",
            },
            ContentError::TooFewItems {
                area: "hope",
                found: 2,
                needed: 3,
            },
            ContentError::TooFewFacetItems {
                facet: "somatic",
                found: 1,
                needed: 2,
            },
            ContentError::UnknownId {
                kind: "area",
                at: "safety rule hope_and_distress".into(),
            },
            ContentError::BadRule {
                rule: "areas_share_at_least",
                problem: "must be above 0 and at most 1",
            },
        ],
    );
}

#[test]
fn the_time_estimate_follows_the_contents_seconds_per_item_and_bad_rules_are_reported() {
    let minutes = |seconds: usize| {
        let mut value = fixture_json();
        value["rules"]["seconds_per_item"] = json!(seconds);
        parse(&value).unwrap().minutes_to_answer()
    };
    // 23 items: 230 seconds is 4 minutes rounded up, 460 is 8, 23 is 1.
    assert_eq!(common::ITEMS.len(), 23);
    assert_eq!(minutes(10), 4);
    assert_eq!(minutes(20), 8);
    assert_eq!(minutes(1), 1);
    check(
        |v| {
            v["rules"]["seconds_per_item"] = json!(0);
            v["rules"]["quotes_max"] = json!(0);
            v["rules"]["hard_end_at_most"] = json!(3);
        },
        &[
            ContentError::BadRule {
                rule: "hard_end_at_most",
                problem: "must be below resource_end_at_least, itself at most 4",
            },
            ContentError::BadRule {
                rule: "quotes_max",
                problem: "must be at least 1",
            },
            ContentError::BadRule {
                rule: "seconds_per_item",
                problem: "must be at least 1",
            },
        ],
    );
    check(
        |v| v["rules"]["resource_end_at_least"] = json!(5),
        &[ContentError::BadRule {
            rule: "hard_end_at_most",
            problem: "must be below resource_end_at_least, itself at most 4",
        }],
    );
    check(
        |v| v["rules"]["seconds_per_item"] = json!(0),
        &[ContentError::BadRule {
            rule: "seconds_per_item",
            problem: "must be at least 1",
        }],
    );
}

#[test]
fn the_benchmarks_plain_html_baseline_asks_the_same_questions() {
    // bench/make-baseline.mjs writes it from the content; rerun it after the content changes.
    let baseline = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/bench/baseline/index.html"
    ))
    .unwrap()
    .replace("&#39;", "'")
    .replace("&#x27;", "'");
    let content = Content::built_in();
    for item in content.items.iter() {
        let text = item.text.get(missing_pieces::domain::text::Locale::En);
        assert!(
            baseline.contains(text),
            "{:?} is not in the baseline: run node bench/make-baseline.mjs",
            item.id
        );
    }
}
