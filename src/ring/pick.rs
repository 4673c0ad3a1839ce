//! How a pointer or an arrow key finds the key or vnode it means: binary search on the sorted
//! key and vnode positions, so it works the same for 20 keys drawn as SVG and a million drawn
//! as a density band.

use ringlock_core::hash::position_at_angle;
use ringlock_core::{KeyId, NodeId, Ring};

use crate::ring::view_data::{KeyMode, ViewData};
use crate::ui::geom::{
    angular_gap, key_radius, to_polar, ARC_WIDTH, R_ARC, R_DENSITY_IN, R_TICK_IN, R_TRACK,
};

/// Pointer slack, in CSS pixels, when finding the key or vnode meant.
pub const POINTER_SLACK_PX: f64 = 14.0;

/// Something on the ring the user points at, by identities that survive other changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A key.
    Key {
        /// The key.
        id: KeyId,
        /// Its position.
        position: u64,
    },
    /// A vnode.
    Vnode {
        /// Its node.
        node: NodeId,
        /// `i` in `name#i`.
        index: u32,
        /// Its position.
        position: u64,
    },
}

impl Target {
    /// Its ring position.
    pub fn position(self) -> u64 {
        match self {
            Target::Key { position, .. } | Target::Vnode { position, .. } => position,
        }
    }

    /// The key at a ring-order slot.
    pub fn key_at(ring: &Ring, slot: usize) -> Target {
        Target::Key {
            id: ring.keys().ids()[slot],
            position: ring.keys().positions()[slot],
        }
    }

    /// The vnode at an index into [`Ring::points`].
    pub fn vnode_at(ring: &Ring, point: usize) -> Target {
        let p = ring.points()[point];
        Target::Vnode {
            node: p.node,
            index: p.index,
            position: p.position,
        }
    }

    /// The key's ring-order slot, if it is still on the ring.
    pub fn key_slot(self, ring: &Ring) -> Option<usize> {
        let Target::Key { id, position } = self else {
            return None;
        };
        let keys = ring.keys();
        let start = keys.positions().partition_point(|&p| p < position);
        (start..keys.len())
            .take_while(|&s| keys.positions()[s] == position)
            .find(|&s| keys.ids()[s] == id)
    }

    /// The vnode's index in [`Ring::points`], if it is still on the ring.
    pub fn point(self, ring: &Ring) -> Option<usize> {
        let Target::Vnode {
            node,
            index,
            position,
        } = self
        else {
            return None;
        };
        let points = ring.points();
        let start = points.partition_point(|p| p.position < position);
        (start..points.len())
            .take_while(|&i| points[i].position == position)
            .find(|&i| points[i].node == node && points[i].index == index)
    }
}

/// Slots within `window` of the insertion point of `position` in a sorted list, wrapping.
fn around(len: usize, insert: usize, window: usize) -> impl Iterator<Item = usize> {
    let span = window.min(len);
    (0..2 * span).map(move |d| (insert + len - span + d) % len)
}

/// The key nearest to a point of the drawing, if one is within `tolerance` drawing units.
/// Where keys are drawn as dots, the distance is to the dot; in the density band only the
/// angle counts, measured at radius `radius`.
pub fn nearest_key(
    ring: &Ring,
    angle: f64,
    radius: f64,
    mode: KeyMode,
    tolerance: f64,
) -> Option<Target> {
    let keys = ring.keys();
    if keys.is_empty() {
        return None;
    }
    let target = position_at_angle(angle);
    let insert = keys.positions().partition_point(|&p| p < target);
    let distance = |slot: usize| {
        let gap = angular_gap(keys.positions()[slot], target).to_radians();
        if mode != KeyMode::Density {
            let lane = key_radius(keys.ids()[slot], mode.scattered());
            // Law of cosines between (radius, angle) and (lane, key angle).
            (radius * radius + lane * lane - 2.0 * radius * lane * gap.cos())
                .max(0.0)
                .sqrt()
        } else {
            gap * radius
        }
    };
    around(keys.len(), insert, 12)
        .map(|slot| (slot, distance(slot)))
        .filter(|&(_, d)| d <= tolerance)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(slot, _)| Target::key_at(ring, slot))
}

/// The vnode nearest to an angle, if one is within `tolerance` drawing units at `radius`.
pub fn nearest_vnode(ring: &Ring, angle: f64, radius: f64, tolerance: f64) -> Option<Target> {
    let points = ring.points();
    if points.is_empty() {
        return None;
    }
    let target = position_at_angle(angle);
    let insert = points.partition_point(|p| p.position < target);
    around(points.len(), insert, 4)
        .map(|i| {
            (
                i,
                angular_gap(points[i].position, target).to_radians() * radius,
            )
        })
        .filter(|&(_, d)| d <= tolerance)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| Target::vnode_at(ring, i))
}

/// The next (`forward`) or previous key clockwise from `from` (or from the top).
pub fn step_key(ring: &Ring, from: Option<Target>, forward: bool) -> Option<Target> {
    let keys = ring.keys();
    let n = keys.len();
    if n == 0 {
        return None;
    }
    let slot = match from {
        Some(t @ Target::Key { .. }) => t.key_slot(ring).map(|s| {
            if forward {
                (s + 1) % n
            } else {
                (s + n - 1) % n
            }
        }),
        _ => None,
    };
    let slot = slot.unwrap_or_else(|| {
        let position = from.map_or(0, Target::position);
        if forward {
            keys.upper_bound(position) % n
        } else {
            (keys.positions().partition_point(|&p| p < position) + n - 1) % n
        }
    });
    Some(Target::key_at(ring, slot))
}

/// The next (`forward`) or previous vnode clockwise from `from` (or from the top).
pub fn step_vnode(ring: &Ring, from: Option<Target>, forward: bool) -> Option<Target> {
    let points = ring.points();
    let n = points.len();
    if n == 0 {
        return None;
    }
    let point = match from {
        Some(t @ Target::Vnode { .. }) => t.point(ring).map(|i| {
            if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }
        }),
        _ => None,
    };
    let point = point.unwrap_or_else(|| {
        let position = from.map_or(0, Target::position);
        let at = points.partition_point(|p| p.position <= position);
        if forward {
            at % n
        } else {
            (points.partition_point(|p| p.position < position) + n - 1) % n
        }
    });
    Some(Target::vnode_at(ring, point))
}

/// The live vnode before `point` (the start of the arc it closes), if another exists.
pub fn previous_live(ring: &Ring, point: usize) -> Option<usize> {
    let points = ring.points();
    let n = points.len();
    (1..n)
        .map(|d| (point + n - d) % n)
        .find(|&i| ring.node(points[i].node).is_some_and(|node| node.alive))
}

/// The key or vnode under a point of the drawing (in drawing units), if any.
pub fn pick(ring: &Ring, view: &ViewData, x: f64, y: f64, units_per_px: f64) -> Option<Target> {
    let (angle, radius) = to_polar(x, y);
    let slack = POINTER_SLACK_PX * units_per_px;
    if (R_TICK_IN - 10.0..=R_ARC + ARC_WIDTH / 2.0 + 12.0).contains(&radius) {
        nearest_vnode(ring, angle, R_TRACK, slack)
    } else if (R_DENSITY_IN - 14.0..R_TICK_IN - 10.0).contains(&radius) {
        nearest_key(ring, angle, radius, view.key_mode, slack)
    } else {
        None
    }
}
