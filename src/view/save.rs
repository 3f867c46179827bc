//! Saving on the device, only with consent: the offer, what is saved, and erasing it.
//! Plain functions: the saving state itself lives in the app.

use yew::prelude::*;

use super::Env;

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
                <button type="button" class="mp-link" onclick={on_save.reform(|_: MouseEvent| ())}>
                    { env.t("save-offer") }
                </button>
                <span class="mp-muted">{ env.t("save-offer-note") }</span>
            </>
        },
        Saving::On => html! {
            <>
                <span>{ env.t("save-on") }</span>
                <button type="button" class="mp-link" onclick={on_erase.reform(|_: MouseEvent| ())}>
                    { env.t("save-erase") }
                </button>
            </>
        },
        Saving::Blocked => html! { <span class="mp-muted">{ env.t("save-blocked") }</span> },
    };
    html! { <div class="mp-save">{ content }</div> }
}

/// Shown on the welcome when answers from last time are saved.
pub fn resume_panel(env: &Env, on_continue: Callback<()>, on_fresh: Callback<()>) -> Html {
    html! {
        <section class="mp-note mp-resume" aria-labelledby="mp-resume-title">
            <h3 id="mp-resume-title">{ env.t("resume-title") }</h3>
            <p>{ env.t("resume-body") }</p>
            <div class="mp-actions">
                <button type="button" class="mp-button mp-button-primary" onclick={on_continue.reform(|_: MouseEvent| ())}>
                    { env.t("resume-continue") }
                </button>
                <button type="button" class="mp-button mp-button-quiet" onclick={on_fresh.reform(|_: MouseEvent| ())}>
                    { env.t("resume-fresh") }
                </button>
            </div>
        </section>
    }
}
