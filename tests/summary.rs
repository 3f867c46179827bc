#![cfg(not(target_arch = "wasm32"))]
//! What the client takes away: the plain-text summary, the JSON export and the mailto link.
//!
//! New `summary-*` interface words may not be in the `.ftl` files yet (`Strings::get` then
//! returns the key), so these tests check structure and questionnaire text, and name interface
//! words through `Strings` rather than spelling them out.

mod common;

use common::{all_at_level, answers, fixture, with, PN};
use missing_pieces::domain::answers::Answers;
use missing_pieces::domain::content::AreaId;
use missing_pieces::domain::content::Key;
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::journey::{Action, Journey};
use missing_pieces::domain::scoring::{score, Tally};
use missing_pieces::domain::summary::{
    json_export, level_key, mailto, text_summary, EXPORT_SCHEMA, EXPORT_VERSION,
};
use missing_pieces::domain::text::Locale;
use proptest::prelude::*;
use serde_json::Value;

const DATE: &str = "2025-03-14";

/// A journey with `answers`, a note and a ticked option, in `locale`.
fn journey(answers: Answers, locale: Locale, note: &str) -> Journey {
    let content = fixture();
    let mut journey = Journey::in_locale(true, locale);
    journey.answers = answers;
    for action in [
        Action::Write(Key("goals".into()), note.into()),
        Action::Toggle(Key("way_of_working".into()), Key("talk".into())),
    ] {
        journey = journey.apply(action, &content).unwrap_or(journey);
    }
    journey
}

/// Isolated and self-critical: starts with relational support, then self-compassion; hope,
/// developing resources and a mindful attitude are already helping.
fn isolated() -> Answers {
    answers(&with(
        all_at_level(3),
        &[
            ("r1", 1),
            ("r2", 1),
            ("r3", 4),
            ("s1", 1),
            ("s2", 4),
            ("s3", PN),
        ],
    ))
}

fn summary(journey: &Journey, include_notes: bool) -> String {
    let content = fixture();
    let results = score(&content, &journey.answers);
    text_summary(
        &content,
        journey,
        &results,
        &Strings::for_locale(journey.locale),
        DATE,
        include_notes,
        &[],
    )
}

fn export(journey: &Journey, include_notes: bool) -> Value {
    let content = fixture();
    let results = score(&content, &journey.answers);
    let text = json_export(&content, journey, &results, DATE, include_notes);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// Where `needle` first appears in `text`.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is missing from:\n{text}"))
}

#[test]
fn level_words_follow_the_chart_thresholds_and_never_call_a_signed_area_strong() {
    let content = fixture();
    let calm = score(&content, &Answers::default());
    // Lost hope bears on hope; nothing bears on positive experiences.
    let hopeless = score(&content, &answers(&[("h1", 0)]));
    let tally = |score| Tally {
        total: 4,
        answered: 4,
        prefer_not: 0,
        score,
    };
    let cases = [
        (&calm, None, AreaId::Hope, msg::RESULTS_LEVEL_UNKNOWN),
        (&calm, Some(0), AreaId::Hope, msg::RESULTS_LEVEL_LOW),
        (&calm, Some(39), AreaId::Hope, msg::RESULTS_LEVEL_LOW),
        (&calm, Some(40), AreaId::Hope, msg::RESULTS_LEVEL_SOME),
        (&calm, Some(69), AreaId::Hope, msg::RESULTS_LEVEL_SOME),
        (&calm, Some(70), AreaId::Hope, msg::RESULTS_LEVEL_HIGH),
        (&calm, Some(100), AreaId::Hope, msg::RESULTS_LEVEL_HIGH),
        (&hopeless, Some(69), AreaId::Hope, msg::RESULTS_LEVEL_SOME),
        (&hopeless, Some(70), AreaId::Hope, msg::RESULTS_LEVEL_MIXED),
        (&hopeless, Some(100), AreaId::Hope, msg::RESULTS_LEVEL_MIXED),
        (
            &hopeless,
            Some(100),
            AreaId::PositiveExperiences,
            msg::RESULTS_LEVEL_HIGH,
        ),
    ];
    for (results, score, area, key) in cases {
        let level = results.level(&content, &tally(score), Some(area));
        assert_eq!(level_key(level), key, "score {score:?} in {area:?}");
    }
}

