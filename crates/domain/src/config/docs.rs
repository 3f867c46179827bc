//! The parts of the documentation the settings table writes: the settings table and the
//! urgent-help table in `docs/config.md`, and `config.schema.json`. `cargo run --bin generate`
//! writes them; `tests/config_table.rs` fails when the files in the repository are not what
//! these functions make of the table. Host only: the widget never needs them.

use super::table::{HelpPart, Kind, Lines, Setting, CODE, HELP_FIELDS, SETTINGS};
use super::{Config, MAX_HELP_CONTACTS, MAX_OWN_QUESTION, MAX_OWN_QUESTIONS, MIN_AREAS};
use crate::content::AreaId;
use crate::json::Json;
use crate::text::Locale;

/// The shape of a web address as `formats::is_safe_url` accepts it, as a JSON Schema pattern:
/// `https://` and a host of non-empty labels (ASCII letters, digits and hyphens, or letters of
/// an international name) or an IPv6 address in brackets, or `http://` to `localhost` or
/// `127.0.0.1`; a port of up to five digits; then a path, query or fragment. Invisible
/// characters are the checker's alone to name. `tests/parity.rs` holds it to the checker.
pub const WEB_ADDRESS_PATTERN: &str = "^([hH][tT][tT][pP][sS]://(\\[[0-9a-fA-F:.]+\\]|([A-Za-z0-9-]|[^\\x00-\\x7F\\s])+(\\.([A-Za-z0-9-]|[^\\x00-\\x7F\\s])+)*)|[hH][tT][tT][pP]://(localhost|127\\.0\\.0\\.1))(:[0-9]{0,5})?([/?#][^\\s\\\\\"<>`]*)?$";

/// `docs/config.md` (given as `guide`) with its generated tables written anew.
pub fn guide(guide: &str) -> String {
    let guide = splice(guide, "settings", &settings_table());
    splice(&guide, "urgent-help", &help_table())
}

/// Replaces the text between `<!-- generated: NAME … -->` and `<!-- end generated -->`.
fn splice(document: &str, name: &str, body: &str) -> String {
    let start_marker = format!("<!-- generated: {name} ");
    let start = document
        .find(&start_marker)
        .unwrap_or_else(|| panic!("docs/config.md has no {start_marker}… marker"));
    let body_start = start + document[start..].find("-->").unwrap() + 3;
    let end = body_start
        + document[body_start..]
            .find("<!-- end generated -->")
            .unwrap_or_else(|| panic!("{name}: no end marker"));
    format!("{}\n{body}{}", &document[..body_start], &document[end..])
}

