//! [`Algo`]: every placement behind one call, so a view can run the same keys and the same
//! topology change through all of them.

use super::ketama::{Ketama, KetamaLabels, KetamaPoint};
use super::{bounded, jump, maglev, redis, rendezvous, AlgoError};
use crate::hash;
use crate::ring::{NodeId, Point};
use crate::scenario::NodeSpec;

/// One placement algorithm and its parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Algo {
    /// The SHA-1 ring of [`crate::ring`], `vnodes` per unit of weight.
    Ring {
        /// Vnodes per unit of weight.
        vnodes: u32,
    },
    /// `position mod N` over the live nodes in order ([`crate::modulo`]).
    Modulo,
    /// The article's `int(sha1(key)) % 128 % N`.
    Article,
    /// Ketama as a memcached client does it ([`super::ketama`]); node names are `host:port`.
    Ketama(KetamaLabels),
    /// Jump consistent hash over the live nodes in order ([`super::jump`]).
    Jump,
    /// Weighted rendezvous hashing ([`super::rendezvous`]).
    Rendezvous,
    /// Maglev with table size `m` ([`super::maglev`]).
    Maglev {
        /// Prime table size.
        m: u64,
    },
    /// Bounded loads on the SHA-1 ring ([`super::bounded`]).
    Bounded {
        /// Vnodes per unit of weight.
        vnodes: u32,
        /// Slack: capacity is ⌈(1+ε)·m/n⌉.
        eps: f64,
    },
    /// Redis Cluster hash slots ([`super::redis`]).
    RedisSlots,
}

/// What one lookup costs, for a topology. Timing is left to callers: the core has no clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LookupCost {
    /// Asymptotic cost, e.g. `O(log P)`.
    pub big_o: &'static str,
    /// Expected basic steps (comparisons, loop turns, hash evaluations) for this topology.
    pub steps: f64,
}

/// Vnodes per unit of weight of [`Algo::Ring`] and [`Algo::Bounded`] from [`Algo::from_code`]:
/// ketama's 160, so the rings compare at equal size.
pub const DEFAULT_RING_VNODES: u32 = 160;
/// ε of [`Algo::Bounded`] from [`Algo::from_code`].
pub const DEFAULT_EPS: f64 = 0.25;

impl Algo {
    /// Every algorithm with its defaults, in display order.
    pub fn all() -> Vec<Algo> {
        Self::CODES
            .iter()
            .filter_map(|c| Algo::from_code(c))
            .collect()
    }

    /// Codes accepted by [`Algo::from_code`], in display order.
    pub const CODES: [&'static str; 11] = [
        "ring",
        "modulo",
        "article",
        "libmemcached-ketama",
        "libketama",
        "ketama-spy",
        "jump",
        "rendezvous",
        "maglev",
        "bounded",
        "redis-cluster",
    ];

    /// Short code, as the CLI's `--algo` takes it.
    pub fn code(&self) -> &'static str {
        match self {
            Algo::Ring { .. } => "ring",
            Algo::Modulo => "modulo",
            Algo::Article => "article",
            Algo::Ketama(KetamaLabels::Libmemcached) => "libmemcached-ketama",
            Algo::Ketama(KetamaLabels::Libketama) => "libketama",
            Algo::Ketama(KetamaLabels::Spy) => "ketama-spy",
            Algo::Jump => "jump",
            Algo::Rendezvous => "rendezvous",
            Algo::Maglev { .. } => "maglev",
            Algo::Bounded { .. } => "bounded",
            Algo::RedisSlots => "redis-cluster",
        }
    }

    /// The algorithm with this code and its default parameters: 160 vnodes, M = 65,537,
    /// ε = 0.25.
    pub fn from_code(code: &str) -> Option<Algo> {
        Some(match code {
            "ring" => Algo::Ring {
                vnodes: DEFAULT_RING_VNODES,
            },
            "modulo" => Algo::Modulo,
            "article" => Algo::Article,
            "libmemcached-ketama" => Algo::Ketama(KetamaLabels::Libmemcached),
            "libketama" => Algo::Ketama(KetamaLabels::Libketama),
            "ketama-spy" => Algo::Ketama(KetamaLabels::Spy),
            "jump" => Algo::Jump,
            "rendezvous" => Algo::Rendezvous,
            "maglev" => Algo::Maglev {
                m: maglev::DEFAULT_M,
            },
            "bounded" => Algo::Bounded {
                vnodes: DEFAULT_RING_VNODES,
                eps: DEFAULT_EPS,
            },
            "redis-cluster" => Algo::RedisSlots,
            _ => return None,
        })
    }

    /// The owner of every key, as an index into `nodes`. Dead nodes own nothing.
    ///
    /// Redis Cluster is laid out over *all* listed nodes as `redis-cli --cluster create`
    /// would; a dead master's slots are then handed to the live masters in contiguous pieces,
    /// as an operator's reshard would (not a replica failover).
    pub fn place(&self, nodes: &[NodeSpec], keys: &[&str]) -> Result<Vec<usize>, AlgoError> {
        let live: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].alive).collect();
        if live.is_empty() {
            return Err(AlgoError::NoLiveNode);
        }
        if let Some(&i) = live.iter().find(|&&i| nodes[i].weight == 0) {
            return Err(AlgoError::ZeroWeight(nodes[i].name.clone()));
        }
        let specs: Vec<(&str, u32)> = live
            .iter()
            .map(|&i| (nodes[i].name.as_str(), nodes[i].weight))
            .collect();
        let to_node = |owners: Vec<usize>| owners.into_iter().map(|o| live[o]).collect();
        let positions = || keys.iter().map(|k| hash::key_position(k));
        let n = live.len() as u64;
        Ok(match *self {
            Algo::Ring { vnodes } => {
                let points = bounded::sha1_points(&specs, vnodes)?;
                to_node(
                    positions()
                        .map(|p| points[bounded::successor(&points, p)].1 as usize)
                        .collect(),
                )
            }
            Algo::Modulo => to_node(positions().map(|p| (p % n) as usize).collect()),
            Algo::Article => to_node(
                keys.iter()
                    .map(|k| usize::from(hash::article_bucket(&hash::sha1(k))) % live.len())
                    .collect(),
            ),
            Algo::Ketama(labels) => {
                let k = Ketama::new(&specs, labels)?;
                to_node(keys.iter().map(|key| k.lookup(key)).collect())
            }
            Algo::Jump => to_node(
                positions()
                    .map(|p| jump::jump(p, live.len() as u32) as usize)
                    .collect(),
            ),
            Algo::Rendezvous => {
                let r = rendezvous::Rendezvous::new(&specs)?;
                to_node(positions().map(|p| r.lookup_at(p)).collect())
            }
            Algo::Maglev { m } => {
                let names: Vec<&str> = specs.iter().map(|s| s.0).collect();
                let table = maglev::Maglev::new(&names, m)?;
                to_node(
                    positions()
                        .map(|p| table.table()[(p % m) as usize] as usize)
                        .collect(),
                )
            }
            Algo::Bounded { vnodes, eps } => {
                let pos: Vec<u64> = positions().collect();
                to_node(bounded::place_positions(&specs, vnodes, &pos, eps)?.owners)
            }
            Algo::RedisSlots => {
                let mut map = redis::SlotMap::create(nodes.len())?;
                for dead in (0..nodes.len()).filter(|&i| !nodes[i].alive) {
                    map.hand_over(dead, &live);
                }
                keys.iter().map(|k| map.lookup(k)).collect()
            }
        })
    }

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
            Algo::RedisSlots => redis::SLOTS * 2,
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

