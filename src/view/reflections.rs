//! The optional reflections: the client's goals, hesitations and wishes, in their own words.

use yew::prelude::*;

use super::Env;
use crate::domain::answers::{Notes, MAX_NOTE_CHARS};
use crate::domain::choices;
use crate::domain::content::{Key, Reflection};
use crate::domain::i18n::msg;
use crate::edge;

/// Callbacks of the reflections step.
pub struct NoteCallbacks {
    /// Called with a reflection and its new text.
    pub on_write: Callback<(Key, String)>,
    /// Called with a reflection and the option ticked or unticked.
    pub on_toggle: Callback<(Key, Key)>,
}

/// Every reflection, clearly optional, with what the client has written or ticked so far.
#[inline(never)]
pub fn reflections_step(env: &Env, notes: &Notes, callbacks: &NoteCallbacks) -> Html {
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ env.t(msg::REFLECTIONS_TITLE) }</h2>
            <p>{ env.t(msg::REFLECTIONS_INTRO) }</p>
            <p class="mp-muted">{ env.t(msg::REFLECTIONS_NOTE) }</p>
            <p class="mp-muted">{ env.t(msg::REFLECTIONS_UNREAD) }</p>
            { for env.content.reflections.iter().map(|r| reflection(r, notes, callbacks, env)) }
        </>
    }
}

fn reflection(reflection: &Reflection, notes: &Notes, props: &NoteCallbacks, env: &Env) -> Html {
    let id = format!("mp-note-{}", reflection.id.as_str());
    let hint_id = format!("{id}-hint");
    let note = notes.get(&reflection.id);
    let oninput = {
        let on_write = props.on_write.clone();
        let key = reflection.id.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(text) = edge::input_value(&e) {
                on_write.emit((key.clone(), text));
            }
        })
    };
    let textarea = |label: Html| {
        html! {
            <>
                <label class="mp-label" for={id.clone()}>{ label }</label>
                <textarea
                    id={id.clone()}
                    rows="3"
                    dir="auto"
                    maxlength={MAX_NOTE_CHARS.to_string()}
                    aria-describedby={hint_id.clone()}
                    value={note.map(|n| n.text.clone()).unwrap_or_default()}
                    oninput={oninput.clone()}
                />
            </>
        }
    };
    let hint =
        html! { <p id={hint_id.clone()} class="mp-muted">{ reflection.hint.get(env.locale) }</p> };
    if reflection.options.is_empty() {
        return html! {
            <div class="mp-reflection" key={reflection.id.as_str()}>
                if choices::is_own(reflection) {
                    // The counsellor's words, in whatever direction they are written.
                    { textarea(html! { <bdi>{ reflection.prompt.get(env.locale) }</bdi> }) }
                } else {
                    { textarea(html! { reflection.prompt.get(env.locale) }) }
                }
                { hint }
            </div>
        };
    }
    html! {
        <fieldset class="mp-reflection" key={reflection.id.as_str()}>
            <legend>{ reflection.prompt.get(env.locale) }</legend>
            <div class="mp-options">
                { for reflection.options.iter().map(|option| {
                    let onchange = {
                        let on_toggle = props.on_toggle.clone();
                        let pair = (reflection.id.clone(), option.id.clone());
                        Callback::from(move |_: Event| on_toggle.emit(pair.clone()))
                    };
                    let checked = note.is_some_and(|n| n.options.contains(&option.id));
                    html! {
                        <label class="mp-choice" key={option.id.as_str()}>
                            <input type="checkbox" {checked} {onchange} />
                            <span>{ option.label.get(env.locale) }</span>
                        </label>
                    }
                }) }
            </div>
            { textarea(html! { env.t(msg::REFLECTIONS_MORE) }) }
            { hint }
        </fieldset>
    }
}
