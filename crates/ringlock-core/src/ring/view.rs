//! View data: what the ring drawing needs, as plain numbers. Angles are degrees clockwise from
//! the top of the circle, `position / 2⁶⁴ × 360`.

pub use super::inspect::{KeyInfo, Lookup, VnodeInfo};
use super::key_store::KeyId;
use super::modulo::{self, Scheme};
use super::{NodeId, Ring};
use crate::hash;

/// A virtual node tick.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Index into [`Ring::points`].
    pub point: usize,
    /// Angle in degrees.
    pub angle: f64,
    /// Its node.
    pub node: NodeId,
    /// Whether its node is live.
    pub alive: bool,
}

/// A run of the circle owned by one node on the ring: from `start` clockwise by `sweep`.
#[derive(Clone, Debug, PartialEq)]
pub struct ArcSpan {
    /// Start angle in degrees.
    pub start: f64,
    /// Clockwise extent in degrees (360 for the whole circle).
    pub sweep: f64,
    /// Owner.
    pub node: NodeId,
}

/// A key to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyDot {
    /// The key.
    pub key: KeyId,
    /// Ring-order slot.
    pub slot: usize,
    /// Angle in degrees.
    pub angle: f64,
    /// Owner under the scheme.
    pub owner: Option<NodeId>,
}

/// Keys in one angular bin, for drawing many keys as a density band.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DensityBin {
    /// Keys in the bin.
    pub count: u32,
    /// The owner of most of them under the scheme.
    pub owner: Option<NodeId>,
}

impl Ring {
    /// Every vnode as a tick.
    pub fn ticks(&self) -> Vec<Tick> {
        self.points()
            .iter()
            .enumerate()
            .map(|(point, p)| Tick {
                point,
                angle: hash::angle_deg(p.position),
                node: p.node,
                alive: self.node(p.node).is_some_and(|n| n.alive),
            })
            .collect()
    }

    /// The arcs each live node owns, adjacent arcs of one node merged.
    pub fn arcs(&self) -> Vec<ArcSpan> {
        let live: Vec<_> = self
            .points()
            .iter()
            .filter(|p| self.node(p.node).is_some_and(|n| n.alive))
            .collect();
        if live.is_empty() {
            return Vec::new();
        }
        if live.iter().all(|p| p.node == live[0].node) {
            return vec![ArcSpan {
                start: 0.0,
                sweep: 360.0,
                node: live[0].node,
            }];
        }
        // Start just after a point whose successor belongs to another node, so no run wraps.
        let n = live.len();
        let first = (0..n)
            .find(|&k| live[k].node != live[(k + 1) % n].node)
            .map_or(0, |k| (k + 1) % n);
        let mut spans: Vec<ArcSpan> = Vec::new();
        for d in 0..n {
            let k = (first + d) % n;
            let prev = live[(k + n - 1) % n].position;
            let sweep = hash::angle_deg(live[k].position.wrapping_sub(prev));
            match spans.last_mut() {
                Some(last) if last.node == live[k].node => last.sweep += sweep,
                _ => spans.push(ArcSpan {
                    start: hash::angle_deg(prev),
                    sweep,
                    node: live[k].node,
                }),
            }
        }
        spans
    }

    /// Owner of the key at `slot` under a scheme (`live` = [`Ring::live_ids`]).
    pub fn owner_under(&self, scheme: Scheme, slot: usize, live: &[NodeId]) -> Option<NodeId> {
        let keys = self.keys();
        match scheme {
            Scheme::Ring => self.owner_at(slot),
            Scheme::Modulo => modulo::modulo_owner(keys.positions()[slot], live),
            Scheme::Article => modulo::article_owner(keys.hash(keys.ids()[slot]).article, live),
        }
    }

    /// Every key as a dot (use [`Ring::density`] when there are many).
    pub fn key_dots(&self, scheme: Scheme) -> Vec<KeyDot> {
        let live = self.live_ids();
        let keys = self.keys();
        (0..keys.len())
            .map(|slot| KeyDot {
                key: keys.ids()[slot],
                slot,
                angle: hash::angle_deg(keys.positions()[slot]),
                owner: self.owner_under(scheme, slot, &live),
            })
            .collect()
    }

    /// Keys in `bins` equal angular bins, each with its majority owner under the scheme (on a
    /// tie, the owner met last for the first time in the bin).
    ///
    /// One pass over the keys, counting owners by slot, so a bin costs its keys plus the owners
    /// it holds, however many nodes there are.
    pub fn density(&self, bins: usize, scheme: Scheme) -> Vec<DensityBin> {
        let bins = bins.max(1);
        let live = self.live_ids();
        let keys = self.keys();
        let positions = keys.positions();
        let mut out = vec![DensityBin::default(); bins];
        // Keys per owner in the current bin, by slot + 1 (0: no owner), and the owners met,
        // in the order first met.
        let mut count = vec![0u32; self.nodes.len() + 1];
        let mut met: Vec<usize> = Vec::new();
        let mut slot = 0;
        for (b, bin) in out.iter_mut().enumerate() {
            // Upper edge of bin b as a ring position; the last bin runs to the top.
            let last = b + 1 == bins;
            let edge = ((b as u128 + 1) * (1u128 << 64) / bins as u128) as u64;
            let start = slot;
            while slot < positions.len() && (last || positions[slot] < edge) {
                let i = self
                    .owner_under(scheme, slot, &live)
                    .map_or(0, |id| id.0 as usize + 1);
                if count[i] == 0 {
                    met.push(i);
                }
                count[i] += 1;
                slot += 1;
            }
            bin.count = (slot - start) as u32;
            // `max_by_key` keeps the last of equal maxima, as the tie rule says.
            bin.owner = met
                .iter()
                .max_by_key(|&&i| count[i])
                .and_then(|&i| i.checked_sub(1))
                .map(|i| NodeId(i as u32));
            for &i in &met {
                count[i] = 0;
            }
            met.clear();
        }
        out
    }
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
