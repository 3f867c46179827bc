//! The "Need help now?" panel: urgent-help contacts, reachable from every screen.

use yew::prelude::*;

use super::use_env;

/// Properties of [`SupportPanel`].
#[derive(Properties, PartialEq)]
pub struct SupportPanelProps {
    /// Called when the client closes the panel.
    pub on_close: Callback<()>,
}

/// Calm, plain urgent-help information.
#[component]
pub fn SupportPanel(props: &SupportPanelProps) -> Html {
    let env = use_env();
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section id="mp-support" class="mp-support" aria-labelledby="mp-support-title">
            <h2 id="mp-support-title">{ env.t("help-title") }</h2>
            <SupportContacts />
            <p>{ env.t("help-wait") }</p>
            <button type="button" class="mp-button mp-button-quiet" onclick={on_close}>
                { env.t("help-close") }
            </button>
        </section>
    }
}

/// Who to contact for urgent help.
#[component]
pub fn SupportContacts() -> Html {
    let env = use_env();
    html! {
        <div class="mp-contacts">
            <p><strong>{ env.t("help-danger") }</strong></p>
            <p>{ env.t("help-numbers") }</p>
            <p>{ env.t("help-crisis") }</p>
        </div>
    }
}

/// Properties of [`StopPanel`].
#[derive(Properties, PartialEq)]
pub struct StopPanelProps {
    /// Called when the client goes back to the check-in.
    pub on_continue: Callback<()>,
    /// Called when the client clears their answers.
    pub on_clear: Callback<()>,
}

/// What stopping means, said plainly, with a way back and a way to clear everything.
#[component]
pub fn StopPanel(props: &StopPanelProps) -> Html {
    let env = use_env();
    html! {
        <section id="mp-stop" class="mp-support mp-stop" aria-labelledby="mp-stop-title">
            <h2 id="mp-stop-title" tabindex="-1">{ env.t("stop-title") }</h2>
            <p>{ env.t("stop-body") }</p>
            <p>{ env.t("stop-later") }</p>
            <div class="mp-actions">
                <button type="button" class="mp-button mp-button-primary" onclick={props.on_continue.reform(|_: MouseEvent| ())}>
                    { env.t("stop-continue") }
                </button>
                <button type="button" class="mp-button mp-button-quiet" onclick={props.on_clear.reform(|_: MouseEvent| ())}>
                    { env.t("stop-clear") }
                </button>
            </div>
        </section>
    }
}
