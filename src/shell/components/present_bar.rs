//! The presenter mode's banner: what the keys do, and the way out.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::shell::export::text::X;
use crate::shell::state::{use_shell, ShellAction};

/// The banner shown while presenting.
#[function_component(PresentBar)]
pub fn present_bar() -> Html {
    let lang = use_lang();
    let shell = use_shell();
    let leave = Callback::from(move |_: MouseEvent| shell.dispatch(ShellAction::SetPresent(false)));
    html! {
        <div class="present-bar" role="status">
            <span>{ lang.t(X::PresentOn) }</span>
            <button type="button" class="small" aria-keyshortcuts="Escape" onclick={leave}>{ lang.t(X::PresentLeave) }</button>
        </div>
    }
}
