//! Placeholder, replaced by the real component.

use yew::prelude::*;

/// Placeholder.
#[function_component(NodesPanel)]
pub fn nodes_panel() -> Html {
    html! {}
}
