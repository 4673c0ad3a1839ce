//! Placeholder, replaced by the real component.

use yew::prelude::*;

/// Placeholder.
#[function_component(RingView)]
pub fn ring_view() -> Html {
    html! {}
}
