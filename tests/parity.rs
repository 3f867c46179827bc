#![cfg(not(target_arch = "wasm32"))]
//! The patterns that check a contact's email address, phone number and web address outside the
//! widget, held to the widget's own checks (`config::formats`) over a corpus of tricky values:
//!
//! - the WordPress plugin's (`checks.php`, with its list of blank characters) accept exactly
//!   what the widget accepts, so a contact the plugin saves is one every client sees;
//! - the settings schema's (`config.schema.json`) accept what the widget accepts and refuse what
//!   it refuses, invisible characters apart (only the checker names those);
//! - the first screens as HTML (`first-steps.js`) show a contact only where the widget will, so
//!   a crisis line never shows before the widget starts and then goes.
//!
//! The plugin's patterns are read from its source and run with Rust's `regex`, which reads
//! these patterns as PHP's PCRE does (with the `u` flag; `\s` is only ASCII there, and the
//! patterns name the other blanks themselves).

use std::fs;
use std::path::Path;

use missing_pieces::domain::config::docs::WEB_ADDRESS_PATTERN;
use missing_pieces::domain::config::formats::{is_email, is_phone, is_safe_url};
use regex::Regex;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A pattern `define`d in the plugin's `checks.php`, as PCRE reads it.
fn php(name: &str) -> Regex {
    let source = read("wordpress/missing-pieces/includes/checks.php");
    let start = format!("define( '{name}', '");
    let line = source
        .lines()
        .find(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("checks.php defines no {name}"));
    let quoted = line[start.len()..]
        .strip_suffix("' );")
        .expect("a define on one line");
    // A single-quoted PHP string: \\ is one backslash, \' a quote, any other backslash itself.
    let text = quoted
        .replace("\\\\", "\u{0}")
        .replace("\\'", "'")
        .replace('\u{0}', "\\");
    let (body, flags) = text[1..].rsplit_once('/').expect("a /pattern/flags");
    let case = if flags.contains('i') { "(?i)" } else { "" };
    // Without PCRE's UCP, `\s` is ASCII whitespace only (these patterns use it in classes).
    let body = body.replace("\\s", "\\t\\n\\x0B\\x0C\\r ");
    Regex::new(&format!("{case}(?:{body})")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A pattern of the settings schema, by the setting's kind (`web_address`, `email`, `phone`).
fn schema(kind: &str) -> Regex {
    let schema: serde_json::Value = serde_json::from_str(&read("config.schema.json")).unwrap();
    let pattern = schema["$defs"][kind]["pattern"]
        .as_str()
        .unwrap_or_else(|| panic!("the schema has no pattern for {kind}"));
    Regex::new(pattern).unwrap()
}

/// The first screens' own test of a web address (`first-steps.js`, `contactOf`).
fn first_screens_url() -> Regex {
    let source = read("web/shared/first-steps.js");
    let at = source
        .find("shown.url && !/")
        .expect("first-steps.js tests a contact's url");
    let rest = &source[at + "shown.url && !/".len()..];
    let (body, after) = rest.split_once("/i.test(").expect("a /pattern/i");
    assert!(after.starts_with("shown.url"));
    Regex::new(&format!("(?i){body}")).unwrap()
}

/// Characters that show nothing or are blank, as the widget refuses them.
const BLANKS: [char; 10] = [
    '\u{200B}', '\u{00AD}', '\u{2800}', '\u{3164}', '\u{FEFF}', '\u{00A0}', '\u{2028}', '\u{0085}',
    '\u{202E}', '\t',
];

fn with_blanks(values: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
    for value in values.iter().filter(|v| v.len() > 4) {
        for blank in BLANKS {
            let mut chars: Vec<char> = value.chars().collect();
            chars.insert(chars.len() / 2, blank);
            all.push(chars.into_iter().collect());
            all.push(format!("{value}{blank}"));
        }
    }
    all
}

const WEB_ADDRESSES: &[&str] = &[
    "https://example.com",
    "https://example.com/",
    "https://riverside.example/book?day=mon#top",
    "HTTPS://Example.COM/Path",
    "https://a.b:443/x",
    "https://a.b:/x",
    "https://a.b:123456/",
    "https://example.com:abc/",
    "https://a..b/",
    "https://.",
    "https://.example.com",
    "https://example.com.",
    "https://-/",
    "https://exa_mple.com/",
    "https://bank.example@evil.example/",
    "https://@example.com",
    "https://[2001:db8::1]/",
    "https://[2001:db8::1]:8443/",
    "https://[]/",
    "https://[2001:db8::1]x/",
    "https://[g::1]/",
    "https://bücher.example/",
    "https://例え.テスト/パス",
    "https://",
    "https:///path",
    "https://example.com\\evil",
    "https://example.com/\"quoted\"",
    "https://example.com/<x>",
    "https://example.com/`x`",
    "http://localhost",
    "http://localhost:8080/x",
    "http://127.0.0.1:3000",
    "http://example.com/",
    "http://localhost.evil/",
    "http://[::1]/",
    "ftp://example.com/",
    "javascript:alert(1)",
    "//example.com/",
    "example.com",
    "https:example.com",
    "https://example.com?x",
    "https://example.com#x",
    "https://example.com/%20",
];

const EMAILS: &[&str] = &[
    "hello@riverside.example",
    "first.last+tag@sub.example.org",
    "a@b.c",
    "a@b",
    "@b.c",
    "a@.c",
    "a@b.",
    "a@b..c",
    "a@@b.c",
    "a@b@c.d",
    "a b@c.d",
    "a,b@c.d",
    "a;b@c.d",
    "<a@b.c>",
    "a@b.c?subject=x",
    "a@b.c#x",
    "a%b@c.d",
    "a\"b@c.d",
    "a:b@c.d",
    "(a)@b.c",
    "[a]@b.c",
    "a\\b@c.d",
    "josé@correo.example",
    "用户@例子.广告",
];

const PHONES: &[&str] = &[
    "+44 20 7946 0018",
    "(020) 7946-0018",
    "020.7946.0018",
    "999",
    "99",
    "+1 800 273 8255",
    "123456789012345678901",
    "12345678901234567890",
    "++44 20",
    "44+20",
    "+",
    "",
    "020 7946 0018 ext 2",
    "020/7946",
    "٠٢٠٧٩٤٦",
    "020\u{200B}7946",
    "#020",
];

/// Each value where `pattern` disagrees with `widget`, with what each said.
fn disagreements(
    values: &[String],
    widget: fn(&str) -> bool,
    pattern: impl Fn(&str) -> bool,
) -> Vec<String> {
    values
        .iter()
        .filter(|v| widget(v) != pattern(v))
        .map(|v| {
            format!(
                "{v:?}: the widget {}",
                if widget(v) { "accepts" } else { "refuses" }
            )
        })
        .collect()
}

#[test]
fn the_plugin_accepts_exactly_the_web_addresses_the_widget_accepts() {
    let (blank, pattern) = (
        php("MISSING_PIECES_BLANK"),
        php("MISSING_PIECES_WEB_ADDRESS"),
    );
    let values = with_blanks(WEB_ADDRESSES);
    let differ = disagreements(&values, is_safe_url, |v| {
        !blank.is_match(v) && pattern.is_match(v)
    });
    assert!(differ.is_empty(), "checks.php:\n{}", differ.join("\n"));
}

#[test]
fn the_plugin_accepts_exactly_the_email_addresses_the_widget_accepts() {
    let (blank, pattern) = (php("MISSING_PIECES_BLANK"), php("MISSING_PIECES_EMAIL"));
    let values = with_blanks(EMAILS);
    let differ = disagreements(&values, is_email, |v| {
        !blank.is_match(v) && pattern.is_match(v)
    });
    assert!(differ.is_empty(), "checks.php:\n{}", differ.join("\n"));
}

#[test]
fn the_plugin_accepts_exactly_the_phone_numbers_the_widget_accepts() {
    let pattern = php("MISSING_PIECES_PHONE");
    let values = with_blanks(PHONES);
    let differ = disagreements(&values, is_phone, |v| pattern.is_match(v));
    assert!(differ.is_empty(), "checks.php:\n{}", differ.join("\n"));
}

#[test]
fn the_schema_agrees_with_the_widget_but_for_invisible_characters() {
    let shows = |v: &String| !BLANKS[..5].iter().any(|b| v.contains(*b)) && !v.contains('\u{202E}');
    for (kind, values, widget) in [
        (
            "web_address",
            with_blanks(WEB_ADDRESSES),
            is_safe_url as fn(&str) -> bool,
        ),
        ("email", with_blanks(EMAILS), is_email),
        ("phone", with_blanks(PHONES), is_phone),
    ] {
        let pattern = schema(kind);
        let visible: Vec<String> = values.into_iter().filter(shows).collect();
        let differ = disagreements(&visible, widget, |v| pattern.is_match(v));
        assert!(
            differ.is_empty(),
            "config.schema.json, {kind}:\n{}",
            differ.join("\n")
        );
    }
    assert_eq!(schema("web_address").as_str(), WEB_ADDRESS_PATTERN);
}

#[test]
fn the_first_screens_show_no_web_address_the_widget_refuses() {
    let pattern = first_screens_url();
    let shown_then_gone: Vec<String> = with_blanks(WEB_ADDRESSES)
        .into_iter()
        .filter(|v| pattern.is_match(v) && !is_safe_url(v))
        .collect();
    assert!(
        shown_then_gone.is_empty(),
        "first-steps.js shows {shown_then_gone:?}"
    );
    // It does show the ordinary ones.
    assert!(pattern.is_match("https://riverside.example/book"));
}

#[test]
fn the_corpus_holds_values_each_side_of_every_check() {
    for (values, widget) in [
        (WEB_ADDRESSES, is_safe_url as fn(&str) -> bool),
        (EMAILS, is_email),
        (PHONES, is_phone),
    ] {
        let accepted = values.iter().filter(|v| widget(v)).count();
        assert!(accepted >= 3 && values.len() - accepted >= 5, "{values:?}");
    }
}
