//! The client's say in the results: which suggested places to start fit them, which they
//! would rather leave for now or take slowly, where they would like to begin, and, in their
//! own words, what does not fit.
//!
//! The results are worked out from the answers alone ([`super::scoring::score`] never sees
//! what is here), so nothing the client says can switch support first off, hide a warning sign
//! or make an area a strength: their say sits beside the results, marked as theirs, and goes
//! everywhere the results go. `tests/client_say.rs` proves it over generated answers and choices.
//!
//! Their hope for what will change and what they would rather take slowly are asked among the
//! reflections (`goals` and `go_slowly` in the questionnaire); [`hope_words`] and
//! [`slow_words`] read them for the results.

use super::answers::{Notes, MAX_NOTE_CHARS};
use super::content::{AreaId, Content, Key};
use super::i18n::{msg, vars, Msg, Strings};
use super::journey::Journey;
use super::json;
use super::scoring::Results;
use super::snapshot::{percent_decode, percent_encode};

/// The reflection that asks what the client hopes will change.
pub const HOPE_REFLECTION: &str = "goals";

/// The reflection that asks what the client would rather not do, or take slowly.
pub const SLOW_REFLECTION: &str = "go_slowly";

/// What the client says of one suggested place to start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fit {
    /// "This fits".
    Fits,
    /// "Not now".
    NotNow,
    /// "This doesn't fit me".
    NotForMe,
}

impl Fit {
    /// Every choice, in the order the results offer them.
    pub const ALL: [Fit; 3] = [Fit::Fits, Fit::NotNow, Fit::NotForMe];

    /// The stable id written in saved progress and the data file.
    pub fn as_str(self) -> &'static str {
        match self {
            Fit::Fits => "fits",
            Fit::NotNow => "not_now",
            Fit::NotForMe => "not_for_me",
        }
    }

    /// The choice an id names.
    pub fn from_id(id: &str) -> Option<Fit> {
        Fit::ALL.into_iter().find(|f| f.as_str() == id)
    }
}

/// Everything the client has said about the results. Empty until they choose something.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientSay {
    /// What they said of each area, sorted by area.
    fits: Vec<(AreaId, Fit)>,
    /// The areas they would like to take slowly, sorted.
    slow: Vec<AreaId>,
    /// Where they would like to begin: any area asked in full.
    pub begin_with: Option<AreaId>,
    /// "What doesn't fit?", in their words (at most [`MAX_NOTE_CHARS`] characters): private,
    /// like their notes.
    pub not_fit: String,
}

/// A change the client makes to their say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SayChange {
    /// Says how a place to start fits them (`None` takes the choice back).
    Fit(AreaId, Option<Fit>),
    /// Marks a place to start as one to take slowly, or not.
    Slow(AreaId, bool),
    /// Chooses where to begin (`None`: no choice).
    BeginWith(Option<AreaId>),
    /// Writes in the "What doesn't fit?" box.
    NotFit(String),
}

/// What the client said of one place to start the results suggest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaidOf {
    pub area: AreaId,
    pub fit: Option<Fit>,
    pub slow: bool,
}

impl ClientSay {
    /// What they said of `area`, if anything.
    pub fn fit(&self, area: AreaId) -> Option<Fit> {
        self.fits.iter().find(|(a, _)| *a == area).map(|(_, f)| *f)
    }

    /// Whether they would like to take `area` slowly.
    pub fn is_slow(&self, area: AreaId) -> bool {
        self.slow.contains(&area)
    }

