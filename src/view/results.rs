//! The results: calm support first when needed, where to start, what is already helping, and a
//! chart of all six areas with an equivalent table.

use yew::prelude::*;

use super::chart::area_chart;
use super::say::{fit_choice, hope_head, say_part, Say};
use super::support::support_contacts;
use super::Env;
use crate::domain::answers::{Answers, Response};
use crate::domain::choices;
use crate::domain::config::HelpContact;
use crate::domain::content::{ItemId, Sign};
use crate::domain::i18n::{msg, vars};
use crate::domain::scoring::{Focus, Results, Strength};
use crate::domain::summary::{safety_title, start_key, support_reasons};
use crate::domain::text::Date;
use crate::domain::tips;

/// Everything the check-in found, framed as a start for a conversation; `urgent_help` is the
/// counsellor's crisis contacts, shown first when support leads the results.
///
/// Every sign present is named: in the place to start it bears on, or under "also worth
/// talking about". An area a sign bears on is never shown as a strength, and the client's own
/// answers at the resource end are shown beside the gaps.
#[inline(never)]
pub fn results_step(
    env: &Env,
    results: &Results,
    answers: &Answers,
    urgent_help: &[HelpContact],
) -> Html {
    results_with_say(env, results, answers, urgent_help, None)
}

/// [`results_step`] with the client's say beside it (`say`): their hope at the head of the
/// places to start, their choice beside each, and where they would like to begin. It sits
/// beside what the answers suggest and changes none of it.
pub fn results_with_say(
    env: &Env,
    results: &Results,
    answers: &Answers,
    urgent_help: &[HelpContact],
    say: Option<&Say>,
) -> Html {
    let left_out = choices::left_out_titles(&env.content, env.locale);
    let declined: Vec<&str> = results
        .declined()
        .filter_map(|a| env.content.area(a))
        .map(|a| a.title.get(env.locale))
        .collect();
    let noticed: Vec<&Sign> = results
        .signs_outside_focus()
        .filter_map(|s| env.content.sign(s))
        .collect();
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ env.t(msg::RESULTS_TITLE) }</h2>
            if results.needs_support_first() {
                <section class="mp-support mp-support-first" aria-labelledby="mp-safety-title">
                    <h3 id="mp-safety-title">{ env.t(safety_title(results)) }</h3>
                    <p>{ env.t(msg::RESULTS_SAFETY_RESTS) }</p>
                    <ul class="mp-safety-reasons">
                        { for support_reasons(&env.content, results, &env.strings, env.locale).into_iter().map(|r| html! { <li>{ r }</li> }) }
                    </ul>
                    <p>{ env.t(msg::RESULTS_SAFETY_BODY) }</p>
                    { support_contacts(env, urgent_help) }
                </section>
            }
            <div class="mp-note">
                <p>{ env.t(msg::RESULTS_NOTE) }</p>
                <p>{ env.t(msg::RESULTS_FIT) }</p>
            </div>

            <section class="mp-results-part" aria-labelledby="mp-start-title">
                <h3 id="mp-start-title">{ env.t(msg::RESULTS_START_TITLE) }</h3>
                { for say.map(|say| hope_head(env, say)) }
                if !results.focus.is_empty() {
                    <p>{ env.t(msg::RESULTS_START_INTRO) }</p>
                    <ol class="mp-focus-list">
                        { for results.focus.iter().map(|f| focus_card(f, answers, env, say)) }
                    </ol>
                } else {
                    <p>{ env.t(start_key(results)) }</p>
                }
            </section>

            if !noticed.is_empty() {
                <section class="mp-results-part mp-noticed" aria-labelledby="mp-noticed-title">
                    <h3 id="mp-noticed-title">{ env.t(msg::RESULTS_NOTICED_TITLE) }</h3>
                    <p>{ env.t(msg::RESULTS_NOTICED_INTRO) }</p>
                    <ul class="mp-evidence">
                        { for noticed.iter().map(|sign| sign_line(sign, env)) }
                    </ul>
                </section>
            }

            // After every sign is named: the client's say never stands between the places to
            // start and the signs outside them.
            { for say.map(|say| say_part(env, results, say)) }

            <section class="mp-results-part" aria-labelledby="mp-helping-title">
                <h3 id="mp-helping-title">{ env.t(msg::RESULTS_HELPING_TITLE) }</h3>
                if results.strengths.is_empty() && results.also_helping.is_empty() {
                    <p>{ env.t(msg::RESULTS_HELPING_NONE) }</p>
                }
                if !results.strengths.is_empty() {
                    <ul class="mp-strengths">
                        { for results.strengths.iter().map(|s| strength(s, answers, env)) }
                    </ul>
                }
                if !results.also_helping.is_empty() {
                    <h4 class="mp-also-helping-title">{ env.t(msg::RESULTS_HELPING_MORE) }</h4>
                    <ul class="mp-evidence mp-also-helping">
                        { for results.also_helping.iter().filter_map(|i| quote(i, answers, env)) }
                    </ul>
                }
            </section>

            <section class="mp-results-part" aria-labelledby="mp-chart-title">
                if left_out.is_empty() {
                    <h3 id="mp-chart-title">{ env.t(msg::RESULTS_CHART_TITLE) }</h3>
                } else {
                    <h3 id="mp-chart-title">{ env.t(msg::RESULTS_CHART_TITLE_ASKED) }</h3>
                }
                <p class="mp-muted">{ env.t(msg::RESULTS_CHART_INTRO) }</p>
                { area_chart(env, results) }
                if !declined.is_empty() {
                    <p class="mp-declined">{ env.t(msg::RESULTS_DECLINED) }</p>
                    <ul class="mp-declined-list">
                        { for declined.iter().map(|title| html! { <li>{ *title }</li> }) }
                    </ul>
                }
                if !left_out.is_empty() {
                    <p class="mp-left-out">{ env.t(msg::RESULTS_LEFT_OUT) }</p>
                    <ul class="mp-left-out-list">
                        { for left_out.iter().map(|title| html! { <li>{ title.clone() }</li> }) }
                    </ul>
                }
            </section>
        </>
    }
}

