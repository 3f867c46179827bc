//! Scores, warning signs, "where to start", "what's already helping" and the safety flag, all
//! derived from (content, answers) and never stored.
//!
//! The care rules these keep, each proven over generated answers in `tests/properties.rs`:
//! support first is never switched off by skipping or by a harder answer; every present sign
//! is named; an area a present sign bears on is never a strength; whoever has a resource sees
//! it.
//!
//! `docs/scoring.md` explains every rule and threshold in terms of the model.

use super::answers::{Answers, Response};
use super::content::{
    AreaId, Condition, Content, FacetId, Item, ItemId, Key, Polarity, SignId, SCALE_POINTS,
};

/// The highest resource level an answer can show.
pub const MAX_LEVEL: u8 = (SCALE_POINTS - 1) as u8;

/// The resource level an answer shows, 0 (least) to 4 (most), reverse-scoring negative wording.
/// `None` for "prefer not to say".
pub fn level(item: &Item, response: Response) -> Option<u8> {
    match response {
        Response::PreferNot => None,
        Response::Choice(value) => {
            let value = value.min(MAX_LEVEL);
            Some(match item.polarity {
                Polarity::Positive => value,
                Polarity::Reverse => MAX_LEVEL - value,
            })
        }
    }
}

/// How an area (or facet) was answered and what it scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// Items asked in the area or facet, sign-only items included.
    pub total: usize,
    /// Items answered on the scale.
    pub answered: usize,
    /// Items answered "prefer not to say".
    pub prefer_not: usize,
    /// 0 to 100 from the items that measure a resource, or `None` when too few of those were
    /// answered to say ("not enough answers").
    pub score: Option<u8>,
}

impl Tally {
    /// Items left without any answer.
    pub fn skipped(&self) -> usize {
        self.total - self.answered - self.prefer_not
    }
}

/// One area's result.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaResult {
    pub area: AreaId,
    /// Asked only in part: the always-asked questions of a left-out area (`Area::partial`).
    /// Counted on the review; never scored, ranked or charted.
    pub partial: bool,
    pub tally: Tally,
    /// The kinds of resource inside the area, each with its own tally.
    pub facets: Vec<(FacetId, Tally)>,
}

/// A place to start, with why it was chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Focus {
    pub area: AreaId,
    pub score: u8,
    /// Signs present that bear on this area.
    pub signs: Vec<SignId>,
    /// The answers that pointed here, lowest resource first.
    pub evidence: Vec<ItemId>,
}

/// An area that is already helping, with the answers that show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Strength {
    pub area: AreaId,
    pub score: u8,
    /// The answers that show it, most resource first.
    pub evidence: Vec<ItemId>,
}

/// Everything the results screen shows, derived from the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Every area, in the model's order.
    pub areas: Vec<AreaResult>,
    /// Signs present, in the model's order, each with the answered items that showed it.
    pub signs: Vec<(SignId, Vec<ItemId>)>,
    /// Where to start, most needed first.
    pub focus: Vec<Focus>,
    /// What is already helping, strongest first. Never an area a present sign bears on.
    pub strengths: Vec<Strength>,
    /// The client's own answers at the resource end outside the strengths, most resource first:
    /// so whoever has a resource sees it, even when no area is strong.
    pub also_helping: Vec<ItemId>,
    /// Ids of the safety rules that hold, reading every question asked but not answered as an
    /// answer at the very hard end (`Reading::Cautious`); when any does, results lead with
    /// support information.
    pub safety: Vec<Key>,
    /// The rules among `safety` that hold on the answers given alone (`Reading::Answered`):
    /// what the support rests on when it is said. When `safety` holds more, questions left
    /// unanswered played a part, and the results say so.
    pub safety_answered: Vec<Key>,
}

/// How support first reads a question that was asked but not answered (skipped, or "prefer not
/// to say").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Left out, as the scores and the named signs leave it: only what was answered counts.
    Answered,
    /// As an answer at the very hard end. Declining can then never switch support off: a rule
    /// that answering a question at the hard end would make hold holds when it is declined.
    Cautious,
}

