//! Where the counsellor's settings come from: the page address (standalone page and iframe), or
//! the element a script-tag embed mounts on (a JSON block inside it, or its `data-` attributes).

use wasm_bindgen::JsCast;

use crate::domain::config::{Config, ConfigProblem};

/// Address parameters that are not settings: the iframe's resize target.
const NOT_SETTINGS: [&str; 1] = ["parent"];

/// Settings from the page address, such as `?config=…` or `?language=es&accent=%232f6b5e`.
pub fn from_address() -> (Config, Vec<ConfigProblem>) {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return (Config::default(), Vec::new());
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return (Config::default(), Vec::new());
    };
    let mut pairs = Vec::new();
    for entry in js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
    {
        let Ok(entry) = entry else { continue };
        let pair: js_sys::Array = entry.unchecked_into();
        let (Some(key), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) else {
            continue;
        };
        if !NOT_SETTINGS.contains(&key.as_str()) {
            pairs.push((key, value));
        }
    }
    Config::from_pairs(&pairs)
}

/// Settings from the counsellor's element: a `<script type="application/json">` inside it wins;
/// otherwise its `data-` attributes (the `data-missing-pieces` marker itself excluded).
pub fn from_host(host: &web_sys::Element) -> (Config, Vec<ConfigProblem>) {
    if let Ok(Some(block)) = host.query_selector("script[type='application/json']") {
        return Config::from_json(&block.text_content().unwrap_or_default());
    }
    let attributes = host.attributes();
    let pairs: Vec<(String, String)> = (0..attributes.length())
        .filter_map(|i| attributes.item(i))
        .filter_map(|a| {
            let name = a.name();
            let key = name.strip_prefix("data-")?;
            (key != "missing-pieces").then(|| (key.to_owned(), a.value()))
        })
        .collect();
    Config::from_pairs(&pairs)
}

/// What the site owner should know about the frame this page is shown in, for the note in the
/// widget: a `parent` that is not a web address, or one whose origin is not that of the page
/// that shows the frame (where the browser tells, through `location.ancestorOrigins`). Either
/// way the frame cannot grow with its content; the page inside it still scrolls, so nothing is
/// out of reach. `boot.js` reads `parent` by the same rule: any `http:` or `https:` address
/// (the page's own address, or only its origin), of which the origin is used.
pub fn frame_problems() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let location = window.location();
    let parent = location
        .search()
        .ok()
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("parent"));
    let Some(parent) = parent else {
        return Vec::new();
    };
    let origin = web_sys::Url::new(&parent)
        .ok()
        .filter(|u| matches!(u.protocol().as_str(), "http:" | "https:"))
        .map(|u| u.origin());
    let Some(origin) = origin else {
        let shown: String = parent.chars().take(80).collect();
        return vec![format!(
            "parent: \"{shown}\" is not a web address, so the frame cannot grow with its content. \
             Give the address of the page that shows the frame."
        )];
    };
    let shown_by = js_sys::Reflect::get(&location, &"ancestorOrigins".into())
        .ok()
        .filter(|list| list.is_object())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    match shown_by {
        Some(shown_by) if shown_by != origin => vec![format!(
            "parent: this check-in is shown by a page on {shown_by}, not on {origin}, so the \
             frame cannot grow with its content. Set parent to the address of the page that \
             shows the frame."
        )],
        _ => Vec::new(),
    }
}
