//! Where the counsellor's settings come from: for the standalone page and the iframe, the
//! settings file in the widget's folder (the page address, which anyone can write, gives only
//! the language, and in a frame the widget id: [`Config::for_page`]); for a script-tag
//! embed, the element it mounts on (a JSON block inside it, or its `data-` attributes), or the
//! page's own settings block where the site writes one (the WordPress plugin:
//! [`Config::for_site_page`]). Settings put where they are not read (a JSON block beside the
//! element, `data-` settings on the `embed.js` script tag, settings in the page address) get a
//! note for the site owner instead of doing nothing silently.
//!
//! Also the configurator's checker: [`check_settings`] runs the widget's own rules on the
//! configurator's form, so the two cannot disagree.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

use crate::domain::config::{table, Config, ConfigProblem, Misplaced, Outcome, ProblemKind, Shown};
use crate::domain::json::{self, Json};
use crate::domain::text::Locale;

/// Address parameters that are not settings: the iframe's resize target, and the site owner's
/// preview (which shows the notes for the site owner in the widget).
const NOT_SETTINGS: [&str; 2] = ["parent", PREVIEW];

/// The address parameter that shows the notes for the site owner in the standalone page or the
/// frame (`?preview`), where clients never see them otherwise.
const PREVIEW: &str = "preview";

/// The standalone page's settings: `file`, the text of the settings file in the widget's
/// folder (`settings.json`, empty when there is none), then the page address, such as
/// `?language=es` (see [`Config::for_page`] for which address settings are read where).
pub fn for_standalone(file: &str) -> (Config, Vec<ConfigProblem>) {
    let shown = if in_frame() {
        Shown::InFrame
    } else {
        Shown::OnItsOwn
    };
    Config::for_page(file, &address_pairs(), shown)
}

/// Whether this page is shown inside a frame of another page (which may show more than one, told
/// apart by their widget ids).
fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        // A browser that will not say is treated as the page on its own: the safe reading.
        _ => false,
    }
}

/// Whether the page address asks for the site owner's preview (`?preview`): the notes for the
/// site owner are then shown in the widget as well as in the console.
pub fn owner_preview() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .is_some_and(|p| p.has(PREVIEW))
}

/// The page address's parameters, those that are not settings left out.
fn address_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
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
    pairs
}

/// The page's own settings block, which the site writes where the page's text may come from
/// people who cannot change the widget's settings (the WordPress plugin writes it):
/// `<script type="application/json" data-missing-pieces-settings>`. A `<script>` element,
/// because those who may only write a page's text cannot write one (WordPress removes them from
/// the posts of everyone without the `unfiltered_html` capability).
const SITE_SETTINGS: &str = "script[type='application/json'][data-missing-pieces-settings]";

/// Settings from the counsellor's element: on a page with the site's own settings block, that
/// block (and the element's widget id only); otherwise a `<script type="application/json">`
/// inside the element wins, else its `data-` attributes (the `data-missing-pieces` marker
/// itself excluded).
pub fn from_host(host: &web_sys::Element) -> (Config, Vec<ConfigProblem>) {
    let site = host
        .owner_document()
        .and_then(|d| d.query_selector(SITE_SETTINGS).ok().flatten());
    if let Some(block) = site {
        let text = block.text_content().unwrap_or_default();
        return Config::for_site_page(&text, &data_settings(host));
    }
    let (config, mut problems) = read_host(host);
    if json_block_beside(host) {
        problems.push(ConfigProblem::not_read(Misplaced::NextToElement));
    }
    if settings_on_script_tag(host) {
        problems.push(ConfigProblem::not_read(Misplaced::ScriptTag));
    }
    (config, problems)
}

fn read_host(host: &web_sys::Element) -> (Config, Vec<ConfigProblem>) {
    if let Ok(Some(block)) = host.query_selector("script[type='application/json']") {
        return Config::from_json(&block.text_content().unwrap_or_default());
    }
    Config::from_pairs(&data_settings(host))
}

/// An element's `data-` attributes, without `data-`, the widget's marker left out.
fn data_settings(element: &web_sys::Element) -> Vec<(String, String)> {
    let attributes = element.attributes();
    (0..attributes.length())
        .filter_map(|i| attributes.item(i))
        .filter_map(|a| {
            let name = a.name();
            let key = name.strip_prefix("data-")?;
            (key != "missing-pieces").then(|| (key.to_owned(), a.value()))
        })
        .collect()
}

/// Whether a `<script type="application/json">` sits right beside the element, where the
/// widget does not look.
fn json_block_beside(host: &web_sys::Element) -> bool {
    let is_block = |e: Option<web_sys::Element>| {
        e.is_some_and(|e| {
            e.tag_name().eq_ignore_ascii_case("script")
                && e.get_attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
        })
    };
    if is_block(host.previous_element_sibling()) || is_block(host.next_element_sibling()) {
        return true;
    }
    // The id an earlier version of the guide gave such a block.
    host.owner_document()
        .and_then(|d| d.get_element_by_id("missing-pieces-config"))
        .is_some_and(|block| {
            let block: &web_sys::Node = &block;
            !host.contains(Some(block))
        })
}