/// How present an area is, in words rather than a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Too few answers to say.
    NotEnough,
    /// Below `partly_at_least`.
    Less,
    /// From `partly_at_least` to below `strength_at_least`.
    Partly,
    /// At least `strength_at_least`, with no sign bearing on it.
    Strong,
    /// At least `strength_at_least`, but a present sign bears on it: never called strong.
    Mixed,
}

impl Results {
    /// Whether results should open with calm support information.
    pub fn needs_support_first(&self) -> bool {
        !self.safety.is_empty()
    }

    /// Whether support first rests, at least in part, on questions left unanswered: a rule holds
    /// only when they are read as hard.
    pub fn support_rests_on_unanswered(&self) -> bool {
        self.safety.len() > self.safety_answered.len()
    }

    /// The areas asked in full, in the model's order: what the chart and the take-aways list.
    pub fn charted(&self) -> impl Iterator<Item = &AreaResult> {
        self.areas.iter().filter(|a| !a.partial)
    }

    /// The areas asked in full where the client said "prefer not to say" to at least half of
    /// the questions: acknowledged gently in the results, never scored as low (such an area
    /// has too few answers to score).
    pub fn declined(&self) -> impl Iterator<Item = AreaId> + '_ {
        self.charted()
            .filter(|a| a.tally.prefer_not > 0 && a.tally.prefer_not * 2 >= a.tally.total)
            .map(|a| a.area)
    }

    /// The result for one area.
    pub fn area(&self, id: AreaId) -> Option<&AreaResult> {
        self.areas.iter().find(|a| a.area == id)
    }

    /// Whether a sign is present.
    pub fn has_sign(&self, id: SignId) -> bool {
        self.signs.iter().any(|(s, _)| *s == id)
    }

    /// The present signs that no place to start names, in the model's order: the results show
    /// them on their own, so no sign goes unsaid.
    pub fn signs_outside_focus(&self) -> impl Iterator<Item = SignId> + '_ {
        self.signs
            .iter()
            .map(|(s, _)| *s)
            .filter(|s| !self.focus.iter().any(|f| f.signs.contains(s)))
    }

    /// How present an area is, in words.
    pub fn level(&self, content: &Content, tally: &Tally, area: Option<AreaId>) -> Level {
        let rules = &content.rules;
        match tally.score {
            None => Level::NotEnough,
            Some(s) if s < rules.partly_at_least => Level::Less,
            Some(s) if s < rules.strength_at_least => Level::Partly,
            Some(_) if area.is_some_and(|a| sign_bears_on(content, &self.signs, a)) => Level::Mixed,
            Some(_) => Level::Strong,
        }
    }
}

/// Whether any present sign bears on `area`.
fn sign_bears_on(content: &Content, signs: &[(SignId, Vec<ItemId>)], area: AreaId) -> bool {
    signs
        .iter()
        .any(|(s, _)| content.sign(*s).is_some_and(|s| s.areas.contains(&area)))
}

/// Scores every area and derives signs, focus, strengths and safety.
pub fn score(content: &Content, answers: &Answers) -> Results {
    let areas: Vec<AreaResult> = content
        .areas
        .iter()
        .map(|area| AreaResult {
            area: area.id,
            partial: area.partial,
            tally: tally(content, answers, content.items_in(area.id), area.partial),
            facets: area
                .facets
                .iter()
                .map(|f| {
                    let items = content.scored_in(area.id).filter(|i| i.facet == Some(f.id));
                    (f.id, tally(content, answers, items, area.partial))
                })
                .collect(),
        })
        .collect();
    let signs = signs(content, answers, Reading::Answered);
    let focus = focus(content, answers, &areas, &signs);
    let strengths = strengths(content, answers, &areas, &signs);
    let also_helping = also_helping(content, answers, &strengths);
    let safety_answered = safety(content, answers, Reading::Answered);
    let safety = safety(content, answers, Reading::Cautious);
    Results {
        areas,
        signs,
        focus,
        strengths,
        also_helping,
        safety,
        safety_answered,
    }
}

