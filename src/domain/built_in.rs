//! The questionnaire shipped with the widget, compiled in.
//!
//! `build.rs` parses and validates `content/questionnaire.json` with serde when the crate is
//! built (a broken file fails the build, listing every problem) and writes it out as plain Rust
//! constructors. The widget therefore carries no JSON parser for its content, which saves about
//! a fifth of its download.

#[allow(unused_imports)]
use super::content::{
    Area, AreaId, Choice, Condition, Content, Facet, FacetId, Item, ItemId, Key, Polarity,
    Reflection, Rules, SafetyRule, Scale, ScaleKind, Sign, SignId,
};
#[allow(unused_imports)]
use super::text::{Locale, Text};

impl Content {
    /// The questionnaire shipped with the widget.
    pub fn built_in() -> Content {
        include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"))
    }
}
