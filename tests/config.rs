#![cfg(not(target_arch = "wasm32"))]
//! The counsellor's configuration: each case states a configuration as written (JSON, flat
//! pairs or a settings code), the configuration the widget must use, and which settings must be
//! reported. A mistake never stops the widget; it falls back to that setting's default.

use std::fs;
use std::path::Path;

use missing_pieces::domain::config::table::{flat_names, json_keys};
use missing_pieces::domain::config::{
    email_href, help_phone_href, pow_2_4, Against, Config, ConfigProblem, Contact, Expected, Found,
    HelpContact, Misplaced, Outcome, ProblemKind, Rgb, MAX_HELP_CONTACTS, MAX_HELP_NAME, MAX_INTRO,
    MAX_NOTES, MAX_OWN_QUESTION, MAX_PRACTICE_NAME, MAX_WIDGET_ID, MIN_CONTRAST,
};
use missing_pieces::domain::content::AreaId;
use missing_pieces::domain::json::{self, Json};
use missing_pieces::domain::text::{Locale, Text};
use proptest::prelude::*;

/// A configuration as a counsellor's page gives it.
#[derive(Clone, Copy, Debug)]
enum Input<'a> {
    /// A `<script type="application/json">` block.
    Json(&'a str),
    /// `data-` attributes or URL parameters.
    Pairs(&'a [(&'a str, &'a str)]),
    /// A settings code from an iframe URL.
    Code(&'a str),
}

fn read(input: Input) -> (Config, Vec<ConfigProblem>) {
    match input {
        Input::Json(text) => Config::from_json(text),
        Input::Pairs(pairs) => Config::from_pairs(&owned(pairs)),
        Input::Code(code) => Config::from_base64url(code),
    }
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Reads `input`, compares the result with `expected` and the reported fields with
/// `problem_fields`, checks every message reads as a finished sentence, and returns the
/// problems for closer checks.
fn check(input: Input, expected: Config, problem_fields: &[&str]) -> Vec<ConfigProblem> {
    let (config, problems) = read(input);
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        config, expected,
        "configuration from {input:?}\n{messages:#?}"
    );
    assert_eq!(
        problems
            .iter()
            .map(|p| p.field.as_str())
            .collect::<Vec<_>>(),
        problem_fields,
        "problems from {input:?}\n{messages:#?}"
    );
    for (problem, message) in problems.iter().zip(&messages) {
        assert!(
            message.starts_with(&format!("{}: ", problem.field)) && message.ends_with('.'),
            "{message}"
        );
        for jargon in ["Some(", "None)", "Json", "\\u", "Err(", "{:"] {
            assert!(!message.contains(jargon), "{message}");
        }
    }
    problems
}

/// The default configuration changed by `change`.
fn with(change: impl FnOnce(&mut Config)) -> Config {
    let mut config = Config::default();
    change(&mut config);
    config
}

fn default() -> Config {
    Config::default()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

fn message(input: Input) -> Vec<String> {
    read(input).1.iter().map(ToString::to_string).collect()
}

/// A configuration that sets everything, and is valid.
fn everything() -> Config {
    Config {
        practice_name: some("Harbour Counselling"),
        contact: Contact {
            email: some("hello@harbour.example"),
            phone: some("+44 20 7946 0018"),
            booking_url: some("https://harbour.example/book?from=widget#slots"),
        },
        accent: Some(Rgb(0x1d, 0x4e, 0xd8)),
        background: Some(Rgb(0xff, 0xff, 0xff)),
        locale: Some(Locale::Es),
        urgent_help: vec![
            HelpContact {
                name: "Samaritans".into(),
                phone: some("116 123"),
                text: None,
                url: some("https://www.samaritans.org"),
                hours: some("24 hours, every day"),
            },
            HelpContact {
                name: "Shout".into(),
                phone: None,
                text: some("Text SHOUT to 85258"),
                url: None,
                hours: None,
            },
        ],
        reflections: false,
        offer_saving: false,
        intro: some("Welcome.\nTake your time: there are no wrong answers. <3 & \"quotes\""),
        widget_id: "front-page_2".into(),
        areas: vec![
            AreaId::Hope,
            AreaId::RelationalSupport,
            AreaId::SelfCompassion,
        ],
        questions: vec![
            Text::en("What brings you here now?"),
            Text::from_pairs(&[
                (Locale::En, "Who is at home?"),
                (Locale::Es, "¿Quién vive contigo?"),
            ]),
        ],
    }
}

const EVERYTHING_JSON: &str = r##"{
  "practice_name": "Harbour Counselling",
  "contact": {
    "email": "hello@harbour.example",
    "phone": "+44 20 7946 0018",
    "booking_url": "https://harbour.example/book?from=widget#slots"
  },
  "accent": "#1D4ED8",
  "background": "#fff",
  "language": "es",
  "urgent_help": [
    { "name": "Samaritans", "phone": "116 123", "url": "https://www.samaritans.org",
      "hours": "24 hours, every day" },
    { "name": "Shout", "text": "Text SHOUT to 85258" }
  ],
  "reflections": false,
  "offer_saving": false,
  "intro": "Welcome.\nTake your time: there are no wrong answers. <3 & \"quotes\"",
  "widget_id": "front-page_2",
  "areas": ["self_compassion", "Hope", "relational-support"],
  "questions": ["What brings you here now?", { "en": "Who is at home?", "es": "¿Quién vive contigo?" }]
}"##;

const EVERYTHING_PAIRS: &[(&str, &str)] = &[
    ("practice-name", "Harbour Counselling"),
    ("contact-email", "hello@harbour.example"),
    ("contact-phone", "+44 20 7946 0018"),
    (
        "booking-url",
        "https://harbour.example/book?from=widget#slots",
    ),
    ("accent", "#1d4ed8"),
    ("background", "#FFFFFF"),
    ("lang", "es"),
    (
        "urgent-help",
        r#"[{"name": "Samaritans", "phone": "116 123", "url": "https://www.samaritans.org",
            "hours": "24 hours, every day"}, {"name": "Shout", "text": "Text SHOUT to 85258"}]"#,
    ),
    ("reflections", "off"),
    ("saving", "no"),
    (
        "intro",
        "Welcome.\r\nTake your time: there are no wrong answers. <3 & \"quotes\"",
    ),
    ("widget-id", "front-page_2"),
    ("areas", "hope, relational_support,self_compassion"),
    (
        "questions",
        r#"["What brings you here now?", {"en": "Who is at home?", "es": "¿Quién vive contigo?"}]"#,
    ),
];

// Good configurations.

#[test]
fn nothing_configured_means_every_default() {
    check(Input::Json("{}"), default(), &[]);
    check(Input::Json("  \n"), default(), &[]);
    check(Input::Pairs(&[]), default(), &[]);
    check(Input::Code(""), default(), &[]);
    let config = default();
    assert!(config.reflections && config.offer_saving);
    assert_eq!(config.accent_or_default(), Rgb::DEFAULT_ACCENT);
    assert_eq!(config.background_or_default(), Rgb::DEFAULT_BACKGROUND);
}

