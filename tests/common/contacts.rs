//! A counsellor's urgent-help contact for the tests that need one.

use missing_pieces::domain::config::HelpContact;

/// Samaritans, as a counsellor in the UK would write it.
pub fn samaritans() -> HelpContact {
    HelpContact {
        name: "Samaritans".into(),
        phone: Some("116 123".into()),
        text: None,
        url: None,
        hours: Some("24 hours".into()),
    }
}
