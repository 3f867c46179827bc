//! The shapes a contact's address, phone number and web address must have: plain predicates
//! over text, used by the checker (`read.rs`) and tested on their own.

use super::unicode::is_invisible;

/// One `@`, a non-empty local part, a domain of at least two non-empty dot-separated labels, and
/// none of the characters that could break a `mailto:` link or hide a second address.
pub fn is_email(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || is_invisible(c) || ",;<>()[]\\\":?#%".contains(c))
    {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// An optional leading `+`, then 3 to 20 ASCII digits with spaces, `-`, `(`, `)` or `.`.
pub fn is_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let mut digits = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            ' ' | '-' | '(' | ')' | '.' => {}
            _ => return false,
        }
    }
    (3..=20).contains(&digits)
}

/// An absolute `https://` address with a host (or `http://` to `localhost` or `127.0.0.1`, for
/// testing), without whitespace, invisible characters, backslashes, quotes, angle brackets or a
/// user name (`https://bank.example@evil.example`).
pub fn is_safe_url(s: &str) -> bool {
    if s.chars()
        .any(|c| c.is_whitespace() || is_invisible(c) || matches!(c, '\\' | '"' | '<' | '>' | '`'))
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let (rest, local_only) = if let Some(rest) = lower.strip_prefix("https://") {
        (rest, false)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (rest, true)
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return false;
    }
    let (host, port, bracketed) = match authority.strip_prefix('[') {
        Some(inner) => match inner.split_once(']') {
            Some((host, "")) => (host, "", true),
            Some((host, after)) => match after.strip_prefix(':') {
                Some(port) => (host, port, true),
                None => return false,
            },
            None => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, port, false),
            None => (authority, "", false),
        },
    };
    if port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) || host.is_empty() {
        return false;
    }
    if local_only {
        return !bracketed && (host == "localhost" || host == "127.0.0.1");
    }
    if bracketed {
        return host
            .chars()
            .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    host.split('.').all(|label| {
        // ASCII letters, digits and hyphens, or any non-ASCII letter of an international
        // name (checking those against Unicode's tables would add kilobytes to the widget).
        !label.is_empty()
            && label.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii() && !c.is_whitespace()
            })
    })
}
