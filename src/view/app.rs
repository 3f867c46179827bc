//! The root component: owns the check-in (one reducer), provides [`Env`], and shows the current step.

use std::rc::Rc;

use yew::prelude::*;

use super::language::language_menu;
use super::questions::area_step;
use super::reflections::{reflections_step, NoteCallbacks};
use super::results::{print_answers, print_date, results_with_say};
use super::review::review_step;
use super::save::{resume_panel, save_bar, SaveCallbacks, Saving};
use super::say::Say;
use super::support::{contact_card, help_at_end, stop_panel, support_panel};
use super::takeaway::{notes_summary, take_away, TakeAway};
use super::then_now::then_and_now_part;
use super::welcome::welcome;
use super::{button, Env, Look};
use crate::domain::check_in::{Change, CheckIn};
use crate::domain::config::{Config, ConfigProblem};
use crate::domain::early::Early;
use crate::domain::i18n::{msg, vars, Msg};
use crate::domain::journey::{Action, Step};
use crate::domain::opening::open;
use crate::domain::scoring::score;
use crate::domain::session::Session;
use crate::domain::text::{Date, Locale};
use crate::domain::widget_key::WidgetKey;
use crate::edge;
use crate::edge::first_steps::{after_hand_over, Steps};

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The language to show first (the edge resolves it: counsellor's choice, else the
    /// browser's preference, else English).
    #[prop_or_default]
    pub locale: Locale,
    /// The counsellor's settings, already checked (bad fields fell back to safe defaults).
    #[prop_or_default]
    pub config: Rc<Config>,
    /// What was wrong with the counsellor's settings, for the site owner (shown in the
    /// widget's language, only when [`AppProps::owner_notes`] is set).
    #[prop_or_default]
    pub config_problems: Rc<Vec<ConfigProblem>>,
    /// Whether to show the notes for the site owner: only where the site owner looks (the
    /// configurator, the WordPress settings page, the standalone page's `?preview`). A client
    /// sees the check-in working with the settings that could be used, and nothing technical.
    #[prop_or_default]
    pub owner_notes: bool,
    /// The snapshot found on the device at start, if any (read by the edge).
    #[prop_or_default]
    pub saved: Option<String>,
    /// A share link's fragment found in the page address at start, if any.
    #[prop_or_default]
    pub shared: Option<String>,
    /// Today's date, read by the edge, for the take-away and the printed summary.
    #[prop_or_default]
    pub today: Date,
    /// Which widget on the page this is: where its progress is saved, and its share links.
    #[prop_or_default]
    pub widget: WidgetKey,
    /// Whether the browser can hand a file to the system's share sheet (read by the edge).
    #[prop_or_default]
    pub can_share_files: bool,
    /// Whether the first screen is drawn in the task after the widget starts, not at once. The
    /// first render then builds the screen without drawing it, and the second draws it and
    /// removes what stood in its place (see [`crate::mount`]): the browser compiles the
    /// WebAssembly functions each one needs on their first call, and this spreads that work
    /// over two tasks, so that neither keeps a slow phone busy for long.
    #[prop_or_default]
    pub draw_next_task: bool,
    /// What the client did on the first screens while they were plain HTML, before the widget
    /// started (a record `first-steps.js` writes; see [`Early`]): the widget starts from there,
    /// with every answer and the focus where they were. Empty for a widget that starts fresh.
    #[prop_or_default]
    pub early: Rc<str>,
    /// The first screens as HTML that [`AppProps::early`] was read from, where they are still
    /// on the page: they work until the widget draws in their place, and what was done on them
    /// since that record is taken over then (see [`edge::first_steps`]).
    #[prop_or_default]
    pub first_steps: Option<Steps>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            locale: Locale::En,
            config: Rc::new(Config::default()),
            config_problems: Rc::new(Vec::new()),
            saved: None,
            shared: None,
            today: Date::default(),
            widget: WidgetKey::default(),
            can_share_files: false,
            draw_next_task: false,
            owner_notes: false,
            early: Rc::from(""),
            first_steps: None,
        }
    }
}

