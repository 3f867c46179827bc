//! The questionnaire as typed data: areas, items, warning signs, reflections and the scoring rules.
//!
//! Content lives in `content/questionnaire.json` and is embedded at build time. It is parsed in two
//! stages, as input usually is: serde turns JSON into these raw structs, then [`Content::validate`]
//! checks the cross-references serde cannot (every id unique, every reference known, enough items per
//! area) and reports every problem at once, so a content editor fixes a file in one pass.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use super::text::{Locale, Text};

/// The questionnaire file shipped with the widget.
pub const BUILT_IN: &str = include_str!("../../../content/questionnaire.json");

/// The six resourcing areas, in the order the model lists them.
///
/// The order matters: full ties in "where to start" keep it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaId {
    Hope,
    RelationalSupport,
    DevelopingResources,
    MindfulAttitude,
    SelfCompassion,
    PositiveExperiences,
    /// An id this version does not know; validation reports it.
    #[serde(other)]
    Unknown,
}

impl AreaId {
    /// Every area, in the model's order.
    pub const ALL: [AreaId; 6] = [
        AreaId::Hope,
        AreaId::RelationalSupport,
        AreaId::DevelopingResources,
        AreaId::MindfulAttitude,
        AreaId::SelfCompassion,
        AreaId::PositiveExperiences,
    ];

    /// The stable id used in content files, snapshots and links.
    pub fn as_str(self) -> &'static str {
        match self {
            AreaId::Hope => "hope",
            AreaId::RelationalSupport => "relational_support",
            AreaId::DevelopingResources => "developing_resources",
            AreaId::MindfulAttitude => "mindful_attitude",
            AreaId::SelfCompassion => "self_compassion",
            AreaId::PositiveExperiences => "positive_experiences",
            AreaId::Unknown => "unknown",
        }
    }
}

/// The four kinds of resource inside "developing resources".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacetId {
    Somatic,
    Imagery,
    CurrentField,
    Forgotten,
    /// An id this version does not know; validation reports it.
    #[serde(other)]
    Unknown,
}

impl FacetId {
    /// Every facet, in the model's order.
    pub const ALL: [FacetId; 4] = [
        FacetId::Somatic,
        FacetId::Imagery,
        FacetId::CurrentField,
        FacetId::Forgotten,
    ];

    /// The stable id used in content files.
    pub fn as_str(self) -> &'static str {
        match self {
            FacetId::Somatic => "somatic",
            FacetId::Imagery => "imagery",
            FacetId::CurrentField => "current_field",
            FacetId::Forgotten => "forgotten",
            FacetId::Unknown => "unknown",
        }
    }
}

/// The eight warning signs, the "missing pieces".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignId {
    LostHope,
    Isolation,
    SelfCriticalVoice,
    RefusesSelfCompassion,
    UnmanagedDistress,
    ShuttingDown,
    Overload,
    DiscountingStrengths,
    /// An id this version does not know; validation reports it.
    #[serde(other)]
    Unknown,
}

impl SignId {
    /// Every sign, in the model's order.
    pub const ALL: [SignId; 8] = [
        SignId::LostHope,
        SignId::Isolation,
        SignId::SelfCriticalVoice,
        SignId::RefusesSelfCompassion,
        SignId::UnmanagedDistress,
        SignId::ShuttingDown,
        SignId::Overload,
        SignId::DiscountingStrengths,
    ];

    /// The stable id used in content files.
    pub fn as_str(self) -> &'static str {
        match self {
            SignId::LostHope => "lost_hope",
            SignId::Isolation => "isolation",
            SignId::SelfCriticalVoice => "self_critical_voice",
            SignId::RefusesSelfCompassion => "refuses_self_compassion",
            SignId::UnmanagedDistress => "unmanaged_distress",
            SignId::ShuttingDown => "shutting_down",
            SignId::Overload => "overload",
            SignId::DiscountingStrengths => "discounting_strengths",
            SignId::Unknown => "unknown",
        }
    }
}

/// A stable item id, such as `hope_future`. The built-in questionnaire's ids are borrowed from
/// the widget's own data; ids read at run time (saved answers, links) are owned.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub Cow<'static, str>);

