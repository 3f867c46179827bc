//! The root component: owns the journey state, provides [`Env`], and shows the current step.

use std::rc::Rc;

use yew::prelude::*;

use super::language::LanguageMenu;
use super::questions::AreaStep;
use super::reflections::ReflectionsStep;
use super::results::ResultsStep;
use super::review::ReviewStep;
use super::support::{StopPanel, SupportPanel};
use super::welcome::Welcome;
use super::Env;
use crate::domain::journey::{Action, Journey, Step};
use crate::domain::scoring::score;
use crate::domain::text::Locale;
use crate::edge;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to show; `None` follows the browser's preferred languages, else English.
    #[prop_or_default]
    pub locale: Option<Locale>,
    /// Whether to offer the optional reflections step.
    #[prop_or(true)]
    pub with_reflections: bool,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            locale: None,
            with_reflections: true,
        }
    }
}

/// Journey state as Yew sees it; the domain's [`Journey`] knows nothing of Yew.
#[derive(Clone, PartialEq)]
struct State {
    journey: Journey,
    env: Env,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.journey.apply(action, &self.env.content) {
            Some(journey) => {
                let env = if journey.locale == self.env.locale {
                    self.env.clone()
                } else {
                    self.env.with_locale(journey.locale)
                };
                Rc::new(State { journey, env })
            }
            // Same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = props
        .locale
        .or_else(|| Locale::negotiate(&edge::preferred_languages()))
        .unwrap_or_default();
    let with_reflections = props.with_reflections;
    let state = use_reducer(move || State {
        journey: Journey::in_locale(with_reflections, locale),
        env: Env::new(locale),
    });
    let help_open = use_state(|| false);
    let stop_open = use_state(|| false);
    let env = state.env.clone();
    let step = state.journey.step;

    // Move focus to the new step's heading after a step change, but not on first load: an
    // embedded widget must not pull the host page's focus or scroll.
    let root = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let root = root.clone();
        use_effect_with(step, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            edge::focus(&root, "mp-step-heading");
        });
    }

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let toggle_help = {
        let help_open = help_open.clone();
        Callback::from(move |_: MouseEvent| help_open.set(!*help_open))
    };
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };
    let open_stop = {
        let stop_open = stop_open.clone();
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            stop_open.set(true);
            edge::focus_soon(&root, "mp-stop-title");
        })
    };
    let continue_check_in = {
        let stop_open = stop_open.clone();
        let root = root.clone();
        Callback::from(move |()| {
            stop_open.set(false);
            edge::focus_soon(&root, "mp-step-heading");
        })
    };
    let clear_and_stop = {
        let stop_open = stop_open.clone();
        let state = state.clone();
        Callback::from(move |()| {
            stop_open.set(false);
            state.dispatch(Action::Restart);
        })
    };
    let in_progress = !matches!(step, Step::Welcome);
    let on_locale = {
        let state = state.clone();
        Callback::from(move |locale| state.dispatch(Action::SetLocale(locale)))
    };

    let journey = &state.journey;
    let content = &env.content;
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(item, response)| state.dispatch(Action::Answer(item, response)))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |item| state.dispatch(Action::Clear(item)))
    };
    let on_write = {
        let state = state.clone();
        Callback::from(move |(key, text)| state.dispatch(Action::Write(key, text)))
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |(key, option)| state.dispatch(Action::Toggle(key, option)))
    };
    let on_go = {
        let state = state.clone();
        Callback::from(move |step| state.dispatch(Action::GoTo(step)))
    };
    let body = match step {
        Step::Welcome => html! { <Welcome on_start={dispatch(Action::Start)} /> },
        Step::Area(area) => html! {
            <AreaStep {area} answers={journey.answers.clone()} {on_answer} {on_clear} />
        },
        Step::Reflections => html! {
            <ReflectionsStep notes={journey.notes.clone()} {on_write} {on_toggle} />
        },
        Step::Review => html! {
            <ReviewStep
                results={score(content, &journey.answers)}
                notes={journey.notes.clone()}
                with_reflections={journey.with_reflections}
                {on_go}
            />
        },
        Step::Results => html! {
            <ResultsStep results={score(content, &journey.answers)} answers={journey.answers.clone()} />
        },
    };
    let nav = match step {
        Step::Welcome => html! {},
        Step::Review => nav_buttons(
            &env,
            dispatch(Action::Back),
            dispatch(Action::Next),
            "nav-results",
        ),
        Step::Results => nav_buttons(
            &env,
            dispatch(Action::Back),
            dispatch(Action::Restart),
            "results-restart",
        ),
        _ => nav_buttons(
            &env,
            dispatch(Action::Back),
            dispatch(Action::Next),
            "nav-next",
        ),
    };
    let progress = journey
        .progress(content)
        .map(|(current, total)| progress_bar(&env, current, total));

    html! {
        <ContextProvider<Env> context={env.clone()}>
            <div class="mp" lang={env.locale.as_str()} dir={env.locale.dir()} ref={root}>
                <header class="mp-bar">
                    <p class="mp-brand">{ env.t("brand") }</p>
                    <div class="mp-bar-actions">
                    <LanguageMenu locale={env.locale} {on_locale} />
                    if in_progress && !*stop_open {
                        <button type="button" class="mp-button mp-button-quiet mp-button-small" onclick={open_stop}>
                            { env.t("stop-open") }
                        </button>
                    }
                    <button
                        type="button"
                        class="mp-help-toggle"
                        aria-expanded={(*help_open).to_string()}
                        aria-controls="mp-support"
                        onclick={toggle_help}
                    >
                        { env.t("help-open") }
                    </button>
                    </div>
                </header>
                if *help_open {
                    <SupportPanel on_close={close_help} />
                }
                if *stop_open {
                    <StopPanel on_continue={continue_check_in} on_clear={clear_and_stop} />
                } else {
                    <section class="mp-step" aria-labelledby="mp-step-heading">
                        { for progress }
                        { body }
                        { nav }
                    </section>
                }
            </div>
        </ContextProvider<Env>>
    }
}

/// Back and a forward action at the foot of a step.
fn nav_buttons(env: &Env, on_back: Callback<()>, on_forward: Callback<()>, forward: &str) -> Html {
    html! {
        <div class="mp-actions mp-nav">
            <button type="button" class="mp-button mp-button-quiet" onclick={on_back.reform(|_: MouseEvent| ())}>
                { env.t("nav-back") }
            </button>
            <button type="button" class="mp-button mp-button-primary" onclick={on_forward.reform(|_: MouseEvent| ())}>
                { env.t(forward) }
            </button>
        </div>
    }
}

/// "Step N of M", announced politely, with a bar drawn in SVG (no inline styles).
fn progress_bar(env: &Env, current: usize, total: usize) -> Html {
    let text = env.strings.format(
        "progress",
        &[
            ("current", &current.to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! {
        <div class="mp-progress">
            <p class="mp-progress-text" aria-live="polite">{ text }</p>
            <svg class="mp-progress-bar" viewBox={format!("0 0 {total} 1")} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="mp-progress-track" x="0" y="0" width={total.to_string()} height="1" />
                <rect class="mp-progress-fill" x="0" y="0" width={current.to_string()} height="1" />
            </svg>
        </div>
    }
}
