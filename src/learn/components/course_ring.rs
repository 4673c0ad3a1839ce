//! The real views, hosted by the course: the Ring view with its own ring reducer, set to the
//! step's scenario, and the step's run played on it once the student has answered; in chapter
//! 6, once answered, the Algorithms tab's comparison table on the same ring. Going back
//! rebuilds the earlier step's views the same way, so Back shows exactly what that step showed.

use yew::prelude::*;

use crate::algo::components::algo_compare::AlgoCompare;
use crate::algo::state::{AlgoAction, AlgoContext, AlgoState};
use crate::i18n::use_lang;
use crate::learn::components::course_copies::CourseCopies;
use crate::learn::copies::copies;
use crate::learn::course::Step;
use crate::learn::text::frame::F;
use crate::ring::components::ring_builder::RingBuilder;
use crate::ring::components::ring_view::RingView;
use crate::ring::state::{RingAction, RingContext, RingState};

/// Props of [`CourseRing`].
#[derive(Properties, PartialEq)]
pub struct CourseRingProps {
    /// The step shown.
    pub step: Step,
    /// Whether its run has played.
    pub revealed: bool,
    /// The keys whose copies a replication step shows (its question's options; empty for
    /// the ring's first keys).
    #[prop_or_default]
    pub keys: Vec<String>,
    /// Takes a node or key clicked on the ring as the answer, while the step asks for one.
    #[prop_or_default]
    pub onpick: Option<Callback<String>>,
}

/// The Ring view (or the comparison table) as the step sets it up.
#[function_component(CourseRing)]
pub fn course_ring(props: &CourseRingProps) -> Html {
    let lang = use_lang();
    let ring = use_reducer(|| RingState::from_fragment(props.step.setup()));
    let algo = use_reducer(|| AlgoState::from_fragment(""));
    {
        let (dispatch, algo) = (ring.dispatcher(), algo.dispatcher());
        use_effect_with((props.step, props.revealed), move |&(step, revealed)| {
            dispatch.dispatch(RingAction::LoadFragment(step.setup().to_string()));
            if let Some(table) = step.table() {
                algo.dispatch(AlgoAction::LoadFragment(table));
            }
            if revealed {
                for action in step.run() {
                    dispatch.dispatch(action);
                }
            }
        });
    }
    let table = props.revealed && props.step.table().is_some();
    let copies = use_memo((props.step, props.keys.clone()), |(step, keys)| {
        copies(*step, keys)
    });
    html! {
        <ContextProvider<RingContext> context={ring}>
        <ContextProvider<AlgoContext> context={algo}>
        <RingBuilder>
            if table {
                <div class="learn-table"><AlgoCompare course={true} /></div>
            } else {
                <figure class="learn-ring" aria-label={lang.t(F::RingCaption)}>
                    <RingView hide_about={!props.revealed} onpick={props.onpick.clone()} lessons={false} />
                </figure>
                if let Some(replicas) = props.step.replicas() {
                    <CourseCopies keys={(*copies).clone()} {replicas} revealed={props.revealed} />
                }
            }
        </RingBuilder>
        </ContextProvider<AlgoContext>>
        </ContextProvider<RingContext>>
    }
}
