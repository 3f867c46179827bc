//! What the client can take away: print, download, copy, and the page's address for share links.
//! Nothing here sends anything anywhere; downloads are made in the browser from text.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::domain::text::Date;
use crate::domain::widget_key::WidgetKey;

/// Opens the browser's print dialog (where "Save as PDF" also lives). Embedded, the page then
/// prints this widget alone: `shadow-host.js` marks its element as the button is pressed.
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

/// `text` as a file named `name` (a `File`, made through the global constructor so no extra
/// browser bindings are needed).
fn file(name: &str, mime: &str, text: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&window, &"File".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &mime.into()).ok()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let args = js_sys::Array::of3(&parts, &name.into(), &options);
    js_sys::Reflect::construct(&constructor, &args).ok()
}

/// What to give `navigator.share` (and `canShare`) for one file.
fn share_data(file: &JsValue, title: &str) -> Option<js_sys::Object> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    Some(data)
}

/// The navigator's method `name`, if it has one.
fn navigator_method(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let method = js_sys::Reflect::get(&navigator, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((navigator, method))
}

/// Whether the browser can hand a file to the system's share sheet (Web Share with files: most
/// phones have it, most desktop browsers do not).
pub fn can_share_files() -> bool {
    let check = || -> Option<bool> {
        let (navigator, can_share) = navigator_method("canShare")?;
        navigator_method("share")?;
        let data = share_data(&file("check-in.txt", "text/plain", "")?, "")?;
        can_share.call1(&navigator, &data).ok()?.as_bool()
    };
    check().unwrap_or(false)
}

/// Opens the system's share sheet with `text` as the file `name`, so the client can send it by
/// email or another app of their choice; `done` is told whether it was shared (not when the
/// client closed the sheet, or the browser refused).
pub fn share_file(
    name: &str,
    mime: &str,
    text: &str,
    title: &str,
    done: impl FnOnce(bool) + 'static,
) {
    let promise = (|| -> Option<js_sys::Promise> {
        let (navigator, share) = navigator_method("share")?;
        let data = share_data(&file(name, mime, text)?, title)?;
        share.call1(&navigator, &data).ok()?.dyn_into().ok()
    })();
    let Some(promise) = promise else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
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

/// The answers of a share link in the page's address, if it is one for this widget (a link made
/// in another widget on the page is left to that one).
pub fn share_fragment(widget: &WidgetKey) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    widget
        .read_fragment(hash.strip_prefix('#')?)
        .map(str::to_owned)
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
