//! Writes the widget's first screen as HTML, one per language, for the build (see
//! `scripts/prerender.mjs`, run by trunk after each build): the real component, rendered on the
//! host with Yew's server renderer, with no settings, saved answers or share link.
//!
//! Prints a JSON object from language tag to the first screens' markup (see [`first_screens`])
//! on standard output. With the argument
//! `cannot-start`, prints instead the words `cannot-start.js` shows where the widget cannot
//! start (see [`cannot_start`]).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use missing_pieces::domain::text::Locale;

    if std::env::args().nth(1).as_deref() == Some("cannot-start") {
        println!("{}", cannot_start());
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime for the server renderer");
    let mut screens = serde_json::Map::new();
    for locale in Locale::ALL {
        screens.insert(
            locale.as_str().to_owned(),
            runtime.block_on(first_screens(locale)),
        );
    }
    println!(
        "{}",
        serde_json::json!({ "screens": screens, "rules": rules() })
    );
}

/// What `first-steps.js` needs of the widget's rules to show the first screens as the widget
/// would: the limits of the settings it shows, and which answers on the first step bring the
/// quiet note that help is there now (`hope_note`, asked of each answer on its own: one such
/// answer is enough).
#[cfg(not(target_arch = "wasm32"))]
fn rules() -> serde_json::Value {
    use missing_pieces::domain::answers::{Answers, Response};
    use missing_pieces::domain::built_in::BuiltIn as _;
    use missing_pieces::domain::config::table;
    use missing_pieces::domain::content::Content;
    use missing_pieces::domain::help::hope_note;

    let content = Content::built_in();
    let area = content.areas[0].id;
    let mut note = Vec::new();
    for item in content.items_in(area) {
        let points = content.scale(&item.scale).map_or(0, |s| s.choices.len());
        let responses = (0..points)
            .map(|p| (p.to_string(), Response::Choice(p as u8)))
            .chain([("not".to_owned(), Response::PreferNot)]);
        for (value, response) in responses {
            let mut answers = Answers::default();
            answers.set(item.id.clone(), response);
            if hope_note(&content, &answers, area) {
                note.push(format!("{} {value}", item.id.as_str()));
            }
        }
    }
    serde_json::json!({
        "limits": {
            "practice_name": table::MAX_PRACTICE_NAME,
            "intro": table::MAX_INTRO,
            "phone": table::MAX_PHONE,
            "url": table::MAX_URL,
            "contacts": table::MAX_HELP_CONTACTS,
            "name": table::MAX_HELP_NAME,
            "text": table::MAX_HELP_TEXT,
            "hours": table::MAX_HOURS,
        },
        "helpNote": note,
    })
}

/// Marks, in the markup of [`first_screens`], where `first-steps.js` puts a counsellor's text:
/// characters no interface string or content text holds.
#[cfg(not(target_arch = "wasm32"))]
mod marks {
    pub const NAME: &str = "\u{E001}";
    pub const PHONE: &str = "\u{E002}";
    pub const TEXT: &str = "\u{E003}";
    pub const URL: &str = "https://\u{E004}";
    pub const HOURS: &str = "\u{E005}";
    pub const INTRO: &str = "\u{E006}";
}