/// Counts every item asked (so the review and the take-aways count what the client saw), and
/// scores only the items that measure a resource: sign-only items count as asked, not scored.
/// An area asked only in part (`Area::partial`) is never scored: a few questions kept for the
/// warning signs do not say how much of the area's resource there is.
fn tally<'a>(
    content: &Content,
    answers: &Answers,
    items: impl Iterator<Item = &'a Item>,
    partial: bool,
) -> Tally {
    let mut total = 0;
    let mut answered = 0;
    let mut prefer_not = 0;
    let mut scored = 0;
    let mut levels = Vec::new();
    for item in items {
        total += 1;
        scored += usize::from(!item.sign_only);
        match answers.get(&item.id) {
            Some(Response::PreferNot) => prefer_not += 1,
            Some(response) => {
                answered += 1;
                if !item.sign_only {
                    levels.extend(level(item, response));
                }
            }
            None => {}
        }
    }
    let counted = levels.len();
    let enough = !partial
        && scored > 0
        && counted as f64 >= content.rules.min_answered_share * scored as f64;
    let score = enough.then(|| {
        let sum: u32 = levels.iter().map(|&l| u32::from(l)).sum();
        // Rounded to the nearest whole point: 100 * mean level / 4.
        let scaled = (sum * 100 * 2 + counted as u32 * u32::from(MAX_LEVEL))
            / (2 * counted as u32 * u32::from(MAX_LEVEL));
        scaled.min(100) as u8
    });
    Tally {
        total,
        answered,
        prefer_not,
        score,
    }
}

/// The resource level of each answered item in `ids`, skipping unknown, skipped and "prefer not
/// to say" items.
fn levels_of<'a>(
    content: &'a Content,
    answers: &'a Answers,
    ids: impl Iterator<Item = &'a ItemId> + 'a,
) -> impl Iterator<Item = (&'a ItemId, u8)> + 'a {
    ids.filter_map(move |id| {
        let item = content.item(id)?;
        Some((id, level(item, answers.get(id)?)?))
    })
}

/// The signs whose questions lean to the hard end, read as `reading` says, each with the
/// answered items that showed it.
fn signs(content: &Content, answers: &Answers, reading: Reading) -> Vec<(SignId, Vec<ItemId>)> {
    SignId::ALL
        .iter()
        .filter_map(|&id| {
            let sign = content.sign(id)?;
            let levels = read(content, answers, sign.items.iter(), reading);
            let mean = mean(levels.iter().map(|(_, l)| *l))?;
            (mean <= content.rules.sign_at_most).then(|| {
                let shown = levels_of(content, answers, sign.items.iter());
                (id, shown.map(|(i, _)| i.clone()).collect())
            })
        })
        .collect()
}

/// The resource level of each item in `ids` that the content asks, as `reading` reads it: an
/// unanswered item is left out (`Answered`) or read at level 0 (`Cautious`).
fn read<'a>(
    content: &'a Content,
    answers: &'a Answers,
    ids: impl Iterator<Item = &'a ItemId> + 'a,
    reading: Reading,
) -> Vec<(&'a ItemId, u8)> {
    ids.filter_map(|id| {
        let item = content.item(id)?;
        match answers.get(id).and_then(|r| level(item, r)) {
            Some(level) => Some((id, level)),
            None => (reading == Reading::Cautious).then_some((id, 0)),
        }
    })
    .collect()
}

/// The mean of `levels`, or `None` when there are none.
fn mean(levels: impl Iterator<Item = u8>) -> Option<f64> {
    let (sum, count) = levels.fold((0u32, 0u32), |(s, c), l| (s + u32::from(l), c + 1));
    (count > 0).then(|| f64::from(sum) / f64::from(count))
}

