//! The canvas under the SVG: whatever is too numerous for DOM elements — vnode ticks and arcs
//! beyond a few thousand, keys beyond a couple of thousand (dots, then a density band).

use std::collections::HashMap;
use std::f64::consts::TAU;

use ringlock_core::{NodeId, Scheme};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};
use yew::prelude::*;

use crate::ring::frames::{on_next_frame, FrameSlot};
use crate::ring::view_data::{KeyMode, Shared, ViewData, ARC_BINS};
use crate::ui::geom::{
    dead_color, key_radius, owner_color, ARC_WIDTH, R_ARC, R_DENSITY_IN, R_DENSITY_OUT, R_TICK_IN,
    R_TICK_OUT, R_TRACK, VIEW_SIZE,
};
use crate::ui::palette;

/// A 2D context on `canvas`, its backing store sized to the CSS size × device pixel ratio,
/// cleared, and transformed so that drawing units match the SVG's viewBox. `None` while the
/// canvas has no size (not laid out yet).
pub fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    let ratio = gloo::utils::window().device_pixel_ratio().max(1.0);
    let css = f64::from(canvas.client_width());
    if css <= 0.0 {
        return None;
    }
    let px = (css * ratio).round() as u32;
    if canvas.width() != px || canvas.height() != px {
        canvas.set_width(px);
        canvas.set_height(px);
    }
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    let px = f64::from(px);
    let scale = px / VIEW_SIZE;
    ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok()?;
    ctx.clear_rect(0.0, 0.0, px, px);
    ctx.set_transform(scale, 0.0, 0.0, scale, px / 2.0, px / 2.0)
        .ok()?;
    Some(ctx)
}

/// A CSS custom property as computed on `element` (so it follows the theme), or `fallback`.
pub fn css_var(element: &Element, name: &str, fallback: &str) -> String {
    gloo::utils::window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value(name).ok())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

/// Canvas angles start at 3 o'clock; the ring's start at 12.
pub fn canvas_angle(degrees: f64) -> f64 {
    (degrees - 90.0).to_radians()
}

/// Props of [`RingCanvas`].
#[derive(Properties, PartialEq)]
pub struct RingCanvasProps {
    /// What to draw.
    pub view: Shared<ViewData>,
    /// Changes when the theme or the canvas size may have changed.
    pub repaint: (u32, crate::ui::theme::Theme),
}

/// The canvas layer of the ring.
#[function_component(RingCanvas)]
pub fn ring_canvas(props: &RingCanvasProps) -> Html {
    let canvas = use_node_ref();
    let slot: FrameSlot = use_mut_ref(|| None);
    {
        let (canvas, slot) = (canvas.clone(), slot.clone());
        use_effect_with((props.view.clone(), props.repaint), move |(view, _)| {
            let view = view.clone();
            on_next_frame(&slot, move || {
                if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                    if let Some(ctx) = context(&el) {
                        draw(&ctx, &el, &view);
                    }
                }
            });
        });
    }
    html! { <canvas ref={canvas} class="ring-canvas" aria-hidden="true"></canvas> }
}

