//! The questionnaire shipped with the widget, compiled in.
//!
//! `build.rs` parses and validates `content/questionnaire.json` with serde when the crate is
//! built (a broken file fails the build, listing every problem) and writes it out as plain Rust
//! constructors of one `static`, with every list borrowed ([`super::content::List`]) and every
//! text an index into one packed table per language. The widget therefore carries no JSON parser
//! for its content, which saves about a fifth of its download, and builds nothing at start: the
//! questionnaire is data in the WebAssembly file, and [`BuiltIn::built_in`] only copies pointers.
//!
//! `Content` is the schema crate's type, so the questionnaire is given through a trait:
//! `Content::built_in()` wherever [`BuiltIn`] is in scope.

use std::borrow::Cow;

#[allow(unused_imports)]
use super::content::{
    Area, AreaId, Choice, Condition, Content, Facet, FacetId, Item, ItemId, Key, Polarity,
    Reflection, Rules, SafetyRule, Scale, ScaleKind, Sign, SignId, Tip,
};
#[allow(unused_imports)]
use super::text::{Locale, Packed, Text};

/// The questionnaire shipped with the widget: `Content::built_in()`.
pub trait BuiltIn {
    /// The questionnaire shipped with the widget.
    fn built_in() -> Self;
}

impl BuiltIn for Content {
    fn built_in() -> Content {
        include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"))
    }
}
