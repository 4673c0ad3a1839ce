//! Load statistics for one scheme, with the theory to compare them against.

use super::modulo::{self, Scheme};
use super::{NodeId, Ring};

const RING_SIZE: f64 = 18_446_744_073_709_551_616.0;

/// One live node's load.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeLoad {
    /// The node.
    pub node: NodeId,
    /// Keys it owns under the scheme.
    pub keys: u64,
    /// The fraction of the hash space it owns under the scheme.
    pub share: f64,
}

/// Load statistics over the live nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadStats {
    /// The scheme these describe.
    pub scheme: Scheme,
    /// Live nodes in the order they were added.
    pub loads: Vec<NodeLoad>,
    /// Keys placed.
    pub keys: u64,
    /// Mean keys per live node.
    pub mean: f64,
    /// Population standard deviation of keys per live node.
    pub std_dev: f64,
    /// Coefficient of variation of keys per node (std dev / mean).
    pub cv: f64,
    /// Largest load over the mean.
    pub max_over_mean: f64,
    /// Coefficient of variation of the hash-space shares.
    pub share_cv: f64,
    /// Theory for `share_cv` on the ring with equal weights: √((N−1)/(NV+1)).
    pub theory_share_cv: Option<f64>,
    /// Theory for `cv` (keys per node): share variance plus binomial sampling of the keys.
    pub theory_cv: Option<f64>,
}

/// Relative standard deviation of one node's share of a ring of N nodes with V vnodes each:
/// the share is Beta(V, (N−1)V), so this is √((N−1)/(NV+1)).
pub fn theory_share_cv(n: usize, v: u32) -> f64 {
    let n = n as f64;
    ((n - 1.0) / (n * f64::from(v) + 1.0)).sqrt()
}

/// Relative standard deviation of one node's key count when K keys land on a ring of N nodes
/// with V vnodes each: Var = K·E[s(1−s)] + K²·Var(s), with s ~ Beta(V, (N−1)V).
pub fn theory_key_cv(n: usize, v: u32, k: u64) -> f64 {
    let (nf, kf) = (n as f64, k as f64);
    let mean_share = 1.0 / nf;
    let var_share = (theory_share_cv(n, v) * mean_share).powi(2);
    let e_s_one_minus_s = mean_share - (var_share + mean_share * mean_share);
    let var = kf * e_s_one_minus_s + kf * kf * var_share;
    var.sqrt() / (kf / nf)
}

/// Relative standard deviation of one node's key count when each node's share is fixed
/// (`shares`) and keys are uniform: binomial sampling around unequal shares.
fn fixed_share_key_cv(shares: &[f64], k: u64) -> f64 {
    let (n, kf) = (shares.len() as f64, k as f64);
    let mean = kf / n;
    let var = shares
        .iter()
        .map(|&p| kf * p * (1.0 - p) + (kf * p - mean).powi(2))
        .sum::<f64>()
        / n;
    var.sqrt() / mean
}

fn mean_sd(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = values.clone().count() as f64;
    if n == 0.0 {
        return (0.0, 0.0);
    }
    let mean = values.clone().sum::<f64>() / n;
    let var = values.map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

impl Ring {
    /// Hash-space share of each live node on the ring (sum of the arcs it closes).
    pub fn ring_shares(&self) -> Vec<f64> {
        let mut shares = vec![0.0; self.slot_count()];
        let live: Vec<_> = self
            .points()
            .iter()
            .filter(|p| self.node(p.node).is_some_and(|n| n.alive))
            .collect();
        if live.len() == 1 {
            shares[live[0].node.0 as usize] = 1.0;
        } else {
            for (k, p) in live.iter().enumerate() {
                let prev = live[(k + live.len() - 1) % live.len()].position;
                shares[p.node.0 as usize] += p.position.wrapping_sub(prev) as f64 / RING_SIZE;
            }
        }
        shares
    }

    /// Keys per node under a scheme, by node slot.
    pub fn counts_under(&self, scheme: Scheme) -> Vec<u64> {
        let live = self.live_ids();
        let mut counts = vec![0u64; self.slot_count()];
        match scheme {
            Scheme::Ring => {
                for &id in self.node_ids() {
                    counts[id.0 as usize] = self.key_count(id);
                }
            }
            Scheme::Modulo => {
                if !live.is_empty() {
                    let keys = self.keys();
                    let n = live.len() as u64;
                    let mut by_index = vec![0u64; live.len()];
                    for &pos in keys.positions() {
                        by_index[(pos % n) as usize] += 1;
                    }
                    for (i, &id) in live.iter().enumerate() {
                        counts[id.0 as usize] = by_index[i];
                    }
                }
            }
            Scheme::Article => {
                let keys = self.keys();
                for &kid in keys.ids() {
                    if let Some(id) = modulo::article_owner(keys.hash(kid).article, &live) {
                        counts[id.0 as usize] += 1;
                    }
                }
            }
        }
        counts
    }

    /// Hash-space share of each node under a scheme, by node slot.
    pub fn shares_under(&self, scheme: Scheme) -> Vec<f64> {
        let live = self.live_ids();
        match scheme {
            Scheme::Ring => self.ring_shares(),
            Scheme::Modulo => {
                let mut shares = vec![0.0; self.slot_count()];
                for &id in &live {
                    shares[id.0 as usize] = 1.0 / live.len() as f64;
                }
                shares
            }
            Scheme::Article => {
                let mut shares = vec![0.0; self.slot_count()];
                for a in 0u8..128 {
                    if let Some(id) = modulo::article_owner(a, &live) {
                        shares[id.0 as usize] += 1.0 / 128.0;
                    }
                }
                shares
            }
        }
    }

    /// Load statistics under a scheme.
    pub fn stats(&self, scheme: Scheme) -> LoadStats {
        let live = self.live_ids();
        let counts = self.counts_under(scheme);
        let shares = self.shares_under(scheme);
        let loads: Vec<NodeLoad> = live
            .iter()
            .map(|&id| NodeLoad {
                node: id,
                keys: counts[id.0 as usize],
                share: shares[id.0 as usize],
            })
            .collect();
        let keys = self.keys().len() as u64;
        let (mean, std_dev) = mean_sd(loads.iter().map(|l| l.keys as f64));
        let (share_mean, share_sd) = mean_sd(loads.iter().map(|l| l.share));
        let max = loads.iter().map(|l| l.keys).max().unwrap_or(0) as f64;
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        let equal_weights = live
            .windows(2)
            .all(|w| self.node(w[0]).map(|n| n.weight) == self.node(w[1]).map(|n| n.weight));
        let n = live.len();
        let (theory_share_cv, theory_cv) = match scheme {
            _ if n == 0 => (None, None),
            Scheme::Ring if equal_weights => {
                let v = self.vnodes() * self.node(live[0]).map_or(1, |n| n.weight);
                (
                    Some(theory_share_cv(n, v)),
                    (keys > 0).then(|| theory_key_cv(n, v, keys)),
                )
            }
            Scheme::Ring => (None, None),
            Scheme::Modulo | Scheme::Article => {
                let fixed: Vec<f64> = loads.iter().map(|l| l.share).collect();
                let (_, sd) = mean_sd(fixed.iter().copied());
                (
                    Some(sd * n as f64),
                    (keys > 0).then(|| fixed_share_key_cv(&fixed, keys)),
                )
            }
        };
        LoadStats {
            scheme,
            loads,
            keys,
            mean,
            std_dev,
            cv: ratio(std_dev, mean),
            max_over_mean: ratio(max, mean),
            share_cv: ratio(share_sd, share_mean),
            theory_share_cv,
            theory_cv,
        }
    }
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
