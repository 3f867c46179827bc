#![cfg(not(target_arch = "wasm32"))]
//! Components rendered on the host with Yew's server renderer: what a client sees first.

use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::view::app::{App, AppProps};

/// Renders the app with the props `make` builds (Yew's renderer wants props it can build on its
/// own thread).
async fn render(make: fn() -> AppProps) -> String {
    yew::ServerRenderer::<App>::with_props(make).render().await
}

#[tokio::test]
async fn welcome_says_what_the_check_in_is_and_is_not() {
    let html = render(AppProps::default).await;
    for expected in [
        "A short check-in before your first session",
        "It is not a test and it does not give a diagnosis.",
        "Your answers stay on this device.",
        "You can skip any question.",
        "Start the check-in",
        "Need help now?",
    ] {
        assert!(html.contains(expected), "missing {expected:?} in {html}");
    }
}

#[tokio::test]
async fn counsellor_settings_show_as_text_with_a_note_for_the_site_owner() {
    use std::rc::Rc;

    use missing_pieces::domain::config::Config;
    let html = render(|| {
        let (config, problems) = Config::from_json(
            r##"{"practice_name": "<b>Oak</b> & Co", "intro": "Hello.", "accent": "#ffff00"}"##,
        );
        AppProps {
            config: Rc::new(config),
            config_problems: Rc::new(problems),
            owner_notes: true,
            ..AppProps::default()
        }
    })
    .await;
    assert!(html.contains("&lt;b&gt;Oak&lt;/b&gt; &amp; Co"), "{html}");
    assert!(!html.contains("<b>Oak"));
    assert!(html.contains("Hello."));
    assert!(html.contains("Note for the site owner"));
    assert!(html.contains("accent:"));
}

#[tokio::test]
async fn a_client_sees_the_settings_that_could_be_used_and_no_note_for_the_site_owner() {
    use std::rc::Rc;

    use missing_pieces::domain::config::Config;
    let html = render(|| {
        let (config, problems) = Config::from_json(
            r##"{"practice_name": "Oak", "accent": "#ffff00",
                 "urgent_help": [{"name": "Line", "url": "http://x.example"}]}"##,
        );
        assert!(!problems.is_empty());
        AppProps {
            config: Rc::new(config),
            config_problems: Rc::new(problems),
            ..AppProps::default()
        }
    })
    .await;
    assert!(html.contains("Oak"), "{html}");
    for technical in [
        "Note for the site owner",
        "accent",
        "urgent_help",
        "#ffff00",
    ] {
        assert!(!html.contains(technical), "{technical:?} in {html}");
    }
}

#[tokio::test]
async fn welcome_states_the_real_number_of_questions() {
    let html = render(AppProps::default).await;
    let count = missing_pieces::domain::content::Content::built_in()
        .items
        .len();
    assert!(
        html.contains(&format!("There are {count} short questions.")),
        "{html}"
    );
}

mod results {
    use missing_pieces::domain::answers::{Answers, Response};
    use missing_pieces::domain::content::ItemId;
    use missing_pieces::domain::scoring::score;
    use missing_pieces::domain::text::Locale;
    use missing_pieces::view::results::results_step;
    use missing_pieces::view::Env;
    use serde_json::Value;
    use yew::prelude::*;

    fn persona(name: &str) -> Answers {
        let all: Value = serde_json::from_str(include_str!("personas.json")).unwrap();
        let persona = all["personas"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()
            .clone();
        persona["answers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, v)| {
                (
                    ItemId::from(id.as_str()),
                    Response::Choice(v.as_u64().unwrap() as u8),
                )
            })
            .collect()
    }

    #[derive(Properties, PartialEq)]
    struct ResultsProps {
        answers: Answers,
    }

    /// The results of `answers` in English, as a component the server renderer can draw.
    #[component]
    fn Results(props: &ResultsProps) -> Html {
        let env = Env::new(Locale::En);
        let results = score(&env.content, &props.answers);
        results_step(&env, &results, &props.answers, &[])
    }

    async fn render(name: &str) -> String {
        let answers = persona(name);
        yew::ServerRenderer::<Results>::with_props(move || ResultsProps { answers })
            .render()
            .await
    }

    #[tokio::test]
    async fn support_comes_first_when_things_feel_very_hard() {
        let html = render("struggling a lot right now").await;
        let support = html
            .find("Your answers suggest things feel hard right now")
            .expect("support shown");
        // It says what it rests on, in plain words.
        assert!(html.contains("This is here because:"));
        assert!(html.contains("Your answers suggest hope may feel far away right now."));
        let start = html.find("Where you might start").unwrap();
        assert!(
            support < start,
            "support must come before the places to start"
        );
        assert!(html.contains("call your local emergency number now"));
    }

    #[tokio::test]
    async fn no_support_banner_when_no_safety_rule_holds() {
        let html = render("in the middle everywhere").await;
        assert!(!html.contains("Your answers suggest things feel hard right now"));
        assert!(!html.contains("Help is close, if you need it"));
    }

    #[tokio::test]
    async fn places_to_start_quote_the_clients_own_choices() {
        let html = render("isolated and self-critical").await;
        assert!(
            html.contains("I feel alone with what I am going through."),
            "{html}"
        );
        assert!(html.contains("You chose: Most of the time"), "{html}");
        assert!(html.contains("A question you could bring"));
    }

    #[tokio::test]
    async fn results_use_no_clinical_labels() {
        for name in ["struggling a lot right now", "overloaded and shut down"] {
            let html = render(name).await.to_lowercase();
            for word in [
                "depress", "disorder", "symptom", "patient", "risk", "severe",
            ] {
                assert!(!html.contains(word), "{name}: results say {word:?}");
            }
        }
    }
}

mod questions {
    use missing_pieces::domain::answers::Answers;
    use missing_pieces::domain::content::AreaId;
    use missing_pieces::domain::text::Locale;
    use missing_pieces::view::questions::area_step;
    use missing_pieces::view::Env;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct StepProps {
        area: AreaId,
    }

    #[component]
    fn Step(props: &StepProps) -> Html {
        let env = Env::new(Locale::En);
        area_step(
            &env,
            props.area,
            &Answers::default(),
            &Callback::noop(),
            &Callback::noop(),
            &Callback::noop(),
        )
    }

    #[tokio::test]
    async fn every_item_is_asked_in_its_areas_step() {
        let env = Env::new(Locale::En);
        for area in AreaId::ALL {
            let html = yew::ServerRenderer::<Step>::with_props(move || StepProps { area })
                .render()
                .await;
            let html = html.replace("&#x27;", "'").replace("&#39;", "'");
            for item in env.content.items_in(area) {
                let text = item.text.get(Locale::En);
                assert!(html.contains(text), "{:?} is not asked", item.id);
            }
        }
    }
}

/// The values of every `name="…"` attribute in `html`.
fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    html.split(&format!(" {name}=\""))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[tokio::test]
async fn every_aria_controls_names_an_element_that_is_there() {
    let html = render(AppProps::default).await;
    let ids = attribute_values(&html, "id");
    let controls = attribute_values(&html, "aria-controls");
    for target in &controls {
        for id in target.split_whitespace() {
            assert!(
                ids.contains(&id),
                "aria-controls=\"{id}\" names no element in {html}"
            );
        }
    }
}
