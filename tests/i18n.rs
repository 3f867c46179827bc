#![cfg(not(target_arch = "wasm32"))]
//! Languages: every locale is complete, and the widget picks and writes languages correctly.

use std::collections::BTreeSet;

use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::i18n::{self, msg, Msg, Strings};
use missing_pieces::domain::text::{Locale, Packed};
use serde_json::Value;

#[path = "common/texts.rs"]
mod texts;

/// The `{ $name }` variables in a message, in order of first use.
fn variables(message: &str) -> BTreeSet<String> {
    message
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(inside, _)| inside.trim().to_owned())
        .collect()
}

#[test]
fn every_locale_has_every_interface_string_with_the_same_variables() {
    let english = i18n::parse(i18n::source(Locale::En)).unwrap();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let messages = i18n::parse(i18n::source(locale))
            .unwrap_or_else(|e| panic!("locales/{}/ui.ftl: {e:?}", locale.as_str()));
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        // A key English lacks never gets this far: the build refuses it.
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
        for (key, message) in &english {
            assert_eq!(
                variables(&messages[key]),
                variables(message),
                "{locale:?} {key}: variables differ"
            );
            assert!(
                !messages[key].trim().is_empty(),
                "{locale:?} {key} is empty"
            );
        }
    }
}

#[test]
fn every_questionnaire_text_exists_in_every_locale() {
    let mut missing = Vec::new();
    for (at, texts) in texts::localised_texts() {
        for locale in Locale::ALL {
            let text = texts.get(locale.as_str()).and_then(Value::as_str);
            if text.unwrap_or("").trim().is_empty() {
                missing.push(format!("{at} ({})", locale.as_str()));
            }
        }
    }
    assert!(missing.is_empty(), "untranslated:\n{}", missing.join("\n"));
}

#[test]
fn arabic_text_is_written_in_arabic_script() {
    let strings = Strings::for_locale(Locale::Ar);
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    for key in [
        msg::WELCOME_TITLE,
        msg::NAV_NEXT,
        msg::HELP_TITLE,
        msg::RESULTS_TITLE,
    ] {
        assert!(
            strings.get(key).chars().any(arabic),
            "{}: {}",
            key.key(),
            strings.get(key)
        );
    }
}

#[test]
fn the_browsers_first_spoken_language_wins() {
    let check = |preferred: &[&str], expected: Option<Locale>| {
        assert_eq!(Locale::negotiate(preferred), expected, "{preferred:?}");
    };
    check(&["es-MX", "en-US"], Some(Locale::Es));
    check(&["fr-FR", "ar-EG", "en"], Some(Locale::Ar));
    check(&["EN_gb"], Some(Locale::En));
    check(&["fr", "de"], None);
    check(&[], None);
    check(&[""], None);
}

#[test]
fn numbers_use_the_languages_digits() {
    assert_eq!(Locale::En.number(30), "30");
    assert_eq!(Locale::Es.number(1208), "1208");
    assert_eq!(Locale::Ar.number(30), "٣٠");
    assert_eq!(Locale::Ar.number(0), "٠");
}

#[test]
fn arabic_is_right_to_left_and_english_and_spanish_left_to_right() {
    assert_eq!(Locale::Ar.dir(), "rtl");
    assert_eq!(Locale::En.dir(), "ltr");
    assert_eq!(Locale::Es.dir(), "ltr");
}

#[test]
fn dates_are_written_out_in_each_language() {
    use missing_pieces::domain::text::Date;
    let date = Date {
        year: 2026,
        month: 11,
        day: 21,
    };
    let check = |locale: Locale, expected: &str| {
        assert_eq!(
            Strings::for_locale(locale).long_date(date, locale),
            expected
        );
    };
    check(Locale::En, "21 November 2026");
    check(Locale::Es, "21 de noviembre de 2026");
    check(Locale::Ar, "٢١ نوفمبر ٢٠٢٦");
    assert_eq!(date.iso(), "2026-11-21");
}

#[test]
fn every_message_comes_back_whole_however_it_is_wrapped() {
    // Read apart from the Fluent reader: each message line of the file and its indented
    // continuation lines, whose words the widget's message must hold in order.
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let mut lines = i18n::source(locale).lines().peekable();
        while let Some(line) = lines.next() {
            let Some((key, first)) = line.split_once(" = ") else {
                continue;
            };
            let mut words: Vec<&str> = first.split_whitespace().collect();
            while let Some(next) = lines.next_if(|l| l.starts_with(' ') && !l.trim().is_empty()) {
                words.extend(next.split_whitespace());
            }
            let typed = Msg::named(key).expect("the build refuses a key English lacks");
            let shown: Vec<&str> = strings.get(typed).split_whitespace().collect();
            assert_eq!(shown, words, "{} {key}", locale.as_str());
        }
    }
}

#[test]
fn each_typed_message_names_its_english_key_in_order() {
    let english = i18n::parse(i18n::english_source()).unwrap();
    let keys: Vec<&str> = msg::ALL.iter().map(|m| m.key()).collect();
    let mut sorted: Vec<&str> = english.keys().map(String::as_str).collect();
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
    assert_eq!(msg::WELCOME_TITLE.key(), "welcome-title");
    assert_eq!(Msg::named("welcome-title"), Some(msg::WELCOME_TITLE));
    for unknown in ["", "a", "brand-", "mmm", "zzzz"] {
        assert_eq!(Msg::named(unknown), None, "{unknown:?}");
    }
}

#[test]
fn a_message_a_language_lacks_is_shown_in_english() {
    // Two messages: the language has the first and lacks the second (an empty entry).
    let english = Packed {
        text: "OneTwo",
        ends: &[3, 6],
    };
    let partial = Packed {
        text: "Uno",
        ends: &[3, 3],
    };
    let strings = Strings::with_fallback(partial, english);
    let [first, second] = [msg::ALL[0], msg::ALL[1]];
    assert_eq!(strings.get(first), "Uno");
    assert_eq!(strings.get(second), "Two");
}

#[test]
fn the_time_estimate_stays_where_every_language_words_it_rightly() {
    // "welcome-time" has one wording per language, with no plural forms: English and Spanish
    // need two minutes or more ("minutes", "minutos"), and Arabic's "دقائق" is right only for
    // 3 to 10. A questionnaire whose estimate leaves that range needs plural forms first.
    let minutes = missing_pieces::domain::content::Content::built_in().minutes_to_answer();
    assert!((3..=10).contains(&minutes), "{minutes} minutes");
    for (locale, word) in [
        (Locale::En, "minutes"),
        (Locale::Es, "minutos"),
        (Locale::Ar, "دقائق"),
    ] {
        assert!(
            Strings::for_locale(locale)
                .template(msg::WELCOME_TIME)
                .contains(word),
            "{locale:?}: the wording this test checks has changed"
        );
    }
}
