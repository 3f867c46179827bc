//! Mounting: the entry points that put the widget on a page. The one module that names both the
//! edge (which reads settings, saved answers and share links from the browser) and the view
//! (which draws them), so that neither of those names the other's way back.

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;

use crate::domain::config::{Config, ConfigProblem, MAX_NOTES};
use crate::domain::text::Locale;
use crate::domain::widget_key::WidgetKey;
use crate::edge::first_steps::{FirstSteps, Steps};
use crate::edge::{self, config, storage, takeaway};
use crate::view::app::{App, AppProps};

/// Mounts the widget on the standalone page (also what an iframe shows), into its element with
/// id `missing-pieces`, with settings from `settings_file` (the text of `settings.json` in the
/// widget's folder, which `boot.js` fetches; empty when there is none). The page address, which
/// anyone can write, gives only the language, and in a frame the widget id (see
/// [`crate::domain::config::Config::for_page`]). The notes for the site owner are shown in the
/// widget only with `?preview` in the address; they always go to the console.
///
/// The settings, saved answers and share link are read now, in the task that compiled and
/// started the WebAssembly; the first screen is built in a task of its own and drawn in the
/// next (see [`Prepared::mount`]). Most of each task is the browser compiling the functions it
/// calls for the first time, so spreading them keeps each well under the 50 ms a busy page may
/// take before it stops answering.
///
/// Pages that embed the widget with `embed.js` have no such element, and nothing is read there;
/// `embed.js` does the same for each place the counsellor marked, with [`prepare`] and
/// [`Prepared::mount`].
/// What the standalone page's binary does when the WebAssembly starts: installs the crash
/// message. `boot.js` then calls [`start`] with the settings file, which it fetched beside the
/// WebAssembly.
pub fn on_load() {
    install_crash_message();
}

/// Makes a stopped widget say so calmly ([`edge::crashed`]) instead of freezing; before the
/// first render.
fn install_crash_message() {
    yew::set_custom_panic_hook(Box::new(edge::crashed));
}

///
/// `early` are the page's first screens as HTML, which the client may have used before the
/// WebAssembly arrived (`first-steps.js`): the widget starts from what was done there, up to the
/// moment it draws (see [`Prepared::adopt`]).
#[wasm_bindgen]
pub fn start(settings_file: &str, early: Option<FirstSteps>) {
    let Some(root) = edge::element_by_id("missing-pieces") else {
        return;
    };
    let mut props = props(
        config::for_standalone(settings_file),
        config::frame_problems(),
        0,
    );
    props.owner_notes = config::owner_preview();
    let mut prepared = Prepared(props);
    if let Some(early) = early {
        prepared.adopt(early);
    }
    edge::next_task(move || {
        // The standalone widget lives as long as the page. The page's first screen as HTML, the
        // note for a widget that has not started and <noscript> stay until it is drawn.
        let _ = prepared.mount(root);
    });
}

/// Mounts one widget into `root`, an element inside the Shadow DOM made on the counsellor's
/// `host` element, with settings from `host`, and draws it at once (the configurator's preview,
/// which shows it only once its stylesheet has loaded).
#[wasm_bindgen]
pub fn mount_into(root: web_sys::Element, host: web_sys::Element) -> Mounted {
    let props = AppProps {
        // The pages where the counsellor sets the widget up: the notes for them are shown.
        owner_notes: true,
        ..prepare(&host).0
    };
    edge::remember_root(&root);
    Mounted(yew::Renderer::<App>::with_root_and_props(root, props).render())
}

/// Reads what one embedded widget needs before its first render: the settings on the
/// counsellor's `host` element (or the page's settings block, see [`config::from_host`]), saved
/// answers and any share link. The notes for the site owner go to the console only: the
/// page is the client's.
///
/// `embed.js` calls this in the task that compiled and started the WebAssembly, and
/// [`Prepared::mount`] in the next, so that neither task keeps the page busy for long.
#[wasm_bindgen]
pub fn prepare(host: &web_sys::Element) -> Prepared {
    Prepared(props(
        config::from_host(host),
        Vec::new(),
        edge::position_on_page(host),
    ))
}

