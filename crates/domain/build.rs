//! Compiles `content/questionnaire.json` into Rust constructors (see `src/built_in.rs`)
//! and `locales/*/ui.ftl` into packed string tables and one typed constant per message
//! (`src/i18n.rs`).
//!
//! The content schema and its validation are the schema crate's (`crates/schema`), which the
//! widget uses at run time too, so the build and the widget can never disagree about what valid
//! content is.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use missing_pieces_schema::{content, ftl, text};

use content::*;
use text::Text;

/// How many languages the widget speaks: those of `Locale::ALL` (crates/schema/src/languages.rs), each with
/// a `locales/<tag>/ui.ftl` and a column in the content.
const LANGUAGES: usize = text::Locale::ALL.len();

fn main() {
    // The data files are the repository's, two folders up; a change to the schema crate rebuilds
    // this script by itself.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    println!(
        "cargo:rerun-if-changed={}",
        root.join("content/questionnaire.json").display()
    );
    let content = match Content::parse(BUILT_IN) {
        Ok(content) => content,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning=content/questionnaire.json: {problem}");
            }
            panic!(
                "content/questionnaire.json has {} problem(s)",
                problems.len()
            );
        }
    };
    // Every text becomes an index into one packed table per language, declared in the block
    // that builds the content.
    let mut body = String::new();
    content.emit(&mut body);
    let texts = TEXTS.with(|t| t.take());
    let mut out = format!("{{ static TEXTS: [Packed; {LANGUAGES}] = [");
    for slot in 0..LANGUAGES {
        let column: Vec<&str> = texts.iter().map(|t| t[slot].as_str()).collect();
        out.push_str(&packed(&column));
        out.push_str(", ");
    }
    out.push_str("]; static CONTENT: Content = ");
    out.push_str(&body);
    out.push_str("; CONTENT.clone() }");
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out_dir.join("questionnaire.rs"), out).unwrap();

    // Each language's messages become one text and the end offset of each message in it, in
    // the order of one sorted list of keys shared by all languages: far fewer bytes to download
    // than a table of string pairs. A message a language lacks is empty there.
    let mut all = Vec::new();
    for locale in text::Locale::ALL.map(text::Locale::as_str) {
        let path = format!("locales/{locale}/ui.ftl");
        println!("cargo:rerun-if-changed={}", root.join(&path).display());
        let source = fs::read_to_string(root.join(&path)).unwrap();
        match ftl::parse(&source) {
            Ok(messages) => all.push((locale, messages)),
            Err(errors) => {
                for e in &errors {
                    println!("cargo:warning={path}:{}: {}", e.line, e.problem);
                }
                panic!("{path} has Fluent the widget cannot show; see the warnings above");
            }
        }
    }
    // English decides the keys: a message another language has and English lacks is a
    // mistake (a renamed or removed key), refused here rather than shipped unused.
    let english = &all[text::Locale::En.index()].1;
    let mut stray = Vec::new();
    for (locale, messages) in &all {
        for key in messages.keys().filter(|k| !english.contains_key(*k)) {
            stray.push(format!(
                "locales/{locale}/ui.ftl: {key} is not in locales/en/ui.ftl"
            ));
        }
    }
    // Every language's message takes exactly English's variables: the typed constants below
    // are written from English, so a variable another language misspells would reach a client
    // as `{ $name }`.
    for (locale, messages) in &all {
        for (key, value) in messages {
            let mut theirs = ftl::variables(value);
            let mut ours = english
                .get(key)
                .map(|v| ftl::variables(v))
                .unwrap_or_default();
            theirs.sort_unstable();
            ours.sort_unstable();
            if english.contains_key(key) && theirs != ours {
                stray.push(format!(
                    "locales/{locale}/ui.ftl: {key} has variables {theirs:?}, English {ours:?}"
                ));
            }
        }
    }
    if !stray.is_empty() {
        for line in &stray {
            println!("cargo:warning={line}");
        }
        panic!(
            "{} message(s) English lacks or whose variables differ; see the warnings above",
            stray.len()
        );
    }
    let mut keys: Vec<&String> = english.keys().collect();
    keys.sort();
    let pack =
        |name: &str, texts: &[&str]| format!("pub static {name}: Packed = {};\n", packed(texts));
    let key_texts: Vec<&str> = keys.iter().map(|k| k.as_str()).collect();
    let mut strings = pack("KEYS", &key_texts);
    // One table and one source per language, in the order of `Locale::ALL`.
    let mut tables = format!("pub static TABLES: [Packed; {LANGUAGES}] = [");
    let mut sources = format!("pub static SOURCES: [&str; {LANGUAGES}] = [");
    for (locale, messages) in &all {
        let texts: Vec<&str> = keys
            .iter()
            .map(|k| messages.get(*k).map_or("", String::as_str))
            .collect();
        tables.push_str(&packed(&texts));
        tables.push_str(", ");
        sources.push_str(&format!(
            "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../locales/{locale}/ui.ftl\")), "
        ));
    }
    strings.push_str(&tables);
    strings.push_str("];\n");
    strings.push_str(&sources);
    strings.push_str("];\n");
    fs::write(out_dir.join("strings.rs"), strings).unwrap();
    fs::write(out_dir.join("msg.rs"), typed_keys(&keys, english)).unwrap();
    fs::write(out_dir.join("vars.rs"), typed_variables(english)).unwrap();
}