fn focus(
    content: &Content,
    answers: &Answers,
    areas: &[AreaResult],
    signs: &[(SignId, Vec<ItemId>)],
) -> Vec<Focus> {
    let rules = &content.rules;
    let mut candidates: Vec<(i32, usize, Focus)> = areas
        .iter()
        .enumerate()
        .filter_map(|(order, result)| {
            let score = result.tally.score?;
            let area = content.area(result.area)?;
            let area_signs: Vec<SignId> = signs
                .iter()
                .filter(|(s, _)| content.sign(*s).is_some_and(|s| s.areas.contains(&area.id)))
                .map(|(s, _)| *s)
                .collect();
            // A sign is direct evidence of a missing piece, so its areas are candidates
            // whatever they score.
            if score > rules.focus_at_most && area_signs.is_empty() {
                return None;
            }
            // Signs and stabilising areas come forward by a few points, so they win near-ties
            // but never jump ahead of a clearly less resourced area.
            let mut key = i32::from(score);
            if !area_signs.is_empty() {
                key -= i32::from(rules.sign_bonus);
            }
            if area.stabilising {
                key -= i32::from(rules.stabilising_bonus);
            }
            // Lowest level first; equal levels keep the questionnaire's order.
            let mut evidence: Vec<(u8, usize, &ItemId)> =
                levels_of(content, answers, content.items_in(area.id).map(|i| &i.id))
                    .enumerate()
                    .map(|(n, (id, level))| (level, n, id))
                    .collect();
            sort(&mut evidence);
            // The answers at the hard end; when there are none (an area in the middle), the
            // answers in the middle, so every place to start says what pointed there.
            let hard = evidence
                .first()
                .is_some_and(|(l, _, _)| *l <= rules.hard_end_at_most);
            let cut = if hard {
                rules.hard_end_at_most
            } else {
                rules.resource_end_at_least - 1
            };
            let evidence = evidence
                .into_iter()
                .filter(|(l, _, _)| *l <= cut)
                .take(rules.quotes_max)
                .map(|(_, _, i)| i.clone())
                .collect();
            Some((
                key,
                order,
                Focus {
                    area: area.id,
                    score,
                    signs: area_signs,
                    evidence,
                },
            ))
        })
        .collect();
    sort_by_key(&mut candidates, |(key, order, _)| (*key, *order));
    candidates
        .into_iter()
        .take(rules.focus_max)
        .map(|(_, _, f)| f)
        .collect()
}

fn strengths(
    content: &Content,
    answers: &Answers,
    areas: &[AreaResult],
    signs: &[(SignId, Vec<ItemId>)],
) -> Vec<Strength> {
    let mut found: Vec<(usize, Strength)> = areas
        .iter()
        .enumerate()
        .filter_map(|(order, result)| {
            let score = result.tally.score?;
            // An area a present sign bears on is never called a strength.
            if score < content.rules.strength_at_least || sign_bears_on(content, signs, result.area)
            {
                return None;
            }
            let evidence = resource_answers(content, answers, content.scored_in(result.area))
                .into_iter()
                .take(content.rules.quotes_max)
                .collect();
            Some((
                order,
                Strength {
                    area: result.area,
                    score,
                    evidence,
                },
            ))
        })
        .collect();
    sort_by_key(&mut found, |(order, s)| {
        (std::cmp::Reverse(s.score), *order)
    });
    found
        .into_iter()
        .take(content.rules.strength_max)
        .map(|(_, s)| s)
        .collect()
}

/// The answers at the resource end (`resource_end_at_least` and above) among `items`: most
/// resource first, then positively worded statements ("I can ...") before the absence of a
/// struggle, then the questionnaire's order.
fn resource_answers<'a>(
    content: &Content,
    answers: &Answers,
    items: impl Iterator<Item = &'a Item>,
) -> Vec<ItemId> {
    let mut found: Vec<(std::cmp::Reverse<u8>, bool, usize, &ItemId)> = items
        .enumerate()
        .filter_map(|(n, item)| {
            let level = level(item, answers.get(&item.id)?)?;
            (level >= content.rules.resource_end_at_least).then_some((
                std::cmp::Reverse(level),
                item.polarity == Polarity::Reverse,
                n,
                &item.id,
            ))
        })
        .collect();
    sort(&mut found);
    found.into_iter().map(|(.., id)| id.clone()).collect()
}

