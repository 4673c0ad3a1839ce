//! The comparison's inputs and results, without any DOM: the Ring tab's nodes and keys, the
//! topology change picked and the core's [`compare`] (how its pieces read in words is in
//! [`crate::algo::words`]).

use std::rc::Rc;

use ringlock_core::algo::{compare, Algo, AlgoError, AlgoReport};
use ringlock_core::{NodeSpec, Ring};

/// Most keys compared: every algorithm places them twice, on every change of input.
pub const MAX_COMPARE_KEYS: usize = 100_000;

/// The change whose effect is compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TopologyChange {
    /// A new node of weight 1 joins at the end.
    AddNode,
    /// This node dies (stays listed, owns nothing).
    Kill(String),
    /// The last listed node leaves the list.
    RemoveLast,
}

/// The nodes and keys the comparison runs on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareInput {
    /// The Ring tab's nodes, in order.
    pub nodes: Vec<NodeSpec>,
    /// The keys compared: the first [`MAX_COMPARE_KEYS`] added.
    pub keys: Vec<String>,
    /// How many keys the ring holds.
    pub total_keys: usize,
    /// The Ring tab's vnodes per unit of weight, used by the ring-based algorithms so the
    /// "ring" row is the ring the user built.
    pub vnodes: u32,
    /// Each node's colour slot (its id on the ring), so every view colours a node alike.
    pub slots: Vec<u32>,
}

impl CompareInput {
    /// The ring's nodes and its first keys (by the order they were added).
    pub fn from_ring(ring: &Ring) -> CompareInput {
        let ids = ring.node_ids();
        let slots = ids.iter().map(|id| id.0).collect();
        let nodes = ids
            .iter()
            .filter_map(|&id| ring.node(id))
            .map(|n| NodeSpec {
                name: n.name.clone(),
                weight: n.weight,
                alive: n.alive,
            })
            .collect();
        let store = ring.keys();
        let mut ids: Vec<_> = store.ids().to_vec();
        ids.sort_unstable();
        let keys = ids
            .iter()
            .take(MAX_COMPARE_KEYS)
            .map(|&id| store.name(id).to_string())
            .collect();
        CompareInput {
            nodes,
            keys,
            total_keys: store.len(),
            vnodes: ring.vnodes(),
            slots,
        }
    }

    /// The colour slot of node `i` of a node list after a change: a listed node keeps its
    /// own; the node that joins takes the lowest free one, as the ring would give it.
    pub fn color_slot(&self, i: usize) -> u32 {
        self.slots.get(i).copied().unwrap_or_else(|| {
            (0..)
                .find(|s| !self.slots.contains(s))
                .unwrap_or(self.slots.len() as u32)
        })
    }

    /// Live nodes before any change.
    pub fn live(&self) -> usize {
        self.nodes.iter().filter(|n| n.alive).count()
    }

    /// A name no node has, for the node that joins.
    pub fn new_node_name(&self) -> String {
        (1..)
            .map(|i| {
                if i == 1 {
                    "new-node".to_string()
                } else {
                    format!("new-node-{i}")
                }
            })
            .find(|name| self.nodes.iter().all(|n| &n.name != name))
            .unwrap_or_default()
    }

    /// The nodes after `change`.
    pub fn after(&self, change: &TopologyChange) -> Vec<NodeSpec> {
        let mut after = self.nodes.clone();
        match change {
            TopologyChange::AddNode => after.push(NodeSpec {
                name: self.new_node_name(),
                weight: 1,
                alive: true,
            }),
            TopologyChange::Kill(name) => {
                if let Some(n) = after.iter_mut().find(|n| &n.name == name) {
                    n.alive = false;
                }
            }
            TopologyChange::RemoveLast => {
                after.pop();
            }
        }
        after
    }

    /// The fewest keys any placement must move for `change`, as a fraction: the share of the
    /// total weight that joins or leaves.
    pub fn ideal_fraction(&self, change: &TopologyChange) -> f64 {
        let live_weight: f64 = self
            .nodes
            .iter()
            .filter(|n| n.alive)
            .map(|n| f64::from(n.weight))
            .sum();
        let leaving = |n: Option<&NodeSpec>| match n {
            Some(n) if n.alive && live_weight > 0.0 => f64::from(n.weight) / live_weight,
            _ => 0.0,
        };
        match change {
            TopologyChange::AddNode => 1.0 / (live_weight + 1.0),
            TopologyChange::Kill(name) => leaving(self.nodes.iter().find(|n| &n.name == name)),
            TopologyChange::RemoveLast => leaving(self.nodes.last()),
        }
    }
}

/// Fewest and most ε the Bounded-loads row takes.
pub const EPS_RANGE: std::ops::RangeInclusive<f64> = 0.05..=2.0;
/// Maglev table sizes offered: all prime, from the paper's tiny example to go-maglev's large one.
pub const MAGLEV_SIZES: [u64; 5] = [7, 251, 4_099, 65_537, 655_373];
/// Table sizes small enough to draw slot by slot.
pub const MAGLEV_DRAWN: u64 = 251;

/// The parameters the user picks for the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// ε of the Bounded-loads row.
    pub eps: f64,
    /// Maglev's table size M.
    pub maglev_m: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            eps: ringlock_core::algo::DEFAULT_EPS,
            maglev_m: ringlock_core::algo::maglev::DEFAULT_M,
        }
    }
}

/// ε from the text typed: `None` unless a number in [`EPS_RANGE`].
pub fn parse_eps(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|e| EPS_RANGE.contains(e))
}

/// Every algorithm of [`Algo::all`], with the Ring tab's vnodes and the user's parameters.
pub fn algos(input: &CompareInput, params: Params) -> Vec<Algo> {
    Algo::all()
        .into_iter()
        .map(|algo| match algo {
            Algo::Ring { .. } => Algo::Ring {
                vnodes: input.vnodes,
            },
            Algo::Bounded { .. } => Algo::Bounded {
                vnodes: input.vnodes,
                eps: params.eps,
            },
            Algo::Maglev { .. } => Algo::Maglev { m: params.maglev_m },
            other @ (Algo::Modulo
            | Algo::Article
            | Algo::Ketama(_)
            | Algo::Jump
            | Algo::Rendezvous
            | Algo::RedisSlots) => other,
        })
        .collect()
}

/// One comparison: the nodes after, and every algorithm's report.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The nodes after the change.
    pub after: Vec<NodeSpec>,
    /// One per algorithm of [`Algo::all`], in that order.
    pub reports: Vec<(Algo, Result<AlgoReport, AlgoError>)>,
}

/// Run every algorithm on `input` and `change`, with the user's `params`.
pub fn run(input: &CompareInput, change: &TopologyChange, params: Params) -> Rc<Comparison> {
    let after = input.after(change);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let algos = algos(input, params);
    let reports = compare(&algos, &input.nodes, &after, &keys);
    Rc::new(Comparison {
        after,
        reports: algos.into_iter().zip(reports).collect(),
    })
}

#[cfg(test)]
#[path = "data_tests.rs"]
mod tests;
