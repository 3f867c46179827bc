//! The client's say in the results: their hope at the head of the places to start, a calm
//! choice beside each place ("This fits", "Not now", "This doesn't fit me"), what they would
//! rather take slowly beside a place they mark, where they would like to begin, and a box for
//! what does not fit. What they say sits beside the results and never changes them.
//!
//! On paper, their choices print as text, marked as theirs; their words print only when they
//! tick "Include my notes", as every take-away does.

use yew::prelude::*;

use super::Env;
use crate::domain::client_say::{fit_key, hope_words, slow_words, Fit, SayChange};
use crate::domain::content::AreaId;
use crate::domain::i18n::{msg, vars};
use crate::domain::journey::Journey;
use crate::domain::scoring::Results;
use crate::edge;

/// What the say needs from the results screen.
#[derive(Clone)]
pub struct Say<'a> {
    pub journey: &'a Journey,
    /// Whether the client's words go on paper too.
    pub include_notes: bool,
    pub on_say: Callback<SayChange>,
}

/// Class values written out in full (see `questions::item_field`): on paper only when the
/// client includes their words.
fn words_class(include_notes: bool) -> &'static str {
    if include_notes {
        "mp-their-words"
    } else {
        "mp-their-words mp-screen-only"
    }
}

/// Their hope, in their words, at the head of the places to start.
pub fn hope_head(env: &Env, say: &Say) -> Html {
    let Some(hope) = hope_words(&say.journey.notes) else {
        return html! {};
    };
    html! {
        <div class={words_class(say.include_notes)}>
            <p class="mp-their-words-label">{ env.t(msg::RESULTS_HOPE) }</p>
            <p class="mp-note-text" dir="auto">{ hope.to_owned() }</p>
        </div>
    }
}

/// The choice beside one place to start: a radio group, and, when the client wrote what they
/// would rather take slowly (or marked this place before), a box to mark it, with their words.
#[inline(never)]
pub fn fit_choice(env: &Env, area: AreaId, say: &Say) -> Html {
    let chosen = say.journey.say.fit(area);
    let slow = say.journey.say.is_slow(area);
    let words = slow_words(&say.journey.notes);
    let name = format!("mp-fit-{}", area.as_str());
    let radio = |fit: Fit| {
        let on_say = say.on_say.clone();
        let onchange = Callback::from(move |_: Event| on_say.emit(SayChange::Fit(area, Some(fit))));
        html! {
            <label class="mp-choice mp-choice-calm">
                <input type="radio" name={name.clone()} value={fit.as_str()} checked={chosen == Some(fit)} {onchange} />
                <span>{ env.t(fit_key(fit)) }</span>
            </label>
        }
    };
    let on_slow = {
        let on_say = say.on_say.clone();
        Callback::from(move |_: Event| on_say.emit(SayChange::Slow(area, !slow)))
    };
    html! {
        <>
            <fieldset class="mp-say mp-screen-only">
                <legend>{ env.t(msg::SAY_LEGEND) }</legend>
                <div class="mp-say-options">
                    { for Fit::ALL.into_iter().map(radio) }
                </div>
                if words.is_some() || slow {
                    <label class="mp-choice mp-choice-calm mp-say-slow">
                        <input type="checkbox" checked={slow} onchange={on_slow} />
                        <span>{ env.t(msg::SAY_SLOW) }</span>
                    </label>
                }
            </fieldset>
            if let Some(fit) = chosen {
                <p class="mp-print-only mp-say-printed">{ env.strings.format(msg::SUMMARY_MY_CHOICE, vars::Choice { choice: env.t(fit_key(fit)) }) }</p>
            }
            if slow {
                <p class="mp-print-only mp-say-printed">{ env.t(msg::SUMMARY_SLOW) }</p>
                if let Some(words) = words {
                    <div class={words_class(say.include_notes)}>
                        <p class="mp-their-words-label">{ env.t(msg::SAY_SLOW_WORDS) }</p>
                        <p class="mp-note-text" dir="auto">{ words.to_owned() }</p>
                    </div>
                }
            }
        </>
    }
}

/// Where the client would like to begin (any area asked), and what does not fit, in their
/// words: after the places to start.
#[inline(never)]
pub fn say_part(env: &Env, results: &Results, say: &Say) -> Html {
    let journey = say.journey;
    let begin = journey.say.begin_with;
    let on_begin = {
        let on_say = say.on_say.clone();
        let areas: Vec<AreaId> = results.charted().map(|a| a.area).collect();
        Callback::from(move |e: Event| {
            let chosen = edge::select_value(&e).unwrap_or_default();
            let area = areas.iter().copied().find(|a| a.as_str() == chosen);
            on_say.emit(SayChange::BeginWith(area));
        })
    };
    let on_not_fit = {
        let on_say = say.on_say.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(text) = edge::input_value(&e) {
                on_say.emit(SayChange::NotFit(text));
            }
        })
    };
    let begin_title = begin
        .and_then(|a| env.content.area(a))
        .map(|a| a.title.get(env.locale));
    let not_fit = journey.say.not_fit.trim();
    // On paper only when there is something of theirs to print.
    let class = if begin.is_some() || (say.include_notes && !not_fit.is_empty()) {
        "mp-results-part mp-say-part"
    } else {
        "mp-results-part mp-say-part mp-screen-only"
    };
    html! {
        <section {class} aria-labelledby="mp-say-title">
            <h3 id="mp-say-title">{ env.t(msg::SAY_TITLE) }</h3>
            <p class="mp-muted">{ env.t(msg::SAY_INTRO) }</p>
            <div class="mp-screen-only">
                <label class="mp-label" for="mp-say-begin">{ env.t(msg::SAY_BEGIN_LABEL) }</label>
                <p class="mp-muted mp-say-hint" id="mp-say-begin-hint">{ env.t(msg::SAY_BEGIN_HINT) }</p>
                <select id="mp-say-begin" class="mp-select" aria-describedby="mp-say-begin-hint" onchange={on_begin}>
                    <option value="" selected={begin.is_none()}>{ env.t(msg::SAY_BEGIN_NONE) }</option>
                    { for results.charted().filter_map(|a| env.content.area(a.area)).map(|area| html! {
                        <option key={area.id.as_str()} value={area.id.as_str()} selected={begin == Some(area.id)}>
                            { area.title.get(env.locale) }
                        </option>
                    }) }
                </select>
                <label class="mp-label mp-say-not-fit" for="mp-say-not-fit">{ env.t(msg::SAY_NOT_FIT_LABEL) }</label>
                <p class="mp-muted mp-say-hint" id="mp-say-not-fit-hint">{ env.t(msg::RESULTS_WORDS_NOTE) }</p>
                <textarea id="mp-say-not-fit" rows="3" aria-describedby="mp-say-not-fit-hint"
                    value={journey.say.not_fit.clone()} oninput={on_not_fit} />
            </div>
            if let Some(title) = begin_title {
                <p class="mp-print-only mp-say-printed">{ env.strings.format(msg::SUMMARY_BEGIN, vars::Area { area: title }) }</p>
            }
            if say.include_notes && !not_fit.is_empty() {
                <div class="mp-print-only mp-their-words">
                    <p class="mp-their-words-label">{ env.t(msg::SUMMARY_NOT_FIT) }</p>
                    <p class="mp-note-text" dir="auto">{ not_fit.to_owned() }</p>
                </div>
            }
        </section>
    }
}