#[test]
fn the_summary_opens_with_title_and_date_and_ends_with_the_not_a_diagnosis_note() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(isolated(), Locale::En, "rest"), false);
    assert!(text.starts_with(strings.get(msg::SUMMARY_TITLE)), "{text}");
    assert!(text.lines().nth(1).unwrap().ends_with(DATE), "{text}");
    assert!(
        text.trim_end().ends_with(strings.get(msg::RESULTS_NOTE)),
        "{text}"
    );
}

#[test]
fn places_to_start_come_in_order_with_why_what_to_try_and_a_question() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(isolated(), Locale::En, "rest"), false);
    let start = at(&text, strings.get(msg::RESULTS_START_TITLE));
    let first = at(&text, "1. relational_support");
    let second = at(&text, "2. self_compassion");
    let helping = at(&text, strings.get(msg::RESULTS_HELPING_TITLE));
    assert!(
        start < first && first < second && second < helping,
        "{text}"
    );
    // Why: the sign and the answers that pointed there, quoted with the client's choice.
    let why = &text[first..second];
    assert!(why.contains("isolation. Seen."), "{why}");
    assert!(why.contains("\"r3\" — agreement 4"), "{why}");
    assert!(why.contains("\"r1\" — agreement 1"), "{why}");
    assert!(why.contains("Try this."), "{why}");
    assert!(why.contains("What now?"), "{why}");
    let why = &text[second..helping];
    assert!(why.contains("self_critical_voice. Seen."), "{why}");
    assert!(
        !why.contains("\"s3\""),
        "prefer-not answers are never quoted: {why}"
    );
}

#[test]
fn what_is_already_helping_names_each_strength_with_its_answers() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(isolated(), Locale::En, "rest"), false);
    let helping = &text[at(&text, strings.get(msg::RESULTS_HELPING_TITLE))
        ..at(&text, strings.get(msg::RESULTS_CHART_TITLE))];
    for area in ["hope", "developing_resources", "mindful_attitude"] {
        assert!(
            helping.contains(&format!("- {area}: It helps.")),
            "{helping}"
        );
    }
    assert!(helping.contains("\"h1\" — agreement 3"), "{helping}");
}

#[test]
fn every_area_and_facet_has_its_level_and_counts() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(isolated(), Locale::En, "rest"), false);
    let areas = &text[at(&text, strings.get(msg::RESULTS_CHART_TITLE))..];
    let high = strings.get(msg::RESULTS_LEVEL_HIGH);
    let low = strings.get(msg::RESULTS_LEVEL_LOW);
    assert!(
        areas.contains(&format!("- hope: {high} (3 of 3 answered)")),
        "{areas}"
    );
    assert!(
        areas.contains(&format!(
            "- self_compassion: {low} (2 of 3 answered · 1 not said)"
        )),
        "{areas}"
    );
    for facet in ["somatic", "imagery", "current_field", "forgotten"] {
        assert!(areas.contains(&format!("   - {facet}: {high}")), "{areas}");
    }
}

#[test]
fn skipped_items_are_counted_and_unscored_areas_say_so() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(answers(&[("h1", 2)]), Locale::En, ""), false);
    let unknown = strings.get(msg::RESULTS_LEVEL_UNKNOWN);
    assert!(
        text.contains(&format!("- hope: {unknown} (1 of 3 answered · 2 skipped)")),
        "{text}"
    );
    assert!(text.contains(strings.get(msg::RESULTS_START_FEW)), "{text}");
    assert!(
        text.contains(strings.get(msg::RESULTS_HELPING_NONE)),
        "{text}"
    );
}

#[test]
fn notes_appear_only_when_asked() {
    let strings = Strings::for_locale(Locale::En);
    let note = "I want to sleep better\nand worry less";
    let private = summary(&journey(isolated(), Locale::En, note), false);
    assert!(!private.contains("sleep better"), "{private}");
    assert!(!private.contains("Talk"), "{private}");
    assert!(
        !private.contains(strings.get(msg::REFLECTIONS_TITLE)),
        "{private}"
    );

    let shared = summary(&journey(isolated(), Locale::En, note), true);
    let notes = &shared[at(&shared, strings.get(msg::REFLECTIONS_TITLE))..];
    assert!(notes.contains("Goals?"), "{notes}");
    assert!(notes.contains("I want to sleep better\n"), "{notes}");
    assert!(notes.contains("and worry less\n"), "{notes}");
    assert!(notes.contains("How?"), "{notes}");
    assert!(notes.contains("- Talk"), "{notes}");
    assert!(!notes.contains("Tools"), "{notes}");
}

