//! missing-pieces: a private, in-browser resourcing check-in that counsellors embed on their sites.
//!
//! Layers, each depending only on the ones above it: [`domain`] (pure content, scoring and
//! journey logic), [`edge`] (the only place that touches browser APIs), [`view`] (Yew
//! components that render state and dispatch actions) and [`mount`] (the entry points that read
//! through the edge and draw the view). See ARCHITECTURE.md.

pub mod domain;
pub mod edge;
pub mod mount;
pub mod view;
