//! The keys the last change moved: counted and grouped into from → to flows for the counter
//! (by the core's `Ring::moved_keys`), and a sample of them animated on a canvas above
//! everything else.

use std::f64::consts::TAU;
use std::rc::Rc;

use ringlock_core::{KeyFlow, NodeId, Ring, Scheme};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::ring::components::ring_canvas::{canvas_angle, context, css_var};
use crate::ring::frames::{on_next_frame, prefers_reduced_motion, run_frames, FrameSlot};
use crate::ring::state::LastChange;
use crate::ring::view_data::KeyMode;
use crate::ring::view_data::Shared;
use crate::ui::geom::{angle_of, key_dot_radius, key_radius, mix, owner_color};

/// Most keys animated at once; the count stays exact. Each frame strokes and fills three
/// circles per key, so this bounds a frame's work (docs/benchmarks.md, "Heavy work off the main
/// thread"): at 1,500 dots a frame stays under the 50 ms long-task bound on a loaded machine.
pub const MAX_ANIMATED: usize = 1_500;
/// Length of the moved-keys animation.
pub const MOVE_MS: f64 = 2_400.0;

/// One animated key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FxDot {
    /// Its angle.
    pub angle: f64,
    /// Its lane radius.
    pub lane: f64,
    /// Owner before.
    pub from: Option<NodeId>,
    /// Owner after.
    pub to: Option<NodeId>,
    /// Its centre on the canvas (from `angle` and `lane`), computed once, not on every frame.
    pub at: (f64, f64),
}

/// What the last change did to the keys under one scheme.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveSet {
    /// Which change this is: grows with every change, also across loaded links (the app's
    /// `seq` restarts when a link is loaded).
    pub epoch: u64,
    /// The scheme counted.
    pub scheme: Scheme,
    /// Keys moved (exact).
    pub count: u64,
    /// Keys on the ring (the denominator of the percentage).
    pub keys: usize,
    /// Flows, largest first.
    pub flows: Vec<KeyFlow>,
    /// Up to [`MAX_ANIMATED`] moved keys, evenly spread over all of them.
    pub sample: Vec<FxDot>,
    /// Radius of an animated dot at rest: that of the SVG dots, or smaller among the
    /// tens of thousands of canvas dots.
    pub dot: f64,
}

impl MoveSet {
    /// The moves of `last` under `scheme`, computed on the ring as it is right after it.
    pub fn build(ring: &Ring, last: &LastChange, scheme: Scheme, epoch: u64) -> Option<MoveSet> {
        let moved = ring.moved_keys(&last.change, scheme, MAX_ANIMATED)?;
        let keys = ring.keys();
        let mode = KeyMode::for_keys(keys.len());
        let scattered = mode.scattered();
        let sample = moved
            .sample
            .iter()
            .map(|m| {
                let angle = angle_of(keys.hash(m.key).position);
                let lane = key_radius(m.key, scattered);
                let a = canvas_angle(angle);
                FxDot {
                    angle,
                    lane,
                    from: m.from,
                    to: m.to,
                    at: (lane * a.cos(), lane * a.sin()),
                }
            })
            .collect();
        Some(MoveSet {
            epoch,
            scheme,
            count: moved.count,
            keys: last.change.keys,
            flows: moved.flows,
            sample,
            dot: if mode == KeyMode::Svg {
                key_dot_radius(keys.len()) + 0.5
            } else {
                2.8
            },
        })
    }
}

/// Props of [`RingFx`].
#[derive(Properties, PartialEq)]
pub struct RingFxProps {
    /// The moves to show, if the last change moved keys.
    pub moves: Option<Shared<MoveSet>>,
    /// Changes when the canvas size or theme may have changed.
    pub repaint: (u32, crate::ui::theme::Theme),
}

