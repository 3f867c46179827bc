//! Writes the widget's first screen as HTML, one per language, for the build (see
//! `scripts/prerender.mjs`, run by trunk after each build): the real component, rendered on the
//! host with Yew's server renderer, with no settings, saved answers or share link.
//!
//! Prints a JSON object from language tag to markup on standard output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use missing_pieces::domain::text::Locale;
    use missing_pieces::view::app::{App, AppProps};

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

/// Built for the host only; this keeps `cargo build --target wasm32-unknown-unknown --bins` whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