    /// Every area they said something of, with what, sorted by area.
    pub fn fits(&self) -> impl Iterator<Item = (AreaId, Fit)> + '_ {
        self.fits.iter().copied()
    }

    /// Every area they would like to take slowly, sorted.
    pub fn slow_areas(&self) -> impl Iterator<Item = AreaId> + '_ {
        self.slow.iter().copied()
    }

    /// Whether they made any choice (their words aside).
    pub fn has_choices(&self) -> bool {
        !self.fits.is_empty() || !self.slow.is_empty() || self.begin_with.is_some()
    }

    /// Whether they said nothing at all.
    pub fn is_empty(&self) -> bool {
        !self.has_choices() && self.not_fit.is_empty()
    }

    /// What they said of each place to start `results` suggest, in the results' order.
    pub fn on(&self, results: &Results) -> Vec<SaidOf> {
        results
            .focus
            .iter()
            .map(|f| SaidOf {
                area: f.area,
                fit: self.fit(f.area),
                slow: self.is_slow(f.area),
            })
            .collect()
    }

    /// Whether what they said of the places `results` suggest, or where to begin, holds any
    /// choice: what the take-aways mark as theirs.
    pub fn chose_on(&self, results: &Results) -> bool {
        self.begin_with.is_some() || self.on(results).iter().any(|s| s.fit.is_some() || s.slow)
    }

    /// Their say after `change`, or `None` when it changes nothing or names an area this
    /// check-in did not ask in full.
    pub fn apply(&self, change: SayChange, content: &Content) -> Option<ClientSay> {
        let asked = |area: AreaId| content.area(area).is_some_and(|a| !a.partial);
        let mut next = self.clone();
        match change {
            SayChange::Fit(area, fit) => {
                if !asked(area) {
                    return None;
                }
                let at = next.fits.binary_search_by(|(a, _)| a.cmp(&area));
                match (at, fit) {
                    (Ok(at), Some(fit)) => next.fits[at].1 = fit,
                    (Ok(at), None) => {
                        next.fits.remove(at);
                    }
                    (Err(at), Some(fit)) => next.fits.insert(at, (area, fit)),
                    (Err(_), None) => {}
                }
            }
            SayChange::Slow(area, on) => {
                if !asked(area) {
                    return None;
                }
                match (next.slow.binary_search(&area), on) {
                    (Err(at), true) => next.slow.insert(at, area),
                    (Ok(at), false) => {
                        next.slow.remove(at);
                    }
                    _ => {}
                }
            }
            SayChange::BeginWith(area) => {
                if area.is_some_and(|a| !asked(a)) {
                    return None;
                }
                next.begin_with = area;
            }
            SayChange::NotFit(text) => {
                next.not_fit = text.chars().take(MAX_NOTE_CHARS).collect();
            }
        }
        (next != *self).then_some(next)
    }
}

/// The text of the client's note for the reflection `id`, when they wrote one.
fn words<'a>(notes: &'a Notes, id: &str) -> Option<&'a str> {
    let text = notes.get(&Key::from(id))?.text.trim();
    (!text.is_empty()).then_some(text)
}

/// What the client hopes will change, in their words, when they wrote it.
pub fn hope_words(notes: &Notes) -> Option<&str> {
    words(notes, HOPE_REFLECTION)
}

/// What the client would rather not do or take slowly, in their words, when they wrote it.
pub fn slow_words(notes: &Notes) -> Option<&str> {
    words(notes, SLOW_REFLECTION)
}

/// The version of saved progress that holds the client's say (see [`super::snapshot`]): saved
/// progress without it keeps version 1, so a build from before reads it as it always did.
pub const SAY_SNAPSHOT_VERSION: u32 = 2;

/// The lines saved progress holds for `say`: `f.<area>=<fit>`, `s.<area>=1`, `begin=<area>`
/// and `not_fit=<their words, percent-encoded>`.
pub(crate) fn snapshot_lines(say: &ClientSay) -> String {
    let mut out = String::new();
    for (area, fit) in say.fits() {
        out.push_str(&format!("f.{}={}\n", area.as_str(), fit.as_str()));
    }
    for area in say.slow_areas() {
        out.push_str(&format!("s.{}=1\n", area.as_str()));
    }
    if let Some(area) = say.begin_with {
        out.push_str(&format!("begin={}\n", area.as_str()));
    }
    if !say.not_fit.is_empty() {
        out.push_str(&format!("not_fit={}\n", percent_encode(&say.not_fit, b"")));
    }
    out
}

