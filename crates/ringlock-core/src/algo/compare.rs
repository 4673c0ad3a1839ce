//! The same keys and the same topology change through every algorithm: what moved, and to
//! where, and how even the result is.

use super::{loads, Algo, AlgoError, LookupCost};
use crate::ring::NodeSpec;
use ringlock_stats::jain;

/// Keys that went from one node to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    /// Name of the node before.
    pub from: String,
    /// Name of the node after.
    pub to: String,
    /// How many keys.
    pub keys: u64,
}

/// One algorithm's result for a change.
#[derive(Clone, Debug, PartialEq)]
pub struct AlgoReport {
    /// The algorithm.
    pub algo: Algo,
    /// Keys whose owner (by name) changed.
    pub moved: u64,
    /// Where they went, largest flow first (ties by name).
    pub flows: Vec<Flow>,
    /// Keys per node after the change, parallel to the `after` list (dead nodes hold 0).
    pub loads: Vec<u64>,
    /// The largest load after.
    pub max_load: u64,
    /// The mean load over the live nodes after.
    pub mean_load: f64,
    /// Jain's index of the live nodes' loads after (1 when there are no keys).
    pub jain: f64,
    /// [`Algo::memory_bytes`] after.
    pub memory_bytes: usize,
    /// [`Algo::lookup_cost`] after.
    pub lookup: LookupCost,
    /// Set when the algorithm cannot really make this change: jump hash asked to drop a
    /// bucket other than the last. The numbers then show what renumbering the buckets costs.
    pub refused: Option<AlgoError>,
}

/// Run `keys` through every algorithm of `algos` on `before` and on `after` (nodes matched by
/// name), with [`Algo::place_change`]: Redis Cluster's slots after are the slots before,
/// resharded as redis-cli does. An algorithm that cannot place keys at all (no live node, a
/// bad parameter) gives its error.
pub fn compare(
    algos: &[Algo],
    before: &[NodeSpec],
    after: &[NodeSpec],
    keys: &[&str],
) -> Vec<Result<AlgoReport, AlgoError>> {
    algos
        .iter()
        .map(|algo| report(algo, before, after, keys))
        .collect()
}

fn report(
    algo: &Algo,
    before: &[NodeSpec],
    after: &[NodeSpec],
    keys: &[&str],
) -> Result<AlgoReport, AlgoError> {
    let (old, new) = algo.place_change(before, after, keys)?;
    let mut pairs: Vec<(usize, usize)> = old
        .iter()
        .zip(&new)
        .filter(|(&o, &n)| before[o].name != after[n].name)
        .map(|(&o, &n)| (o, n))
        .collect();
    pairs.sort_unstable();
    let mut flows: Vec<Flow> = Vec::new();
    for (o, n) in pairs.iter().copied() {
        match flows.last_mut() {
            Some(f) if f.from == before[o].name && f.to == after[n].name => f.keys += 1,
            _ => flows.push(Flow {
                from: before[o].name.clone(),
                to: after[n].name.clone(),
                keys: 1,
            }),
        }
    }
    flows.sort_by(|a, b| {
        b.keys
            .cmp(&a.keys)
            .then_with(|| (&a.from, &a.to).cmp(&(&b.from, &b.to)))
    });
    let loads = loads(after, &new);
    let live: Vec<u64> = (0..after.len())
        .filter(|&i| after[i].alive)
        .map(|i| loads[i])
        .collect();
    let refused = match algo {
        Algo::Jump => jump_refusal(before, after),
        Algo::Ring { .. }
        | Algo::Modulo
        | Algo::Article
        | Algo::Ketama(_)
        | Algo::Rendezvous
        | Algo::Maglev { .. }
        | Algo::Bounded { .. }
        | Algo::RedisSlots => None,
    };
    Ok(AlgoReport {
        algo: *algo,
        moved: pairs.len() as u64,
        flows,
        max_load: live.iter().copied().max().unwrap_or(0),
        mean_load: keys.len() as f64 / live.len().max(1) as f64,
        jain: jain(&live).unwrap_or(1.0),
        memory_bytes: algo.memory_bytes(after),
        lookup: algo.lookup_cost(after),
        loads,
        refused,
    })
}

/// Jump hash's buckets are the live nodes in order: a live node that is gone after (killed or
/// removed) while a later one stays is not the last bucket.
fn jump_refusal(before: &[NodeSpec], after: &[NodeSpec]) -> Option<AlgoError> {
    let live_before: Vec<&str> = before
        .iter()
        .filter(|n| n.alive)
        .map(|n| n.name.as_str())
        .collect();
    let live_after = |name: &str| after.iter().any(|n| n.alive && n.name == name);
    let last = live_before.len().checked_sub(1)?;
    live_before
        .iter()
        .enumerate()
        .find(|&(i, name)| i < last && !live_after(name))
        .map(|(bucket, _)| AlgoError::NotLastBucket { bucket, last })
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
