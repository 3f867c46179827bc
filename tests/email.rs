#![cfg(not(target_arch = "wasm32"))]
//! The short email to the counsellor: it fits every mail program, names the file to attach, and
//! carries no answer.

use missing_pieces::domain::email::{email_body, short_mailto, MAX_MAILTO_CHARS};
use missing_pieces::domain::i18n::{msg, Strings};
use missing_pieces::domain::text::Locale;

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
        let url = short_mailto(&to, &Strings::for_locale(locale), "check-in-2026-12-31.txt");
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
        let body = email_body(&strings, "check-in-2026-12-02.txt");
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
        assert_eq!(body.matches("\n\n").count(), 2, "three short paragraphs");
    }
    let english = email_body(&Strings::for_locale(Locale::En), "check-in-2026-12-02.txt");
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
    let url = short_mailto("hello@harbour.example", &strings, "check-in-2026-12-02.txt");
    assert!(url.len() < 400, "{} characters: {url}", url.len());
    assert!(
        url.contains("body=Hello%2C%0D%0A%0D%0AI%20did%20the%20check-in"),
        "{url}"
    );
}
