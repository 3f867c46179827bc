//! The short email a client sends their counsellor from the results.
//!
//! The whole summary does not go in the email: as a `mailto:` address it runs to thousands of
//! characters, more than some mail programs accept (a few take about 2,000). The client saves
//! the summary as a file instead, and the email, a few lines long, says the file is attached.
//! It holds no answer, so nothing private is in the address. Like every way out of the
//! check-in, it ends with where help is: what to do in danger and the counsellor's urgent-help
//! contacts (as many as the address has room for; the file lists them all).

use super::config::HelpContact;
use super::help::contact_line;
use super::i18n::{msg, vars, Strings};
use super::summary::mailto;

/// The longest `mailto:` address this module writes, in characters, for any language, email
/// address and date: well under what every mail program accepts.
pub const MAX_MAILTO_CHARS: usize = 1500;

/// The email's text, in the client's language: a greeting, a line naming the attached file
/// `file_name`, thanks, and where help is (the counsellor's `urgent_help` contacts among it),
/// separated by blank lines.
pub fn email_body(strings: &Strings, file_name: &str, urgent_help: &[HelpContact]) -> String {
    email_body_with_say(strings, file_name, urgent_help, false)
}

/// [`email_body`], with a line saying the file also holds the client's own choices about the
/// places to start when `said` (never the choices themselves: the address holds no answer).
pub fn email_body_with_say(
    strings: &Strings,
    file_name: &str,
    urgent_help: &[HelpContact],
    said: bool,
) -> String {
    let mut attached = strings.format(msg::EMAIL_ATTACHED, vars::File { file: file_name });
    if said {
        attached.push(' ');
        attached.push_str(strings.get(msg::EMAIL_SAY));
    }
    let mut help = vec![strings.get(msg::EMAIL_HELP).to_owned()];
    help.extend(urgent_help.iter().map(|c| format!("- {}", contact_line(c))));
    [
        strings.get(msg::EMAIL_HELLO).to_owned(),
        attached,
        strings.get(msg::EMAIL_THANKS).to_owned(),
        help.join("\n"),
    ]
    .join("\n\n")
}

/// The `mailto:` address of the short email to `to`, with the results' subject, naming the
/// attached `file_name`, with as many of the counsellor's `urgent_help` contacts, in their
/// order, as keep it within [`MAX_MAILTO_CHARS`].
pub fn short_mailto(
    to: &str,
    strings: &Strings,
    file_name: &str,
    urgent_help: &[HelpContact],
) -> String {
    short_mailto_with_say(to, strings, file_name, urgent_help, false)
}

/// [`short_mailto`], saying the file holds the client's own choices when `said` (see
/// [`email_body_with_say`]) and there is room once every contact that fits is in.
pub fn short_mailto_with_say(
    to: &str,
    strings: &Strings,
    file_name: &str,
    urgent_help: &[HelpContact],
    said: bool,
) -> String {
    let url = |contacts: &[HelpContact], said: bool| {
        mailto(
            to,
            strings.get(msg::SUMMARY_EMAIL_SUBJECT),
            &email_body_with_say(strings, file_name, contacts, said),
        )
    };
    // The counsellor's contacts come before the line about the client's choices: it is left
    // out first (the file holds the choices either way).
    (0..=urgent_help.len())
        .rev()
        .flat_map(|n| [(n, said), (n, false)])
        .map(|(n, said)| url(&urgent_help[..n], said))
        .find(|u| u.len() <= MAX_MAILTO_CHARS)
        .unwrap_or_else(|| url(&[], false))
}
