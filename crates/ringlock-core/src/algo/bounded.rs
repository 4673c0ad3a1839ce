//! Consistent hashing with bounded loads (Mirrokni, Thorup & Zadimoghaddam, 2016) on the
//! SHA-1 ring.
//!
//! Every node may hold at most `C = ⌈(1+ε)·m·w/W⌉` of the m keys (`⌈(1+ε)·m/n⌉` at equal
//! weights). Keys are placed one at a time in **ring order** (ascending SHA-1 position, ties
//! by their order in the input), so the result depends only on the keys and the nodes. A key
//! whose successor node is full walks clockwise, point by point, to the first node with room,
//! as HAProxy's `hash-balance-factor` and Envoy's `hash_balance_factor` do.
//!
//! Hashing convention: the ring of [`crate::ring`] — node `name`'s vnode `i` at the SHA-1
//! position of `name#i`, `vnodes × weight` of them, equal positions ordered by (name, index).

use super::arrivals::Arrivals;
use super::AlgoError;
use crate::error::MAX_POINTS;
use crate::hash;

/// The ring's points for `nodes` (`(name, weight)`): `(position, node index)`, sorted as
/// [`crate::ring::Ring`] sorts them.
pub fn sha1_points(nodes: &[(&str, u32)], vnodes: u32) -> Result<Vec<(u64, u32)>, AlgoError> {
    let would_be: usize = nodes.iter().map(|n| n.1 as usize * vnodes as usize).sum();
    if would_be > MAX_POINTS {
        return Err(AlgoError::TooManyPoints { would_be });
    }
    let mut points: Vec<(u64, u32, u32)> = Vec::with_capacity(would_be);
    for (node, &(name, weight)) in nodes.iter().enumerate() {
        for i in 0..vnodes * weight {
            points.push((hash::vnode_position(name, i), node as u32, i));
        }
    }
    points.sort_unstable_by(|a, b| {
        (a.0, nodes[a.1 as usize].0, a.2).cmp(&(b.0, nodes[b.1 as usize].0, b.2))
    });
    if points.is_empty() {
        return Err(AlgoError::NoLiveNode);
    }
    Ok(points.into_iter().map(|(p, n, _)| (p, n)).collect())
}

/// Index of the first point at or after `position`, wrapping.
pub fn successor(points: &[(u64, u32)], position: u64) -> usize {
    let i = points.partition_point(|p| p.0 < position);
    if i == points.len() {
        0
    } else {
        i
    }
}

/// Capacity of a node of weight `w` out of `total` when `m` keys are placed with slack `eps`.
pub fn capacity(m: usize, w: u32, total: u64, eps: f64) -> u64 {
    // The 1e-9 keeps float noise from rounding an exact integer up (1.25·4000/8 = 625).
    ((1.0 + eps) * m as f64 * f64::from(w) / total as f64 - 1e-9)
        .ceil()
        .max(1.0) as u64
}

/// The result of a bounded-load placement.
#[derive(Clone, Debug, PartialEq)]
pub struct Bounded {
    /// Owner (node index) of every key, in input order.
    pub owners: Vec<usize>,
    /// Keys held by each node.
    pub loads: Vec<u64>,
    /// Each node's capacity.
    pub capacity: Vec<u64>,
    /// Keys that did not stay on their plain ring successor.
    pub displaced: u64,
}

/// Place `keys` on `nodes` (`(name, weight)`, all live) with `vnodes` per unit of weight and
/// slack `eps` ≥ 0.
pub fn place(
    nodes: &[(&str, u32)],
    vnodes: u32,
    keys: &[&str],
    eps: f64,
) -> Result<Bounded, AlgoError> {
    let positions: Vec<u64> = keys.iter().map(|k| hash::key_position(k)).collect();
    place_positions(nodes, vnodes, &positions, eps)
}

/// [`place`] for keys already hashed to their ring positions.
pub fn place_positions(
    nodes: &[(&str, u32)],
    vnodes: u32,
    positions: &[u64],
    eps: f64,
) -> Result<Bounded, AlgoError> {
    let m = positions.len();
    let mut arrivals = Arrivals::new(nodes, vnodes, eps, m)?;
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by_key(|&k| (positions[k], k));
    let mut owners = vec![0usize; m];
    let mut displaced = 0;
    for k in order {
        // Σ capacity ≥ (1+ε)·m ≥ m, so some node always has room.
        let node = arrivals.arrive(positions[k]);
        if node != arrivals.successor_node(positions[k]) {
            displaced += 1;
        }
        owners[k] = node;
    }
    let (loads, capacity) = arrivals.into_loads();
    Ok(Bounded {
        owners,
        loads,
        capacity,
        displaced,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ringlock_stats::jain;

    #[test]
    fn eight_nodes_4000_keys_capped_at_625() {
        let names: Vec<String> = (1..=8).map(|i| format!("node{i}")).collect();
        let nodes: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 1)).collect();
        let keys: Vec<String> = (0..4000).map(|i| format!("key-{i}")).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let bounded = place(&nodes, 1, &refs, 0.25).unwrap();
        assert_eq!(bounded.capacity, vec![625; 8]);
        assert_eq!(*bounded.loads.iter().max().unwrap(), 625);
        assert_eq!(bounded.loads.iter().sum::<u64>(), 4000);
        // Unbounded (ε huge): one point per node is badly skewed, and Jain's index shows it.
        let free = place(&nodes, 1, &refs, 1e9).unwrap();
        assert!(*free.loads.iter().max().unwrap() > 625);
        assert_eq!(free.displaced, 0);
        assert!(jain(&bounded.loads) > jain(&free.loads));
    }

    #[test]
    fn even_with_no_slack_every_key_fits() {
        let nodes = [("a", 1), ("b", 2), ("c", 1)];
        let keys: Vec<String> = (0..1001).map(|i| format!("k{i}")).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let b = place(&nodes, 4, &refs, 0.0).unwrap();
        for (load, cap) in b.loads.iter().zip(&b.capacity) {
            assert!(load <= cap);
        }
        assert_eq!(
            place(&nodes, 4, &refs, -0.1).unwrap_err(),
            AlgoError::BadEpsilon(-0.1)
        );
        assert_eq!(
            place(&[], 4, &refs, 0.1).unwrap_err(),
            AlgoError::NoLiveNode
        );
    }
}
