//! The SHA-1 ring as the bounded-loads placement reads it: points in ring order, the successor
//! of a position, and a node's capacity.

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
