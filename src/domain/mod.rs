//! The pure domain: questionnaire content, answers, scoring and the journey's state machine.
//!
//! Nothing here knows about Yew, the DOM, storage or the network (a test in `tests/layers.rs`
//! enforces it), so all of it is tested on the host and reused by every entry point.

pub mod answers;
pub mod built_in;
pub mod check_in;
pub mod choices;
pub mod client_say;
pub mod config;
pub mod content;
pub mod early;
pub mod email;
#[cfg(not(target_arch = "wasm32"))]
pub mod ftl;
pub mod help;
pub mod i18n;
pub mod journey;
pub mod json;
pub mod languages;
pub mod opening;
pub mod scoring;
pub mod session;
pub mod share;
pub mod snapshot;
pub mod summary;
pub mod text;
pub mod then_and_now;
pub mod tips;
pub mod widget_key;
