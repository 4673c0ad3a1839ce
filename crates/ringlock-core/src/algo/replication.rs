//! Replication on the ring, as Dynamo does it: a key's preference list is the first R
//! *distinct physical* nodes met walking clockwise from the key, skipping dead nodes and
//! further vnodes of nodes already listed. The first is the coordinator.

use super::AlgoError;
use crate::hash;
use crate::ring::{NodeId, Ring};

/// Fewest and most replicas.
pub const REPLICAS: std::ops::RangeInclusive<usize> = 1..=5;

/// The preference list of a key at ring `position`: up to `replicas` (1–5) distinct live
/// nodes, clockwise. Fewer when fewer nodes are live.
pub fn preference_list(
    ring: &Ring,
    position: u64,
    replicas: usize,
) -> Result<Vec<NodeId>, AlgoError> {
    if !REPLICAS.contains(&replicas) {
        return Err(AlgoError::ReplicasOutOfRange(replicas));
    }
    let points = ring.points();
    let start = points.partition_point(|p| p.position < position);
    let mut list: Vec<NodeId> = Vec::with_capacity(replicas);
    for k in 0..points.len() {
        let id = points[(start + k) % points.len()].node;
        if ring.node(id).is_some_and(|n| n.alive) && !list.contains(&id) {
            list.push(id);
            if list.len() == replicas {
                break;
            }
        }
    }
    Ok(list)
}

/// [`preference_list`] of a key by name.
pub fn preference_list_for_key(
    ring: &Ring,
    key: &str,
    replicas: usize,
) -> Result<Vec<NodeId>, AlgoError> {
    preference_list(ring, hash::key_position(key), replicas)
}

#[cfg(test)]
#[path = "replication_tests.rs"]
mod tests;
