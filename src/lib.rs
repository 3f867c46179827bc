//! missing-pieces: a private, in-browser resourcing check-in that counsellors embed on their sites.
//!
//! Layers, each depending only on the ones above it: [`domain`] (pure content, scoring and
//! journey logic: the crate `missing-pieces-domain`), [`edge`] (the only place that touches
//! browser APIs), [`view`] (Yew components that render state and dispatch actions) and
//! [`mount`] (the entry points that read through the edge and draw the view). See
//! ARCHITECTURE.md.

/// The pure domain, a crate of its own (`crates/domain`).
pub use missing_pieces_domain as domain;
pub mod edge;
pub mod mount;
pub mod view;
