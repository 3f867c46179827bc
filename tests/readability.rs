#![cfg(not(target_arch = "wasm32"))]
//! Keeps every client-facing sentence easy to read: clients may be anxious, on a phone or in distress.
//!
//! The check reads the English text of `content/questionnaire.json` and of every Fluent file under
//! `locales/en/`, splits it into sentences (on `.`, `?`, `!` and `;`; a title or label without
//! punctuation counts as one sentence) and scores each with the Flesch-Kincaid grade. No sentence
//! may be above grade 8, and the mean must stay at grade 6 or below. The syllable counter is a
//! heuristic, so its own tests below pin it to known words.

use std::path::{Path, PathBuf};

/// The highest grade any one sentence may have.
const MAX_GRADE: f64 = 8.0;
/// The highest mean grade over all sentences.
const MAX_MEAN_GRADE: f64 = 6.0;

// ---------------------------------------------------------------------------------------------
// The measure
// ---------------------------------------------------------------------------------------------

/// Flesch-Kincaid grade level.
fn grade(words: usize, sentences: usize, syllables: usize) -> f64 {
    let words = words.max(1) as f64;
    let sentences = sentences.max(1) as f64;
    0.39 * (words / sentences) + 11.8 * (syllables as f64 / words) - 15.59
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Counts vowel groups; `y` is a vowel unless a vowel follows it ("you", "beyond").
fn vowel_groups(w: &[u8]) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for (i, &c) in w.iter().enumerate() {
        let next_is_vowel = w.get(i + 1).is_some_and(|&n| is_vowel(n));
        let vowel = is_vowel(c) || (c == b'y' && !next_is_vowel);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups
}

/// Syllables in a lowercase word made only of the letters a to z.
fn count_letters(w: &str) -> usize {
    let b = w.as_bytes();
    let n = b.len();
    // Compounds whose first part is said the same way every time: "someone", "everything".
    for (prefix, beats) in [("some", 1), ("every", 2), ("any", 2)] {
        if let Some(rest) = w.strip_prefix(prefix) {
            if rest.is_empty() {
                return beats;
            }
            if rest.len() >= 2 {
                return beats + count_letters(rest);
            }
        }
    }
    // Suffixes that are always one syllable of their own: count the stem alone, so its silent
    // "e" stays silent ("hopeful", "lonely", "being", "movement").
    for suffix in ["ing", "ful", "ness", "ment", "less", "ly"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 2 && vowel_groups(stem.as_bytes()) > 0 {
                return count_letters(stem) + 1;
            }
        }
    }
    // A silent "-es" or "-ed" ending: count the word as if it ended in "e" ("hopes", "helped").
    if n > 3 && (w.ends_with("es") || w.ends_with("ed")) {
        let before = b[n - 3];
        let sounded = if w.ends_with("ed") {
            matches!(before, b't' | b'd')
        } else {
            matches!(before, b's' | b'x' | b'z' | b'c' | b'g') || w.ends_with("shes")
        };
        if !sounded {
            return count_letters(&w[..n - 1]);
        }
    }
    // A final "e" is silent, except in a consonant + "le" ending ("table", "people").
    let mut letters = b;
    if n > 2 && b[n - 1] == b'e' {
        let consonant_le = b[n - 2] == b'l' && !is_vowel(b[n - 3]) && b[n - 3] != b'y';
        if !consonant_le {
            letters = &b[..n - 1];
        }
    }
    vowel_groups(letters).max(1)
}

/// Syllables in one word as written: punctuation is stripped, a number counts as one syllable.
fn syllables(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let letters: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        0
    } else {
        count_letters(&letters)
    }
}

/// The syllables of each word in a sentence; tokens with no letters or digits are not words.
fn word_syllables(sentence: &str) -> Vec<usize> {
    sentence
        .split_whitespace()
        .map(syllables)
        .filter(|&s| s > 0)
        .collect()
}

/// The grade of one sentence, or `None` if it has no words.
fn sentence_grade(sentence: &str) -> Option<f64> {
    let words = word_syllables(sentence);
    if words.is_empty() {
        return None;
    }
    Some(grade(words.len(), 1, words.iter().sum()))
}

/// Splits text into sentences on `.`, `?`, `!` and `;`, dropping empty pieces.
fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '?', '!', ';'])
        .map(str::trim)
        .filter(|s| !word_syllables(s).is_empty())
        .map(str::to_owned)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Collecting the client-facing text
// ---------------------------------------------------------------------------------------------

/// One piece of client-facing text and where it came from.
struct Source {
    at: String,
    text: String,
}

