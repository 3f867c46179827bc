//! Components mounted in headless Chromium: clicks, and what the client then sees.
#![cfg(target_arch = "wasm32")]

use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::Content;
use missing_pieces::domain::journey::Journey;
use missing_pieces::domain::text::Locale;
use missing_pieces::view::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the widget in a fresh element of its own and returns that element.
async fn mount(props: AppProps) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The button whose visible text is `label`.
fn button(root: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

fn text(root: &web_sys::Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn need_help_now_opens_and_closes_the_support_panel() {
    let root = mount(AppProps::default()).await;
    assert!(!text(&root).contains("call your local emergency number"));

    button(&root, "Need help now?").click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("call your local emergency number now"));
    let toggle = button(&root, "Need help now?");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    button(&root, "Close").click();
    yew::scheduler::flush().await;
    assert!(!text(&root).contains("call your local emergency number"));
}

fn heading(root: &web_sys::Element) -> String {
    root.query_selector("#mp-step-heading")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

async fn click(root: &web_sys::Element, label: &str) {
    button(root, label).click();
    yew::scheduler::flush().await;
}

/// The steps the progress counts, for the shipped questionnaire with reflections.
fn steps() -> usize {
    Journey::new(true).middle_steps(&Content::built_in()).len()
}

/// The English title of area `n` (from 0) of the shipped questionnaire.
fn area_title(n: usize) -> String {
    Content::built_in().areas[n]
        .title
        .get(Locale::En)
        .to_owned()
}

#[wasm_bindgen_test]
async fn start_next_and_back_move_between_steps_and_show_progress() {
    let root = mount(AppProps::default()).await;
    let steps = steps();
    click(&root, "Start the check-in").await;
    assert_eq!(heading(&root), area_title(0));
    assert!(text(&root).contains(&format!("Step 1 of {steps}")));

    click(&root, "Next").await;
    assert_eq!(heading(&root), area_title(1));
    assert!(text(&root).contains(&format!("Step 2 of {steps}")));

    click(&root, "Back").await;
    assert_eq!(heading(&root), area_title(0));
    // Focus follows the step, so keyboard and screen reader users start at the new heading.
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.id(), "mp-step-heading");
}

#[wasm_bindgen_test]
async fn choosing_an_answer_checks_it_and_offers_to_clear_it() {
    let root = mount(AppProps::default()).await;
    click(&root, "Start the check-in").await;
    let first = root.query_selector("fieldset.mp-item").unwrap().unwrap();
    assert!(!text(&first).contains("Clear my answer"));

    let radios = first.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(
        radios.length(),
        6,
        "five scale points and prefer not to say"
    );
    let fourth: web_sys::HtmlInputElement = radios.item(3).unwrap().dyn_into().unwrap();
    fourth.click();
    yew::scheduler::flush().await;
    assert!(fourth.checked());
    assert!(text(&first).contains("Clear my answer"));

    click(&first, "Clear my answer").await;
    let radios = first.query_selector_all("input:checked").unwrap();
    assert_eq!(radios.length(), 0);
}

/// Starts the check-in and skips every area, to the review.
async fn skip_to_review(root: &web_sys::Element) {
    click(root, "Start the check-in").await;
    let before_review = steps() - 1;
    for _ in 0..before_review {
        click(root, "Next").await;
    }
}

#[wasm_bindgen_test]
async fn skipping_every_question_reaches_results_that_ask_for_nothing() {
    let root = mount(AppProps::default()).await;
    skip_to_review(&root).await;
    assert_eq!(heading(&root), "Check your answers");
    let content = Content::built_in();
    let first = content.items_in(content.areas[0].id).count();
    assert!(text(&root).contains(&format!("0 of {first} answered")));
    click(&root, "See my results").await;
    assert_eq!(heading(&root), "Your check-in");
    assert!(text(&root).contains("There were not enough answers to suggest a place to start."));
    assert!(
        !text(&root).contains("Stop for now"),
        "nothing to stop on the results: they offer to start again"
    );
    click(&root, "Start again").await;
    assert_eq!(heading(&root), "A short check-in before your first session");
}

#[wasm_bindgen_test]
async fn stopping_says_what_happens_and_can_clear_everything() {
    let root = mount(AppProps::default()).await;
    assert!(
        !text(&root).contains("Stop for now"),
        "nothing to stop on the welcome"
    );
    click(&root, "Start the check-in").await;
    let radio: web_sys::HtmlInputElement = root
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    yew::scheduler::flush().await;

    click(&root, "Stop for now").await;
    assert!(text(&root).contains("Nothing has been sent anywhere."));
    click(&root, "Go back to the check-in").await;
    assert_eq!(heading(&root), "Holding hope");
    assert_eq!(
        root.query_selector_all("input:checked").unwrap().length(),
        1
    );

    click(&root, "Stop for now").await;
    click(&root, "Clear my answers").await;
    assert_eq!(heading(&root), "A short check-in before your first session");
    click(&root, "Start the check-in").await;
    assert_eq!(
        root.query_selector_all("input:checked").unwrap().length(),
        0
    );
}

#[wasm_bindgen_test]
async fn a_stopped_widget_shows_a_calm_message_with_a_way_to_start_again() {
    let root = mount(AppProps::default()).await;
    missing_pieces::edge::show_crash_message();
    let text = text(&root);
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("Anything saved on this device is still there."));
    let again = root.query_selector("a.mp-button").unwrap().unwrap();
    assert_eq!(again.text_content().unwrap(), "Start again");
    assert!(again
        .get_attribute("href")
        .unwrap()
        .starts_with("http://127.0.0.1"));
    assert!(!text.contains("Start the check-in"));
}

