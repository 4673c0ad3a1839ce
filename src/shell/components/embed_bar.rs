//! The one line of chrome an embedded page keeps: a link that opens the same state in the
//! full app, in a new tab (an iframe in slides is too small to work in).

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::shell::export::text::X;
use crate::shell::link::location_hash;
use crate::shell::view_mode::without_view;

/// The embedded page's bar.
#[function_component(EmbedBar)]
pub fn embed_bar() -> Html {
    let lang = use_lang();
    // Re-read on every render: the link follows the state as it is changed in the frame.
    let href = format!("#{}", without_view(&location_hash()));
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
