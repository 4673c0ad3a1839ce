//! [`Algo`]: every placement behind one call, so a view can run the same keys and the same
//! topology change through all of them.

use super::ketama::KetamaLabels;
use super::{maglev, AlgoError};
#[cfg(doc)]
use super::{redis_cluster, Placer};
use crate::ring::NodeSpec;

/// One placement algorithm and its parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Algo {
    /// The SHA-1 ring of [`crate::ring`], `vnodes` per unit of weight.
    Ring {
        /// Vnodes per unit of weight.
        vnodes: u32,
    },
    /// `position mod N` over the live nodes in order ([`crate::ring::modulo`]).
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
    /// Redis Cluster hash slots ([`super::redis_cluster`]).
    RedisSlots,
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
    /// Built on [`Algo::placer`] (see [`Placer::place_all`]). Redis Cluster is laid out over
    /// *all* listed nodes as `redis-cli --cluster create` would, then the dead masters' slots
    /// are moved to the live ones by `redis-cli --cluster rebalance` with weight 0 for the
    /// dead ([`redis_cluster::layout`]): an operator draining them, not a replica failover.
    pub fn place(&self, nodes: &[NodeSpec], keys: &[&str]) -> Result<Vec<usize>, AlgoError> {
        Ok(self.placer(nodes, keys.len())?.place_all(keys))
    }

    /// The owners of every key before (indexes into `before`) and after (into `after`) a
    /// change, nodes matched by name. For every algorithm but Redis Cluster this is
    /// [`Algo::place`] of each list. Redis Cluster has history: the slot map after is the
    /// one before with the change done as an operator does it with redis-cli — joiners
    /// added empty, removed and dead masters given weight 0, then one
    /// `--cluster rebalance --cluster-use-empty-masters` ([`redis_cluster::layout_change`]) — so a
    /// join moves about 1/(n+1) of the slots, all to the new master.
    pub fn place_change(
        &self,
        before: &[NodeSpec],
        after: &[NodeSpec],
        keys: &[&str],
    ) -> Result<(Vec<usize>, Vec<usize>), AlgoError> {
        let (mut old, mut new) = self.placers_for_change(before, after, keys.len())?;
        Ok((old.place_all(keys), new.place_all(keys)))
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
#[path = "place_tests.rs"]
pub(crate) mod tests;