#[test]
fn support_information_comes_first_when_the_answers_call_for_it() {
    let strings = Strings::for_locale(Locale::En);
    let text = summary(&journey(answers(&all_at_level(0)), Locale::En, ""), false);
    let safety = at(&text, strings.get(msg::RESULTS_SAFETY_TITLE));
    assert!(
        safety < at(&text, strings.get(msg::RESULTS_START_TITLE)),
        "{text}"
    );
    assert!(text.contains(strings.get(msg::HELP_DANGER)), "{text}");

    let calm = summary(&journey(isolated(), Locale::En, ""), false);
    assert!(
        !calm.contains(strings.get(msg::RESULTS_SAFETY_TITLE)),
        "{calm}"
    );
}

#[test]
fn arabic_counts_use_arabic_digits() {
    let text = summary(&journey(isolated(), Locale::Ar, ""), false);
    assert!(text.contains('٣'), "{text}");
    assert!(text.contains("١. relational_support"), "{text}");
}

#[test]
fn the_json_export_has_every_documented_field() {
    let doc = export(&journey(isolated(), Locale::Es, "rest"), false);
    assert_eq!(doc["schema"], EXPORT_SCHEMA);
    assert_eq!(doc["schema"], "missing-pieces/export");
    assert_eq!(doc["version"], EXPORT_VERSION);
    assert_eq!(doc["version"], 3);
    assert_eq!(doc["date"], DATE);
    assert_eq!(doc["locale"], "es");
    assert_eq!(doc["answers"]["r1"], 1);
    assert_eq!(doc["answers"]["s3"], "prefer_not");
    assert_eq!(
        doc["answers"].as_object().unwrap().len(),
        common::ITEMS.len(),
        "every item answered or declined"
    );

    let areas = doc["areas"].as_array().unwrap();
    let ids: Vec<&str> = areas.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "hope",
            "relational_support",
            "developing_resources",
            "mindful_attitude",
            "self_compassion",
            "positive_experiences"
        ]
    );
    let compassion = &areas[4];
    assert_eq!(compassion["score"], 13);
    assert_eq!(compassion["total"], 3);
    assert_eq!(compassion["answered"], 2);
    assert_eq!(compassion["skipped"], 0);
    assert_eq!(compassion["prefer_not"], 1);
    assert_eq!(compassion["facets"], serde_json::json!([]));
    let facets = areas[2]["facets"].as_array().unwrap();
    assert_eq!(facets.len(), 4);
    assert_eq!(facets[0]["id"], "somatic");
    assert_eq!(facets[0]["score"], 75);

    assert_eq!(
        doc["signs"],
        serde_json::json!(["isolation", "self_critical_voice"])
    );
    assert_eq!(doc["focus"][0]["area"], "relational_support");
    assert_eq!(doc["focus"][0]["signs"], serde_json::json!(["isolation"]));
    assert_eq!(
        doc["focus"][0]["evidence"],
        serde_json::json!(["r3", "r1", "r2"])
    );
    assert_eq!(doc["focus"][1]["area"], "self_compassion");
    assert_eq!(doc["strengths"][0]["area"], "hope");
    assert!(doc["strengths"][0]["evidence"].is_array());
    // The field says what it is: whether support was shown first, and which rules held. The
    // fixture's hope and distress questions were answered, so no rule holds.
    assert_eq!(doc["support_shown_first"], false);
    assert_eq!(doc["support_rules"], serde_json::json!([]));
    assert_eq!(doc["support_rules_on_answers"], serde_json::json!([]));
    assert!(doc.get("support_first").is_none());
    assert!(doc.get("notes").is_none(), "notes only when asked");
    // The client's own choices, one per place to start; none made here.
    let say = &doc["client_say"];
    assert_eq!(say["suggestions"].as_array().unwrap().len(), 2);
    assert_eq!(say["suggestions"][0]["area"], "relational_support");
    assert!(say["suggestions"][0]["fit"].is_null());
    assert_eq!(say["suggestions"][0]["take_slowly"], false);
    assert!(say["begin_with"].is_null());
    assert!(say.get("what_does_not_fit").is_none());
}

