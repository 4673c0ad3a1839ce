//! Placeholder, replaced by the real component.

use yew::prelude::*;

/// Placeholder.
#[function_component(StatsPanel)]
pub fn stats_panel() -> Html {
    html! {}
}
