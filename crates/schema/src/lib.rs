//! The check-in's content and strings as they are written: the languages it speaks
//! ([`languages`]), texts in each ([`text`]), the questionnaire's schema and the checks it must
//! pass ([`content`]), and, with the `ftl` feature, the reader of the `.ftl` string files
//! ([`ftl`]).
//!
//! The domain's build script (`crates/domain/build.rs`) reads `content/questionnaire.json` and
//! `locales/*/ui.ftl` with this crate and compiles them into the domain, and the domain uses the
//! same types at run time, so the build and the widget can never disagree about what valid
//! content is.

pub mod content;
#[cfg(feature = "ftl")]
pub mod ftl;
pub mod languages;
pub mod text;
