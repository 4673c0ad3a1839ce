//! Where the sharded ring's parts are drawn: each node's owned arcs and each lock's mark,
//! from the core's [`ShardView`], in the Ring tab's geometry (angles clockwise from the top,
//! the same SHA-1 positions).

use ringlock_core::{KeySpec, NodeSpec, Scenario, Scheme};
use ringlock_lock::ShardView;

use crate::ui::geom::{angle_of, polar};

/// Radius of the ring's track.
pub const R_RING: f64 = 380.0;
/// Radius the lock marks sit on.
pub const R_LOCK: f64 = 380.0;
/// Radius of the lock names: inside the ring, where nothing clips them.
pub const R_LABEL: f64 = 250.0;

/// An arc of the ring and the live node that owns it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OwnedArc {
    /// Start angle, degrees clockwise from the top.
    pub start: f64,
    /// Sweep, degrees.
    pub sweep: f64,
    /// The owner's number.
    pub node: u32,
}

/// One lock's mark.
#[derive(Clone, Debug, PartialEq)]
pub struct LockMark {
    /// The lock.
    pub lock: u32,
    /// Its mark's centre.
    pub at: (f64, f64),
    /// Its name's anchor.
    pub label: (f64, f64),
    /// The owner's number.
    pub owner: u32,
    /// The owner's record has a holder.
    pub held: bool,
    /// The last change moved it.
    pub moved: bool,
    /// The last change moved it while held, without its record, to an owner that grants it
    /// at once: it can be granted twice.
    pub lost: bool,
}

/// The arcs each live node owns: from the point before each live point (any node's, dead
/// ones included) to it, merged with the next while the owner is the same. Karger's
/// convention: a position belongs to the first live point at or after it.
pub fn owned_arcs(view: &ShardView) -> Vec<OwnedArc> {
    let mut points: Vec<(u64, u32, bool)> = (view.nodes.iter())
        .flat_map(|n| n.points.iter().map(move |&p| (p, n.node, n.alive)))
        .collect();
    points.sort_unstable();
    let live: Vec<(u64, u32)> = (points.iter())
        .filter(|p| p.2)
        .map(|p| (p.0, p.1))
        .collect();
    let Some(&(_, last_node)) = live.last() else {
        return Vec::new();
    };
    if live.iter().all(|p| p.1 == last_node) {
        return vec![OwnedArc {
            start: 0.0,
            sweep: 360.0,
            node: last_node,
        }];
    }
    let mut arcs = Vec::new();
    let mut prev = live[live.len() - 1].0;
    for &(position, node) in &live {
        let start = angle_of(prev);
        let sweep = angle_of(position.wrapping_sub(prev));
        match arcs.last_mut() {
            Some(OwnedArc {
                sweep: s, node: n, ..
            }) if *n == node => *s += sweep,
            _ => arcs.push(OwnedArc { start, sweep, node }),
        }
        prev = position;
    }
    arcs
}

/// Each lock's mark on the ring and its name outside it.
pub fn lock_marks(view: &ShardView) -> Vec<LockMark> {
    view.locks
        .iter()
        .map(|l| {
            let angle = angle_of(l.position);
            let moved = view.moves.iter().find(|m| m.lock == l.lock);
            LockMark {
                lock: l.lock,
                at: polar(R_LOCK, angle),
                label: polar(R_LABEL, angle),
                owner: l.owner,
                held: l.holder.is_some(),
                moved: moved.is_some(),
                lost: moved.is_some_and(|m| m.held && !m.kept && !m.waits),
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "shard_layout_tests.rs"]
mod tests;

/// The Ring tab's link for this ring: the same nodes in the order they joined (a dead one
/// marked dead), `vnodes` points each, and the lock names as named keys and nothing else — so
/// the Ring tab, with its own code, puts each lock on the node this model says owns it.
pub fn ring_tab_link(view: &ShardView, vnodes: u32) -> String {
    let scenario = Scenario {
        nodes: (view.nodes.iter())
            .map(|n| NodeSpec {
                name: n.name.clone(),
                weight: 1,
                alive: n.alive,
            })
            .collect(),
        vnodes,
        keys: KeySpec {
            generated: 0,
            named: view.locks.iter().map(|l| l.name.clone()).collect(),
            removed: Vec::new(),
        },
        scheme: Scheme::Ring,
    };
    let (fragment, _) = scenario.to_fragment(usize::MAX);
    format!("#{fragment}&t=ring")
}
