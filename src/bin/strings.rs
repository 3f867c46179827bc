//! Prints every language's interface strings as JSON (`{"en": {"welcome-title": "…"}, …}`),
//! read with the build's own Fluent reader (`crates/schema/src/ftl.rs`), for tools outside the crate
//! (`bench/make-baseline.mjs`), so no other reader of the `.ftl` files is needed.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use missing_pieces::domain::i18n;
    use missing_pieces::domain::text::Locale;

    let mut all = serde_json::Map::new();
    for locale in Locale::ALL {
        let messages = i18n::parse(i18n::source(locale)).expect("the build has read the file");
        let sorted: std::collections::BTreeMap<String, String> = messages.into_iter().collect();
        all.insert(locale.as_str().to_owned(), serde_json::json!(sorted));
    }
    println!("{}", serde_json::Value::Object(all));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
