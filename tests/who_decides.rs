#![cfg(not(target_arch = "wasm32"))]
//! Only the counsellor decides what the check-in says. Anyone can write an address, in a link to
//! the standalone page or in a frame on a site of their own, so an address sets nothing but the
//! language (and in a frame the widget id); the rest comes from the settings file the counsellor
//! uploads. On a page whose settings come from the site (the WordPress plugin), what an author
//! writes on an element sets nothing but its widget id.

use missing_pieces::domain::config::table::{flat_names, SETTINGS};
use missing_pieces::domain::config::{
    Config, ConfigProblem, Misplaced, Outcome, ProblemKind, Shown, SETTINGS_FILE,
};
use missing_pieces::domain::text::Locale;
use proptest::prelude::*;

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// A crafted link: a stranger's crisis line, email, questions, practice name, welcome, and a
/// check-in without hope and the reflections, in every way the address can carry them.
const CRAFTED: &[(&str, &str)] = &[
    (
        "urgent-help",
        r#"[{"name": "Crisis Line", "phone": "0900 123 456"}]"#,
    ),
    ("contact-email", "someone@elsewhere.example"),
    ("contact-phone", "0900 654 321"),
    ("booking-url", "https://elsewhere.example/book"),
    ("practice-name", "Riverside Counselling"),
    ("intro", "Write to me at someone@elsewhere.example."),
    ("questions", "What is your home address?"),
    (
        "areas",
        "mindful_attitude,self_compassion,positive_experiences",
    ),
    ("reflections", "off"),
    ("saving", "off"),
    ("accent", "#000000"),
    ("widget-id", "other"),
    // The same again as one settings code: {"practice_name":"Crafted"}.
    ("config", "eyJwcmFjdGljZV9uYW1lIjoiQ3JhZnRlZCJ9"),
];

/// The counsellor's own settings file.
const FILE: &str = r#"{"practice_name": "Harbour Counselling",
    "contact": {"email": "hello@harbour.example"},
    "urgent_help": [{"name": "Samaritans", "phone": "116 123"}]}"#;

fn not_read(place: Misplaced) -> ConfigProblem {
    ConfigProblem::new("settings", ProblemKind::NotRead(place), Outcome::NotUsed)
}

#[test]
fn a_crafted_link_to_the_page_on_its_own_sets_nothing_but_the_language() {
    let mut address = owned(CRAFTED);
    address.push(("language".into(), "es".into()));
    let (config, problems) = Config::for_page(FILE, &address, Shown::OnItsOwn);
    let (file, _) = Config::from_json(FILE);
    assert_eq!(
        config,
        Config {
            locale: Some(Locale::Es),
            ..file
        }
    );
    // One note for the site owner, which names no value from the link.
    assert_eq!(problems, vec![not_read(Misplaced::Address)]);
    let note = problems[0].to_string();
    assert!(
        !note.contains("elsewhere") && !note.contains("0900"),
        "{note}"
    );
}

#[test]
fn without_a_settings_file_a_crafted_link_leaves_every_default() {
    let (config, problems) = Config::for_page("", &owned(CRAFTED), Shown::OnItsOwn);
    assert_eq!(config, Config::default());
    assert_eq!(problems, vec![not_read(Misplaced::Address)]);
}

#[test]
fn the_language_and_tracking_parameters_alone_give_no_note() {
    let address = owned(&[
        ("lang", "ar"),
        ("utm_source", "newsletter"),
        ("fbclid", "x"),
    ]);
    let (config, problems) = Config::for_page("", &address, Shown::OnItsOwn);
    assert_eq!(config.locale, Some(Locale::Ar));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_crafted_frame_on_another_site_sets_nothing_but_the_language_and_widget_id() {
    let mut address = owned(CRAFTED);
    address.push(("lang".into(), "ar".into()));
    let (config, problems) = Config::for_page(FILE, &address, Shown::InFrame);
    let (file, _) = Config::from_json(FILE);
    assert_eq!(
        config,
        Config {
            locale: Some(Locale::Ar),
            widget_id: "other".into(),
            ..file
        }
    );
    assert_eq!(problems, vec![not_read(Misplaced::Address)]);
}

#[test]
fn a_settings_file_that_cannot_be_read_leaves_every_default_with_a_note() {
    let (config, problems) = Config::for_page("<html>Not found</html>", &[], Shown::OnItsOwn);
    assert_eq!(config, Config::default());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, SETTINGS_FILE);
    assert_eq!(problems[0].outcome, Outcome::AllDefaults);
}

