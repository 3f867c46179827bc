#![cfg(not(target_arch = "wasm32"))]
//! Nothing lost: answers saved on the device survive everything the client does except
//! erasing them, checked over generated sequences of actions against a model of the page
//! (its address, the device's storage, reloads) built from the same domain code the widget runs.

mod common;

use common::{answers, fixture, ITEMS};
use missing_pieces::domain::answers::Response;
use missing_pieces::domain::content::{Content, ItemId};
use missing_pieces::domain::journey::{Action, Journey, Step};
use missing_pieces::domain::opening::{open, OpeningProblem};
use missing_pieces::domain::session::{Event, Saving, Session};
use missing_pieces::domain::text::Locale;
use missing_pieces::domain::{share, snapshot};
use proptest::prelude::*;

/// The cut-short link from the original report.
const BROKEN_LINK: &str = "mp1.en.30abcd.----";

/// What is in the page's address after `#`.
#[derive(Clone, Debug)]
enum Link {
    None,
    /// A good link with these answers (item index, choice).
    Good(Vec<(usize, u8)>),
    Broken,
}

/// One thing the client (or the browser) does.
#[derive(Clone, Debug)]
enum Act {
    /// Open the page with this address.
    Open(Link),
    /// Reload the page: same address, same device.
    Reload,
    Answer(usize, Option<u8>),
    Start,
    Next,
    Back,
    Save,
    KeepSaved,
    Continue,
    StartAgain,
    /// The client's own "Erase my answers" (or "Start fresh").
    Erase,
    /// After being asked: "Save these answers instead".
    Replace,
}

/// The page and the device, as the widget sees them.
struct World {
    content: Content,
    /// The snapshot kept under this version's key, if any.
    device: Option<String>,
    /// The address's fragment.
    address: Option<String>,
    /// The open page, if one has been opened.
    page: Option<Session>,
}

impl World {
    fn new() -> World {
        World {
            content: fixture(),
            device: None,
            address: None,
            page: None,
        }
    }

    /// What the widget does at start: open, then the first render's effects.
    fn open(&mut self) {
        let opening = open(
            &self.content,
            true,
            Locale::En,
            self.device.as_deref(),
            self.address.as_deref(),
        );
        if opening.set_aside {
            self.device = None;
        }
        if opening.clear_link {
            self.address = None;
        }
        self.page = Some(Session::open(&opening));
        self.write();
    }

    /// Applies `event` to the open page, then writes what the session allows.
    fn apply(&mut self, event: Event) {
        let Some(page) = &self.page else { return };
        if let Some(next) = page.apply(event, &self.content) {
            self.page = Some(next);
        }
        self.write();
    }

    fn write(&mut self) {
        if let Some(text) = self.page.as_ref().and_then(Session::to_write) {
            self.device = Some(text);
        }
    }

    fn act(&mut self, step: &Act) {
        match step {
            Act::Open(link) => {
                self.address = match link {
                    Link::None => None,
                    Link::Good(pairs) => {
                        Some(share::encode(&to_answers(pairs), Locale::Es, &self.content))
                    }
                    Link::Broken => Some(BROKEN_LINK.to_owned()),
                };
                self.open();
            }
            Act::Reload => self.open(),
            Act::Answer(item, value) => {
                let response = value.map_or(Response::PreferNot, Response::Choice);
                self.apply(Event::Journey(Action::Answer(
                    ItemId::from(ITEMS[*item].0),
                    response,
                )));
            }
            Act::Start => self.apply(Event::Journey(Action::Start)),
            Act::Next => self.apply(Event::Journey(Action::Next)),
            Act::Back => self.apply(Event::Journey(Action::Back)),
            Act::Save => self.apply(Event::Save),
            Act::KeepSaved => self.apply(Event::KeepSaved),
            Act::Continue => self.apply(Event::Continue),
            Act::StartAgain => self.apply(Event::Journey(Action::Restart)),
            Act::Erase => {
                self.device = None;
                self.apply(Event::Erased);
            }
            Act::Replace => self.apply(Event::Replace),
        }
    }

