#![cfg(not(target_arch = "wasm32"))]
//! Help at every way out of the check-in (safety-netting): the welcome, a hope step answered at
//! the very hard end, the review, "Stop for now", the end of the results and every take-away
//! say where help is, whatever support first decided. Drawn with Yew's server renderer, over
//! generated answers where a rule reads answers.

use missing_pieces::domain::answers::{Answers, Response};
use missing_pieces::domain::config::{Config, HelpContact};
use missing_pieces::domain::content::{AreaId, Content, Polarity};
use missing_pieces::domain::email::short_mailto;
use missing_pieces::domain::help::{help_lines, hope_note};
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::journey::{Action, Journey};
use missing_pieces::domain::opening::open;
use missing_pieces::domain::scoring::{level, score};
use missing_pieces::domain::session::{Event, Session};
use missing_pieces::domain::summary::text_summary;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::app::{App, AppProps};
use missing_pieces::view::questions::area_step;
use missing_pieces::view::review::review_step;
use missing_pieces::view::support::{help_at_end, stop_panel};
use missing_pieces::view::Env;
use proptest::prelude::*;
use yew::prelude::*;

#[path = "common/contacts.rs"]
mod contacts;
use contacts::samaritans;
use missing_pieces::domain::built_in::BuiltIn as _;

/// Which part of a screen to draw.
#[derive(Clone, Copy, PartialEq, Default)]
enum View {
    #[default]
    Stop,
    Review,
    End,
    Area,
}

/// Draws `view` in `locale` with the server renderer.
fn draw(locale: Locale, view: View, props: Props) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(
        yew::ServerRenderer::<Screen>::with_props(move || Props {
            locale,
            view,
            ..props
        })
        .render(),
    )
}

#[derive(Properties, PartialEq, Clone, Default)]
struct Props {
    locale: Locale,
    #[prop_or_default]
    view: View,
    #[prop_or_default]
    answers: Answers,
    #[prop_or_default]
    saved: bool,
    #[prop_or_default]
    area: Option<AreaId>,
    #[prop_or_default]
    help: Vec<HelpContact>,
}

#[component]
fn Screen(props: &Props) -> Html {
    let env = Env::new(props.locale);
    let env = &env;
    match props.view {
        View::Stop => stop_panel(
            env,
            props.saved,
            Callback::noop(),
            Callback::noop(),
            &Callback::noop(),
        ),
        View::Review => review_step(
            env,
            &score(&env.content, &props.answers),
            &Default::default(),
            true,
            Callback::noop(),
            &Callback::noop(),
        ),
        View::End => help_at_end(env, &props.help),
        View::Area => area_step(
            env,
            props.area.unwrap(),
            &props.answers,
            &Callback::noop(),
            &Callback::noop(),
            &Callback::noop(),
        ),
    }
}

/// The text of `key` as the server renderer escapes it.
fn shown(strings: &Strings, key: missing_pieces::domain::i18n::Msg) -> String {
    strings
        .get(key)
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

#[test]
fn the_welcome_points_to_help_in_every_language() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for locale in Locale::ALL {
        let html = runtime.block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps {
                locale,
                ..AppProps::default()
            })
            .render(),
        );
        let strings = Strings::for_locale(locale);
        let pointer = html
            .find(&shown(&strings, msg::WELCOME_HELP))
            .unwrap_or_else(|| panic!("{locale:?}: no pointer to help in {html}"));
        let start = html.find(&shown(&strings, msg::WELCOME_START)).unwrap();
        assert!(
            pointer < start,
            "{locale:?}: the pointer comes before the start"
        );
        assert!(
            html.contains(&shown(&strings, msg::HELP_POINTER)),
            "{locale:?}"
        );
    }
}

