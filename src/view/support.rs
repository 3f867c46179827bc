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
