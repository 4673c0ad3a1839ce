//! Where the lock scene's flipbook is filmed: a private copy of the lab, drawn by the same
//! [`LabScene`] off screen, seeks through the frame times one after the other, and each
//! drawing is taken as the picture export takes the live one (`snapshot::take`).
//!
//! A copy, not the lab on screen: the lab state is shared through an `Rc` and copied on
//! write, so seeking the copy never touches the user's lab: its time, its playback, its
//! lesson and its link stay exactly as they were, even if it keeps playing meanwhile.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ringlock_lock::Time;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::lab::components::lab_scene::LabScene;
use crate::lab::state::{LabAction, LabContext, LabState};
use crate::shell::export::snapshot::take;

/// Props of [`FlipbookStage`].
#[derive(Properties, PartialEq)]
pub struct FlipbookStageProps {
    /// The lab as it was when the export was asked for.
    pub start: Rc<LabState>,
    /// The logical times to draw, strictly increasing.
    pub times: Rc<Vec<Time>>,
    /// The language the frames are drawn in (fixed for the whole film).
    pub lang: Lang,
    /// How many frames are taken so far.
    pub onprogress: Callback<usize>,
    /// Each frame's markup, in order; `None` if a frame could not be drawn.
    pub ondone: Callback<Option<Vec<String>>>,
}

/// The off-screen stage (mounted at the end of `<body>`, hidden from assistive technology
/// and out of the tab order).
#[function_component(FlipbookStage)]
pub fn flipbook_stage(props: &FlipbookStageProps) -> Html {
    let copy = {
        let start = props.start.clone();
        use_reducer(move || {
            let mut copy = (*start).clone();
            copy.playing = false;
            copy
        })
    };
    let wrapper = use_node_ref();
    let shots = use_mut_ref(Vec::<String>::new);
    // The frame the last seek was for: a seek that does not land there ends the film.
    let sought = use_mut_ref(|| None::<usize>);
    // Cancelled by drop when the stage goes.
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let copy = copy.clone();
        let wrapper = wrapper.clone();
        let times = props.times.clone();
        let (onprogress, ondone) = (props.onprogress.clone(), props.ondone.clone());
        use_effect_with(copy.version, move |_| {
            let index = shots.borrow().len();
            let Some(&due) = times.get(index) else { return };
            if copy.lab.now() != due {
                if *sought.borrow() == Some(index) {
                    return ondone.emit(None);
                }
                *sought.borrow_mut() = Some(index);
                return copy.dispatch(LabAction::Seek(due));
            }
            // The scene renders in the same pass as this effect, maybe after it: take it once
            // the pass is over.
            let dispatcher = copy.dispatcher();
            *timer.borrow_mut() = Some(Timeout::new(0, move || {
                let body = wrapper
                    .cast::<Element>()
                    .and_then(|w| w.query_selector("svg.scene").ok().flatten())
                    .and_then(|svg| take(&svg));
                let Some((_, body)) = body else {
                    return ondone.emit(None);
                };
                shots.borrow_mut().push(body);
                let taken = shots.borrow().len();
                onprogress.emit(taken);
                match times.get(taken) {
                    Some(&next) => {
                        *sought.borrow_mut() = Some(taken);
                        dispatcher.dispatch(LabAction::Seek(next));
                    }
                    None => {
                        let all = std::mem::take(&mut *shots.borrow_mut());
                        ondone.emit(Some(all));
                    }
                }
            }));
        });
    }
    let stage = html! {
        <div ref={wrapper} class="flipbook-stage" aria-hidden="true" inert={true}>
            <ContextProvider<Lang> context={props.lang}>
            <ContextProvider<LabContext> context={copy}>
                <LabScene />
            </ContextProvider<LabContext>>
            </ContextProvider<Lang>>
        </div>
    };
    create_portal(stage, gloo::utils::body().into())
}