#[test]
fn stop_for_now_says_the_truth_about_saved_answers_and_points_to_help() {
    let view = View::Stop;
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        for saved in [false, true] {
            let html = draw(
                locale,
                view,
                Props {
                    saved,
                    ..Props::default()
                },
            );
            let (body, other) = if saved {
                (msg::STOP_BODY_SAVED, msg::STOP_BODY)
            } else {
                (msg::STOP_BODY, msg::STOP_BODY_SAVED)
            };
            assert!(html.contains(&shown(&strings, body)), "{locale:?} {saved}");
            assert!(
                !html.contains(&shown(&strings, other)),
                "{locale:?} {saved}"
            );
            assert!(
                html.contains(&shown(&strings, msg::STOP_HELP)),
                "{locale:?}"
            );
            assert!(
                html.contains(&shown(&strings, msg::HELP_POINTER)),
                "{locale:?}"
            );
        }
    }
    let english = draw(
        Locale::En,
        view,
        Props {
            saved: true,
            ..Props::default()
        },
    );
    assert!(!english.contains("will be gone"), "{english}");
}

/// What "Stop for now" is told: the answers are saved exactly when the session writes them.
#[test]
fn answers_count_as_saved_only_while_they_are_written_to_the_device() {
    let content = Content::built_in();
    let fresh = Session::open(&open(&content, true, Locale::En, None, None));
    assert!(!fresh.saves());
    let saving = fresh.apply(Event::Save, &content).unwrap();
    assert!(saving.saves() && saving.to_write().is_some());
    let blocked = saving.apply(Event::SaveFailed, &content).unwrap();
    assert!(!blocked.saves() && blocked.to_write().is_none());
    // Started again while saving: the answers stay on the device, waiting; these are not saved.
    let mut answered = saving.clone();
    answered.journey = answered
        .journey
        .apply(
            Action::Answer(content.items[0].id.clone(), Response::Choice(1)),
            &content,
        )
        .unwrap();
    let again = answered
        .apply(Event::Journey(Action::Restart), &content)
        .unwrap();
    assert!(again.waiting.is_some() && !again.saves());
    let asking = again.apply(Event::Save, &content).unwrap();
    assert!(!asking.saves(), "asked to replace: nothing written yet");
}

#[test]
fn the_review_points_to_help() {
    let view = View::Review;
    for locale in Locale::ALL {
        let html = draw(locale, view, Props::default());
        let strings = Strings::for_locale(locale);
        assert!(
            html.contains(&shown(&strings, msg::REVIEW_HELP)),
            "{locale:?}"
        );
        assert!(
            html.contains(&shown(&strings, msg::HELP_POINTER)),
            "{locale:?}"
        );
    }
}

#[test]
fn the_end_of_the_results_says_where_help_is_with_and_without_the_counsellors_contacts() {
    let view = View::End;
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let built_in = draw(locale, view, Props::default());
        for key in [
            msg::RESULTS_END_TITLE,
            msg::HELP_DANGER,
            msg::HELP_NUMBERS,
            msg::HELP_LINES,
        ] {
            assert!(
                built_in.contains(&shown(&strings, key)),
                "{locale:?}: {}",
                key.key()
            );
        }
        let theirs = draw(
            locale,
            view,
            Props {
                help: vec![samaritans()],
                ..Props::default()
            },
        );
        assert!(theirs.contains("Samaritans") && theirs.contains("tel:116123"));
        assert!(theirs.contains(&shown(&strings, msg::HELP_NUMBERS)));
        assert!(!theirs.contains(&shown(&strings, msg::HELP_LINES)));
    }
}

/// One hope answer: skipped, declined, or a resource level (0 is the very hard end), with the
/// midpoint and declines common.
fn given() -> impl Strategy<Value = Option<Option<u8>>> {
    prop_oneof![
        2 => Just(None),
        2 => Just(Some(None)),
        1 => Just(Some(Some(0))),
        1 => Just(Some(Some(1))),
        3 => Just(Some(Some(2))),
        1 => (3u8..5).prop_map(|l| Some(Some(l))),
    ]
}

