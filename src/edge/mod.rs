//! The edge: the one place that touches browser APIs (focus, and later storage, URL and
//! clipboard). Every function here fails quietly when the browser refuses, because a blocked
//! browser feature must never break the check-in.

pub mod config;
pub mod storage;
pub mod takeaway;

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::domain::config::{Config, ConfigProblem};
use crate::domain::text::Locale;
use crate::domain::widget_key::WidgetKey;
use crate::view::app::{App, AppProps};

/// Moves keyboard focus to the element with `id` inside the widget `root`.
///
/// The search starts at the widget's own element, not the document, so it also works inside
/// the Shadow DOM of an embedded widget and never reaches into the host page.
pub fn focus(root: &NodeRef, id: &str) {
    let element = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Like [`focus`], once the current render has reached the page.
pub fn focus_soon(root: &NodeRef, id: &'static str) {
    let root = root.clone();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || focus(&root, id));
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(callback.unchecked_ref());
    }
}

/// The current text of the input or text area an input event came from.
pub fn input_value(event: &web_sys::InputEvent) -> Option<String> {
    let target = event.target()?;
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    target
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(web_sys::HtmlInputElement::value)
}

/// The browser's preferred languages, most preferred first (empty where it will not say).
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if languages.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        languages
    }
}

/// Sets the counsellor's colours on the widget's root through the CSSOM. The stylesheet uses
/// them in the light colour scheme only; dark mode keeps its own tested palette.
pub fn theme(root: &NodeRef, config: &Config) {
    let Some(element) = root.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let style = element.style();
    let set = |name: &str, value: Option<String>| {
        let _ = match value {
            Some(value) => style.set_property(name, &value),
            None => style.remove_property(name).map(|_| ()),
        };
    };
    set("--mp-theme-accent", config.accent.map(|c| c.to_hex()));
    set("--mp-theme-bg", config.background.map(|c| c.to_hex()));
}

/// Replaces a stopped widget with a calm message and a way to start again, instead of leaving a
/// frozen screen. Installed before the first render; answers saved on the device are untouched.
pub fn install_crash_message() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("missing-pieces stopped: {info}").into());
        show_crash_message();
    }));
}

/// Shows the crash message in every widget on the page (standalone or in a Shadow DOM).
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut roots: Vec<web_sys::Element> = Vec::new();
    let mut collect = |list: Option<web_sys::NodeList>| {
        let Some(list) = list else { return };
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into().ok()) {
                roots.push(e);
            }
        }
    };
    collect(document.query_selector_all(".mp").ok());
    if let Ok(hosts) =
        document.query_selector_all("[data-missing-pieces], [data-missing-pieces-wrapper]")
    {
        for i in 0..hosts.length() {
            let shadow = hosts
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|h| h.shadow_root());
            collect(shadow.and_then(|s| s.query_selector_all(".mp").ok()));
        }
    }
    for root in roots {
        let locale = root
            .get_attribute("lang")
            .and_then(|l| Locale::from_tag(&l))
            .unwrap_or_default();
        let strings = crate::domain::i18n::Strings::for_locale(locale);
        let _ = render_crash_message(&document, &root, &strings);
    }
}

fn render_crash_message(
    document: &web_sys::Document,
    root: &web_sys::Element,
    strings: &crate::domain::i18n::Strings,
) -> Option<()> {
    root.set_text_content(None);
    let section = document.create_element("section").ok()?;
    section.set_class_name("mp-step mp-crash");
    section.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some(strings.get("crash-title")));
    let body = document.create_element("p").ok()?;
    body.set_text_content(Some(strings.get("crash-body")));
    let again = document.create_element("a").ok()?;
    again.set_class_name("mp-button mp-button-primary");
    again
        .set_attribute("href", &takeaway::page_address())
        .ok()?;
    again.set_text_content(Some(strings.get("crash-again")));
    section.append_child(&heading).ok()?;
    section.append_child(&body).ok()?;
    // The same urgent help the "Need help now?" panel gives, since that panel is gone too.
    for key in ["help-danger", "help-numbers", "help-crisis"] {
        let help = document.create_element("p").ok()?;
        help.set_text_content(Some(strings.get(key)));
        section.append_child(&help).ok()?;
    }
    section.append_child(&again).ok()?;
    root.append_child(&section).ok()?;
    Some(())
}

