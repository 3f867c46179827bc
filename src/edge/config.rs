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
