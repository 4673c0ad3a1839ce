//! The course's notice: a link that named no step.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::state::{use_learn, LearnAction, LearnNotice};
use crate::learn::text::frame::F;

/// The notice above the course, if any.
#[function_component(LearnNoticeBar)]
pub fn learn_notice_bar() -> Html {
    let learn = use_learn();
    let lang = use_lang();
    let Some(notice) = learn.notice else {
        return html! {};
    };
    let text = match notice {
        LearnNotice::BadLink => lang.t(F::BadLink),
    };
    let dismiss = Callback::from(move |_: MouseEvent| learn.dispatch(LearnAction::DismissNotice));
    html! {
        <div class="notice warn learn-notice" role="alert">
            <span>{ text }</span>
            <button type="button" onclick={dismiss}>{ lang.t(F::Dismiss) }</button>
        </div>
    }
}
