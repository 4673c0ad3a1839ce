//! The pace of the lab's detail panels while it plays. The scene draws every frame, but the
//! panels beside it (the server, storage, the network, the workers, the log, the numbers)
//! are text and lists: redrawn 60 times a second they cost the browser more style, layout and
//! paint than the scene itself (a profile at 100 workers: more than half of the frame time
//! in the browser's own work), and nobody reads a number that changes every 17 ms. While the
//! lab plays each redraws every [`PACE_FRAMES`] frames; anything else (a pause, a step, an
//! action, a selection, an error) shows at once.

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use yew::UseReducerDispatcher;

use crate::lab::state::{use_lab, LabAction, LabContext, LabState};

/// While the lab plays, a detail panel redraws once every this many frames (200 ms at 60 fps),
/// each panel on its own frame of the cycle ([`Turn`]), so that a frame redraws at most one or
/// two panels, never all of them, and half the frames none: the frames that redraw a panel are
/// the ones that run long at 1,000 workers (docs/benchmarks.md, "The lock scene").
pub const PACE_FRAMES: u64 = 12;
/// Whatever the frames, a panel is never older than this (ms of page time).
pub const MAX_AGE_MS: f64 = 500.0;

thread_local! {
    static FRAME: Cell<u64> = const { Cell::new(0) };
}

/// Count one frame of the lab's playback (called by its frame loop).
pub fn count_frame() {
    FRAME.with(|f| f.set(f.get().wrapping_add(1)));
}

/// Which frame of the cycle a panel redraws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// The lock server and its queue.
    Server = 0,
    /// Storage.
    Storage = 1,
    /// Messages in flight.
    Flight = 2,
    /// The workers' grid.
    Workers = 3,
    /// The event log.
    Log = 4,
    /// The numbers and the chosen worker's card.
    Metrics = 5,
}

/// Whether a panel showing `shown` (`age` ms ago) must redraw for `now`, on a frame that is
/// (`turn`) or is not its turn.
pub fn stale(shown: &LabState, now: &LabState, age: f64, turn: bool) -> bool {
    !now.playing
        || !shown.playing
        || turn
        || !(0.0..MAX_AGE_MS).contains(&age)
        || shown.link_version != now.link_version
        || shown.selected != now.selected
        || shown.error != now.error
        || shown.lesson != now.lesson
        || shown.speed != now.speed
}

fn page_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The lab as a detail panel shows it: a snapshot that stays what it was between the panel's
/// turns, with the dispatcher of the lab as it is now.
///
/// A copy of the reducer's handle would not do: yew's `UseReducerHandle` reads the reducer's
/// current state whenever it is dereferenced, and compares by the state it held when it was
/// copied, so a panel given a copy kept from an earlier frame still drew the newest lab, and
/// props holding one never compared equal from frame to frame.
#[derive(Clone)]
pub struct PacedLab {
    state: Rc<LabState>,
    dispatch: UseReducerDispatcher<LabState>,
}

impl PacedLab {
    /// A snapshot of the lab as `lab` holds it now, dispatching through `lab`.
    pub fn now(lab: &LabContext) -> PacedLab {
        PacedLab {
            state: Rc::new((**lab).clone()),
            dispatch: lab.dispatcher(),
        }
    }

    /// Act on the lab as it is now.
    pub fn dispatch(&self, action: LabAction) {
        self.dispatch.dispatch(action);
    }
}

impl Deref for PacedLab {
    type Target = LabState;

    fn deref(&self) -> &LabState {
        &self.state
    }
}

impl PartialEq for PacedLab {
    fn eq(&self, other: &PacedLab) -> bool {
        Rc::ptr_eq(&self.state, &other.state) || *self.state == *other.state
    }
}

/// Props of a detail panel's body, given the paced lab by the panel: between the panel's
/// turns the snapshot is the same, so yew skips the body whole instead of building its view
/// again only to find nothing changed.
#[derive(yew::Properties, PartialEq)]
pub struct PacedProps {
    /// The lab as the panel shows it.
    pub lab: PacedLab,
}

/// The lab as a detail panel shows it: [`use_lab`], paced while it plays (redrawn on its
/// `turn` of every [`PACE_FRAMES`] frames). Actions dispatched through it act on the lab as it
/// is now.
#[yew::hook]
pub fn use_lab_paced(turn: Turn) -> PacedLab {
    let lab = use_lab();
    let shown = yew::use_mut_ref(|| (PacedLab::now(&lab), page_ms()));
    let now = page_ms();
    let on_turn = FRAME.with(Cell::get) % PACE_FRAMES == turn as u64;
    let mut shown = shown.borrow_mut();
    if stale(&shown.0, &lab, now - shown.1, on_turn) {
        *shown = (PacedLab::now(&lab), now);
    }
    shown.0.clone()
}

#[cfg(test)]
#[path = "paced_tests.rs"]
mod tests;
