//! The language menu: the client can switch language at any point without losing answers.

use yew::prelude::*;

use super::Env;
use crate::domain::text::Locale;
use crate::edge;

/// A labelled list of languages, each named in its own language; `on_locale` is called with
/// the language the client picks.
pub fn language_menu(env: &Env, on_locale: Callback<Locale>) -> Html {
    let onchange = {
        Callback::from(move |e: Event| {
            if let Some(locale) = edge::select_value(&e).as_deref().and_then(Locale::from_tag) {
                on_locale.emit(locale);
            }
        })
    };
    html! {
        <div class="mp-language">
            <label for="mp-language">{ env.t("language") }</label>
            <select id="mp-language" {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option key={l.as_str()} value={l.as_str()} lang={l.as_str()} selected={*l == env.locale}>
                        { l.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}
