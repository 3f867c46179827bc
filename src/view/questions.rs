//! One area's step: its questions as radio groups, each with "prefer not to say", and a way to
//! take an answer back.

use yew::prelude::*;

use super::support::help_pointer;
use super::Env;
use crate::domain::answers::{Answers, Response};
use crate::domain::content::{AreaId, Item, ItemId};
use crate::domain::help::hope_note;
use crate::domain::i18n::msg;

/// The questions of one area, grouped by kind of resource where the area has them.
/// `on_answer` is called with an item and the chosen response, `on_clear` with an item whose
/// answer the client takes back, `on_help` when they ask where help is.
///
/// On the hope step, while an answer there stands at the very hard end, a quiet note below the
/// questions says help is there now ([`hope_note`]); it is announced politely, never moves
/// focus, and goes when no such answer stands.
#[inline(never)]
pub fn area_step(
    env: &Env,
    area: AreaId,
    answers: &Answers,
    on_answer: &Callback<(ItemId, Response)>,
    on_clear: &Callback<ItemId>,
    on_help: &Callback<()>,
) -> Html {
    let Some(area) = env.content.area(area) else {
        return html! {};
    };
    let field = |item: &Item| item_field(env, item, answers.get(&item.id), on_answer, on_clear);
    // An area left out keeps only the few questions every check-in asks: no kinds, no intro.
    let items: Html = if area.facets.is_empty() || area.partial {
        env.content.items_in(area.id).map(field).collect()
    } else {
        // Each kind of resource under its own heading, then the area's items that belong to no
        // kind (how hard things get), so every item is asked.
        let unkinded: Vec<&Item> = env
            .content
            .items_in(area.id)
            .filter(|i| i.facet.is_none())
            .collect();
        html! {
            <>
                { for area.facets.iter().map(|facet| html! {
                    <div class="mp-facet" key={facet.id.as_str()}>
                        <h3>{ facet.title.get(env.locale) }</h3>
                        <p class="mp-muted">{ facet.description.get(env.locale) }</p>
                        { for env.content.items_in(area.id).filter(|i| i.facet == Some(facet.id)).map(field) }
                    </div>
                }) }
                if !unkinded.is_empty() {
                    <div class="mp-facet" key="other">
                        <h3>{ env.t(msg::QUESTIONS_WHEN_HARD) }</h3>
                        { for unkinded.into_iter().map(field) }
                    </div>
                }
            </>
        }
    };
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ area.title.get(env.locale) }</h2>
            if area.partial {
                <p>{ env.t(msg::QUESTIONS_ALWAYS_ASKED) }</p>
            } else {
                <p>{ area.intro.get(env.locale) }</p>
            }
            <p class="mp-muted">{ env.t(msg::QUESTIONS_SKIP) }</p>
            { items }
            if area.id == AreaId::Hope {
                <div class="mp-hope-note" role="status">
                    if hope_note(&env.content, answers, area.id) {
                        { help_pointer(env, msg::HOPE_NOTE, on_help) }
                    }
                </div>
            }
        </>
    }
}

/// One statement as a radio group: five points on its scale, then "prefer not to say", with
/// the current answer (`response`) chosen.
fn item_field(
    env: &Env,
    item: &Item,
    response: Option<Response>,
    on_answer: &Callback<(ItemId, Response)>,
    on_clear: &Callback<ItemId>,
) -> Html {
    let Some(scale) = env.content.scale(&item.scale) else {
        return html! {};
    };
    let name = format!("mp-{}", item.id.as_str());
    // Class values written out in full: a computed `class` would bring in Yew's class-list code.
    let chosen = response;
    let radio = |response: Response, label: &str, quiet: bool| {
        let onchange = {
            let on_answer = on_answer.clone();
            let id = item.id.clone();
            Callback::from(move |_: Event| on_answer.emit((id.clone(), response)))
        };
        let inner = html! {
            <>
                <input
                    type="radio"
                    name={name.clone()}
                    checked={chosen == Some(response)}
                    {onchange}
                />
                <span>{ label.to_owned() }</span>
            </>
        };
        if quiet {
            html! { <label class="mp-choice mp-choice-quiet">{ inner }</label> }
        } else {
            html! { <label class="mp-choice">{ inner }</label> }
        }
    };
    let on_clear = {
        let on_clear = on_clear.clone();
        let id = item.id.clone();
        Callback::from(move |_: MouseEvent| on_clear.emit(id.clone()))
    };
    html! {
        <fieldset class="mp-item" key={item.id.as_str()}>
            <legend>{ item.text.get(env.locale) }</legend>
            <div class="mp-scale">
                { for scale.choices.iter().enumerate().map(|(value, choice)| {
                    radio(Response::Choice(value as u8), choice.label.get(env.locale), false)
                }) }
            </div>
            <div class="mp-item-extra">
                { radio(Response::PreferNot, env.content.prefer_not.get(env.locale), true) }
                if chosen.is_some() {
                    <button type="button" class="mp-link" onclick={on_clear}>
                        { env.t(msg::QUESTIONS_CLEAR) }
                    </button>
                }
            </div>
        </fieldset>
    }
}