impl ItemId {
    /// Borrows the id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for ItemId {
    fn from(id: &str) -> Self {
        ItemId(Cow::Owned(id.to_owned()))
    }
}

/// A stable id for a scale, a choice or a reflection (borrowed or owned, as [`ItemId`]).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct Key(pub Cow<'static, str>);

impl From<&str> for Key {
    fn from(key: &str) -> Self {
        Key(Cow::Owned(key.to_owned()))
    }
}

impl Key {
    /// Borrows the key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A list in the questionnaire: borrowed from the widget's own data for the built-in
/// questionnaire (which is then built without copying anything), owned when read from a file.
pub type List<T> = Cow<'static, [T]>;

/// The whole questionnaire.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Content format version; bumped when the shape changes.
    pub version: u32,
    /// Response scales that items refer to by id.
    pub scales: List<Scale>,
    /// The label of the "prefer not to say" choice every item offers.
    pub prefer_not: Text,
    /// The six areas, in the model's order.
    pub areas: List<Area>,
    /// Every scored statement.
    pub items: List<Item>,
    /// The eight warning signs.
    pub signs: List<Sign>,
    /// Optional, unscored questions for the client's own words.
    pub reflections: List<Reflection>,
    /// Numbers the scoring uses.
    pub rules: Rules,
    /// When the results should lead with calm support information.
    pub safety: List<SafetyRule>,
}

/// Whether a scale asks how much the client agrees or how often something happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScaleKind {
    Agreement,
    Frequency,
}

/// A five-point response scale. A choice's value is its position, 0 to 4.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: Key,
    pub kind: ScaleKind,
    /// From the lowest value (0) to the highest (4).
    pub choices: List<Choice>,
}

/// One point on a scale.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Key,
    pub label: Text,
}

/// One resourcing area.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: AreaId,
    /// Short name, such as "Holding hope".
    pub title: Text,
    /// One or two sentences shown above this area's questions.
    pub intro: Text,
    /// What this area is about, shown when it is a place to start.
    pub description: Text,
    /// Said when this area is one of the client's strengths.
    pub strength: Text,
    /// Gentle things to try before the first session, in the order they are offered: the first
    /// [`TIPS_SHOWN`] whose assumptions hold are shown (`domain::tips`). At least one assumes
    /// nothing, so every area always has something to try.
    pub try_first: List<Tip>,
    /// A question the client might bring to the counsellor.
    pub ask: Text,
    /// Whether the model says this area steadies a person before harder work.
    #[serde(default)]
    pub stabilising: bool,
    /// The kinds of resource inside the area (only "developing resources" has them).
    #[serde(default)]
    pub facets: List<Facet>,
    /// Set by the counsellor's choices, never by the file: the area was left out, and only its
    /// questions that support first and the warning signs always need are asked
    /// (`choices::apply`). Such an area is not scored, ranked or charted.
    #[serde(skip)]
    pub partial: bool,
}

/// One gentle thing to try, and the answers it leans on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    pub text: Text,
    /// The items this tip takes for granted: "write down one thing you look forward to" takes
    /// "I look forward to something" for granted. When any of them was answered at the hard end
    /// (`hard_end_at_most`), the tip would contradict the client, so it is not shown.
    #[serde(default)]
    pub assumes: List<ItemId>,
}

/// One kind of resource inside an area.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facet {
    pub id: FacetId,
    pub title: Text,
    pub description: Text,
}

/// Whether agreeing with an item means more resource or less.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// A higher choice means more resource ("I can find moments of calm").
    Positive,
    /// A higher choice means less resource ("I shut down when things get hard").
    Reverse,
}

/// One scored statement.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: ItemId,
    pub area: AreaId,
    #[serde(default)]
    pub facet: Option<FacetId>,
    /// The id of the scale this item is answered on.
    pub scale: Key,
    pub polarity: Polarity,
    pub text: Text,
    /// Asked and used for warning signs only, not counted in its area's score: it measures a
    /// load or a struggle ("I shut down when things get hard"), not how much of a resource the
    /// client has.
    #[serde(default)]
    pub sign_only: bool,
}

