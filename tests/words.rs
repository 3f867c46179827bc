#![cfg(not(target_arch = "wasm32"))]
//! The words the client reads, in every language: things to try that never contradict the
//! answer they follow, scale labels that stay apart, no diagnostic verbs, Arabic that addresses
//! every reader alike, and no words that sting.
//!
//! - A thing to try names the items it takes for granted (`assumes`); it is not shown, on screen
//!   or in the text summary, when one of them was answered at the hard end, and every place to
//!   start still has something to try (a property over generated answers and every choice of
//!   areas). A list of phrases checks that each thing to try declares what its words lean on.
//! - Each scale's five labels are different, in order, and never a known pair of near-synonyms.
//! - "show", "diagnose", "you have", "you are" and their Spanish and Arabic equivalents appear
//!   nowhere a client reads, except in the uses listed (a button, a note to the site owner, "it
//!   is not a diagnosis").

use std::collections::BTreeMap;

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::content::{AreaId, Content, Polarity, ScaleKind, Tip, TIPS_SHOWN};
use missing_pieces::domain::i18n::{self, Strings};
use missing_pieces::domain::journey::Journey;
use missing_pieces::domain::scoring::{level, score};
use missing_pieces::domain::summary::text_summary;
use missing_pieces::domain::text::Locale;
use missing_pieces::domain::tips;
use proptest::prelude::*;
use serde_json::Value;

#[path = "common/areas.rs"]
mod areas;
#[path = "common/given.rs"]
mod given;
#[path = "common/texts.rs"]
mod texts;
use areas::{asked, every_choice, results_screen};
use given::{answers, to_answers, Given};
use missing_pieces::domain::built_in::BuiltIn as _;

// ---------------------------------------------------------------------------------------------
// Things to try
// ---------------------------------------------------------------------------------------------

/// One answer per item, the midpoint common, and declines and skips common.
fn any_answers() -> impl Strategy<Value = Vec<Given>> {
    answers([2, 2, 4, 2, 2, 2, 2])
}

/// Every choice of areas a counsellor can make, all six (empty) among them.
fn any_areas() -> impl Strategy<Value = Vec<AreaId>> {
    let mut choices = every_choice();
    choices.push(Vec::new());
    proptest::sample::select(choices)
}

/// Whether the client said they lack something `tip` leans on: an item it assumes answered
/// at the hard end. Worked out here from the answers, apart from `domain::tips`.
fn leans_on_a_lack(content: &Content, tip: &Tip, answers: &Answers) -> bool {
    tip.assumes.iter().any(|id| {
        let Some(item) = content.item(id) else {
            return false;
        };
        answers
            .get(id)
            .and_then(|r| level(item, r))
            .is_some_and(|l| l <= content.rules.hard_end_at_most)
    })
}

/// Text as Yew's server renderer writes it between tags.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn summary(content: &Content, answers: &Answers, locale: Locale) -> String {
    let mut journey = Journey::in_locale(true, locale);
    journey.answers = answers.clone();
    let results = score(content, answers);
    text_summary(
        content,
        &journey,
        &results,
        &Strings::for_locale(locale),
        "2026-01-01",
        false,
        &[],
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// No thing to try shown, on screen or in the text summary of any language, leans on
    /// something the client said they lack; every place to start still has one to try, and
    /// those it has are the ones shown.
    #[test]
    fn no_thing_to_try_leans_on_what_the_client_said_they_lack(
        areas in any_areas(), given in any_answers()
    ) {
        let content = asked(&areas);
        let answers = to_answers(&content, &given);
        let results = score(&content, &answers);
        let screen = results_screen(&areas, &answers);
        let summaries: Vec<(Locale, String)> = Locale::ALL
            .into_iter()
            .map(|l| (l, summary(&content, &answers, l)))
            .collect();
        for focus in &results.focus {
            let area = content.area(focus.area).unwrap();
            let shown: Vec<&Tip> = tips::to_try(&content, area, &answers).collect();
            prop_assert!(!shown.is_empty(), "{:?} has nothing to try", focus.area);
            prop_assert!(shown.len() <= TIPS_SHOWN);
            for tip in area.try_first.iter() {
                if leans_on_a_lack(&content, tip, &answers) {
                    prop_assert!(!shown.contains(&tip));
                    let en = tip.text.get(Locale::En);
                    prop_assert!(!screen.contains(&escaped(en)), "on screen: {en}");
                    for (locale, text) in &summaries {
                        let words = tip.text.get(*locale);
                        prop_assert!(!text.contains(words), "{locale:?} summary: {words}");
                    }
                } else if shown.contains(&tip) {
                    let en = tip.text.get(Locale::En);
                    prop_assert!(screen.contains(&escaped(en)), "not on screen: {en}");
                    for (locale, text) in &summaries {
                        let words = tip.text.get(*locale);
                        prop_assert!(text.contains(words), "not in {locale:?} summary: {words}");
                    }
                }
            }
            // Tips the client's answers allow are offered in content order, up to the limit.
            let allowed: Vec<&Tip> = area
                .try_first
                .iter()
                .filter(|t| !leans_on_a_lack(&content, t, &answers))
                .take(TIPS_SHOWN)
                .collect();
            prop_assert_eq!(shown, allowed);
        }
    }
}

