//! The language menu: the client can switch language at any point without losing answers.

use yew::prelude::*;

use super::use_env;
use crate::domain::text::Locale;
use crate::edge;

/// Properties of [`LanguageMenu`].
#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    /// The language shown now.
    pub locale: Locale,
    /// Called with the language the client picks.
    pub on_locale: Callback<Locale>,
}

/// A labelled list of languages, each named in its own language.
#[component]
pub fn LanguageMenu(props: &LanguageMenuProps) -> Html {
    let env = use_env();
    let onchange = {
        let on_locale = props.on_locale.clone();
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
                    <option key={l.as_str()} value={l.as_str()} lang={l.as_str()} selected={*l == props.locale}>
                        { l.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}