/// One warning sign: a missing piece the answers can point to.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sign {
    pub id: SignId,
    /// Short, non-clinical name, such as "Feeling alone with it".
    pub title: Text,
    /// A gentle sentence on what the answers suggest.
    pub description: Text,
    /// The items whose answers show this sign.
    pub items: List<ItemId>,
    /// The areas this sign bears on.
    pub areas: List<AreaId>,
    /// Whether the sign's questions are asked whatever areas the counsellor leaves out, so no
    /// choice of areas can stop the check-in noticing it.
    #[serde(default)]
    pub always_asked: bool,
}

/// An optional, unscored question.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    pub id: Key,
    pub prompt: Text,
    /// A short line under the prompt.
    pub hint: Text,
    /// Tick-box options; empty for a free-text question. Free text is always offered too.
    #[serde(default)]
    pub options: List<Choice>,
}

/// The numbers scoring works with. `docs/scoring.md` explains each one.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// An area needs at least this share of its items answered to be scored (0 to 1).
    pub min_answered_share: f64,
    /// A sign shows when the mean resource level (0 to 4) of its answered items is at most this.
    pub sign_at_most: f64,
    /// Only areas scoring at most this (0 to 100) can be a place to start.
    pub focus_at_most: u8,
    /// How many places to start, at most.
    pub focus_max: usize,
    /// Points an area moves forward in "where to start" when a sign bears on it.
    pub sign_bonus: u8,
    /// Points a stabilising area moves forward in "where to start".
    pub stabilising_bonus: u8,
    /// Areas scoring at least this (0 to 100) count as already helping.
    pub strength_at_least: u8,
    /// How many strengths to name, at most.
    pub strength_max: usize,
    /// Areas scoring at least this (0 to 100), and below `strength_at_least`, read "partly
    /// there"; below it, "less there right now".
    pub partly_at_least: u8,
    /// How many of the client's own answers at the resource end to quote outside the strengths,
    /// at most.
    pub also_helping_max: usize,
    /// Answers at this resource level (0 to 4) or below are the hard end of the scale: a place
    /// to start quotes them as what pointed there.
    pub hard_end_at_most: u8,
    /// Answers at this resource level (0 to 4) or above are the resource end: a strength quotes
    /// them, and so does "what is already helping".
    pub resource_end_at_least: u8,
    /// How many of the client's answers a place to start or a strength quotes, at most.
    pub quotes_max: usize,
    /// Seconds a client needs for one item, on average: the welcome screen's time estimate.
    pub seconds_per_item: usize,
}

/// A content-defined condition under which results open with calm support information.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyRule {
    pub id: Key,
    /// What the rule rests on, in plain words, for the support the results lead with.
    pub reason: Text,
    /// Every condition must hold.
    pub when_all: List<Condition>,
}

/// One condition in a safety rule. Support first reads the answers cautiously
/// (`scoring::Reading::Cautious`): a question asked but not answered (skipped or declined)
/// counts as an answer at the very hard end, so declining can never switch support off, and
/// moving any answer towards the hard end never makes a condition false (`tests/care.rs`).
/// Means over areas and over everything asked count levels 0 and 1 alike, as the hard end, so
/// "mostly" and "not at all" weigh the same there.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Condition {
    /// The sign's questions lean to the hard end (`sign_at_most`).
    Sign { sign: SignId },
    /// The item's resource level (0 to 4) is at most this.
    Item { item: ItemId, at_most: u8 },
    /// At least this many signs' questions lean to the hard end.
    Signs { signs_at_least: usize },
    /// The mean resource level (0 to 4) of the area's items is at most this.
    Area {
        area: AreaId,
        mean_level_at_most: f64,
    },
    /// Of the areas asked, at least this share (0 to 1) have a mean resource
    /// level at most `mean_level_at_most`.
    Areas {
        areas_share_at_least: f64,
        mean_level_at_most: f64,
    },
    /// Across every item asked, the mean resource level is at most `mean_level_at_most` and at
    /// most `resource_share_at_most` (0 to 1) of the items were answered at the resource end.
    Leans {
        mean_level_at_most: f64,
        resource_share_at_most: f64,
    },
}

