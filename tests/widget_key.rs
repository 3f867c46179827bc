#![cfg(not(target_arch = "wasm32"))]
//! Which widget on a page saved answers and share links belong to.

use missing_pieces::domain::config::Config;
use missing_pieces::domain::snapshot::STORAGE_KEY;
use missing_pieces::domain::widget_key::WidgetKey;
use proptest::prelude::*;

#[test]
fn the_first_widget_without_an_id_keeps_the_keys_a_page_always_had() {
    let first = WidgetKey::new(None, 0);
    assert!(first.is_default());
    assert_eq!(first.storage_key(), STORAGE_KEY);
    assert_eq!(first.share_fragment("mp1.en.x"), "mp1.en.x");
    assert_eq!(WidgetKey::new(Some("  "), 0), first, "a blank id is no id");
}

#[test]
fn other_widgets_are_named_by_their_place_or_their_id() {
    assert_eq!(WidgetKey::new(None, 1).storage_key(), "missing-pieces@2:v1");
    assert_eq!(
        WidgetKey::new(None, 2).share_fragment("mp1.en.x"),
        "w~3~mp1.en.x"
    );
    // An id wins over the place, so a widget keeps its answers when it moves.
    assert_eq!(
        WidgetKey::new(Some("intake"), 0),
        WidgetKey::new(Some("intake"), 4)
    );
    assert_eq!(
        WidgetKey::new(Some("intake"), 4).storage_key(),
        "missing-pieces@intake:v1"
    );
}

#[test]
fn no_widget_erases_or_reads_what_another_wrote() {
    let keys = [
        WidgetKey::new(None, 0),
        WidgetKey::new(None, 1),
        WidgetKey::new(Some("intake"), 0),
        WidgetKey::new(Some("intake-2"), 0),
    ];
    for (i, a) in keys.iter().enumerate() {
        for (j, b) in keys.iter().enumerate() {
            let erases = b.storage_key().starts_with(&a.storage_prefix());
            assert_eq!(erases, i == j, "{a:?} erasing {b:?}");
            let link = b.share_fragment("mp1.en.x");
            assert_eq!(
                a.read_fragment(&link).is_some(),
                i == j,
                "{a:?} reading {link}"
            );
        }
    }
}

#[test]
fn an_id_becomes_a_name_safe_in_any_address_and_storage() {
    let name = |id: &str| WidgetKey::new(Some(id), 0).share_fragment("");
    assert_eq!(name("Intake form #1"), "w~Intakeform1~");
    assert_eq!(name(&"x".repeat(60)), format!("w~{}~", "x".repeat(40)));
    // An id with nothing it can keep is no id: the widget keeps the keys of its place.
    assert_eq!(WidgetKey::new(Some("استقبال"), 0), WidgetKey::new(None, 0));
    assert_eq!(WidgetKey::new(Some("استقبال"), 1), WidgetKey::new(None, 1));
}

proptest! {
    /// The settings checker and the key agree: every `widget_id` the checker accepts names the
    /// key exactly as the counsellor wrote it, so saved answers are found under that name.
    #[test]
    fn every_widget_id_the_settings_accept_is_the_keys_name(id in "[A-Za-z0-9_-]{1,45}|.{0,12}") {
        let (config, _) = Config::from_pairs(&[("widget-id".to_owned(), id)]);
        prop_assume!(!config.widget_id.is_empty());
        let key = WidgetKey::new(Some(&config.widget_id), 3);
        prop_assert_eq!(key.share_fragment(""), format!("w~{}~", config.widget_id));
    }
}
