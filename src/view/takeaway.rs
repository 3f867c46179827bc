//! Taking the results to the first session: print, download, copy, a private link, or email.
//! The client decides every time, and chooses whether their notes come along.

use yew::prelude::*;

use super::Env;
use crate::domain::answers::Notes;
use crate::domain::check_in::Said;
use crate::domain::config::HelpContact;
use crate::domain::i18n::msg;
use crate::domain::journey::Journey;
use crate::domain::scoring::Results;
use crate::domain::text::Date;
use crate::domain::widget_key::WidgetKey;
use crate::domain::{email, share, summary};
use crate::edge::takeaway;

/// What the take-away shows, and where it reports the client's choices.
pub struct TakeAway<'a> {
    pub env: &'a Env,
    pub journey: &'a Journey,
    pub results: &'a Results,
    /// The counsellor's address, when they gave one; the email option shows only then.
    pub counsellor_email: Option<&'a str>,
    /// Whether the client wants their notes included (also shown on the page for printing).
    pub include_notes: bool,
    /// Today's date, read by the edge when the widget opened.
    pub today: Date,
    /// Which widget on the page this is, so its share link opens in it alone.
    pub widget: &'a WidgetKey,
    /// Whether the browser can hand a file to the system's share sheet (read by the edge).
    pub can_share_files: bool,
    /// The counsellor's urgent-help contacts, for the summary and the email.
    pub urgent_help: &'a [HelpContact],
    pub said: &'a Said,
    pub on_include_notes: Callback<bool>,
    pub on_said: Callback<Said>,
}

/// Every way to keep the results.
#[inline(never)]
pub fn take_away(props: TakeAway) -> Html {
    let env = props.env;
    let iso_date = props.today.iso();
    let long_date = env.strings.long_date(props.today, env.locale);
    let summary_text = summary::text_summary(
        &env.content,
        props.journey,
        props.results,
        &env.strings,
        &long_date,
        props.include_notes,
        props.urgent_help,
    );

    // `text` is what to copy; a link is completed with the page's address only when clicked.
    let copy = |text: String, is_link: bool| {
        let on_said = props.on_said.clone();
        Callback::from(move |_: MouseEvent| {
            let on_said = on_said.clone();
            let text = if is_link {
                format!("{}#{text}", takeaway::page_address())
            } else {
                text.clone()
            };
            let shown = text.clone();
            takeaway::copy(&text, move |ok| {
                on_said.emit(if ok {
                    Said {
                        message: Some(msg::TAKE_COPIED),
                        copy_by_hand: None,
                    }
                } else {
                    Said {
                        message: Some(msg::TAKE_COPY_FAILED),
                        copy_by_hand: Some(shown),
                    }
                });
            });
        })
    };
    let download = |name: String, mime: &'static str, text: String| {
        let on_said = props.on_said.clone();
        Callback::from(move |_: MouseEvent| {
            if takeaway::download(&name, mime, &text) {
                on_said.emit(Said {
                    message: Some(msg::TAKE_DOWNLOADED),
                    copy_by_hand: None,
                });
            }
        })
    };
    let json = summary::json_export(
        &env.content,
        props.journey,
        props.results,
        &iso_date,
        props.include_notes,
    );
    let fragment = props.widget.share_fragment(&share::encode_with_say(
        &props.journey.answers,
        &props.journey.say,
        props.journey.locale,
        &env.content,
    ));
    let on_notes = {
        let on_include_notes = props.on_include_notes.clone();
        let include = props.include_notes;
        Callback::from(move |_: Event| on_include_notes.emit(!include))
    };
    let has_notes = !props.journey.notes.is_empty();
    let text_name = format!("check-in-{iso_date}.txt");
    // Emailing saves the summary as a file first; the short email asks the client to attach it.
    let save_for_email = {
        let (name, text) = (text_name.clone(), summary_text.clone());
        Callback::from(move |_: MouseEvent| {
            takeaway::download(&name, "text/plain;charset=utf-8", &text);
        })
    };
    let share_file = {
        let (name, text) = (text_name.clone(), summary_text.clone());
        let title = env.t(msg::SUMMARY_EMAIL_SUBJECT).to_owned();
        Callback::from(move |_: MouseEvent| {
            takeaway::share_file(&name, "text/plain", &text, &title, |_| ());
        })
    };

    html! {
        <section class="mp-results-part mp-takeaway" aria-labelledby="mp-take-title">
            <h3 id="mp-take-title">{ env.t(msg::TAKE_TITLE) }</h3>
            <p>{ env.t(msg::TAKE_INTRO) }</p>
            if has_notes {
                <label class="mp-choice mp-choice-inline">
                    <input type="checkbox" checked={props.include_notes} onchange={on_notes} />
                    <span>{ env.t(msg::TAKE_NOTES) }</span>
                </label>
            }
            <div class="mp-take-actions">
                <button type="button" class="mp-button mp-button-quiet mp-print" onclick={Callback::from(|_: MouseEvent| takeaway::print())}>
                    { env.t(msg::TAKE_PRINT) }
                </button>
                <button type="button" class="mp-button mp-button-quiet"
                    onclick={download(text_name.clone(), "text/plain;charset=utf-8", summary_text.clone())}>
                    { env.t(msg::TAKE_TEXT) }
                </button>
                <button type="button" class="mp-button mp-button-quiet"
                    onclick={download(format!("check-in-{iso_date}.json"), "application/json", json)}>
                    { env.t(msg::TAKE_JSON) }
                </button>
                <button type="button" class="mp-button mp-button-quiet" onclick={copy(summary_text.clone(), false)}>
                    { env.t(msg::TAKE_COPY) }
                </button>
            </div>
            <div class="mp-take-more">
                <button type="button" class="mp-button mp-button-quiet" onclick={copy(fragment, true)}>
                    { env.t(msg::TAKE_LINK) }
                </button>
                <p class="mp-muted">{ env.t(msg::TAKE_LINK_NOTE) }</p>
            </div>
            if props.can_share_files {
                <div class="mp-take-more">
                    <button type="button" class="mp-button mp-button-quiet" onclick={share_file}>
                        { env.t(msg::TAKE_SHARE) }
                    </button>
                    <p class="mp-muted">{ env.t(msg::TAKE_SHARE_NOTE) }</p>
                </div>
            }
            if let Some(email) = props.counsellor_email {
                <div class="mp-take-more">
                    <a class="mp-button mp-button-quiet" onclick={save_for_email}
                        href={email::short_mailto_with_say(email, &env.strings, &text_name, props.urgent_help, props.journey.say.chose_on(props.results))}>
                        { env.t(msg::TAKE_EMAIL) }
                    </a>
                    <p class="mp-muted">{ env.t(msg::TAKE_EMAIL_ATTACH) }</p>
                    <p class="mp-muted">{ env.t(msg::TAKE_EMAIL_NOTE) }</p>
                </div>
            }
            <p class="mp-status" role="status">{ props.said.message.map(|k| env.t(k)).unwrap_or_default() }</p>
            if let Some(text) = props.said.copy_by_hand.clone() {
                <label class="mp-label" for="mp-copy-box">{ env.t(msg::TAKE_COPY_BOX) }</label>
                <textarea id="mp-copy-box" readonly=true rows="8" value={text} />
            }
        </section>
    }
}

