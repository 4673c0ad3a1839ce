//! Placeholder, replaced by the real component.

use yew::prelude::*;

/// Placeholder.
#[function_component(KeysPanel)]
pub fn keys_panel() -> Html {
    html! {}
}
