//! What a tooltip or the lookup walk-through shows about one key or one virtual node.

use super::modulo::Scheme;
use super::{NodeId, Ring};
use crate::hash;

/// Everything about one key, for a tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyInfo {
    /// Name.
    pub name: String,
    /// Full SHA-1 in hex.
    pub sha1_hex: String,
    /// Ring position.
    pub position: u64,
    /// Angle in degrees.
    pub angle: f64,
    /// Owner under the ring.
    pub ring_owner: Option<NodeId>,
    /// Owner under the chosen scheme.
    pub owner: Option<NodeId>,
}

/// Everything about one virtual node, for a tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct VnodeInfo {
    /// The hashed label `name#i`.
    pub label: String,
    /// Full SHA-1 in hex.
    pub sha1_hex: String,
    /// Ring position.
    pub position: u64,
    /// Its node.
    pub node: NodeId,
    /// Whether its node is live.
    pub alive: bool,
    /// Keys in the arc it closes (0 when dead).
    pub keys: usize,
}

/// The lookup of one key: hash, point, clockwise walk to the owning vnode.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    /// Key position.
    pub position: u64,
    /// Full SHA-1 in hex.
    pub sha1_hex: String,
    /// Angle of the key.
    pub angle: f64,
    /// Dead vnodes passed on the way (indices into points), in walk order.
    pub skipped: Vec<usize>,
    /// The owning vnode (index into points), if any node is live.
    pub point: Option<usize>,
    /// Clockwise degrees from the key to the owning vnode.
    pub sweep: f64,
}

impl Ring {
    /// Details of the key at a ring-order slot.
    pub fn key_info(&self, scheme: Scheme, slot: usize) -> Option<KeyInfo> {
        let keys = self.keys();
        let id = *keys.ids().get(slot)?;
        let name = keys.name(id).to_string();
        let live = self.live_ids();
        Some(KeyInfo {
            sha1_hex: hash::hex(&hash::sha1(&name)),
            name,
            position: keys.positions()[slot],
            angle: hash::angle_deg(keys.positions()[slot]),
            ring_owner: self.owner_at(slot),
            owner: self.owner_under(scheme, slot, &live),
        })
    }

    /// Details of a virtual node.
    pub fn vnode_info(&self, point: usize) -> Option<VnodeInfo> {
        let p = *self.points().get(point)?;
        let label = hash::vnode_label(self.node_name(p.node), p.index);
        let alive = self.node(p.node).is_some_and(|n| n.alive);
        let keys = if alive {
            let prev = (1..self.points().len())
                .map(|d| self.points()[(point + self.points().len() - d) % self.points().len()])
                .find(|q| self.node(q.node).is_some_and(|n| n.alive));
            match prev {
                None => self.keys().len(),
                Some(q) if q.position < p.position => {
                    self.keys().upper_bound(p.position) - self.keys().upper_bound(q.position)
                }
                Some(q) if q.position == p.position => 0,
                Some(q) => {
                    self.keys().len() - self.keys().upper_bound(q.position)
                        + self.keys().upper_bound(p.position)
                }
            }
        } else {
            0
        };
        Some(VnodeInfo {
            sha1_hex: hash::hex(&hash::sha1(&label)),
            label,
            position: p.position,
            node: p.node,
            alive,
            keys,
        })
    }

    /// The lookup of a key name (whether or not it is on the ring).
    pub fn lookup(&self, name: &str) -> Lookup {
        let digest = hash::sha1(name);
        let position = hash::position_of_digest(&digest);
        let points = self.points();
        let start = points.partition_point(|p| p.position < position);
        let mut skipped = Vec::new();
        let mut found = None;
        for d in 0..points.len() {
            let i = (start + d) % points.len();
            if self.node(points[i].node).is_some_and(|n| n.alive) {
                found = Some(i);
                break;
            }
            skipped.push(i);
        }
        let sweep = found.map_or(0.0, |i| {
            hash::angle_deg(points[i].position.wrapping_sub(position))
        });
        Lookup {
            position,
            sha1_hex: hash::hex(&digest),
            angle: hash::angle_deg(position),
            skipped: if found.is_some() { skipped } else { Vec::new() },
            point: found,
            sweep,
        }
    }
}
