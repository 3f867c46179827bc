//! What the client can take away: a plain-text summary (for a `.txt` download, the clipboard or
//! an email), a versioned JSON export, and a `mailto:` link to send the summary.
//!
//! Everything is written by hand: the widget carries no JSON library at run time, and these
//! writers need only an escaper. `docs/export-schema.md` describes the JSON field by field.
//! Notes are the client's private words: both writers leave them out unless asked.

use std::fmt::Write as _;

use super::answers::Response;
use super::choices;
use super::client_say;
use super::config::HelpContact;
use super::content::{Content, ItemId};
use super::help::help_lines;
use super::i18n::{msg, vars, Msg, Strings};
use super::journey::Journey;
use super::json;
use super::scoring::{Level, Results, Tally};
use super::snapshot::percent_encode;
use super::text::Locale;
use super::tips;

/// The `schema` value of the JSON export.
pub const EXPORT_SCHEMA: &str = "missing-pieces/export";

/// The version of the JSON export; bumped when a field changes meaning or is removed.
pub const EXPORT_VERSION: u32 = 3;

/// The interface string key for how present an area is, in words (see [`Level`]).
pub fn level_key(level: Level) -> Msg {
    match level {
        Level::NotEnough => msg::RESULTS_LEVEL_UNKNOWN,
        Level::Less => msg::RESULTS_LEVEL_LOW,
        Level::Partly => msg::RESULTS_LEVEL_SOME,
        Level::Strong => msg::RESULTS_LEVEL_HIGH,
        Level::Mixed => msg::RESULTS_LEVEL_MIXED,
    }
}