#[test]
fn every_setting_is_read_from_json() {
    check(Input::Json(EVERYTHING_JSON), everything(), &[]);
}

#[test]
fn every_setting_is_read_from_flat_pairs() {
    check(Input::Pairs(EVERYTHING_PAIRS), everything(), &[]);
}

#[test]
fn canonical_json_lists_only_what_differs_from_the_default() {
    assert_eq!(default().to_json(), "{}");
    let config = with(|c| {
        c.accent = Some(Rgb(0x1d, 0x4e, 0xd8));
        c.reflections = false;
        c.practice_name = some("Ana's <Practice>");
    });
    assert_eq!(
        config.to_json(),
        r##"{"practice_name":"Ana\u0027s \u003cPractice\u003e","accent":"#1d4ed8","reflections":false}"##
    );
}

#[test]
fn configurations_round_trip_through_json_and_settings_codes() {
    for config in [default(), everything()] {
        check(Input::Json(&config.to_json()), config.clone(), &[]);
        let code = config.to_base64url();
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        check(Input::Code(&code), config.clone(), &[]);
    }
}

#[test]
fn settings_codes_accept_padding_and_the_standard_alphabet() {
    // These intros give codes with `_` and `-`, which the standard alphabet writes `/` and `+`.
    for intro in ["??>", "~~~"] {
        let config = with(|c| c.intro = some(intro));
        let code = config.to_base64url();
        assert!(code.contains(['-', '_']), "{code}");
        let standard = code.replace('-', "+").replace('_', "/");
        let padded = format!("{code}{}", "=".repeat((4 - code.len() % 4) % 4));
        check(Input::Code(&standard), config.clone(), &[]);
        check(Input::Code(&padded), config, &[]);
    }
}

#[test]
fn a_config_pair_is_read_first_and_other_pairs_override_it() {
    let code = with(|c| {
        c.practice_name = some("From the code");
        c.locale = Some(Locale::Ar);
    })
    .to_base64url();
    check(
        Input::Pairs(&[("lang", "es"), ("config", &code)]),
        with(|c| {
            c.practice_name = some("From the code");
            c.locale = Some(Locale::Es);
        }),
        &[],
    );
}

#[test]
fn null_and_empty_values_leave_the_default() {
    check(
        Input::Json(
            r#"{"intro": null, "reflections": null, "accent": "", "contact": {"email": " "},
                "urgent_help": null, "practice_name": "   "}"#,
        ),
        default(),
        &[],
    );
    check(
        Input::Pairs(&[("accent", ""), ("reflections", " "), ("urgent-help", "")]),
        default(),
        &[],
    );
}

