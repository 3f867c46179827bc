//! What the client can take away: print, download, copy, and the page's address for share links.
//! Nothing here sends anything anywhere; downloads are made in the browser from text.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::domain::text::Date;

/// Opens the browser's print dialog (where "Save as PDF" also lives).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    attempt().is_some()
}

/// Copies `text` to the clipboard; `done` is told whether it worked.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    // Without a secure context the clipboard object is missing; calling it would throw.
    if JsValue::from(clipboard.clone()).is_undefined() {
        done(false);
        return;
    }
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The page's address without its fragment, for share links.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The page's fragment without `#`, if it is one of this widget's share links.
pub fn share_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    fragment.starts_with("mp").then(|| fragment.to_owned())
}

/// Takes the share link out of the address bar once read, so a reload or a bookmark does not
/// keep the answers in view.
pub fn clear_fragment() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// Today's date on the device's clock.
pub fn today() -> Date {
    let date = js_sys::Date::new_0();
    Date {
        year: u16::try_from(date.get_full_year()).unwrap_or(2000),
        month: u8::try_from(date.get_month() + 1).unwrap_or(1),
        day: u8::try_from(date.get_date()).unwrap_or(1),
    }
}
