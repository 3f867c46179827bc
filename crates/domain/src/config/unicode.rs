//! The characters a setting must not hide: Unicode's formatting characters and the others that
//! draw as nothing, listed by hand (Unicode's own tables would add kilobytes to the widget).

/// Whether `c` is an invisible formatting character (Unicode's general category Cf): direction
/// marks, embeddings, overrides and isolates, zero-width spaces and joiners, word joiners, the
/// byte order mark, soft hyphens, tags and the like. Listed by hand: Unicode's tables would add
/// kilobytes to the widget.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Whether `c` cannot be seen in a message or an address: a control or formatting character,
/// or one of the blank letters that draw as nothing.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || is_format(c)
        || matches!(
            c,
            '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}'
        )
}
