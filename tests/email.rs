#![cfg(not(target_arch = "wasm32"))]
//! The short email to the counsellor: it fits every mail program, names the file to attach,
//! carries no answer, and ends with where help is.

use missing_pieces::domain::config::{HelpContact, MAX_HELP_CONTACTS, MAX_HELP_NAME, MAX_PHONE};
use missing_pieces::domain::email::{email_body, short_mailto, MAX_MAILTO_CHARS};
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::text::Locale;

#[path = "common/contacts.rs"]
mod contacts;
use contacts::samaritans;

/// The longest address the settings accept: 254 characters.
fn longest_address() -> String {
    format!(
        "{}@{}.example",
        "a".repeat(64),
        "b".repeat(254 - 64 - 1 - 8)
    )
}

#[test]
fn the_email_address_fits_every_mail_program_in_every_language() {
    let to = longest_address();
    assert_eq!(to.len(), 254);
    for locale in Locale::ALL {
        let url = short_mailto(
            &to,
            &Strings::for_locale(locale),
            "check-in-2026-12-31.txt",
            &[],
        );
        assert!(
            url.len() <= MAX_MAILTO_CHARS && MAX_MAILTO_CHARS < 2000,
            "{locale:?}: {} characters",
            url.len()
        );
        assert!(url.starts_with(&format!("mailto:{to}?subject=")), "{url}");
        assert!(url.is_ascii(), "{locale:?}: percent-encoded");
    }
}

#[test]
fn the_email_names_the_file_to_attach_in_the_clients_language() {
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let body = email_body(&strings, "check-in-2026-12-02.txt", &[]);
        assert!(
            body.contains("check-in-2026-12-02.txt"),
            "{locale:?}: {body}"
        );
        assert!(
            body.starts_with(strings.get(msg::EMAIL_HELLO)),
            "{locale:?}"
        );
        assert!(
            !body.contains("{ $file }") && !body.contains("email-"),
            "{locale:?}: {body}"
        );
        assert_eq!(
            body.matches("\n\n").count(),
            3,
            "three short paragraphs, then where help is"
        );
    }
    let english = email_body(
        &Strings::for_locale(Locale::En),
        "check-in-2026-12-02.txt",
        &[],
    );
    assert!(
        english.contains("I have attached it to this email."),
        "{english}"
    );
}

#[test]
fn the_email_carries_no_answer_and_the_same_words_whatever_the_answers() {
    // The body depends only on the language and the file's name: answers and notes stay in
    // the file the client chooses to attach.
    let strings = Strings::for_locale(Locale::En);
    let url = short_mailto(
        "hello@harbour.example",
        &strings,
        "check-in-2026-12-02.txt",
        &[],
    );
    assert!(url.len() < 600, "{} characters: {url}", url.len());
    assert!(
        url.contains("body=Hello%2C%0D%0A%0D%0AI%20did%20the%20check-in"),
        "{url}"
    );
}

#[test]
fn the_email_ends_with_where_help_is_and_the_counsellors_contacts_in_every_language() {
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let body = email_body(&strings, "check-in.txt", &[samaritans()]);
        let help = body.rsplit("\n\n").next().unwrap();
        assert!(
            help.starts_with(strings.get(msg::EMAIL_HELP)),
            "{locale:?}: {body}"
        );
        assert!(
            help.contains("- Samaritans: 116 123 (24 hours)"),
            "{locale:?}: {body}"
        );
        let url = short_mailto("a@b.example", &strings, "check-in.txt", &[samaritans()]);
        assert!(
            url.contains("Samaritans%3A%20116%20123"),
            "{locale:?}: {url}"
        );
    }
    let english = email_body(&Strings::for_locale(Locale::En), "check-in.txt", &[]);
    assert!(
        english.contains("Call your local emergency number"),
        "{english}"
    );
}

#[test]
fn the_most_and_longest_help_contacts_still_fit_every_mail_program() {
    // Names in Arabic letters take six characters each once percent-encoded: the worst case.
    let long = HelpContact {
        name: "ب".repeat(MAX_HELP_NAME),
        phone: Some("1".repeat(MAX_PHONE)),
        text: None,
        url: None,
        hours: None,
    };
    let contacts = vec![long; MAX_HELP_CONTACTS];
    let to = longest_address();
    for locale in Locale::ALL {
        let strings = Strings::for_locale(locale);
        let url = short_mailto(&to, &strings, "check-in-2026-12-31.txt", &contacts);
        assert!(url.len() <= MAX_MAILTO_CHARS, "{locale:?}: {}", url.len());
        let fewer = short_mailto(&to, &strings, "check-in-2026-12-31.txt", &[samaritans()]);
        assert!(
            fewer.contains("Samaritans"),
            "{locale:?}: a short contact fits"
        );
    }
}