fn manifest_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every string under a key "en", anywhere in the JSON tree.
fn collect_en(value: &serde_json::Value, at: &str, out: &mut Vec<Source>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{at}/{key}");
                match (key.as_str(), child) {
                    ("en", serde_json::Value::String(text)) => out.push(Source {
                        at: here,
                        text: text.clone(),
                    }),
                    _ => collect_en(child, &here, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_en(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn content_texts() -> Vec<Source> {
    let path = manifest_path("content/questionnaire.json");
    let raw = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let mut out = Vec::new();
    collect_en(&json, "questionnaire.json", &mut out);
    out
}

/// Replaces every `{ ... }` placeable with the word "it".
fn drop_placeables(value: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str(" it ");
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The message values of a Fluent file, read with the build's own reader, in the order of
/// their keys, each placeable read as "it".
fn fluent_values(source: &str, file: &str) -> Vec<Source> {
    let messages = missing_pieces::domain::ftl::parse(source)
        .unwrap_or_else(|e| panic!("{file} does not read: {e:?}"));
    let mut out: Vec<Source> = messages
        .into_iter()
        .map(|(key, value)| Source {
            at: format!("{file}:{key}"),
            text: drop_placeables(&value),
        })
        .collect();
    out.sort_by(|a, b| a.at.cmp(&b.at));
    out
}

fn fluent_texts() -> Vec<Source> {
    let dir = manifest_path("locales/en");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        out.extend(fluent_values(&raw, &name));
    }
    out
}

/// Every client-facing sentence with its grade and where it came from.
fn graded_sentences() -> Vec<(String, String, f64)> {
    let mut out = Vec::new();
    for source in content_texts().into_iter().chain(fluent_texts()) {
        for sentence in sentences(&source.text) {
            if let Some(g) = sentence_grade(&sentence) {
                out.push((source.at.clone(), sentence, g));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

#[test]
fn no_client_sentence_is_above_grade_8() {
    let graded = graded_sentences();
    assert!(!graded.is_empty(), "found no client-facing text to check");
    // Flesch-Kincaid measures running text; for a one- or two-word label such as "Language" it
    // only measures syllables (any two-syllable word scores 8.4). Such labels still count
    // towards the mean below.
    let is_label = |sentence: &str| sentence.split_whitespace().count() < 3;
    let too_hard: Vec<String> = graded
        .iter()
        .filter(|(_, sentence, g)| *g > MAX_GRADE && !is_label(sentence))
        .map(|(at, sentence, g)| format!("  grade {g:.1} at {at}: {sentence:?}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} sentence(s) are above grade {MAX_GRADE}; say them more simply:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}

#[test]
fn mean_grade_is_at_most_6() {
    let graded = graded_sentences();
    assert!(!graded.is_empty(), "found no client-facing text to check");
    let mean = graded.iter().map(|(_, _, g)| g).sum::<f64>() / graded.len() as f64;
    let max = graded.iter().map(|(_, _, g)| *g).fold(f64::MIN, f64::max);
    println!(
        "{} sentences, mean grade {mean:.2}, max grade {max:.2}",
        graded.len()
    );
    assert!(
        mean <= MAX_MEAN_GRADE,
        "mean grade is {mean:.2}; it must be at most {MAX_MEAN_GRADE}"
    );
}

// ---------------------------------------------------------------------------------------------
// The measure itself
// ---------------------------------------------------------------------------------------------

fn check<T: PartialEq + std::fmt::Debug>(cases: &[(&str, T)], f: impl Fn(&str) -> T) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(input, want)| {
            let got = f(input);
            (got != *want).then(|| format!("  {input:?}: expected {want:?}, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "wrong results:\n{}", wrong.join("\n"));
}

#[test]
fn syllable_counter_matches_known_words() {
    check(
        &[
            ("cat", 1),
            ("table", 2),
            ("hope", 1),
            ("everything", 3),
            ("the", 1),
            ("be", 1),
            ("you", 1),
            ("people", 2),
            ("little", 2),
            ("while", 1),
            ("being", 2),
            ("feeling", 2),
            ("hopeful", 2),
            ("lonely", 2),
            ("carefully", 3),
            ("movement", 2),
            ("helped", 1),
            ("needed", 2),
            ("settled", 2),
            ("hopes", 1),
            ("places", 2),
            ("beyond", 2),
            ("every", 2),
            ("any", 2),
            ("some", 1),
            ("everyone", 3),
            ("sometimes", 2),
            ("someone", 2),
            ("something", 2),
            ("anything", 3),
            ("family", 3),
            ("counsellor", 3),
            ("yourself", 2),
            ("different", 3),
        ],
        syllables,
    );
}

#[test]
fn words_are_stripped_of_punctuation_and_numbers_count_as_one_syllable() {
    check(
        &[
            ("hope,", 1),
            ("\"table\"", 2),
            ("don't", 1),
            ("2", 1),
            ("1990", 1),
            ("—", 0),
        ],
        syllables,
    );
}

#[test]
fn grade_formula_matches_flesch_kincaid() {
    let close = |a: f64, b: f64| (a - b).abs() < 0.005;
    // 10 words, 15 syllables, 1 sentence: 3.9 + 17.7 - 15.59.
    assert!(close(grade(10, 1, 15), 6.01), "{}", grade(10, 1, 15));
    // 20 words, 20 syllables, 2 sentences: 3.9 + 11.8 - 15.59.
    assert!(close(grade(20, 2, 20), 0.11), "{}", grade(20, 2, 20));
}

#[test]
fn sentence_grades_match_hand_counts() {
    let rounded = |s: &str| sentence_grade(s).map(|g| (g * 100.0).round() / 100.0);
    check(
        &[
            // 6 words, 6 syllables: 2.34 + 11.8 - 15.59.
            ("The cat sat on the mat", Some(-1.45)),
            // 4 words, 5 syllables: 1.56 + 14.75 - 15.59.
            ("Hope feels far away", Some(0.72)),
            // One word of 2 syllables: 0.39 + 23.6 - 15.59.
            ("Never", Some(8.4)),
            ("...", None),
        ],
        rounded,
    );
}

#[test]
fn text_splits_into_sentences_on_stops_and_semicolons() {
    check(
        &[
            ("One. Two? Three! Four; five", 5),
            ("A title with no stop", 1),
            ("Wait... what?", 2),
            ("", 0),
        ],
        |s| sentences(s).len(),
    );
}

#[test]
fn fluent_values_join_continuations_and_replace_placeables() {
    let ftl =
        "# A comment\nwelcome = Hello { $name }, you are\n    welcome here.\n\nbye = See you\n";
    let values = fluent_values(ftl, "test.ftl");
    let texts: Vec<String> = values
        .iter()
        .map(|v| v.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(texts, ["See you", "Hello it , you are welcome here."]);
}
