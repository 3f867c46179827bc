//! Saving on the device, only with consent: the offer, what is saved, and erasing it.
//! Plain functions: the saving state itself lives in the app.

use yew::prelude::*;

use super::{button, Env, Look};

/// Whether the client's answers are being kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Nothing is written (the starting point).
    Off,
    /// Every change is written, because the client asked.
    On,
    /// The browser refused; the check-in works without saving.
    Blocked,
}

/// A quiet line under the header, on every screen: the offer to save (`on_save`), or what is
/// saved with a way to erase it (`on_erase`).
pub fn save_bar(env: &Env, saving: Saving, on_save: Callback<()>, on_erase: Callback<()>) -> Html {
    let content = match saving {
        Saving::Off => html! {
            <>
                { button(Look::Link, env.t("save-offer"), &on_save) }
                <span class="mp-muted">{ env.t("save-offer-note") }</span>
            </>
        },
        Saving::On => html! {
            <>
                <span>{ env.t("save-on") }</span>
                { button(Look::Link, env.t("save-erase"), &on_erase) }
            </>
        },
        Saving::Blocked => html! { <span class="mp-muted">{ env.t("save-blocked") }</span> },
    };
    html! { <div class="mp-save">{ content }</div> }
}

/// Shown on the welcome when answers from last time are saved.
#[inline(never)]
pub fn resume_panel(env: &Env, on_continue: Callback<()>, on_fresh: Callback<()>) -> Html {
    html! {
        <section class="mp-note mp-resume" aria-labelledby="mp-resume-title">
            <h3 id="mp-resume-title">{ env.t("resume-title") }</h3>
            <p>{ env.t("resume-body") }</p>
            <div class="mp-actions">
                { button(Look::Primary, env.t("resume-continue"), &on_continue) }
                { button(Look::Quiet, env.t("resume-fresh"), &on_fresh) }
            </div>
        </section>
    }
}
