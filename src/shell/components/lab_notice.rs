//! A lab link that could not be read: the default lab opened instead, and this says why.

use yew::prelude::*;

use crate::i18n::common::C;
use crate::i18n::use_lang;
use crate::lab::state::use_lab;
use crate::lab::state::LabAction;
use crate::lab::text::errors::link_error_text;

/// The notice, when there is one.
#[function_component(LabNotice)]
pub fn lab_notice() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let Some(error) = lab.notice else {
        return html! {};
    };
    let dismiss = {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::DismissNotice))
    };
    html! {
        <div class="notice warn lab-notice" role="alert">
            <span>{ link_error_text(lang, &error) }</span>
            <button type="button" onclick={dismiss}>{ lang.t(C::Dismiss) }</button>
        </div>
    }
}
