//! The root component: owns the journey state, provides [`Env`], and shows the current step.

use std::rc::Rc;

use yew::prelude::*;

use super::language::language_menu;
use super::questions::area_step;
use super::reflections::{reflections_step, NoteCallbacks};
use super::results::{print_answers, print_date, results_step};
use super::review::review_step;
use super::save::{resume_panel, save_bar, SaveCallbacks, Saving};
use super::support::{contact_card, stop_panel, support_panel};
use super::takeaway::{notes_summary, take_away, Said, TakeAway};
use super::welcome::welcome;
use super::{button, Env, Look};
use crate::domain::config::{Config, ConfigProblem};
use crate::domain::journey::{Action, Step};
use crate::domain::opening::{open, OpeningProblem};
use crate::domain::scoring::score;
use crate::domain::session::{Event, Session};
use crate::domain::text::{Date, Locale};
use crate::domain::widget_key::WidgetKey;
use crate::edge;

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
    /// widget's language).
    #[prop_or_default]
    pub config_problems: Rc<Vec<ConfigProblem>>,
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
        }
    }
}

/// The interface string that tells the client about a problem found at start.
fn problem_key(problem: OpeningProblem) -> &'static str {
    match problem {
        OpeningProblem::SnapshotUnreadable => "notice-discarded",
        OpeningProblem::SnapshotOtherVersion => "notice-version",
        OpeningProblem::ShareLinkBroken => "notice-share-broken",
    }
}

/// Session state as Yew sees it; the domain's [`Session`] knows nothing of Yew.
#[derive(Clone, PartialEq)]
struct State {
    session: Session,
    env: Env,
}

impl Reducible for State {
    type Action = Event;