/// Answers to the hope step's questions (and an answer to every other item at the hard end, so
/// the note is seen to read only the hope step).
fn hope_answers(content: &Content, given: &[Option<Option<u8>>]) -> Answers {
    let hope: Vec<_> = content.items_in(AreaId::Hope).collect();
    let mut answers: Answers = content
        .items
        .iter()
        .filter(|i| i.area != AreaId::Hope)
        .map(|i| (i.id.clone(), Response::Choice(0)))
        .collect();
    for (item, g) in hope.iter().zip(given) {
        let response = match g {
            None => continue,
            Some(None) => Response::PreferNot,
            Some(Some(l)) => Response::Choice(match item.polarity {
                Polarity::Positive => *l,
                Polarity::Reverse => 4 - *l,
            }),
        };
        answers.set(item.id.clone(), response);
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The quiet note on the hope step is there exactly while a hope answer stands at the very
    /// hard end; declining or skipping never brings it, and no other step shows it.
    #[test]
    fn the_hope_note_shows_while_a_hope_answer_stands_at_the_very_hard_end(
        given in proptest::collection::vec(given(), 8)
    ) {
        let content = Content::built_in();
        let answers = hope_answers(&content, &given);
        let expected = content
            .items_in(AreaId::Hope)
            .any(|i| answers.get(&i.id).and_then(|r| level(i, r)) == Some(0));
        prop_assert_eq!(hope_note(&content, &answers, AreaId::Hope), expected);
        let view = View::Area;
        let strings = Strings::for_locale(Locale::En);
        for area in [AreaId::Hope, AreaId::RelationalSupport] {
            let html = draw(Locale::En, view, Props {
                answers: answers.clone(),
                area: Some(area),
                ..Props::default()
            });
            let note = html.contains(&shown(&strings, msg::HOPE_NOTE));
            prop_assert_eq!(note, expected && area == AreaId::Hope, "{:?}", area);
        }
    }

    /// Every text summary ends with where help is, whatever support first decided, in every
    /// language: with the counsellor's contacts when given, else the built-in crisis lines.
    #[test]
    fn every_text_summary_and_email_carries_where_help_is(
        given in proptest::collection::vec(
            prop_oneof![1 => Just(None), 1 => Just(Some(None)), 4 => (0u8..5).prop_map(|l| Some(Some(l)))],
            64,
        ),
        with_contacts in any::<bool>(),
    ) {
        let content = Content::built_in();
        let answers: Answers = content
            .items
            .iter()
            .zip(&given)
            .filter_map(|(item, g)| {
                let r = match g {
                    None => return None,
                    Some(None) => Response::PreferNot,
                    Some(Some(v)) => Response::Choice(*v),
                };
                Some((item.id.clone(), r))
            })
            .collect();
        let results = score(&content, &answers);
        let contacts = if with_contacts { vec![samaritans()] } else { Vec::new() };
        for locale in Locale::ALL {
            let strings = Strings::for_locale(locale);
            let mut journey = Journey::in_locale(true, locale);
            journey.answers = answers.clone();
            let text = text_summary(&content, &journey, &results, &strings, "today", false, &contacts);
            let end = text.find(strings.get(msg::RESULTS_END_TITLE)).expect("the help section");
            for line in help_lines(&strings, &contacts) {
                prop_assert!(text[end..].contains(&line), "{locale:?}: {line:?} missing");
            }
            prop_assert_eq!(text.contains(strings.get(msg::HELP_LINES)), !with_contacts);
            let url = short_mailto("a@b.example", &strings, "check-in.txt", &contacts);
            prop_assert!(url.contains("body="));
            if with_contacts {
                prop_assert!(url.contains("Samaritans%3A%20116%20123"));
            }
        }
    }
}

#[test]
fn the_app_ends_its_results_with_where_help_is() {
    // The whole widget, opened on the results from a share link, in a check-in with the
    // counsellor's contacts and with none.
    use missing_pieces::domain::share;
    use std::rc::Rc;
    let content = Content::built_in();
    let mut answers = Answers::default();
    for item in content.items.iter() {
        answers.set(item.id.clone(), Response::Choice(2));
    }
    let link = share::encode(&answers, Locale::En, &content);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for help in [Vec::new(), vec![samaritans()]] {
        let (link, help2) = (link.clone(), help.clone());
        let html = runtime.block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps {
                shared: Some(link.clone()),
                config: Rc::new(Config {
                    urgent_help: help2.clone(),
                    ..Config::default()
                }),
                ..AppProps::default()
            })
            .render(),
        );
        let end = html.rfind("mp-help-end").expect("help at the end");
        let take = html.find("mp-takeaway").expect("the take-away");
        assert!(take < end, "help comes after everything else");
        assert!(html[end..].contains("call your local emergency number now"));
        assert_eq!(html[end..].contains("tel:116123"), !help.is_empty());
    }
}
