//! The lookup of a key just added, told in four steps: hash the name, place the point, walk
//! clockwise (skipping dead nodes' vnodes) and name the owner. [`RingLookup`] draws it on the
//! ring; `RingCaption` (ring_caption.rs) says it in words.

use ringlock_core::{hash, NodeId, Ring, Scheme};
use yew::prelude::*;

use crate::ring::view_data::Shared;
use crate::ui::geom::{arc_path, owner_color, polar, R_HUB, R_TRACK};

/// Most skipped vnodes marked on the ring (all are counted).
const MAX_MARKED: usize = 64;
const HASH_MS: f64 = 1_500.0;
const PLACE_MS: f64 = 1_100.0;
const OWNER_MS: f64 = 900.0;

/// The vnode a lookup ends at.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOwner {
    /// Its node.
    pub node: NodeId,
    /// The node's name.
    pub name: String,
    /// The vnode's label `name#i`.
    pub label: String,
    /// Its angle.
    pub angle: f64,
}

/// A dead vnode the walk passes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanSkip {
    /// Its angle.
    pub angle: f64,
    /// Degrees clockwise from the key.
    pub offset: f64,
}

/// Everything the walk-through shows, computed once per lookup.
#[derive(Clone, Debug, PartialEq)]
pub struct LookupPlan {
    /// Which change added the key (see `MoveSet::epoch`).
    pub epoch: u64,
    /// The key.
    pub name: String,
    /// Its full SHA-1.
    pub sha1_hex: String,
    /// Its position.
    pub position: u64,
    /// Its angle.
    pub angle: f64,
    /// Degrees walked clockwise to the owner (360 when there is none).
    pub sweep: f64,
    /// Where the walk ends.
    pub owner: Option<PlanOwner>,
    /// Dead vnodes passed, at most [`MAX_MARKED`].
    pub skipped: Vec<PlanSkip>,
    /// Dead vnodes passed, all of them.
    pub skipped_total: usize,
    /// The scheme shown.
    pub scheme: Scheme,
    /// The owner under that scheme, when it is not the ring.
    pub scheme_owner: Option<(NodeId, String)>,
}

/// The steps of the walk-through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// SHA-1 of the name.
    Hash,
    /// The point on the ring.
    Place,
    /// The clockwise walk.
    Walk,
    /// The owner.
    Owner,
}

impl LookupPlan {
    /// Plan the lookup of `name` on the ring as it is.
    pub fn build(ring: &Ring, name: &str, scheme: Scheme, epoch: u64) -> LookupPlan {
        let lookup = ring.lookup(name);
        let points = ring.points();
        let owner = lookup.point.map(|i| {
            let p = points[i];
            PlanOwner {
                node: p.node,
                name: ring.node_name(p.node).to_string(),
                label: hash::vnode_label(ring.node_name(p.node), p.index),
                angle: hash::angle_deg(p.position),
            }
        });
        let skipped = lookup
            .skipped
            .iter()
            .take(MAX_MARKED)
            .map(|&i| PlanSkip {
                angle: hash::angle_deg(points[i].position),
                offset: hash::angle_deg(points[i].position.wrapping_sub(lookup.position)),
            })
            .collect();
        let scheme_owner = if scheme == Scheme::Ring {
            None
        } else {
            ring.keys()
                .find(name)
                .and_then(|slot| ring.key_info(scheme, slot))
                .and_then(|info| info.owner)
                .map(|id| (id, ring.node_name(id).to_string()))
        };
        LookupPlan {
            epoch,
            name: name.to_string(),
            sha1_hex: lookup.sha1_hex,
            position: lookup.position,
            angle: lookup.angle,
            sweep: if owner.is_some() { lookup.sweep } else { 360.0 },
            owner,
            skipped,
            skipped_total: lookup.skipped.len(),
            scheme,
            scheme_owner,
        }
    }

    fn walk_ms(&self) -> f64 {
        (self.sweep / 360.0 * 4_500.0).clamp(800.0, 3_200.0)
    }

    /// Length of the whole walk-through.
    pub fn duration(&self) -> f64 {
        HASH_MS + PLACE_MS + self.walk_ms() + OWNER_MS
    }

    /// The step at `elapsed` ms and how far into it (0–1).
    pub fn step_at(&self, elapsed: f64) -> (Step, f64) {
        let mut t = elapsed;
        for (step, length) in [
            (Step::Hash, HASH_MS),
            (Step::Place, PLACE_MS),
            (Step::Walk, self.walk_ms()),
        ] {
            if t < length {
                return (step, t / length);
            }
            t -= length;
        }
        (Step::Owner, (t / OWNER_MS).min(1.0))
    }