/// Reads one saved line of the client's say: `None` when `key` is not one of theirs, `Some(Err)`
/// when its value is not what [`snapshot_lines`] writes. An area this version does not know
/// reads as [`AreaId::Unknown`], which [`ClientSay::apply`] drops.
pub(crate) fn snapshot_change(key: &str, value: &str) -> Option<Result<SayChange, ()>> {
    let area = |id: &str| {
        let plain = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        plain.then(|| {
            AreaId::ALL
                .into_iter()
                .find(|a| a.as_str() == id)
                .unwrap_or(AreaId::Unknown)
        })
    };
    Some(match key {
        "begin" => area(value).map(|a| SayChange::BeginWith(Some(a))).ok_or(()),
        "not_fit" => percent_decode(value)
            .filter(|t| !t.is_empty())
            .map(SayChange::NotFit)
            .ok_or(()),
        _ => {
            if let Some(id) = key.strip_prefix("f.") {
                match (area(id), Fit::from_id(value)) {
                    (Some(a), Some(fit)) => Ok(SayChange::Fit(a, Some(fit))),
                    _ => Err(()),
                }
            } else if let Some(id) = key.strip_prefix("s.") {
                match (area(id), value) {
                    (Some(a), "1") => Ok(SayChange::Slow(a, true)),
                    _ => Err(()),
                }
            } else {
                return None;
            }
        }
    })
}

/// The interface string for a choice, as the results offer it.
pub fn fit_key(fit: Fit) -> Msg {
    match fit {
        Fit::Fits => msg::SAY_FITS,
        Fit::NotNow => msg::SAY_NOT_NOW,
        Fit::NotForMe => msg::SAY_NOT_FOR_ME,
    }
}

/// What the text summary says under one place to start of the client's say, marked as theirs:
/// their choice, whether they would take it slowly and, only with their notes, their words
/// about what to take slowly.
pub fn summary_focus_lines(
    journey: &Journey,
    area: AreaId,
    strings: &Strings,
    include_notes: bool,
) -> Vec<String> {
    let say = &journey.say;
    let mut lines = Vec::new();
    if let Some(fit) = say.fit(area) {
        let choice = strings.get(fit_key(fit));
        lines.push(strings.format(msg::SUMMARY_MY_CHOICE, vars::Choice { choice }));
    }
    if say.is_slow(area) {
        lines.push(strings.get(msg::SUMMARY_SLOW).to_owned());
        if let Some(words) = slow_words(&journey.notes).filter(|_| include_notes) {
            lines.push(strings.get(msg::SUMMARY_SLOW_WORDS).to_owned());
            lines.extend(words.lines().map(|l| format!("   {l}")));
        }
    }
    lines
}

/// The text summary's section of the client's own choices (after the places to start), or
/// nothing when they made none: where they would like to begin and, only with their notes,
/// what does not fit in their words.
pub fn summary_say_lines(
    content: &Content,
    journey: &Journey,
    results: &Results,
    strings: &Strings,
    include_notes: bool,
) -> Vec<String> {
    let say = &journey.say;
    let words = Some(say.not_fit.trim()).filter(|w| include_notes && !w.is_empty());
    if !say.chose_on(results) && words.is_none() {
        return Vec::new();
    }
    let mut lines = vec![strings.get(msg::SUMMARY_SAY_INTRO).to_owned()];
    if let Some(area) = say.begin_with.and_then(|a| content.area(a)) {
        let title = area.title.get(journey.locale);
        lines.push(strings.format(msg::SUMMARY_BEGIN, vars::Area { area: title }));
    }
    if let Some(words) = words {
        lines.push(strings.get(msg::SUMMARY_NOT_FIT).to_owned());
        lines.extend(words.lines().map(|l| format!("   {l}")));
    }
    lines
}

/// The data file's `client_say` field, after a comma: what the client said of each place to
/// start, in the results' order (`fit` is `null` when they chose nothing), where they would
/// like to begin, and, only with their notes, their "What doesn't fit?" words.
pub fn json_field(journey: &Journey, results: &Results, include_notes: bool) -> String {
    let say = &journey.say;
    let suggestions: Vec<String> = say
        .on(results)
        .iter()
        .map(|s| {
            format!(
                "{{\"area\":{},\"fit\":{},\"take_slowly\":{}}}",
                json::escape(s.area.as_str()),
                s.fit
                    .map_or("null".to_owned(), |f| json::escape(f.as_str())),
                s.slow
            )
        })
        .collect();
    let begin = say
        .begin_with
        .map_or("null".to_owned(), |a| json::escape(a.as_str()));
    let mut out = format!(
        ",\"client_say\":{{\"suggestions\":[{}],\"begin_with\":{begin}",
        suggestions.join(",")
    );
    if include_notes && !say.not_fit.trim().is_empty() {
        out.push_str(&format!(
            ",\"what_does_not_fit\":{}",
            json::escape(&say.not_fit)
        ));
    }
    out.push('}');
    out
}
