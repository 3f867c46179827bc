#![cfg(not(target_arch = "wasm32"))]
//! The one Fluent reader (`crates/schema/src/ftl.rs`, which the build compiles the strings with) reads
//! messages, comments, continuation lines and variables, and refuses the Fluent syntax the
//! widget cannot show as written, naming the line, instead of showing it to clients as raw text.

use missing_pieces::domain::ftl::{parse, variables};

fn check(source: &str, expected: &[(usize, &str)]) {
    let found = parse(source).err().unwrap_or_default();
    let found: Vec<(usize, &str)> = found.iter().map(|e| (e.line, e.problem.as_str())).collect();
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for ((line, problem), (want_line, want)) in found.iter().zip(expected) {
        assert_eq!(line, want_line, "{problem}");
        assert!(problem.contains(want), "{problem:?} should say {want:?}");
    }
}

#[test]
fn messages_comments_continuations_and_variables_are_supported() {
    check(
        "# A comment\n\nhello = Hello, { $name }!\nlong = One line\n    and the next.\n",
        &[],
    );
}

#[test]
fn a_plural_selector_is_refused_with_its_line() {
    let source = "title = Check-in\nitems = { $count ->\n    [one] One question\n   *[other] { $count } questions\n}\n";
    check(source, &[(2, "items: a selector such as a plural")]);
}

#[test]
fn terms_attributes_functions_and_references_are_refused() {
    let source = "-brand = Missing Pieces\n\
                  about = About { -brand }\n\
                  button = Go\n    .title = Start\n\
                  count = { NUMBER($n) } left\n\
                  again = { about }\n";
    check(
        source,
        &[
            (1, "-brand: terms are not supported"),
            (2, "about: a reference to a term"),
            (3, "button: attributes"),
            (5, "count: a function"),
            (6, "again: a reference to another message"),
        ],
    );
}

#[test]
fn text_that_is_not_fluent_is_refused_with_its_line() {
    check(
        "ok = fine\nthis line has no equals sign\n",
        &[(2, "not valid Fluent")],
    );
}

#[test]
fn a_wrapped_message_is_read_whole_with_its_variables() {
    let messages = parse(
        "# A comment\nwelcome = Hello { $name }, you are\n    welcome here.\n\nbye = See you\n",
    )
    .unwrap();
    assert_eq!(
        messages["welcome"],
        "Hello { $name }, you are\nwelcome here."
    );
    assert_eq!(messages["bye"], "See you");
    assert_eq!(variables(&messages["welcome"]), ["name"]);
    assert_eq!(variables("{ $b } and { $a } and { $b }"), ["b", "a"]);
}

#[test]
fn a_key_written_twice_is_refused_with_its_line() {
    check(
        "one = One\ntwo = Two\none = Again\n",
        &[(1, "one: this key is defined twice")],
    );
}
