//! The language and theme: read from storage (or the browser's language) at start, written
//! back and set on `<html>` whenever they change.

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::i18n::common::C;
use crate::i18n::Lang;
use crate::ui::theme::Theme;

/// localStorage key of the language.
pub const LANG_KEY: &str = "ringlock.lang";
/// localStorage key of the theme.
pub const THEME_KEY: &str = "ringlock.theme";

/// The stored language, else the browser's, else English.
pub fn initial_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(|| {
            gloo::utils::window()
                .navigator()
                .language()
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .unwrap_or_default()
}

/// The stored theme, else the system's.
pub fn initial_theme() -> Theme {
    LocalStorage::get::<String>(THEME_KEY)
        .ok()
        .and_then(|c| Theme::from_code(&c))
        .unwrap_or_default()
}

/// Language and theme: on `<html>`, in the page title, and remembered.
#[hook]
pub fn use_preferences_sync(lang: Lang, theme: Theme) {
    use_effect_with((lang, theme), move |_| {
        let root = gloo::utils::document_element();
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("data-theme", theme.code());
        gloo::utils::document().set_title(lang.t(C::PageTitle));
        let _ = LocalStorage::set(LANG_KEY, lang.tag());
        let _ = LocalStorage::set(THEME_KEY, theme.code());
    });
}
