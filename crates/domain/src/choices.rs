//! The counsellor's choices applied to the questionnaire: which areas are asked, whether the
//! reflections are offered, and questions of their own.
//!
//! The result is an ordinary [`Content`], so every rule downstream (the journey, scoring, the
//! warning signs, support first, the take-aways, share links) works on exactly what was asked,
//! with no second path to keep in step:
//! - an area left out takes its items with it, except the questions of the signs marked
//!   `always_asked` (lost hope, distress that can't be managed, shutting down, becoming
//!   overloaded): an area that keeps only those is `partial`, asked in its own step but never
//!   scored, ranked or charted, so no choice of areas can stop the check-in noticing hopelessness
//!   or distress, and no sign rests on one question;
//! - a warning sign keeps only the items and areas still asked, and goes when none of its items
//!   is asked (a sign nobody was asked about is neither present nor absent);
//! - support-first rules read the areas asked ("most areas" is most of those), and a rule about
//!   an item, area or sign not asked cannot hold;
//! - the counsellor's questions follow the built-in reflections as free-text reflections with
//!   ids `own_1` to `own_3`, so their answers are kept, saved and taken away like any other.
//!
//! [`left_out`] names the areas not asked, for the results and the take-aways.

use std::borrow::Cow;

use super::config::Config;
use super::content::{Area, AreaId, Content, Item, Key, Reflection};
use super::i18n::{msg, Strings};
use super::text::{Locale, Text};
use crate::built_in::BuiltIn as _;

/// How the ids of the counsellor's own questions start.
const OWN: &str = "own_";

/// The id of the counsellor's own question number `n` (from 1).
pub fn own_id(n: usize) -> String {
    format!("{OWN}{n}")
}

/// Whether a reflection is one of the counsellor's own questions.
pub fn is_own(reflection: &Reflection) -> bool {
    reflection.id.as_str().starts_with(OWN)
}

/// `content` as this counsellor's check-in asks it.
pub fn apply(content: &Content, config: &Config) -> Content {
    let mut shaped = content.clone();
    let asked = |area: &AreaId| config.areas.is_empty() || config.areas.contains(area);
    if !config.areas.is_empty() {
        // The questions of an always-asked sign stay whatever is left out.
        let kept = |item: &Item| {
            asked(&item.area)
                || content
                    .signs
                    .iter()
                    .any(|s| s.always_asked && s.items.contains(&item.id))
        };
        shaped.items = content.items.iter().filter(|i| kept(i)).cloned().collect();
        let items = &shaped.items;
        shaped.areas = content
            .areas
            .iter()
            .filter(|a| asked(&a.id) || items.iter().any(|i| i.area == a.id))
            .map(|a| Area {
                partial: !asked(&a.id),
                ..a.clone()
            })
            .collect();
        let areas = &shaped.areas;
        shaped.signs = content
            .signs
            .iter()
            .filter_map(|sign| {
                let mut sign = sign.clone();
                sign.items = sign
                    .items
                    .iter()
                    .filter(|id| items.iter().any(|i| &i.id == *id))
                    .cloned()
                    .collect();
                sign.areas = sign
                    .areas
                    .iter()
                    .filter(|a| areas.iter().any(|kept| kept.id == **a))
                    .copied()
                    .collect();
                (!sign.items.is_empty() && !sign.areas.is_empty()).then_some(sign)
            })
            .collect();
    }
    if !config.reflections || !config.questions.is_empty() {
        let mut reflections: Vec<Reflection> = if config.reflections {
            content.reflections.to_vec()
        } else {
            Vec::new()
        };
        let hint = in_every_language(|l| Strings::for_locale(l).get(msg::OWN_QUESTION_HINT));
        for (n, question) in config.questions.iter().enumerate() {
            reflections.push(Reflection {
                id: Key(Cow::Owned(own_id(n + 1))),
                prompt: in_every_language(|l| worded(question, l)),
                hint: hint.clone(),
                options: Cow::Borrowed(&[]),
            });
        }
        shaped.reflections = Cow::Owned(reflections);
    }
    shaped
}

/// The areas that `asked` does not ask in full, in the model's order: those left out, and
/// those of which only the always-asked questions remain (`Area::partial`).
pub fn left_out(asked: &Content) -> Vec<AreaId> {
    AreaId::ALL
        .into_iter()
        .filter(|id| asked.area(*id).is_none_or(|a| a.partial))
        .collect()
}

/// The names of the areas that `asked` does not ask, in `locale`, for the results and the text
/// summary.
pub fn left_out_titles(asked: &Content, locale: Locale) -> Vec<String> {
    let full = Content::built_in();
    left_out(asked)
        .into_iter()
        .filter_map(|id| full.area(id))
        .map(|area| area.title.get(locale).to_owned())
        .collect()
}

/// A question in `locale`: as written in it, else in English, else in the first language it is
/// written in (a counsellor who writes only in Spanish still has their question asked).
fn worded(question: &Text, locale: Locale) -> &str {
    question
        .get_exact(locale)
        .or_else(|| question.get_exact(Locale::En))
        .or_else(|| Locale::ALL.iter().find_map(|&l| question.get_exact(l)))
        .unwrap_or("")
}

fn in_every_language<'a>(text: impl Fn(Locale) -> &'a str) -> Text {
    let pairs: Vec<(Locale, &str)> = Locale::ALL.iter().map(|&l| (l, text(l))).collect();
    Text::from_pairs(&pairs)
}
