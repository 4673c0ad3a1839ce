//! The ring view alone, over its own ring reducer, in English and the light theme, with one
//! button per action (`#act0`, `#act1`, …) to dispatch it.

use ringlock::i18n::Lang;
use ringlock::ring::components::ring_view::RingView;
use ringlock::ring::state::{RingAction, RingContext, RingState};
use ringlock::ui::theme::Theme;
use yew::prelude::*;

use super::Mounted;

/// Props of [`RingHarness`].
#[derive(Properties, PartialEq)]
pub struct RingHarnessProps {
    /// The link fragment the ring is built from.
    pub fragment: String,
    /// The actions the buttons dispatch.
    pub actions: Vec<RingAction>,
}

/// The ring view with its providers and the action buttons.
#[function_component(RingHarness)]
pub fn ring_harness(props: &RingHarnessProps) -> Html {
    let state = use_reducer(|| RingState::from_fragment(&props.fragment));
    let buttons = props
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let (state, action) = (state.clone(), action.clone());
            let onclick = Callback::from(move |_: MouseEvent| state.dispatch(action.clone()));
            html! { <button class="test-action" id={format!("act{i}")} {onclick}>{ i }</button> }
        })
        .collect::<Html>();
    html! {
        <ContextProvider<Lang> context={Lang::En}>
        <ContextProvider<Theme> context={Theme::Light}>
        <ContextProvider<RingContext> context={state}>
            { buttons }
            <RingView />
        </ContextProvider<RingContext>>
        </ContextProvider<Theme>>
        </ContextProvider<Lang>>
    }
}

/// Mount the ring view on `fragment`, with a button for each of `actions`.
pub async fn mount(fragment: &str, actions: Vec<RingAction>) -> Mounted<RingHarness> {
    let props = RingHarnessProps {
        fragment: fragment.to_string(),
        actions,
    };
    Mounted::with_props(props).await
}
