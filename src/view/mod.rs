//! The Yew view layer: components that render the check-in and dispatch [`crate::domain::check_in::Change`]s.
//!
//! Components hold no domain logic; everything they show is derived by the domain. Browser
//! effects go through [`crate::edge`].
//!
//! Each screen's function is `#[inline(never)]`, and `index.html` asks wasm-opt not to inline
//! large functions into their one caller. Browsers compile WebAssembly a function at a time, on
//! first call, so drawing the welcome screen then compiles the welcome screen's code, not the
//! whole view: the first screen's task stays short (the task that draws it had been long enough
//! to hold up the page on slow machines).

pub mod app;
pub mod chart;
pub mod language;
pub mod questions;
pub mod reflections;
pub mod results;
pub mod review;
pub mod save;
pub mod say;
pub mod support;
pub mod takeaway;
pub mod then_now;
pub mod welcome;

use std::rc::Rc;

use yew::{html, Callback, Html, MouseEvent};

use crate::domain::built_in::BuiltIn as _;
use crate::domain::choices;
use crate::domain::config::Config;
use crate::domain::content::Content;
use crate::domain::i18n::{Msg, Strings};
use crate::domain::text::Locale;

/// What every part of the view reads: the questionnaire, the interface strings and the language.
/// Components take it as a property (a Yew context would cost the download about 3 KiB).
#[derive(Clone, Debug)]
pub struct Env {
    pub content: Rc<Content>,
    pub strings: Rc<Strings>,
    pub locale: Locale,
}

impl Env {
    /// The built-in questionnaire and strings in `locale`.
    pub fn new(locale: Locale) -> Env {
        Env {
            content: Rc::new(Content::built_in()),
            strings: Rc::new(Strings::for_locale(locale)),
            locale,
        }
    }

    /// The questionnaire as the counsellor's settings ask it (areas, reflections, their own
    /// questions), with the strings of `locale`.
    pub fn for_config(locale: Locale, config: &Config) -> Env {
        Env {
            content: Rc::new(choices::apply(&Content::built_in(), config)),
            strings: Rc::new(Strings::for_locale(locale)),
            locale,
        }
    }

    /// The same questionnaire with the strings of `locale`.
    pub fn with_locale(&self, locale: Locale) -> Env {
        Env {
            content: self.content.clone(),
            strings: Rc::new(Strings::for_locale(locale)),
            locale,
        }
    }

    /// A whole number in this language's digits.
    pub fn num(&self, n: usize) -> String {
        self.locale.number(n)
    }

    /// An interface string.
    pub fn t(&self, key: Msg) -> &'static str {
        self.strings.get(key)
    }
}

/// Two environments are the same when they share the same questionnaire and strings: comparing
/// by pointer keeps every render from walking the whole questionnaire.
impl PartialEq for Env {
    fn eq(&self, other: &Env) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
            && Rc::ptr_eq(&self.strings, &other.strings)
            && self.locale == other.locale
    }
}

/// A character no interface string holds: filled in for a variable, it marks where
/// [`isolated`] puts someone else's text.
pub const ARGUMENT: &str = "\u{E000}";

/// An interface string `text` filled with [`ARGUMENT`] for one variable, with someone else's
/// text (`value`, a counsellor's or a client's) in its place, in a `<bdi>` of its own: whatever
/// direction it carries (right-to-left letters, or an override character) cannot reorder the
/// words around it.
pub fn isolated(text: String, value: &str) -> Html {
    match text.split_once(ARGUMENT) {
        Some((before, after)) => html! {
            <>{ before.to_owned() }<bdi>{ value.to_owned() }</bdi>{ after.to_owned() }</>
        },
        None => html! { { text } },
    }
}

/// How a button looks: the one way forward on a screen, a quiet alternative, or a link-like
/// button inside a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Primary,
    Quiet,
    Link,
}

/// A button labelled `label` that calls `on_click`. Class values are written out in full (a
/// computed `class` would bring in Yew's class-list code).
pub fn button(look: Look, label: &str, on_click: &Callback<()>) -> Html {
    let onclick = on_click.reform(|_: MouseEvent| ());
    let label = label.to_owned();
    match look {
        Look::Primary => html! {
            <button type="button" class="mp-button mp-button-primary" {onclick}>{ label }</button>
        },
        Look::Quiet => html! {
            <button type="button" class="mp-button mp-button-quiet" {onclick}>{ label }</button>
        },
        Look::Link => html! {
            <button type="button" class="mp-link" {onclick}>{ label }</button>
        },
    }
}