/// A widget read by [`prepare`], not yet drawn.
#[wasm_bindgen]
pub struct Prepared(AppProps);

#[wasm_bindgen]
impl Prepared {
    /// Takes over the first screens as HTML (`first-steps.js`) and what the client did on them
    /// (a record, see [`crate::domain::early`]): the widget starts where they are, with every
    /// answer they gave and the focus where it was. They keep working until the widget draws in
    /// their place, and what was done on them meanwhile counts too.
    pub fn adopt(&mut self, early: FirstSteps) {
        let steps = Steps::new(early);
        self.0.early = Rc::from(steps.record());
        self.0.first_steps = Some(steps);
    }

    /// Starts the widget in `root`: on the standalone page its own element, when embedded an
    /// element inside the Shadow DOM on its host. It is mounted in a new element at the start of
    /// `root` (Yew empties the element it mounts in; at the start, that element does not move
    /// when it fills), builds its first screen now and draws it in the next task, and then
    /// removes everything else in `root`: what stood in its place (the page's first screen as
    /// HTML, or embed.js's hidden copy that keeps the room) stays until then, so nothing flashes
    /// or moves.
    pub fn mount(mut self, root: web_sys::Element) -> Mounted {
        edge::remember_root(&root);
        let mount = root
            .owner_document()
            .and_then(|document| document.create_element("div").ok())
            .filter(|mount| root.prepend_with_node_1(mount).is_ok());
        Mounted(match mount {
            Some(mount) => yew::Renderer::<App>::with_root_and_props(
                mount,
                AppProps {
                    draw_next_task: true,
                    ..self.0
                },
            )
            .render(),
            // Where no element can be added, it is drawn at once, in `root` (emptied in this
            // task, so nothing can be done on the first screens after this record).
            None => {
                if let Some(steps) = self.0.first_steps.take() {
                    self.0.early = Rc::from(steps.record());
                }
                yew::Renderer::<App>::with_root_and_props(root, self.0).render()
            }
        })
    }
}

/// A widget mounted by [`mount_into`], so a page that mounts widgets (the configurator's preview)
/// can also take them away.
#[wasm_bindgen]
pub struct Mounted(yew::AppHandle<App>);

#[wasm_bindgen]
impl Mounted {
    /// Stops the widget and removes what it drew.
    pub fn unmount(self) {
        self.0.destroy();
    }
}

/// Everything the widget needs before its first render: the language, the settings (their
/// problems, and `more` about the page, go to the console in English, and to the site owner's
/// note where the caller shows it), its key among the page's widgets (from its `widget_id`, else its `position`), its
/// saved answers, a share link for it and today's date.
fn props(
    (config, mut problems): (Config, Vec<ConfigProblem>),
    more: Vec<ConfigProblem>,
    position: usize,
) -> AppProps {
    install_crash_message();
    problems.extend(more);
    // The settings checker already keeps the list short; notes about the page or settings put
    // where they are not read may come on top. One warning for all of them.
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .take(MAX_NOTES + 3)
            .map(ToString::to_string)
            .collect();
        edge::warn(&format!("missing-pieces settings:\n{}", lines.join("\n")));
    }
    let locale = config
        .locale
        .or_else(|| Locale::negotiate(&edge::preferred_languages()))
        .unwrap_or_default();
    let widget_id = Some(config.widget_id.as_str()).filter(|id| !id.is_empty());
    let widget = WidgetKey::new(widget_id, position);
    AppProps {
        locale,
        saved: storage::read_snapshot(&widget),
        shared: takeaway::share_fragment(&widget),
        widget,
        config: Rc::new(config),
        config_problems: Rc::new(problems),
        today: takeaway::today(),
        can_share_files: takeaway::can_share_files(),
        // Set by `Prepared::mount`.
        draw_next_task: false,
        // Set where the site owner looks: `mount_into` and the standalone page's preview.
        owner_notes: false,
        // Set by `Prepared::adopt`.
        early: Rc::from(""),
        first_steps: None,
    }
}
