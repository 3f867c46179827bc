//! The review: answered and skipped per area, with a way back to each step.

use yew::prelude::*;

use super::support::help_pointer;
use super::Env;
use crate::domain::answers::Notes;
use crate::domain::i18n::{msg, vars};
use crate::domain::journey::Step;
use crate::domain::scoring::Results;

/// What was answered, area by area, from the `results` derived so far; `on_go` is called with
/// the step the client wants to go back to, `on_help` when they ask where help is.
#[inline(never)]
pub fn review_step(
    env: &Env,
    results: &Results,
    notes: &Notes,
    with_reflections: bool,
    on_go: Callback<Step>,
    on_help: &Callback<()>,
) -> Html {
    let change = |step: Step, label: &str| {
        let on_go = on_go.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_go.emit(step));
        html! {
            <button type="button" class="mp-button mp-button-quiet mp-button-small" {onclick}
                aria-label={format!("{}: {label}", env.t(msg::REVIEW_CHANGE))}>
                { env.t(msg::REVIEW_CHANGE) }
            </button>
        }
    };
    html! {
        <>
            <h2 id="mp-step-heading" tabindex="-1">{ env.t(msg::REVIEW_TITLE) }</h2>
            <p>{ env.t(msg::REVIEW_INTRO) }</p>
            <ul class="mp-review">
                { for results.areas.iter().filter_map(|result| {
                    let area = env.content.area(result.area)?;
                    let title = area.title.get(env.locale);
                    let t = &result.tally;
                    let mut parts = vec![env.strings.format(msg::REVIEW_ANSWERED, vars::AnsweredTotal { answered: &env.num(t.answered), total: &env.num(t.total) })];
                    if t.skipped() > 0 {
                        parts.push(env.strings.format(msg::REVIEW_SKIPPED, vars::Skipped { skipped: &env.num(t.skipped()) }));
                    }
                    if t.prefer_not > 0 {
                        parts.push(env.strings.format(msg::REVIEW_DECLINED, vars::Declined { declined: &env.num(t.prefer_not) }));
                    }
                    Some(html! {
                        <li key={result.area.as_str()}>
                            <div>
                                <strong>{ title }</strong>
                                <span class="mp-muted">{ parts.join(" · ") }</span>
                            </div>
                            { change(Step::Area(result.area), title) }
                        </li>
                    })
                }) }
                if with_reflections && !env.content.reflections.is_empty() {
                    <li key="reflections">
                        <div>
                            <strong>{ env.t(msg::REFLECTIONS_TITLE) }</strong>
                            <span class="mp-muted">
                                { if notes.is_empty() { env.t(msg::REVIEW_NOTES_NONE) } else { env.t(msg::REVIEW_NOTES_SOME) } }
                            </span>
                        </div>
                        { change(Step::Reflections, env.t(msg::REFLECTIONS_TITLE)) }
                    </li>
                }
            </ul>
            { help_pointer(env, msg::REVIEW_HELP, on_help) }
        </>
    }
}
