//! The pure domain: questionnaire content, answers, scoring and the journey's state machine.
//!
//! Nothing here knows about Yew, the DOM, storage or the network (the crate depends on none of
//! them, and a test in `tests/layers.rs` checks the widget's own layers), so all of it is tested
//! on the host and reused by every entry point. The widget names it `missing_pieces::domain`.

// The content and strings as they are written (the schema crate), named here like the domain's
// own modules: `crate::content`, `crate::text`, ...
#[cfg(not(target_arch = "wasm32"))]
pub use missing_pieces_schema::ftl;
pub use missing_pieces_schema::{content, languages, text};

pub mod answers;
pub mod built_in;
pub mod check_in;
pub mod choices;
pub mod client_say;
pub mod config;
pub mod early;
pub mod email;
pub mod help;
pub mod i18n;
pub mod journey;
pub mod json;
pub mod opening;
pub mod scoring;
pub mod session;
pub mod share;
pub mod snapshot;
pub mod summary;
pub mod then_and_now;
pub mod tips;
pub mod widget_key;