/// How many things to try a place to start shows, at most.
pub const TIPS_SHOWN: usize = 2;
/// How many items an area must have, and each facet.
pub const MIN_ITEMS_PER_AREA: usize = 3;
/// How many items each facet of "developing resources" must have.
pub const MIN_ITEMS_PER_FACET: usize = 2;
/// The number of points on every scale.
pub const SCALE_POINTS: usize = 5;

/// One problem found in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    /// The file is not valid JSON of the expected shape.
    Parse(String),
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    UnknownArea {
        item: String,
    },
    UnknownScale {
        item: String,
        scale: String,
    },
    UnknownItem {
        sign: &'static str,
        item: String,
    },
    MissingArea {
        area: &'static str,
    },
    MissingSign {
        sign: &'static str,
    },
    TooFewItems {
        area: &'static str,
        found: usize,
        needed: usize,
    },
    TooFewFacetItems {
        facet: &'static str,
        found: usize,
        needed: usize,
    },
    FacetOutsideArea {
        item: String,
    },
    SignWithoutItems {
        sign: &'static str,
    },
    SignWithoutAreas {
        sign: &'static str,
    },
    WrongScaleLength {
        scale: String,
        found: usize,
    },
    MissingText {
        at: String,
        locale: &'static str,
    },
    BadRule {
        rule: &'static str,
        problem: &'static str,
    },
    UnknownSafetyItem {
        rule: String,
        item: String,
    },
    /// A sign-only item that is misused.
    SignOnlyItem {
        item: String,
        problem: &'static str,
    },
    /// A thing to try that leans on an item the questionnaire does not have.
    UnknownTipItem {
        area: &'static str,
        item: String,
    },
    /// An area whose every thing to try leans on some answer, so a client could be left with
    /// nothing to try.
    NoPlainTip {
        area: &'static str,
    },
    /// An area, facet or sign id this version does not know.
    UnknownId {
        kind: &'static str,
        at: String,
    },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Parse(e) => write!(f, "content is not valid: {e}"),
            ContentError::DuplicateId { kind, id } => write!(f, "{kind} id {id:?} is used twice"),
            ContentError::UnknownArea { item } => write!(f, "item {item:?} names an unknown area"),
            ContentError::UnknownScale { item, scale } => {
                write!(f, "item {item:?} uses unknown scale {scale:?}")
            }
            ContentError::UnknownItem { sign, item } => {
                write!(f, "sign {sign:?} names unknown item {item:?}")
            }
            ContentError::MissingArea { area } => write!(f, "area {area:?} is missing"),
            ContentError::MissingSign { sign } => write!(f, "sign {sign:?} is missing"),
            ContentError::TooFewItems {
                area,
                found,
                needed,
            } => write!(f, "area {area:?} has {found} items; it needs {needed}"),
            ContentError::TooFewFacetItems {
                facet,
                found,
                needed,
            } => write!(f, "facet {facet:?} has {found} items; it needs {needed}"),
            ContentError::FacetOutsideArea { item } => write!(
                f,
                "item {item:?} has a facet but its area has no such facet"
            ),
            ContentError::SignWithoutItems { sign } => write!(f, "sign {sign:?} has no items"),
            ContentError::SignWithoutAreas { sign } => write!(f, "sign {sign:?} names no area"),
            ContentError::WrongScaleLength { scale, found } => write!(
                f,
                "scale {scale:?} has {found} choices; it needs {SCALE_POINTS}"
            ),
            ContentError::MissingText { at, locale } => {
                write!(f, "{at} has no {locale} text")
            }
            ContentError::BadRule { rule, problem } => write!(f, "rule {rule:?} {problem}"),
            ContentError::UnknownSafetyItem { rule, item } => {
                write!(f, "safety rule {rule:?} names unknown item {item:?}")
            }
            ContentError::SignOnlyItem { item, problem } => {
                write!(f, "sign-only item {item:?} {problem}")
            }
            ContentError::UnknownTipItem { area, item } => {
                write!(f, "a thing to try in area {area:?} assumes unknown item {item:?}")
            }
            ContentError::NoPlainTip { area } => write!(
                f,
                "area {area:?} has no thing to try that assumes nothing; add one, so every client has one"
            ),
            ContentError::UnknownId { kind, at } => write!(f, "{at} has an unknown {kind} id"),
        }
    }
}

