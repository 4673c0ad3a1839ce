//! The page notice: a link that could not be read, a link that had to leave keys out.

use yew::prelude::*;

use crate::i18n::common::C;
use crate::i18n::use_lang;
use crate::ring::state::use_ring;
use crate::ring::state::{Notice, RingAction, MAX_LINK_NAMED_CHARS};
use crate::ring::text::errors::scenario_error_text;

/// Notices above the main layout.
#[function_component(NoticeBar)]
pub fn notice_bar() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let truncated = {
        let app = app.clone();
        *use_memo((app.version, app.scheme), move |_| app.fragment().1)
    };
    let dismiss = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(RingAction::DismissNotice))
    };
    let bad_link = app.notice.as_ref().map(|Notice::BadLink(e)| {
        html! {
            <div class="notice warn" role="alert">
                <span>{ scenario_error_text(lang, e) }</span>
                <button type="button" onclick={dismiss}>{ lang.t(C::Dismiss) }</button>
            </div>
        }
    });
    html! {
        <>
            { for bad_link }
            if truncated {
                <div class="notice info" role="status">{ lang.f(C::LinkTruncated, &[&lang.num(MAX_LINK_NAMED_CHARS as u64)]) }</div>
            }
        </>
    }
}