/// The check-in as Yew sees it: the domain's [`CheckIn`] (which knows nothing of Yew) and the
/// [`Env`] in its language. The one reducer of the widget.
#[derive(Clone, PartialEq)]
pub struct State {
    pub check_in: CheckIn,
    pub env: Env,
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match self.check_in.apply(change, &self.env.content) {
            Some(check_in) => {
                let locale = check_in.session.journey.locale;
                let env = if locale == self.env.locale {
                    self.env.clone()
                } else {
                    self.env.with_locale(locale)
                };
                Rc::new(State { check_in, env })
            }
            // Same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = props.locale;
    let opening = {
        let props = props.clone();
        use_memo((), move |_| {
            let env = Env::for_config(locale, &props.config);
            let with_reflections = !env.content.reflections.is_empty();
            let opening = open(
                &env.content,
                with_reflections,
                locale,
                props.saved.as_deref(),
                props.shared.as_deref(),
            );
            (env, opening)
        })
    };
    // What was done on the first screens as HTML, taken over with the check-in's own rules.
    let early = {
        let record = props.early.clone();
        let content = opening.0.content.clone();
        use_memo((), move |_| Early::read(&record, &content))
    };
    let state = {
        let opening = opening.clone();
        let early = early.clone();
        use_reducer(move || {
            let mut check_in = CheckIn::open(&opening.1);
            for change in &early.changes {
                if let Some(next) = check_in.apply(change.clone(), &opening.0.content) {
                    check_in = next;
                }
            }
            State {
                env: opening.0.with_locale(check_in.session.journey.locale),
                check_in,
            }
        })
    };
    let env = state.env.clone();
    let check_in = &state.check_in;
    let session = &check_in.session;
    let step = session.journey.step;

    let root = use_node_ref();
    let drawn = use_state(|| !props.draw_next_task);
    // Where the focus goes when the first screen is drawn: where it was on the first screens.
    let focus = use_mut_ref(|| early.focus.clone());
    // Drawn in a later task: what stood in the widget's place goes in the same task, before
    // the render that draws the first screen, so no frame shows both or neither. The first
    // screens as HTML worked until then: what was done on them since the widget read their
    // record is done now, in that same task, so no press is lost.
    use_effect_with((), {
        let drawn = drawn.setter();
        let root = root.clone();
        let later = props.draw_next_task;
        let steps = props.first_steps.clone();
        let state = state.clone();
        let (early, focus) = (early.clone(), focus.clone());
        let content = opening.0.content.clone();
        move |_| {
            if later {
                after_hand_over(steps, move |record| {
                    if let Some(record) = record {
                        // The record only grows: what the widget read before is its start.
                        let now = Early::read(&record, &content);
                        for change in now.changes.into_iter().skip(early.changes.len()) {
                            state.dispatch(change);
                        }
                        *focus.borrow_mut() = now.focus;
                    }
                    edge::take_place(root.get());
                    drawn.set(true);
                });
            }
        }
    });
    // The step on screen after the last render, to tell when the step changes.
    let shown_step = use_mut_ref(|| step);

    let change = |change: Change| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(change.clone()))
    };
    let dispatch = |action: Action| change(Change::Journey(action));
    let toggle_help = change(Change::ToggleHelp).reform(|_: MouseEvent| ());
    let close_help = change(Change::CloseHelp);
    // A pointer to help on a screen opens "Need help now?" at the top and takes focus there,
    // so the panel is seen (and read) wherever on the page the pointer was.
    let open_help = {
        let state = state.clone();
        let root = root.clone();
        Callback::from(move |()| {
            state.dispatch(Change::OpenHelp);
            edge::focus_soon(root.get(), "mp-support-title");
        })
    };
    let open_stop = {
        let state = state.clone();
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Change::OpenStop);
            edge::focus_soon(root.get(), "mp-stop-title");
        })
    };
    let continue_check_in = {
        let state = state.clone();
        let root = root.clone();
        Callback::from(move |()| {
            state.dispatch(Change::CloseStop);
            edge::focus_soon(root.get(), "mp-step-heading");
        })
    };
    let clear_and_stop = {
        let state = state.clone();
        let widget = props.widget.clone();
        Callback::from(move |()| {
            // Clearing also removes what is being saved on the device.
            let erased = state.check_in.session.saving == Saving::On
                && edge::storage::erase_all(&widget).is_ok();
            state.dispatch(Change::ClearAndStop { erased });
        })
    };
    // "Stop for now" is for a check-in under way: at the welcome nothing has started, and the
    // results are the end (they offer "Start again", and saving has its own "Erase").
    let in_progress = !matches!(step, Step::Welcome | Step::Results);

    // Once, when the first screen is drawn: the counsellor's colours, set through the CSSOM (a
    // style attribute would break a strict Content-Security-Policy); unreadable saved answers
    // are set aside for good; a share link, good or bad, leaves the address bar.
    use_effect_with(*drawn, {
        let root = root.clone();
        let config = props.config.clone();
        let opening = opening.clone();
        let widget = props.widget.clone();
        let focus = focus.clone();
        move |&drawn| {
            if !drawn {
                return;
            }
            edge::theme(root.get(), &config);
            // The element that had the focus on the first screens as HTML has it again.
            let focus = focus.borrow();
            if !focus.is_empty() {
                edge::focus_path(root.get(), &focus);
            }
            if opening.1.set_aside {
                let _ = edge::storage::set_aside(&widget);
            }
            if opening.1.clear_link {
                edge::takeaway::clear_fragment();
            }
        }
    });
    // After every change: focus moves to the new step's heading when the step changed (never
    // on first load: an embedded widget must not pull the host page's focus or scroll), and
    // the session writes what it allows (`Session::to_write`: with consent, never over answers
    // saved earlier that the client has not taken up).
    use_effect_with(session.clone(), {
        let state = state.clone();
        let root = root.clone();
        let widget = props.widget.clone();
        move |session: &Session| {
            let journey = &session.journey;
            if std::mem::replace(&mut *shown_step.borrow_mut(), journey.step) != journey.step {
                edge::focus(root.get(), "mp-step-heading");
            }
            let written = session
                .to_write()
                .map(|t| edge::storage::write_snapshot(&widget, &t));
            if let Some(Err(_)) = written {
                state.dispatch(Change::SaveFailed);
            }
        }
    });
    let saving = SaveCallbacks {
        on_save: change(Change::Save),
        on_erase: {
            let state = state.clone();
            let widget = props.widget.clone();
            Callback::from(move |()| {
                if edge::storage::erase_all(&widget).is_ok() {
                    state.dispatch(Change::Erased);
                }
            })
        },
        on_replace: change(Change::Replace),
        on_keep: change(Change::KeepSaved),
    };
    let on_continue = change(Change::Continue);
    let on_include_notes = sends(&state, Change::IncludeNotes);
    let on_said = sends(&state, Change::Said);
    let restart = change(Change::Restart);
    let on_locale = sends(&state, |locale| Change::Journey(Action::SetLocale(locale)));

    let journey = &session.journey;
    let content = &env.content;
    let on_answer = sends(&state, |(item, response)| {
        Change::Journey(Action::Answer(item, response))
    });
    let on_clear = sends(&state, |item| Change::Journey(Action::Clear(item)));
    let on_write = sends(&state, |(key, text)| {
        Change::Journey(Action::Write(key, text))
    });
    let on_toggle = sends(&state, |(key, option)| {
        Change::Journey(Action::Toggle(key, option))
    });
    let on_go = sends(&state, |step| Change::Journey(Action::GoTo(step)));
    let on_say = sends(&state, |change| Change::Journey(Action::Say(change)));
    let on_earlier = sends(&state, Change::Earlier);
    let body = match step {
        Step::Welcome => html! {
            <>
                { welcome(&env, dispatch(Action::Start), &props.config, &open_help) }
                if session.waiting.is_some() {
                    { resume_panel(&env, on_continue.clone(), Some(saving.on_erase.clone())) }
                }
            </>
        },
        Step::Area(area) => area_step(
            &env,
            area,
            &journey.answers,
            &on_answer,
            &on_clear,
            &open_help,
        ),
        Step::Reflections => html! {
            { reflections_step(&env, &journey.notes, &NoteCallbacks { on_write, on_toggle }) }
        },
        Step::Review => html! {
            { review_step(&env, &score(content, &journey.answers), &journey.notes, journey.with_reflections, on_go, &open_help) }
        },
        Step::Results => {
            let results = score(content, &journey.answers);
            html! {
            <>
                { print_date(&env, props.today) }
                { results_with_say(&env, &results, &journey.answers, &props.config.urgent_help, Some(&Say {
                    journey,
                    include_notes: check_in.include_notes,
                    on_say: on_say.clone(),
                })) }
                { contact_card(&env, &props.config) }
                { print_answers(&env, &journey.answers) }
                { notes_summary(&env, &journey.notes, check_in.include_notes) }
                { take_away(TakeAway {
                    env: &env,
                    journey,
                    results: &results,
                    counsellor_email: props.config.contact.email.as_deref(),
                    include_notes: check_in.include_notes,
                    today: props.today,
                    widget: &props.widget,
                    can_share_files: props.can_share_files,
                    urgent_help: &props.config.urgent_help,
                    said: &check_in.said,
                    on_include_notes,
                    on_said,
                }) }
                { then_and_now_part(&env, &results, check_in.earlier.as_ref(), &on_earlier, &open_help) }
                { help_at_end(&env, &props.config.urgent_help) }
            </>
            }
        }
    };
    let nav = match step {
        Step::Welcome => html! {},
        Step::Review => nav_buttons(
            &env,
            dispatch(Action::Back),
            dispatch(Action::Next),
            msg::NAV_RESULTS,
        ),
        Step::Results => nav_buttons(&env, dispatch(Action::Back), restart, msg::RESULTS_RESTART),
        _ => nav_buttons(
            &env,
            dispatch(Action::Back),
            dispatch(Action::Next),
            msg::NAV_NEXT,
        ),
    };
    let progress = journey
        .progress(content)
        .map(|(current, total)| progress_bar(&env, current, total));

    let page = html! {
            <div class="mp" lang={env.locale.as_str()} dir={env.locale.dir()} ref={root.clone()}>
                <header class="mp-bar">
                    <p class="mp-brand"><bdi>{ props.config.practice_name.clone().unwrap_or_else(|| env.t(msg::BRAND).to_owned()) }</bdi></p>
                    <div class="mp-bar-actions">
                    { language_menu(&env, on_locale) }
                    if in_progress && !check_in.stop_open {
                        <button type="button" class="mp-button mp-button-quiet mp-button-small" onclick={open_stop}>
                            { env.t(msg::STOP_OPEN) }
                        </button>
                    }
                    <button
                        type="button"
                        class="mp-help-toggle"
                        aria-expanded={check_in.help_open.to_string()}
                        aria-controls={check_in.help_open.then_some("mp-support")}
                        onclick={toggle_help}
                    >
                        { env.t(msg::HELP_OPEN) }
                    </button>
                    </div>
                </header>
                if check_in.help_open {
                    { support_panel(&env, close_help, &props.config.urgent_help) }
                }
                if props.owner_notes && !props.config_problems.is_empty() {
                    { config_notice(&env, &props.config_problems) }
                }
                if props.config.offer_saving && !session.shared {
                    { save_bar(&env, session.saving, &saving) }
                }
                <p class="mp-notice" role="status">{ check_in.notice.map(|k| env.t(k)).unwrap_or_default() }</p>
                // A share link's results never hide answers saved on the device.
                if session.shared && session.waiting.is_some() && !check_in.stop_open {
                    { resume_panel(&env, on_continue, None) }
                }
                if check_in.stop_open {
                    { stop_panel(&env, session.saves(), continue_check_in, clear_and_stop, &open_help) }
                } else {
                    <section class="mp-step" aria-labelledby="mp-step-heading">
                        { for progress }
                        { body }
                        { nav }
                    </section>
                }
            </div>
    };
    // Built on every render, so the first one compiles what building it needs even when the
    // screen is drawn only in the next task. Until then an empty element marks where it goes.
    if *drawn {
        page
    } else {
        html! { <div ref={root}></div> }
    }
}

