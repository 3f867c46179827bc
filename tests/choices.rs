#![cfg(not(target_arch = "wasm32"))]
//! The counsellor's choices, as a client meets them: only the areas chosen are asked, every area
//! left out is named in the results and every take-away, and the counsellor's own questions are
//! asked with the reflections, shown as text, and taken away with the client's words. The care
//! rules over every choice of areas are in `tests/care.rs`.

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::choices;
use missing_pieces::domain::config::{Config, MIN_AREAS};
use missing_pieces::domain::content::{AreaId, Condition, Content, Key, Sign, SignId};
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::scoring::score;
use missing_pieces::domain::summary::{json_export, text_summary};
use missing_pieces::domain::text::{Locale, Text};
use missing_pieces::view::reflections::{reflections_step, NoteCallbacks};
use missing_pieces::view::Env;
use proptest::prelude::*;
use serde_json::Value;
use yew::prelude::*;

#[path = "common/areas.rs"]
mod areas;
use areas::{asking, every_choice, results_screen};
use missing_pieces::domain::built_in::BuiltIn as _;

/// The lowest answer on every item `content` asks.
fn all_hard(content: &Content) -> Answers {
    content
        .items
        .iter()
        .map(|item| {
            let choice = match item.polarity {
                missing_pieces::domain::content::Polarity::Positive => 0,
                missing_pieces::domain::content::Polarity::Reverse => 4,
            };
            (item.id.clone(), Response::Choice(choice))
        })
        .collect()
}

fn journey(answers: Answers, locale: Locale) -> Journey {
    let mut journey = Journey::in_locale(true, locale);
    journey.answers = answers;
    journey
}

#[test]
fn every_choice_of_areas_is_counted() {
    // n areas choose MIN_AREAS up to n - 1 (6 choose 3, 4 and 5: 20 + 15 + 6 today).
    let n = AreaId::ALL.len();
    let choose = |k: usize| (0..k).fold(1, |ways, i| ways * (n - i) / (i + 1));
    let expected: usize = (MIN_AREAS..n).map(choose).sum();
    assert_eq!(every_choice().len(), expected);
}

#[test]
fn only_the_chosen_areas_are_asked_in_full_in_the_models_order() {
    let (config, problems) = Config::from_pairs(&[(
        "areas".to_owned(),
        "self_compassion, hope, mindful_attitude".to_owned(),
    )]);
    assert!(problems.is_empty());
    let full = Content::built_in();
    let content = choices::apply(&full, &config);
    // "Developing resources" is left out, but its two questions about shutting down and
    // having too much to manage are asked in a short step of its own.
    assert_eq!(
        Journey::new(true).middle_steps(&content),
        [
            Step::Area(AreaId::Hope),
            Step::Area(AreaId::DevelopingResources),
            Step::Area(AreaId::MindfulAttitude),
            Step::Area(AreaId::SelfCompassion),
            Step::Reflections,
            Step::Review,
        ]
    );
    let partial: Vec<AreaId> = content
        .areas
        .iter()
        .filter(|a| a.partial)
        .map(|a| a.id)
        .collect();
    assert_eq!(partial, [AreaId::DevelopingResources]);
    let kept: Vec<&str> = content
        .items_in(AreaId::DevelopingResources)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        kept,
        ["developing_somatic_numb", "developing_current_swamped"]
    );
    let chosen = [
        AreaId::Hope,
        AreaId::MindfulAttitude,
        AreaId::SelfCompassion,
    ];
    let asked: usize = chosen.iter().map(|a| full.items_in(*a).count()).sum();
    assert_eq!(content.items.len(), asked + kept.len());
    assert!(content.minutes_to_answer() < full.minutes_to_answer());
    assert_eq!(
        choices::left_out(&content),
        [
            AreaId::RelationalSupport,
            AreaId::DevelopingResources,
            AreaId::PositiveExperiences
        ]
    );
    // An answer to a question the check-in does not ask changes nothing.
    let left_out = full.items_in(AreaId::RelationalSupport).next().unwrap();
    let answer = Action::Answer(left_out.id.clone(), Response::Choice(0));
    assert_eq!(Journey::new(true).apply(answer, &content), None);
}

