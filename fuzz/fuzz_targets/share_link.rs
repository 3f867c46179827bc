//! Any text as a share-link fragment: decoding must never panic, and whatever decodes must encode
//! to a link that decodes to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missing_pieces_domain::built_in::BuiltIn as _;
use missing_pieces_domain::content::Content;
use missing_pieces_domain::share;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let content = Content::built_in();
    if let Ok((answers, locale)) = share::decode(text, &content) {
        let link = share::encode(&answers, locale, &content);
        assert_eq!(share::decode(&link, &content), Ok((answers, locale)));
    }
});
