//! Topologies as a Redis Cluster operator builds them with redis-cli, slot maps whose masters
//! are indexes into a list of [`NodeSpec`]s. [`NodeSpec::weight`] is ignored: every live
//! master has `--cluster-weight` 1.
//!
//! * A list of nodes is a cluster created over all of them (`redis-cli --cluster create`),
//!   from which every dead master's slots were then moved out by one
//!   `redis-cli --cluster rebalance` giving the dead weight 0. That is an operator draining
//!   the master (and then `del-node`), not a replica failover, which would keep the slots
//!   together on the promoted replica.
//! * A change replays from that slot map: nodes that appear (by name) join as empty masters
//!   (`add-node`), nodes that are gone or dead are given weight 0, and one
//!   `redis-cli --cluster rebalance --cluster-use-empty-masters` runs. Masters that hold no
//!   slot and are not live afterwards have been removed (`del-node`) and take no part.

use std::collections::HashMap;

use super::{SlotMap, SLOTS};
use crate::algo::AlgoError;
use crate::ring::NodeSpec;

/// The slot map of `nodes`, each slot owned by the index of a live node: created over every
/// listed node (`redis-cli --cluster create`), then, if any is dead, one
/// `redis-cli --cluster rebalance` with weight 0 for the dead and 1 for the live, which
/// drains the dead masters (and evens out the live ones, as redis-cli does). Node weights are
/// ignored. Errors: no live node, or more than 16,384 nodes.
pub fn layout(nodes: &[NodeSpec]) -> Result<SlotMap, AlgoError> {
    if !nodes.iter().any(|n| n.alive) {
        return Err(AlgoError::NoLiveNode);
    }
    let mut map = SlotMap::create(nodes.len())?;
    if nodes.iter().any(|n| !n.alive) {
        let weights: Vec<f32> = nodes.iter().map(|n| f32::from(u8::from(n.alive))).collect();
        map.rebalance(&weights);
    }
    let live: Vec<Option<usize>> = (0..nodes.len())
        .map(|i| nodes[i].alive.then_some(i))
        .collect();
    finish(&map, &live)
}

/// The slot maps before (indexes into `before`, as [`layout`]) and after the change to
/// `after` (indexes into `after`, nodes matched by name).
///
/// The change is replayed on the map before as one
/// `redis-cli --cluster rebalance --cluster-use-empty-masters`, over these masters, in this
/// order: the nodes of `before` that hold slots (weight 1 if live in `after`, else 0: gone
/// or dead masters are drained), then the live nodes of `after` not among them (joiners and
/// revived nodes, added empty with weight 1). A join of one node to n fresh masters (n up
/// to 127) moves slots only to it, leaving each old master exactly ⌊16384/(n+1)⌋; the
/// joiner takes the rest. Errors: no live node before or after, or more than 16,384 nodes.
pub fn layout_change(
    before: &[NodeSpec],
    after: &[NodeSpec],
) -> Result<(SlotMap, SlotMap), AlgoError> {
    if after.len() > SLOTS {
        return Err(AlgoError::TooManyMasters(after.len()));
    }
    if !after.iter().any(|n| n.alive) {
        return Err(AlgoError::NoLiveNode);
    }
    let old = layout(before)?;
    let cluster = Cluster::new(before, after, &old);
    let mut map = finish(&old, &cluster.of_before)?;
    map.rebalance(&cluster.weights);
    let new = finish(&map, &cluster.node)?;
    Ok((old, new))
}

/// `map` with master `m` renamed `to[m]`. Every slot has an owner with a new name once dead
/// masters are drained (a rebalance with weights 0 and 1 always empties the 0s), so the
/// error is never expected.
fn finish(map: &SlotMap, to: &[Option<usize>]) -> Result<SlotMap, AlgoError> {
    map.relabel(to).ok_or(AlgoError::NoLiveNode)
}

/// The cluster's masters during a change's rebalance: the masters of the map before that
/// hold slots, in `before` order, then the live nodes of `after` that are not among them, in
/// `after` order.
struct Cluster {
    /// The master of every node of `before`, if it is one.
    of_before: Vec<Option<usize>>,
    /// Each master's index in `after`, if it is live there.
    node: Vec<Option<usize>>,
    /// Each master's weight: 1 if live after, else 0.
    weights: Vec<f32>,
}

impl Cluster {
    fn new(before: &[NodeSpec], after: &[NodeSpec], old: &SlotMap) -> Cluster {
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        for (j, n) in after.iter().enumerate().rev() {
            by_name.insert(n.name.as_str(), j);
        }
        let counts = old.slot_counts(before.len());
        let mut claimed = vec![false; after.len()];
        let mut cluster = Cluster {
            of_before: vec![None; before.len()],
            node: Vec::new(),
            weights: Vec::new(),
        };
        for (i, n) in before.iter().enumerate().filter(|&(i, _)| counts[i] > 0) {
            let heir = by_name
                .get(n.name.as_str())
                .copied()
                .filter(|&j| !claimed[j]);
            if let Some(j) = heir {
                claimed[j] = true;
            }
            cluster.of_before[i] = Some(cluster.node.len());
            cluster.push(heir.filter(|&j| after[j].alive));
        }
        for j in (0..after.len()).filter(|&j| !claimed[j] && after[j].alive) {
            cluster.push(Some(j));
        }
        cluster
    }

    fn push(&mut self, node: Option<usize>) {
        self.weights.push(f32::from(u8::from(node.is_some())));
        self.node.push(node);
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