/// Whether a `<script>` that loads `embed.js` carries `data-` settings, which only the widget's
/// element is read for.
fn settings_on_script_tag(host: &web_sys::Element) -> bool {
    let Some(document) = host.owner_document() else {
        return false;
    };
    let Ok(scripts) = document.query_selector_all("script[src*='embed.js']") else {
        return false;
    };
    (0..scripts.length())
        .filter_map(|i| scripts.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .any(|script| {
            data_settings(&script).iter().any(|(name, _)| {
                let name = name.to_ascii_lowercase();
                table::by_flat(&name).is_some() || name == table::CODE
            })
        })
}

/// The configurator's checker. `pairs` is JSON text of `[["name", "value"], …]` in flat form,
/// as the configurator writes them onto the widget's element; `language` is a language tag for
/// the messages. Returns JSON text:
/// `{"problems": [{"field": …, "explanation": …, "consequence": …}]}`.
///
/// The JSON is written by hand: the JSON value's printer would bring number formatting into the
/// widget's download for text that has no numbers.
#[wasm_bindgen]
pub fn check_settings(pairs: &str, language: &str) -> String {
    let locale = Locale::from_tag(language).unwrap_or_default();
    let (_, problems) = Config::from_pairs(&configurator_pairs(pairs));
    let problems: Vec<String> = problems
        .iter()
        .map(|p| {
            format!(
                "{{\"field\":{},\"explanation\":{},\"consequence\":{}}}",
                json::escape(&p.field),
                json::escape(&p.explanation(locale)),
                json::escape(&p.consequence(locale))
            )
        })
        .collect();
    format!("{{\"problems\":[{}]}}", problems.join(","))
}

/// `[["name", "value"], …]` as JSON text, as the configurator gives its settings.
fn configurator_pairs(pairs: &str) -> Vec<(String, String)> {
    match json::parse(pairs) {
        Ok(Json::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Json::Array(pair) => match pair.as_slice() {
                    [Json::String(k), Json::String(v)] => Some((k.clone(), v.clone())),
                    _ => None,
                },
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The settings table for the configurator, as JSON text: each setting's names, kind, limit,
/// label and help.
#[wasm_bindgen]
pub fn settings_table() -> String {
    let text = |s: &str| json::escape(s);
    let settings: Vec<String> = table::SETTINGS
        .iter()
        .map(|s| {
            let flat: Vec<String> = s.flat.iter().map(|f| text(f)).collect();
            let max = s.kind.max().map_or("null".to_owned(), |m| m.to_string());
            format!(
                "{{\"json\":{},\"flat\":[{}],\"kind\":{},\"max\":{max},\"label\":{},\"help\":{}}}",
                text(s.json),
                flat.join(","),
                text(s.kind.name()),
                text(s.label),
                text(s.help)
            )
        })
        .collect();
    format!("{{\"settings\":[{}]}}", settings.join(","))
}

/// What the site owner should know about the frame this page is shown in, for the note in the
/// widget: a `parent` that is not a web address, or one whose origin is not that of the page
/// that shows the frame (where the browser tells, through `location.ancestorOrigins`). Either
/// way the frame cannot grow with its content; the page inside it still scrolls, so nothing is
/// out of reach. `boot.js` reads `parent` by the same rule: any `http:` or `https:` address
/// (the page's own address, or only its origin), of which the origin is used.
pub fn frame_problems() -> Vec<ConfigProblem> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let location = window.location();
    let parent = location
        .search()
        .ok()
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("parent"));
    // Opened on its own, the page sends its height nowhere, and has nothing to say about it.
    let Some(parent) = parent.filter(|_| in_frame()) else {
        return Vec::new();
    };
    let problem = |kind| vec![ConfigProblem::new("parent", kind, Outcome::ScrollsInFrame)];
    let origin = web_sys::Url::new(&parent)
        .ok()
        .filter(|u| matches!(u.protocol().as_str(), "http:" | "https:"))
        .map(|u| u.origin());
    let Some(origin) = origin else {
        let value = parent.chars().take(80).collect();
        return problem(ProblemKind::ParentNotAddress { value });
    };
    let shown_by = js_sys::Reflect::get(&location, &"ancestorOrigins".into())
        .ok()
        .filter(|list| list.is_object())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    match shown_by {
        Some(shown_by) if shown_by != origin => {
            problem(ProblemKind::ParentOtherSite { shown_by, origin })
        }
        _ => Vec::new(),
    }
}
