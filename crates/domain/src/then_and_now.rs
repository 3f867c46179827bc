//! Then and now: an earlier check-in (its data file or its private link) beside this one. For
//! each area, in words, what was there then and what is there now; which signs have eased and
//! which have appeared, each named as plainly as the other; and what the client chose then.
//!
//! There is no progress score and no verdict. The earlier answers are scored again by today's
//! questionnaire and rules, so both sides are read the same way; this check-in's results,
//! support first among them, come from this check-in's answers alone ([`compare`] only reads
//! them). `tests/then_and_now.rs` proves it.

use std::fmt;

use super::answers::{Answers, Response};
use super::client_say::{ClientSay, Fit, SayChange};
use super::content::{AreaId, Content, ItemId, SignId, SCALE_POINTS};
use super::json::{self, Json};
use super::scoring::{score, Level, Results};
use super::share;
use super::summary::{EXPORT_SCHEMA, EXPORT_VERSION};
use super::text::Date;

/// An earlier check-in, read from its data file or its link.
#[derive(Clone, Debug, PartialEq)]
pub struct Earlier {
    pub answers: Answers,
    /// What the client chose then (empty for a data file before version 3, or a link without
    /// choices).
    pub say: ClientSay,
    /// The date the data file was made, as written in it (a link carries none).
    pub date: Option<String>,
}

/// Why an earlier check-in cannot be opened, said plainly to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlierProblem {
    /// The file or text is not a check-in's data file or link.
    NotACheckIn,
    /// The data file was made by a newer version of the check-in than this one.
    Newer,
    /// The data file or link is damaged: cut short, changed, or with values out of range.
    Damaged,
    /// The check-in was made with other questions: none of its answers are to this one's.
    OtherQuestions,
}

impl fmt::Display for EarlierProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EarlierProblem::NotACheckIn => "this is not a check-in's data file or link",
            EarlierProblem::Newer => "the data file was made by a newer version",
            EarlierProblem::Damaged => "the data file or link is damaged",
            EarlierProblem::OtherQuestions => "the check-in was made with other questions",
        })
    }
}

/// Reads an earlier check-in from its data file (`docs/export-schema.md`, any version from 1
/// to this one's). Answers to questions this questionnaire no longer asks are left out.
pub fn from_data_file(text: &str, content: &Content) -> Result<Earlier, EarlierProblem> {
    let doc = json::parse(text.trim_start_matches('\u{feff}'))
        .map_err(|_| EarlierProblem::NotACheckIn)?;
    if doc.get("schema").and_then(Json::as_str) != Some(EXPORT_SCHEMA) {
        return Err(EarlierProblem::NotACheckIn);
    }
    match doc.get("version") {
        Some(Json::Number(v))
            if *v >= 1.0 && *v <= f64::from(EXPORT_VERSION) && v.fract() == 0.0 => {}
        Some(Json::Number(v)) if *v > f64::from(EXPORT_VERSION) => {
            return Err(EarlierProblem::Newer)
        }
        _ => return Err(EarlierProblem::Damaged),
    }
    let Some(Json::Object(given)) = doc.get("answers") else {
        return Err(EarlierProblem::Damaged);
    };
    let mut answers = Answers::new();
    for (id, value) in given {
        let response = match value {
            Json::String(s) if s == "prefer_not" => Response::PreferNot,
            Json::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n < SCALE_POINTS as f64 => {
                Response::Choice(*n as u8)
            }
            _ => return Err(EarlierProblem::Damaged),
        };
        let item = ItemId(id.clone().into());
        if content.item(&item).is_some() {
            answers.set(item, response);
        }
    }
    if answers.is_empty() && !given.is_empty() {
        return Err(EarlierProblem::OtherQuestions);
    }
    let say = doc
        .get("client_say")
        .map(|say| read_say(say, content))
        .unwrap_or_default();
    let date = doc.get("date").and_then(Json::as_str).map(str::to_owned);
    Ok(Earlier { answers, say, date })
}

/// The client's choices in a version 3 data file; anything unreadable is left out.
fn read_say(doc: &Json, content: &Content) -> ClientSay {
    let area = |v: Option<&Json>| {
        let id = v.and_then(Json::as_str)?;
        AreaId::ALL.into_iter().find(|a| a.as_str() == id)
    };
    let mut changes = Vec::new();
    if let Some(Json::Array(suggestions)) = doc.get("suggestions") {
        for s in suggestions {
            let Some(a) = area(s.get("area")) else {
                continue;
            };
            let fit = s.get("fit").and_then(Json::as_str).and_then(Fit::from_id);
            changes.push(SayChange::Fit(a, fit));
            changes.push(SayChange::Slow(
                a,
                s.get("take_slowly") == Some(&Json::Bool(true)),
            ));
        }
    }
    changes.push(SayChange::BeginWith(area(doc.get("begin_with"))));
    changes
        .into_iter()
        .fold(ClientSay::default(), |say, change| {
            say.apply(change, content).unwrap_or(say)
        })
}

