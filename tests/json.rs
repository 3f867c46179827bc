#![cfg(not(target_arch = "wasm32"))]
//! The strict JSON reader: what it accepts, what it refuses and where it says the mistake is,
//! and that `escape` writes literals that read back exactly and are safe inside HTML.

use missing_pieces::domain::json::{escape, parse, Json, JsonErrorKind, MAX_BYTES, MAX_DEPTH};
use proptest::prelude::*;

use JsonErrorKind as K;

/// Parses `text` and compares with `expected`: a value, or an error kind with its 1-based line
/// and column.
fn check(text: &str, expected: Result<Json, (JsonErrorKind, usize, usize)>) {
    let actual = parse(text).map_err(|e| (e.kind, e.line, e.column));
    assert_eq!(actual, expected, "parsing {text:?}");
}

fn s(text: &str) -> Json {
    Json::String(text.to_owned())
}

fn obj(members: &[(&str, Json)]) -> Json {
    Json::Object(
        members
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn literals_and_surrounding_whitespace_are_read() {
    check("null", Ok(Json::Null));
    check(" \t\r\n true \n", Ok(Json::Bool(true)));
    check("false", Ok(Json::Bool(false)));
}

#[test]
fn numbers_follow_the_json_grammar() {
    check("0", Ok(Json::Number(0.0)));
    check("-0", Ok(Json::Number(-0.0)));
    check("42", Ok(Json::Number(42.0)));
    check("-12.5e-3", Ok(Json::Number(-0.0125)));
    check("1E+2", Ok(Json::Number(100.0)));
    check("01", Err((K::InvalidNumber, 1, 1)));
    check("1.", Err((K::InvalidNumber, 1, 1)));
    check("-", Err((K::InvalidNumber, 1, 1)));
    check("1e", Err((K::InvalidNumber, 1, 1)));
    check(".5", Err((K::ExpectedValue, 1, 1)));
    check("+1", Err((K::ExpectedValue, 1, 1)));
    check("[1e999]", Err((K::NumberTooLarge, 1, 2)));
}

#[test]
fn every_escape_is_decoded() {
    check(r#""a\"\\\/\b\f\n\r\t""#, Ok(s("a\"\\/\u{8}\u{c}\n\r\t")));
    check(r#""\u00e9\u0041""#, Ok(s("éA")));
    check(r#""\ud83d\ude00""#, Ok(s("😀")));
    check("\"日本 😀\"", Ok(s("日本 😀")));
}

#[test]
fn broken_strings_point_at_the_mistake() {
    check("\"abc", Err((K::UnterminatedString, 1, 1)));
    check("\"a\nb\"", Err((K::ControlCharacter, 1, 3)));
    check(r#""\x""#, Err((K::InvalidEscape, 1, 2)));
    check(r#""\u12""#, Err((K::InvalidUnicodeEscape, 1, 2)));
    check(r#""\ud800""#, Err((K::LoneSurrogate, 1, 2)));
    check(r#""\udc00""#, Err((K::LoneSurrogate, 1, 2)));
    check(r#""\ud800\u0041""#, Err((K::LoneSurrogate, 1, 2)));
    check("\"\\", Err((K::UnexpectedEnd, 1, 2)));
}

#[test]
fn lists_and_groups_nest_and_keep_their_order() {
    check("[]", Ok(Json::Array(vec![])));
    check("{}", Ok(obj(&[])));
    check(
        r#"{"b": [1, {"c": null}], "a": "x"}"#,
        Ok(obj(&[
            (
                "b",
                Json::Array(vec![Json::Number(1.0), obj(&[("c", Json::Null)])]),
            ),
            ("a", s("x")),
        ])),
    );
}

#[test]
fn a_leading_byte_order_mark_is_ignored() {
    check("\u{feff}{}", Ok(obj(&[])));
}

#[test]
fn common_typing_mistakes_get_their_own_message() {
    check(r#"{"a": 1,}"#, Err((K::TrailingComma, 1, 9)));
    check("[1,]", Err((K::TrailingComma, 1, 4)));
    check(r#"{"a" 1}"#, Err((K::ExpectedColon, 1, 6)));
    check(r#"{"a": 1 "b": 2}"#, Err((K::ExpectedCommaOrBrace, 1, 9)));
    check("[1 2]", Err((K::ExpectedCommaOrBracket, 1, 4)));
    check("{'a': 1}", Err((K::SingleQuotes, 1, 2)));
    check("{“a”: 1}", Err((K::CurlyQuotes, 1, 2)));
    check(r#"{"language": es}"#, Err((K::UnquotedText, 1, 14)));
    check("{a: 1}", Err((K::ExpectedName, 1, 2)));
    check("{1: 1}", Err((K::ExpectedName, 1, 2)));
    check("True", Err((K::UnquotedText, 1, 1)));
    check("nul", Err((K::UnquotedText, 1, 1)));
    check("[1] x", Err((K::TrailingText, 1, 5)));
    check("@", Err((K::ExpectedValue, 1, 1)));
}

#[test]
fn text_that_stops_early_is_reported_at_its_end() {
    check("", Err((K::UnexpectedEnd, 1, 1)));
    check("  \n ", Err((K::UnexpectedEnd, 2, 2)));
    check("[", Err((K::UnexpectedEnd, 1, 2)));
    check(r#"{"a":"#, Err((K::UnexpectedEnd, 1, 6)));
    check(r#"{"a""#, Err((K::UnexpectedEnd, 1, 5)));
    check("[1", Err((K::UnexpectedEnd, 1, 3)));
}

#[test]
fn a_name_twice_in_one_group_is_an_error_but_not_in_different_groups() {
    check(
        r#"{"a": 1, "a": 2}"#,
        Err((K::DuplicateName("a".into()), 1, 10)),
    );
    check(
        r#"{"a": {"a": 1}}"#,
        Ok(obj(&[("a", obj(&[("a", Json::Number(1.0))]))])),
    );
}

#[test]
fn lines_and_columns_count_characters_from_one() {
    check(
        "{\n  \"accent\": \"#123\"\n  \"intro\": \"hi\"\n}",
        Err((K::ExpectedCommaOrBrace, 3, 3)),
    );
    check("{\"é😀\": 1 x}", Err((K::ExpectedCommaOrBrace, 1, 10)));
    let e = parse("{\n\n  \"a\": 1 \"b\": 2}").unwrap_err();
    assert_eq!(e.to_string(), "line 3, column 10: expected a comma or }");
}

#[test]
fn nesting_is_limited_to_sixteen_levels() {
    assert_eq!(MAX_DEPTH, 16);
    assert!(parse(&nested_arrays(MAX_DEPTH)).is_ok());
    check(&nested_arrays(MAX_DEPTH + 1), Err((K::TooDeep, 1, 17)));
    check(&nested_arrays(100_000), Err((K::TooLarge, 1, 1)));
    let objects = format!("{}1{}", "{\"a\":".repeat(17), "}".repeat(17));
    check(&objects, Err((K::TooDeep, 1, 16 * 5 + 1)));
}

#[test]
fn text_over_32_kib_is_refused_before_reading() {
    let just_fits = format!("\"{}\"", "a".repeat(MAX_BYTES - 2));
    assert!(parse(&just_fits).is_ok());
    let too_big = format!("\"{}\"", "a".repeat(MAX_BYTES - 1));
    check(&too_big, Err((K::TooLarge, 1, 1)));
}

#[test]
fn escape_writes_html_safe_literals() {
    assert_eq!(escape("plain"), r#""plain""#);
    assert_eq!(escape("a\"b\\c"), r#""a\"b\\c""#);
    assert_eq!(
        escape("</script><!--&'"),
        r#""\u003c/script\u003e\u003c!--\u0026\u0027""#
    );
    assert_eq!(
        escape("line\nbreak\ttab\u{1}"),
        r#""line\nbreak\ttab\u0001""#
    );
    assert_eq!(escape("\u{2028}\u{2029}"), r#""\u2028\u2029""#);
    assert_eq!(escape("é 😀"), "\"é 😀\"");
}

#[test]
fn display_writes_compact_json_that_reads_back() {
    let value = obj(&[
        (
            "n",
            Json::Array(vec![Json::Number(1.5), Json::Number(-3.0)]),
        ),
        ("t", s("<b>")),
        ("z", Json::Null),
    ]);
    let text = value.to_string();
    assert_eq!(text, r#"{"n":[1.5,-3],"t":"\u003cb\u003e","z":null}"#);
    assert_eq!(parse(&text), Ok(value));
}

/// Whether serde_json's reading of a text equals ours.
fn same(theirs: &serde_json::Value, ours: &Json) -> bool {
    use serde_json::Value as V;
    match (theirs, ours) {
        (V::Null, Json::Null) => true,
        (V::Bool(a), Json::Bool(b)) => a == b,
        (V::Number(a), Json::Number(b)) => a.as_f64() == Some(*b),
        (V::String(a), Json::String(b)) => a == b,
        (V::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (V::Object(a), Json::Object(b)) => {
            a.len() == b.len() && b.iter().all(|(k, v)| a.get(k).is_some_and(|a| same(a, v)))
        }
        _ => false,
    }
}

fn arbitrary_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i32>().prop_map(|n| Json::Number(f64::from(n))),
        // Quarters: exact in binary, so every reader agrees on them.
        any::<i32>().prop_map(|n| Json::Number(f64::from(n) / 4.0)),
        any::<String>().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn parse_never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn what_we_accept_serde_json_reads_the_same(text in r#"[\[\]{}",:0-9a-z\\ \n.eE+\-u]{0,64}"#) {
        if let Ok(ours) = parse(&text) {
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert!(same(&theirs, &ours), "{}", text);
        }
    }

    #[test]
    fn escape_reads_back_exactly_and_hides_html(s in any::<String>()) {
        let literal = escape(&s);
        prop_assert_eq!(parse(&literal), Ok(Json::String(s.clone())));
        let unsafe_in_html = ['<', '>', '&', '\'', '\u{2028}', '\u{2029}'];
        prop_assert!(!literal.contains(unsafe_in_html), "{}", literal);
        prop_assert!(!literal.chars().any(char::is_control));
        let theirs: String = serde_json::from_str(&literal).unwrap();
        prop_assert_eq!(theirs, s);
    }

    #[test]
    fn written_values_read_back_here_and_in_serde_json(value in arbitrary_json()) {
        let text = value.to_string();
        prop_assert_eq!(parse(&text), Ok(value.clone()));
        let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert!(same(&theirs, &value), "{text}");
    }

    #[test]
    fn whatever_serde_json_writes_we_read_the_same(value in arbitrary_json()) {
        let theirs = serde_json::from_str::<serde_json::Value>(&value.to_string()).unwrap();
        let text = serde_json::to_string_pretty(&theirs).unwrap();
        if text.len() <= MAX_BYTES {
            let ours = parse(&text).unwrap();
            prop_assert!(same(&theirs, &ours), "{text}");
        }
    }
}
