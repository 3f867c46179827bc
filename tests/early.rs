#![cfg(not(target_arch = "wasm32"))]
//! What a client did on the first screens as HTML, before the WebAssembly arrived: the record
//! `first-steps.js` writes is read into the check-in's own changes, and the widget starts from
//! there, with every answer given.

use std::rc::Rc;

use missing_pieces::domain::answers::Response;
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::check_in::{Change, CheckIn};
use missing_pieces::domain::content::{Content, ItemId};
use missing_pieces::domain::early::Early;
use missing_pieces::domain::journey::{Action, Step};
use missing_pieces::domain::opening::open;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::app::{App, AppProps};
use proptest::prelude::*;

fn item(id: &str) -> ItemId {
    ItemId(id.to_owned().into())
}

/// The check-in after the record's changes, as the widget applies them when it starts.
fn after(record: &str) -> CheckIn {
    let content = Content::built_in();
    let early = Early::read(record, &content);
    let opening = open(&content, true, Locale::En, None, None);
    let mut check_in = CheckIn::open(&opening);
    for change in early.changes {
        if let Some(next) = check_in.apply(change, &content) {
            check_in = next;
        }
    }
    check_in
}

#[test]
fn every_answer_given_before_the_widget_started_is_kept() {
    let content = Content::built_in();
    let first = &content.items[0];
    let second = &content.items[1];
    let record = format!(
        "start\nanswer {a} 3\nanswer {b} 2\nclear {b}\nanswer {b} not\nanswer {a} 4\nfocus 4 5 1 0 4 0",
        a = first.id.as_str(),
        b = second.id.as_str()
    );
    let check_in = after(&record);
    let journey = &check_in.session.journey;
    assert_eq!(journey.step, Step::Area(content.areas[0].id));
    assert_eq!(journey.answers.get(&first.id), Some(Response::Choice(4)));
    assert_eq!(journey.answers.get(&second.id), Some(Response::PreferNot));
    assert_eq!(Early::read(&record, &content).focus, vec![4, 5, 1, 0, 4, 0]);
}

#[test]
fn presses_are_read_as_the_widget_s_own_changes() {
    let content = Content::built_in();
    let read = |line: &str| Early::read(line, &content).changes;
    assert_eq!(read("start"), vec![Change::Journey(Action::Start)]);
    assert_eq!(read("help"), vec![Change::OpenHelp]);
    assert_eq!(read("close-help"), vec![Change::CloseHelp]);
    assert_eq!(read("stop"), vec![Change::OpenStop]);
    assert_eq!(read("continue"), vec![Change::CloseStop]);
    assert_eq!(
        read("stop-clear"),
        vec![Change::ClearAndStop { erased: false }]
    );
    assert_eq!(read("save"), vec![Change::Save]);
    assert_eq!(read("next"), vec![Change::Journey(Action::Next)]);
    assert_eq!(read("back"), vec![Change::Journey(Action::Back)]);
    assert_eq!(
        read("language es"),
        vec![Change::Journey(Action::SetLocale(Locale::Es))]
    );
}

#[test]
fn what_the_check_in_does_not_ask_is_left_out() {
    let content = Content::built_in();
    let first = content.items[0].id.as_str();
    for line in [
        "answer no_such_item 2".to_owned(),
        format!("answer {first} 5"),
        format!("answer {first} -1"),
        format!("answer {first} two"),
        format!("answer {first} 2 extra"),
        "clear no_such_item".to_owned(),
        "language fr".to_owned(),
        "start now".to_owned(),
        "<script>".to_owned(),
        String::new(),
    ] {
        assert_eq!(Early::read(&line, &content).changes, vec![], "{line:?}");
    }
    assert_eq!(Early::read("focus 1 x", &content).focus, Vec::<u32>::new());
}

#[test]
fn stopping_and_clearing_before_the_widget_started_starts_again_with_nothing_kept() {
    let first = Content::built_in().items[0].id.as_str().to_owned();
    let check_in = after(&format!("start\nanswer {first} 1\nstop\nstop-clear"));
    assert_eq!(check_in.session.journey.step, Step::Welcome);
    assert_eq!(check_in.session.journey.answers.get(&item(&first)), None);
    assert!(!check_in.stop_open);
}

