//! The page's first screens as plain HTML (`first-steps.js`), which work before the WebAssembly
//! arrives and go on working while the widget builds its own: a press made at any moment of the
//! takeover counts, because the widget reads what was done on them in the very task in which it
//! draws in their place (no press can come between the two).

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    /// What `first-steps.js` (or `boot.js`, where the first screen only keeps presses) returns
    /// for a widget's first screens.
    pub type FirstSteps;

    /// What the client has done on them so far (see [`crate::domain::early`]).
    #[wasm_bindgen(method)]
    fn record(this: &FirstSteps) -> String;

    /// Stops them, as the widget draws in their place, and gives the record as it is then; or
    /// nothing while a press on them is under way (a pointer or a key held down), so that the
    /// widget takes over between presses, never in the middle of one.
    #[wasm_bindgen(method, js_name = handOver)]
    fn hand_over(this: &FirstSteps) -> Option<String>;
}

/// A widget's first screens, held until it draws (see [`after_hand_over`]).
#[derive(Clone)]
pub struct Steps(Rc<FirstSteps>);

impl Steps {
    pub fn new(steps: FirstSteps) -> Steps {
        Steps(Rc::new(steps))
    }

    /// What the client has done on the first screens so far.
    pub fn record(&self) -> String {
        self.0.record()
    }
}

impl PartialEq for Steps {
    fn eq(&self, other: &Steps) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// In a later task, once `steps` (where there are any) have handed their place over, calls
/// `then` with their record as it is at that moment; `then` draws the widget in the same task.
/// While a press on them is under way, it asks again in the task after.
pub fn after_hand_over(steps: Option<Steps>, then: impl FnOnce(Option<String>) + 'static) {
    super::next_task(move || match steps {
        None => then(None),
        Some(steps) => match steps.0.hand_over() {
            Some(record) => then(Some(record)),
            None => after_hand_over(Some(steps), then),
        },
    });
}