/// One constant per English message, named after its key (`welcome-title` is
/// `WELCOME_TITLE`), holding the key's place in the sorted list: code names messages through
/// these, so a misspelt or removed key fails to compile. A message with variables is a
/// `Template` of the struct that holds them (see [`typed_variables`]), so a misspelt, missing
/// or removed variable fails to compile too.
fn typed_keys(keys: &[&String], english: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut names: Vec<String> = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let name = key.to_ascii_uppercase().replace('-', "_");
        if names.contains(&name) {
            panic!("locales/en/ui.ftl: `{key}` and another key make the same name {name}");
        }
        let value = &english[key.as_str()];
        let doc = format!("`{key}`: {value}");
        let variables = ftl::variables(value);
        let _ = if variables.is_empty() {
            writeln!(
                out,
                "#[doc = {doc:?}]\npub const {name}: Msg = Msg({index});"
            )
        } else {
            let vars = vars_name(&variables);
            writeln!(
                out,
                "#[doc = {doc:?}]\npub const {name}: Template<vars::{vars}<'static>> = Template::new(Msg({index}));"
            )
        };
        names.push(name);
    }
    let all: Vec<String> = (0..keys.len()).map(|n| format!("Msg({n})")).collect();
    let _ = writeln!(
        out,
        "/// Every message, in the order of the sorted keys.\npub const ALL: [Msg; {}] = [{}];",
        keys.len(),
        all.join(", ")
    );
    out
}

/// The name of the struct that holds `variables`: each name in CamelCase, in sorted order
/// (`{ $max }` and `{ $count }`: `CountMax`).
fn vars_name(variables: &[&str]) -> String {
    let mut sorted = variables.to_vec();
    sorted.sort_unstable();
    sorted
        .iter()
        .flat_map(|v| v.split(['-', '_']))
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// One struct per set of variables the English messages use, a field per variable: filling a
/// message names each of its variables, so the compiler checks them.
fn typed_variables(english: &HashMap<String, String>) -> String {
    let mut sets: Vec<Vec<&str>> = english
        .values()
        .map(|v| {
            let mut set = ftl::variables(v);
            set.sort_unstable();
            set
        })
        .filter(|set| !set.is_empty())
        .collect();
    sets.sort();
    sets.dedup();
    let mut out = String::new();
    for set in sets {
        let name = vars_name(&set);
        let fields: Vec<String> = set.iter().map(|v| field_name(v)).collect();
        let _ = writeln!(
            out,
            "/// The variables {}.",
            set.iter()
                .map(|v| format!("`{{ ${v} }}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            out,
            "#[derive(Clone, Copy, Debug)]\npub struct {name}<'a> {{"
        );
        for field in &fields {
            let _ = writeln!(out, "    pub {field}: &'a str,");
        }
        let pairs: Vec<String> = set
            .iter()
            .zip(&fields)
            .map(|(v, f)| format!("({v:?}, self.{f})"))
            .collect();
        let _ = writeln!(
            out,
            "}}\nimpl Vars for {name}<'_> {{\n    fn fill(&self, template: &str) -> String {{\n        substitute(template, &[{}])\n    }}\n}}",
            pairs.join(", ")
        );
    }
    out
}

/// A variable's name as a Rust field (`help-name` is `help_name`).
fn field_name(variable: &str) -> String {
    variable.replace('-', "_")
}

/// `texts` as a [`text::Packed`] expression: one text and the end offset of each entry.
fn packed(texts: &[&str]) -> String {
    let mut text = String::new();
    let mut ends = Vec::new();
    for t in texts {
        text.push_str(t);
        ends.push(u16::try_from(text.len()).expect("a table's texts fit in 64 KiB"));
    }
    format!("Packed {{ text: {text:?}, ends: &{ends:?} }}")
}

thread_local! {
    /// The questionnaire's texts, one slot per locale, in the order [`Emit`] meets them.
    static TEXTS: std::cell::RefCell<Vec<[String; LANGUAGES]>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes a value as a Rust expression.
trait Emit {
    fn emit(&self, out: &mut String);
}

fn field(out: &mut String, name: &str, value: &dyn Emit) {
    let _ = write!(out, "{name}: ");
    value.emit(out);
    out.push_str(", ");
}

macro_rules! emit_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " { "));
                $( field(out, stringify!($field), &self.$field); )*
                out.push('}');
            }
        }
    };
}