impl Content {
    /// Parses and validates a content file, returning every problem found.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        let content: Content =
            serde_json::from_str(json).map_err(|e| vec![ContentError::Parse(e.to_string())])?;
        let problems = content.validate();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(problems)
        }
    }

    /// Every cross-reference problem in the content, in file order.
    pub fn validate(&self) -> Vec<ContentError> {
        let mut problems = Vec::new();
        self.check_scales(&mut problems);
        self.check_areas_and_items(&mut problems);
        self.check_signs(&mut problems);
        self.check_tips(&mut problems);
        self.check_rules(&mut problems);
        self.check_texts(&mut problems);
        problems
    }

    fn check_scales(&self, problems: &mut Vec<ContentError>) {
        let mut seen = BTreeSet::new();
        for scale in self.scales.iter() {
            if !seen.insert(scale.id.as_str()) {
                problems.push(ContentError::DuplicateId {
                    kind: "scale",
                    id: scale.id.0.to_string(),
                });
            }
            if scale.choices.len() != SCALE_POINTS {
                problems.push(ContentError::WrongScaleLength {
                    scale: scale.id.0.to_string(),
                    found: scale.choices.len(),
                });
            }
        }
    }

    fn check_areas_and_items(&self, problems: &mut Vec<ContentError>) {
        let mut seen_areas = BTreeSet::new();
        for (n, area) in self.areas.iter().enumerate() {
            if area.id == AreaId::Unknown {
                problems.push(ContentError::UnknownId {
                    kind: "area",
                    at: format!("area number {}", n + 1),
                });
                continue;
            }
            for facet in area.facets.iter() {
                if facet.id == FacetId::Unknown {
                    problems.push(ContentError::UnknownId {
                        kind: "facet",
                        at: format!("area {}", area.id.as_str()),
                    });
                }
            }
            if !seen_areas.insert(area.id) {
                problems.push(ContentError::DuplicateId {
                    kind: "area",
                    id: area.id.as_str().to_owned(),
                });
            }
        }
        for id in AreaId::ALL {
            if !seen_areas.contains(&id) {
                problems.push(ContentError::MissingArea { area: id.as_str() });
            }
        }

        let mut seen_items = BTreeSet::new();
        let mut per_area: BTreeMap<AreaId, usize> = BTreeMap::new();
        let mut per_facet: BTreeMap<FacetId, usize> = BTreeMap::new();
        for item in self.items.iter() {
            if !seen_items.insert(item.id.as_str()) {
                problems.push(ContentError::DuplicateId {
                    kind: "item",
                    id: item.id.0.to_string(),
                });
            }
            if !self.scales.iter().any(|s| s.id == item.scale) {
                problems.push(ContentError::UnknownScale {
                    item: item.id.0.to_string(),
                    scale: item.scale.0.to_string(),
                });
            }
            let Some(area) = self.area(item.area).filter(|a| a.id != AreaId::Unknown) else {
                problems.push(ContentError::UnknownArea {
                    item: item.id.0.to_string(),
                });
                continue;
            };
            if item.sign_only {
                if item.facet.is_some() {
                    problems.push(ContentError::SignOnlyItem {
                        item: item.id.0.to_string(),
                        problem: "has a facet, but only scored items count towards one",
                    });
                }
                if !self.signs.iter().any(|s| s.items.contains(&item.id)) {
                    problems.push(ContentError::SignOnlyItem {
                        item: item.id.0.to_string(),
                        problem: "is in no sign, so its answer would be used nowhere",
                    });
                }
                continue;
            }
            *per_area.entry(item.area).or_default() += 1;
            if let Some(facet) = item.facet {
                if facet != FacetId::Unknown && area.facets.iter().any(|f| f.id == facet) {
                    *per_facet.entry(facet).or_default() += 1;
                } else {
                    problems.push(ContentError::FacetOutsideArea {
                        item: item.id.0.to_string(),
                    });
                }
            }
        }
        for area in self.areas.iter() {
            let found = per_area.get(&area.id).copied().unwrap_or(0);
            if found < MIN_ITEMS_PER_AREA {
                problems.push(ContentError::TooFewItems {
                    area: area.id.as_str(),
                    found,
                    needed: MIN_ITEMS_PER_AREA,
                });
            }
            for facet in area.facets.iter() {
                let found = per_facet.get(&facet.id).copied().unwrap_or(0);
                if found < MIN_ITEMS_PER_FACET {
                    problems.push(ContentError::TooFewFacetItems {
                        facet: facet.id.as_str(),
                        found,
                        needed: MIN_ITEMS_PER_FACET,
                    });
                }
            }
        }
    }

    fn check_signs(&self, problems: &mut Vec<ContentError>) {
        let mut seen = BTreeSet::new();
        for (n, sign) in self.signs.iter().enumerate() {
            if sign.id == SignId::Unknown {
                problems.push(ContentError::UnknownId {
                    kind: "sign",
                    at: format!("sign number {}", n + 1),
                });
                continue;
            }
            if sign.areas.contains(&AreaId::Unknown) {
                problems.push(ContentError::UnknownId {
                    kind: "area",
                    at: format!("sign {}", sign.id.as_str()),
                });
            }
            if !seen.insert(sign.id) {
                problems.push(ContentError::DuplicateId {
                    kind: "sign",
                    id: sign.id.as_str().to_owned(),
                });
            }
            if sign.items.is_empty() {
                problems.push(ContentError::SignWithoutItems {
                    sign: sign.id.as_str(),
                });
            }
            if sign.areas.is_empty() {
                problems.push(ContentError::SignWithoutAreas {
                    sign: sign.id.as_str(),
                });
            }
            for item in sign.items.iter() {
                if self.item(item).is_none() {
                    problems.push(ContentError::UnknownItem {
                        sign: sign.id.as_str(),
                        item: item.0.to_string(),
                    });
                }
            }
        }
        for id in SignId::ALL {
            if !seen.contains(&id) {
                problems.push(ContentError::MissingSign { sign: id.as_str() });
            }
        }
        for rule in self.safety.iter() {
            for condition in rule.when_all.iter() {
                match condition {
                    Condition::Item { item, .. } if self.item(item).is_none() => {
                        problems.push(ContentError::UnknownSafetyItem {
                            rule: rule.id.0.to_string(),
                            item: item.0.to_string(),
                        });
                    }
                    Condition::Sign {
                        sign: SignId::Unknown,
                    } => {
                        problems.push(ContentError::UnknownId {
                            kind: "sign",
                            at: format!("safety rule {}", rule.id.0),
                        });
                    }
                    Condition::Area {
                        area: AreaId::Unknown,
                        ..
                    } => {
                        problems.push(ContentError::UnknownId {
                            kind: "area",
                            at: format!("safety rule {}", rule.id.0),
                        });
                    }
                    Condition::Areas {
                        areas_share_at_least: share,
                        ..
                    } if !(*share > 0.0 && *share <= 1.0) => {
                        problems.push(ContentError::BadRule {
                            rule: "areas_share_at_least",
                            problem: "must be above 0 and at most 1",
                        });
                    }
                    Condition::Leans {
                        resource_share_at_most: share,
                        ..
                    } if !(0.0..=1.0).contains(share) => {
                        problems.push(ContentError::BadRule {
                            rule: "resource_share_at_most",
                            problem: "must be from 0 to 1",
                        });
                    }
                    _ => {}
                }
            }
        }
    }

    fn check_tips(&self, problems: &mut Vec<ContentError>) {
        for area in self.areas.iter().filter(|a| a.id != AreaId::Unknown) {
            for tip in area.try_first.iter() {
                for item in tip.assumes.iter() {
                    if self.item(item).is_none() {
                        problems.push(ContentError::UnknownTipItem {
                            area: area.id.as_str(),
                            item: item.0.to_string(),
                        });
                    }
                }
            }
            if !area.try_first.iter().any(|t| t.assumes.is_empty()) {
                problems.push(ContentError::NoPlainTip {
                    area: area.id.as_str(),
                });
            }
        }
    }

    fn check_rules(&self, problems: &mut Vec<ContentError>) {
        let r = &self.rules;
        let mut bad = |rule, problem| problems.push(ContentError::BadRule { rule, problem });
        if !(r.min_answered_share > 0.0 && r.min_answered_share <= 1.0) {
            bad("min_answered_share", "must be above 0 and at most 1");
        }
        if !(0.0..=4.0).contains(&r.sign_at_most) {
            bad("sign_at_most", "must be from 0 to 4");
        }
        if r.focus_at_most > 100 || r.strength_at_least > 100 {
            bad("focus_at_most", "and strength_at_least must be at most 100");
        }
        if r.strength_at_least <= r.focus_at_most {
            bad(
                "strength_at_least",
                "must be above focus_at_most, so an area is never both",
            );
        }
        if r.partly_at_least >= r.strength_at_least {
            bad("partly_at_least", "must be below strength_at_least");
        }
        if r.focus_max == 0 {
            bad("focus_max", "must be at least 1");
        }
        if r.hard_end_at_most >= r.resource_end_at_least
            || usize::from(r.resource_end_at_least) >= SCALE_POINTS
        {
            bad(
                "hard_end_at_most",
                "must be below resource_end_at_least, itself at most 4",
            );
        }
        if r.quotes_max == 0 {
            bad("quotes_max", "must be at least 1");
        }
        if r.seconds_per_item == 0 {
            bad("seconds_per_item", "must be at least 1");
        }
    }

    fn check_texts(&self, problems: &mut Vec<ContentError>) {
        let mut need = |at: String, text: &Text| {
            if text.get_exact(Locale::En).is_none() {
                problems.push(ContentError::MissingText {
                    at,
                    locale: Locale::En.as_str(),
                });
            }
        };
        need("prefer_not".into(), &self.prefer_not);
        for scale in self.scales.iter() {
            for choice in scale.choices.iter() {
                need(
                    format!("scale {} choice {}", scale.id.0, choice.id.0),
                    &choice.label,
                );
            }
        }
        for area in self.areas.iter() {
            let at = |field: &str| format!("area {} {field}", area.id.as_str());
            need(at("title"), &area.title);
            need(at("intro"), &area.intro);
            need(at("description"), &area.description);
            need(at("strength"), &area.strength);
            need(at("ask"), &area.ask);
            for tip in area.try_first.iter() {
                need(at("try_first"), &tip.text);
            }
            for facet in area.facets.iter() {
                need(format!("facet {} title", facet.id.as_str()), &facet.title);
                need(
                    format!("facet {} description", facet.id.as_str()),
                    &facet.description,
                );
            }
        }
        for item in self.items.iter() {
            need(format!("item {}", item.id.0), &item.text);
        }
        for sign in self.signs.iter() {
            need(format!("sign {} title", sign.id.as_str()), &sign.title);
            need(
                format!("sign {} description", sign.id.as_str()),
                &sign.description,
            );
        }
        for rule in self.safety.iter() {
            need(format!("safety rule {} reason", rule.id.0), &rule.reason);
        }
        for reflection in self.reflections.iter() {
            need(
                format!("reflection {} prompt", reflection.id.0),
                &reflection.prompt,
            );
            need(
                format!("reflection {} hint", reflection.id.0),
                &reflection.hint,
            );
            for option in reflection.options.iter() {
                need(
                    format!("reflection {} option {}", reflection.id.0, option.id.0),
                    &option.label,
                );
            }
        }
    }

    /// The area with this id.
    pub fn area(&self, id: AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The item with this id.
    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.items.iter().find(|i| &i.id == id)
    }

    /// The scale with this id.
    pub fn scale(&self, id: &Key) -> Option<&Scale> {
        self.scales.iter().find(|s| &s.id == id)
    }

    /// The sign with this id.
    pub fn sign(&self, id: SignId) -> Option<&Sign> {
        self.signs.iter().find(|s| s.id == id)
    }

    /// The items of one area, in file order, sign-only items included.
    pub fn items_in(&self, area: AreaId) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.area == area)
    }

    /// The items that count towards an area's score, in file order.
    pub fn scored_in(&self, area: AreaId) -> impl Iterator<Item = &Item> {
        self.items_in(area).filter(|i| !i.sign_only)
    }

    /// About how many minutes answering every item takes, rounded up (at least one), for the
    /// welcome screen.
    pub fn minutes_to_answer(&self) -> usize {
        (self.items.len() * self.rules.seconds_per_item)
            .div_ceil(60)
            .max(1)
    }
}