/// A sign's name and what it suggests, in one line.
fn sign_line(sign: &Sign, env: &Env) -> Html {
    html! {
        <li key={sign.id.as_str()}>
            <strong>{ sign.title.get(env.locale) }</strong>{ ". " }{ sign.description.get(env.locale) }
        </li>
    }
}

/// "You chose: …" for an answered item, with the item's own words.
fn quote(item: &ItemId, answers: &Answers, env: &Env) -> Option<Html> {
    let item = env.content.item(item)?;
    let Response::Choice(value) = answers.get(&item.id)? else {
        return None;
    };
    let label = env
        .content
        .scale(&item.scale)?
        .choices
        .get(usize::from(value))?
        .label
        .get(env.locale);
    Some(html! {
        <li key={item.id.as_str()}>
            <q>{ item.text.get(env.locale) }</q>
            <span class="mp-muted">{ " " }{ env.strings.format(msg::RESULTS_YOU_CHOSE, vars::Choice { choice: label }) }</span>
        </li>
    })
}

fn focus_card(focus: &Focus, answers: &Answers, env: &Env, say: Option<&Say>) -> Html {
    let Some(area) = env.content.area(focus.area) else {
        return html! {};
    };
    html! {
        <li class="mp-card" key={focus.area.as_str()}>
            <h4>{ area.title.get(env.locale) }</h4>
            <p>{ area.description.get(env.locale) }</p>
            <h5>{ env.t(msg::RESULTS_POINTED) }</h5>
            <ul class="mp-evidence">
                { for focus.signs.iter().filter_map(|s| env.content.sign(*s)).map(|sign| sign_line(sign, env)) }
                { for focus.evidence.iter().filter_map(|i| quote(i, answers, env)) }
            </ul>
            <h5>{ env.t(msg::RESULTS_TRY) }</h5>
            <ul>
                { for tips::to_try(&env.content, area, answers).map(|t| html! { <li>{ t.text.get(env.locale) }</li> }) }
            </ul>
            <h5>{ env.t(msg::RESULTS_ASK) }</h5>
            <p class="mp-ask">{ area.ask.get(env.locale) }</p>
            { for say.map(|say| fit_choice(env, focus.area, say)) }
        </li>
    }
}

fn strength(strength: &Strength, answers: &Answers, env: &Env) -> Html {
    let Some(area) = env.content.area(strength.area) else {
        return html! {};
    };
    html! {
        <li class="mp-card mp-card-strength" key={strength.area.as_str()}>
            <h4>{ area.title.get(env.locale) }</h4>
            <p>{ area.strength.get(env.locale) }</p>
            <ul class="mp-evidence">
                { for strength.evidence.iter().filter_map(|i| quote(i, answers, env)) }
            </ul>
        </li>
    }
}

/// Shown only on paper, above the results: the date.
#[inline(never)]
pub fn print_date(env: &Env, today: Date) -> Html {
    let date = env.strings.long_date(today, env.locale);
    html! {
        <p class="mp-print-only" aria-hidden="true">{ env.strings.format(msg::PRINT_DATE, vars::Date { date: &date }) }</p>
    }
}

/// Shown only on paper, below the results: every answer, area by area.
#[inline(never)]
pub fn print_answers(env: &Env, answers: &Answers) -> Html {
    html! {
        <section class="mp-print-only" aria-hidden="true">
            <h3>{ env.t(msg::PRINT_ANSWERS) }</h3>
            <div class="mp-print-answers">
            { for env.content.areas.iter().map(|area| html! {
                <div key={area.id.as_str()} class="mp-print-area">
                    <h4>{ area.title.get(env.locale) }</h4>
                    <ul>
                        { for env.content.items_in(area.id).map(|item| {
                            let answer = match answers.get(&item.id) {
                                Some(Response::Choice(v)) => env.content.scale(&item.scale)
                                    .and_then(|s| s.choices.get(usize::from(v)))
                                    .map(|c| c.label.get(env.locale).to_owned())
                                    .unwrap_or_default(),
                                Some(Response::PreferNot) => env.content.prefer_not.get(env.locale).to_owned(),
                                None => env.t(msg::PRINT_SKIPPED).to_owned(),
                            };
                            html! {
                                <li key={item.id.as_str()}>{ item.text.get(env.locale) }{ " — " }{ answer }</li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
            </div>
        </section>
    }
}
