//! The welcome: what the check-in is and is not, how long it takes, and the way in.

use yew::prelude::*;

use super::support::help_pointer;
use super::{button, Env, Look};
use crate::domain::config::Config;
use crate::domain::i18n::{msg, vars};

/// The first screen; `on_start` is called when the client starts the check-in, `on_help` when
/// they ask where help is. A counsellor's own note (`config.intro`) is shown as theirs, above
/// the start.
#[inline(never)]
pub fn welcome(env: &Env, on_start: Callback<()>, config: &Config, on_help: &Callback<()>) -> Html {
    let time = env.strings.format(
        msg::WELCOME_TIME,
        vars::CountMinutes {
            minutes: &env.num(env.content.minutes_to_answer()),
            count: &env.num(env.content.items.len()),
        },
    );
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ env.t(msg::WELCOME_TITLE) }</h2>
            <p>{ env.t(msg::WELCOME_WHAT) }</p>
            <p>{ env.t(msg::WELCOME_WHY) }</p>
            <ul class="mp-promises">
                <li>{ env.t(msg::WELCOME_NOT) }</li>
                <li>{ time }</li>
                <li>{ env.t(msg::WELCOME_PRIVATE) }</li>
                <li>{ env.t(msg::WELCOME_SKIP) }</li>
            </ul>
            { help_pointer(env, msg::WELCOME_HELP, on_help) }
            if let Some(intro) = &config.intro {
                <figure class="mp-intro-note">
                    <blockquote><p class="mp-note-text" dir="auto">{ intro.clone() }</p></blockquote>
                    if let Some(name) = &config.practice_name {
                        <figcaption><bdi>{ name.clone() }</bdi></figcaption>
                    }
                </figure>
            }
            <div class="mp-actions">
                { button(Look::Primary, env.t(msg::WELCOME_START), &on_start) }
            </div>
        </>
    }
}