/// A plain-text summary of the results in the journey's language, lines separated by `\n`.
///
/// It holds the title, `date`, a line saying what this is and an invitation to disagree, calm
/// support information first when the answers call for it, where to start (each area with the
/// signs and quoted answers that pointed there, things to try and a question to bring), every
/// other sign present, what is already helping (strong areas and the client's own answers at the
/// resource end), every area's level with its answered and skipped counts (facets too), the
/// client's reflections only when `include_notes`, the note that this is not a diagnosis, and,
/// whatever the answers, where help is: what to do in danger, the counsellor's `urgent_help`
/// contacts, the emergency numbers and (with no contact of the counsellor's) crisis lines.
pub fn text_summary(
    content: &Content,
    journey: &Journey,
    results: &Results,
    strings: &Strings,
    date: &str,
    include_notes: bool,
    urgent_help: &[HelpContact],
) -> String {
    let locale = journey.locale;
    let mut out = Summary {
        text: String::new(),
        strings,
        locale,
    };
    out.line(strings.get(msg::SUMMARY_TITLE));
    out.line(&format!("{}: {date}", strings.get(msg::SUMMARY_DATE)));
    out.line(strings.get(msg::SUMMARY_INTRO));
    out.line(strings.get(msg::RESULTS_FIT));

    if results.needs_support_first() {
        out.heading(safety_title(results));
        out.line(strings.get(msg::RESULTS_SAFETY_RESTS));
        let reasons = support_reasons(content, results, strings, locale);
        out.bullets(reasons.iter().copied());
        out.line(strings.get(msg::RESULTS_SAFETY_BODY));
        out.line(strings.get(msg::HELP_DANGER));
        out.line(strings.get(msg::HELP_NUMBERS));
        out.line(strings.get(msg::HELP_CRISIS));
    }

    out.heading(msg::RESULTS_START_TITLE);
    // Their hope heads the places to start, in their words: only with their notes.
    if let Some(hope) = client_say::hope_words(&journey.notes).filter(|_| include_notes) {
        out.line(strings.get(msg::SUMMARY_HOPE));
        for line in hope.lines() {
            out.indented(line);
        }
        out.blank();
    }
    if !results.focus.is_empty() {
        out.line(strings.get(msg::RESULTS_START_INTRO));
        for (n, focus) in results.focus.iter().enumerate() {
            let Some(area) = content.area(focus.area) else {
                continue;
            };
            out.blank();
            out.line(&format!(
                "{}. {}",
                locale.number(n + 1),
                area.title.get(locale)
            ));
            out.indented(area.description.get(locale));
            let signs: Vec<String> = focus
                .signs
                .iter()
                .filter_map(|s| content.sign(*s))
                .map(|s| format!("{}. {}", s.title.get(locale), s.description.get(locale)))
                .collect();
            let quotes: Vec<String> = focus
                .evidence
                .iter()
                .filter_map(|i| quote(content, journey, i))
                .collect();
            if !signs.is_empty() || !quotes.is_empty() {
                out.label(msg::RESULTS_POINTED);
                out.bullets(signs.iter().chain(&quotes).map(String::as_str));
            }
            out.label(msg::RESULTS_TRY);
            out.bullets(tips::to_try(content, area, &journey.answers).map(|t| t.text.get(locale)));
            out.label(msg::RESULTS_ASK);
            out.bullets([area.ask.get(locale)]);
            for line in client_say::summary_focus_lines(journey, focus.area, strings, include_notes)
            {
                out.indented(&line);
            }
        }
    } else {
        out.line(strings.get(start_key(results)));
    }

    let say = client_say::summary_say_lines(content, journey, results, strings, include_notes);
    if !say.is_empty() {
        out.heading(msg::SUMMARY_SAY_TITLE);
        for line in &say {
            out.line(line);
        }
    }

    let noticed: Vec<String> = results
        .signs_outside_focus()
        .filter_map(|s| content.sign(s))
        .map(|s| format!("{}. {}", s.title.get(locale), s.description.get(locale)))
        .collect();
    if !noticed.is_empty() {
        out.heading(msg::RESULTS_NOTICED_TITLE);
        out.line(strings.get(msg::RESULTS_NOTICED_INTRO));
        for line in &noticed {
            out.line(&format!("- {line}"));
        }
    }

    out.heading(msg::RESULTS_HELPING_TITLE);
    if results.strengths.is_empty() && results.also_helping.is_empty() {
        out.line(strings.get(msg::RESULTS_HELPING_NONE));
    }
    for strength in &results.strengths {
        let Some(area) = content.area(strength.area) else {
            continue;
        };
        out.line(&format!(
            "- {}: {}",
            area.title.get(locale),
            area.strength.get(locale)
        ));
        for item in &strength.evidence {
            if let Some(quote) = quote(content, journey, item) {
                out.line(&format!("   - {quote}"));
            }
        }
    }

    if !results.also_helping.is_empty() {
        if !results.strengths.is_empty() {
            out.blank();
        }
        out.line(&format!("{}:", strings.get(msg::RESULTS_HELPING_MORE)));
        for item in &results.also_helping {
            if let Some(quote) = quote(content, journey, item) {
                out.line(&format!("- {quote}"));
            }
        }
    }

    let left_out = choices::left_out_titles(content, locale);
    out.heading(if left_out.is_empty() {
        msg::RESULTS_CHART_TITLE
    } else {
        msg::RESULTS_CHART_TITLE_ASKED
    });
    for result in results.charted() {
        let Some(area) = content.area(result.area) else {
            continue;
        };
        let level = results.level(content, &result.tally, Some(result.area));
        let line = out.tally_line(area.title.get(locale), &result.tally, level);
        out.line(&format!("- {line}"));
        for (facet, tally) in &result.facets {
            if let Some(f) = area.facets.iter().find(|f| f.id == *facet) {
                // A kind of resource is never "strong" under an area a present sign bears on.
                let level = results.level(content, tally, Some(result.area));
                let line = out.tally_line(f.title.get(locale), tally, level);
                out.line(&format!("   - {line}"));
            }
        }
    }

    let declined: Vec<&str> = results
        .declined()
        .filter_map(|a| content.area(a))
        .map(|a| a.title.get(locale))
        .collect();
    if !declined.is_empty() {
        out.blank();
        out.line(strings.get(msg::RESULTS_DECLINED));
        for title in &declined {
            out.line(&format!("- {title}"));
        }
    }

    if !left_out.is_empty() {
        out.blank();
        out.line(strings.get(msg::RESULTS_LEFT_OUT));
        for title in &left_out {
            out.line(&format!("- {title}"));
        }
    }

    if include_notes {
        out.heading(msg::REFLECTIONS_TITLE);
        let mut any = false;
        for reflection in content.reflections.iter() {
            let Some(note) = journey.notes.get(&reflection.id) else {
                continue;
            };
            any = true;
            out.blank();
            out.line(reflection.prompt.get(locale));
            out.bullets(
                reflection
                    .options
                    .iter()
                    .filter(|o| note.options.contains(&o.id))
                    .map(|o| o.label.get(locale)),
            );
            if !note.text.trim().is_empty() {
                for line in note.text.lines() {
                    out.indented(line);
                }
            }
        }
        if !any {
            out.line(strings.get(msg::REVIEW_NOTES_NONE));
        }
    }

    // Every take-away ends with where help is, whatever support first decided; only the note
    // that this is not a diagnosis follows.
    out.heading(msg::RESULTS_END_TITLE);
    out.line(strings.get(msg::RESULTS_END_BODY));
    for line in help_lines(strings, urgent_help) {
        out.line(&line);
    }

    out.blank();
    out.line(strings.get(msg::RESULTS_NOTE));
    out.text
}

