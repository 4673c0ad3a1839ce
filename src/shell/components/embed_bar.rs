//! The one line of chrome an embedded page keeps: a link that opens the same state in the
//! full app, in a new tab (an iframe in slides is too small to work in).

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::shell::export::text::X;
use crate::shell::view_mode::without_view;

/// Props of [`EmbedBar`].
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The page's link fragment as the app keeps it (so the link out follows every change).
    pub link: String,
}

/// The embedded page's bar.
#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    let lang = use_lang();
    let href = format!("#{}", without_view(&props.link));
    let full = gloo::utils::window()
        .location()
        .href()
        .ok()
        .and_then(|h| h.split('#').next().map(|base| format!("{base}{href}")))
        .unwrap_or(href);
    html! {
        <p class="embed-bar">
            <a href={full} target="_blank" rel="noopener">{ lang.t(X::OpenFull) }</a>
        </p>
    }
}