/// The first screens in `locale`, each rendered from the real `App` with no saved answers or
/// share link (what `first-steps.js` shows until the widget starts, and takes the counsellor's
/// settings into):
/// - `welcome`: the welcome;
/// - `step`: the first question step, after "Start";
/// - `help`: the "Need help now?" panel, and `helpWith` the same with one urgent-help contact of
///   the counsellor's, whose texts are marks (see [`marks`]);
/// - `intro`: the counsellor's welcome note with their practice name, as marks;
/// - `clear`: the button that takes an answer back, as the step shows it beside an answer;
/// - `helpNote`: the step's quiet note that help is there now (see [`rules`]);
/// - `stop`: the "Stop for now" panel.
#[cfg(not(target_arch = "wasm32"))]
async fn first_screens(locale: missing_pieces::domain::text::Locale) -> serde_json::Value {
    use std::rc::Rc;

    use missing_pieces::domain::built_in::BuiltIn as _;
    use missing_pieces::domain::config::{Config, HelpContact};
    use missing_pieces::domain::content::Content;
    use missing_pieces::view::app::{App, AppProps};

    let render = |config: Config, early: String| async move {
        yew::ServerRenderer::<App>::with_props(move || AppProps {
            locale,
            config: Rc::new(config),
            early: Rc::from(early.as_str()),
            ..AppProps::default()
        })
        .hydratable(false)
        .render()
        .await
    };
    let with_marks = Config {
        practice_name: Some(marks::NAME.to_owned()),
        intro: Some(marks::INTRO.to_owned()),
        urgent_help: vec![HelpContact {
            name: marks::NAME.to_owned(),
            phone: Some(marks::PHONE.to_owned()),
            text: Some(marks::TEXT.to_owned()),
            url: Some(marks::URL.to_owned()),
            hours: Some(marks::HOURS.to_owned()),
        }],
        ..Config::default()
    };
    let first_item = Content::built_in().items[0].id.as_str().to_owned();
    let answered = render(Config::default(), format!("start\nanswer {first_item} 0")).await;
    let with_help = render(with_marks.clone(), "help".to_owned()).await;
    // The step with an answer that brings the note that help is there now (when the first step
    // has one): the note, as the step shows it.
    let rules = rules();
    let hope_note = match rules["helpNote"].get(0).and_then(|line| line.as_str()) {
        Some(line) => part(
            &render(Config::default(), format!("start\nanswer {line}")).await,
            "<p class=\"mp-help-pointer\"",
            "</p>",
        ),
        None => String::new(),
    };
    serde_json::json!({
        "welcome": render(Config::default(), String::new()).await,
        "step": render(Config::default(), "start".to_owned()).await,
        "help": part(&render(Config::default(), "help".to_owned()).await, "<section id=\"mp-support\"", "</section>"),
        "helpWith": part(&with_help, "<section id=\"mp-support\"", "</section>"),
        "intro": part(&render(with_marks, String::new()).await, "<figure class=\"mp-intro-note\"", "</figure>"),
        "clear": part(&part(&answered, "<div class=\"mp-item-extra\"", "</div>"), "<button", "</button>"),
        "helpNote": hope_note,
        "stop": part(&render(Config::default(), "start\nstop".to_owned()).await, "<section id=\"mp-stop\"", "</section>"),
    })
}

/// The first part of `html` from `start` to the end of `end`. The build stops when it is
/// missing: the first screens would no longer match the widget.
#[cfg(not(target_arch = "wasm32"))]
fn part(html: &str, start: &str, end: &str) -> String {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("the first screens have no {start}"));
    let to = html[from..]
        .find(end)
        .unwrap_or_else(|| panic!("the first screens have no {end} after {start}"));
    html[from..from + to + end.len()].to_owned()
}

/// The words shown in the widget's place where it cannot start (a blocked `.wasm`, a page's
/// policy that forbids WebAssembly, files of two releases, an old browser), by language: read
/// by `cannot-start.js` in plain JavaScript, which needs no WebAssembly. They come from
/// `locales/*/ui.ftl` like every other message. `call` is "Call { $phone }" split around the
/// number.
#[cfg(not(target_arch = "wasm32"))]
fn cannot_start() -> serde_json::Value {
    use missing_pieces::domain::i18n::{msg, vars, Strings};
    use missing_pieces::domain::text::Locale;

    const MARK: &str = "\u{1}";
    let mut texts = serde_json::Map::new();
    for locale in Locale::ALL {
        let s = Strings::for_locale(locale);
        let call = s.format(msg::HELP_CALL, vars::Phone { phone: MARK });
        let (before, after) = call.split_once(MARK).unwrap_or((call.as_str(), ""));
        texts.insert(
            locale.as_str().to_owned(),
            serde_json::json!({
                "dir": locale.dir(),
                "title": s.get(msg::CANNOT_START_TITLE),
                "body": s.get(msg::CANNOT_START_BODY),
                "contact": s.get(msg::CONTACT_TITLE),
                "booking": s.get(msg::CONTACT_BOOKING),
                "help": s.get(msg::HELP_TITLE),
                "danger": s.get(msg::HELP_DANGER),
                "numbers": s.get(msg::HELP_NUMBERS),
                "crisis": s.get(msg::HELP_CRISIS),
                "call": [before, after],
                "website": s.get(msg::HELP_WEBSITE),
            }),
        );
    }
    serde_json::Value::Object(texts)
}

/// Built for the host only; this keeps `cargo build --target wasm32-unknown-unknown --bins` whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
