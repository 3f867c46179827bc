//! The "Need help now?" panel with urgent-help contacts, reachable from every screen, and the
//! "Stop for now" panel. Both are plain functions: they hold no state of their own.

use yew::prelude::*;

use super::Env;

/// Calm, plain urgent-help information, with a way to close it.
pub fn support_panel(env: &Env, on_close: Callback<()>) -> Html {
    html! {
        <section id="mp-support" class="mp-support" aria-labelledby="mp-support-title">
            <h2 id="mp-support-title">{ env.t("help-title") }</h2>
            { support_contacts(env) }
            <p>{ env.t("help-wait") }</p>
            <button type="button" class="mp-button mp-button-quiet" onclick={on_close.reform(|_: MouseEvent| ())}>
                { env.t("help-close") }
            </button>
        </section>
    }
}

/// Who to contact for urgent help.
pub fn support_contacts(env: &Env) -> Html {
    html! {
        <div class="mp-contacts">
            <p><strong>{ env.t("help-danger") }</strong></p>
            <p>{ env.t("help-numbers") }</p>
            <p>{ env.t("help-crisis") }</p>
        </div>
    }
}

/// What stopping means, said plainly, with a way back (`on_continue`) and a way to clear
/// everything (`on_clear`).
pub fn stop_panel(env: &Env, on_continue: Callback<()>, on_clear: Callback<()>) -> Html {
    html! {
        <section id="mp-stop" class="mp-support mp-stop" aria-labelledby="mp-stop-title">
            <h2 id="mp-stop-title" tabindex="-1">{ env.t("stop-title") }</h2>
            <p>{ env.t("stop-body") }</p>
            <p>{ env.t("stop-later") }</p>
            <div class="mp-actions">
                <button type="button" class="mp-button mp-button-primary" onclick={on_continue.reform(|_: MouseEvent| ())}>
                    { env.t("stop-continue") }
                </button>
                <button type="button" class="mp-button mp-button-quiet" onclick={on_clear.reform(|_: MouseEvent| ())}>
                    { env.t("stop-clear") }
                </button>
            </div>
        </section>
    }
}