    fn reduce(self: Rc<Self>, event: Event) -> Rc<Self> {
        match self.session.apply(event, &self.env.content) {
            Some(session) => {
                let env = if session.journey.locale == self.env.locale {
                    self.env.clone()
                } else {
                    self.env.with_locale(session.journey.locale)
                };
                Rc::new(State { session, env })
            }
            // Same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// What the view keeps beside the session: which panels are open and the last notice. One
/// reducer for all of it: each separate piece of Yew state would add its own copy of Yew's
/// state code to the download.
#[derive(Clone, PartialEq)]
struct Ui {
    /// The interface string of the last notice, if any.
    notice: Option<&'static str>,
    include_notes: bool,
    help_open: bool,
    stop_open: bool,
    /// What the take-away last said (see [`Said`]).
    said: Said,
}

/// A change to [`Ui`].
#[derive(Clone)]
enum UiChange {
    ToggleHelp,
    CloseHelp,
    OpenStop,
    CloseStop,
    /// Writing to the device failed: the client is told.
    SaveFailed,
    /// Everything saved on the device was erased.
    Erased,
    /// The saved answers were taken up: the notice about the opening no longer applies.
    Resumed,
    IncludeNotes(bool),
    /// The take-away reported on an action (or its message is cleared).
    Said(Said),
    /// The check-in started again from the results.
    Restarted,
}

impl Reducible for Ui {
    type Action = UiChange;

    fn reduce(self: Rc<Self>, change: UiChange) -> Rc<Self> {
        let mut ui = (*self).clone();
        match change {
            UiChange::ToggleHelp => ui.help_open = !ui.help_open,
            UiChange::CloseHelp => ui.help_open = false,
            UiChange::OpenStop => ui.stop_open = true,
            UiChange::CloseStop => ui.stop_open = false,
            UiChange::SaveFailed => ui.notice = Some("notice-save-failed"),
            UiChange::Erased => ui.notice = Some("notice-erased"),
            UiChange::IncludeNotes(on) => ui.include_notes = on,
            UiChange::Said(said) => ui.said = said,
            UiChange::Resumed | UiChange::Restarted => ui.notice = None,
        }
        Rc::new(ui)
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
    let state = {
        let opening = opening.clone();
        use_reducer(move || State {
            env: opening.0.with_locale(opening.1.journey.locale),
            session: Session::open(&opening.1),
        })
    };
    let ui = use_reducer(|| Ui {
        notice: match (opening.1.problem, opening.1.shared) {
            (Some(problem), _) => Some(problem_key(problem)),
            (None, true) => Some("notice-shared"),
            (None, false) => None,
        },
        include_notes: false,
        help_open: false,
        stop_open: false,
        said: Said::default(),
    });
    let env = state.env.clone();
    let session = &state.session;
    let step = session.journey.step;

    let root = use_node_ref();
    // The step on screen after the last render, to tell when the step changes.
    let shown_step = use_mut_ref(|| step);

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Event::Journey(action.clone())))
    };
    let event = |event: Event| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(event.clone()))
    };
    let change = |change: UiChange| {
        let ui = ui.clone();
        Callback::from(move |()| ui.dispatch(change.clone()))
    };
    let toggle_help = change(UiChange::ToggleHelp).reform(|_: MouseEvent| ());
    let close_help = change(UiChange::CloseHelp);
    let open_stop = {
        let ui = ui.clone();
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            ui.dispatch(UiChange::OpenStop);
            edge::focus_soon(&root, "mp-stop-title");
        })
    };
    let continue_check_in = {
        let ui = ui.clone();
        let root = root.clone();
        Callback::from(move |()| {
            ui.dispatch(UiChange::CloseStop);
            edge::focus_soon(&root, "mp-step-heading");
        })
    };
    let clear_and_stop = {
        let ui = ui.clone();
        let state = state.clone();
        let widget = props.widget.clone();
        Callback::from(move |()| {
            ui.dispatch(UiChange::CloseStop);
            // Clearing also removes what is being saved on the device.
            if state.session.saving == Saving::On && edge::storage::erase_all(&widget).is_ok() {
                state.dispatch(Event::Erased);
                ui.dispatch(UiChange::Erased);
            }
            state.dispatch(Event::Journey(Action::Restart));
        })
    };
    // "Stop for now" is for a check-in under way: at the welcome nothing has started, and the
    // results are the end (they offer "Start again", and saving has its own "Erase").
    let in_progress = !matches!(step, Step::Welcome | Step::Results);

    // Once, on the first render: the counsellor's colours, set through the CSSOM (a style
    // attribute would break a strict Content-Security-Policy); unreadable saved answers are set
    // aside for good; a share link, good or bad, leaves the address bar.
    use_effect_with((), {
        let root = root.clone();
        let config = props.config.clone();
        let opening = opening.clone();
        let widget = props.widget.clone();
        move |_| {
            edge::theme(&root, &config);
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
        let ui = ui.clone();
        let state = state.clone();
        let root = root.clone();
        let widget = props.widget.clone();
        move |session: &Session| {
            let journey = &session.journey;
            if std::mem::replace(&mut *shown_step.borrow_mut(), journey.step) != journey.step {
                edge::focus(&root, "mp-step-heading");
                // The take-away's last message belongs to the results the client just left.
                if ui.said != Said::default() {
                    ui.dispatch(UiChange::Said(Said::default()));
                }
            }
            let written = session
                .to_write()
                .map(|t| edge::storage::write_snapshot(&widget, &t));
            if let Some(Err(_)) = written {
                state.dispatch(Event::SaveFailed);
                ui.dispatch(UiChange::SaveFailed);
            }
        }
    });
    let saving = SaveCallbacks {
        on_save: event(Event::Save),
        on_erase: {
            let ui = ui.clone();
            let state = state.clone();
            let widget = props.widget.clone();
            Callback::from(move |()| {
                if edge::storage::erase_all(&widget).is_ok() {
                    state.dispatch(Event::Erased);
                    ui.dispatch(UiChange::Erased);
                }
            })
        },
        on_replace: event(Event::Replace),
        on_keep: event(Event::KeepSaved),
    };
    let on_continue = {
        let state = state.clone();
        let ui = ui.clone();
        Callback::from(move |()| {
            ui.dispatch(UiChange::Resumed);
            state.dispatch(Event::Continue);
        })
    };
    let on_include_notes = {
        let ui = ui.clone();
        Callback::from(move |on| ui.dispatch(UiChange::IncludeNotes(on)))
    };
    let on_said = {
        let ui = ui.clone();
        Callback::from(move |said| ui.dispatch(UiChange::Said(said)))
    };
    let restart = {
        let state = state.clone();
        let ui = ui.clone();
        Callback::from(move |()| {
            ui.dispatch(UiChange::Restarted);
            state.dispatch(Event::Journey(Action::Restart));
        })
    };
    let on_locale = {
        let state = state.clone();
        Callback::from(move |locale| state.dispatch(Event::Journey(Action::SetLocale(locale))))
    };

    let journey = &session.journey;
    let content = &env.content;
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(item, response)| {
            state.dispatch(Event::Journey(Action::Answer(item, response)))
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |item| state.dispatch(Event::Journey(Action::Clear(item))))
    };
    let on_write = {
        let state = state.clone();
        Callback::from(move |(key, text)| state.dispatch(Event::Journey(Action::Write(key, text))))
    };
    let on_toggle = {
        let state = state.clone();
        Callback::from(move |(key, option)| {
            state.dispatch(Event::Journey(Action::Toggle(key, option)))
        })
    };
    let on_go = {
        let state = state.clone();
        Callback::from(move |step| state.dispatch(Event::Journey(Action::GoTo(step))))
    };
    let body = match step {
        Step::Welcome => html! {
            <>
                { welcome(&env, dispatch(Action::Start), &props.config) }
                if session.waiting.is_some() {
                    { resume_panel(&env, on_continue.clone(), Some(saving.on_erase.clone())) }
                }
            </>
        },
        Step::Area(area) => area_step(&env, area, &journey.answers, &on_answer, &on_clear),
        Step::Reflections => html! {
            { reflections_step(&env, &journey.notes, &NoteCallbacks { on_write, on_toggle }) }
        },
        Step::Review => html! {
            { review_step(&env, &score(content, &journey.answers), &journey.notes, journey.with_reflections, on_go) }
        },
        Step::Results => {
            let results = score(content, &journey.answers);
            html! {
            <>
                { print_date(&env, props.today) }
                { results_step(&env, &results, &journey.answers, &props.config.urgent_help) }
                { contact_card(&env, &props.config) }
                { print_answers(&env, &journey.answers) }
                { notes_summary(&env, &journey.notes, ui.include_notes) }
                { take_away(TakeAway {
                    env: &env,
                    journey,
                    results: &results,
                    counsellor_email: props.config.contact.email.as_deref(),
                    include_notes: ui.include_notes,
                    today: props.today,
                    widget: &props.widget,
                    can_share_files: props.can_share_files,
                    said: &ui.said,
                    on_include_notes,
                    on_said,
                }) }
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
            "nav-results",
        ),
        Step::Results => nav_buttons(&env, dispatch(Action::Back), restart, "results-restart"),
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
            <div class="mp" lang={env.locale.as_str()} dir={env.locale.dir()} ref={root}>
                <header class="mp-bar">
                    <p class="mp-brand"><bdi>{ props.config.practice_name.clone().unwrap_or_else(|| env.t("brand").to_owned()) }</bdi></p>
                    <div class="mp-bar-actions">
                    { language_menu(&env, on_locale) }
                    if in_progress && !ui.stop_open {
                        <button type="button" class="mp-button mp-button-quiet mp-button-small" onclick={open_stop}>
                            { env.t("stop-open") }
                        </button>
                    }
                    <button
                        type="button"
                        class="mp-help-toggle"
                        aria-expanded={ui.help_open.to_string()}
                        aria-controls={ui.help_open.then_some("mp-support")}
                        onclick={toggle_help}
                    >
                        { env.t("help-open") }
                    </button>
                    </div>
                </header>
                if ui.help_open {
                    { support_panel(&env, close_help, &props.config.urgent_help) }
                }
                if !props.config_problems.is_empty() {
                    { config_notice(&env, &props.config_problems) }
                }
                if props.config.offer_saving && !session.shared {
                    { save_bar(&env, session.saving, &saving) }
                }
                <p class="mp-notice" role="status">{ ui.notice.map(|k| env.t(k)).unwrap_or_default() }</p>
                // A share link's results never hide answers saved on the device.
                if session.shared && session.waiting.is_some() && !ui.stop_open {
                    { resume_panel(&env, on_continue, None) }
                }
                if ui.stop_open {
                    { stop_panel(&env, continue_check_in, clear_and_stop) }
                } else {
                    <section class="mp-step" aria-labelledby="mp-step-heading">
                        { for progress }
                        { body }
                        { nav }
                    </section>
                }
            </div>
    }
}

/// Back and a forward action at the foot of a step.
fn nav_buttons(env: &Env, on_back: Callback<()>, on_forward: Callback<()>, forward: &str) -> Html {
    html! {
        <div class="mp-actions mp-nav">
            { button(Look::Quiet, env.t("nav-back"), &on_back) }
            { button(Look::Primary, env.t(forward), &on_forward) }
        </div>
    }
}

/// "Step N of M", announced politely, with a bar drawn in SVG (no inline styles).
fn progress_bar(env: &Env, current: usize, total: usize) -> Html {
    let text = env.strings.format(
        "progress",
        &[
            ("current", &env.locale.number(current)),
            ("total", &env.locale.number(total)),
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

/// What was wrong with the counsellor's settings, for whoever set up the page.
fn config_notice(env: &Env, problems: &[ConfigProblem]) -> Html {
    html! {
        <div class="mp-config-problems" role="note">
            <p><strong>{ env.t("config-problems-title") }</strong></p>
            <ul>
                { for problems.iter().map(|p| html! { <li>{ p.message(env.locale) }</li> }) }
            </ul>
        </div>
    }
}
