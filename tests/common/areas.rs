//! The counsellor's choices of areas for tests: every choice there is, the questionnaire as each
//! asks it, and the results screen drawn by Yew's server renderer (included by path where needed,
//! so other tests do not build Yew's renderer).
#![allow(dead_code)]

use missing_pieces::domain::answers::Answers;
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::choices;
use missing_pieces::domain::config::{Config, MIN_AREAS};
use missing_pieces::domain::content::{AreaId, Content};
use missing_pieces::domain::scoring::score;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::results::results_step;
use missing_pieces::view::Env;
use yew::prelude::*;

/// The settings of a check-in asking `areas` (empty: all six).
pub fn asking(areas: &[AreaId]) -> Config {
    Config {
        areas: areas.to_vec(),
        ..Config::default()
    }
}

/// The shipped questionnaire as a check-in asking `areas` asks it.
pub fn asked(areas: &[AreaId]) -> Content {
    choices::apply(&Content::built_in(), &asking(areas))
}

/// Every choice of fewer areas a counsellor can make: each set of three to five areas, in the
/// model's order.
pub fn every_choice() -> Vec<Vec<AreaId>> {
    (0u32..1 << AreaId::ALL.len())
        .map(|mask| {
            AreaId::ALL
                .into_iter()
                .enumerate()
                .filter(|(n, _)| mask & (1 << n) != 0)
                .map(|(_, a)| a)
                .collect::<Vec<_>>()
        })
        .filter(|areas| areas.len() >= MIN_AREAS && areas.len() < AreaId::ALL.len())
        .collect()
}

#[derive(Properties, PartialEq)]
struct Props {
    areas: Vec<AreaId>,
    answers: Answers,
}

#[component]
fn Screen(props: &Props) -> Html {
    let env = Env::for_config(Locale::En, &asking(&props.areas));
    let results = score(&env.content, &props.answers);
    results_step(&env, &results, &props.answers, &[])
}

/// The results screen in English for `answers`, in a check-in asking `areas` (empty: all six).
pub fn results_screen(areas: &[AreaId], answers: &Answers) -> String {
    let (areas, answers) = (areas.to_vec(), answers.clone());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        yew::ServerRenderer::<Screen>::with_props(move || Props { areas, answers }).render(),
    )
}

#[derive(Properties, PartialEq)]
struct SayProps {
    areas: Vec<AreaId>,
    journey: missing_pieces::domain::journey::Journey,
    include_notes: bool,
}

#[component]
fn ScreenWithSay(props: &SayProps) -> Html {
    use missing_pieces::view::results::results_with_say;
    use missing_pieces::view::say::Say;
    let env = Env::for_config(props.journey.locale, &asking(&props.areas));
    let results = score(&env.content, &props.journey.answers);
    let say = Say {
        journey: &props.journey,
        include_notes: props.include_notes,
        on_say: Callback::noop(),
    };
    results_with_say(&env, &results, &props.journey.answers, &[], Some(&say))
}

/// The results screen for `journey` (its answers, notes, say and language) with the client's
/// say beside it, in a check-in asking `areas` (empty: all six).
pub fn results_screen_with_say(
    areas: &[AreaId],
    journey: &missing_pieces::domain::journey::Journey,
    include_notes: bool,
) -> String {
    let (areas, journey) = (areas.to_vec(), journey.clone());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        yew::ServerRenderer::<ScreenWithSay>::with_props(move || SayProps {
            areas,
            journey,
            include_notes,
        })
        .render(),
    )
}