/// Reads an earlier check-in from its private link: the whole address, or only the part after
/// `#` (a link made by a widget with its own id too).
pub fn from_link(text: &str, content: &Content) -> Result<Earlier, EarlierProblem> {
    let text = text.trim();
    let fragment = text.rsplit_once('#').map_or(text, |(_, f)| f);
    let fragment = match fragment.strip_prefix("w~") {
        Some(rest) => rest.split_once('~').map_or(rest, |(_, f)| f),
        None => fragment,
    };
    match share::decode_with_say(fragment, content) {
        Ok((answers, _, say)) => Ok(Earlier {
            answers,
            say,
            date: None,
        }),
        Err(share::ShareError::NotAShareLink) => Err(EarlierProblem::NotACheckIn),
        Err(share::ShareError::OtherQuestionnaire) => Err(EarlierProblem::OtherQuestions),
        Err(share::ShareError::Version { found }) if found > share::SAY_SHARE_VERSION => {
            Err(EarlierProblem::Newer)
        }
        Err(_) => Err(EarlierProblem::Damaged),
    }
}

/// Reads what the client gave: a data file's text, else a link.
pub fn open(text: &str, content: &Content) -> Result<Earlier, EarlierProblem> {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
    {
        from_data_file(text, content)
    } else {
        from_link(text, content)
    }
}

/// One area then and now, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaThenNow {
    pub area: AreaId,
    pub then: Level,
    pub now: Level,
}

/// An earlier check-in beside this one.
#[derive(Clone, Debug, PartialEq)]
pub struct ThenAndNow {
    /// Every area asked in full now, in the model's order.
    pub areas: Vec<AreaThenNow>,
    /// Signs the answers suggested then and do not now.
    pub eased: Vec<SignId>,
    /// Signs the answers suggest now and did not then: named as plainly as those that eased.
    pub appeared: Vec<SignId>,
    /// Signs suggested both then and now.
    pub still: Vec<SignId>,
    /// The places to start then, in their order.
    pub then_focus: Vec<AreaId>,
    /// What the client chose then.
    pub then_say: ClientSay,
    /// Whether support came first then (said only as a fact about then, never a verdict).
    pub then_support: bool,
    /// Whether anything seems harder now: a sign appeared, or an area is less there.
    pub harder_now: bool,
}

/// The order of the level words, least there first, for saying whether an area is less there
/// now; `None` when either side had too few answers to say.
fn rank(level: Level) -> Option<u8> {
    match level {
        Level::NotEnough => None,
        Level::Less => Some(0),
        Level::Partly => Some(1),
        Level::Mixed | Level::Strong => Some(2),
    }
}

/// Lays `earlier` beside this check-in's results `now` (worked out from this check-in's answers
/// alone, and only read here).
pub fn compare(content: &Content, earlier: &Earlier, now: &Results) -> ThenAndNow {
    let then = score(content, &earlier.answers);
    let areas: Vec<AreaThenNow> = now
        .charted()
        .map(|n| {
            let then_level = then.area(n.area).map_or(Level::NotEnough, |t| {
                then.level(content, &t.tally, Some(n.area))
            });
            AreaThenNow {
                area: n.area,
                then: then_level,
                now: now.level(content, &n.tally, Some(n.area)),
            }
        })
        .collect();
    let had = |r: &Results, s: SignId| r.has_sign(s);
    let eased: Vec<SignId> = then
        .signs
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| !had(now, *s))
        .collect();
    let appeared: Vec<SignId> = now
        .signs
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| !had(&then, *s))
        .collect();
    let still: Vec<SignId> = now
        .signs
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| had(&then, *s))
        .collect();
    let lower = areas
        .iter()
        .any(|a| matches!((rank(a.then), rank(a.now)), (Some(t), Some(n)) if n < t));
    ThenAndNow {
        harder_now: !appeared.is_empty() || lower,
        areas,
        eased,
        appeared,
        still,
        then_focus: then.focus.iter().map(|f| f.area).collect(),
        then_say: earlier.say.clone(),
        then_support: then.needs_support_first(),
    }
}

/// The date a data file names, when it is written `YYYY-MM-DD` as the widget writes it.
pub fn iso_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return None;
    }
    let date = Date {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    ((1..=12).contains(&date.month) && (1..=31).contains(&date.day)).then_some(date)
}
