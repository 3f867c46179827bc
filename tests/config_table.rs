#![cfg(not(target_arch = "wasm32"))]
//! The settings table (`crates/domain/src/config/table.rs`) is the one source for the settings table
//! and the urgent-help table in `docs/config.md` and for `config.schema.json`
//! (`crates/domain/src/config/docs.rs` makes them). These tests fail when the files are not fresh; run
//! `cargo run --bin generate` to write them after changing the table. They also check that the
//! configurator and the WordPress plugin agree with the table.

use std::fs;
use std::path::{Path, PathBuf};

use missing_pieces::domain::config::docs;
use missing_pieces::domain::config::names::{suggest, Form};
use missing_pieces::domain::config::table::{Kind, CODE, HELP_FIELDS, SETTINGS};
use missing_pieces::domain::config::{
    MAX_HELP_CONTACTS, MAX_OWN_QUESTION, MAX_OWN_QUESTIONS, MIN_AREAS,
};
use missing_pieces::domain::content::AreaId;
use missing_pieces::domain::json::{self, Json};
use missing_pieces::domain::text::Locale;

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Fails unless `relative` is `expected`.
fn generated(relative: &str, expected: &str) {
    let actual = read(relative);
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .map_or(actual.lines().count().min(expected.lines().count()), |n| n);
        panic!(
            "{relative} differs from the settings table from line {}:\n  file:      {:?}\n  generated: {:?}\n\
             Run `cargo run --bin generate` to write it.",
            line + 1,
            actual.lines().nth(line).unwrap_or(""),
            expected.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn the_docs_tables_are_generated_from_the_settings_table() {
    generated("docs/config.md", &docs::guide(&read("docs/config.md")));
}

#[test]
fn the_json_schema_is_generated_from_the_settings_table() {
    generated("config.schema.json", &docs::schema());
}

#[test]
fn the_json_schema_accepts_language_tags_as_the_widget_does() {
    let schema = json::parse(&docs::schema()).unwrap();
    let pattern = schema
        .get("properties")
        .and_then(|p| p.get("language"))
        .and_then(|l| l.get("pattern"))
        .and_then(Json::as_str)
        .unwrap()
        .to_owned();
    // The pattern's alternatives are the widget's languages, in any case.
    for locale in Locale::ALL {
        let upper = locale.as_str().to_ascii_uppercase();
        let alternative: String = locale
            .as_str()
            .chars()
            .zip(upper.chars())
            .map(|(l, u)| format!("[{l}{u}]"))
            .collect();
        assert!(pattern.contains(&alternative), "{pattern}");
    }
    for tag in ["es-MX", "EN", "ar_EG"] {
        assert!(
            Locale::from_tag(tag).is_some(),
            "the widget reads {tag}, so the schema must"
        );
    }
}

#[test]
fn every_setting_has_one_json_name_and_flat_names_no_other_setting_uses() {
    let (mut json, mut flat) = (Vec::new(), vec![CODE]);
    for s in SETTINGS {
        assert!(!json.contains(&s.json), "{} twice", s.json);
        json.push(s.json);
        for name in s.flat {
            assert!(!flat.contains(name), "{name} twice");
            assert_eq!(
                *name,
                name.to_ascii_lowercase(),
                "flat names are lower case"
            );
            flat.push(name);
        }
        // A misspelling of the setting's own name is answered with the name.
        let typo = format!("{}x", s.flat_name());
        assert_eq!(suggest(&typo, Form::Flat).as_deref(), Some(s.flat_name()));
    }
}

#[test]
fn the_configurator_has_a_field_for_every_setting_or_makes_one_from_the_table() {
    let html = read("web/configurator/configure.html");
    for s in SETTINGS {
        let field = format!("id=\"f-{}\"", s.flat_name());
        // The configurator makes a field for a text or name setting the page lacks, from the
        // widget's table (e2e/configure.spec.js: "should offer a field for a setting of the
        // widget's table that the page does not write out").
        let made = matches!(s.kind, Kind::Text { .. } | Kind::Name { .. });
        let list = matches!(s.kind, Kind::HelpList(_)) && html.contains("id=\"help-rows\"");
        assert!(
            html.contains(&field) || made || list,
            "configure.html has no field {field} for {}",
            s.json
        );
        // A field written into the page has the setting's limit.
        if let (Some(start), Some(max)) = (html.find(&field), s.kind.max()) {
            let tag = &html[start..start + html[start..].find('>').unwrap()];
            if !matches!(s.kind, Kind::HelpList(_) | Kind::Questions(_)) {
                assert!(
                    tag.contains(&format!("maxlength=\"{max}\"")),
                    "configure.html: {tag} should have maxlength=\"{max}\""
                );
            }
        }
    }
    for f in HELP_FIELDS {
        let part = format!("data-part=\"{}\"", f.name);
        let start = html.find(&part).unwrap_or_else(|| panic!("no {part}"));
        let tag = &html[start..start + html[start..].find('>').unwrap()];
        assert!(tag.contains(&format!("maxlength=\"{}\"", f.max)), "{tag}");
    }
}

#[test]
fn the_configurator_offers_every_area_and_question_the_widget_takes() {
    let html = read("web/configurator/configure.html");
    // Each area's box: `<input id="f-area-…" type="checkbox" value="…" checked data-area>`.
    let offered: Vec<&str> = html
        .match_indices("data-area>")
        .filter_map(|(end, _)| html[..end].rsplit("value=\"").next()?.split('"').next())
        .collect();
    let areas: Vec<&str> = AreaId::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(offered, areas);
    let questions = html.matches("data-question=").count();
    assert_eq!(questions, MAX_OWN_QUESTIONS);
    assert_eq!(
        html.matches(&format!("maxlength=\"{MAX_OWN_QUESTION}\" data-question"))
            .count(),
        MAX_OWN_QUESTIONS
    );
}

#[test]
fn the_wordpress_plugin_uses_the_same_limits_and_areas() {
    let checks = read("wordpress/missing-pieces/includes/checks.php");
    for (name, value) in [
        ("MISSING_PIECES_MAX_HELP", MAX_HELP_CONTACTS),
        ("MISSING_PIECES_MIN_AREAS", MIN_AREAS),
        ("MISSING_PIECES_MAX_QUESTIONS", MAX_OWN_QUESTIONS),
        ("MISSING_PIECES_MAX_QUESTION", MAX_OWN_QUESTION),
    ] {
        let line = format!("define( '{name}', {value} );");
        assert!(checks.contains(&line), "checks.php should say {line}");
    }
    let settings = read("wordpress/missing-pieces/includes/settings.php");
    let start = settings.find("function missing_pieces_areas()").unwrap();
    let body = &settings[start..start + settings[start..].find("\n}").unwrap()];
    let offered: Vec<&str> = body
        .lines()
        .filter_map(|l| l.trim().strip_prefix('\'')?.split('\'').next())
        .collect();
    let areas: Vec<&str> = AreaId::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(offered, areas, "the plugin's areas");
}
