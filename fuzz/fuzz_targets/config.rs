//! Any text as counsellor settings: JSON, flat pairs and settings codes must never panic, and a
//! configuration that was accepted must survive its own JSON round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use missing_pieces_domain::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (config, _) = Config::from_json(text);
    let (again, problems) = Config::from_json(&config.to_json());
    assert_eq!(
        config, again,
        "a checked config changed on its way through JSON"
    );
    assert!(
        problems.is_empty(),
        "a checked config was rejected: {problems:?}"
    );
    let _ = Config::from_base64url(text);
    let pairs: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let _ = Config::from_pairs(&pairs);
});