    /// The items answered in the snapshot on the device.
    fn saved_items(&self) -> Vec<ItemId> {
        self.device
            .as_deref()
            .and_then(|text| snapshot::decode(text, &self.content, true).ok())
            .map(|j| j.answers.iter().map(|(id, _)| id.clone()).collect())
            .unwrap_or_default()
    }
}

fn to_answers(pairs: &[(usize, u8)]) -> missing_pieces::domain::answers::Answers {
    pairs
        .iter()
        .map(|&(i, v)| (ItemId::from(ITEMS[i].0), Response::Choice(v)))
        .collect()
}

fn any_link() -> impl Strategy<Value = Link> {
    prop_oneof![
        Just(Link::None),
        Just(Link::Broken),
        proptest::collection::vec((0..ITEMS.len(), 0u8..5), 0..8).prop_map(Link::Good),
    ]
}

/// Anything but erasing, or saving in place of earlier answers after being asked.
fn any_keeping_step() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => any_link().prop_map(Act::Open),
        2 => Just(Act::Reload),
        6 => (0..ITEMS.len(), proptest::option::of(0u8..5)).prop_map(|(i, v)| Act::Answer(i, v)),
        1 => Just(Act::Start),
        1 => Just(Act::Next),
        1 => Just(Act::Back),
        4 => Just(Act::Save),
        1 => Just(Act::KeepSaved),
        2 => Just(Act::Continue),
        2 => Just(Act::StartAgain),
    ]
}

