//! Where each algorithm puts things on one circle, so two algorithms can be drawn side by side:
//! the key's point and the arcs each node owns, all on the ring's 2⁶⁴ scale.
//!
//! - The SHA-1 ring and bounded loads: the key's SHA-1 position; a node owns the arc ending at
//!   each of its points (clockwise successor).
//! - Ketama: the key's 32-bit ketama hash, scaled up; the continuum's points the same way.
//! - Redis Cluster: the key's slot (slot `s` spans `[s, s+1)·2⁵⁰`); a master owns its slots.
//! - Maglev: the key's table entry (`position mod M`, entry `i` spans `[i, i+1)·2⁶⁴/M`); a
//!   backend owns its entries.
//! - Modulo, the article's code, jump and rendezvous have no circle: the owner is computed from
//!   the key's hash, not looked up on one. Keys sit at their SHA-1 position and no arcs are
//!   drawn.

use super::ketama;
use super::{redis_cluster, Algo};
use crate::hash;

/// A run of the circle owned by one node: `[start, end)` on the 2⁶⁴ scale, never wrapping
/// (an arc across zero is split in two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arc {
    /// First point of the arc.
    pub start: u64,
    /// One past the last point (`u64::MAX` for an arc that runs to the top).
    pub end: u64,
    /// The owner, as the algorithm's index.
    pub node: usize,
}

/// Where `key` sits on the circle under `algo`.
pub fn key_point(algo: &Algo, key: &str) -> u64 {
    match algo {
        Algo::Ketama(_) => u64::from(ketama::key_hash(key)) << 32,
        Algo::RedisSlots => slot_start(usize::from(redis_cluster::key_slot(key))),
        Algo::Maglev { m } => entry_start(hash::key_position(key) % m.max(&1), *m),
        Algo::Ring { .. }
        | Algo::Bounded { .. }
        | Algo::Modulo
        | Algo::Article
        | Algo::Jump
        | Algo::Rendezvous => hash::key_position(key),
    }
}

/// Whether `algo` looks keys up on a circle at all (and so has arcs to draw).
pub fn has_circle(algo: &Algo) -> bool {
    match algo {
        Algo::Ring { .. }
        | Algo::Bounded { .. }
        | Algo::Ketama(_)
        | Algo::RedisSlots
        | Algo::Maglev { .. } => true,
        Algo::Modulo | Algo::Article | Algo::Jump | Algo::Rendezvous => false,
    }
}

fn slot_start(slot: usize) -> u64 {
    (slot as u64) << 50
}

fn entry_start(entry: u64, m: u64) -> u64 {
    ((u128::from(entry) << 64) / u128::from(m.max(1))) as u64
}

/// Arcs of a ring whose points `(position, node)` are sorted by position: each point owns the
/// arc from the point before it (exclusive) up to itself; the first point also owns the wrap.
pub fn ring_arcs(points: &[(u64, usize)]) -> Vec<Arc> {
    let Some(&(last, _)) = points.last() else {
        return Vec::new();
    };
    let first_node = points[0].1;
    let mut arcs = vec![Arc {
        start: 0,
        end: points[0].0.saturating_add(1),
        node: first_node,
    }];
    for pair in points.windows(2) {
        push(
            &mut arcs,
            pair[0].0.saturating_add(1),
            pair[1].0.saturating_add(1),
            pair[1].1,
        );
    }
    push(&mut arcs, last.saturating_add(1), u64::MAX, first_node);
    arcs
}

/// Ketama's continuum as arcs (points scaled from 32 to 64 bits).
pub fn ketama_arcs(points: &[(u32, usize)]) -> Vec<Arc> {
    let scaled: Vec<(u64, usize)> = points
        .iter()
        .map(|&(p, n)| (u64::from(p) << 32, n))
        .collect();
    ring_arcs(&scaled)
}

/// Owners of consecutive equal-width cells (Redis slots, Maglev entries) as arcs.
pub fn cell_arcs(owners: &[usize]) -> Vec<Arc> {
    let m = owners.len() as u64;
    let mut arcs = Vec::new();
    for (i, &node) in owners.iter().enumerate() {
        let i = i as u64;
        let end = if i + 1 == m {
            u64::MAX
        } else {
            entry_start(i + 1, m)
        };
        push(&mut arcs, entry_start(i, m), end, node);
    }
    arcs
}

/// The circle cut into `n` equal sectors, each given the owner of the arc under its middle:
/// a picture of the arcs at a drawable resolution, however many there are. Runs of equal
/// owners come back merged as `(first sector, sectors, owner)`.
pub fn sectors(arcs: &[Arc], n: usize) -> Vec<(usize, usize, usize)> {
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    if arcs.is_empty() || n == 0 {
        return runs;
    }
    for i in 0..n {
        let middle = (((2 * i + 1) as u128) << 63) / n as u128;
        let middle = middle.min(u128::from(u64::MAX)) as u64;
        let at = arcs
            .partition_point(|a| a.end <= middle)
            .min(arcs.len() - 1);
        let node = arcs[at].node;
        match runs.last_mut() {
            Some(run) if run.2 == node => run.1 += 1,
            _ => runs.push((i, 1, node)),
        }
    }
    runs
}

/// Append an arc, merging it into the previous one when the owner is the same.
fn push(arcs: &mut Vec<Arc>, start: u64, end: u64, node: usize) {
    if start >= end && end != u64::MAX {
        return;
    }
    match arcs.last_mut() {
        Some(a) if a.node == node && a.end == start => a.end = end,
        _ => arcs.push(Arc { start, end, node }),
    }
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