    /// Degrees walked at `elapsed` ms.
    pub fn swept(&self, elapsed: f64) -> f64 {
        match self.step_at(elapsed) {
            (Step::Hash | Step::Place, _) => 0.0,
            (Step::Walk, p) => self.sweep * p,
            (Step::Owner, _) => self.sweep,
        }
    }

    /// Milliseconds since the walk passed `offset` degrees (negative: not yet).
    fn since_passed(&self, elapsed: f64, offset: f64) -> f64 {
        let start = HASH_MS + PLACE_MS;
        elapsed - (start + self.walk_ms() * offset / self.sweep.max(1e-9))
    }
}

/// Props of [`RingLookup`].
#[derive(Properties, PartialEq)]
pub struct RingLookupProps {
    /// The lookup.
    pub plan: Shared<LookupPlan>,
    /// Milliseconds into the walk-through.
    pub elapsed: f64,
}

fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    1.0 - (1.0 - t).powi(3)
}

/// The walk-through drawn over the ring (an SVG group).
#[function_component(RingLookup)]
pub fn ring_lookup(props: &RingLookupProps) -> Html {
    let plan = &props.plan;
    let elapsed = props.elapsed;
    let (step, p) = plan.step_at(elapsed);
    if step == Step::Hash {
        return html! {};
    }
    let placed = step > Step::Place || p >= 0.55;
    let needle = (step == Step::Place).then(|| {
        let reach = R_HUB + (R_TRACK - R_HUB) * ease(p / 0.55);
        let (x0, y0) = polar(R_HUB, plan.angle);
        let (x1, y1) = polar(reach, plan.angle);
        html! { <line class="lookup-needle" x1={fmt(x0)} y1={fmt(y0)} x2={fmt(x1)} y2={fmt(y1)} /> }
    });
    let (kx, ky) = polar(R_TRACK, plan.angle);
    let point_pulse = (step == Step::Place && placed).then(|| {
        let q = (p - 0.55) / 0.45;
        html! {
            <circle class="lookup-pulse" cx={fmt(kx)} cy={fmt(ky)} r={fmt(10.0 + 28.0 * q)}
                opacity={fmt(1.0 - q)} />
        }
    });
    let swept = plan.swept(elapsed);
    let walk = (step >= Step::Walk && swept > 0.05).then(|| {
        let (hx, hy) = polar(R_TRACK, plan.angle + swept);
        html! {
            <>
                <path class="lookup-arc" d={arc_path(R_TRACK, plan.angle, swept)} />
                if step == Step::Walk {
                    <circle class="lookup-head" cx={fmt(hx)} cy={fmt(hy)} r="9" />
                }
            </>
        }
    });
    let skips = plan
        .skipped
        .iter()
        .filter(|s| step > Step::Walk || s.offset <= swept)
        .map(|s| {
            let age = (plan.since_passed(elapsed, s.offset) / 600.0).clamp(0.0, 1.0);
            let (cx, cy) = polar(R_TRACK, s.angle);
            // The dead vnode crossed out where it sits on the track.
            let cross = format!("M{} {}l20 20m0 -20l-20 20", fmt(cx - 10.0), fmt(cy - 10.0));
            html! {
                <g class="lookup-skip">
                    if age < 1.0 {
                        <circle class="lookup-flash" cx={fmt(cx)} cy={fmt(cy)}
                            r={fmt(14.0 + 24.0 * age)} opacity={fmt(1.0 - age)} />
                    }
                    <path class="lookup-cross-under" d={cross.clone()} />
                    <path class="lookup-cross" d={cross} />
                </g>
            }
        })
        .collect::<Html>();
    let owner = (step == Step::Owner)
        .then_some(plan.owner.as_ref())
        .flatten()
        .map(|o| {
            let (x, y) = polar(R_TRACK, o.angle);
            let colour = owner_color(Some(o.node));
            let ring_r = 16.0 + 30.0 * p;
            html! {
                <g class="lookup-owner">
                    if p < 1.0 {
                        <circle cx={fmt(x)} cy={fmt(y)} r={fmt(ring_r)} stroke={colour}
                            opacity={fmt(1.0 - p)} class="lookup-owner-pulse" />
                    }
                    <circle cx={fmt(x)} cy={fmt(y)} r="17" stroke={colour} class="lookup-owner-halo" />
                </g>
            }
        });
    html! {
        <g class="lookup-layer" aria-hidden="true">
            { for needle }
            { for walk }
            { skips }
            if placed {
                <circle class="lookup-point" cx={fmt(kx)} cy={fmt(ky)} r="10" />
            }
            { for point_pulse }
            { for owner }
        </g>
    }
}

/// A number for an SVG attribute.
pub fn fmt(v: f64) -> String {
    format!("{v:.1}")
}
