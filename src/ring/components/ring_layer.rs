//! The SVG part of the ring that changes only with the ring: track, owned arcs, vnode ticks and
//! key dots (each only when few enough to be DOM elements; the canvas draws the rest).
//! Its props compare by pointer, so hovering and animating never re-render it.

use ringlock_core::{Scheme, Tick};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::ring_lookup::fmt;
use crate::ring::text::view::R;
use crate::ring::view_data::{KeyMode, Shared, ViewData, FOCUSABLE};
use crate::ui::geom::{
    arc_path, dead_color, fmt_angle, key_dot_radius, key_lane, owner_color, polar, ARC_WIDTH,
    R_ARC, R_TICK_IN, R_TICK_OUT, R_TRACK,
};
use crate::ui::palette;

/// Props of [`RingLayer`].
#[derive(Properties, PartialEq)]
pub struct RingLayerProps {
    /// What to draw.
    pub view: Shared<ViewData>,
    /// Interface language (for the labels of focusable items).
    pub lang: Lang,
}

/// The static SVG layer.
#[function_component(RingLayer)]
pub fn ring_layer(props: &RingLayerProps) -> Html {
    let view = &props.view;
    let lang = props.lang;
    let name_of = |id| view.node(id).map_or("", |n| n.name.as_str());

    let arcs = view.arcs.as_ref().map(|arcs| {
        let class = classes!(
            "ring-arcs",
            (view.scheme != Scheme::Ring).then_some("inactive")
        );
        html! {
            <g class={class} aria-hidden="true">
                { for arcs.iter().map(|a| {
                    // A hair of gap at the end of each run keeps neighbours apart.
                    let gap = if arcs.len() > 1 { (a.sweep * 0.15).min(0.5) } else { 0.0 };
                    html! {
                        <path class={format!("ring-arc node n{}", a.node.0)}
                            d={arc_path(R_ARC, a.start, a.sweep - gap)}
                            stroke={palette::node_color(a.node.0)} stroke-width={fmt(ARC_WIDTH)} />
                    }
                }) }
            </g>
        }
    });

    let ticks = view.ticks.as_ref().map(|ticks| {
        let focusable = ticks.len() <= FOCUSABLE;
        let one = |t: &Tick| {
            let (x1, y1) = polar(R_TICK_IN, t.angle);
            let (x2, y2) = polar(R_TICK_OUT, t.angle);
            let colour = if t.alive {
                palette::node_color(t.node.0).to_string()
            } else {
                dead_color(t.node)
            };
            let class = format!(
                "ring-tick node n{}{}",
                t.node.0,
                if t.alive { "" } else { " dead" }
            );
            let label = focusable.then(|| {
                let state = lang.t(if t.alive { R::Live } else { R::Dead });
                let name = view.tick_labels.get(t.point).map_or("", String::as_str);
                lang.f(R::VnodeAria, &[&name, &state, &fmt_angle(t.angle)])
            });
            let head = (!t.alive).then(|| {
                let (hx, hy) = polar(R_TICK_OUT + 7.0, t.angle);
                html! {
                    <circle class={format!("ring-tick-head node n{}", t.node.0)} cx={fmt(hx)} cy={fmt(hy)}
                        r="5.5" stroke={colour.clone()} />
                }
            });
            html! {
                <>
                    <line class={class} x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)}
                        stroke={colour.clone()} data-pt={t.point.to_string()}
                        tabindex={focusable.then_some("-1")} role={focusable.then_some("img")}
                        aria-label={label} />
                    { for head }
                </>
            }
        };
        html! {
            <g class="ring-ticks" aria-hidden={(!focusable).then_some("true")}>
                { for ticks.iter().map(one) }
            </g>
        }
    });

    let keys = (view.key_mode == KeyMode::Svg)
        .then_some(view.dots.as_ref())
        .flatten()
        .map(|dots| {
            let focusable = dots.len() <= FOCUSABLE;
            let r = fmt(key_dot_radius(dots.len()));
            html! {
                <g class="ring-keys" aria-hidden={(!focusable).then_some("true")}>
                    { for dots.iter().map(|d| {
                        let (x, y) = polar(key_lane(d.key), d.angle);
                        let owner = d.owner.map_or("", name_of);
                        let label = focusable.then(|| {
                            let name = view.key_names.get(d.slot).map_or("", String::as_str);
                            let owner = if owner.is_empty() { lang.t(R::NoOwner) } else { owner };
                            lang.f(R::KeyAria, &[&name, &owner, &fmt_angle(d.angle)])
                        });
                        let class = match d.owner {
                            Some(id) => format!("ring-key node n{}", id.0),
                            None => "ring-key".to_string(),
                        };
                        html! {
                            <circle class={class} cx={fmt(x)} cy={fmt(y)} r={r.clone()}
                                fill={owner_color(d.owner)} data-slot={d.slot.to_string()}
                                tabindex={focusable.then_some("-1")} role={focusable.then_some("img")}
                                aria-label={label} />
                        }
                    }) }
                </g>
            }
        });

    let (mx, my) = polar(R_ARC + ARC_WIDTH / 2.0 + 24.0, 0.0);
    html! {
        <g class="ring-layer">
            if view.ticks.is_some() {
                <circle class="ring-track" r={fmt(R_TRACK)} />
            }
            <g class="ring-origin" aria-hidden="true">
                <text x={fmt(mx - 12.0)} y={fmt(my + 6.0)} text-anchor="end">{ lang.t(R::TopMark) }</text>
                <path class="ring-clockwise" d={arc_path(R_ARC + ARC_WIDTH / 2.0 + 16.0, 1.5, 9.0)} />
                <path class="ring-clockwise-head" d={clockwise_head()} />
            </g>
            { for arcs }
            { for ticks }
            { for keys }
        </g>
    }
}

/// The arrow head at the end of the little "clockwise" arc by the top mark.
fn clockwise_head() -> String {
    let r = R_ARC + ARC_WIDTH / 2.0 + 16.0;
    let (x, y) = polar(r, 11.5);
    let (ax, ay) = polar(r - 7.0, 8.5);
    let (bx, by) = polar(r + 7.0, 8.5);
    format!("M{ax:.1} {ay:.1}L{x:.1} {y:.1}L{bx:.1} {by:.1}")
}
