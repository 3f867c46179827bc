//! A real panic in a mounted widget, in headless Chromium: the client sees the calm crash message
//! with a way to start again, and answers saved on the device stay.
//!
//! This file holds one test on purpose: a panic stops the WebAssembly instance, so nothing may
//! run in it afterwards.
#![cfg(target_arch = "wasm32")]

use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::Content;
use missing_pieces::domain::journey::{Action, Journey};
use missing_pieces::domain::snapshot;
use missing_pieces::domain::widget_key::WidgetKey;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves once the browser has run every timer queued with no delay before this one.
async fn after_queued_timers() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve);
    });
    JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_shows_the_crash_message_and_keeps_saved_answers() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let content = Content::built_in();
    let started = Journey::new(false).apply(Action::Start, &content).unwrap();
    let saved = snapshot::encode(&started);
    missing_pieces::edge::storage::write_snapshot(&WidgetKey::default(), &saved).unwrap();

    let host = document.create_element("div").unwrap();
    let root = document.create_element("div").unwrap();
    host.append_child(&root).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let _mounted = missing_pieces::mount::mount_into(root.clone(), host);
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("Start the check-in"));

    // A panic in a task of its own, as one in an event handler would be.
    let crash = Closure::once_into_js(|| -> () { panic!("a bug the tests put here") });
    window
        .set_timeout_with_callback(crash.unchecked_ref())
        .unwrap();
    after_queued_timers().await;

    let shown = root.text_content().unwrap();
    assert!(shown.contains("Something went wrong"), "{shown}");
    assert!(shown.contains("Anything saved on this device is still there"));
    // The help panel is gone with the rest, so the message carries the same urgent help.
    assert!(
        shown.contains("call your local emergency number now"),
        "{shown}"
    );
    assert!(shown.contains("call 112"), "{shown}");
    assert!(!shown.contains("Start the check-in"));
    let again = root.query_selector("a.mp-button-primary").unwrap().unwrap();
    assert_eq!(again.text_content().as_deref(), Some("Start again"));
    assert!(again.get_attribute("href").is_some_and(|h| !h.is_empty()));
    assert_eq!(
        missing_pieces::edge::storage::read_snapshot(&WidgetKey::default()).as_deref(),
        Some(saved.as_str())
    );
}