/// A callback that makes its value into a change with `to` and dispatches it.
fn sends<T: 'static>(state: &UseReducerHandle<State>, to: fn(T) -> Change) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(to(value)))
}

/// Back and a forward action at the foot of a step.
fn nav_buttons(env: &Env, on_back: Callback<()>, on_forward: Callback<()>, forward: Msg) -> Html {
    html! {
        <div class="mp-actions mp-nav">
            { button(Look::Quiet, env.t(msg::NAV_BACK), &on_back) }
            { button(Look::Primary, env.t(forward), &on_forward) }
        </div>
    }
}

/// "Step N of M", announced politely, with a bar drawn in SVG (no inline styles).
fn progress_bar(env: &Env, current: usize, total: usize) -> Html {
    let text = env.strings.format(
        msg::PROGRESS,
        vars::CurrentTotal {
            current: &env.locale.number(current),
            total: &env.locale.number(total),
        },
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

/// What was wrong with the counsellor's settings, for whoever set up the page.
fn config_notice(env: &Env, problems: &[ConfigProblem]) -> Html {
    html! {
        <div class="mp-config-problems" role="note">
            <p><strong>{ env.t(msg::CONFIG_PROBLEMS_TITLE) }</strong></p>
            <ul>
                { for problems.iter().map(|p| html! { <li>{ p.message(env.locale) }</li> }) }
            </ul>
        </div>
    }
}
