//! Any text as a saved snapshot: decoding must never panic, and whatever decodes must encode and
//! decode to the same journey.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missing_pieces_domain::built_in::BuiltIn as _;
use missing_pieces_domain::content::Content;
use missing_pieces_domain::snapshot;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let content = Content::built_in();
    if let Ok(journey) = snapshot::decode(text, &content, true) {
        let again = snapshot::decode(&snapshot::encode(&journey), &content, true);
        assert_eq!(again.as_ref(), Ok(&journey));
    }
});