/// The client's own notes, shown with the results (it is their device); on paper only when they
/// choose to include them.
#[inline(never)]
pub fn notes_summary(env: &Env, notes: &Notes, include_notes: bool) -> Html {
    let written: Vec<Html> = env
        .content
        .reflections
        .iter()
        .filter_map(|r| {
            let note = notes.get(&r.id)?;
            let options: Vec<&str> = r
                .options
                .iter()
                .filter(|o| note.options.contains(&o.id))
                .map(|o| o.label.get(env.locale))
                .collect();
            Some(html! {
                <>
                    <dt key={r.id.as_str()} dir="auto">{ r.prompt.get(env.locale) }</dt>
                    if !options.is_empty() {
                        <dd>{ options.join(", ") }</dd>
                    }
                    if !note.text.trim().is_empty() {
                        <dd class="mp-note-text" dir="auto">{ note.text.clone() }</dd>
                    }
                </>
            })
        })
        .collect();
    if written.is_empty() {
        return html! {};
    }
    // Class values written out in full (see `questions::item_field`).
    let class = if include_notes {
        "mp-results-part mp-words"
    } else {
        "mp-results-part mp-words mp-screen-only"
    };
    html! {
        <section {class} aria-labelledby="mp-notes-title">
            <h3 id="mp-notes-title">{ env.t(msg::RESULTS_WORDS_TITLE) }</h3>
            <p class="mp-muted mp-screen-only">{ env.t(msg::RESULTS_WORDS_NOTE) }</p>
            <dl class="mp-notes">{ for written }</dl>
        </section>
    }
}
