//! A view drawn in stages: [`Later`] draws its children a few frames after it is mounted, so a
//! large view (the Ring tab at 1,000 nodes) is created over several short tasks instead of one
//! long one, and each frame lays out and paints one stage, not all of them at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// [`Later`]'s properties.
#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// What is drawn once its turn comes.
    pub children: Html,
    /// How many frames after the mount: 1 is drawn in a task after the next frame, 2 a frame
    /// after that (so views in stage 2 are created after those in stage 1 have been laid out
    /// and painted).
    pub stage: u8,
}

/// What a stage waits on: a frame, then a task after it. Held only to be dropped: dropping
/// it cancels the wait.
enum Hop {
    Frame { _frame: AnimationFrame },
    Task { _task: Timeout },
}

/// Waits `hops` times for a frame and then a task (a zero-delay timeout queued from the
/// frame), then calls `done`.
fn after_frames(hops: u8, slot: Rc<RefCell<Option<Hop>>>, done: Callback<()>) {
    let next = slot.clone();
    let frame = request_animation_frame(move |_| {
        let again = next.clone();
        *next.borrow_mut() = Some(Hop::Task {
            _task: Timeout::new(0, move || {
                if hops <= 1 {
                    again.borrow_mut().take();
                    done.emit(());
                } else {
                    after_frames(hops - 1, again, done);
                }
            }),
        });
    });
    *slot.borrow_mut() = Some(Hop::Frame { _frame: frame });
}

/// Its children, drawn `stage` frames after it is first drawn; until then an empty placeholder. Once drawn, the children update like any others.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let ready = use_state(|| props.stage == 0);
    let timer = use_mut_ref(|| None::<Hop>);
    {
        let (ready, timer) = (ready.clone(), timer.clone());
        let stage = props.stage;
        use_effect_with((), move |_| {
            if !*ready {
                after_frames(
                    stage,
                    timer.clone(),
                    Callback::from(move |_| ready.set(true)),
                );
            }
            // Unmounted before its turn: the pending frame or timeout is dropped, so it never
            // fires.
            move || drop(timer.borrow_mut().take())
        });
    }
    if *ready {
        props.children.clone()
    } else {
        html! { <div class="later" aria-hidden="true"></div> }
    }
}
