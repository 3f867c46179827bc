//! A small, complete questionnaire for domain tests, so scoring rules are tested apart from the
//! shipped wording. Each test may change it with `serde_json` before parsing.
#![allow(dead_code)]

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::content::{Content, ContentError, ItemId};
use serde_json::{json, Value};

/// The fixture's items: (id, area, facet, polarity).
pub const ITEMS: &[(&str, &str, Option<&str>, &str)] = &[
    ("h1", "hope", None, "positive"),
    ("h2", "hope", None, "positive"),
    ("h3", "hope", None, "reverse"),
    ("r1", "relational_support", None, "positive"),
    ("r2", "relational_support", None, "positive"),
    ("r3", "relational_support", None, "reverse"),
    ("ds1", "developing_resources", Some("somatic"), "positive"),
    ("ds2", "developing_resources", Some("somatic"), "positive"),
    ("di1", "developing_resources", Some("imagery"), "positive"),
    ("di2", "developing_resources", Some("imagery"), "positive"),
    (
        "dc1",
        "developing_resources",
        Some("current_field"),
        "positive",
    ),
    (
        "dc2",
        "developing_resources",
        Some("current_field"),
        "positive",
    ),
    ("df1", "developing_resources", Some("forgotten"), "positive"),
    ("df2", "developing_resources", Some("forgotten"), "positive"),
    ("m1", "mindful_attitude", None, "positive"),
    ("m2", "mindful_attitude", None, "reverse"),
    ("m3", "mindful_attitude", None, "reverse"),
    ("s1", "self_compassion", None, "positive"),
    ("s2", "self_compassion", None, "reverse"),
    ("s3", "self_compassion", None, "reverse"),
    ("p1", "positive_experiences", None, "positive"),
    ("p2", "positive_experiences", None, "positive"),
    ("p3", "positive_experiences", None, "reverse"),
];

fn text(s: &str) -> Value {
    json!({ "en": s })
}

fn area(id: &str, stabilising: bool, facets: &[&str]) -> Value {
    json!({
        "id": id,
        "title": text(id),
        "intro": text("Intro."),
        "description": text("About it."),
        "strength": text("It helps."),
        "try_first": [{ "text": text("Try this.") }],
        "ask": text("What now?"),
        "stabilising": stabilising,
        "facets": facets.iter().map(|f| json!({
            "id": f, "title": text(f), "description": text("A kind.")
        })).collect::<Vec<_>>(),
    })
}

fn scale(id: &str, kind: &str) -> Value {
    json!({
        "id": id,
        "kind": kind,
        "choices": (0..5).map(|v| json!({"id": format!("{id}{v}"), "label": text(&format!("{id} {v}"))})).collect::<Vec<_>>(),
    })
}

/// The fixture as JSON.
pub fn fixture_json() -> Value {
    json!({
        "version": 1,
        "scales": [scale("agreement", "agreement"), scale("frequency", "frequency")],
        "prefer_not": text("Prefer not to say"),
        "areas": [
            area("hope", true, &[]),
            area("relational_support", true, &[]),
            area("developing_resources", true, &["somatic", "imagery", "current_field", "forgotten"]),
            area("mindful_attitude", false, &[]),
            area("self_compassion", false, &[]),
            area("positive_experiences", false, &[]),
        ],
        "items": ITEMS.iter().map(|(id, area, facet, polarity)| json!({
            "id": id, "area": area, "facet": facet, "scale": "agreement",
            "polarity": polarity, "text": text(id),
        })).collect::<Vec<_>>(),
        "signs": [
            sign("lost_hope", &["h1"], &["hope"]),
            sign("isolation", &["r3"], &["relational_support"]),
            sign("self_critical_voice", &["s2"], &["self_compassion"]),
            sign("refuses_self_compassion", &["s3"], &["self_compassion"]),
            sign("unmanaged_distress", &["ds1"], &["developing_resources", "mindful_attitude"]),
            sign("shutting_down", &["m3"], &["mindful_attitude"]),
            sign("overload", &["m2"], &["mindful_attitude"]),
            sign("discounting_strengths", &["p3"], &["positive_experiences"]),
        ],
        "reflections": [
            {"id": "goals", "prompt": text("Goals?"), "hint": text("Optional.")},
            {"id": "way_of_working", "prompt": text("How?"), "hint": text("Optional."),
             "options": [{"id": "tools", "label": text("Tools")}, {"id": "talk", "label": text("Talk")}]},
        ],
        "rules": {
            "min_answered_share": 0.5, "sign_at_most": 1.0, "focus_at_most": 60, "focus_max": 3,
            "sign_bonus": 8, "stabilising_bonus": 4, "strength_at_least": 70, "strength_max": 3,
            "partly_at_least": 40, "also_helping_max": 4,
            "hard_end_at_most": 1, "resource_end_at_least": 3, "quotes_max": 3, "seconds_per_item": 10
        },
        "safety": [
            {"id": "hope_and_distress", "reason": text("Hope and distress."), "when_all": [{"sign": "lost_hope"}, {"sign": "unmanaged_distress"}]},
            {"id": "no_hope", "reason": text("No hope."), "when_all": [{"item": "h1", "at_most": 0}]},
        ],
    })
}

fn sign(id: &str, items: &[&str], areas: &[&str]) -> Value {
    json!({"id": id, "title": text(id), "description": text("Seen."), "items": items, "areas": areas})
}

/// Parses (possibly edited) fixture JSON.
pub fn parse(value: &Value) -> Result<Content, Vec<ContentError>> {
    Content::parse(&value.to_string())
}

/// The fixture, parsed.
pub fn fixture() -> Content {
    parse(&fixture_json()).expect("the fixture is valid")
}

/// Answers from `(item, choice)` pairs; a choice of `PN` means "prefer not to say".
pub fn answers(pairs: &[(&str, u8)]) -> Answers {
    pairs
        .iter()
        .map(|&(id, v)| {
            let response = if v == PN {
                Response::PreferNot
            } else {
                Response::Choice(v)
            };
            (ItemId::from(id), response)
        })
        .collect()
}

/// Stands for "prefer not to say" in [`answers`].
pub const PN: u8 = 255;

/// Every item answered with the same raw choice.
pub fn all(choice: u8) -> Vec<(&'static str, u8)> {
    ITEMS.iter().map(|(id, ..)| (*id, choice)).collect()
}

/// Every item answered at the same resource level (reverse items get the mirrored choice).
pub fn all_at_level(level: u8) -> Vec<(&'static str, u8)> {
    ITEMS
        .iter()
        .map(|(id, _, _, polarity)| {
            (
                *id,
                if *polarity == "reverse" {
                    4 - level
                } else {
                    level
                },
            )
        })
        .collect()
}

/// `base` with the answers in `changes` replacing or adding to it.
pub fn with(
    base: Vec<(&'static str, u8)>,
    changes: &[(&'static str, u8)],
) -> Vec<(&'static str, u8)> {
    let mut out: Vec<_> = base
        .into_iter()
        .filter(|(id, _)| !changes.iter().any(|(c, _)| c == id))
        .collect();
    out.extend_from_slice(changes);
    out
}
