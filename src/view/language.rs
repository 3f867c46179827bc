//! The language menu: the client can switch language at any point without losing answers.

use yew::prelude::*;

use super::Env;
use crate::domain::i18n::msg;
use crate::domain::text::Locale;

/// A labelled row of languages, each named in its own language, the current one pressed;
/// `on_locale` is called with the language the client picks.
///
/// Buttons rather than a `<select>`: one tap to switch on a phone, and a `<select>` on the first
/// screen costs the browser about 10 ms more to style the first time it is drawn.
pub fn language_menu(env: &Env, on_locale: Callback<Locale>) -> Html {
    html! {
        <div class="mp-language" role="group" aria-labelledby="mp-language-label">
            <span id="mp-language-label">{ env.t(msg::LANGUAGE) }</span>
            { for Locale::ALL.iter().map(|&locale| {
                let on_locale = on_locale.clone();
                html! {
                    <button
                        type="button"
                        class="mp-link"
                        lang={locale.as_str()}
                        aria-pressed={(locale == env.locale).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| on_locale.emit(locale))}
                    >
                        { locale.native_name() }
                    </button>
                }
            }) }
        </div>
    }
}
