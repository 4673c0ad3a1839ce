//! The real Ring view, hosted by the course: its own ring reducer, set to the step's scenario,
//! and the step's run played on it once the student has answered. Going back rebuilds the
//! earlier step's ring the same way, so Back shows exactly what that step showed.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::course::Step;
use crate::learn::text::frame::F;
use crate::ring::components::ring_view::RingView;
use crate::ring::state::{RingAction, RingContext, RingState};

/// Props of [`CourseRing`].
#[derive(Properties, PartialEq)]
pub struct CourseRingProps {
    /// The step shown.
    pub step: Step,
    /// Whether its run has played.
    pub revealed: bool,
}

/// The Ring view as the step sets it up.
#[function_component(CourseRing)]
pub fn course_ring(props: &CourseRingProps) -> Html {
    let lang = use_lang();
    let ring = use_reducer(|| RingState::from_fragment(props.step.setup()));
    {
        let dispatch = ring.dispatcher();
        use_effect_with((props.step, props.revealed), move |&(step, revealed)| {
            dispatch.dispatch(RingAction::LoadFragment(step.setup().to_string()));
            if revealed {
                for action in step.run() {
                    dispatch.dispatch(action);
                }
            }
        });
    }
    html! {
        <ContextProvider<RingContext> context={ring}>
            <figure class="learn-ring" aria-label={lang.t(F::RingCaption)}>
                <RingView hide_about={!props.revealed} />
            </figure>
        </ContextProvider<RingContext>>
    }
}