#[test]
fn on_a_page_with_the_sites_settings_an_element_sets_only_its_widget_id() {
    let mut element = owned(CRAFTED);
    element.retain(|(k, _)| k != "widget-id");
    element.push(("widget-id".into(), "second".into()));
    let (config, problems) = Config::for_site_page(FILE, &element);
    let (file, _) = Config::from_json(FILE);
    assert_eq!(
        config,
        Config {
            widget_id: "second".into(),
            ..file
        }
    );
    assert_eq!(problems, vec![not_read(Misplaced::OnElement)]);
    // The plugin's own element (only its widget id, or nothing) gives no note.
    let (_, problems) = Config::for_site_page(FILE, &owned(&[("widget-id", "second")]));
    assert!(problems.is_empty(), "{problems:?}");
    let (_, problems) = Config::for_site_page(FILE, &owned(&[("nosnippet", "")]));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn only_the_language_may_come_from_any_address() {
    // The list is short on purpose: a setting added to it must be one that cannot mislead a
    // client or send their answers elsewhere.
    let safe: Vec<&str> = SETTINGS
        .iter()
        .filter(|s| {
            let pairs: Vec<(String, String)> = s
                .flat
                .iter()
                .map(|f| ((*f).to_owned(), "x".to_owned()))
                .collect();
            !Config::for_page("", &pairs, Shown::OnItsOwn)
                .1
                .contains(&not_read(Misplaced::Address))
        })
        .map(|s| s.json)
        .collect();
    assert_eq!(safe, vec!["language"]);
}

proptest! {
    /// Whatever an address holds, the page uses the settings file for everything but the
    /// language (and in a frame the widget id).
    #[test]
    fn no_address_changes_more_than_the_language_and_a_frames_widget_id(
        address in prop::collection::vec(
            (prop_oneof![prop::sample::select(flat_names()).prop_map(String::from), any::<String>()],
             prop_oneof![Just("on".to_owned()), Just("#000".to_owned()), any::<String>()]),
            0..12,
        )
    ) {
        let (file, _) = Config::from_json(FILE);
        let (config, problems) = Config::for_page(FILE, &address, Shown::OnItsOwn);
        prop_assert_eq!(Config { locale: file.locale, ..config }, file.clone());
        let (framed, _) = Config::for_page(FILE, &address, Shown::InFrame);
        prop_assert_eq!(
            Config { locale: file.locale, widget_id: file.widget_id.clone(), ..framed },
            file
        );
        // No note repeats what the link says, except the language's own.
        for problem in &problems {
            prop_assert!(
                problem.kind == ProblemKind::NotRead(Misplaced::Address)
                    || problem.field.to_ascii_lowercase().trim().starts_with("lang"),
                "{}", problem
            );
        }
    }

    /// On a page with the site's settings, no element's `data-` settings change more than its
    /// widget id.
    #[test]
    fn no_element_changes_more_than_its_widget_id_on_a_site_settings_page(
        element in prop::collection::vec(
            (prop_oneof![prop::sample::select(flat_names()).prop_map(String::from), any::<String>()],
             any::<String>()),
            0..12,
        )
    ) {
        let (file, _) = Config::from_json(FILE);
        let (config, _) = Config::for_site_page(FILE, &element);
        prop_assert_eq!(Config { widget_id: file.widget_id.clone(), ..config }, file);
    }
}
