//! The workers round the ring: up to [`DRAW_EACH`] a disc each (its number inside while they
//! are few), beyond that a tick each; either way one path per worker state, so a frame costs
//! a handful of elements however many workers there are. One focusable cursor stands on the
//! worker the keys have reached (the selected one): the ring is one tab stop and the arrow
//! keys go round it.

use std::fmt::Write;
use std::rc::Rc;

use ringlock_lock::{WorkerId, WorkerState};
use yew::prelude::*;

use super::Ctx;
use crate::lab::common::state_class;
use crate::lab::common::worker_summary;
use crate::lab::scene_layout::{discs_at, Frame, Pt, DRAW_EACH, NUMBERED};

/// Stretches of the ring drawn as paths of their own, per state.
///
/// The browser rasterises the scene in tiles, and each tile replays every path whose bounds
/// meet it: one path per state round the whole ring meant every tile went through all 1,000
/// ticks on every frame that changed any of them (most frames, early in a run). Split into
/// stretches, a tile goes through only the few that cross it, and a worker changing state
/// redraws only its stretch's bounds.
pub const STRETCHES: usize = 32;

/// Props of [`RingShapes`].
#[derive(Properties, PartialEq)]
pub struct RingShapesProps {
    /// The scene's geometry.
    pub frame: Frame,
    /// Each worker's `WorkerState::index`, by id.
    pub states: Rc<Vec<u8>>,
}

/// The ring's track and the workers' shapes ([`ring_shapes`]): a component of its own, so
/// that on a frame in which no worker changed state yew skips the ring whole, without
/// comparing its paths again.
#[function_component(RingShapes)]
pub fn ring_shapes_view(props: &RingShapesProps) -> Html {
    html! { <>{ track(props.frame) }{ ring_shapes(props.frame, &props.states) }</> }
}

/// The workers' shapes for their states (`WorkerState::index` of each, by id): one path per
/// state and stretch of the ring ([`STRETCHES`]), keyed so that a stretch that changed is the
/// only path that changes.
pub fn ring_shapes(f: Frame, states: &[u8]) -> Html {
    let n = states.len();
    let each = n <= DRAW_EACH;
    let r = f.worker_r(n);
    let mut paths: Vec<String> = vec![String::new(); WorkerState::ALL.len() * STRETCHES];
    for (i, &s) in states.iter().enumerate() {
        let stretch = i * STRETCHES / n;
        let Some(d) = paths.get_mut(usize::from(s) * STRETCHES + stretch) else {
            continue;
        };
        if each {
            d.push_str(&discs_at(std::iter::once(f.worker(i, n)), r));
        } else {
            let (a, b) = (f.worker_out(i, n, -7.0), f.worker_out(i, n, 7.0));
            let _ = write!(d, "M{:.1} {:.1}L{:.1} {:.1}", a.x, a.y, b.x, b.y);
        }
    }
    let shapes = paths
        .into_iter()
        .enumerate()
        .filter(|(_, d)| !d.is_empty())
        .map(|(k, d)| {
            let s = WorkerState::ALL[k / STRETCHES];
            html! {
                <path key={k} class={classes!(if each { "discs" } else { "ticks" }, state_class(s))} {d} />
            }
        });
    let numbers = (n <= NUMBERED).then(|| {
        (0..n).map(|i| {
            let at = f.worker(i, n);
            html! { <text class="sw-num" data-n={i.to_string()} x={at.sx()} y={format!("{:.1}", at.y + 3.5)}>{ i }</text> }
        }).collect::<Html>()
    });
    html! { <><g class="sw-shapes">{ for shapes }</g>{ for numbers }</> }
}

/// The ring's track: the ellipse in [`STRETCHES`] arcs, for the same reason as the shapes (a
/// tile goes through only the arcs that cross it).
fn track(f: Frame) -> Html {
    let at = |k: usize| {
        let a = std::f64::consts::TAU * k as f64 / STRETCHES as f64;
        Pt::new(f.c.x + f.rx * a.cos(), f.c.y + f.ry * a.sin())
    };
    (0..STRETCHES)
        .map(|k| {
            let (a, b) = (at(k), at(k + 1));
            let d = format!(
                "M{:.1} {:.1}A{} {} 0 0 1 {:.1} {:.1}",
                a.x, a.y, f.rx, f.ry, b.x, b.y
            );
            html! { <path class="ring-track" {d} /> }
        })
        .collect()
}

/// The ring (its track and shapes from [`RingShapes`]), with the selected worker's cursor and
/// the hovered one outlined.
pub fn workers_part(
    c: &Ctx,
    shapes: Html,
    selected: Option<WorkerId>,
    hovered: Option<WorkerId>,
) -> Html {
    let n = c.n;
    let each = n <= DRAW_EACH;
    let r = c.f.worker_r(n);
    let ring = r.max(8.0) + 2.0;
    let focus = selected
        .filter(|w| (w.0 as usize) < n)
        .unwrap_or(WorkerId(0));
    let cursor = c.sim.worker(focus).map(|w| {
        let at = c.f.worker(focus.0 as usize, n);
        html! {
            <circle class={classes!("sw-cursor", selected.is_some().then_some("selected"))} cx={at.sx()} cy={at.sy()}
                r={format!("{ring:.1}")} tabindex="0" role="button" data-sw={focus.0.to_string()}
                aria-label={worker_summary(c.lang, &w)} />
        }
    });
    let hover = hovered
        .filter(|&h| Some(h) != selected && (h.0 as usize) < n)
        .map(|h| {
            let at = c.f.worker(h.0 as usize, n);
            html! { <circle class="sw-hover" cx={at.sx()} cy={at.sy()} r={format!("{ring:.1}")} /> }
        });
    html! {
        <g class={classes!("scene-workers", (!each).then_some("aggregated"))} data-count={n.to_string()}>
            { shapes }
            { for hover }
            { for cursor }
        </g>
    }
}