/// The summary being written.
struct Summary<'a> {
    text: String,
    strings: &'a Strings,
    locale: Locale,
}

impl Summary<'_> {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    fn indented(&mut self, line: &str) {
        self.text.push_str("   ");
        self.line(line);
    }

    /// A section heading, underlined, after a blank line.
    fn heading(&mut self, key: Msg) {
        let title = self.strings.get(key);
        self.blank();
        self.line(title);
        self.line(&"=".repeat(title.chars().count().clamp(3, 60)));
    }

    /// A small label inside a place to start.
    fn label(&mut self, key: Msg) {
        let label = format!("{}:", self.strings.get(key));
        self.indented(&label);
    }

    fn bullets<'s>(&mut self, lines: impl IntoIterator<Item = &'s str>) {
        for line in lines {
            self.text.push_str("   - ");
            self.line(line);
        }
    }

    /// "Title: level (3 of 4 answered · 1 skipped · 1 not said)".
    fn tally_line(&self, title: &str, tally: &Tally, level: Level) -> String {
        let num = |n: usize| self.locale.number(n);
        let mut parts = vec![self.strings.format(
            msg::REVIEW_ANSWERED,
            vars::AnsweredTotal {
                answered: &num(tally.answered),
                total: &num(tally.total),
            },
        )];
        if tally.skipped() > 0 {
            parts.push(self.strings.format(
                msg::REVIEW_SKIPPED,
                vars::Skipped {
                    skipped: &num(tally.skipped()),
                },
            ));
        }
        if tally.prefer_not > 0 {
            parts.push(self.strings.format(
                msg::REVIEW_DECLINED,
                vars::Declined {
                    declined: &num(tally.prefer_not),
                },
            ));
        }
        format!(
            "{title}: {} ({})",
            self.strings.get(level_key(level)),
            parts.join(" · ")
        )
    }
}

/// The most reasons the support the results lead with gives for itself.
pub const REASONS_MAX: usize = 3;

/// The heading of the support the results lead with: what the answers suggest, or, when only
/// questions left unanswered made a rule hold, that help is close.
pub fn safety_title(results: &Results) -> Msg {
    if results.safety_answered.is_empty() {
        msg::RESULTS_SAFETY_TITLE_UNANSWERED
    } else {
        msg::RESULTS_SAFETY_TITLE
    }
}