macro_rules! emit_debug {
    ($($ty:ident),*) => {
        $(impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        })*
    };
}

emit_struct!(Content {
    version,
    scales,
    prefer_not,
    areas,
    items,
    signs,
    reflections,
    rules,
    safety
});
emit_struct!(Scale { id, kind, choices });
emit_struct!(Choice { id, label });
emit_struct!(Area {
    id,
    title,
    intro,
    description,
    strength,
    try_first,
    ask,
    stabilising,
    facets,
    partial
});
emit_struct!(Tip { text, assumes });
emit_struct!(Facet {
    id,
    title,
    description
});
emit_struct!(Item {
    id,
    area,
    facet,
    scale,
    polarity,
    text,
    sign_only
});
emit_struct!(Sign {
    id,
    title,
    description,
    items,
    areas,
    always_asked
});
emit_struct!(Reflection {
    id,
    prompt,
    hint,
    options
});
emit_struct!(Rules {
    min_answered_share,
    sign_at_most,
    focus_at_most,
    focus_max,
    sign_bonus,
    stabilising_bonus,
    strength_at_least,
    strength_max,
    partly_at_least,
    also_helping_max,
    hard_end_at_most,
    resource_end_at_least,
    quotes_max,
    seconds_per_item,
});
emit_struct!(SafetyRule {
    id,
    reason,
    when_all
});
emit_debug!(AreaId, FacetId, SignId, Polarity, ScaleKind);

impl Emit for Condition {
    fn emit(&self, out: &mut String) {
        match self {
            Condition::Sign { sign } => {
                out.push_str("Condition::Sign { ");
                field(out, "sign", sign);
                out.push('}');
            }
            Condition::Item { item, at_most } => {
                out.push_str("Condition::Item { ");
                field(out, "item", item);
                field(out, "at_most", at_most);
                out.push('}');
            }
            Condition::Signs { signs_at_least } => {
                out.push_str("Condition::Signs { ");
                field(out, "signs_at_least", signs_at_least);
                out.push('}');
            }
            Condition::Area {
                area,
                mean_level_at_most,
            } => {
                out.push_str("Condition::Area { ");
                field(out, "area", area);
                field(out, "mean_level_at_most", mean_level_at_most);
                out.push('}');
            }
            Condition::Areas {
                areas_share_at_least,
                mean_level_at_most,
            } => {
                out.push_str("Condition::Areas { ");
                field(out, "areas_share_at_least", areas_share_at_least);
                field(out, "mean_level_at_most", mean_level_at_most);
                out.push('}');
            }
            Condition::Leans {
                mean_level_at_most,
                resource_share_at_most,
            } => {
                out.push_str("Condition::Leans { ");
                field(out, "mean_level_at_most", mean_level_at_most);
                field(out, "resource_share_at_most", resource_share_at_most);
                out.push('}');
            }
        }
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        let slots = text::Locale::ALL.map(|l| self.get_exact(l).unwrap_or("").to_owned());
        let index = TEXTS.with(|t| {
            let mut t = t.borrow_mut();
            t.push(slots);
            t.len() - 1
        });
        let index = u16::try_from(index).expect("fewer than 65536 texts");
        let _ = write!(out, "Text::built_in(&TEXTS, {index})");
    }
}

impl Emit for Key {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "Key(Cow::Borrowed({:?}))", self.0);
    }
}

impl Emit for ItemId {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "ItemId(Cow::Borrowed({:?}))", self.0);
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for value in self.iter() {
            value.emit(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

macro_rules! emit_number {
    ($($ty:ty),*) => {
        $(impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, "{:?}", self);
            }
        })*
    };
}

emit_number!(bool, u8, u32, usize, f64);
