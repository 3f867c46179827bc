//! The results screen drawn by Yew's server renderer, for tests that check what a client sees
//! (included by path where needed, so other tests do not build Yew's renderer).

use missing_pieces::domain::answers::Answers;
use missing_pieces::domain::config::Config;
use missing_pieces::domain::content::AreaId;
use missing_pieces::domain::scoring::score;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::results::results_step;
use missing_pieces::view::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    areas: Vec<AreaId>,
    answers: Answers,
}

#[component]
fn Screen(props: &Props) -> Html {
    let config = Config {
        areas: props.areas.clone(),
        ..Config::default()
    };
    let env = Env::for_config(Locale::En, &config);
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
