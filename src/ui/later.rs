//! A view drawn in stages: [`Later`] draws its children a few frames after it is mounted, so a
//! large view (the Ring tab at 1,000 nodes) is created over several short tasks instead of one
//! long one, and each frame lays out and paints one stage, not all of them at once.
//!
//! [`when_drawn`] waits until no stage is left to draw: work that would compete with the
//! stages for the machine (a worker hashing a million keys takes a whole core) starts then.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
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

thread_local! {
    /// How many [`Later`]s are mounted and still waiting for their turn.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// One [`Later`] still waiting: counted in [`WAITING`] from its creation until it is dropped
/// (its turn came, or it was unmounted first).
struct Waiting;

impl Waiting {
    fn new() -> Waiting {
        WAITING.with(|w| w.set(w.get() + 1));
        Waiting
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.with(|w| w.set(w.get().saturating_sub(1)));
    }
}

/// How many [`Later`]s are mounted and still waiting for their turn.
pub fn waiting() -> usize {
    WAITING.with(Cell::get)
}

/// A wait started by [`when_drawn`]; dropping it cancels the wait.
pub struct WhenDrawn {
    hop: Rc<RefCell<Option<Hop>>>,
    /// Ends the wait if the page is hidden while it waits.
    _hidden: Option<EventListener>,
}

impl Drop for WhenDrawn {
    /// The pending frame or task holds the slot it is kept in: take it out, so it is dropped
    /// (and never fires) now.
    fn drop(&mut self) {
        drop(self.hop.borrow_mut().take());
    }
}

/// Puts in `slot` a task that calls `done` (dropping whatever waited there).
fn in_a_task(slot: &Rc<RefCell<Option<Hop>>>, done: Callback<()>) {
    let task = Hop::Task {
        _task: Timeout::new(0, move || done.emit(())),
    };
    let before = slot.borrow_mut().replace(task);
    drop(before);
}

/// Calls `done` in a task after a frame in which no [`Later`] is waiting: the stages mounted
/// so far are drawn, and so are any they brought (a stage's children may hold stages of their
/// own, which are counted as soon as they are mounted, in the same task).
///
/// A hidden page gets no frames, so nothing is drawn that the work could compete with: there
/// `done` is called in the next task (a link opened in a background tab gets its keys
/// meanwhile), and so it is if the page is hidden while the wait goes on (the tab switched
/// away from). `done` is called once.
pub fn when_drawn(done: Callback<()>) -> WhenDrawn {
    let slot = Rc::new(RefCell::new(None));
    let document = gloo::utils::document();
    if document.hidden() {
        in_a_task(&slot, done);
        return WhenDrawn {
            hop: slot,
            _hidden: None,
        };
    }
    let fired = Rc::new(Cell::new(false));
    let done = {
        let fired = fired.clone();
        Callback::from(move |_| {
            if !fired.replace(true) {
                done.emit(());
            }
        })
    };
    check_drawn(slot.clone(), done.clone());
    let hidden = {
        let slot = slot.clone();
        EventListener::new(&document, "visibilitychange", move |_| {
            if !fired.get() && gloo::utils::document().hidden() {
                in_a_task(&slot, done.clone());
            }
        })
    };
    WhenDrawn {
        hop: slot,
        _hidden: Some(hidden),
    }
}

fn check_drawn(slot: Rc<RefCell<Option<Hop>>>, done: Callback<()>) {
    let again = slot.clone();
    after_frames(
        1,
        slot,
        Callback::from(move |_| {
            if waiting() == 0 {
                done.emit(());
            } else {
                check_drawn(again.clone(), done.clone());
            }
        }),
    );
}

/// Its children, drawn `stage` frames after it is first drawn; until then an empty placeholder. Once drawn, the children update like any others.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let ready = use_state(|| props.stage == 0);
    let timer = use_mut_ref(|| None::<Hop>);
    // Counted as waiting from its first render, so a stage mounted with others is counted in
    // the same task.
    let counted = use_mut_ref(|| (props.stage != 0).then(Waiting::new));
    {
        let (ready, timer) = (ready.clone(), timer.clone());
        let stage = props.stage;
        use_effect_with((), move |_| {
            if !*ready {
                let turn = counted.clone();
                after_frames(
                    stage,
                    timer.clone(),
                    Callback::from(move |_| {
                        ready.set(true);
                        turn.borrow_mut().take();
                    }),
                );
            }
            // Unmounted before its turn: the pending frame or timeout is dropped, so it never
            // fires, and it no longer counts as waiting.
            move || {
                drop(timer.borrow_mut().take());
                drop(counted.borrow_mut().take());
            }
        });
    }
    if *ready {
        props.children.clone()
    } else {
        html! { <div class="later" aria-hidden="true"></div> }
    }
}
