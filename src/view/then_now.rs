//! Then and now, on the results: the client (or their counsellor, with the client's file or
//! link) opens an earlier check-in beside this one. Each area in words then and now, signs that
//! eased and signs that appeared named alike, and what the client chose then. No score and no
//! verdict; when something seems harder now, help is pointed to at once.

use yew::prelude::*;

use super::support::help_pointer;
use super::{isolated, Env, ARGUMENT};
use crate::domain::client_say::fit_key;
use crate::domain::content::SignId;
use crate::domain::i18n::{msg, vars, Msg};
use crate::domain::scoring::Results;
use crate::domain::summary::level_key;
use crate::domain::then_and_now::{self, compare, Earlier, EarlierProblem};
use crate::edge;

/// What the client sees when an earlier check-in cannot be opened.
fn problem_key(problem: EarlierProblem) -> Msg {
    match problem {
        EarlierProblem::NotACheckIn => msg::THEN_NOT_CHECK_IN,
        EarlierProblem::Newer => msg::THEN_NEWER,
        EarlierProblem::Damaged => msg::THEN_DAMAGED,
        EarlierProblem::OtherQuestions => msg::THEN_OTHER,
    }
}

type Opened = Option<Result<Earlier, EarlierProblem>>;

/// The "Then and now" part of the results: a way to open an earlier check-in from its data
/// file or its private link, and, once open, the two side by side in words.
#[inline(never)]
pub fn then_and_now_part(
    env: &Env,
    now: &Results,
    earlier: Option<&Result<Earlier, EarlierProblem>>,
    on_earlier: &Callback<Opened>,
    on_help: &Callback<()>,
) -> Html {
    let on_file = {
        let on_earlier = on_earlier.clone();
        let content = env.content.clone();
        Callback::from(move |e: Event| {
            let on_earlier = on_earlier.clone();
            let content = content.clone();
            edge::read_chosen_file(&e, move |text| {
                on_earlier.emit(Some(then_and_now::open(&text, &content)));
            });
        })
    };
    let on_link = {
        let on_earlier = on_earlier.clone();
        let content = env.content.clone();
        Callback::from(move |e: InputEvent| {
            let text = edge::input_value(&e).unwrap_or_default();
            on_earlier
                .emit((!text.trim().is_empty()).then(|| then_and_now::from_link(&text, &content)));
        })
    };
    let close = {
        let on_earlier = on_earlier.clone();
        Callback::from(move |_: MouseEvent| on_earlier.emit(None))
    };
    html! {
        <section class="mp-results-part mp-then-now mp-screen-only" aria-labelledby="mp-then-title">
            <h3 id="mp-then-title">{ env.t(msg::THEN_TITLE) }</h3>
            <p>{ env.t(msg::THEN_INTRO) }</p>
            <div class="mp-then-open">
                <label class="mp-label" for="mp-then-file">{ env.t(msg::THEN_FILE) }</label>
                <input id="mp-then-file" class="mp-file" type="file" accept=".json,application/json" onchange={on_file} />
                <label class="mp-label mp-then-link-label" for="mp-then-link">{ env.t(msg::THEN_LINK) }</label>
                <input id="mp-then-link" class="mp-text" type="text" dir="ltr" autocomplete="off" spellcheck="false" oninput={on_link} />
            </div>
            <div role="status" class="mp-then-status">
                if let Some(Err(problem)) = earlier {
                    <p class="mp-then-problem">{ env.t(problem_key(*problem)) }</p>
                }
            </div>
            if let Some(Ok(earlier)) = earlier {
                { comparison(env, now, earlier, on_help) }
                <button type="button" class="mp-button mp-button-quiet" onclick={close}>{ env.t(msg::THEN_CLOSE) }</button>
            }
        </section>
    }
}

/// A sign's name and what it suggests, in one line.
fn sign_item(env: &Env, sign: SignId) -> Html {
    let Some(sign) = env.content.sign(sign) else {
        return html! {};
    };
    html! {
        <li key={sign.id.as_str()}>
            <strong>{ sign.title.get(env.locale) }</strong>{ ". " }{ sign.description.get(env.locale) }
        </li>
    }
}

/// One list of signs under its heading, the same for those that eased and those that appeared.
fn signs(env: &Env, title: Msg, list: &[SignId], class: &'static str) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <div {class}>
            <h4>{ env.t(title) }</h4>
            <ul class="mp-evidence">{ for list.iter().map(|s| sign_item(env, *s)) }</ul>
        </div>
    }
}

fn comparison(env: &Env, now: &Results, earlier: &Earlier, on_help: &Callback<()>) -> Html {
    let view = compare(&env.content, earlier, now);
    let say = &view.then_say;
    // Every area the client said something of then: the places to start of that day's rules.
    let chose: Vec<String> = env
        .content
        .areas
        .iter()
        .filter_map(|area| {
            let fit = say.fit(area.id).map(|f| env.t(fit_key(f)));
            let slow = say.is_slow(area.id).then(|| env.t(msg::SAY_SLOW));
            let parts: Vec<&str> = fit.into_iter().chain(slow).collect();
            (!parts.is_empty())
                .then(|| format!("{}: {}", area.title.get(env.locale), parts.join(" · ")))
        })
        .chain(say.begin_with.and_then(|a| env.content.area(a)).map(|a| {
            env.strings.format(
                msg::SUMMARY_BEGIN,
                vars::Area {
                    area: a.title.get(env.locale),
                },
            )
        }))
        .collect();
    let no_signs = view.eased.is_empty() && view.appeared.is_empty() && view.still.is_empty();
    html! {
        <div class="mp-then-view">
            if let Some(date) = &earlier.date {
                <p>{ isolated(env.strings.format(msg::THEN_DATE, vars::Date { date: ARGUMENT }), &then_and_now::iso_date(date)
                    .map_or_else(|| date.clone(), |d| env.strings.long_date(d, env.locale))) }</p>
            }
            <p class="mp-muted">{ env.t(msg::THEN_NOTE) }</p>
            if view.harder_now {
                <div class="mp-then-harder">{ help_pointer(env, msg::THEN_HARDER, on_help) }</div>
            }
            <h4>{ env.t(msg::THEN_AREAS) }</h4>
            <ul class="mp-then-areas">
                { for view.areas.iter().filter_map(|a| {
                    let area = env.content.area(a.area)?;
                    let line = env.strings.format(msg::THEN_AREA_LINE, vars::NowThen {
                        then: env.t(level_key(a.then)),
                        now: env.t(level_key(a.now)),
                    });
                    Some(html! {
                        <li key={area.id.as_str()}><strong>{ area.title.get(env.locale) }</strong>{ " " }{ line }</li>
                    })
                }) }
            </ul>
            { signs(env, msg::THEN_APPEARED, &view.appeared, "mp-then-signs mp-then-appeared") }
            { signs(env, msg::THEN_EASED, &view.eased, "mp-then-signs mp-then-eased") }
            { signs(env, msg::THEN_STILL, &view.still, "mp-then-signs mp-then-still") }
            if no_signs {
                <p>{ env.t(msg::THEN_NO_SIGNS) }</p>
            }
            <h4>{ env.t(msg::THEN_CHOSE) }</h4>
            if chose.is_empty() {
                <p>{ env.t(msg::THEN_CHOSE_NONE) }</p>
            } else {
                <ul>{ for chose.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            }
        </div>
    }
}
