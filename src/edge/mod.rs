//! The edge: the one place that touches browser APIs (focus, storage, the address, clipboard,
//! settings on the page). It knows nothing of the view, nor of Yew: the view hands it the
//! widget's element as the browser's own node (`NodeRef::get`), and `crate::mount` joins the
//! two. Every function here fails quietly when the browser refuses, because a blocked browser
//! feature must never break the check-in.

pub mod config;
pub mod first_steps;
pub mod storage;
pub mod takeaway;

use wasm_bindgen::JsCast;

use crate::domain::config::Config;
use crate::domain::i18n::msg;
use crate::domain::text::Locale;

/// The widget's element, `root`, as an element (the view has it as a node).
fn element(root: Option<web_sys::Node>) -> Option<web_sys::Element> {
    root?.dyn_into().ok()
}

/// Moves keyboard focus to the element with `id` inside the widget's element `root`.
///
/// The search starts at the widget's own element, not the document, so it also works inside
/// the Shadow DOM of an embedded widget and never reaches into the host page.
pub fn focus(root: Option<web_sys::Node>, id: &str) {
    let element = element(root)
        .and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Gives the focus, without scrolling, to the element reached from the widget's element `root`
/// by following `path`: at each step, the child element of that place (0 the first). Where
/// the path leads nowhere, the focus stays where it is.
pub fn focus_path(root: Option<web_sys::Node>, path: &[u32]) {
    let mut element = element(root);
    for &place in path {
        let mut child = element.and_then(|e| e.first_element_child());
        for _ in 0..place {
            child = child.and_then(|c| c.next_element_sibling());
        }
        element = child;
    }
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Removes what stood in the widget's place until its first screen is drawn: everything beside
/// the element the widget is mounted in (the parent of its `root`), such as the page's first
/// screen as HTML, embed.js's hidden copy of it, the note for a widget that has not started and
/// `<noscript>`.
pub fn take_place(root: Option<web_sys::Node>) {
    let mount = element(root).and_then(|r| r.parent_element());
    if let Some((mount, place)) = mount.and_then(|m| Some((m.clone(), m.parent_element()?))) {
        place.replace_children_with_node_1(&mount);
    }
}

/// Like [`focus`], once the current render has reached the page (the widget's element stays
/// the same from one render to the next).
pub fn focus_soon(root: Option<web_sys::Node>, id: &'static str) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || focus(root, id));
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

/// The value of the menu a change event came from (`None` for anything else).
pub fn select_value(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?;
    target
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .map(web_sys::HtmlSelectElement::value)
}

/// Reads, as text, the first file chosen in the file input a change event came from, and hands
/// it to `done` (not called when no file was chosen; an empty text when the browser refused).
pub fn read_chosen_file(event: &web_sys::Event, done: impl FnOnce(String) + 'static) {
    let Some(file) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
    else {
        return;
    };
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        done(text);
    });
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
pub fn theme(root: Option<web_sys::Node>, config: &Config) {
    let Some(element) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) else {
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

/// What a stopped widget does, given the panic's `info`: says why in the console for the site's
/// owner, and replaces every widget on the page with a calm message and a way to start again
/// instead of a frozen screen ([`show_crash_message`]); answers saved on the device are
/// untouched. `crate::mount` installs it before the first render.
pub fn crashed(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("missing-pieces stopped: {info}").into());
    show_crash_message();
}

thread_local! {
    /// The elements widgets were mounted in, for the crash message: an embedded widget's are in
    /// a closed Shadow DOM, which no query from the page reaches.
    static MOUNTED: std::cell::RefCell<Vec<web_sys::Element>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Notes that a widget was mounted in `root`, so [`show_crash_message`] finds it even inside a
/// closed Shadow DOM. Roots no longer on the page (replaced previews) are let go.
pub fn remember_root(root: &web_sys::Element) {
    MOUNTED.with(|mounted| {
        let mut mounted = mounted.borrow_mut();
        mounted.retain(|root| root.is_connected());
        mounted.push(root.clone());
    });
}

/// Shows the crash message in every widget on the page (standalone or in a Shadow DOM).
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut roots: Vec<web_sys::Element> = Vec::new();
    MOUNTED.with(|mounted| {
        for root in mounted.borrow().iter() {
            if let Ok(found) = root.query_selector_all(".mp") {
                for i in 0..found.length() {
                    if let Some(e) = found.item(i).and_then(|n| n.dyn_into().ok()) {
                        roots.push(e);
                    }
                }
            }
        }
    });
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
    let mut seen: Vec<web_sys::Element> = Vec::new();
    for root in roots {
        if seen.contains(&root) {
            continue;
        }
        seen.push(root.clone());
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
    heading.set_text_content(Some(strings.get(msg::CRASH_TITLE)));
    let body = document.create_element("p").ok()?;
    body.set_text_content(Some(strings.get(msg::CRASH_BODY)));
    let again = document.create_element("a").ok()?;
    again.set_class_name("mp-button mp-button-primary");
    again
        .set_attribute("href", &takeaway::page_address())
        .ok()?;
    again.set_text_content(Some(strings.get(msg::CRASH_AGAIN)));
    section.append_child(&heading).ok()?;
    section.append_child(&body).ok()?;
    // The same urgent help the "Need help now?" panel gives, since that panel is gone too.
    for key in [msg::HELP_DANGER, msg::HELP_NUMBERS, msg::HELP_CRISIS] {
        let help = document.create_element("p").ok()?;
        help.set_text_content(Some(strings.get(key)));
        section.append_child(&help).ok()?;
    }
    section.append_child(&again).ok()?;
    root.append_child(&section).ok()?;
    Some(())
}

/// The page's element with `id`, if the page has one.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Runs `f` in a task of its own, after the current one.
pub fn next_task(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}

/// A warning in the browser's console, for whoever sets up the page.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The place of `host` among the page's widgets, from 0 (0 when it is not on the page).
pub fn position_on_page(host: &web_sys::Element) -> usize {
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
