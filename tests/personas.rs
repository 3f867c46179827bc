#![cfg(not(target_arch = "wasm32"))]
//! Persona journeys on the shipped questionnaire. The same personas drive the end-to-end tests,
//! which check that the screen shows what the engine returns here.

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::content::{Content, ItemId};
use missing_pieces::domain::scoring::score;
use serde_json::Value;

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

#[test]
fn every_persona_gets_the_expected_places_to_start_strengths_signs_and_safety() {
    let content = Content::built_in();
    let mut wrong = Vec::new();
    for persona in personas() {
        let name = persona["name"].as_str().unwrap();
        let answers: Answers = persona["answers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, v)| {
                let item = ItemId::from(id.as_str());
                assert!(content.item(&item).is_some(), "{name}: unknown item {id}");
                let response = match v.as_str() {
                    Some("prefer_not") => Response::PreferNot,
                    _ => Response::Choice(v.as_u64().unwrap() as u8),
                };
                (item, response)
            })
            .collect();
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
