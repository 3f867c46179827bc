//! The one reader of the interface strings' Fluent (`.ftl`) files, built on the `fluent-syntax`
//! parser: the domain's `build.rs` compiles the string tables with it, and the tests read every
//! language file with it. It accepts the part of Fluent the widget shows as written: messages,
//! comments, continuation lines and `{ $variable }` placeables. Anything else a translator might
//! write in good faith (a plural selector, a term, an attribute, a function) would otherwise reach
//! a client as raw text, so it is refused with its line. The widget itself carries no parser: it
//! gets the packed tables the build writes.

use std::collections::HashMap;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

/// A problem in an `.ftl` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlError {
    /// 1-based line number.
    pub line: usize,
    pub problem: String,
}

/// The messages of an `.ftl` file, key to value (each `{ $name }` placeable written so), or
/// every problem in it, in the order of their lines.
pub fn parse(source: &str) -> Result<HashMap<String, String>, Vec<FtlError>> {
    let line_at = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let line_of = |id: &str| {
        source
            .lines()
            .position(|l| l.split('=').next().map(str::trim) == Some(id))
            .map_or(0, |n| n + 1)
    };
    let mut problems = Vec::new();
    let mut problem = |line: usize, problem: String| problems.push(FtlError { line, problem });
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for e in errors {
                problem(
                    line_at(e.pos.start),
                    format!("not valid Fluent: {}", e.kind),
                );
            }
            resource
        }
    };
    let mut messages = HashMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let key = message.id.name;
                let line = line_of(key);
                if !message.attributes.is_empty() {
                    problem(
                        line,
                        format!("{key}: attributes (.name = …) are not supported"),
                    );
                }
                let Some(pattern) = &message.value else {
                    problem(line, format!("{key}: a message needs a value"));
                    continue;
                };
                let mut value = String::new();
                for element in &pattern.elements {
                    let expression = match element {
                        PatternElement::TextElement { value: text } => {
                            value.push_str(text);
                            continue;
                        }
                        PatternElement::Placeable { expression } => expression,
                    };
                    let (what, advice) = match expression {
                        Expression::Inline(InlineExpression::VariableReference { id }) => {
                            value.push_str(&format!("{{ ${} }}", id.name));
                            continue;
                        }
                        Expression::Select { .. } => (
                            "a selector such as a plural ({ $count -> … })",
                            "; write one wording that fits every case",
                        ),
                        Expression::Inline(InlineExpression::StringLiteral { .. })
                        | Expression::Inline(InlineExpression::NumberLiteral { .. }) => {
                            ("a literal in braces", "; write the text itself")
                        }
                        Expression::Inline(InlineExpression::FunctionReference { .. }) => {
                            ("a function such as NUMBER()", "")
                        }
                        Expression::Inline(InlineExpression::MessageReference { .. }) => {
                            ("a reference to another message", "")
                        }
                        Expression::Inline(InlineExpression::TermReference { .. }) => {
                            ("a reference to a term (-name)", "")
                        }
                        Expression::Inline(InlineExpression::Placeable { .. }) => {
                            ("braces inside braces", "")
                        }
                    };
                    problem(line, format!("{key}: {what} is not supported{advice}"));
                }
                if messages.insert(key.to_owned(), value).is_some() {
                    problem(line, format!("{key}: this key is defined twice"));
                }
            }
            Entry::Term(term) => {
                let id = format!("-{}", term.id.name);
                problem(line_of(&id), format!("{id}: terms are not supported"));
            }
            _ => {}
        }
    }
    if problems.is_empty() {
        Ok(messages)
    } else {
        problems.sort_by_key(|p| p.line);
        Err(problems)
    }
}

/// The `{ $name }` variables of a message value, each once, in order of first use.
pub fn variables(value: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for rest in value.split("{ $").skip(1) {
        if let Some((name, _)) = rest.split_once(" }") {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}