/// The moved keys, on a canvas above the drawing: each pulses, then turns from its old
/// owner's colour to the new one's, and keeps a thin ring so the moved keys stay findable.
#[function_component(RingFx)]
pub fn ring_fx(props: &RingFxProps) -> Html {
    let canvas = use_node_ref();
    let slot: FrameSlot = use_mut_ref(|| None);
    let animated = use_mut_ref(|| 0u64);
    // Whether anything was painted since the canvas was last cleared.
    let painted = use_mut_ref(|| false);
    {
        let (canvas, slot, animated, painted) = (
            canvas.clone(),
            slot.clone(),
            animated.clone(),
            painted.clone(),
        );
        use_effect_with((props.moves.clone(), props.repaint), move |(moves, _)| {
            slot.borrow_mut().take();
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let Some(moves) = moves.clone() else {
                // Cleared in a frame, not here: sizing the canvas reads its layout, which
                // would lay the page out inside this render (the Ring tab's first stage at
                // 1,000 nodes spent 20 ms doing that). A canvas never painted is left alone.
                if painted.replace(false) {
                    on_next_frame(&slot, move || drop(context(&el)));
                }
                return;
            };
            *painted.borrow_mut() = true;
            let fresh = *animated.borrow() != moves.epoch;
            *animated.borrow_mut() = moves.epoch;
            if !fresh || prefers_reduced_motion() {
                on_next_frame(&slot, move || {
                    let surface = css_var(&el, "--surface", "#ffffff");
                    paint(&el, &moves, MOVE_MS, &surface);
                });
                return;
            }
            let surface = std::cell::OnceCell::new();
            run_frames(
                &slot,
                MOVE_MS,
                Rc::new(move |elapsed| {
                    let surface = surface.get_or_init(|| css_var(&el, "--surface", "#ffffff"));
                    paint(&el, &moves, elapsed, surface);
                }),
            );
        });
    }
    html! { <canvas ref={canvas} class="ring-fx" aria-hidden="true"></canvas> }
}

fn smooth(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// One frame of the animation, `elapsed` ms in.
fn paint(el: &HtmlCanvasElement, moves: &MoveSet, elapsed: f64, surface: &str) {
    let Some(ctx) = context(el) else { return };
    let p = elapsed / MOVE_MS;
    let pulse = (p / 0.4).clamp(0.0, 1.0);
    let blend = smooth((p - 0.2) / 0.5);
    let grow = (std::f64::consts::PI * (p / 0.6).clamp(0.0, 1.0)).sin();
    let base = moves.dot;
    let dot = base * (1.0 + 0.6 * grow);
    let mut i = 0;
    let dots = &moves.sample;
    while i < dots.len() {
        let (from, to) = (dots[i].from, dots[i].to);
        let mut j = i;
        while j < dots.len() && dots[j].from == from && dots[j].to == to {
            j += 1;
        }
        let run = &dots[i..j];
        let to_colour = owner_color(to);
        let fill = mix(owner_color(from), to_colour, blend);
        if pulse < 1.0 {
            ctx.set_global_alpha((1.0 - pulse) * 0.9);
            ctx.set_stroke_style_str(to_colour);
            ctx.set_line_width(base * 0.5);
            ctx.begin_path();
            let r = dot + base * 4.5 * pulse;
            for d in run {
                let (x, y) = d.at;
                ctx.move_to(x + r, y);
                let _ = ctx.arc(x, y, r, 0.0, TAU);
            }
            ctx.stroke();
        }
        // The lasting mark: a ring in the new owner's colour around each moved key.
        let ring = dot + base * 0.65;
        ctx.set_global_alpha(if p >= 1.0 { 0.85 } else { smooth(p / 0.3) });
        ctx.set_stroke_style_str(to_colour);
        ctx.set_line_width(base * 0.4);
        ctx.begin_path();
        for d in run {
            let (x, y) = d.at;
            ctx.move_to(x + ring, y);
            let _ = ctx.arc(x, y, ring, 0.0, TAU);
        }
        ctx.stroke();
        ctx.set_global_alpha(1.0);
        ctx.set_fill_style_str(&fill);
        ctx.set_stroke_style_str(surface);
        ctx.set_line_width(base * 0.27);
        ctx.begin_path();
        for d in run {
            let (x, y) = d.at;
            ctx.move_to(x + dot, y);
            let _ = ctx.arc(x, y, dot, 0.0, TAU);
        }
        ctx.fill();
        ctx.stroke();
        i = j;
    }
}
