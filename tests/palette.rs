#![cfg(not(target_arch = "wasm32"))]
//! The colours the settings checker measures are the colours the widget draws with: the
//! stylesheet's palette (`styles/widget.css`) is read here and held to the checker's constants
//! ([`Rgb`]), and to the colours the WordPress plugin measures against, so a designer's change to
//! one cannot leave the contrast rules checking a colour the widget no longer uses. The dark
//! scheme, which no setting changes, is held to the same contrast rules here.

use std::collections::HashMap;

use missing_pieces::domain::config::Rgb;
use missing_pieces::domain::config::MIN_CONTRAST;

const STYLESHEET: &str = include_str!("../styles/widget.css");
const PLUGIN_CHECKS: &str = include_str!("../wordpress/missing-pieces/includes/checks.php");

/// The `--mp-*` colours set in the first `.mp {` rule after `from`: the default of a
/// `var(--mp-theme-x, #colour)` or the plain `#colour`.
fn palette(from: &str) -> HashMap<String, Rgb> {
    let start = STYLESHEET
        .find(from)
        .expect("the palette's place in the stylesheet");
    let rule = &STYLESHEET[start..];
    let rule = &rule[rule.find(".mp {").expect("the .mp rule")..];
    let rule = &rule[..rule.find('}').expect("the end of the .mp rule")];
    rule.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_suffix(';')?.split_once(':')?;
            let hex = value
                .trim()
                .rsplit([' ', '('])
                .next()?
                .trim_end_matches(')');
            Some((name.trim().to_owned(), Rgb::from_hex(hex)?))
        })
        .collect()
}

fn light() -> HashMap<String, Rgb> {
    palette("\n.mp {")
}

fn dark() -> HashMap<String, Rgb> {
    palette("@media (prefers-color-scheme: dark) {\n  .mp {")
}

#[test]
fn the_stylesheet_draws_with_the_colours_the_checker_measures() {
    let light = light();
    assert_eq!(light["--mp-accent"], Rgb::DEFAULT_ACCENT);
    assert_eq!(light["--mp-accent-text"], Rgb::WHITE);
    assert_eq!(light["--mp-bg"], Rgb::DEFAULT_BACKGROUND);
    assert_eq!(light["--mp-text"], Rgb::TEXT);
    assert_eq!(light["--mp-muted"], Rgb::MUTED_TEXT);
    // A counsellor's colours replace only these two (the checker measures them against the rest).
    assert!(STYLESHEET.contains("--mp-accent: var(--mp-theme-accent, "));
    assert!(STYLESHEET.contains("--mp-bg: var(--mp-theme-bg, "));
}

#[test]
fn the_plugin_measures_against_the_same_colours() {
    for (colour, what) in [
        (Rgb::DEFAULT_ACCENT, "the default accent"),
        (Rgb::DEFAULT_BACKGROUND, "the default background"),
        (Rgb::MUTED_TEXT, "the muted text"),
        (Rgb::WHITE, "the button text"),
    ] {
        assert!(
            PLUGIN_CHECKS.contains(&format!("'{}'", colour.to_hex())),
            "checks.php does not measure against {what} ({})",
            colour.to_hex()
        );
    }
    assert!(PLUGIN_CHECKS.contains(&format!("'MISSING_PIECES_MIN_CONTRAST', {MIN_CONTRAST}")));
}

/// Text colours on the backgrounds they are drawn on, in each scheme, reach the contrast the
/// checker asks of a counsellor's colours.
#[test]
fn every_scheme_s_text_stands_out_from_its_backgrounds() {
    for (scheme, colours) in [("light", light()), ("dark", dark())] {
        for (text, behind) in [
            ("--mp-text", "--mp-bg"),
            ("--mp-text", "--mp-surface"),
            ("--mp-muted", "--mp-bg"),
            ("--mp-muted", "--mp-surface"),
            ("--mp-warm", "--mp-bg"),
            ("--mp-warm", "--mp-surface"),
            ("--mp-accent-text", "--mp-accent"),
            ("--mp-accent", "--mp-bg"),
        ] {
            let ratio = colours[text].contrast(colours[behind]);
            assert!(
                ratio >= MIN_CONTRAST,
                "{scheme}: {text} on {behind} has contrast {ratio:.2}:1"
            );
        }
    }
}
