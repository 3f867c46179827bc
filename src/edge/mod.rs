//! The edge: the one place that touches browser APIs (focus, and later storage, URL and
//! clipboard). Every function here fails quietly when the browser refuses, because a blocked
//! browser feature must never break the check-in.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with `id`, without scrolling the host page further than
/// needed.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to the element with `id` once the current render has reached the page.
pub fn focus_soon(id: &'static str) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(move || focus(id));
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

/// The value of the `<select>` a change event came from.
pub fn select_value(event: &web_sys::Event) -> Option<String> {
    event
        .target()?
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .map(web_sys::HtmlSelectElement::value)
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

/// Mounts the widget into the element with id `missing-pieces`, or into the page's body.
pub fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("missing-pieces"))
        .or_else(|| document.as_ref().and_then(|d| d.body()).map(Into::into));
    if let Some(root) = root {
        yew::Renderer::<crate::view::app::App>::with_root(root).render();
    }
}
