//! While the worker places a large key set: how far it has got, and a Cancel button. The
//! build itself runs in [`super::ring_builder::RingBuilder`], which the shell keeps mounted.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::ring_builder::BuildProgress;
use crate::ring::state::{use_ring, RingAction};
use crate::ring::text::view::R;

/// The build's progress and its Cancel button; nothing when no build runs.
#[function_component(BuildStatus)]
pub fn build_status() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let progress = use_context::<BuildProgress>().unwrap_or_default();
    let Some(build) = &app.build else {
        return html! {};
    };
    let total = build.keys;
    let done = if progress.id == build.id {
        progress.hashed.min(total)
    } else {
        0
    };
    let text = if done < total {
        lang.f(
            R::BuildHashing,
            &[&lang.num(done as u64), &lang.num(total as u64)],
        )
    } else {
        lang.f(R::BuildPlacing, &[&lang.num(total as u64)])
    };
    let on_cancel = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(RingAction::CancelBuild))
    };
    html! {
        <div class="build-status" role="status" aria-label={lang.t(R::BuildLabel)}>
            <progress max={total.to_string()} value={done.to_string()} aria-hidden="true"></progress>
            <span class="build-text">{ text }</span>
            <button type="button" class="small" onclick={on_cancel}
                aria-label={lang.t(R::BuildCancelLabel)}>{ lang.t(R::BuildCancel) }</button>
        </div>
    }
}
