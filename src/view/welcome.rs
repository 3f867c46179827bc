//! The welcome: what the check-in is and is not, how long it takes, and the way in.

use yew::prelude::*;

use super::Env;

/// Seconds a client needs for one item, on average; used for the time estimate.
const SECONDS_PER_ITEM: usize = 10;

/// The first screen; `on_start` is called when the client starts the check-in.
pub fn welcome(env: &Env, on_start: Callback<()>) -> Html {
    let count = env.content.items.len();
    let minutes = (count * SECONDS_PER_ITEM).div_ceil(60).max(1);
    let time = env.strings.format(
        "welcome-time",
        &[("minutes", &env.num(minutes)), ("count", &env.num(count))],
    );
    let on_start = on_start.reform(|_: MouseEvent| ());
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ env.t("welcome-title") }</h2>
            <p>{ env.t("welcome-what") }</p>
            <p>{ env.t("welcome-why") }</p>
            <ul class="mp-promises">
                <li>{ env.t("welcome-not") }</li>
                <li>{ time }</li>
                <li>{ env.t("welcome-private") }</li>
                <li>{ env.t("welcome-skip") }</li>
            </ul>
            <div class="mp-actions">
                <button type="button" class="mp-button mp-button-primary" onclick={on_start}>
                    { env.t("welcome-start") }
                </button>
            </div>
        </>
    }
}
