//! The questionnaire shipped with the widget, compiled in.
//!
//! `build.rs` parses and validates `content/questionnaire.json` with serde when the crate is
//! built (a broken file fails the build, listing every problem) and writes it out as plain Rust
//! constructors of one `static`, with every list borrowed ([`super::content::List`]) and every
//! text an index into one packed table per language. The widget therefore carries no JSON parser
//! for its content, which saves about a fifth of its download, and builds nothing at start: the
//! questionnaire is data in the WebAssembly file, and [`Content::built_in`] only copies pointers.

use std::borrow::Cow;

#[allow(unused_imports)]
use super::content::{
    Area, AreaId, Choice, Condition, Content, Facet, FacetId, Item, ItemId, Key, Polarity,
    Reflection, Rules, SafetyRule, Scale, ScaleKind, Sign, SignId, Tip,
};
#[allow(unused_imports)]
use super::text::{Locale, Packed, Text};

impl Content {
    /// The questionnaire shipped with the widget.
    pub fn built_in() -> Content {
        include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"))
    }
}