proptest! {
    /// Whatever a page writes in the record, reading it never fails, and every answer it gives
    /// is to a question the check-in asks, on that question's scale.
    #[test]
    fn any_record_gives_only_answers_the_check_in_can_hold(
        lines in prop::collection::vec(
            prop_oneof![
                Just("start".to_owned()),
                Just("help".to_owned()),
                "[a-z_]{1,30}",
                (0usize..40, "(not|[0-9]|-?[0-9]{2,3})").prop_map(|(i, v)| {
                    let content = Content::built_in();
                    let id = content.items.get(i).map_or("nothing", |item| item.id.as_str()).to_owned();
                    format!("answer {id} {v}")
                }),
                ".{0,40}",
            ],
            0..30,
        )
    ) {
        let content = Content::built_in();
        let early = Early::read(&lines.join("\n"), &content);
        for change in &early.changes {
            if let Change::Journey(Action::Answer(id, response)) = change {
                let item = content.item(id).expect("an item the check-in asks");
                if let Response::Choice(point) = response {
                    let scale = content.scale(&item.scale).expect("its scale");
                    prop_assert!(usize::from(*point) < scale.choices.len());
                }
            }
        }
    }
}

/// A line a client's presses could write on the first screens (or a page could write instead).
fn any_line() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "start",
            "next",
            "back",
            "help",
            "close-help",
            "stop",
            "continue",
            "stop-clear",
            "save",
            "language es",
            "language ar",
            "language en",
        ])
        .prop_map(str::to_owned),
        (0usize..12, "(not|[0-4])").prop_map(|(i, v)| {
            let content = Content::built_in();
            format!("answer {} {v}", content.items[i].id.as_str())
        }),
        (0usize..12).prop_map(|i| format!("clear {}", Content::built_in().items[i].id.as_str())),
        "focus( [0-9]{1,2}){1,6}",
        ".{0,20}",
    ]
}

proptest! {
    /// The first screens as HTML work on while the widget builds its own. The widget reads their
    /// record when it starts (`at_start`), and again in the task in which it draws (the record
    /// has grown by `later`): what it then does on top of the first reading leaves the check-in
    /// exactly where reading the whole record at once would, so no press made during the
    /// takeover is lost or done twice.
    #[test]
    fn what_is_done_while_the_widget_takes_over_counts_once(
        at_start in prop::collection::vec(any_line(), 0..20),
        later in prop::collection::vec(any_line(), 0..20),
        focus_then in prop::option::of("focus( [0-9]{1,2}){1,6}"),
    ) {
        let content = Content::built_in();
        let first: Vec<String> = at_start.iter().cloned().chain(focus_then).collect();
        let whole: Vec<String> = at_start.iter().chain(&later).cloned().collect();
        let read_first = Early::read(&first.join("\n"), &content);
        let read_whole = Early::read(&whole.join("\n"), &content);
        prop_assert!(read_whole.changes.starts_with(&read_first.changes));
        let mut check_in = after(&first.join("\n"));
        for change in read_whole.changes.into_iter().skip(read_first.changes.len()) {
            if let Some(next) = check_in.apply(change, &content) {
                check_in = next;
            }
        }
        prop_assert_eq!(check_in, after(&whole.join("\n")));
    }
}

/// The first step the build writes as HTML is the step the widget draws after Start, with the
/// answers given ticked.
#[tokio::test]
async fn the_widget_draws_the_first_step_with_the_answers_given_before_it_started() {
    let html = yew::ServerRenderer::<App>::with_props(|| {
        let first = Content::built_in().items[0].id.as_str().to_owned();
        AppProps {
            early: Rc::from(format!("start\nanswer {first} 2").as_str()),
            ..AppProps::default()
        }
    })
    .render()
    .await;
    assert!(html.contains("Holding hope"), "{html}");
    assert_eq!(html.matches("checked").count(), 1, "{html}");
    assert!(html.contains("Clear my answer"));
    assert!(!html.contains("Start the check-in"));
}
