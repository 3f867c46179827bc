//! Saving on the device, only with consent: the offer, what is saved, erasing it, and the
//! question asked before these answers take the place of answers saved earlier. Plain
//! functions: the saving state itself lives in the domain's [`crate::domain::session`].

use yew::prelude::*;

use super::{button, Env, Look};
use crate::domain::i18n::msg;
pub use crate::domain::session::Saving;

/// What the save bar can ask for.
pub struct SaveCallbacks {
    /// The client asks to save on this device.
    pub on_save: Callback<()>,
    /// The client erases everything saved.
    pub on_erase: Callback<()>,
    /// After being asked: save these answers in place of the earlier ones.
    pub on_replace: Callback<()>,
    /// After being asked: keep the earlier answers, and do not save these.
    pub on_keep: Callback<()>,
}

/// A quiet line under the header, on every screen: the offer to save, what is saved with a way
/// to erase it, or the question before replacing answers saved earlier.
pub fn save_bar(env: &Env, saving: Saving, callbacks: &SaveCallbacks) -> Html {
    let content = match saving {
        Saving::Off => html! {
            <>
                { button(Look::Link, env.t(msg::SAVE_OFFER), &callbacks.on_save) }
                <span class="mp-muted">{ env.t(msg::SAVE_OFFER_NOTE) }</span>
            </>
        },
        Saving::On => html! {
            <>
                <span>{ env.t(msg::SAVE_ON) }</span>
                { button(Look::Link, env.t(msg::SAVE_ERASE), &callbacks.on_erase) }
            </>
        },
        Saving::Asking => html! {
            <>
                <span>{ env.t(msg::SAVE_ASK) }</span>
                { button(Look::Link, env.t(msg::SAVE_ASK_REPLACE), &callbacks.on_replace) }
                { button(Look::Link, env.t(msg::SAVE_ASK_KEEP), &callbacks.on_keep) }
            </>
        },
        Saving::Blocked => html! { <span class="mp-muted">{ env.t(msg::SAVE_BLOCKED) }</span> },
    };
    html! { <div class="mp-save">{ content }</div> }
}

/// Shown when answers from last time are saved on the device: on the welcome, with a way to
/// erase them (`on_fresh`), and above a share link's results, with only the way back to them.
#[inline(never)]
pub fn resume_panel(env: &Env, on_continue: Callback<()>, on_fresh: Option<Callback<()>>) -> Html {
    html! {
        <section class="mp-note mp-resume" aria-labelledby="mp-resume-title">
            <h2 id="mp-resume-title">{ env.t(msg::RESUME_TITLE) }</h2>
            <p>{ env.t(msg::RESUME_BODY) }</p>
            <div class="mp-actions">
                { button(Look::Primary, env.t(msg::RESUME_CONTINUE), &on_continue) }
                if let Some(on_fresh) = on_fresh {
                    { button(Look::Quiet, env.t(msg::RESUME_FRESH), &on_fresh) }
                }
            </div>
        </section>
    }
}
