//! The welcome: what the check-in is and is not, how long it takes, and the way in.

use yew::prelude::*;

use super::{button, Env, Look};
use crate::domain::config::Config;

/// The first screen; `on_start` is called when the client starts the check-in.
/// A counsellor's own note (`config.intro`) is shown as theirs, above the start.
#[inline(never)]
pub fn welcome(env: &Env, on_start: Callback<()>, config: &Config) -> Html {
    let time = env.strings.format(
        "welcome-time",
        &[
            ("minutes", &env.num(env.content.minutes_to_answer())),
            ("count", &env.num(env.content.items.len())),
        ],
    );
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
            if let Some(intro) = &config.intro {
                <figure class="mp-intro-note">
                    <blockquote><p class="mp-note-text" dir="auto">{ intro.clone() }</p></blockquote>
                    if let Some(name) = &config.practice_name {
                        <figcaption><bdi>{ name.clone() }</bdi></figcaption>
                    }
                </figure>
            }
            <div class="mp-actions">
                { button(Look::Primary, env.t("welcome-start"), &on_start) }
            </div>
        </>
    }
}
