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
pub use super::sha1_ring::{capacity, sha1_points, successor};
use super::AlgoError;
use crate::hash;

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
#[path = "bounded_tests.rs"]
mod tests;