fn any_step() -> impl Strategy<Value = Act> {
    prop_oneof![
        12 => any_keeping_step(),
        1 => Just(Act::Erase),
        1 => Just(Act::Replace),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The promise: every answer saved on the device stays saved, whatever the client does,
    /// until they erase. Every opening offers what is saved, and takes a link out of the
    /// address so a reload does not repeat it.
    #[test]
    fn saved_answers_survive_every_sequence_without_erasing(
        first in any_link(),
        steps in proptest::collection::vec(any_keeping_step(), 0..40),
    ) {
        let mut world = World::new();
        world.act(&Act::Open(first));
        for step in &steps {
            let before = world.saved_items();
            let had = world.device.clone();
            world.act(step);
            let after = world.saved_items();
            for item in &before {
                prop_assert!(after.contains(item), "{item:?} was lost at {step:?}\nbefore: {had:?}\nafter: {:?}", world.device);
            }
            if matches!(step, Act::Open(_) | Act::Reload) {
                prop_assert_eq!(&world.address, &None, "the link stays in the address");
                let page = world.page.as_ref().unwrap();
                if !before.is_empty() {
                    let offered = page.waiting.as_ref().map(|j| j.answers.clone());
                    let saved = snapshot::decode(had.as_deref().unwrap(), &world.content, true).unwrap();
                    prop_assert_eq!(offered, Some(saved.answers), "saved answers not offered");
                }
            }
        }
    }

    /// Only erasing, or choosing to save in place of them after being asked, removes saved
    /// answers; and what is written is always the journey on screen.
    #[test]
    fn saved_answers_are_lost_only_by_the_clients_choice(
        steps in proptest::collection::vec(any_step(), 0..50),
    ) {
        let mut world = World::new();
        world.act(&Act::Open(Link::None));
        for step in &steps {
            let before = world.saved_items();
            let asking = world.page.as_ref().is_some_and(|p| p.saving == Saving::Asking);
            world.act(step);
            let after = world.saved_items();
            let lost = before.iter().any(|item| !after.contains(item));
            let chosen = matches!(step, Act::Erase) || (matches!(step, Act::Replace) && asking);
            prop_assert!(!lost || chosen, "answers lost at {:?}", step);
            if let (Some(page), Some(device)) = (&world.page, &world.device) {
                if page.to_write().is_some() {
                    prop_assert_eq!(&snapshot::encode(&page.journey), device);
                }
            }
        }
    }
}

/// A device holding a few answers, as after "Save my progress" and a reload.
fn saved_device(content: &Content) -> String {
    let journey = Journey::new(true)
        .apply(Action::Start, content)
        .unwrap()
        .apply(Action::Answer("h1".into(), Response::Choice(2)), content)
        .unwrap()
        .apply(Action::Answer("h2".into(), Response::Choice(3)), content)
        .unwrap();
    snapshot::encode(&journey)
}

#[test]
fn a_broken_link_offers_the_saved_answers_and_saving_asks_before_replacing_them() {
    let content = fixture();
    let device = saved_device(&content);
    let opening = open(&content, true, Locale::En, Some(&device), Some(BROKEN_LINK));
    assert_eq!(opening.problem, Some(OpeningProblem::ShareLinkBroken));
    assert!(opening.clear_link, "a broken link leaves the address");
    assert_eq!(
        opening.resume.as_ref().map(|j| j.answers.len()),
        Some(2),
        "the saved answers are offered"
    );
    let session = Session::open(&opening);
    let asked = session.apply(Event::Save, &content).unwrap();
    assert_eq!(asked.saving, Saving::Asking);
    assert_eq!(
        asked.to_write(),
        None,
        "nothing is written before the client answers"
    );
    let kept = asked.apply(Event::KeepSaved, &content).unwrap();
    assert_eq!((kept.saving, kept.to_write()), (Saving::Off, None));
    let replaced = asked.apply(Event::Replace, &content).unwrap();
    assert_eq!(replaced.saving, Saving::On);
    assert_eq!(
        replaced.to_write(),
        Some(snapshot::encode(&replaced.journey))
    );
}

#[test]
fn a_good_link_shows_its_answers_and_offers_the_saved_ones_beside_them() {
    let content = fixture();
    let device = saved_device(&content);
    let link = share::encode(&answers(&[("r1", 4)]), Locale::En, &content);
    let opening = open(&content, true, Locale::En, Some(&device), Some(&link));
    assert!(opening.shared && opening.clear_link);
    assert_eq!(opening.journey.step, Step::Results);
    assert_eq!(opening.journey.answers, answers(&[("r1", 4)]));
    let session = Session::open(&opening);
    assert_eq!(session.waiting.as_ref().map(|j| j.answers.len()), Some(2));
    // "Start again", then "Save": asked first, nothing written.
    let again = session
        .apply(Event::Journey(Action::Restart), &content)
        .unwrap();
    assert!(!again.shared);
    let save = again.apply(Event::Save, &content).unwrap();
    assert_eq!((save.saving, save.to_write()), (Saving::Asking, None));
    // Or continue the saved answers: they come back, and saving goes on.
    let continued = session.apply(Event::Continue, &content).unwrap();
    assert_eq!(continued.journey.answers, answers(&[("h1", 2), ("h2", 3)]));
    assert!(!continued.shared);
    assert_eq!(
        continued.to_write(),
        Some(snapshot::encode(&continued.journey))
    );
}

#[test]
fn starting_again_keeps_what_was_saved_and_offers_it() {
    let content = fixture();
    let mut session = Session::open(&open(&content, true, Locale::En, None, None));
    for event in [
        Event::Save,
        Event::Journey(Action::Start),
        Event::Journey(Action::Answer("h1".into(), Response::Choice(1))),
    ] {
        session = session.apply(event, &content).unwrap();
    }
    let written = session.to_write().unwrap();
    let again = session
        .apply(Event::Journey(Action::Restart), &content)
        .unwrap();
    assert_eq!(again.journey, Journey::new(true));
    assert_eq!(again.to_write(), None, "the device keeps {written:?}");
    assert_eq!(again.waiting.as_ref(), Some(&session.journey));
    assert_eq!(again.saving, Saving::Off);
}

#[test]
fn nothing_is_saved_without_asking() {
    let content = fixture();
    let session = Session::open(&open(&content, true, Locale::En, None, None));
    assert_eq!(session.to_write(), None);
    let started = session
        .apply(Event::Journey(Action::Start), &content)
        .unwrap();
    assert_eq!(started.to_write(), None);
    let saving = started.apply(Event::Save, &content).unwrap();
    assert_eq!(saving.saving, Saving::On);
    assert_eq!(saving.to_write(), Some(snapshot::encode(&started.journey)));
    assert_eq!(
        saving
            .apply(Event::SaveFailed, &content)
            .unwrap()
            .to_write(),
        None
    );
}
