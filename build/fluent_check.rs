//! Which Fluent syntax the widget's strings may use, checked with the `fluent-syntax` parser.
//!
//! The widget reads its strings with a small subset reader (`src/domain/ftl.rs`): messages,
//! comments, continuation lines and `{ $variable }` placeables. Anything else a translator might
//! write in good faith (a plural selector, a term, an attribute, a function) would otherwise be
//! shown to clients as raw text. `build.rs` refuses such a file with its name and line, and
//! `tests/fluent.rs` tests this check; it is included by path in both, so the widget itself
//! carries no Fluent parser.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

/// Every place in `source` that uses Fluent syntax the widget does not support, or is not
/// Fluent at all, as (1-based line, what is wrong).
pub fn unsupported(source: &str) -> Vec<(usize, String)> {
    let line_at = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let line_of = |id: &str| {
        source
            .lines()
            .position(|l| l.split('=').next().map(str::trim) == Some(id))
            .map_or(0, |n| n + 1)
    };
    let mut problems = Vec::new();
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for e in errors {
                problems.push((
                    line_at(e.pos.start),
                    format!("not valid Fluent: {}", e.kind),
                ));
            }
            resource
        }
    };
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let key = message.id.name;
                let line = line_of(key);
                if !message.attributes.is_empty() {
                    problems.push((
                        line,
                        format!("{key}: attributes (.name = …) are not supported"),
                    ));
                }
                let Some(pattern) = &message.value else {
                    problems.push((line, format!("{key}: a message needs a value")));
                    continue;
                };
                for element in &pattern.elements {
                    let PatternElement::Placeable { expression } = element else {
                        continue;
                    };
                    let what = match expression {
                        Expression::Inline(InlineExpression::VariableReference { .. }) => continue,
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
                    let (what, advice) = what;
                    problems.push((line, format!("{key}: {what} is not supported{advice}")));
                }
            }
            Entry::Term(term) => {
                let id = format!("-{}", term.id.name);
                problems.push((line_of(&id), format!("{id}: terms are not supported")));
            }
            _ => {}
        }
    }
    problems.sort();
    problems
}
