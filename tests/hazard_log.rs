#![cfg(not(target_arch = "wasm32"))]
//! The hazard log (`docs/safety.md`) and the scoring guide (`docs/scoring.md`) stay true to the
//! code: every test they cite exists where they say, every hazard has each part a hazard log
//! needs, and every risk rating follows the matrix the log states.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `tests/<file>.rs::<name>` in `text`, as (file, name).
fn cited_tests(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("tests/") {
        rest = &rest[at..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || "_/.:".contains(c)))
            .unwrap_or(rest.len());
        let cite = rest[..end].trim_end_matches(['.', ':']);
        if let Some((file, name)) = cite.split_once("::") {
            found.push((file.to_owned(), name.to_owned()));
        }
        rest = &rest[end..];
    }
    found
}

/// Every `e2e/<file>.spec.js` in `text`.
fn cited_specs(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "`(),;".contains(c))
        .filter(|w| w.starts_with("e2e/") && w.ends_with(".spec.js"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_test_the_docs_cite_exists() {
    for doc in ["docs/safety.md", "docs/scoring.md"] {
        let text = read(doc);
        let tests = cited_tests(&text);
        assert!(!tests.is_empty(), "{doc} cites no test");
        for (file, name) in tests {
            let source = read(&file);
            assert!(
                source.contains(&format!("fn {name}(")),
                "{doc} cites {file}::{name}, which does not exist"
            );
        }
        for spec in cited_specs(&text) {
            assert!(
                Path::new(ROOT).join(&spec).is_file(),
                "{doc} cites {spec}, which does not exist"
            );
        }
    }
}

const SEVERITIES: [&str; 5] = [
    "Minor",
    "Significant",
    "Considerable",
    "Major",
    "Catastrophic",
];
const LIKELIHOODS: [&str; 5] = ["Very low", "Low", "Medium", "High", "Very high"];
/// The risk matrix of `docs/safety.md`: rows by likelihood (very low first), columns by severity.
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 4],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 5],
    [3, 4, 4, 5, 5],
];

/// "Major × Low → 3" as (severity, likelihood, rating).
fn rating(line: &str) -> (usize, usize, u8) {
    let (pair, risk) = line
        .split_once('→')
        .unwrap_or_else(|| panic!("no → in {line:?}"));
    let (severity, likelihood) = pair
        .split_once('×')
        .unwrap_or_else(|| panic!("no × in {line:?}"));
    let s = SEVERITIES
        .iter()
        .position(|x| *x == severity.trim())
        .unwrap_or_else(|| panic!("unknown severity in {line:?}"));
    let l = LIKELIHOODS
        .iter()
        .position(|x| *x == likelihood.trim())
        .unwrap_or_else(|| panic!("unknown likelihood in {line:?}"));
    let r: u8 = risk
        .trim()
        .trim_end_matches('.')
        .parse()
        .unwrap_or_else(|_| panic!("{line:?}"));
    (s, l, r)
}

#[test]
fn every_hazard_has_its_parts_and_ratings_that_follow_the_matrix() {
    let text = read("docs/safety.md");
    let hazards: Vec<&str> = text.split("\n### H").skip(1).collect();
    assert!(hazards.len() >= 33, "{} hazards", hazards.len());
    for (n, hazard) in hazards.iter().enumerate() {
        let title = hazard.lines().next().unwrap();
        assert!(
            title.starts_with(&format!("{}.", n + 1)),
            "hazards numbered in order: {title}"
        );
        let field = |name: &str| {
            hazard
                .lines()
                .find_map(|l| l.strip_prefix(&format!("- **{name}**: ")))
                .unwrap_or_else(|| panic!("H{title}: no {name}"))
        };
        for name in ["Cause", "Effect", "Controls", "Status"] {
            assert!(!field(name).trim().is_empty());
        }
        let (s0, _, r0) = rating(field("Before controls"));
        let (s1, l1, r1) = rating(field("After controls"));
        let (_, l0, _) = rating(field("Before controls"));
        assert_eq!(MATRIX[l0][s0], r0, "H{title}: before");
        assert_eq!(MATRIX[l1][s1], r1, "H{title}: after");
        assert!(r1 <= r0, "H{title}: controls never raise the risk");
        assert!(
            field("Tests").contains("tests/") || field("Tests").contains("e2e/"),
            "H{title}: every control is proven by a test"
        );
    }
}

/// The deployer's part (DCB0160): what the log says passes to the counsellor is told to them
/// where they read, in the README's part for counsellors and in the settings guide.
#[test]
fn the_docs_tell_the_counsellor_what_passes_to_them() {
    for doc in ["README.md", "docs/config.md"] {
        let text = read(doc);
        let part = text
            .split("### Before you publish")
            .nth(1)
            .unwrap_or_else(|| panic!("{doc}: no \"Before you publish\""));
        let part = part.split("\n## ").next().unwrap();
        for needed in [
            "call each urgent-help contact",
            "adults answering about themselves",
            "not children",
            "self-harm",
            "hope and distress",
        ] {
            assert!(part.contains(needed), "{doc}: {needed:?}");
        }
    }
}
