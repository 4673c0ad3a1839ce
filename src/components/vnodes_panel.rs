//! Placeholder, replaced by the real component.

use yew::prelude::*;

/// Placeholder.
#[function_component(VnodesPanel)]
pub fn vnodes_panel() -> Html {
    html! {}
}