#[test]
fn text_is_trimmed_and_language_tags_are_understood() {
    check(
        Input::Json(r#"{"practice_name": "  Harbour  ", "language": "ES-mx"}"#),
        with(|c| {
            c.practice_name = some("Harbour");
            c.locale = Some(Locale::Es);
        }),
        &[],
    );
}

#[test]
fn markup_in_text_is_kept_verbatim_as_plain_text() {
    check(
        Input::Json(r#"{"practice_name": "<script>alert(1)</script>"}"#),
        with(|c| c.practice_name = some("<script>alert(1)</script>")),
        &[],
    );
    check(
        Input::Pairs(&[("intro", "<img src=x onerror=alert(1)>")]),
        with(|c| c.intro = some("<img src=x onerror=alert(1)>")),
        &[],
    );
}

#[test]
fn flat_names_ignore_case_and_switches_read_common_words() {
    check(
        Input::Pairs(&[("Accent", "#000"), ("REFLECTIONS", "No"), ("saving", "1")]),
        with(|c| {
            c.accent = Some(Rgb(0, 0, 0));
            c.reflections = false;
        }),
        &[],
    );
}

#[test]
fn local_test_addresses_and_unusual_but_safe_addresses_are_accepted() {
    for url in [
        "https://example.org",
        "HTTPS://Example.ORG/Book",
        "https://example.org:8443/a/b?c=d&e=f#g",
        "https://bücher.example/termin",
        "https://[2001:db8::1]:8443/",
        "http://localhost:8080/book",
        "http://127.0.0.1/book",
    ] {
        let json = format!(r#"{{"contact": {{"booking_url": "{url}"}}}}"#);
        check(
            Input::Json(&json),
            with(|c| c.contact.booking_url = some(url)),
            &[],
        );
    }
}

#[test]
fn help_contact_phone_links_keep_only_plus_and_digits() {
    assert_eq!(help_phone_href("+44 (0)20 7946-0018"), "tel:+4402079460018");
    assert_eq!(help_phone_href(" 988 "), "tel:988");
    assert_eq!(help_phone_href("116.123"), "tel:116123");
    assert_eq!(help_phone_href("1+2"), "tel:12");
    assert_eq!(
        email_href("hello@harbour.example"),
        "mailto:hello@harbour.example"
    );
}

#[test]
fn the_default_colours_meet_the_contrast_rules() {
    assert!(Rgb::DEFAULT_ACCENT.contrast(Rgb::WHITE) >= MIN_CONTRAST);
    assert!(Rgb::DEFAULT_ACCENT.contrast(Rgb::DEFAULT_BACKGROUND) >= MIN_CONTRAST);
    assert!(Rgb::DEFAULT_BACKGROUND.contrast(Rgb::MUTED_TEXT) >= MIN_CONTRAST);
    assert!(Rgb::DEFAULT_BACKGROUND.contrast(Rgb::TEXT) >= MIN_CONTRAST);
    assert!((Rgb(0, 0, 0).contrast(Rgb::WHITE) - 21.0).abs() < 1e-9);
    assert_eq!(
        Rgb::from_hex("#Fc0").map(Rgb::to_hex),
        Some("#ffcc00".into())
    );
}

// Bad configurations: each one is reported and falls back to the default for that setting only.

#[test]
fn malformed_json_gives_every_default_and_says_where() {
    let input = Input::Json("{\n  \"accent\": \"#123456\"\n  \"intro\": \"Hi\"\n}");
    check(input, default(), &["settings"]);
    assert_eq!(
        message(input),
        ["settings: could not be read (line 3, column 3: expected a comma or }). Every setting uses its default."]
    );
}

#[test]
fn curly_quotes_from_a_word_processor_are_named() {
    let input = Input::Json("{“accent”: “#123456”}");
    check(input, default(), &["settings"]);
    assert_eq!(
        message(input),
        ["settings: could not be read (line 1, column 2: use straight double quotes (\") instead of curly quotes). Every setting uses its default."]
    );
}

#[test]
fn a_setting_given_twice_in_json_is_malformed() {
    check(
        Input::Json(r##"{"accent": "#000", "accent": "#111"}"##),
        default(),
        &["settings"],
    );
}

#[test]
fn a_list_at_the_top_level_gives_every_default() {
    let input = Input::Json(r##"[{"accent": "#123"}]"##);
    check(input, default(), &["settings"]);
    assert_eq!(
        message(input),
        ["settings: should be a group of settings in curly brackets, but it is a list. Every setting uses its default."]
    );
}

#[test]
fn settings_over_32_kib_give_every_default() {
    let huge = format!(r#"{{"intro": "{}"}}"#, "a".repeat(40_000));
    let problems = check(Input::Json(&huge), default(), &["settings"]);
    assert!(
        matches!(&problems[0].kind, ProblemKind::Malformed(e) if e.kind == json::JsonErrorKind::TooLarge)
    );
}

#[test]
fn unknown_settings_are_ignored_with_a_suggestion_when_one_is_close() {
    let input = Input::Json(
        r##"{"acent": "#000", "practice-name": "Harbour", "email": "a@b.example",
            "colour_scheme": "dark", "contact": {"emial": "x"}, "intro": "Hi", "": 1}"##,
    );
    let problems = check(
        input,
        with(|c| c.intro = some("Hi")),
        &[
            "acent",
            "practice-name",
            "email",
            "colour_scheme",
            "contact.emial",
            "\"\"",
        ],
    );
    let suggestions: Vec<Option<&str>> = problems
        .iter()
        .map(|p| match &p.kind {
            ProblemKind::UnknownSetting { suggestion } => suggestion.as_deref(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        suggestions,
        [
            Some("accent"),
            Some("practice_name"),
            Some("contact.email"),
            None,
            Some("email"),
            None,
        ]
    );
    assert_eq!(
        problems[0].to_string(),
        "acent: is not a setting this widget knows. Did you mean \"accent\"? It is ignored."
    );
    assert_eq!(
        problems[3].to_string(),
        "colour_scheme: is not a setting this widget knows. It is ignored."
    );
}

#[test]
fn a_text_setting_given_a_number_is_reported() {
    let input = Input::Json(r#"{"practice_name": 42, "intro": true}"#);
    check(input, default(), &["practice_name", "intro"]);
    assert_eq!(
        message(input),
        [
            "practice_name: should be text in double quotes, but it is a number. The default is used.",
            "intro: should be text in double quotes, but it is true or false. It is left out.",
        ]
    );
}

#[test]
fn a_switch_written_as_text_is_reported_and_stays_on() {
    let input = Input::Json(r#"{"reflections": "no", "offer_saving": 0}"#);
    check(input, default(), &["reflections", "offer_saving"]);
    assert_eq!(
        message(input)[0],
        "reflections: should be true or false (without quotes), but it is text. The default is used."
    );
}

#[test]
fn a_flat_switch_that_is_not_on_or_off_is_reported() {
    let input = Input::Pairs(&[("reflections", "maybe"), ("saving", "off")]);
    check(input, with(|c| c.offer_saving = false), &["reflections"]);
    assert_eq!(
        message(input),
        ["reflections: \"maybe\" should be on or off. The default is used."]
    );
}

#[test]
fn a_list_or_group_of_the_wrong_kind_is_reported() {
    let problems = check(
        Input::Json(r#"{"urgent_help": {"name": "Samaritans"}, "contact": "me@example.org"}"#),
        default(),
        &["urgent_help", "contact"],
    );
    assert_eq!(
        problems[0].kind,
        ProblemKind::WrongType {
            expected: Expected::List,
            found: Found::Group
        }
    );
    assert!(problems[0].to_string().contains("should be a list"));
    assert_eq!(
        problems[1].kind,
        ProblemKind::WrongType {
            expected: Expected::Group,
            found: Found::Text
        }
    );
}

#[test]
fn every_unsafe_web_address_is_refused() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "/book",
        "book.html",
        "//evil.example/book",
        "www.example.org",
        "http://example.org",
        "http://localhost.evil.example",
        "https://",
        "https:///path",
        "https://user@example.org",
        "https://bank.example@evil.example/",
        "https://exa mple.org",
        "https://example.org/\u{0}",
        "https://example.org\\@evil.example",
        "https://example..org",
        "https://example.org:port",
        "   ",
    ] {
        let json = format!(r#"{{"contact": {{"booking_url": {}}}}}"#, json::escape(url));
        check(Input::Json(&json), default(), &["contact.booking_url"]);
        check(
            Input::Pairs(&[("booking-url", url)]),
            default(),
            &["booking-url"],
        );
    }
    assert_eq!(
        message(Input::Pairs(&[("booking-url", "javascript:alert(1)")])),
        ["booking-url: \"javascript:alert(1)\" is not a safe web address; it must start with https://. It is left out."]
    );
}

#[test]
fn over_long_text_is_reported_and_left_out() {
    let name = "n".repeat(MAX_PRACTICE_NAME + 1);
    let intro = "i".repeat(MAX_INTRO + 1);
    let json = format!(r##"{{"practice_name": "{name}", "intro": "{intro}", "accent": "#000"}}"##);
    let problems = check(
        Input::Json(&json),
        with(|c| c.accent = Some(Rgb(0, 0, 0))),
        &["practice_name", "intro"],
    );
    assert_eq!(
        problems[0].to_string(),
        "practice_name: is 81 characters long; at most 80 are allowed. The default is used."
    );
    let fits = "n".repeat(MAX_PRACTICE_NAME);
    check(
        Input::Pairs(&[("practice-name", &fits)]),
        with(|c| c.practice_name = Some(fits.clone())),
        &[],
    );
}

#[test]
fn control_characters_are_removed_and_reported() {
    let input = Input::Json(
        r#"{"practice_name": "Harbour\u0007 Counselling\u0000", "intro": "Hello\r\nthere\tfriend\n"}"#,
    );
    check(
        input,
        with(|c| {
            c.practice_name = some("Harbour Counselling");
            c.intro = some("Hello\nthere friend");
        }),
        &["practice_name"],
    );
    assert_eq!(
        message(input),
        ["practice_name: has hidden control codes in it. They are removed and the rest is used."]
    );
}

#[test]
fn line_breaks_in_a_one_line_setting_become_spaces() {
    check(
        Input::Pairs(&[("practice-name", "Harbour\nCounselling")]),
        with(|c| c.practice_name = some("Harbour Counselling")),
        &[],
    );
}

#[test]
fn an_accent_too_light_for_white_button_text_is_refused() {
    let input = Input::Json(r##"{"accent": "#ffff00", "practice_name": "Harbour"}"##);
    let problems = check(
        input,
        with(|c| c.practice_name = some("Harbour")),
        &["accent"],
    );
    assert_eq!(
        problems[0].to_string(),
        "accent: \"#ffff00\" is too light for white button text (contrast 1.1:1; at least 4.5:1 is needed). The default is used."
    );
}

#[test]
fn an_accent_that_does_not_stand_out_from_the_background_is_refused() {
    // #767676 is just dark enough for white text, but too close to a light grey background.
    let input = Input::Json(r##"{"accent": "#767676", "background": "#f0f0f0"}"##);
    let problems = check(
        input,
        with(|c| c.background = Some(Rgb(0xf0, 0xf0, 0xf0))),
        &["accent"],
    );
    assert!(matches!(
        problems[0].kind,
        ProblemKind::LowContrast {
            against: Against::Background(Rgb(0xf0, 0xf0, 0xf0)),
            ..
        }
    ));
    assert_eq!(
        problems[0].to_string(),
        "accent: \"#767676\" does not stand out enough from the background #f0f0f0 (contrast 4.0:1; at least 4.5:1 is needed). The default is used."
    );
}

#[test]
fn a_background_too_dark_for_the_text_is_refused_and_the_accent_checked_against_the_default() {
    let input = Input::Json(r##"{"background": "#777", "accent": "#1d4ed8"}"##);
    let problems = check(
        input,
        with(|c| c.accent = Some(Rgb(0x1d, 0x4e, 0xd8))),
        &["background"],
    );
    assert_eq!(
        problems[0].to_string(),
        "background: \"#777\" is too dark for the widget's grey text #4a5559 (contrast 1.7:1; at least 4.5:1 is needed). The default is used."
    );
}

#[test]
fn a_background_the_default_accent_cannot_stand_out_from_is_refused() {
    let input = Input::Json(r##"{"background": "#c8c8c8"}"##);
    let problems = check(input, default(), &["background"]);
    assert!(matches!(
        problems[0].kind,
        ProblemKind::LowContrast {
            against: Against::DefaultAccent,
            ..
        }
    ));
    // With a darker accent of its own, the same background is fine.
    check(
        Input::Json(r##"{"background": "#c8c8c8", "accent": "#000"}"##),
        with(|c| {
            c.background = Some(Rgb(0xc8, 0xc8, 0xc8));
            c.accent = Some(Rgb(0, 0, 0));
        }),
        &[],
    );
}

#[test]
fn anything_but_a_hex_colour_is_refused() {
    for colour in [
        "blue",
        "2f6b5e",
        "#12345",
        "#1234567",
        "#ggg",
        "rgb(0, 0, 0)",
        "#2f6b5e;",
        "# 2f6b5e",
    ] {
        let json = format!(r#"{{"accent": "{colour}"}}"#);
        check(Input::Json(&json), default(), &["accent"]);
    }
    assert_eq!(
        message(Input::Pairs(&[("background", "teal")])),
        ["background: \"teal\" is not a colour; use # and 3 or 6 hex digits (0 to 9, a to f), like #2f6b5e. The default is used."]
    );
}

#[test]
fn a_bad_email_is_left_out() {
    for email in [
        "me@home",
        "me",
        "@example.org",
        "a@b@example.org",
        "me@example.org; you@example.org",
        "me@example.org,you@example.org",
        "me @example.org",
        "me@.org",
        "me@example.org.",
        "<me@example.org>",
        "me@example.org?cc=them@example.org",
    ] {
        let json = format!(r#"{{"contact": {{"email": "{email}"}}}}"#);
        check(Input::Json(&json), default(), &["contact.email"]);
    }
    assert_eq!(
        message(Input::Pairs(&[("contact-email", "me@home")])),
        ["contact-email: \"me@home\" is not an email address; it should look like name@example.org. It is left out."]
    );
}

#[test]
fn a_bad_phone_number_is_left_out() {
    for phone in [
        "call us",
        "12",
        "+1 (555) 0100 ext 2",
        "123456789012345678901",
        "++44 20 7946 0018",
        "44+20",
    ] {
        let json = format!(r#"{{"contact": {{"phone": "{phone}"}}}}"#);
        check(Input::Json(&json), default(), &["contact.phone"]);
    }
    check(
        Input::Json(r#"{"contact": {"phone": "+1 (555) 010-0199"}}"#),
        with(|c| c.contact.phone = some("+1 (555) 010-0199")),
        &[],
    );
}

#[test]
fn an_unknown_language_is_reported() {
    let input = Input::Json(r#"{"language": "fr"}"#);
    check(input, default(), &["language"]);
    assert_eq!(
        message(input),
        ["language: \"fr\" is not a language this widget speaks (en, es, ar). The default is used."]
    );
}

fn help(name: &str, phone: &str) -> HelpContact {
    HelpContact {
        name: name.into(),
        phone: some(phone),
        ..HelpContact::default()
    }
}

#[test]
fn more_than_eight_help_contacts_keeps_the_first_eight() {
    let entries: Vec<String> = (1..=9)
        .map(|n| format!(r#"{{"name": "Line {n}", "phone": "10{n}"}}"#))
        .collect();
    let json = format!(r#"{{"urgent_help": [{}]}}"#, entries.join(","));
    let input = Input::Json(&json);
    check(
        input,
        with(|c| {
            c.urgent_help = (1..=MAX_HELP_CONTACTS)
                .map(|n| help(&format!("Line {n}"), &format!("10{n}")))
                .collect();
        }),
        &["urgent_help"],
    );
    assert_eq!(
        message(input),
        ["urgent_help: lists 9 contacts; at most 8 can be shown. Only the first 8 are used."]
    );
}

#[test]
fn a_help_contact_nobody_could_reach_is_left_out() {
    let input = Input::Json(
        r#"{"urgent_help": [{"name": "A friend"}, {"name": "Samaritans", "phone": "116 123"}]}"#,
    );
    check(
        input,
        with(|c| c.urgent_help = vec![help("Samaritans", "116 123")]),
        &["urgent_help[0]"],
    );
    assert_eq!(
        message(input),
        ["urgent_help[0]: has no working phone number, text line or web address, so nobody could reach it. This contact is left out."]
    );
}

#[test]
fn bad_help_contacts_are_dropped_one_by_one() {
    let long_name = "n".repeat(MAX_HELP_NAME + 1);
    let json = format!(
        r#"{{"urgent_help": [
            {{"phone": "116 123"}},
            {{"name": "Samaritans", "phone": "116 123", "url": "javascript:alert(1)"}},
            "Shout",
            {{"name": "{long_name}", "phone": "999"}},
            {{"name": "Crisis", "url": "http://crisis.example"}},
            {{"name": "Line", "phone": "999", "website": "https://line.example"}}
        ]}}"#
    );
    let problems = check(
        Input::Json(&json),
        with(|c| c.urgent_help = vec![help("Samaritans", "116 123"), help("Line", "999")]),
        &[
            "urgent_help[0].name",
            "urgent_help[1].url",
            "urgent_help[2]",
            "urgent_help[3].name",
            "urgent_help[4].url",
            "urgent_help[4]",
            "urgent_help[5].website",
        ],
    );
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages[0],
        "urgent_help[0].name: is missing; every urgent help contact needs a name. This contact is left out."
    );
    assert_eq!(
        messages[3],
        "urgent_help[3].name: is 81 characters long; at most 80 are allowed. This contact is left out."
    );
    assert!(messages[6].contains("Did you mean \"url\"?"));
}

#[test]
fn help_contacts_in_a_flat_pair_are_json_text() {
    let input = Input::Pairs(&[(
        "urgent-help",
        r#"[{"name": "Samaritans", "phone": "116 123"},]"#,
    )]);
    check(input, default(), &["urgent-help"]);
    assert_eq!(
        message(input),
        ["urgent-help: could not be read (line 1, column 45: remove the comma before the closing bracket). It is left out."]
    );
    check(
        Input::Pairs(&[("urgent-help", r#"[{"name": "Shout", "url": "ftp://x"}]"#)]),
        default(),
        &["urgent-help[0].url", "urgent-help[0]"],
    );
    check(
        Input::Pairs(&[("urgent-help", r#"{"name": "Shout"}"#)]),
        default(),
        &["urgent-help"],
    );
}

#[test]
fn one_bad_setting_leaves_the_others_in_place() {
    check(
        Input::Json(
            r#"{"accent": "not a colour", "intro": "Hi", "language": "ar", "contact": {"email": "x", "phone": "988"}}"#,
        ),
        with(|c| {
            c.intro = some("Hi");
            c.locale = Some(Locale::Ar);
            c.contact.phone = some("988");
        }),
        &["accent", "contact.email"],
    );
}

#[test]
fn unknown_flat_names_are_reported_with_suggestions() {
    // A name far from every setting passes quietly (pages carry many such names).
    let problems = check(
        Input::Pairs(&[
            ("practice_name", "Harbour"),
            ("offer-saving", "off"),
            ("mp-theme", "dark"),
        ]),
        default(),
        &["practice_name", "offer-saving"],
    );
    assert_eq!(
        problems[0].to_string(),
        "practice_name: is not a setting this widget knows. Did you mean \"practice-name\"? It is ignored."
    );
    assert_eq!(
        problems[1].kind,
        ProblemKind::UnknownSetting {
            suggestion: Some("saving".into())
        }
    );
}

#[test]
fn a_flat_setting_given_twice_keeps_the_first() {
    let input = Input::Pairs(&[("lang", "es"), ("language", "ar"), ("lang", "en")]);
    check(
        input,
        with(|c| c.locale = Some(Locale::Es)),
        &["language", "lang"],
    );
    assert_eq!(
        message(input)[0],
        "language: is given more than once. Only the first one is used."
    );
}

#[test]
fn a_damaged_settings_code_gives_every_default() {
    let input = Input::Code("eyJhY2NlbnQiOi*");
    check(input, default(), &["config"]);
    assert_eq!(
        message(input),
        ["config: is not a complete settings code; copy the whole address again. The settings in it are not used."]
    );
    // Cut short: the JSON inside is incomplete.
    let code = everything().to_base64url();
    check(Input::Code(&code[..code.len() / 2]), default(), &["config"]);
    // Not UTF-8.
    check(Input::Code("__8"), default(), &["config"]);
}

#[test]
fn a_damaged_config_pair_still_lets_the_other_pairs_apply() {
    check(
        Input::Pairs(&[("config", "!!"), ("intro", "Hi")]),
        with(|c| c.intro = some("Hi")),
        &["config"],
    );
}

// The documents that describe the configuration agree with the code.

fn repo_file(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn the_json_schema_names_every_setting_and_the_same_limits() {
    let schema = json::parse(&repo_file("config.schema.json")).expect("config.schema.json");
    assert_eq!(
        schema.get("$schema").and_then(Json::as_str),
        Some("https://json-schema.org/draft/2020-12/schema")
    );
    assert_eq!(schema.get("additionalProperties"), Some(&Json::Bool(false)));
    let Some(Json::Object(properties)) = schema.get("properties") else {
        panic!("no properties");
    };
    let names: Vec<&str> = properties.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, json_keys());
    let max_length = |value: &Json| match value.get("maxLength") {
        Some(Json::Number(n)) => Some(*n as usize),
        _ => None,
    };
    let property = |name: &str| schema.get("properties").and_then(|p| p.get(name)).unwrap();
    assert_eq!(
        max_length(property("practice_name")),
        Some(MAX_PRACTICE_NAME)
    );
    assert_eq!(max_length(property("intro")), Some(MAX_INTRO));
    assert_eq!(
        property("urgent_help").get("maxItems"),
        Some(&Json::Number(MAX_HELP_CONTACTS as f64))
    );
    let help = property("urgent_help").get("items").unwrap();
    assert_eq!(help.get("additionalProperties"), Some(&Json::Bool(false)));
    assert_eq!(
        max_length(help.get("properties").unwrap().get("name").unwrap()),
        Some(MAX_HELP_NAME)
    );
}

#[test]
fn the_counsellor_guide_names_every_setting_in_both_forms() {
    let guide = repo_file("docs/config.md");
    for key in json_keys()
        .iter()
        .chain(&["email", "phone", "booking_url"])
        .chain(&flat_names())
    {
        assert!(guide.contains(&format!("`{key}`")), "docs/config.md: {key}");
    }
}

// Properties.

fn setting_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>().prop_map(|s| json::escape(&s)),
        Just("true".into()),
        Just("null".into()),
        Just("12".into()),
        Just("[]".into()),
        Just("{}".into()),
        "#[0-9a-fA-F]{3,6}".prop_map(|s| json::escape(&s)),
        "(https|http|javascript)://[a-z.:@\\[\\]0-9]{0,12}".prop_map(|s| json::escape(&s)),
        "[+0-9 ()@.a-z-]{0,24}".prop_map(|s| json::escape(&s)),
    ]
}

fn help_entry() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(vec!["name", "phone", "text", "url", "hours", "tel"]),
            setting_value(),
        ),
        0..5,
    )
    .prop_map(|members| {
        let mut seen = Vec::new();
        let members: Vec<String> = members
            .into_iter()
            .filter(|(k, _)| {
                let fresh = !seen.contains(k);
                seen.push(*k);
                fresh
            })
            .map(|(k, v)| format!("\"{k}\":{v}"))
            .collect();
        format!("{{{}}}", members.join(","))
    })
}

/// JSON objects made of the real setting names with values of every kind, good and bad.
fn settings_json() -> impl Strategy<Value = String> {
    let names = json_keys()
        .into_iter()
        .chain(["acent", "lang"])
        .collect::<Vec<_>>();
    let value = prop_oneof![
        4 => setting_value(),
        1 => prop::collection::vec(help_entry(), 0..10).prop_map(|e| format!("[{}]", e.join(","))),
        1 => prop::collection::vec(
            (prop::sample::select(vec!["email", "phone", "booking_url", "x"]), setting_value()),
            0..4
        )
        .prop_map(|m| {
            let mut seen = Vec::new();
            let members: Vec<String> = m
                .into_iter()
                .filter(|(k, _)| { let fresh = !seen.contains(k); seen.push(*k); fresh })
                .map(|(k, v)| format!("\"{k}\":{v}"))
                .collect();
            format!("{{{}}}", members.join(","))
        }),
    ];
    prop::collection::btree_map(prop::sample::select(names), value, 0..8).prop_map(|m| {
        let members: Vec<String> = m.into_iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
        format!("{{{}}}", members.join(","))
    })
}

proptest! {
    #[test]
    fn reading_json_never_panics(text in any::<String>()) {
        let _ = Config::from_json(&text);
        let _ = Config::from_base64url(&text);
    }

    #[test]
    fn reading_pairs_never_panics(
        pairs in prop::collection::vec(
            (prop_oneof![prop::sample::select(flat_names()).prop_map(String::from), any::<String>()],
             any::<String>()),
            0..8,
        )
    ) {
        let _ = Config::from_pairs(&pairs);
    }

    #[test]
    fn what_the_widget_uses_reads_back_unchanged_and_without_problems(text in settings_json()) {
        let (config, problems) = Config::from_json(&text);
        for problem in &problems {
            let message = problem.to_string();
            prop_assert!(message.ends_with('.'), "{}", message);
        }
        let (again, again_problems) = Config::from_json(&config.to_json());
        prop_assert_eq!(&again, &config, "{}", text);
        prop_assert!(again_problems.is_empty(), "{:?}", again_problems);
        let (from_code, code_problems) = Config::from_base64url(&config.to_base64url());
        prop_assert_eq!(&from_code, &config);
        prop_assert!(code_problems.is_empty());
        prop_assert!(config.urgent_help.len() <= MAX_HELP_CONTACTS);
    }

    #[test]
    fn accepted_colours_always_meet_the_contrast_rules(
        accent in "#[0-9a-f]{6}", background in "#[0-9a-f]{6}",
    ) {
        let json = format!(r#"{{"accent": "{accent}", "background": "{background}"}}"#);
        let (config, _) = Config::from_json(&json);
        let (accent, background) = (config.accent_or_default(), config.background_or_default());
        prop_assert!(accent.contrast(Rgb::WHITE) >= MIN_CONTRAST);
        prop_assert!(accent.contrast(background) >= MIN_CONTRAST);
        prop_assert!(background.contrast(Rgb::MUTED_TEXT) >= MIN_CONTRAST);
        prop_assert!(background.contrast(Rgb::TEXT) >= MIN_CONTRAST);
    }
}

#[test]
fn the_contrast_power_matches_the_standard_librarys_for_every_channel_value() {
    for c in 0..=255u8 {
        let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
        let (ours, std) = (pow_2_4(x), x.powf(2.4));
        assert!((ours - std).abs() <= 1e-12 * std, "{c}: {ours} vs {std}");
    }
    assert_eq!(pow_2_4(0.0), 0.0);
    assert_eq!(pow_2_4(1.0), 1.0);
}

// Names that are not settings, invisible characters, the widget id and notes in every language.

#[test]
fn tracking_parameters_and_other_names_far_from_any_setting_pass_quietly() {
    let pairs = [
        ("utm_source", "newsletter"),
        ("utm_medium", "email"),
        ("UTM_Campaign", "spring"),
        ("fbclid", "IwAR0abc"),
        ("gclid", "Cj0KCQ"),
        ("msclkid", "5e1f"),
        ("mc_cid", "a1b2"),
        ("mc_eid", "c3d4"),
        ("ref", "facebook"),
        ("_ga", "2.1234"),
        ("nosnippet", ""),
        ("mp-theme", "dark"),
        ("page_id", "12"),
        ("intro", "Hi"),
    ];
    check(Input::Pairs(&pairs), with(|c| c.intro = some("Hi")), &[]);
}

#[test]
fn a_flat_name_close_to_a_setting_gets_a_note_with_the_right_name() {
    let problems = check(
        Input::Pairs(&[
            ("acent", "#1d4ed8"),
            ("utm_source", "x"),
            ("langauge", "es"),
        ]),
        default(),
        &["acent", "langauge"],
    );
    assert_eq!(
        problems[0].to_string(),
        "acent: is not a setting this widget knows. Did you mean \"accent\"? It is ignored."
    );
    assert_eq!(
        problems[1].kind,
        ProblemKind::UnknownSetting {
            suggestion: Some("language".into())
        }
    );
}

#[test]
fn thousands_of_unknown_names_give_a_short_list_and_one_summary_note() {
    // Names two letters away from "accent": each gets a suggestion, so each is a note.
    let digits = "0123456789abcdefghijklmnopqrstuvwxyz".as_bytes();
    let names: Vec<String> = (0..1200)
        .map(|n| {
            let (a, b) = (digits[n / 36] as char, digits[n % 36] as char);
            format!("accent{a}{b}")
        })
        .collect();
    let pairs: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "#000")).collect();
    let (config, problems) = read(Input::Pairs(&pairs));
    assert_eq!(config, default());
    assert_eq!(problems.len(), MAX_NOTES + 1, "{problems:#?}");
    assert_eq!(
        problems[MAX_NOTES].kind,
        ProblemKind::More {
            count: 1200 - MAX_NOTES
        }
    );
    assert_eq!(
        problems[MAX_NOTES].to_string(),
        format!(
            "settings: {} more notes are not listed here.",
            1200 - MAX_NOTES
        )
    );
    // The same for JSON, where every unknown name is noted.
    let members: Vec<String> = (0..1500).map(|n| format!("\"x{n}\": 1")).collect();
    let (_, problems) = Config::from_json(&format!("{{{}}}", members.join(",")));
    assert_eq!(problems.len(), MAX_NOTES + 1);
}

#[test]
fn a_name_given_over_and_over_is_noted_once() {
    let pairs = vec![("acent", "#000"); 500];
    let problems = check(Input::Pairs(&pairs), default(), &["acent"]);
    assert_eq!(
        problems[0].kind,
        ProblemKind::UnknownSetting {
            suggestion: Some("accent".into())
        }
    );
}

/// Every invisible formatting character the checker removes, with a name for messages.
const FORMAT_CHARACTERS: &[char] = &[
    '\u{202E}',
    '\u{202D}',
    '\u{202A}',
    '\u{202B}',
    '\u{202C}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{200E}',
    '\u{200F}',
    '\u{061C}',
    '\u{200B}',
    '\u{2060}',
    '\u{FEFF}',
    '\u{00AD}',
    '\u{180E}',
    '\u{E0001}',
];

#[test]
fn invisible_formatting_characters_are_removed_from_every_text_setting_with_a_note() {
    for c in FORMAT_CHARACTERS {
        let name = format!("Harbour{c} Counselling");
        let intro = format!("Hello{c}\nthere");
        let help = format!("Crisis Line{c}");
        let hours = format!("{c}24 hours");
        let text = format!("Text HOME{c} to 741741");
        let pairs = [
            ("practice-name", name.as_str()),
            ("intro", intro.as_str()),
            (
                "urgent-help",
                &format!(
                    r#"[{{"name": "{help}", "phone": "988", "hours": "{hours}", "text": "{text}"}}]"#
                ),
            ),
        ];
        let (config, problems) = read(Input::Pairs(&pairs));
        assert_eq!(config.practice_name.as_deref(), Some("Harbour Counselling"));
        assert_eq!(config.intro.as_deref(), Some("Hello\nthere"));
        let contact = &config.urgent_help[0];
        assert_eq!(contact.name, "Crisis Line");
        assert_eq!(contact.hours.as_deref(), Some("24 hours"));
        assert_eq!(contact.text.as_deref(), Some("Text HOME to 741741"));
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "practice-name",
                "intro",
                "urgent-help[0].name",
                "urgent-help[0].hours",
                "urgent-help[0].text"
            ],
            "{c:?}"
        );
        assert!(problems
            .iter()
            .all(|p| p.kind == ProblemKind::FormatCharacters));
        assert_eq!(
            problems[0].to_string(),
            "practice-name: has hidden marks in it, such as marks that can turn text the wrong \
             way. They are removed and the rest is used."
        );
    }
}

#[test]
fn joiners_that_arabic_script_and_emoji_need_stay_in_text() {
    let name = "مركز\u{200C}الأمل \u{1F469}\u{200D}\u{2695}";
    check(
        Input::Pairs(&[("practice-name", name)]),
        with(|c| c.practice_name = some(name)),
        &[],
    );
}

#[test]
fn an_address_or_number_with_hidden_characters_is_refused() {
    for c in FORMAT_CHARACTERS
        .iter()
        .chain(&['\u{200D}', '\u{200C}', '\u{3164}'])
    {
        let email = format!("hello{c}@harbour.example");
        let phone = format!("116{c} 123");
        let url = format!("https://harbour{c}.example/book");
        let pairs = [
            ("contact-email", email.as_str()),
            ("contact-phone", phone.as_str()),
            ("booking-url", url.as_str()),
        ];
        let problems = check(
            Input::Pairs(&pairs),
            default(),
            &["contact-email", "contact-phone", "booking-url"],
        );
        assert_eq!(
            problems[0].kind,
            ProblemKind::HiddenCharacters {
                value: email.clone()
            },
            "{c:?}"
        );
        assert_eq!(
            problems[0].to_string(),
            "contact-email: \"hello@harbour.example\" has characters in it that cannot be seen; \
             type it again by hand. It is left out."
        );
    }
    let help = r#"[{"name": "Line", "phone": "988\u202e", "url": "https://a\u200b.example"}]"#;
    let problems = check(
        Input::Json(&format!(r#"{{"urgent_help": {help}}}"#)),
        default(),
        &[
            "urgent_help[0].phone",
            "urgent_help[0].url",
            "urgent_help[0]",
        ],
    );
    assert!(matches!(
        problems[0].kind,
        ProblemKind::HiddenCharacters { .. }
    ));
}

#[test]
fn the_widget_id_takes_letters_digits_dashes_and_underscores() {
    for id in ["front", "page-2", "A_b-9", &"x".repeat(MAX_WIDGET_ID)] {
        check(
            Input::Pairs(&[("widget-id", id)]),
            with(|c| c.widget_id = id.to_owned()),
            &[],
        );
        check(
            Input::Json(&format!(r#"{{"widget_id": "{id}"}}"#)),
            with(|c| c.widget_id = id.to_owned()),
            &[],
        );
    }
    check(Input::Pairs(&[("widget-id", "  ")]), default(), &[]);
    for id in [
        "front page",
        "café",
        "a/b",
        "<x>",
        "a\u{200B}b",
        &"x".repeat(MAX_WIDGET_ID + 1),
    ] {
        check(
            Input::Pairs(&[("widget-id", id)]),
            default(),
            &["widget-id"],
        );
    }
    assert_eq!(
        message(Input::Json(r#"{"widget_id": "front page"}"#)),
        ["widget_id: \"front page\" is not a widget id; use up to 40 letters (a to z), digits, - and _. The default is used."]
    );
    check(
        Input::Json(r#"{"widget_id": 7}"#),
        default(),
        &["widget_id"],
    );
}

#[test]
fn notes_for_the_site_owner_follow_the_widgets_language() {
    let (_, problems) = read(Input::Pairs(&[
        ("acent", "#000"),
        ("practice-name", &"n".repeat(81)),
        ("accent", "#ffff00"),
    ]));
    let es: Vec<String> = problems.iter().map(|p| p.message(Locale::Es)).collect();
    assert_eq!(
        es,
        [
            "acent: no es un ajuste que este widget conozca. ¿Quería decir \"accent\"? Se ignora.",
            "practice-name: tiene 81 caracteres; se permiten como máximo 80. Se usa el valor por defecto.",
            "accent: \"#ffff00\" es demasiado claro para el texto blanco de los botones (contraste 1.1:1; se necesita al menos 4.5:1). Se usa el valor por defecto.",
        ]
    );
    let ar: Vec<String> = problems.iter().map(|p| p.message(Locale::Ar)).collect();
    assert_eq!(
        ar[1],
        "practice-name: طوله ٨١ حرفًا؛ والحد الأقصى ٨٠. تُستخدم القيمة الافتراضية."
    );
    assert!(
        ar[2].contains("(التباين ١٫١:١؛ والمطلوب ٤٫٥:١ على الأقل)"),
        "{}",
        ar[2]
    );
}

#[test]
fn every_kind_of_note_has_its_own_words_in_every_language() {
    let kinds = [
        ProblemKind::BadCode,
        ProblemKind::Repeated,
        ProblemKind::ControlCharacters,
        ProblemKind::FormatCharacters,
        ProblemKind::HelpWithoutName,
        ProblemKind::HelpUnreachable,
        ProblemKind::NotRead(Misplaced::NextToElement),
        ProblemKind::NotRead(Misplaced::ScriptTag),
        ProblemKind::More { count: 3 },
        ProblemKind::UnknownSetting { suggestion: None },
        ProblemKind::WrongType {
            expected: Expected::Group,
            found: Found::Number,
        },
    ];
    for kind in kinds {
        let problem = ConfigProblem::new("x", kind, Outcome::Ignored);
        let en = problem.message(Locale::En);
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let other = problem.message(locale);
            assert_ne!(en, other, "{locale:?} falls back to English: {en}");
        }
    }
}

/// Text with invisible formatting characters scattered through it, and the text without them.
fn text_with_format_characters() -> impl Strategy<Value = (String, String)> {
    let piece = prop_oneof![
        3 => "[a-zA-Z0-9 .,'()éء-ي-]{1,6}".prop_map(|s| (s.clone(), s)),
        1 => prop::sample::select(FORMAT_CHARACTERS.to_vec()).prop_map(|c| (c.to_string(), String::new())),
    ];
    prop::collection::vec(piece, 1..12).prop_map(|pieces| {
        pieces.into_iter().fold(
            (String::new(), String::new()),
            |(mut raw, mut clean), (r, c)| {
                raw.push_str(&r);
                clean.push_str(&c);
                (raw, clean)
            },
        )
    })
}

proptest! {
    #[test]
    fn every_text_setting_loses_its_formatting_characters_and_says_so(
        (raw, clean) in text_with_format_characters(),
        setting in prop::sample::select(vec!["practice-name", "intro", "help-name", "help-text", "help-hours"]),
    ) {
        let expected = clean.trim().to_owned();
        prop_assume!(!expected.is_empty());
        let help = |part: &str| {
            let value = json::escape(&raw);
            format!(r#"[{{"name": "Line", "phone": "988", "{part}": {value}}}]"#)
        };
        let pairs: Vec<(String, String)> = match setting {
            "help-name" => vec![("urgent-help".into(), help("name").replacen(r#""name": "Line", "#, "", 1))],
            "help-text" => vec![("urgent-help".into(), help("text"))],
            "help-hours" => vec![("urgent-help".into(), help("hours"))],
            name => vec![(name.into(), raw.clone())],
        };
        let (config, problems) = Config::from_pairs(&pairs);
        let got = match setting {
            "practice-name" => config.practice_name.clone(),
            "intro" => config.intro.clone(),
            "help-name" => config.urgent_help.first().map(|h| h.name.clone()),
            "help-text" => config.urgent_help.first().and_then(|h| h.text.clone()),
            _ => config.urgent_help.first().and_then(|h| h.hours.clone()),
        };
        prop_assert_eq!(got.as_deref(), Some(expected.as_str()));
        let noted = problems.iter().any(|p| p.kind == ProblemKind::FormatCharacters);
        prop_assert_eq!(noted, raw != clean);
    }
}

// The counsellor's choices: areas asked and their own questions.

#[test]
fn a_check_in_can_ask_three_or_more_areas_in_either_form() {
    let three = with(|c| {
        c.areas = vec![
            AreaId::Hope,
            AreaId::MindfulAttitude,
            AreaId::PositiveExperiences,
        ]
    });
    // Any order, case, separator or repeat; kept in the model's order.
    check(
        Input::Pairs(&[("areas", "positive_experiences, Mindful-Attitude hope hope")]),
        three.clone(),
        &[],
    );
    check(
        Input::Json(r#"{"areas": ["hope", "positive_experiences", "mindful_attitude"]}"#),
        three.clone(),
        &[],
    );
    check(
        Input::Json(r#"{"areas": "hope,mindful_attitude,positive_experiences"}"#),
        three,
        &[],
    );
    // All six is the default, written or not.
    let six = AreaId::ALL.map(AreaId::as_str).join(",");
    check(Input::Pairs(&[("areas", &six)]), default(), &[]);
    check(Input::Pairs(&[("areas", " ")]), default(), &[]);
}

#[test]
fn too_few_or_unknown_areas_are_noted_and_every_area_is_asked() {
    let problems = check(
        Input::Pairs(&[("areas", "hope, relational_support")]),
        default(),
        &["areas"],
    );
    assert_eq!(
        problems[0].to_string(),
        "areas: names 2 of the areas; a check-in needs at least 3. The default is used."
    );
    let problems = check(
        Input::Pairs(&[("areas", "hope, relational_support, sleep, self_compassion")]),
        with(|c| {
            c.areas = vec![
                AreaId::Hope,
                AreaId::RelationalSupport,
                AreaId::SelfCompassion,
            ]
        }),
        &["areas"],
    );
    assert!(
        problems[0]
            .to_string()
            .starts_with("areas: names \"sleep\", which is not one of the areas: hope, "),
        "{}",
        problems[0]
    );
    check(
        Input::Json(r#"{"areas": ["hope", 2, "self_compassion", "mindful_attitude"]}"#),
        with(|c| {
            c.areas = vec![
                AreaId::Hope,
                AreaId::MindfulAttitude,
                AreaId::SelfCompassion,
            ]
        }),
        &["areas[1]"],
    );
    check(Input::Json(r#"{"areas": 3}"#), default(), &["areas"]);
}

#[test]
fn own_questions_are_text_in_one_or_several_languages() {
    check(
        Input::Pairs(&[("questions", "  What brings you here?  ")]),
        with(|c| c.questions = vec![Text::en("What brings you here?")]),
        &[],
    );
    check(
        Input::Json(r#"{"questions": [{"es": "¿Qué te trae aquí?", "ar-EG": "ما الذي أتى بك؟"}]}"#),
        with(|c| {
            c.questions = vec![Text::from_pairs(&[
                (Locale::Es, "¿Qué te trae aquí?"),
                (Locale::Ar, "ما الذي أتى بك؟"),
            ])]
        }),
        &[],
    );
    // Markup is text like any other: the view shows it as written.
    check(
        Input::Json(r#"{"questions": ["<b>Who</b> helps?"]}"#),
        with(|c| c.questions = vec![Text::en("<b>Who</b> helps?")]),
        &[],
    );
}

#[test]
fn own_questions_past_the_limits_are_noted() {
    let four = r#"{"questions": ["One?", "Two?", "Three?", "Four?"]}"#;
    let problems = check(
        Input::Json(four),
        with(|c| c.questions = ["One?", "Two?", "Three?"].map(Text::en).to_vec()),
        &["questions"],
    );
    assert_eq!(
        problems[0].to_string(),
        "questions: lists 4 questions; at most 3 are asked. Only the first 3 are used."
    );
    let long = "x".repeat(MAX_OWN_QUESTION + 1);
    check(
        Input::Json(&format!(r#"{{"questions": ["Kept?", "{long}"]}}"#)),
        with(|c| c.questions = vec![Text::en("Kept?")]),
        &["questions[1]"],
    );
    check(
        Input::Json(r#"{"questions": [{"en": "Kept?", "klingon": "Dropped?"}]}"#),
        with(|c| c.questions = vec![Text::en("Kept?")]),
        &["questions[0].klingon"],
    );
    check(
        Input::Json(r#"{"questions": [true]}"#),
        default(),
        &["questions[0]"],
    );
    check(
        Input::Pairs(&[("questions", "[\"open")]),
        default(),
        &["questions"],
    );
}