fn draw(ctx: &CanvasRenderingContext2d, el: &Element, view: &ViewData) {
    if let Some(bins) = &view.bin_arcs {
        draw_arc_bins(ctx, bins, view.scheme);
    }
    if let Some(ticks) = &view.bin_ticks {
        ctx.set_stroke_style_str(&css_var(el, "--ring-track", "#dfe3ea"));
        ctx.set_line_width(6.0);
        ctx.begin_path();
        let _ = ctx.arc(0.0, 0.0, R_TRACK, 0.0, TAU);
        ctx.stroke();
        let mut groups: HashMap<(u32, bool), Vec<f64>> = HashMap::new();
        for t in ticks {
            groups
                .entry((t.node.0 % palette::PALETTE.len() as u32, t.alive))
                .or_default()
                .push(t.angle);
        }
        ctx.set_line_cap("butt");
        for ((colour, alive), angles) in groups {
            let node = NodeId(colour);
            if alive {
                ctx.set_stroke_style_str(palette::node_color(colour));
                ctx.set_line_width(2.5);
                let _ = ctx.set_line_dash(&js_sys::Array::new());
            } else {
                ctx.set_stroke_style_str(&dead_color(node));
                ctx.set_line_width(1.6);
                let dash = js_sys::Array::of2(&4.0_f64.into(), &3.0_f64.into());
                let _ = ctx.set_line_dash(&dash);
            }
            ctx.begin_path();
            for angle in angles {
                let a = canvas_angle(angle);
                let (c, s) = (a.cos(), a.sin());
                ctx.move_to(R_TICK_IN * c, R_TICK_IN * s);
                ctx.line_to(R_TICK_OUT * c, R_TICK_OUT * s);
            }
            ctx.stroke();
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    }
    match view.key_mode {
        KeyMode::Canvas => draw_dots(ctx, view),
        KeyMode::Density => draw_density(ctx, el, view),
        KeyMode::Svg => {}
    }
}

/// The arc band: runs of slices with the same owner, each one filled annular sector (a fill
/// rasterises in about half the time of the same arc stroked, docs/benchmarks.md).
fn draw_arc_bins(ctx: &CanvasRenderingContext2d, bins: &[Option<NodeId>], scheme: Scheme) {
    let width = 360.0 / ARC_BINS as f64;
    let (outer, inner) = (R_ARC + ARC_WIDTH / 2.0, R_ARC - ARC_WIDTH / 2.0);
    ctx.set_global_alpha(if scheme == Scheme::Ring { 1.0 } else { 0.35 });
    let mut start = 0;
    for end in 1..=bins.len() {
        if end < bins.len() && bins[end] == bins[start] {
            continue;
        }
        if let Some(owner) = bins[start] {
            let (from, to) = (
                canvas_angle(start as f64 * width),
                canvas_angle(end as f64 * width),
            );
            ctx.set_fill_style_str(palette::node_color(owner.0));
            ctx.begin_path();
            let _ = ctx.arc(0.0, 0.0, outer, from, to);
            let _ = ctx.arc_with_anticlockwise(0.0, 0.0, inner, to, from, true);
            ctx.close_path();
            ctx.fill();
        }
        start = end;
    }
    ctx.set_global_alpha(1.0);
}

/// Key dots scattered over a band, painted in ring order in runs of one colour (long runs on
/// the ring; under modulo, colours interleave and no colour is painted over the others).
fn draw_dots(ctx: &CanvasRenderingContext2d, view: &ViewData) {
    let Some(dots) = &view.dots else { return };
    let radius = if dots.len() > 20_000 { 1.8 } else { 2.5 };
    ctx.set_global_alpha(0.92);
    let mut current: Option<&'static str> = None;
    for d in dots {
        let colour = owner_color(d.owner);
        if current != Some(colour) {
            if current.is_some() {
                ctx.fill();
            }
            ctx.set_fill_style_str(colour);
            ctx.begin_path();
            current = Some(colour);
        }
        let a = canvas_angle(d.angle);
        let r = key_radius(d.key, true);
        let (x, y) = (r * a.cos(), r * a.sin());
        ctx.move_to(x + radius, y);
        let _ = ctx.arc(x, y, radius, 0.0, TAU);
    }
    if current.is_some() {
        ctx.fill();
    }
    ctx.set_global_alpha(1.0);
}

/// The density band: one annular wedge per slice, its depth the slice's share of the fullest.
fn draw_density(ctx: &CanvasRenderingContext2d, el: &Element, view: &ViewData) {
    let Some(bins) = &view.density else { return };
    let max = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let width = 360.0 / bins.len().max(1) as f64;
    ctx.set_stroke_style_str(&css_var(el, "--ring-track", "#dfe3ea"));
    ctx.set_line_width(1.5);
    ctx.begin_path();
    let _ = ctx.arc(0.0, 0.0, R_DENSITY_IN, 0.0, TAU);
    ctx.stroke();
    let mut groups: HashMap<&'static str, Vec<(f64, f64)>> = HashMap::new();
    for (i, bin) in bins.iter().enumerate() {
        if bin.count == 0 {
            continue;
        }
        let depth = f64::from(bin.count) / f64::from(max);
        groups
            .entry(owner_color(bin.owner))
            .or_default()
            .push((i as f64 * width, depth));
    }
    for (colour, wedges) in groups {
        ctx.set_fill_style_str(colour);
        ctx.begin_path();
        for (start, depth) in wedges {
            let outer = R_DENSITY_IN + (R_DENSITY_OUT - R_DENSITY_IN) * depth;
            let (a0, a1) = (canvas_angle(start), canvas_angle(start + width));
            // A slice is under a degree wide: a quadrilateral is indistinguishable from the
            // annular sector, and each one is its own subpath.
            let (c0, s0, c1, s1) = (a0.cos(), a0.sin(), a1.cos(), a1.sin());
            ctx.move_to(outer * c0, outer * s0);
            ctx.line_to(outer * c1, outer * s1);
            ctx.line_to(R_DENSITY_IN * c1, R_DENSITY_IN * s1);
            ctx.line_to(R_DENSITY_IN * c0, R_DENSITY_IN * s0);
            ctx.close_path();
        }
        ctx.fill();
    }
}
