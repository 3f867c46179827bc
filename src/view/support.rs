//! The "Need help now?" panel with urgent-help contacts, reachable from every screen, the
//! "Stop for now" panel, and the calm pointers to help that every way out of the check-in
//! carries. All are plain functions: they hold no state of their own.

use yew::prelude::*;

use super::{button, isolated, Env, Look, ARGUMENT};
use crate::domain::config::{email_href, help_phone_href, Config, HelpContact};
use crate::domain::i18n::{msg, vars, Msg};

/// Calm, plain urgent-help information, with a way to close it. The counsellor's own contacts
/// come first.
#[inline(never)]
pub fn support_panel(env: &Env, on_close: Callback<()>, local: &[HelpContact]) -> Html {
    html! {
        <section id="mp-support" class="mp-support" aria-labelledby="mp-support-title">
            <h2 id="mp-support-title" tabindex="-1">{ env.t(msg::HELP_TITLE) }</h2>
            { support_contacts(env, local) }
            <p>{ env.t(msg::HELP_WAIT) }</p>
            { button(Look::Quiet, env.t(msg::HELP_CLOSE), &on_close) }
        </section>
    }
}

/// Who to contact for urgent help: the counsellor's local services, then general advice; with
/// no contact of the counsellor's, the crisis lines a primary source confirms
/// (`docs/crisis-lines.md`), so the help never names emergency numbers alone.
pub fn support_contacts(env: &Env, local: &[HelpContact]) -> Html {
    html! {
        <div class="mp-contacts">
            <p><strong>{ env.t(msg::HELP_DANGER) }</strong></p>
            if !local.is_empty() {
                <ul class="mp-help-list">
                    { for local.iter().map(|c| help_contact(env, c)) }
                </ul>
            }
            <p>{ env.t(msg::HELP_NUMBERS) }</p>
            if local.is_empty() {
                <p class="mp-help-lines">{ env.t(msg::HELP_LINES) }</p>
            }
            <p>{ env.t(msg::HELP_CRISIS) }</p>
        </div>
    }
}

/// One crisis service: its name, and every way to reach it the counsellor gave. Each of the
/// counsellor's texts sits in its own `<bdi>`, so a direction change in one (such as a
/// right-to-left override in the name) cannot reorder the number or hours beside it.
fn help_contact(env: &Env, contact: &HelpContact) -> Html {
    html! {
        <li key={contact.name.clone()}>
            <strong><bdi>{ contact.name.clone() }</bdi></strong>
            if let Some(phone) = &contact.phone {
                <span>{ " " }<a href={help_phone_href(phone)}>{ isolated(env.strings.format(msg::HELP_CALL, vars::Phone { phone: ARGUMENT }), phone) }</a></span>
            }
            if let Some(text) = &contact.text {
                <span>{ " " }<bdi>{ text.clone() }</bdi></span>
            }
            if let Some(url) = &contact.url {
                <span>{ " " }<a href={url.clone()} rel="noopener noreferrer" target="_blank">{ env.t(msg::HELP_WEBSITE) }</a></span>
            }
            if let Some(hours) = &contact.hours {
                <span class="mp-muted">{ " (" }<bdi>{ hours.clone() }</bdi>{ ")" }</span>
            }
        </li>
    }
}

/// How to reach the counsellor, on the results, when they gave any way.
#[inline(never)]
pub fn contact_card(env: &Env, config: &Config) -> Html {
    let contact = &config.contact;
    if contact.email.is_none() && contact.phone.is_none() && contact.booking_url.is_none() {
        return html! {};
    }
    let name = config
        .practice_name
        .clone()
        .unwrap_or_else(|| env.t(msg::CONTACT_DEFAULT_NAME).to_owned());
    html! {
        <section class="mp-results-part mp-contact" aria-labelledby="mp-contact-title">
            <h3 id="mp-contact-title">{ env.t(msg::CONTACT_TITLE) }</h3>
            <p><bdi>{ name }</bdi></p>
            <ul class="mp-help-list">
                if let Some(email) = &contact.email {
                    <li><a href={email_href(email)}><bdi>{ email.clone() }</bdi></a></li>
                }
                if let Some(phone) = &contact.phone {
                    <li><a href={help_phone_href(phone)}><bdi>{ phone.clone() }</bdi></a></li>
                }
                if let Some(url) = &contact.booking_url {
                    <li><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ env.t(msg::CONTACT_BOOKING) }</a></li>
                }
            </ul>
        </section>
    }
}

/// A calm sentence (`text`) and a way to open "Need help now?" (`on_help`): what the welcome,
/// a hope step, the review and "Stop for now" say about help. Quiet on purpose: it is there to
/// be found, not to alarm.
pub fn help_pointer(env: &Env, text: Msg, on_help: &Callback<()>) -> Html {
    html! {
        <p class="mp-help-pointer">
            { env.t(text) }{ " " }{ button(Look::Link, env.t(msg::HELP_POINTER), on_help) }
        </p>
    }
}

/// Where help is at the very end of the results, whatever support first decided: the
/// counsellor's urgent-help contacts and the built-in help. On paper too.
#[inline(never)]
pub fn help_at_end(env: &Env, local: &[HelpContact]) -> Html {
    html! {
        <section class="mp-results-part mp-support mp-help-end" aria-labelledby="mp-end-title">
            <h3 id="mp-end-title">{ env.t(msg::RESULTS_END_TITLE) }</h3>
            <p>{ env.t(msg::RESULTS_END_BODY) }</p>
            { support_contacts(env, local) }
        </section>
    }
}

/// What stopping means, said truly: when the answers are `saved` on this device they stay,
/// otherwise closing the page loses them. With a way back (`on_continue`), a way to clear
/// everything (`on_clear`) and a way to "Need help now?" (`on_help`).
#[inline(never)]
pub fn stop_panel(
    env: &Env,
    saved: bool,
    on_continue: Callback<()>,
    on_clear: Callback<()>,
    on_help: &Callback<()>,
) -> Html {
    let (body, later) = if saved {
        (msg::STOP_BODY_SAVED, msg::STOP_LATER_SAVED)
    } else {
        (msg::STOP_BODY, msg::STOP_LATER)
    };
    html! {
        <section id="mp-stop" class="mp-support mp-stop" aria-labelledby="mp-stop-title">
            <h2 id="mp-stop-title" tabindex="-1">{ env.t(msg::STOP_TITLE) }</h2>
            <p>{ env.t(body) }</p>
            <p>{ env.t(later) }</p>
            { help_pointer(env, msg::STOP_HELP, on_help) }
            <div class="mp-actions">
                { button(Look::Primary, env.t(msg::STOP_CONTINUE), &on_continue) }
                { button(Look::Quiet, env.t(msg::STOP_CLEAR), &on_clear) }
            </div>
        </section>
    }
}