#[test]
fn no_choice_of_areas_stops_the_check_in_noticing_hopelessness_or_distress() {
    let full = Content::built_in();
    let always: Vec<&Sign> = full.signs.iter().filter(|s| s.always_asked).collect();
    let ids: Vec<SignId> = always.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            SignId::LostHope,
            SignId::UnmanagedDistress,
            SignId::ShuttingDown,
            SignId::Overload
        ]
    );
    // Every rule that names a sign names one of these, so the rules about hope and distress
    // always have their questions.
    for rule in full.safety.iter() {
        for condition in rule.when_all.iter() {
            if let Condition::Sign { sign } = condition {
                assert!(ids.contains(sign), "{}", rule.id.as_str());
            }
            if let Condition::Area { area, .. } = condition {
                assert!(
                    always.iter().any(|s| s.areas.contains(area)),
                    "{}",
                    rule.id.as_str()
                );
            }
        }
    }
    for areas in every_choice() {
        let content = choices::apply(&full, &asking(&areas));
        for sign in &always {
            let kept = content.sign(sign.id).unwrap();
            assert_eq!(kept.items, sign.items, "{areas:?} {:?}", sign.id);
            assert!(kept.items.iter().all(|i| content.item(i).is_some()));
        }
        // Each partial area keeps only always-asked questions, and is never charted.
        for area in content.areas.iter() {
            assert_eq!(area.partial, !areas.contains(&area.id), "{areas:?}");
            if area.partial {
                assert!(content
                    .items_in(area.id)
                    .all(|i| always.iter().any(|s| s.items.contains(&i.id))));
            }
        }
        let results = score(&content, &all_hard(&content));
        assert!(results.charted().all(|a| areas.contains(&a.area)));
    }
}

#[test]
fn no_sign_rests_on_one_question_whichever_areas_are_asked() {
    for areas in every_choice() {
        let content = choices::apply(&Content::built_in(), &asking(&areas));
        for sign in content.signs.iter() {
            assert!(sign.items.len() >= 2, "{areas:?} {:?}", sign.id);
            assert!(sign.items.iter().all(|i| content.item(i).is_some()));
            assert!(sign.areas.iter().all(|a| content.area(*a).is_some()));
        }
        // Every sign whose questions are asked is still there to be found.
        for sign in Content::built_in().signs.iter() {
            let asked = sign.items.iter().any(|i| content.item(i).is_some());
            assert_eq!(
                content.sign(sign.id).is_some(),
                asked,
                "{areas:?} {:?}",
                sign.id
            );
        }
    }
    let without_hope = choices::apply(
        &Content::built_in(),
        &asking(&[
            AreaId::RelationalSupport,
            AreaId::MindfulAttitude,
            AreaId::SelfCompassion,
        ]),
    );
    assert!(without_hope.sign(SignId::LostHope).is_some());
    assert!(without_hope.sign(SignId::DiscountingStrengths).is_none());
}

#[test]
fn the_hardest_answers_lead_with_support_whichever_areas_are_asked() {
    for areas in every_choice() {
        let content = choices::apply(&Content::built_in(), &asking(&areas));
        let results = score(&content, &all_hard(&content));
        assert!(results.needs_support_first(), "{areas:?}");
        assert!(!results.signs.is_empty(), "{areas:?}");
    }
}

