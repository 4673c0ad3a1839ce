//! The mark on whatever key or vnode is pointed at or selected: a halo, a guide to the hub, and
//! what it means on the ring — a key's clockwise step to its vnode, a vnode's arc of keys.

use ringlock_core::{NodeId, Ring, Scheme};
use yew::prelude::*;

use crate::ring::components::ring_hub::HubContent;
use crate::ring::components::ring_lookup::fmt;
use crate::ring::pick::{previous_live, Target};
use crate::ring::view_data::ViewData;
use crate::ui::geom::{
    angle_of, arc_path, dead_color, key_dot_radius, key_radius, owner_color, polar, sector_path,
    R_DENSITY_IN, R_HUB, R_TICK_IN, R_TICK_OUT, R_TRACK,
};

/// What to highlight.
#[derive(Clone, Debug, PartialEq)]
pub enum Highlight {
    /// A key.
    Key {
        /// Its angle.
        angle: f64,
        /// Its lane radius.
        lane: f64,
        /// Its dot radius.
        dot: f64,
        /// Its colour.
        colour: String,
        /// Angle and colour of its vnode on the ring, when the ring is the scheme shown.
        vnode: Option<(f64, String)>,
    },
    /// A vnode.
    Vnode {
        /// Its angle.
        angle: f64,
        /// Its colour.
        colour: String,
        /// Where the arc it closes starts (live vnodes only).
        arc_from: Option<f64>,
    },
}

/// Props of [`RingHighlight`].
#[derive(Properties, PartialEq)]
pub struct RingHighlightProps {
    /// What to highlight.
    pub target: Highlight,
}

/// The highlight (an SVG group).
#[function_component(RingHighlight)]
pub fn ring_highlight(props: &RingHighlightProps) -> Html {
    match &props.target {
        Highlight::Key {
            angle,
            lane,
            dot,
            colour,
            vnode,
        } => {
            let (x, y) = polar(*lane, *angle);
            let (gx, gy) = polar(R_HUB, *angle);
            let (ix, iy) = polar(lane - dot - 6.0, *angle);
            let step = vnode.as_ref().map(|(to, c)| {
                let sweep = (to - angle).rem_euclid(360.0);
                let (vx, vy) = polar(R_TRACK, *to);
                html! {
                    <>
                        <path class="hl-step" d={arc_path(R_TRACK, *angle, sweep)} stroke={c.clone()} />
                        <circle class="hl-step-end" cx={fmt(vx)} cy={fmt(vy)} r="8" fill={c.clone()} />
                    </>
                }
            });
            html! {
                <g class="ring-highlight" aria-hidden="true">
                    <line class="hl-guide" x1={fmt(gx)} y1={fmt(gy)} x2={fmt(ix)} y2={fmt(iy)} />
                    { for step }
                    <circle class="hl-halo" cx={fmt(x)} cy={fmt(y)} r={fmt(dot + 6.0)} />
                    <circle class="hl-dot" cx={fmt(x)} cy={fmt(y)} r={fmt(dot + 1.5)} fill={colour.clone()} />
                </g>
            }
        }
        Highlight::Vnode {
            angle,
            colour,
            arc_from,
        } => {
            let (x1, y1) = polar(R_TICK_IN - 8.0, *angle);
            let (x2, y2) = polar(R_TICK_OUT + 8.0, *angle);
            let (gx, gy) = polar(R_HUB, *angle);
            let arc = arc_from.map(|from| {
                let sweep = (angle - from).rem_euclid(360.0);
                let sweep = if sweep == 0.0 { 360.0 } else { sweep };
                html! {
                    <path class="hl-arc" d={sector_path(R_DENSITY_IN - 6.0, R_TICK_IN - 4.0, from, sweep)}
                        fill={colour.clone()} />
                }
            });
            html! {
                <g class="ring-highlight" aria-hidden="true">
                    { for arc }
                    <line class="hl-guide" x1={fmt(gx)} y1={fmt(gy)} x2={fmt(x1)} y2={fmt(y1)} />
                    <line class="hl-tick-halo" x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)} />
                    <line class="hl-tick" x1={fmt(x1)} y1={fmt(y1)} x2={fmt(x2)} y2={fmt(y2)} stroke={colour.clone()} />
                </g>
            }
        }
    }
}

/// What the hub says and what is highlighted, for a target on the ring as it is.
pub fn describe(ring: &Ring, view: &ViewData, target: Target) -> Option<(HubContent, Highlight)> {
    let named = |id: Option<NodeId>| id.map(|id| (id, ring.node_name(id).to_string()));
    match target {
        Target::Key { id, .. } => {
            let slot = target.key_slot(ring)?;
            let info = ring.key_info(view.scheme, slot)?;
            let vnode = (view.scheme == Scheme::Ring)
                .then(|| ring.successor(info.position))
                .flatten()
                .map(|i| {
                    let p = ring.points()[i];
                    (angle_of(p.position), owner_color(Some(p.node)).to_string())
                });
            let highlight = Highlight::Key {
                angle: info.angle,
                lane: key_radius(id, view.key_mode.scattered()),
                dot: key_dot_radius(view.keys),
                colour: owner_color(info.owner).to_string(),
                vnode,
            };
            let ring_owner = (view.scheme != Scheme::Ring).then(|| named(info.ring_owner));
            let owner = named(info.owner);
            Some((
                HubContent::Key {
                    info,
                    owner,
                    ring_owner,
                },
                highlight,
            ))
        }
        Target::Vnode { node, .. } => {
            let point = target.point(ring)?;
            let info = ring.vnode_info(point)?;
            let arc_from = info.alive.then(|| previous_live(ring, point)).map(|prev| {
                prev.map_or(angle_of(info.position), |i| {
                    angle_of(ring.points()[i].position)
                })
            });
            let colour = if info.alive {
                owner_color(Some(node)).to_string()
            } else {
                dead_color(node)
            };
            let highlight = Highlight::Vnode {
                angle: angle_of(info.position),
                colour,
                arc_from,
            };
            Some((
                HubContent::Vnode {
                    node: ring.node_name(node).to_string(),
                    info,
                },
                highlight,
            ))
        }
    }
}
