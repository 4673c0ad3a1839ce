//! The page header: name, tagline, language, theme, and the share link.

use yew::prelude::*;

use crate::i18n::common::C;
use crate::i18n::Lang;
use crate::shell::export::text::X;
use crate::shell::state::{use_shell, ShellAction};
use crate::ui::glossary_view::GlossaryView;
use crate::ui::theme::Theme;

/// The header bar.
#[function_component(Header)]
pub fn header() -> Html {
    let shell = use_shell();
    let lang = shell.lang;
    let copied = use_state(|| false);

    let on_lang = {
        let shell = shell.clone();
        move |next: Lang| {
            let shell = shell.clone();
            Callback::from(move |_: MouseEvent| shell.dispatch(ShellAction::SetLang(next)))
        }
    };
    let on_theme = {
        let shell = shell.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(theme) = Theme::from_code(&value) {
                shell.dispatch(ShellAction::SetTheme(theme));
            }
        })
    };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            if let Ok(href) = window.location().href() {
                let _ = window.navigator().clipboard().write_text(&href);
            }
            copied.set(true);
        })
    };
    let on_present = {
        let shell = shell.clone();
        Callback::from(move |_: MouseEvent| {
            shell.dispatch(ShellAction::SetPresent(!shell.view.present))
        })
    };
    let theme_option = |theme: Theme, label: C| {
        html! { <option value={theme.code()} selected={shell.theme == theme}>{ lang.t(label) }</option> }
    };

    html! {
        <header class="topbar">
            <div class="brand">
                <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
                    <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" stroke-width="3" />
                    <circle cx="16" cy="5" r="3.5" fill="#EE6677" />
                    <circle cx="25.5" cy="21.5" r="3.5" fill="#4477AA" />
                    <circle cx="6.5" cy="21.5" r="3.5" fill="#228833" />
                </svg>
                <div>
                    <h1>{ lang.t(C::AppName) }</h1>
                    <p class="tagline">{ lang.t(C::Tagline) }</p>
                </div>
            </div>
            <div class="toolbar">
                <GlossaryView />
                <div class="segmented" role="group" aria-label={lang.t(C::Language)}>
                    <button type="button" lang="en" aria-pressed={(lang == Lang::En).to_string()} onclick={on_lang(Lang::En)}>{ "EN" }</button>
                    <button type="button" lang="zh-CN" aria-pressed={(lang == Lang::Zh).to_string()} onclick={on_lang(Lang::Zh)}>{ "中文" }</button>
                </div>
                <label class="inline">
                    <span class="sr-only">{ lang.t(C::Theme) }</span>
                    <select aria-label={lang.t(C::Theme)} onchange={on_theme}>
                        { theme_option(Theme::System, C::ThemeSystem) }
                        { theme_option(Theme::Light, C::ThemeLight) }
                        { theme_option(Theme::Dark, C::ThemeDark) }
                    </select>
                </label>
                <button type="button" class="present-toggle" aria-pressed={shell.view.present.to_string()}
                    title={lang.t(X::PresentHelp)} aria-keyshortcuts="PageDown PageUp Escape" onclick={on_present}>
                    { lang.t(X::Present) }
                </button>
                <button type="button" class="primary" onclick={on_copy}>
                    { if *copied { lang.t(C::LinkCopied) } else { lang.t(C::CopyLink) } }
                </button>
            </div>
        </header>
    }
}
