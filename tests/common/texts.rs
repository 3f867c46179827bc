//! The questionnaire's texts, found by walking its JSON (included by path where needed): every
//! object that holds an English text, with where it stands.
#![allow(dead_code)]

use serde_json::{Map, Value};

/// Every localised text of the shipped questionnaire (an object with an `en` member), with its
/// place, such as `questionnaire.areas[hope].title`.
pub fn localised_texts() -> Vec<(String, Map<String, Value>)> {
    fn walk(value: &Value, at: &str, out: &mut Vec<(String, Map<String, Value>)>) {
        match value {
            Value::Object(map) if map.contains_key("en") => out.push((at.to_owned(), map.clone())),
            Value::Object(map) => {
                for (key, inner) in map {
                    walk(inner, &format!("{at}.{key}"), out);
                }
            }
            Value::Array(items) => {
                for (n, inner) in items.iter().enumerate() {
                    let id = inner.get("id").and_then(Value::as_str).map(str::to_owned);
                    walk(
                        inner,
                        &format!("{at}[{}]", id.unwrap_or(n.to_string())),
                        out,
                    );
                }
            }
            _ => {}
        }
    }
    let content: Value = serde_json::from_str(missing_pieces::domain::content::BUILT_IN)
        .expect("the content parses");
    let mut out = Vec::new();
    walk(&content, "questionnaire", &mut out);
    out
}
