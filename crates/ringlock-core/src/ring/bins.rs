//! The drawing's coarse layers when there are too many vnodes to draw one by one: one tick per
//! angular slice, and the ring owner at the middle of each slice (beside
//! [`Ring::density`] for the keys).

use super::{NodeId, Ring};
use crate::hash;

/// The tick drawn for one slice of the circle: the first live vnode in it, else the first
/// dead one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BinTick {
    /// Angle of that vnode.
    pub angle: f64,
    /// Its node.
    pub node: NodeId,
    /// Whether its node is live.
    pub alive: bool,
}

impl Ring {
    /// One tick per non-empty slice of `bins` equal slices, in ring order.
    pub fn tick_bins(&self, bins: usize) -> Vec<BinTick> {
        let bins = bins.max(1);
        let mut out: Vec<BinTick> = Vec::new();
        let mut current = usize::MAX;
        for p in self.points() {
            let angle = hash::angle_deg(p.position);
            let bin = ((angle / 360.0 * bins as f64) as usize).min(bins - 1);
            let alive = self.node(p.node).is_some_and(|n| n.alive);
            let tick = BinTick {
                angle,
                node: p.node,
                alive,
            };
            if bin != current {
                current = bin;
                out.push(tick);
            } else if alive {
                if let Some(last) = out.last_mut().filter(|t| !t.alive) {
                    *last = tick;
                }
            }
        }
        out
    }

    /// The ring owner at the middle angle of each of `bins` equal slices (`None` when no node
    /// is live).
    pub fn arc_bins(&self, bins: usize) -> Vec<Option<NodeId>> {
        (0..bins)
            .map(|b| {
                let middle = (b as f64 + 0.5) / bins as f64 * 360.0;
                self.successor(hash::position_at_angle(middle))
                    .map(|i| self.points()[i].node)
            })
            .collect()
    }
}
