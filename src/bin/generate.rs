//! Writes what the settings table makes of the documentation: the settings and urgent-help
//! tables in `docs/config.md` and `config.schema.json` (`crates/domain/src/config/docs.rs`). Run it
//! after changing the table; `tests/config_table.rs` fails until the files are fresh.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use missing_pieces::domain::config::docs;
    use std::fs;

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = root.join("docs/config.md");
    let text = fs::read_to_string(&guide).expect("docs/config.md reads");
    fs::write(&guide, docs::guide(&text)).expect("docs/config.md is written");
    fs::write(root.join("config.schema.json"), docs::schema()).expect("the schema is written");
    println!("wrote docs/config.md and config.schema.json");
}

/// Built for the host only; this keeps `cargo build --target wasm32-unknown-unknown --bins` whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