/// The three lines that stung, each in the situation it stung in.
#[test]
fn the_tips_that_contradicted_the_client_are_gone() {
    let content = Content::built_in();
    let hope = content.area(AreaId::Hope).unwrap();
    // Looking forward to nothing, while the rest of hope sits at the hard end.
    let answers: Answers = content
        .items_in(AreaId::Hope)
        .map(|i| {
            let hard = match i.polarity {
                Polarity::Positive => 0,
                Polarity::Reverse => 4,
            };
            (i.id.clone(), Response::Choice(hard))
        })
        .collect();
    assert!(score(&content, &answers)
        .focus
        .iter()
        .any(|f| f.area == AreaId::Hope));
    let shown: Vec<&str> = tips::to_try(&content, hope, &answers)
        .map(|t| t.text.get(Locale::En))
        .collect();
    assert!(!shown.is_empty());
    assert!(
        shown.iter().all(|t| !t.contains("look forward")),
        "{shown:?}"
    );
    let screen = results_screen(&[], &answers);
    assert!(!screen.contains("thing you look forward to"), "{screen}");

    // Nothing a place to start says assumes a friend, or asks why kindness is hard.
    for area in content.areas.iter() {
        let mut texts = vec![&area.description, &area.ask];
        texts.extend(area.try_first.iter().map(|t| &t.text));
        for text in texts {
            for (locale, banned) in [
                (Locale::En, "friend"),
                (Locale::En, "why is it so hard"),
                (Locale::Es, "amig"),
                (Locale::Es, "por qué me cuesta"),
                (Locale::Ar, "صديق"),
                (Locale::Ar, "لماذا"),
            ] {
                let words = text.get(locale).to_lowercase();
                assert!(!words.contains(banned), "{:?}: {words}", area.id);
            }
        }
    }
}

/// Phrases that only make sense when the client has something, and the items that ask
/// whether they have it. A thing to try that uses a phrase must assume one of its items, unless
/// it opens with "If" (it then speaks only to those for whom it holds). A description or a
/// question to bring, which every client of that area reads, must not use any.
const LEANS_ON: &[(&str, &[&str])] = &[
    ("look forward", &["hope_look_forward"]),
    ("feel safe with", &["relational_someone_to_talk"]),
    ("friend", &["relational_someone_to_talk"]),
    ("slow breath", &["developing_somatic_calm"]),
    ("feet on the floor", &["developing_somatic_grounded"]),
    (
        "helped you through",
        &[
            "developing_forgotten_coped_before",
            "developing_forgotten_old_helps",
        ],
    ),
    ("safe place", &["developing_imagery_safe_place"]),
    ("good memory", &["developing_imagery_good_memory"]),
    ("pause", &["mindful_pause"]),
    ("give it a name", &["mindful_notice_feelings"]),
    ("went well", &["positive_notice_good"]),
    ("felt a little easier", &["positive_notice_good"]),
    ("good at", &["positive_name_strengths"]),
    ("keep hope", &["hope_future_better"]),
    ("hold on to", &["positive_notice_good"]),
];

