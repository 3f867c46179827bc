#![cfg(not(target_arch = "wasm32"))]
//! One list of languages (`crates/schema/src/languages.rs`): every other place that names the
//! languages the widget speaks either follows from it or is checked here against it, so a new
//! language fails these tests until each of those places has it.

use std::fs;
use std::path::{Path, PathBuf};

use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::text::Locale;

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn tags() -> Vec<String> {
    Locale::ALL.iter().map(|l| l.as_str().to_owned()).collect()
}

/// The `<option value="…">` values of the `<select id="…">` in `html`.
fn options(html: &str, id: &str) -> Vec<String> {
    let start = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let end = start + html[start..].find("</select>").unwrap();
    html[start..end]
        .split("<option value=\"")
        .skip(1)
        .filter_map(|o| o.split('"').next())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The texts in single quotes on the first line of `source` that contains `marker`, after it
/// and up to the list's end (`)` or `]`).
fn quoted_after(source: &str, marker: &str) -> Vec<String> {
    let line = source
        .lines()
        .find(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no line with {marker:?}"));
    let after = &line[line.find(marker).unwrap() + marker.len()..];
    after
        .split([')', ']'])
        .next()
        .unwrap_or("")
        .split('\'')
        .skip(1)
        .step_by(2)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The lines of the JavaScript object literal that starts at `marker` in `source`, up to `};`,
/// as (key, the rest of the line).
fn object_lines<'a>(source: &'a str, marker: &str) -> Vec<(&'a str, &'a str)> {
    let start = source
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker:?}"));
    let body = &source[start..start + source[start..].find("};").unwrap()];
    body.lines()
        .skip(1)
        .filter_map(|l| l.trim().split_once(": "))
        .collect()
}

#[test]
fn the_list_is_complete_and_each_entry_keeps_its_own_rules() {
    assert_eq!(Locale::default(), Locale::En, "English comes first");
    for (n, locale) in Locale::ALL.into_iter().enumerate() {
        assert_eq!(locale.index(), n);
        assert_eq!(Locale::from_tag(locale.as_str()), Some(locale));
        // Content and settings name a language by its tag.
        let read: Locale = serde_json::from_str(&format!("\"{}\"", locale.as_str())).unwrap();
        assert_eq!(read, locale);
        assert_eq!(
            locale.number(7).chars().next().unwrap() as u32,
            locale.zero() as u32 + 7
        );
        assert!(!locale.native_name().is_empty() && !locale.frame_title().is_empty());
    }
}

#[test]
fn the_languages_are_the_folders_in_locales_and_the_contents_columns() {
    let mut folders: Vec<String> = fs::read_dir(path("locales"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("ui.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut known = tags();
    known.sort();
    assert_eq!(
        folders, known,
        "locales/ and crates/schema/src/languages.rs"
    );
    // Every text in the content has a column for each language.
    let content = read("content/questionnaire.json");
    for tag in tags() {
        assert!(
            content.contains(&format!("\"{tag}\":")),
            "content/questionnaire.json has no {tag} texts"
        );
    }
}

#[test]
fn the_guide_names_every_language_in_its_language_section() {
    let guide = read("docs/config.md");
    let start = guide
        .find("### Language")
        .expect("docs/config.md has a Language section");
    let section = &guide[start..start + guide[start + 1..].find("\n### ").unwrap() + 1];
    for locale in Locale::ALL {
        let named = format!("`{}` ({}", locale.as_str(), locale.english_name());
        assert!(
            section.contains(&named),
            "docs/config.md, Language: {named}"
        );
        let rtl = format!("{}, shown right to left", locale.english_name());
        assert_eq!(
            section.contains(&rtl),
            locale.is_rtl(),
            "docs/config.md, Language: {rtl}"
        );
    }
}

#[test]
fn the_scripts_negotiate_the_same_languages_by_the_same_rule() {
    // first-paint.js shows the HTML first screen only when the widget will speak English.
    assert_eq!(
        quoted_after(&read("web/standalone/first-paint.js"), "const SPOKEN ="),
        tags(),
        "first-paint.js SPOKEN"
    );
    // embed.js and cannot-start.js take their languages from what the build writes for each
    // language (the first screens, the words where the widget cannot start); all three read a
    // tag as the widget does (`Locale::from_tag`: the part before `-` or `_`, in lower case)
    // and fall back to the first language.
    for script in [
        "web/standalone/first-paint.js",
        "web/embed/embed.js",
        "web/shared/cannot-start.js",
    ] {
        let source = read(script);
        assert!(
            source.contains(".trim().split(/[-_]/)[0].toLowerCase()"),
            "{script} reads a language tag another way than Locale::from_tag"
        );
        if !script.ends_with("first-paint.js") {
            assert!(
                source.contains(&format!("return '{}';", Locale::default().as_str())),
                "{script} falls back to another language than the first"
            );
        }
    }
    assert_eq!(Locale::from_tag(" ES_mx "), Some(Locale::Es));
}

#[test]
fn the_standalone_page_and_the_wordpress_plugin_list_the_same_languages() {
    // index.html says in every language what to do when the widget cannot start.
    let page = read("index.html");
    let start = page
        .find("class=\"mp-fallback\"")
        .expect("index.html has .mp-fallback");
    let fallback = &page[start..start + page[start..].find("</div>").unwrap()];
    let said: Vec<String> = fallback
        .split("<p lang=\"")
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(said, tags(), "index.html .mp-fallback");
    for locale in Locale::ALL.into_iter().filter(|l| l.is_rtl()) {
        let tag = format!("<p lang=\"{}\" dir=\"rtl\"", locale.as_str());
        assert!(fallback.contains(&tag), "index.html .mp-fallback: {tag}");
    }
    // The plugin's settings page offers each language and accepts no other.
    let plugin = read("wordpress/missing-pieces/includes/settings.php");
    let menu_start = plugin
        .find("function missing_pieces_languages()")
        .expect("settings.php lists languages");
    let menu = &plugin[menu_start..menu_start + plugin[menu_start..].find(");").unwrap()];
    let offered: Vec<String> = menu
        .lines()
        .skip(1)
        .filter_map(|l| l.trim().strip_prefix('\''))
        .filter_map(|l| l.split('\'').next())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    assert_eq!(offered, tags(), "settings.php: its language menu");
}

#[test]
fn the_configurator_offers_every_language_with_its_frame_title() {
    let html = read("web/configurator/configure.html");
    assert_eq!(
        options(&html, "f-language"),
        tags(),
        "configure.html's language menu"
    );
    let script = read("web/configurator/configure.js");
    let titles: Vec<(String, String)> = object_lines(&script, "const FRAME_TITLES = {")
        .into_iter()
        .map(|(tag, title)| {
            (
                tag.to_owned(),
                title.trim_end_matches(',').trim_matches('\'').to_owned(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|l| (l.as_str().to_owned(), l.frame_title().to_owned()))
        .collect();
    assert_eq!(titles, expected, "configure.js FRAME_TITLES");
}

#[test]
fn the_end_to_end_tests_walk_every_language_by_its_own_words() {
    let e2e = read("e2e/content.js");
    assert_eq!(
        quoted_after(&e2e, "export const LOCALES = ["),
        tags(),
        "e2e/content.js LOCALES"
    );
    // LABELS re-types, per language, its name in the language menu and three button names.
    let labels = object_lines(&e2e, "export const LABELS = {");
    assert_eq!(labels.len(), Locale::COUNT, "e2e/content.js LABELS");
    for ((tag, line), locale) in labels.into_iter().zip(Locale::ALL) {
        assert_eq!(tag, locale.as_str(), "e2e/content.js LABELS");
        let strings = Strings::for_locale(locale);
        for (field, text) in [
            ("name", locale.native_name()),
            ("start", strings.get(msg::WELCOME_START)),
            ("next", strings.get(msg::NAV_NEXT)),
            ("results", strings.get(msg::NAV_RESULTS)),
        ] {
            let written = format!("{field}: '{text}'");
            assert!(
                line.contains(&written),
                "e2e/content.js LABELS.{tag}: {written}"
            );
        }
    }
}