fn languages_in_words() -> String {
    let tags: Vec<String> = Locale::ALL
        .iter()
        .map(|l| format!("`{}`", l.as_str()))
        .collect();
    match tags.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn settings_table() -> String {
    let mut out = String::from(
        "| Setting | JSON name | `data-` / address name | Kind | Default | Limit |\n\
         |---|---|---|---|---|---|\n",
    );
    for s in SETTINGS {
        let json = if s.json_top() == s.json {
            format!("`{}`", s.json)
        } else {
            format!("`{}` inside `{}`", s.json_leaf(), s.json_top())
        };
        let flat: Vec<String> = s.flat.iter().map(|f| format!("`{f}`")).collect();
        let kind = match s.kind {
            Kind::Language(_) => languages_in_words(),
            kind => kind.name().to_owned(),
        };
        let limit = match s.kind {
            Kind::Colour(_) => "contrast rules".to_owned(),
            Kind::HelpList(_) => format!("{MAX_HELP_CONTACTS} contacts"),
            Kind::Questions(_) => {
                format!("{MAX_OWN_QUESTIONS} questions of {MAX_OWN_QUESTION} characters")
            }
            Kind::Areas(_) => format!("at least {MIN_AREAS} areas"),
            kind => kind
                .max()
                .map_or(String::new(), |m| format!("{m} characters")),
        };
        out.push_str(&format!(
            "| {} | {json} | {} | {kind} | {} | {limit} |\n",
            s.label,
            flat.join(" or "),
            s.default
        ));
    }
    out.push_str(&format!(
        "| Settings code | | `{CODE}` | the JSON form as a code (base64url) | none | |\n"
    ));
    out
}

fn help_table() -> String {
    let mut out = String::from("| Name | What | Limit |\n|---|---|---|\n");
    for f in HELP_FIELDS {
        out.push_str(&format!(
            "| `{}` | {} | {} characters |\n",
            f.name, f.help, f.max
        ));
    }
    out
}

fn text(s: &str) -> Json {
    Json::String(s.to_owned())
}

fn object(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

fn number(n: usize) -> Json {
    Json::Number(n as f64)
}

/// The part of a `default` in words that is code: `#2f6b5e` in "`#2f6b5e` (deep green)".
fn code_in(words: &str) -> Option<&str> {
    let start = words.find('`')? + 1;
    let end = start + words[start..].find('`')?;
    Some(&words[start..end])
}

fn string_schema(description: &str, max: usize) -> Json {
    object(vec![
        ("description", text(description)),
        ("type", text("string")),
        ("maxLength", number(max)),
    ])
}

fn reference(name: &str, description: &str) -> Json {
    object(vec![
        ("$ref", text(&format!("#/$defs/{name}"))),
        ("description", text(description)),
    ])
}

fn help_schema() -> Json {
    let properties = HELP_FIELDS
        .iter()
        .map(|f| {
            let what = f.help.replace('`', "");
            let schema = match f.part {
                HelpPart::Phone => reference("phone", &what),
                HelpPart::Url => reference("web_address", &what),
                HelpPart::Name => object(vec![
                    ("description", text(&what)),
                    ("type", text("string")),
                    ("minLength", number(1)),
                    ("maxLength", number(f.max)),
                ]),
                HelpPart::Text | HelpPart::Hours => string_schema(&what, f.max),
            };
            (f.name.to_owned(), schema)
        })
        .collect();
    let reachable = HELP_FIELDS
        .iter()
        .filter(|f| matches!(f.part, HelpPart::Phone | HelpPart::Text | HelpPart::Url))
        .map(|f| object(vec![("required", Json::Array(vec![text(f.name)]))]))
        .collect();
    object(vec![
        ("type", text("object")),
        ("additionalProperties", Json::Bool(false)),
        ("required", Json::Array(vec![text("name")])),
        ("anyOf", Json::Array(reachable)),
        ("properties", Json::Object(properties)),
    ])
}

fn setting_schema(s: &Setting) -> Json {
    let help = s.help;
    match s.kind {
        Kind::Text { max, lines, .. } => {
            let help = match lines {
                Lines::Many => {
                    format!("{help} Line breaks (\\n) are kept. Plain text, never HTML.")
                }
                Lines::One => format!("{help} Plain text, never HTML."),
            };
            string_schema(&help, max)
        }
        Kind::Email(_) => reference("email", help),
        Kind::Phone(_) => reference("phone", help),
        Kind::WebAddress(_) => reference("web_address", help),
        Kind::Colour(_) => {
            let mut schema = reference("colour", help);
            if let (Json::Object(m), Some(default)) = (&mut schema, code_in(s.default)) {
                m.push(("default".into(), text(default)));
            }
            schema
        }
        Kind::Language(_) => {
            let tags: Vec<String> = Locale::ALL
                .iter()
                .map(|l| {
                    l.as_str()
                        .chars()
                        .map(|c| format!("[{}{}]", c, c.to_ascii_uppercase()))
                        .collect()
                })
                .collect();
            object(vec![
                (
                    "description",
                    text(&format!(
                        "{help} One of {}; a tag such as es-MX is read as its language.",
                        languages_in_words().replace('`', "")
                    )),
                ),
                ("type", text("string")),
                (
                    "pattern",
                    text(&format!("^\\s*({})([-_].*)?\\s*$", tags.join("|"))),
                ),
                (
                    "examples",
                    Json::Array(vec![text(Locale::ALL[0].as_str()), text("es-MX")]),
                ),
            ])
        }
        Kind::Switch(slot) => object(vec![
            ("description", text(help)),
            ("type", text("boolean")),
            ("default", Json::Bool(*slot(&mut Config::default()))),
        ]),
        Kind::HelpList(_) => object(vec![
            ("description", text(help)),
            ("type", text("array")),
            ("maxItems", number(MAX_HELP_CONTACTS)),
            ("items", help_schema()),
        ]),
        Kind::Name { max, .. } => object(vec![
            ("description", text(help)),
            ("type", text("string")),
            ("maxLength", number(max)),
            ("pattern", text("^[A-Za-z0-9_-]*$")),
        ]),
        Kind::Areas(_) => {
            let ids = AreaId::ALL.iter().map(|a| text(a.as_str())).collect();
            object(vec![
                ("description", text(help)),
                ("type", text("array")),
                ("minItems", number(MIN_AREAS)),
                ("uniqueItems", Json::Bool(true)),
                ("items", object(vec![("enum", Json::Array(ids))])),
            ])
        }
        Kind::Questions(_) => {
            let one = string_schema("The question, in every language.", MAX_OWN_QUESTION);
            let by_language = Locale::ALL
                .iter()
                .map(|l| (l.as_str().to_owned(), string_schema("", MAX_OWN_QUESTION)))
                .collect();
            let by_language = object(vec![
                ("type", text("object")),
                ("additionalProperties", Json::Bool(false)),
                ("minProperties", number(1)),
                ("properties", Json::Object(by_language)),
            ]);
            object(vec![
                ("description", text(help)),
                ("type", text("array")),
                ("maxItems", number(MAX_OWN_QUESTIONS)),
                (
                    "items",
                    object(vec![("oneOf", Json::Array(vec![one, by_language]))]),
                ),
            ])
        }
    }
}

/// What each group of settings is, for the schema.
fn group_description(group: &str) -> &'static str {
    match group {
        "contact" => "How clients reach the counsellor.",
        other => panic!("describe the settings group {other} here"),
    }
}

/// `config.schema.json`: the JSON Schema of the settings file.
pub fn schema() -> String {
    let mut properties: Vec<(String, Json)> = Vec::new();
    for s in SETTINGS {
        let schema = setting_schema(s);
        let (top, leaf) = (s.json_top(), s.json_leaf());
        if top == s.json {
            properties.push((top.to_owned(), schema));
            continue;
        }
        if !properties.iter().any(|(k, _)| k == top) {
            properties.push((
                top.to_owned(),
                object(vec![
                    ("description", text(group_description(top))),
                    ("type", text("object")),
                    ("additionalProperties", Json::Bool(false)),
                    ("properties", Json::Object(Vec::new())),
                ]),
            ));
        }
        if let Some((_, Json::Object(group))) = properties.iter_mut().find(|(k, _)| k == top) {
            if let Some((_, Json::Object(inner))) =
                group.iter_mut().find(|(k, _)| k == "properties")
            {
                inner.push((leaf.to_owned(), schema));
            }
        }
    }
    let defs = object(vec![
        (
            "colour",
            object(vec![
                ("description", text("A hex colour: # and 3 or 6 hex digits (0 to 9, a to f).")),
                ("type", text("string")),
                ("pattern", text("^\\s*#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\s*$")),
                ("examples", Json::Array(vec![text("#2f6b5e")])),
            ]),
        ),
        (
            "web_address",
            object(vec![
                ("description", text("An https:// address (http://localhost and http://127.0.0.1 are allowed for testing). No spaces, no user name before the host.")),
                ("type", text("string")),
                ("maxLength", number(crate::config::MAX_URL)),
                ("pattern", text(WEB_ADDRESS_PATTERN)),
                ("examples", Json::Array(vec![text("https://harbour.example/book")])),
            ]),
        ),
        (
            "email",
            object(vec![
                ("description", text("One email address.")),
                ("type", text("string")),
                ("maxLength", number(crate::config::MAX_EMAIL)),
                ("pattern", text("^[^\\s@,;<>()\\[\\]\\\\\":?#%]+@[^\\s@,;<>()\\[\\]\\\\\":?#%.]+(\\.[^\\s@,;<>()\\[\\]\\\\\":?#%.]+)+$")),
                ("examples", Json::Array(vec![text("hello@harbour.example")])),
            ]),
        ),
        (
            "phone",
            object(vec![
                ("description", text("A phone number: 3 to 20 digits, + at the start if needed, spaces, dashes, dots and brackets allowed.")),
                ("type", text("string")),
                ("maxLength", number(crate::config::MAX_PHONE)),
                ("pattern", text("^\\+?[ ().-]*([0-9][ ().-]*){3,20}$")),
                ("examples", Json::Array(vec![text("+44 20 7946 0018"), text("988")])),
            ]),
        ),
    ]);
    let root = object(vec![
        ("$schema", text("https://json-schema.org/draft/2020-12/schema")),
        ("title", text("missing-pieces configuration")),
        ("description", text("The counsellor's settings for the missing-pieces check-in widget, as the JSON in a <script type=\"application/json\"> block inside the widget's element, or in a settings code. Every setting is optional. The widget never refuses a configuration: a setting that breaks these rules is reported and replaced by its default. docs/config.md explains each setting. Generated from crates/domain/src/config/table.rs by tests/config_table.rs.")),
        ("type", text("object")),
        ("additionalProperties", Json::Bool(false)),
        ("properties", Json::Object(properties)),
        ("$defs", defs),
    ]);
    let mut out = String::new();
    pretty(&root, 0, &mut out);
    out.push('\n');
    out
}

/// A JSON string as an editor writes it (`'` as itself, not escaped for HTML).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// A small object of plain values, written on one line: `{ "required": ["phone"] }`.
fn inline(value: &Json) -> Option<String> {
    let Json::Object(members) = value else {
        return None;
    };
    let mut parts = Vec::new();
    for (key, value) in members {
        let value = match value {
            Json::Object(_) => return None,
            Json::Array(items)
                if items
                    .iter()
                    .any(|i| matches!(i, Json::Object(_) | Json::Array(_))) =>
            {
                return None
            }
            Json::Array(items) => {
                let items: Vec<String> = items.iter().map(plain).collect();
                format!("[{}]", items.join(", "))
            }
            other => plain(other),
        };
        parts.push(format!("{}: {value}", quote(key)));
    }
    let line = format!("{{ {} }}", parts.join(", "));
    (line.len() <= 40).then_some(line)
}

/// A plain value (not a list or object).
fn plain(value: &Json) -> String {
    match value {
        Json::String(s) => quote(s),
        other => other.to_string(),
    }
}

/// JSON with two-space indents; lists of plain values and small objects on one line.
fn pretty(value: &Json, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth + 1);
    if let Some(line) = inline(value) {
        out.push_str(&line);
        return;
    }
    match value {
        Json::Object(members) if !members.is_empty() => {
            out.push_str("{\n");
            for (n, (key, value)) in members.iter().enumerate() {
                out.push_str(&format!("{pad}{}: ", quote(key)));
                pretty(value, depth + 1, out);
                out.push_str(if n + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}}}", "  ".repeat(depth)));
        }
        Json::Array(items)
            if items
                .iter()
                .any(|i| matches!(i, Json::Object(_) | Json::Array(_))) =>
        {
            out.push_str("[\n");
            for (n, item) in items.iter().enumerate() {
                out.push_str(&pad);
                pretty(item, depth + 1, out);
                out.push_str(if n + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}]", "  ".repeat(depth)));
        }
        Json::Array(items) => {
            let parts: Vec<String> = items.iter().map(plain).collect();
            out.push_str(&format!("[{}]", parts.join(", ")));
        }
        other => out.push_str(&plain(other)),
    }
}
