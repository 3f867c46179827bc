#![cfg(not(target_arch = "wasm32"))]
//! How many files a new setting, a new language and a new screen touch, counted from the
//! repository as it is: a file must change with a new one of a kind when it names every one of
//! that kind today (a list, a table, a `match`). ARCHITECTURE.md's "What a change touches"
//! names these files and their number; this test fails when they disagree, so the counts stay
//! true as the code changes. `cargo test --test edits -- --nocapture` prints them.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use missing_pieces::domain::config::table::SETTINGS;
use missing_pieces::domain::journey::Step;
use missing_pieces::domain::text::Locale;

/// Every file git tracks (and the new ones not yet added), with its text.
fn files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = Command::new("git")
        .args(["ls-files", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .expect("git lists the files");
    String::from_utf8_lossy(&listed.stdout)
        .lines()
        // The benchmark's baseline is generated from the content and the strings.
        .filter(|f| !f.starts_with("bench/baseline/"))
        .filter_map(|f| Some((f.to_owned(), std::fs::read_to_string(root.join(f)).ok()?)))
        .collect()
}

/// Whether `path` is a test that exercises the instances rather than lists them (a walk that
/// visits each language, a test of each setting); the fixtures and lists tests share are not.
fn exercises(path: &str) -> bool {
    path.ends_with(".spec.js") || (path.starts_with("tests/") && !path.starts_with("tests/common"))
}

/// Whether `text` names `word` as a whole word (not inside a longer name).
fn names(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    text.match_indices(word)
        .any(|(at, _)| !text[..at].ends_with(part) && !text[at + word.len()..].starts_with(part))
}

/// The files that name every language: by its name in its own language, or its tag as a list
/// or table writes it (`'es'`, `"es"`, `es:` at the start of a line, `lang="es"`, `` `es` ``).
fn language_lists() -> BTreeSet<String> {
    let named = |text: &str, l: Locale| {
        let tag = l.as_str();
        text.contains(l.native_name())
            || [
                format!("'{tag}'"),
                format!("\"{tag}\""),
                format!("lang=\"{tag}\""),
                format!("`{tag}`"),
            ]
            .iter()
            .any(|form| text.contains(form.as_str()))
            || text
                .lines()
                .any(|line| line.trim_start().starts_with(&format!("{tag}:")))
    };
    files()
        .into_iter()
        .filter(|(path, text)| !exercises(path) && Locale::ALL.iter().all(|l| named(text, *l)))
        .map(|(path, _)| path)
        .collect()
}

/// The files that name every setting, by its JSON name or its `data-` name.
fn setting_lists() -> BTreeSet<String> {
    files()
        .into_iter()
        .filter(|(_, text)| {
            SETTINGS.iter().all(|s| {
                let leaf = s.json.rsplit('.').next().unwrap_or(s.json);
                names(text, leaf) || s.flat.iter().any(|f| names(text, f))
            })
        })
        .map(|(path, _)| path)
        .collect()
}

/// The Rust files that name every step (`Step::Review` and the others): the journey's order,
/// its names in saved progress, the view's `match` and the test that states the order.
fn step_lists() -> BTreeSet<String> {
    let steps = [
        Step::Welcome,
        Step::Area(missing_pieces::domain::content::AreaId::Hope),
        Step::Reflections,
        Step::Review,
        Step::Results,
    ];
    // Every variant once, so a new step that this list lacks does not compile.
    let variant = |step: &Step| match step {
        Step::Welcome => "Step::Welcome",
        Step::Area(_) => "Step::Area",
        Step::Reflections => "Step::Reflections",
        Step::Review => "Step::Review",
        Step::Results => "Step::Results",
    };
    files()
        .into_iter()
        .filter(|(path, text)| {
            // This file names every step only to count them.
            path.ends_with(".rs")
                && path != "tests/edits.rs"
                && steps.iter().all(|s| names(text, variant(s)))
        })
        .map(|(path, _)| path)
        .collect()
}

/// The count and the files ARCHITECTURE.md gives for `kind` (its line `- **A new <kind>**: N
/// files …`, with each file in backticks).
fn written(kind: &str) -> (usize, BTreeSet<String>) {
    let architecture =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md"))
            .expect("ARCHITECTURE.md");
    let marker = format!("- **A new {kind}**: ");
    let start = architecture
        .find(&marker)
        .unwrap_or_else(|| panic!("ARCHITECTURE.md has no line {marker:?}"));
    let entry = &architecture[start + marker.len()..];
    let entry = &entry[..entry
        .find("\n- ")
        .or_else(|| entry.find("\n\n"))
        .unwrap_or(entry.len())];
    let count: usize = entry
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("ARCHITECTURE.md, a new {kind}: no count"));
    let named = entry
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|f| f.contains('/') || f.contains('.'))
        .filter(|f| !f.contains(['<', '*', ' ']))
        .map(str::to_owned)
        .collect();
    (count, named)
}

fn check(kind: &str, found: BTreeSet<String>, more: &[&str]) {
    let (count, named) = written(kind);
    println!(
        "a new {kind}: {} files: {found:?} and {more:?}",
        found.len() + more.len()
    );
    assert_eq!(
        named, found,
        "ARCHITECTURE.md, a new {kind}: the files that list every one"
    );
    assert_eq!(
        count,
        found.len() + more.len(),
        "ARCHITECTURE.md, a new {kind}: the count"
    );
}

#[test]
fn a_new_setting_touches_the_files_architecture_names() {
    check("setting", setting_lists(), &[]);
}

#[test]
fn a_new_language_touches_the_files_architecture_names() {
    // And its own new file of strings, `locales/<tag>/ui.ftl`.
    check("language", language_lists(), &["locales/<tag>/ui.ftl"]);
}

#[test]
fn a_new_screen_touches_the_files_architecture_names() {
    // And its words in each language's `ui.ftl`, and its own view function's file.
    let mut more: Vec<&str> = Locale::ALL.iter().map(|_| "locales/*/ui.ftl").collect();
    more.push("src/view/<screen>.rs");
    check("screen", step_lists(), &more);
}