#[test]
fn every_area_left_out_is_named_on_screen_and_in_every_take_away() {
    let full = Content::built_in();
    for areas in every_choice().into_iter().chain([Vec::new()]) {
        let content = choices::apply(&full, &asking(&areas));
        let left_out = choices::left_out(&content);
        let expected: Vec<AreaId> = if areas.is_empty() {
            Vec::new()
        } else {
            AreaId::ALL
                .into_iter()
                .filter(|a| !areas.contains(a))
                .collect()
        };
        assert_eq!(left_out, expected);
        let answers = all_hard(&content);
        let results = score(&content, &answers);
        let strings = Strings::for_locale(Locale::En);
        let screen = results_screen(&areas, &answers);
        assert_eq!(
            screen.contains(strings.get(msg::RESULTS_LEFT_OUT)),
            !left_out.is_empty(),
            "{areas:?}"
        );
        for locale in Locale::ALL {
            let strings = Strings::for_locale(locale);
            let text = text_summary(
                &content,
                &journey(answers.clone(), locale),
                &results,
                &strings,
                "today",
                false,
                &[],
            );
            assert_eq!(
                text.contains(strings.get(msg::RESULTS_LEFT_OUT)),
                !left_out.is_empty()
            );
            for area in &left_out {
                let title = full.area(*area).unwrap().title.get(locale);
                assert!(text.contains(&format!("- {title}\n")), "{title} in\n{text}");
                if locale == Locale::En {
                    assert!(screen.contains(&format!("<li>{title}</li>")), "{title}");
                }
            }
        }
        let json: Value = serde_json::from_str(&json_export(
            &content,
            &journey(answers, Locale::En),
            &results,
            "today",
            false,
        ))
        .unwrap();
        let exported: Vec<&str> = json["areas_left_out"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let expected: Vec<&str> = left_out.iter().map(|a| a.as_str()).collect();
        assert_eq!(exported, expected);
    }
}

fn with_questions(questions: Vec<Text>, reflections: bool) -> Content {
    let config = Config {
        questions,
        reflections,
        ..Config::default()
    };
    choices::apply(&Content::built_in(), &config)
}

#[test]
fn own_questions_follow_the_reflections_in_each_language_written() {
    let spanish_only = Text::from_pairs(&[(Locale::Es, "¿Quién vive contigo?")]);
    let both = Text::from_pairs(&[(Locale::En, "Who helps?"), (Locale::Es, "¿Quién ayuda?")]);
    let content = with_questions(vec![both, spanish_only], true);
    let built_in = Content::built_in().reflections.len();
    assert_eq!(content.reflections.len(), built_in + 2);
    let own: Vec<_> = content.reflections[built_in..].iter().collect();
    assert!(own
        .iter()
        .all(|r| choices::is_own(r) && r.options.is_empty()));
    assert_eq!(own[0].id, Key::from("own_1"));
    assert_eq!(own[0].prompt.get(Locale::Es), "¿Quién ayuda?");
    assert_eq!(own[0].prompt.get(Locale::Ar), "Who helps?");
    // Written only in Spanish: asked in Spanish in every language, never left blank.
    for locale in Locale::ALL {
        assert_eq!(own[1].prompt.get(locale), "¿Quién vive contigo?");
        assert!(!own[1].hint.get(locale).is_empty());
    }
    assert!(!content.reflections[..built_in].iter().any(choices::is_own));
}

#[test]
fn own_questions_are_asked_even_with_the_reflections_switched_off() {
    let content = with_questions(vec![Text::en("What would you like me to know?")], false);
    assert_eq!(content.reflections.len(), 1);
    assert!(Journey::new(true)
        .middle_steps(&content)
        .contains(&Step::Reflections));
    let none = with_questions(Vec::new(), false);
    assert!(!Journey::new(true)
        .middle_steps(&none)
        .contains(&Step::Reflections));
}

#[test]
fn own_questions_and_answers_are_taken_away_only_with_the_clients_words() {
    let content = with_questions(vec![Text::en("What would you like me to know?")], false);
    let journey = Journey::new(true)
        .apply(
            Action::Write(Key::from("own_1"), "I work nights.".into()),
            &content,
        )
        .unwrap();
    let results = score(&content, &journey.answers);
    let strings = Strings::for_locale(Locale::En);
    let with_notes = text_summary(&content, &journey, &results, &strings, "today", true, &[]);
    assert!(with_notes.contains("What would you like me to know?"));
    assert!(with_notes.contains("I work nights."));
    let without = text_summary(&content, &journey, &results, &strings, "today", false, &[]);
    assert!(!without.contains("I work nights."));
    let json: Value =
        serde_json::from_str(&json_export(&content, &journey, &results, "today", true)).unwrap();
    assert_eq!(json["notes"]["own_1"]["text"], "I work nights.");
    assert_eq!(
        json["own_questions"]["own_1"],
        "What would you like me to know?"
    );
    let json: Value =
        serde_json::from_str(&json_export(&content, &journey, &results, "today", false)).unwrap();
    assert!(json.get("notes").is_none() && json.get("own_questions").is_none());
}

/// The reflections step with `question` as the counsellor's own, drawn by the server renderer.
fn reflections_screen(question: &str) -> String {
    #[derive(Properties, PartialEq)]
    struct Props {
        question: String,
    }
    #[component]
    fn Screen(props: &Props) -> Html {
        let config = Config {
            questions: vec![Text::en(&props.question)],
            ..Config::default()
        };
        let env = Env::for_config(Locale::En, &config);
        let callbacks = NoteCallbacks {
            on_write: Callback::noop(),
            on_toggle: Callback::noop(),
        };
        reflections_step(&env, &Default::default(), &callbacks)
    }
    let question = question.to_owned();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(yew::ServerRenderer::<Screen>::with_props(move || Props { question }).render())
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn an_own_question_is_shown_as_text_in_its_own_direction() {
    let html = reflections_screen("<img src=x onerror=alert(1)> Who & what helps?");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("<bdi>&lt;img src=x onerror=alert(1)&gt; Who &amp; what helps?</bdi>"),
        "{html}"
    );
    assert!(html.contains(r#"id="mp-note-own_1""#));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a counsellor writes is shown as those characters, never as markup.
    #[test]
    fn any_own_question_is_shown_as_written(question in "[a-z<>&][a-z<>&\"' /=]{0,40}") {
        let html = reflections_screen(&question);
        prop_assert!(html.contains(&format!("<bdi>{}</bdi>", escaped(&question))), "{html}");
    }
}

/// Disclosure into a page nobody reads: where a client writes in their own words (the check-in's
/// questions and the counsellor's own), the step says nobody reads it until it is shared, and
/// where help is now.
#[test]
fn the_own_words_step_says_nobody_reads_it_until_shared_and_where_help_is() {
    let html = reflections_screen("Who helps?");
    let strings = Strings::for_locale(Locale::En);
    let line = strings.get(msg::REFLECTIONS_UNREAD);
    assert!(line.contains(strings.get(msg::HELP_OPEN)), "{line}");
    assert!(html.contains(line), "{html}");
}
