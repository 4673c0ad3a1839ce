//! Animation time and redraw triggers: requestAnimationFrame loops whose handle lives in hook
//! state, so replacing or dropping it cancels the loop, and `prefers-reduced-motion` skips
//! straight to the last frame. Also the change epoch that restarts the move animation.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use crate::ring::action::LastChange;

/// Where a running loop keeps its next frame; `None` when idle.
pub type FrameSlot = Rc<RefCell<Option<AnimationFrame>>>;

/// Whether the user asked for less motion.
pub fn prefers_reduced_motion() -> bool {
    crate::ui::dom::matches_media("(prefers-reduced-motion: reduce)")
}

/// Call `frame(elapsed_ms)` on every animation frame until `duration_ms` has passed; the last
/// call gets exactly `duration_ms`. Any loop already in `slot` is cancelled first.
pub fn run_frames(slot: &FrameSlot, duration_ms: f64, frame: Rc<dyn Fn(f64)>) {
    fn next(slot: FrameSlot, start: Rc<Cell<Option<f64>>>, duration: f64, frame: Rc<dyn Fn(f64)>) {
        let again = Rc::clone(&slot);
        let handle = request_animation_frame(move |now| {
            let t0 = start.get().unwrap_or(now);
            start.set(Some(t0));
            let elapsed = (now - t0).min(duration);
            frame(elapsed);
            if elapsed < duration {
                next(again, start, duration, frame);
            } else {
                again.borrow_mut().take();
            }
        });
        *slot.borrow_mut() = Some(handle);
    }
    slot.borrow_mut().take();
    next(
        Rc::clone(slot),
        Rc::new(Cell::new(None)),
        duration_ms,
        frame,
    );
}

/// Call `f` once, on the next animation frame (after styles and layout are up to date, e.g.
/// a theme just switched on `<html>`). Any frame already waiting in `slot` is cancelled.
pub fn on_next_frame(slot: &FrameSlot, f: impl FnOnce() + 'static) {
    let again = Rc::clone(slot);
    let handle = request_animation_frame(move |_| {
        again.borrow_mut().take();
        f();
    });
    *slot.borrow_mut() = Some(handle);
}

/// Milliseconds since `trigger` last changed, advanced every animation frame up to
/// `duration_ms` (at once under reduced motion). The component re-renders on every frame of
/// the animation, so keep the one that calls this light.
#[hook]
pub fn use_tween<D>(trigger: D, duration_ms: f64) -> f64
where
    D: PartialEq + Clone + 'static,
{
    let state = use_state_eq(|| (None::<D>, 0.0));
    let slot: FrameSlot = use_mut_ref(|| None);
    {
        let (state, slot) = (state.clone(), slot.clone());
        use_effect_with(
            (trigger.clone(), duration_ms),
            move |(trigger, duration)| {
                let duration = *duration;
                if duration <= 0.0 || prefers_reduced_motion() {
                    slot.borrow_mut().take();
                    state.set((Some(trigger.clone()), duration.max(0.0)));
                } else {
                    let setter = state.setter();
                    let trigger = trigger.clone();
                    run_frames(
                        &slot,
                        duration,
                        Rc::new(move |elapsed| setter.set((Some(trigger.clone()), elapsed))),
                    );
                }
                move || {
                    slot.borrow_mut().take();
                }
            },
        );
    }
    match &state.0 {
        Some(t) if *t == trigger => state.1,
        _ => 0.0,
    }
}

/// A number that changes whenever the drawing may need repainting for reasons outside the
/// app state: the window was resized (or zoomed, which changes the pixel ratio), or the system
/// colour scheme flipped.
#[hook]
pub fn use_repaint_signal() -> u32 {
    let count = use_state_eq(|| 0u32);
    {
        let setter = count.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let seen = Rc::new(Cell::new(0u32));
            let bump = move |_: &web_sys::Event| {
                seen.set(seen.get().wrapping_add(1));
                setter.set(seen.get());
            };
            let resize = EventListener::new(&window, "resize", bump.clone());
            let scheme = window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .map(|mql| EventListener::new(&mql, "change", bump));
            move || drop((resize, scheme))
        });
    }
    *count
}

/// A number that grows with every change, also across loaded links (whose `seq` restarts).
/// The last change is held weakly, so its address cannot be reused while we compare with it.
#[hook]
pub fn use_change_epoch(last: Option<Rc<LastChange>>) -> u64 {
    let seen = use_mut_ref(|| (Weak::<LastChange>::new(), 0u64));
    let mut seen = seen.borrow_mut();
    if let Some(last) = last {
        if !std::ptr::eq(seen.0.as_ptr(), Rc::as_ptr(&last)) {
            seen.0 = Rc::downgrade(&last);
            seen.1 += 1;
        }
    }
    seen.1
}