#[test]
fn each_thing_to_try_declares_what_its_words_lean_on() {
    let content = Content::built_in();
    let mut wrong = Vec::new();
    for area in content.areas.iter() {
        for tip in area.try_first.iter() {
            let en = tip.text.get(Locale::En);
            if en.starts_with("If ") {
                continue;
            }
            for (phrase, items) in LEANS_ON {
                let declared = tip.assumes.iter().any(|a| items.contains(&a.as_str()));
                if en.to_lowercase().contains(phrase) && !declared {
                    wrong.push(format!("{:?}: {en:?} leans on {items:?}", area.id));
                }
            }
        }
        for text in [&area.description, &area.ask] {
            let en = text.get(Locale::En).to_lowercase();
            for (phrase, _) in LEANS_ON {
                if en.contains(phrase) {
                    wrong.push(format!("{:?}: {en:?} says {phrase:?} to everyone", area.id));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Each thing to try is said once, so a hidden one cannot come back through another area.
    let mut seen = std::collections::BTreeSet::new();
    for tip in content.areas.iter().flat_map(|a| a.try_first.iter()) {
        assert!(seen.insert(tip.text.get(Locale::En)), "{tip:?} twice");
    }
}

#[test]
fn every_area_still_has_a_thing_to_try_at_the_hard_end_of_everything() {
    let content = Content::built_in();
    for hard in [0u8, 1] {
        let answers: Answers = content
            .items
            .iter()
            .map(|i| {
                let choice = match i.polarity {
                    Polarity::Positive => hard,
                    Polarity::Reverse => 4 - hard,
                };
                (i.id.clone(), Response::Choice(choice))
            })
            .collect();
        for area in content.areas.iter() {
            let shown: Vec<&Tip> = tips::to_try(&content, area, &answers).collect();
            assert!(!shown.is_empty(), "{:?}", area.id);
            assert!(shown.iter().all(|t| t.assumes.is_empty()), "{:?}", area.id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Scale labels
// ---------------------------------------------------------------------------------------------

/// Known anchors for each kind of scale, with the place (0 to 4) each names. A scale's labels
/// must be known anchors whose places run 0, 1, 2, 3, 4: two labels for one place, or one out
/// of order, fail. A new label is added here with its place, by someone who reads the language.
fn anchors(kind: ScaleKind, locale: Locale) -> &'static [(&'static str, u8)] {
    match (kind, locale) {
        (ScaleKind::Frequency, Locale::En) => &[
            ("Not at all", 0),
            ("Never", 0),
            ("Rarely", 1),
            ("Once in a while", 1),
            ("Some of the time", 2),
            ("Sometimes", 2),
            ("Quite often", 3),
            ("Often", 3),
            ("Most of the time", 4),
            ("Always", 4),
        ],
        (ScaleKind::Frequency, Locale::Es) => &[
            ("Nunca", 0),
            ("Rara vez", 1),
            ("Casi nunca", 1),
            ("De vez en cuando", 1),
            ("A veces", 2),
            ("A menudo", 3),
            ("Con frecuencia", 3),
            ("Casi siempre", 4),
            ("Siempre", 4),
        ],
        (ScaleKind::Frequency, Locale::Ar) => &[
            ("أبدًا", 0),
            ("نادرًا", 1),
            ("من حين لآخر", 1),
            ("أحيانًا", 2),
            ("كثيرًا", 3),
            ("غالبًا", 3),
            ("معظم الوقت", 4),
            ("دائمًا", 4),
        ],
        (ScaleKind::Agreement, Locale::En) => &[
            ("Not true at all", 0),
            ("Mostly not true", 1),
            ("Partly true", 2),
            ("Mostly true", 3),
            ("Very true", 4),
        ],
        (ScaleKind::Agreement, Locale::Es) => &[
            ("Nada cierto", 0),
            ("Más bien no es cierto", 1),
            ("Poco cierto", 1),
            ("En parte cierto", 2),
            ("Bastante cierto", 3),
            ("Muy cierto", 4),
        ],
        (ScaleKind::Agreement, Locale::Ar) => &[
            ("غير صحيح أبدًا", 0),
            ("غير صحيح غالبًا", 1),
            ("صحيح جزئيًا", 2),
            ("صحيح غالبًا", 3),
            ("صحيح جدًا", 4),
        ],
    }
}

/// Pairs a reader can take for the same point, which no scale may hold together.
const NEAR_SYNONYMS: &[(&str, &str)] = &[
    ("Once in a while", "Some of the time"),
    ("Once in a while", "Sometimes"),
    ("Quite often", "Often"),
    ("De vez en cuando", "A veces"),
    ("Casi nunca", "Rara vez"),
    ("Poco cierto", "En parte cierto"),
    ("Casi siempre", "Siempre"),
    ("من حين لآخر", "أحيانًا"),
    ("من حين لآخر", "نادرًا"),
    ("كثيرًا", "غالبًا"),
    ("غالبًا", "معظم الوقت"),
];

#[test]
fn each_scales_labels_are_distinct_and_in_order_in_every_language() {
    let content = Content::built_in();
    for scale in content.scales.iter() {
        for locale in Locale::ALL {
            let labels: Vec<&str> = scale
                .choices
                .iter()
                .map(|c| c.label.get_exact(locale).unwrap_or(""))
                .collect();
            let at = format!("{} {}", scale.id.as_str(), locale.as_str());
            for (n, a) in labels.iter().enumerate() {
                for b in &labels[n + 1..] {
                    assert_ne!(a.trim().to_lowercase(), b.trim().to_lowercase(), "{at}");
                }
            }
            for (a, b) in NEAR_SYNONYMS {
                assert!(
                    !(labels.contains(a) && labels.contains(b)),
                    "{at}: {a:?} and {b:?} read as the same point"
                );
            }
            let places: Vec<Option<u8>> = labels
                .iter()
                .map(|l| {
                    anchors(scale.kind, locale)
                        .iter()
                        .find(|(anchor, _)| anchor == l)
                        .map(|(_, place)| *place)
                })
                .collect();
            assert_eq!(
                places,
                [Some(0), Some(1), Some(2), Some(3), Some(4)],
                "{at}: {labels:?}"
            );
        }
    }
}

#[test]
fn the_scale_checks_refuse_the_old_frequency_labels() {
    // What the Spanish and Arabic frequency scales said before: levels 1 and 2 were
    // near-synonyms, right where signs switch.
    for (locale, old) in [
        (
            Locale::Es,
            [
                "Nunca",
                "De vez en cuando",
                "A veces",
                "A menudo",
                "Casi siempre",
            ],
        ),
        (
            Locale::Ar,
            ["أبدًا", "من حين لآخر", "أحيانًا", "كثيرًا", "معظم الوقت"],
        ),
    ] {
        let refused = NEAR_SYNONYMS
            .iter()
            .any(|(a, b)| old.contains(a) && old.contains(b));
        assert!(refused, "{locale:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Every string a client reads
// ---------------------------------------------------------------------------------------------

/// Every client-facing string in `locale`: each interface message (by key) and each
/// questionnaire text (by its place in the file).
fn strings(locale: Locale) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = i18n::parse(i18n::source(locale))
        .unwrap()
        .into_iter()
        .collect();
    for (at, texts) in texts::localised_texts() {
        if let Some(text) = texts.get(locale.as_str()).and_then(Value::as_str) {
            out.insert(at, text.to_owned());
        }
    }
    out
}

/// Arabic without its short-vowel marks, so a check does not depend on how a word was voweled.
fn unvoweled(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .collect()
}

/// The words of a text, lower-cased, split on anything but letters.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `text` uses `banned`: a whole word or phrase (a trailing `*` also matches any
/// ending of its last word) in English and Spanish, any occurrence in Arabic (whose words take
/// prefixes), short vowels aside.
fn uses(locale: Locale, text: &str, banned: &str) -> bool {
    if locale == Locale::Ar {
        return unvoweled(text).contains(&unvoweled(banned));
    }
    let (stem, open) = match banned.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (banned, false),
    };
    let (text, banned) = (words(text), words(stem));
    if banned.is_empty() || text.len() < banned.len() {
        return false;
    }
    let last = banned.len() - 1;
    text.windows(banned.len()).any(|w| {
        w.iter()
            .zip(&banned)
            .enumerate()
            .all(|(n, (word, b))| word == b || (open && n == last && word.starts_with(b.as_str())))
    })
}

/// Finds each banned word in every client-facing string of every language whose key `asked`
/// accepts, except the uses `allowed` names as (language, key, banned word).
fn offences(
    banned: &[(Locale, &[&str])],
    allowed: &[(Locale, &str, &str)],
    asked: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut found = Vec::new();
    for (locale, list) in banned {
        for (key, text) in strings(*locale) {
            if !asked(&key) {
                continue;
            }
            for word in *list {
                let excused = allowed
                    .iter()
                    .any(|(l, k, w)| l == locale && *k == key && w == word);
                if !excused && uses(*locale, &text, word) {
                    found.push(format!("{} {key}: {word:?} in {text:?}", locale.as_str()));
                }
            }
        }
    }
    found
}

#[test]
fn no_client_facing_string_uses_a_diagnostic_verb() {
    let banned: &[(Locale, &[&str])] = &[
        (
            Locale::En,
            &[
                "show",
                "shows",
                "showed",
                "shown",
                "showing",
                "diagnos*",
                "you have",
                "you still have",
                "you are",
                "you're",
            ],
        ),
        (
            Locale::Es,
            &[
                "mostr*",
                "muestr*",
                "diagnós*",
                "diagnost*",
                "tienes",
                "eres",
            ],
        ),
        (
            Locale::Ar,
            &[
                "أظهر",
                "اظهر",
                "تُظهر",
                "تظهر",
                "يُظهر",
                "يظهر",
                "تشخيص",
                "لديك",
            ],
        ),
    ];
    // Uses that say nothing about the client: that this is not a diagnosis, a condition, what
    // is on screen, or notes to the site owner about what the page displays.
    let allowed: &[(Locale, &str, &str)] = &[
        (Locale::En, "welcome-not", "diagnos*"),
        (Locale::En, "results-note", "diagnos*"),
        (Locale::Es, "welcome-not", "diagnós*"),
        (Locale::Es, "results-note", "diagnós*"),
        (Locale::Ar, "welcome-not", "تشخيص"),
        (Locale::Ar, "results-note", "تشخيص"),
        (Locale::En, "help-danger", "you are"),
        (Locale::En, "notice-shared", "you are"),
        (Locale::Es, "results-safety-body", "tienes"),
        // "if you are in danger", "where you are now", "you do not have to wait": not about
        // how the client is.
        (Locale::En, "email-help", "you are"),
        (Locale::En, "help-crisis", "you are"),
        (Locale::Es, "results-end-body", "tienes"),
        (Locale::Es, "stop-help", "tienes"),
        (Locale::Es, "welcome-help", "tienes"),
        (Locale::En, "settings-too-many-help", "shown"),
        (Locale::En, "settings-parent-not-address", "shows"),
        (Locale::En, "settings-parent-other-site", "shown"),
        (Locale::En, "settings-parent-other-site", "shows"),
        (Locale::Es, "settings-format", "mostr*"),
        (Locale::Es, "settings-too-many-help", "mostr*"),
        (Locale::Es, "settings-more", "muestr*"),
        (Locale::Es, "settings-parent-not-address", "muestr*"),
        (Locale::Es, "settings-parent-other-site", "muestr*"),
    ];
    let found = offences(banned, allowed, |_| true);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_diagnostic_check_finds_what_the_results_used_to_say() {
    assert!(uses(
        Locale::Es,
        "Esto es lo que mostraron mis respuestas.",
        "mostr*"
    ));
    assert!(uses(Locale::Ar, "هذا ما أظهرته إجاباتي.", "أظهر"));
    assert!(uses(Locale::En, "Your answers show this.", "show"));
    assert!(uses(
        Locale::En,
        "You have people you can turn to.",
        "you have"
    ));
    assert!(!uses(Locale::En, "Your answers suggest this.", "show"));
    assert!(!uses(Locale::Es, "Te muevo.", "mostr*"));
}

/// Forms that address only a man: imperatives, second-person verbs without the feminine
/// ending, and the masculine vowel written on "you". Short ones stand between spaces, so a
/// word that merely holds them ("تجربة") does not count.
const MASCULINE: &[&str] = &[
    " اختر ",
    " انسخ ",
    " اكتب",
    " استخدم ",
    " ضع ",
    " ضعها ",
    " اجعل ",
    " حدّد ",
    "أرفق الملف",
    " قل ",
    "فقل ",
    " اتصل ",
    " انتبه ",
    " جرّب ",
    "تأمل أن",
    "تودّ",
    "تفضّل",
    "ترفض",
    "تأخذه",
    "تقصد",
    "تؤذي",
    "تستطيع",
    "قلتَ",
    "كنتَ",
    "لكَ",
    "عليكَ",
    "أنتَ",
    "إليكَ",
];

/// The masculine-only forms in an Arabic text.
fn masculine(text: &str) -> Vec<&'static str> {
    // Punctuation counts as a space, so a form at the end of a clause is found too.
    let spaced: String = format!(" {text} ")
        .chars()
        .map(|c| if "،؛؟.:«»()".contains(c) { ' ' } else { c })
        .collect();
    MASCULINE
        .iter()
        .copied()
        .filter(|form| {
            if form.contains('\u{064E}') {
                spaced.contains(form)
            } else {
                unvoweled(&spaced).contains(&unvoweled(form))
            }
        })
        .collect()
}

#[test]
fn arabic_addresses_every_reader_alike() {
    // The Arabic files promise gender-inclusive wording: verbal nouns ("يمكنك اختيار"), the
    // third person and the first person, which read the same for any reader.
    let pending: &[(&str, &str)] = &[];
    let mut found = Vec::new();
    for (key, text) in strings(Locale::Ar) {
        for form in masculine(&text) {
            if !pending.contains(&(key.as_str(), form)) {
                found.push(format!("{key}: {form:?} in {text:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(
        i18n::source(Locale::Ar).contains("gender-inclusive"),
        "the promise this test keeps has moved"
    );
}

#[test]
fn the_arabic_check_finds_the_masculine_forms_used_before() {
    for (before, form) in [
        ("ما الذي تأمل أن يتغيّر؟", "تأمل أن"),
        ("أشياء قلتَ إنها موجودة لديك بالفعل", "قلتَ"),
        (
            "يحفظ هذا نتائجك في ملف. أرفق الملف قبل الإرسال.",
            "أرفق الملف",
        ),
        ("اختر البريد الإلكتروني أو تطبيقًا آخر.", " اختر "),
        ("إذا لم يناسبك شيء هنا، فقل ذلك.", "فقل "),
    ] {
        assert_eq!(masculine(before), [form], "{before}");
    }
    for inclusive in [
        "يمكنك اختيار البريد الإلكتروني أو تطبيق آخر لإرسال الملف.",
        "يمكنك تجربة قول «شكرًا».",
        "أستطيع أن أرفق بنفسي.",
    ] {
        assert!(masculine(inclusive).is_empty(), "{inclusive}");
    }
}

#[test]
fn nothing_a_client_reads_blames_pressures_or_uses_an_idiom() {
    // Notes to the site owner ("settings-…") tell them what a setting should be; everything
    // else is read by a client.
    let banned: &[(Locale, &[&str])] = &[
        (
            Locale::En,
            &[
                "should",
                "must",
                "why is it so hard",
                "why can't",
                "your fault",
                "blame",
                "wrong with you",
                "sink in",
                "leave it at that",
                "in sight",
                "lift you",
            ],
        ),
        (
            Locale::Es,
            &[
                "deberías",
                "debes",
                "por qué te cuesta",
                "por qué me cuesta",
                "culpa",
            ],
        ),
        (Locale::Ar, &["لماذا يصعب", "يجب عليك", "ذنبك", "عليك أن"]),
    ];
    let found = offences(banned, &[], |key| !key.starts_with("settings-"));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn help_is_where_the_client_is_now_not_where_they_live() {
    // Someone away from home needs the number of where they are.
    let pending: &[(Locale, &str, &str)] = &[];
    let banned: &[(Locale, &[&str])] = &[
        (
            Locale::En,
            &["where you live", "your country", "your home country"],
        ),
        (Locale::Es, &["donde vives", "tu país"]),
        (Locale::Ar, &["بلدك", "حيث تعيش", "مكان إقامتك"]),
    ];
    let found = offences(banned, pending, |_| true);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