#[test]
fn an_unscored_area_exports_a_null_score() {
    let doc = export(&journey(Answers::new(), Locale::En, ""), false);
    assert!(doc["areas"][0]["score"].is_null());
    assert_eq!(doc["areas"][0]["skipped"], 3);
    assert_eq!(doc["answers"], serde_json::json!({}));
    assert_eq!(doc["focus"], serde_json::json!([]));
}

#[test]
fn notes_are_exported_only_when_asked_and_survive_any_characters() {
    let note = "He said \"hi\" \\ C:\\path\nnext\ttab </script><script>alert(1)</script> & é 🧩 \u{1} \u{7f} \u{2028}";
    let j = journey(isolated(), Locale::En, note);
    let content = fixture();
    let results = score(&content, &j.answers);
    let raw = json_export(&content, &j, &results, DATE, true);
    assert!(!raw.contains("</script>"), "{raw}");
    assert_eq!(raw.lines().count(), 1, "{raw}");
    let doc = export(&j, true);
    assert_eq!(doc["notes"]["goals"]["text"], note);
    assert_eq!(doc["notes"]["goals"]["options"], serde_json::json!([]));
    assert_eq!(doc["notes"]["way_of_working"]["text"], "");
    assert_eq!(
        doc["notes"]["way_of_working"]["options"],
        serde_json::json!(["talk"])
    );
}

#[test]
fn the_date_is_escaped_too() {
    let doc = export(&journey(Answers::new(), Locale::En, ""), false);
    assert_eq!(doc["date"], DATE);
}

/// Checks that `mailto(to, subject, body)` gives `expected`.
fn check(to: &str, subject: &str, body: &str, expected: &str) {
    assert_eq!(
        mailto(to, subject, body),
        expected,
        "{to:?} {subject:?} {body:?}"
    );
}

#[test]
fn mailto_encodes_everything_but_plain_characters() {
    check(
        "me@example.org",
        "My check-in",
        "Hello there",
        "mailto:me@example.org?subject=My%20check-in&body=Hello%20there",
    );
    check(
        "me@example.org",
        "",
        "one\ntwo\r\nthree\rfour",
        "mailto:me@example.org?body=one%0D%0Atwo%0D%0Athree%0D%0Afour",
    );
    check(
        "",
        "a&b?c=d#e%f+g",
        "",
        "mailto:?subject=a%26b%3Fc%3Dd%23e%25f%2Bg",
    );
    check(
        "ana@example.org",
        "¿Qué?",
        "مرحبا 🧩",
        "mailto:ana@example.org?subject=%C2%BFQu%C3%A9%3F&body=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%F0%9F%A7%A9",
    );
    check(
        "a b?x=y&z@example.org,c@example.org",
        "",
        "",
        "mailto:a%20b%3Fx%3Dy%26z@example.org,c@example.org",
    );
}

/// Reverses the mailto percent-encoding, for the property below.
fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

proptest! {
    #[test]
    fn any_text_survives_the_json_escaper(text in any::<String>()) {
        let escaped = missing_pieces::domain::json::escape(&text);
        prop_assert!(!escaped.contains('<') && !escaped.contains('\n'));
        prop_assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), text);
    }

    #[test]
    fn any_body_survives_mailto_with_crlf_line_breaks(body in any::<String>()) {
        let url = mailto("me@example.org", "s", &body);
        let rest = url.strip_prefix("mailto:me@example.org?subject=s").unwrap();
        prop_assert!(url.is_ascii());
        let encoded = rest.strip_prefix("&body=").unwrap_or(rest);
        prop_assert!(!encoded.contains(['&', ' ', '?', '#', '+', '=', '\r', '\n']), "{}", encoded);
        let decoded = unescape(encoded);
        let expected = body.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
        prop_assert_eq!(decoded, expected);
    }
}