/// Mounts the widget on the standalone page, into its element with id `missing-pieces`, with
/// settings from the page address (how an iframe is configured).
///
/// The settings, saved answers and share link are read now, in the task that compiled and
/// started the WebAssembly; the first screen is drawn in a task of its own. The drawing task is
/// the longer of the two, so moving the reading out of it keeps both under the 50 ms a busy
/// page may take before it stops answering.
///
/// Pages that embed the widget with `embed.js` have no such element, and nothing is read there;
/// `embed.js` does the same for each place the counsellor marked, with [`prepare`] and
/// [`Prepared::mount`].
pub fn mount_soon() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id("missing-pieces"));
    let Some(root) = root else {
        return;
    };
    let prepared = Prepared(props(config::from_address(), config::frame_problems(), 0));
    let draw = wasm_bindgen::closure::Closure::once_into_js(move || {
        // Drop the <noscript> fallback before rendering.
        root.set_text_content(None);
        // The standalone widget lives as long as the page.
        let _ = prepared.mount(root);
    });
    let _ = window.set_timeout_with_callback(draw.unchecked_ref());
}

/// Mounts one widget into `root`, an element inside the Shadow DOM made on the counsellor's
/// `host` element, with settings from `host`: [`prepare`] and [`Prepared::mount`] at once.
#[wasm_bindgen]
pub fn mount_into(root: web_sys::Element, host: web_sys::Element) -> Mounted {
    prepare(&host).mount(root)
}

/// Reads what one embedded widget needs before its first render: the settings on the
/// counsellor's `host` element, saved answers and any share link.
///
/// `embed.js` calls this in the task that compiled and started the WebAssembly, and
/// [`Prepared::mount`] in the next, so that neither task keeps the page busy for long.
#[wasm_bindgen]
pub fn prepare(host: &web_sys::Element) -> Prepared {
    Prepared(props(
        config::from_host(host),
        Vec::new(),
        position_on_page(host),
    ))
}

/// The place of `host` among the page's widgets, from 0 (0 when it is not on the page).
fn position_on_page(host: &web_sys::Element) -> usize {
    let Some(all) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-missing-pieces]").ok())
    else {
        return 0;
    };
    let host: &web_sys::Node = host;
    (0..all.length())
        .position(|i| all.item(i).is_some_and(|n| n.is_same_node(Some(host))))
        .unwrap_or(0)
}

/// A widget read by [`prepare`], not yet drawn.
#[wasm_bindgen]
pub struct Prepared(AppProps);

#[wasm_bindgen]
impl Prepared {
    /// Draws the widget into `root`: on the standalone page its own element, when embedded an
    /// element inside the Shadow DOM on its host.
    pub fn mount(self, root: web_sys::Element) -> Mounted {
        Mounted(yew::Renderer::<App>::with_root_and_props(root, self.0).render())
    }
}

/// A widget mounted by [`mount_into`], so a page that mounts widgets (the configurator's preview)
/// can also take them away.
#[wasm_bindgen]
pub struct Mounted(yew::AppHandle<App>);

#[wasm_bindgen]
impl Mounted {
    /// Stops the widget and removes what it drew.
    pub fn unmount(self) {
        self.0.destroy();
    }
}

/// Everything the widget needs before its first render: the language, the settings (their
/// problems, and `more` about the page, go to the console as one warning and to the site
/// owner's note), its key among the page's widgets (from its `widget_id`, else its `position`),
/// its saved answers, a share link for it and today's date.
fn props(
    (config, problems): (Config, Vec<ConfigProblem>),
    more: Vec<String>,
    position: usize,
) -> AppProps {
    install_crash_message();
    let mut problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    problems.extend(more);
    if !problems.is_empty() {
        let text = format!("missing-pieces settings:\n{}", problems.join("\n"));
        web_sys::console::warn_1(&text.into());
    }
    let locale = config
        .locale
        .or_else(|| Locale::negotiate(&preferred_languages()))
        .unwrap_or_default();
    let widget = WidgetKey::new(config.widget_id.as_deref(), position);
    AppProps {
        locale,
        saved: storage::read_snapshot(&widget),
        shared: takeaway::share_fragment(&widget),
        widget,
        config: Rc::new(config),
        config_problems: Rc::new(problems),
        today: takeaway::today(),
        can_share_files: takeaway::can_share_files(),
    }
}
