//! Names that are not settings: what a misspelt one most likely meant, and the parameters that
//! tracking links add to an address, which are passed over without a note.

use super::table::{CODE, HELP_FIELDS, SETTINGS};

/// Address parameters that links from newsletters, adverts and social sites add. They are never
/// settings, so they are passed over without a note even when one looks like a setting's name.
const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "ref",
    "_ga",
    "_gl",
    "igshid",
    "yclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "srsltid",
    "mkt_tok",
];

/// Whether an address parameter is one that tracking links add (`utm_*` and the like).
pub fn is_tracking(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    name.starts_with("utm_") || name.starts_with("_hs") || TRACKING.contains(&name.as_str())
}

/// What a misspelt name most likely meant, written as the form in use writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form<'a> {
    /// A top-level name in JSON.
    Json,
    /// A name inside a JSON group, such as `contact`.
    Group(&'a str),
    /// A name inside an urgent help contact.
    Help,
    /// A `data-` attribute or address parameter.
    Flat,
}

/// The suggestion for an unknown `key`: the closest known name within two edits (fewer than the
/// key's length), comparing in lower case with `-` and `_` read alike.
pub fn suggest(key: &str, form: Form) -> Option<String> {
    let normal = |s: &str| -> String {
        s.trim()
            .chars()
            .map(|c| match c {
                '-' | '.' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    };
    let key = normal(key);
    let length = key.chars().count();
    if length == 0 || length > 40 {
        return None;
    }
    let mut candidates: Vec<(String, String)> = Vec::new();
    match form {
        Form::Help => {
            for field in HELP_FIELDS {
                for name in std::iter::once(&field.name).chain(field.also) {
                    candidates.push((normal(name), field.name.to_owned()));
                }
            }
        }
        Form::Group(group) => {
            for setting in SETTINGS.iter().filter(|s| s.json_top() == group) {
                let names =
                    std::iter::once(setting.json_leaf()).chain(setting.also.iter().copied());
                for name in names {
                    candidates.push((normal(name), setting.json_leaf().to_owned()));
                }
            }
        }
        Form::Json | Form::Flat => {
            for setting in SETTINGS {
                let shown = if form == Form::Flat {
                    setting.flat_name()
                } else {
                    setting.json
                };
                let names = [setting.json, setting.json_leaf()]
                    .into_iter()
                    .chain(setting.flat.iter().copied())
                    .chain(setting.also.iter().copied());
                for name in names {
                    candidates.push((normal(name), shown.to_owned()));
                }
                if form == Form::Json && setting.json_top() != setting.json {
                    candidates.push((setting.json_top().to_owned(), setting.json_top().to_owned()));
                }
            }
            if form == Form::Flat {
                candidates.push((CODE.to_owned(), CODE.to_owned()));
            }
        }
    }
    candidates
        .iter()
        .map(|(name, suggestion)| (edit_distance(&key, name), suggestion))
        .filter(|(d, _)| *d <= 2 && *d < length)
        .min_by_key(|(d, _)| *d)
        .map(|(_, s)| s.clone())
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours each count one.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}
