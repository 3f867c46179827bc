#![cfg(not(target_arch = "wasm32"))]
//! Tidy tests: the invariants ARCHITECTURE.md states, checked on the source itself.

use std::fs;
use std::path::{Path, PathBuf};

use missing_pieces::domain::i18n::msg;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// A folder of the repository.
fn dir(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A folder of the widget's crate (`src/`).
fn src(sub: &str) -> PathBuf {
    dir("src").join(sub)
}

/// The Rust files of the domain and the schema crates.
fn domain_files() -> Vec<PathBuf> {
    [dir("crates/domain"), dir("crates/schema/src")]
        .iter()
        .flat_map(|d| rust_files(d))
        .collect()
}

/// Every place in `files` where a line contains one of `needles`.
fn find_in(files: Vec<PathBuf>, needles: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for file in files {
        for (n, line) in fs::read_to_string(&file).unwrap().lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for needle in needles {
                if line.contains(needle) {
                    hits.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    hits
}

/// Every place in the widget's `src/<dir>` where a line contains one of `needles`.
fn find(dir: &str, needles: &[&str]) -> Vec<String> {
    find_in(rust_files(&src(dir)), needles)
}

#[test]
fn domain_knows_nothing_of_yew_the_dom_or_the_browser() {
    // The crates depend on none of them...
    for manifest in ["crates/domain/Cargo.toml", "crates/schema/Cargo.toml"] {
        let text = fs::read_to_string(dir(manifest)).unwrap();
        for browser in ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
            assert!(
                !text.lines().any(|l| l.trim_start().starts_with(browser)),
                "{manifest} depends on {browser}"
            );
        }
    }
    // ... and name none of them, nor the widget's layers.
    let hits = find_in(
        domain_files(),
        &[
            "yew",
            "web_sys",
            "gloo",
            "wasm_bindgen",
            "js_sys",
            "crate::view",
            "crate::edge",
            "crate::mount",
        ],
    );
    assert!(
        hits.is_empty(),
        "domain imports browser or view code:\n{}",
        hits.join("\n")
    );
}

#[test]
fn edge_knows_nothing_of_yew() {
    // The view hands the edge the browser's own nodes, and the mount installs Yew's panic hook
    // with the edge's crash message: the edge's API has no Yew type in it.
    let hits = find("edge", &["yew"]);
    assert!(hits.is_empty(), "edge names Yew:\n{}", hits.join("\n"));
}

#[test]
fn view_touches_no_browser_api_directly() {
    let hits = find("view", &["web_sys", "gloo", "js_sys", "local_storage"]);
    assert!(
        hits.is_empty(),
        "view uses browser APIs outside edge:\n{}",
        hits.join("\n")
    );
}

#[test]
fn nothing_is_rendered_as_raw_html() {
    let mut files = rust_files(&src(""));
    files.extend(domain_files());
    let hits = find_in(
        files,
        &[
            "from_html_unchecked",
            "inner_html",
            "set_inner_html",
            "dangerously",
        ],
    );
    assert!(hits.is_empty(), "raw HTML rendering:\n{}", hits.join("\n"));
}

/// The modules of the crate a file names: `crate::x`, `super::x`, or `crate::{x, …}`.
fn named_modules(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                names.extend(
                    group
                        .split(',')
                        .map(|m| m.trim().split("::").next().unwrap_or("").to_owned()),
                );
            } else {
                let module: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                names.push(module);
            }
        }
    }
    names
}

#[test]
fn layers_point_one_way_domain_edge_view_mount() {
    // Each layer may name only the layers before it in this list.
    let order = ["domain", "edge", "view", "mount"];
    let mut backwards = Vec::new();
    for (rank, layer) in order.iter().enumerate() {
        let files = match *layer {
            "domain" => domain_files(),
            "mount" => vec![src("mount.rs")],
            _ => rust_files(&src(layer)),
        };
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for module in named_modules(&text) {
                let later = order[rank + 1..].contains(&module.as_str());
                if later {
                    backwards.push(format!("{} names {module}", file.display()));
                }
            }
        }
    }
    assert!(
        backwards.is_empty(),
        "imports that point back (domain ← edge ← view ← mount):\n{}",
        backwards.join("\n")
    );
}

#[test]
fn the_layer_check_finds_a_name_pointing_back() {
    let names = named_modules("use crate::view::app::App;\nuse crate::{domain, mount::start};");
    assert_eq!(names, ["view", "domain", "mount"]);
    assert!(named_modules("// use crate::view;").is_empty());
}

#[test]
fn every_english_message_is_used_by_the_widget() {
    // Code names messages by the constants `build.rs` writes (`msg::WELCOME_TITLE`), so a
    // misspelt key does not compile; what the compiler cannot see is a message nothing shows
    // any more, which translators would keep translating.
    let mut files = rust_files(&src(""));
    files.extend(domain_files());
    let code: String = files
        .iter()
        .map(|f| fs::read_to_string(f).unwrap())
        .collect();
    let unused: Vec<&str> = msg::ALL
        .iter()
        .map(|m| m.key())
        .filter(|key| {
            let name = format!("msg::{}", key.to_ascii_uppercase().replace('-', "_"));
            !code.match_indices(&name).any(|(at, _)| {
                !code[at + name.len()..]
                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            })
        })
        .collect();
    assert!(
        unused.is_empty(),
        "messages in locales/en/ui.ftl that no code shows:\n{}",
        unused.join("\n")
    );
}