/// What the support the results lead with rests on, in plain words: the reasons of the rules
/// that hold on the answers given, each said once, in the questionnaire's order (the most
/// telling first) and at most [`REASONS_MAX`], so a person who is struggling reads a few lines,
/// not a list; then, when questions left unanswered made a rule hold, that too.
pub fn support_reasons<'a>(
    content: &'a Content,
    results: &Results,
    strings: &'a Strings,
    locale: Locale,
) -> Vec<&'a str> {
    let mut reasons: Vec<&str> = Vec::new();
    for rule in content.safety.iter() {
        let reason = rule.reason.get(locale);
        if results.safety_answered.contains(&rule.id)
            && !reasons.contains(&reason)
            && reasons.len() < REASONS_MAX
        {
            reasons.push(reason);
        }
    }
    if results.support_rests_on_unanswered() {
        reasons.push(strings.get(msg::RESULTS_SAFETY_UNANSWERED));
    }
    reasons
}

/// The interface string key for what "where to start" says when it names no area: some signs
/// stood out; too few answers to say; support comes first; or no area stands out.
pub fn start_key(results: &Results) -> Msg {
    let scored = results.areas.iter().any(|a| a.tally.score.is_some());
    if !results.signs.is_empty() {
        msg::RESULTS_START_SIGNS
    } else if !scored {
        msg::RESULTS_START_FEW
    } else if results.needs_support_first() {
        // Never "no area stands out" beside support first.
        msg::RESULTS_START_SUPPORT
    } else {
        msg::RESULTS_START_NONE
    }
}

/// `"statement" — choice` for an item answered on its scale.
fn quote(content: &Content, journey: &Journey, id: &ItemId) -> Option<String> {
    let item = content.item(id)?;
    let Response::Choice(value) = journey.answers.get(id)? else {
        return None;
    };
    let choice = content
        .scale(&item.scale)?
        .choices
        .get(usize::from(value))?
        .label
        .get(journey.locale);
    Some(format!("\"{}\" — {choice}", item.text.get(journey.locale)))
}

/// The results as a JSON document (schema `missing-pieces/export`, version 3), on one line.
///
/// Ids, never labels, so the document reads the same in every language. Notes (and the client's
/// "What doesn't fit?" words) are included only when `include_notes`; the client's own choices
/// are in `client_say`. See `docs/export-schema.md`.
pub fn json_export(
    content: &Content,
    journey: &Journey,
    results: &Results,
    date: &str,
    include_notes: bool,
) -> String {
    let mut out = String::from("{");
    let _ = write!(
        out,
        "\"schema\":{},\"version\":{EXPORT_VERSION},\"date\":{},\"locale\":{}",
        json::escape(EXPORT_SCHEMA),
        json::escape(date),
        json::escape(journey.locale.as_str())
    );

    let answers = content.items.iter().filter_map(|item| {
        let value = match journey.answers.get(&item.id)? {
            Response::Choice(v) => v.to_string(),
            Response::PreferNot => json::escape("prefer_not"),
        };
        Some(format!("{}:{value}", json::escape(item.id.as_str())))
    });
    push_joined(&mut out, "answers", OBJECT, answers);

    let areas = results.charted().map(|a| {
        let mut area = format!("{{{}", tally_fields(a.area.as_str(), &a.tally));
        let facets = a.facets.iter();
        let facets = facets.map(|(f, t)| format!("{{{}}}", tally_fields(f.as_str(), t)));
        push_joined(&mut area, "facets", ARRAY, facets);
        area.push('}');
        area
    });
    push_joined(&mut out, "areas", ARRAY, areas);

    let left_out = choices::left_out(content);
    let _ = write!(
        out,
        ",\"areas_left_out\":{}",
        json_array(left_out.iter().map(|a| a.as_str()))
    );

    let _ = write!(
        out,
        ",\"signs\":{}",
        json_array(results.signs.iter().map(|(s, _)| s.as_str()))
    );

    let focus = results.focus.iter().map(|f| {
        format!(
            "{{\"area\":{},\"score\":{},\"signs\":{},\"evidence\":{}}}",
            json::escape(f.area.as_str()),
            f.score,
            json_array(f.signs.iter().map(|s| s.as_str())),
            json_array(f.evidence.iter().map(ItemId::as_str))
        )
    });
    push_joined(&mut out, "focus", ARRAY, focus);

    let strengths = results.strengths.iter().map(|s| {
        format!(
            "{{\"area\":{},\"score\":{},\"evidence\":{}}}",
            json::escape(s.area.as_str()),
            s.score,
            json_array(s.evidence.iter().map(ItemId::as_str))
        )
    });
    push_joined(&mut out, "strengths", ARRAY, strengths);

    let _ = write!(
        out,
        ",\"also_helping\":{}",
        json_array(results.also_helping.iter().map(ItemId::as_str))
    );

    // What support first is, said by name: whether the results opened with support and which
    // rules held. `false` says only that no rule held; it is not a risk assessment.
    let _ = write!(
        out,
        ",\"support_shown_first\":{},\"support_rules\":{},\"support_rules_on_answers\":{}",
        results.needs_support_first(),
        json_array(results.safety.iter().map(|k| k.as_str())),
        json_array(results.safety_answered.iter().map(|k| k.as_str()))
    );

    out.push_str(&client_say::json_field(journey, results, include_notes));

    if include_notes {
        let notes = journey.notes.iter().map(|(id, note)| {
            format!(
                "{}:{{\"text\":{},\"options\":{}}}",
                json::escape(id.as_str()),
                json::escape(&note.text),
                json_array(note.options.iter().map(|o| o.as_str()))
            )
        });
        push_joined(&mut out, "notes", OBJECT, notes);
        let own = content.reflections.iter().filter(|r| choices::is_own(r));
        let own = own.map(|r| {
            let prompt = r.prompt.get(journey.locale);
            format!("{}:{}", json::escape(r.id.as_str()), json::escape(prompt))
        });
        push_joined(&mut out, "own_questions", OBJECT, own);
    }
    out.push_str("}\n");
    out
}

