//! What an algorithm's lookup structure costs: its size in bytes and the steps of one lookup,
//! estimated from the topology. Timing is left to callers with a clock ([`super::Placer`]).

use super::ketama::KetamaPoint;
use super::{redis_cluster, Algo};
use crate::ring::NodeSpec;
use crate::ring::{NodeId, Point};

/// What one lookup costs, for a topology. Timing is left to callers: the core has no clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LookupCost {
    /// Asymptotic cost, e.g. `O(log P)`.
    pub big_o: &'static str,
    /// Expected basic steps (comparisons, loop turns, hash evaluations) for this topology.
    pub steps: f64,
}

impl Algo {
    /// Bytes of the structure a lookup reads, for the live nodes of `nodes` (an estimate from
    /// the element sizes, not counting allocator overhead).
    pub fn memory_bytes(&self, nodes: &[NodeSpec]) -> usize {
        let live: Vec<&NodeSpec> = nodes.iter().filter(|n| n.alive).collect();
        let n = live.len();
        let weight: usize = live.iter().map(|s| s.weight as usize).sum();
        let id = std::mem::size_of::<NodeId>();
        match *self {
            Algo::Ring { vnodes } => weight * vnodes as usize * std::mem::size_of::<Point>(),
            Algo::Modulo | Algo::Article | Algo::Jump => n * id,
            Algo::Ketama(labels) => {
                let w: Vec<u32> = live.iter().map(|s| s.weight.max(1)).collect();
                let points: u32 = super::ketama::points_per_server(&w, labels).iter().sum();
                points as usize * std::mem::size_of::<KetamaPoint>()
            }
            // A seed (u64) and a weight (f64) per node.
            Algo::Rendezvous => n * 16,
            // One u32 entry per slot.
            Algo::Maglev { m } => m as usize * 4,
            // The ring's points plus a load and a capacity per node.
            Algo::Bounded { vnodes, .. } => {
                weight * vnodes as usize * std::mem::size_of::<Point>() + n * 16
            }
            // One u16 master per slot, as a cluster node's slot table.
            Algo::RedisSlots => redis_cluster::SLOTS * 2,
        }
    }

    /// What one lookup costs on the live nodes of `nodes`.
    pub fn lookup_cost(&self, nodes: &[NodeSpec]) -> LookupCost {
        let live: Vec<&NodeSpec> = nodes.iter().filter(|n| n.alive).collect();
        let n = live.len().max(1) as f64;
        let weight: f64 = live
            .iter()
            .map(|s| f64::from(s.weight))
            .sum::<f64>()
            .max(1.0);
        let log2 = |x: f64| x.max(1.0).log2().ceil();
        match *self {
            Algo::Ring { vnodes } => LookupCost {
                big_o: "O(log P)",
                steps: log2(weight * f64::from(vnodes)),
            },
            Algo::Modulo | Algo::Article | Algo::Maglev { .. } | Algo::RedisSlots => LookupCost {
                big_o: "O(1)",
                steps: 1.0,
            },
            Algo::Ketama(_) => LookupCost {
                big_o: "O(log P)",
                steps: log2(160.0 * n),
            },
            Algo::Jump => LookupCost {
                big_o: "O(ln n)",
                steps: n.ln() + 1.0,
            },
            Algo::Rendezvous => LookupCost {
                big_o: "O(n)",
                steps: n,
            },
            Algo::Bounded { vnodes, .. } => LookupCost {
                big_o: "O(log P) + walk",
                steps: log2(weight * f64::from(vnodes)),
            },
        }
    }
}
