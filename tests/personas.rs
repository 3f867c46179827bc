#![cfg(not(target_arch = "wasm32"))]
//! Persona journeys on the shipped questionnaire. The same personas drive the end-to-end tests,
//! which check that the screen shows what the engine returns here.

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::content::{AreaId, Content, ItemId};
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::journey::Journey;
use missing_pieces::domain::scoring::score;
use missing_pieces::domain::summary::text_summary;
use missing_pieces::domain::text::Locale;
use serde_json::Value;

#[path = "common/areas.rs"]
mod areas;
use areas::{asked, every_choice};
use missing_pieces::domain::built_in::BuiltIn as _;

fn personas() -> Vec<Value> {
    let text = include_str!("personas.json");
    let value: Value = serde_json::from_str(text).unwrap();
    value["personas"].as_array().unwrap().clone()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// The areas a persona's counsellor asks (`"areas"`), or all six (empty).
fn areas_of(persona: &Value) -> Vec<AreaId> {
    let Some(areas) = persona["areas"].as_array() else {
        return Vec::new();
    };
    areas
        .iter()
        .map(|a| {
            let id = a.as_str().unwrap();
            *AreaId::ALL.iter().find(|x| x.as_str() == id).unwrap()
        })
        .collect()
}

/// A persona's answers to the items `content` asks (answers to items it does not ask are left
/// out, as a check-in asking fewer areas never shows them).
fn answers_of(persona: &Value, content: &Content) -> Answers {
    let name = persona["name"].as_str().unwrap();
    persona["answers"]
        .as_object()
        .unwrap()
        .iter()
        .filter_map(|(id, v)| {
            let item = ItemId::from(id.as_str());
            assert!(
                Content::built_in().item(&item).is_some(),
                "{name}: unknown item {id}"
            );
            content.item(&item)?;
            let response = match v.as_str() {
                Some("prefer_not") => Response::PreferNot,
                _ => Response::Choice(v.as_u64().unwrap() as u8),
            };
            Some((item, response))
        })
        .collect()
}

#[test]
fn every_persona_gets_the_expected_places_to_start_strengths_signs_and_safety() {
    let mut wrong = Vec::new();
    for persona in personas() {
        let name = persona["name"].as_str().unwrap();
        let content = asked(&areas_of(&persona));
        let answers = answers_of(&persona, &content);
        let results = score(&content, &answers);
        let focus: Vec<String> = results
            .focus
            .iter()
            .map(|f| f.area.as_str().to_owned())
            .collect();
        let strengths: Vec<String> = results
            .strengths
            .iter()
            .map(|s| s.area.as_str().to_owned())
            .collect();
        let signs: Vec<String> = results
            .signs
            .iter()
            .map(|(s, _)| s.as_str().to_owned())
            .collect();
        let also_helping: Vec<String> = results
            .also_helping
            .iter()
            .map(|i| i.as_str().to_owned())
            .collect();
        let support = results.needs_support_first();
        let on_answers = persona["support_on_answers"] != false;
        if support && results.safety_answered.is_empty() == on_answers {
            wrong.push(format!(
                "{name}: support rests on answers {:?}",
                results.safety_answered
            ));
        }
        if also_helping != strings(&persona["also_helping"]) {
            wrong.push(format!("{name}: also helping {also_helping:?}"));
        }
        if focus != strings(&persona["focus"])
            || strengths != strings(&persona["strengths"])
            || signs != strings(&persona["signs"])
            || Some(support) != persona["safety"].as_bool()
        {
            wrong.push(format!(
                "{name}: focus {focus:?}, strengths {strengths:?}, signs {signs:?}, support first {support}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "the engine returned:\n{}",
        wrong.join("\n")
    );
}

/// Every persona that sees support first keeps it whichever areas a counsellor asks (the
/// questions about hope and distress are always asked), except one whose support rests on
/// several signs in areas that can be left out ("support_whatever_areas": false). For every
/// persona and every choice, each sign present is named in the summary, no area a sign bears
/// on is a strength, and "nothing stands out" is never said beside a sign or support.
#[test]
fn every_persona_keeps_the_care_rules_whichever_areas_are_asked() {
    let strings = Strings::for_locale(Locale::En);
    for areas in every_choice() {
        let content = asked(&areas);
        for persona in personas() {
            let name = persona["name"].as_str().unwrap();
            let mut journey = Journey::new(true);
            journey.answers = answers_of(&persona, &content);
            let results = score(&content, &journey.answers);
            let hard = persona["safety"] == true && persona["support_whatever_areas"] != false;
            assert!(
                !hard || results.needs_support_first(),
                "{name}, asking {areas:?}: no support first"
            );
            let text = text_summary(&content, &journey, &results, &strings, "today", false, &[]);
            for (sign, _) in &results.signs {
                let sign = content.sign(*sign).unwrap();
                assert!(
                    text.contains(sign.title.get(Locale::En)),
                    "{name}, {areas:?}"
                );
                for strength in &results.strengths {
                    assert!(!sign.areas.contains(&strength.area), "{name}, {areas:?}");
                }
            }
            if !results.signs.is_empty() || results.needs_support_first() {
                assert!(
                    !text.contains(strings.get(msg::RESULTS_START_NONE)),
                    "{name}"
                );
            }
        }
    }
}