/// `"id":…,"score":…,"total":…,"answered":…,"skipped":…,"prefer_not":…` for an area or facet.
fn tally_fields(id: &str, tally: &Tally) -> String {
    let score = tally.score.map_or("null".to_owned(), |s| s.to_string());
    format!(
        "\"id\":{},\"score\":{score},\"total\":{},\"answered\":{},\"skipped\":{},\"prefer_not\":{}",
        json::escape(id),
        tally.total,
        tally.answered,
        tally.skipped(),
        tally.prefer_not
    )
}

/// A JSON array of strings.
fn json_array<'s>(items: impl Iterator<Item = &'s str>) -> String {
    let mut out = String::new();
    join(&mut out, ARRAY, items.map(json::escape));
    out
}

const ARRAY: [char; 2] = ['[', ']'];
const OBJECT: [char; 2] = ['{', '}'];

/// Appends `,"name":` then `parts`, each already JSON, between `brackets`.
fn push_joined(
    out: &mut String,
    name: &str,
    brackets: [char; 2],
    parts: impl Iterator<Item = String>,
) {
    let _ = write!(out, ",\"{name}\":");
    join(out, brackets, parts);
}

/// Appends `parts`, each already JSON, separated by commas and between `brackets`.
fn join(out: &mut String, [open, close]: [char; 2], parts: impl Iterator<Item = String>) {
    out.push(open);
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&part);
    }
    out.push(close);
}

/// A `mailto:` URL (RFC 6068) to `to` with `subject` and `body`.
///
/// Every byte other than ASCII letters, digits and `-`, `_`, `.`, `~` is percent-encoded as
/// UTF-8 (spaces as `%20`, never `+`), except that `to` keeps `@` and the `,` between
/// addresses. Line breaks (`\n`, `\r\n` or `\r`) become `%0D%0A`, as RFC 6068 asks. An empty
/// subject or body is left out.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let mut url = format!("mailto:{}", percent_encode(to, b"@,"));
    let mut fields = Vec::new();
    for (name, value) in [("subject", subject), ("body", body)] {
        if !value.is_empty() {
            fields.push(format!("{name}={}", percent_encode(&crlf(value), b"")));
        }
    }
    if !fields.is_empty() {
        url.push('?');
        url.push_str(&fields.join("&"));
    }
    url
}

/// `text` with every line break as CRLF.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}
