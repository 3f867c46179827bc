#![cfg(not(target_arch = "wasm32"))]
//! Components rendered on the host with Yew's server renderer: what a client sees first.

use missing_pieces::view::app::{App, AppProps};

async fn render(props: AppProps) -> String {
    yew::ServerRenderer::<App>::with_props(move || props)
        .render()
        .await
}

#[tokio::test]
async fn welcome_says_what_the_check_in_is_and_is_not() {
    let html = render(AppProps::default()).await;
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
async fn welcome_states_the_real_number_of_questions() {
    let html = render(AppProps::default()).await;
    let count = missing_pieces::domain::content::Content::built_in()
        .items
        .len();
    assert!(
        html.contains(&format!("There are {count} short questions.")),
        "{html}"
    );
}
