//! Writes the widget's first screen as HTML, one per language, for the build (see
//! `scripts/prerender.mjs`, run by trunk after each build): the real component, rendered on the
//! host with Yew's server renderer, with no settings, saved answers or share link.
//!
//! Prints a JSON object from language tag to markup on standard output. With the argument
//! `cannot-start`, prints instead the words `cannot-start.js` shows where the widget cannot
//! start (see [`cannot_start`]).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use missing_pieces::domain::text::Locale;
    use missing_pieces::view::app::{App, AppProps};

    if std::env::args().nth(1).as_deref() == Some("cannot-start") {
        println!("{}", cannot_start());
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime for the server renderer");
    let mut screens = serde_json::Map::new();
    for locale in Locale::ALL {
        let html = runtime.block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps {
                locale,
                ..AppProps::default()
            })
            .hydratable(false)
            .render(),
        );
        screens.insert(locale.as_str().to_owned(), html.into());
    }
    println!("{}", serde_json::Value::Object(screens));
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
