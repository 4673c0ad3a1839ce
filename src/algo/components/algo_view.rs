//! The Algorithms tab: every placement algorithm on the Ring tab's keys, what each one
//! trades, and real clients' placement of the user's own servers and keys.

use yew::prelude::*;

use crate::algo::state::use_algo;
use crate::algo::state::AlgoAction;
use crate::algo::text::A;
use crate::i18n::common::C;

use crate::algo::components::algo_compare::AlgoCompare;
use crate::algo::components::algo_compat::AlgoCompat;
use crate::algo::components::algo_lessons::AlgoLessons;
use crate::algo::components::algo_replicas::AlgoReplicas;
use crate::algo::components::algo_scores::AlgoScores;
use crate::i18n::use_lang;
use crate::ring::components::build_status::BuildStatus;

/// The tab panel.
#[function_component(AlgoView)]
pub fn algo_view() -> Html {
    let state = use_algo();
    let lang = use_lang();
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(AlgoAction::DismissNotice))
    };
    html! {
        <div class="algo" id="panel-algo" role="tabpanel" aria-labelledby="tab-algo">
            if !state.bad_link.is_empty() {
                <div class="notice warn algo-notice" role="alert">
                    <span>{ lang.f(A::BadAlgoLink, &[&state.bad_link.join(", ")]) }</span>
                    <button type="button" onclick={dismiss}>{ lang.t(C::Dismiss) }</button>
                </div>
            }
            // A link with many keys: its keys are still being placed in the worker.
            <BuildStatus />
            <AlgoCompare />
            <AlgoReplicas />
            <AlgoScores lang={lang} />
            <AlgoLessons />
            <AlgoCompat />
        </div>
    }
}