/// The client's answers at the resource end in areas not already named as strengths. Statements
/// of a resource ("I can ...") are quoted; the absence of a struggle ("I feel alone ..." — "Not
/// at all") only when no such statement was answered at the resource end, so a quote always
/// reads as something the client has.
fn also_helping(content: &Content, answers: &Answers, strengths: &[Strength]) -> Vec<ItemId> {
    let outside = |polarity| {
        content
            .items
            .iter()
            .filter(move |i| i.polarity == polarity && !strengths.iter().any(|s| s.area == i.area))
    };
    let mut found = resource_answers(content, answers, outside(Polarity::Positive));
    if found.is_empty() {
        found = resource_answers(content, answers, outside(Polarity::Reverse));
    }
    found.truncate(content.rules.also_helping_max);
    found
}

/// Sorts a short list (an area's items, or the areas) by `key`, keeping equal keys in order.
/// An insertion sort: the lists here hold a handful of entries, and it is far smaller in the
/// widget's download than the standard library's sorts.
fn sort_by_key<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    for end in 1..list.len() {
        let mut at = end;
        while at > 0 && key(&list[at - 1]) > key(&list[at]) {
            list.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts a short list by its entries' own order (see [`sort_by_key`]).
fn sort<T: Ord + Copy>(list: &mut [T]) {
    sort_by_key(list, |entry| *entry);
}

fn safety(content: &Content, answers: &Answers, reading: Reading) -> Vec<Key> {
    let signs = signs(content, answers, reading);
    content
        .safety
        .iter()
        .filter(|rule| {
            !rule.when_all.is_empty()
                && rule
                    .when_all
                    .iter()
                    .all(|condition| holds(content, answers, &signs, condition, reading))
        })
        .map(|rule| rule.id.clone())
        .collect()
}

fn holds(
    content: &Content,
    answers: &Answers,
    signs: &[(SignId, Vec<ItemId>)],
    condition: &Condition,
    reading: Reading,
) -> bool {
    match condition {
        Condition::Sign { sign } => signs.iter().any(|(s, _)| s == sign),
        Condition::Item { item, at_most } => read(content, answers, std::iter::once(item), reading)
            .first()
            .is_some_and(|(_, l)| l <= at_most),
        Condition::Signs { signs_at_least } => signs.len() >= *signs_at_least,
        Condition::Area {
            area,
            mean_level_at_most,
        } => {
            let ids = content.items_in(*area).map(|i| &i.id);
            hard_end_mean(content, &read(content, answers, ids, reading))
                .is_some_and(|m| m <= *mean_level_at_most)
        }
        Condition::Areas {
            areas_share_at_least,
            mean_level_at_most,
        } => {
            let means: Vec<f64> = content
                .areas
                .iter()
                .filter_map(|a| {
                    let ids = content.items_in(a.id).map(|i| &i.id);
                    hard_end_mean(content, &read(content, answers, ids, reading))
                })
                .collect();
            let low = means.iter().filter(|m| **m <= *mean_level_at_most).count();
            !means.is_empty() && low as f64 >= areas_share_at_least * means.len() as f64
        }
        Condition::Leans {
            mean_level_at_most,
            resource_share_at_most,
        } => {
            let levels = read(
                content,
                answers,
                content.items.iter().map(|i| &i.id),
                reading,
            );
            let resource = levels
                .iter()
                .filter(|(_, l)| *l >= content.rules.resource_end_at_least)
                .count();
            hard_end_mean(content, &levels).is_some_and(|m| {
                m <= *mean_level_at_most
                    && resource as f64 <= resource_share_at_most * levels.len() as f64
            })
        }
    }
}

/// The mean resource level of `levels`, every level at the hard end counted as its top
/// (`hard_end_at_most`), sign-only items included (they are answers about that part of life
/// too). Over many questions, how much sits at the hard end matters, not how far into it: so
/// "mostly not true" weighs the same as "not true at all", and an answer cannot lower the mean
/// more than declining it does. `None` when `levels` is empty.
fn hard_end_mean(content: &Content, levels: &[(&ItemId, u8)]) -> Option<f64> {
    let floor = content.rules.hard_end_at_most;
    mean(levels.iter().map(|(_, l)| (*l).max(floor)))
}
