//! The real lock lab, hosted by the course in chapters 7 and 8: the Lock lab's own view and
//! reducer, loaded with the step's run at time 0 (its crash or pause recorded ahead). Once the
//! student has answered, the run plays to the moment that answers the question (the stale
//! write reaching storage, the next grant, or the end when nobody is granted again); the lab's
//! time controls then play on, rewind and replay it. Going back rebuilds the earlier step's lab the same way.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::components::lab_view::LabView;
use crate::lab::state::{LabAction, LabContext, LabState};
use crate::learn::locks::LockRun;
use crate::learn::text::frame::F;

/// Props of [`CourseLab`].
#[derive(Properties, PartialEq)]
pub struct CourseLabProps {
    /// The run the step shows.
    pub run: LockRun,
    /// Whether it has played.
    pub revealed: bool,
}

/// The lock lab as the step sets it up.
#[function_component(CourseLab)]
pub fn course_lab(props: &CourseLabProps) -> Html {
    let lang = use_lang();
    let lab = use_reducer(|| LabState::from_fragment(&props.run.fragment()));
    {
        let dispatch = lab.dispatcher();
        use_effect_with((props.run, props.revealed), move |&(run, revealed)| {
            dispatch.dispatch(LabAction::LoadFragment(run.fragment()));
            if revealed {
                dispatch.dispatch(LabAction::Seek(run.outcome_at()));
            }
        });
    }
    html! {
        <ContextProvider<LabContext> context={lab}>
            <figure class="learn-lab" aria-label={lang.t(F::LabCaption)}>
                <LabView hosted={true} hide_outcome={!props.revealed} />
            </figure>
        </ContextProvider<LabContext>>
    }
}
