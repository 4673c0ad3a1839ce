//! The Algorithms tab: every placement algorithm on the Ring tab's keys, what each one
//! trades, and real clients' placement of the user's own servers and keys.

use yew::prelude::*;

use crate::components::algo_compare::AlgoCompare;
use crate::components::algo_compat::AlgoCompat;
use crate::components::algo_lessons::AlgoLessons;
use crate::components::algo_replicas::AlgoReplicas;

/// The tab panel.
#[function_component(AlgoView)]
pub fn algo_view() -> Html {
    html! {
        <main class="algo" id="panel-algo" role="tabpanel" aria-labelledby="tab-algo">
            <AlgoCompare />
            <AlgoReplicas />
            <AlgoLessons />
            <AlgoCompat />
        </main>
    }
}