/// Keys per node (index into `nodes`) for owners from [`Algo::place`].
pub fn loads(nodes: &[NodeSpec], owners: &[usize]) -> Vec<u64> {
    let mut loads = vec![0u64; nodes.len()];
    for &o in owners {
        loads[o] += 1;
    }
    loads
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Ring;

    // The modulo helpers index live [`NodeId`]s; this keeps [`Algo::Modulo`] in step with them.
    fn modulo_agrees(nodes: &[NodeSpec], keys: &[&str]) -> bool {
        let live: Vec<NodeId> = (0..nodes.len() as u32)
            .filter(|&i| nodes[i as usize].alive)
            .map(NodeId)
            .collect();
        let placed = Algo::Modulo.place(nodes, keys).unwrap();
        keys.iter().zip(placed).all(|(k, o)| {
            crate::modulo::modulo_owner(hash::key_position(k), &live) == Some(NodeId(o as u32))
        })
    }

    pub(crate) fn specs(names: &[&str]) -> Vec<NodeSpec> {
        names
            .iter()
            .map(|n| NodeSpec {
                name: n.to_string(),
                weight: 1,
                alive: true,
            })
            .collect()
    }

    #[test]
    fn codes_round_trip() {
        for algo in Algo::all() {
            assert_eq!(Algo::from_code(algo.code()), Some(algo));
        }
        assert_eq!(Algo::all().len(), Algo::CODES.len());
        assert_eq!(Algo::from_code("nope"), None);
    }

    #[test]
    fn ring_placement_matches_the_ring() {
        let mut nodes = specs(&["a", "b", "c", "d"]);
        nodes[1].weight = 3;
        nodes[2].alive = false;
        let mut ring = Ring::new(8);
        for n in &nodes {
            ring.add_node(&n.name, n.weight).unwrap();
        }
        ring.kill_node("c").unwrap();
        ring.add_generated(500).unwrap();
        let keys: Vec<String> = (0..500).map(|i| format!("key-{i}")).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let placed = Algo::Ring { vnodes: 8 }.place(&nodes, &refs).unwrap();
        for (key, owner) in refs.iter().zip(&placed) {
            let slot = ring.successor(hash::key_position(key)).unwrap();
            let id = ring.points()[slot].node;
            assert_eq!(ring.node_name(id), nodes[*owner].name);
        }
        assert!(modulo_agrees(&nodes, &refs));
    }

    #[test]
    fn every_algorithm_places_on_live_nodes_only() {
        let mut nodes = specs(&["10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"]);
        nodes[1].alive = false;
        let keys = ["a", "b", "c", "d", "e", "f", "g"];
        for algo in Algo::all() {
            let placed = algo.place(&nodes, &keys).unwrap();
            assert_eq!(placed.len(), keys.len());
            assert!(placed.iter().all(|&o| nodes[o].alive), "{algo:?}");
            assert!(algo.memory_bytes(&nodes) > 0);
            assert!(algo.lookup_cost(&nodes).steps >= 1.0);
        }
        nodes[0].alive = false;
        nodes[2].alive = false;
        assert_eq!(Algo::Jump.place(&nodes, &keys), Err(AlgoError::NoLiveNode));
    }
}