#[wasm_bindgen_test]
async fn a_mounted_widget_shows_its_settings_and_can_be_taken_away() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-practice-name", "Riverside")
        .unwrap();
    let root = document.create_element("div").unwrap();
    host.append_child(&root).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let mounted = missing_pieces::mount::mount_into(root.clone(), host);
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Riverside"), "{}", text(&root));
    assert!(text(&root).contains("Start the check-in"));
    mounted.unmount();
    yew::scheduler::flush().await;
    assert_eq!(text(&root), "");
}

#[wasm_bindgen_test]
async fn a_started_widget_draws_its_first_screen_in_the_next_task_in_place_of_its_stand_in() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-practice-name", "Riverside")
        .unwrap();
    let root = document.create_element("div").unwrap();
    root.set_inner_html("<p>The first screen as HTML</p><noscript>No script</noscript>");
    host.append_child(&root).unwrap();
    document.body().unwrap().append_child(&host).unwrap();

    let _mounted = missing_pieces::mount::prepare(&host).mount(root.clone());
    yew::scheduler::flush().await;
    // Built, not yet drawn: the stand-in still holds the place.
    assert_eq!(text(&root), "The first screen as HTMLNo script");

    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(next_task)
        .await
        .unwrap();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Riverside"), "{}", text(&root));
    assert!(text(&root).contains("Start the check-in"));
    assert!(!text(&root).contains("The first screen as HTML"));
    assert!(!text(&root).contains("No script"));
    assert_eq!(root.child_element_count(), 1, "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn the_take_away_message_is_forgotten_when_the_client_leaves_the_results() {
    let root = mount(AppProps::default()).await;
    skip_to_review(&root).await;
    click(&root, "See my results").await;
    click(&root, "Download as text").await;
    assert!(text(&root).contains("Your file is ready."));

    click(&root, "Back").await;
    assert_eq!(heading(&root), "Check your answers");
    click(&root, "See my results").await;
    assert_eq!(heading(&root), "Your check-in");
    assert!(!text(&root).contains("Your file is ready."));
}

/// Where the first and the last character of `text` are drawn (their left edges), for the
/// first text node under `root` that holds it.
fn drawn_ends(root: &web_sys::Node, text: &str) -> Option<(f64, f64)> {
    let nodes = root.child_nodes();
    for i in 0..nodes.length() {
        let node = nodes.item(i)?;
        if node.node_type() == web_sys::Node::TEXT_NODE {
            let content = node.text_content().unwrap_or_default();
            let Some(start) = content.find(text) else {
                continue;
            };
            // Offsets in UTF-16 code units, as the DOM counts them.
            let first = content[..start].encode_utf16().count() as u32;
            let last = first + text.encode_utf16().count() as u32 - 1;
            let document = web_sys::window()?.document()?;
            let left = |at: u32| {
                let range = document.create_range().ok()?;
                range.set_start(&node, at).ok()?;
                range.set_end(&node, at + 1).ok()?;
                Some(range.get_bounding_client_rect().left())
            };
            return Some((left(first)?, left(last)?));
        }
        if let Some(found) = drawn_ends(&node, text) {
            return Some(found);
        }
    }
    None
}

#[wasm_bindgen_test]
async fn a_direction_override_in_a_help_contact_cannot_reverse_its_number_or_hours() {
    use std::rc::Rc;

    use missing_pieces::domain::config::{Config, HelpContact};
    let contact = HelpContact {
        // A right-to-left override, left open at the end of the name.
        name: "Crisis Line\u{202E}".into(),
        phone: Some("+44 20 7946 0000".into()),
        hours: Some("24 hours".into()),
        ..HelpContact::default()
    };
    let config = Config {
        urgent_help: vec![contact],
        ..Config::default()
    };
    let root = mount(AppProps {
        config: Rc::new(config),
        ..AppProps::default()
    })
    .await;
    click(&root, "Need help now?").await;
    for text in ["+44 20 7946 0000", "24 hours"] {
        let (first, last) = drawn_ends(&root, text).unwrap_or_else(|| panic!("{text:?} not shown"));
        assert!(
            first < last,
            "{text:?} is drawn backwards: its first character at {first}, its last at {last}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_very_hard_hope_answer_brings_a_quiet_note_that_opens_help_and_goes_when_cleared() {
    let root = mount(AppProps::default()).await;
    click(&root, "Start the check-in").await;
    let note = "If you want to talk to someone now, help is there.";
    assert!(!text(&root).contains(note));

    // The first hope statement is worded positively: its first choice is the very hard end.
    let first = root.query_selector("fieldset.mp-item").unwrap().unwrap();
    let hardest: web_sys::HtmlInputElement = first
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    hardest.click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains(note));
    let status = root.query_selector(".mp-hope-note").unwrap().unwrap();
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));

    click(&root, "See where to get help now").await;
    assert!(text(&root).contains("call your local emergency number now"));
    assert!(text(&root).contains("116 123"), "the built-in crisis lines");
    // Still the same step: the note helped without taking the client anywhere.
    assert_eq!(heading(&root), area_title(0));

    click(&root, "Clear my answer").await;
    assert!(!text(&root).contains(note));
}
