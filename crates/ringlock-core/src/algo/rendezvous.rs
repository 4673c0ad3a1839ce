//! Rendezvous (highest random weight) hashing, Thaler & Ravishankar 1996: a key goes to the
//! node with the highest score; the next-highest are its replicas.
//!
//! Hashing convention: the score hash of (key, node) is
//! `fmix64(key_position ⊕ fmix64(node_position))`, where both positions are SHA-1 ring
//! positions ([`crate::hash::key_position`]) and `fmix64` is MurmurHash3's 64-bit finaliser.
//! Its top 53 bits give `u = (h + ½) / 2⁵³`, strictly inside (0, 1), and the weighted score is
//! `w / −ln(u)` (Schindelhauer & Schomaker's weighted rendezvous). With equal weights the
//! order is that of the plain hash. Ties go to the earlier node.

use super::AlgoError;
use crate::hash;

/// MurmurHash3's 64-bit finaliser: a bijection that mixes every input bit into every output bit.
pub fn fmix64(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// The score of a key at `key_position` on a node whose seed is `node_seed` (= `fmix64` of the
/// node's position) with weight `weight`.
pub fn score(key_position: u64, node_seed: u64, weight: f64) -> f64 {
    let h = fmix64(key_position ^ node_seed);
    let u = ((h >> 11) as f64 + 0.5) / 9_007_199_254_740_992.0;
    weight / -u.ln()
}

/// The nodes, with their seeds and weights.
#[derive(Clone, Debug)]
pub struct Rendezvous {
    nodes: Vec<(u64, f64)>,
}

impl Rendezvous {
    /// Nodes `(name, weight)` in order.
    pub fn new(nodes: &[(&str, u32)]) -> Result<Rendezvous, AlgoError> {
        if nodes.is_empty() {
            return Err(AlgoError::NoLiveNode);
        }
        if let Some(&(name, _)) = nodes.iter().find(|n| n.1 == 0) {
            return Err(AlgoError::ZeroWeight(name.to_string()));
        }
        Ok(Rendezvous {
            nodes: nodes
                .iter()
                .map(|&(name, w)| (fmix64(hash::key_position(name)), f64::from(w)))
                .collect(),
        })
    }

    /// Every node's score for a key, in node order: the UI's score bars.
    pub fn scores(&self, key: &str) -> Vec<f64> {
        self.scores_at(hash::key_position(key))
    }

    /// [`Rendezvous::scores`] for a key already hashed to its ring position.
    pub fn scores_at(&self, position: u64) -> Vec<f64> {
        self.nodes
            .iter()
            .map(|&(seed, w)| score(position, seed, w))
            .collect()
    }

    /// The winning node for a key at `position`.
    pub fn lookup_at(&self, position: u64) -> usize {
        let mut best = (0, f64::NEG_INFINITY);
        for (i, &(seed, w)) in self.nodes.iter().enumerate() {
            let s = score(position, seed, w);
            if s > best.1 {
                best = (i, s);
            }
        }
        best.0
    }

    /// The winning node for a key.
    pub fn lookup(&self, key: &str) -> usize {
        self.lookup_at(hash::key_position(key))
    }

    /// The `k` highest-scoring nodes for a key, best first: the owner and its replicas.
    pub fn top_k(&self, key: &str, k: usize) -> Vec<usize> {
        let scores = self.scores(key);
        let mut order: Vec<usize> = (0..scores.len()).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        order.truncate(k);
        order
    }
}

#[cfg(test)]
#[path = "rendezvous_tests.rs"]
mod tests;
