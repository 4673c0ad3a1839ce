//! [`Placer`]: an algorithm's lookup structure, built once for a topology, then asked for
//! keys one at a time, so a caller with a clock can time lookups on their own. The core has
//! no clock; [`Algo::place`] is a loop over [`Placer::place_all`].

use super::arrivals::Arrivals;
use super::geometry::{cell_arcs, ketama_arcs, ring_arcs, Arc};
use super::ketama::Ketama;
use super::redis_cluster::{self, SlotMap};
use super::{bounded, jump, maglev, rendezvous, Algo, AlgoError};
use crate::hash;
use crate::ring::NodeSpec;

/// An algorithm's lookup structure for one topology.
#[derive(Clone, Debug)]
pub struct Placer {
    kind: Kind,
    /// The live nodes' indexes in the node list: what the algorithms number `0..n`.
    live: Vec<usize>,
}

#[derive(Clone, Debug)]
enum Kind {
    Ring(Vec<(u64, u32)>),
    Modulo(u64),
    Article(usize),
    Ketama(Ketama),
    Jump(u32),
    Rendezvous(rendezvous::Rendezvous),
    Maglev(maglev::Maglev),
    Bounded(Box<Arrivals>),
    /// Owners are already indexes into the node list.
    Redis(SlotMap),
}

impl Algo {
    /// The lookup structure for `nodes`, with the checks of [`Algo::place`]. `expected_keys`
    /// is used by [`Algo::Bounded`] only: its capacities are `⌈(1+ε)·expected_keys·w/W⌉`,
    /// so pass the number of keys that will be looked up ([`Algo::place`] passes
    /// `keys.len()`).
    pub fn placer(&self, nodes: &[NodeSpec], expected_keys: usize) -> Result<Placer, AlgoError> {
        let live = live_nodes(nodes)?;
        let specs: Vec<(&str, u32)> = live
            .iter()
            .map(|&i| (nodes[i].name.as_str(), nodes[i].weight))
            .collect();
        let kind = match *self {
            Algo::Ring { vnodes } => Kind::Ring(bounded::sha1_points(&specs, vnodes)?),
            Algo::Modulo => Kind::Modulo(live.len() as u64),
            Algo::Article => Kind::Article(live.len()),
            Algo::Ketama(labels) => Kind::Ketama(Ketama::new(&specs, labels)?),
            Algo::Jump => Kind::Jump(u32::try_from(live.len()).unwrap_or(u32::MAX)),
            Algo::Rendezvous => Kind::Rendezvous(rendezvous::Rendezvous::new(&specs)?),
            Algo::Maglev { m } => {
                let names: Vec<&str> = specs.iter().map(|s| s.0).collect();
                Kind::Maglev(maglev::Maglev::new(&names, m)?)
            }
            Algo::Bounded { vnodes, eps } => {
                Kind::Bounded(Box::new(Arrivals::new(&specs, vnodes, eps, expected_keys)?))
            }
            Algo::RedisSlots => Kind::Redis(redis_cluster::layout(nodes)?),
        };
        Ok(Placer { kind, live })
    }

    /// The lookup structures before and after a change from `before` to `after`, with the
    /// checks of [`Algo::place`] on both. Every algorithm but Redis Cluster depends only on
    /// the topology, so these are [`Algo::placer`] of each; Redis Cluster's after is the
    /// slot map before with the change replayed by redis-cli (see [`redis_cluster::layout_change`]).
    pub fn placers_for_change(
        &self,
        before: &[NodeSpec],
        after: &[NodeSpec],
        expected_keys: usize,
    ) -> Result<(Placer, Placer), AlgoError> {
        if *self != Algo::RedisSlots {
            return Ok((
                self.placer(before, expected_keys)?,
                self.placer(after, expected_keys)?,
            ));
        }
        let (live_before, live_after) = (live_nodes(before)?, live_nodes(after)?);
        let (old, new) = redis_cluster::layout_change(before, after)?;
        Ok((
            Placer {
                kind: Kind::Redis(old),
                live: live_before,
            },
            Placer {
                kind: Kind::Redis(new),
                live: live_after,
            },
        ))
    }
}

/// The live nodes' indexes, or why there is nothing to place on: no live node, or a live
/// node of weight 0.
fn live_nodes(nodes: &[NodeSpec]) -> Result<Vec<usize>, AlgoError> {
    let live: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].alive).collect();
    if live.is_empty() {
        return Err(AlgoError::NoLiveNode);
    }
    if let Some(&i) = live.iter().find(|&&i| nodes[i].weight == 0) {
        return Err(AlgoError::ZeroWeight(nodes[i].name.clone()));
    }
    Ok(live)
}

impl Placer {
    /// The owner of `key`, as an index into the nodes the placer was built for, hashing the
    /// key as [`Algo::place`] does (SHA-1 ring position, the article's bucket, MD5 for
    /// Ketama, the CRC16 slot for Redis Cluster). Under bounded loads the key is placed as
    /// the next arrival, so asking twice places it twice; past the expected number of keys
    /// a key that finds every node full goes to its plain ring successor.
    pub fn owner(&mut self, key: &str) -> usize {
        let position = || hash::key_position(key);
        let i = match &mut self.kind {
            Kind::Ring(points) => points[bounded::successor(points, position())].1 as usize,
            Kind::Modulo(n) => (position() % *n) as usize,
            Kind::Article(n) => usize::from(hash::article_bucket(&hash::sha1(key))) % *n,
            Kind::Ketama(k) => k.lookup(key),
            Kind::Jump(n) => jump::jump(position(), *n) as usize,
            Kind::Rendezvous(r) => r.lookup_at(position()),
            Kind::Maglev(t) => t.lookup(key),
            Kind::Bounded(a) => a.arrive(position()),
            Kind::Redis(map) => return map.lookup(key),
        };
        self.live[i]
    }

    /// The owners of `keys`, as [`Algo::place`] gives them: one [`Placer::owner`] per key,
    /// except that under bounded loads the keys arrive in ring order (ascending position,
    /// ties by their order in `keys`), as [`bounded::place`] places them.
    pub fn place_all(&mut self, keys: &[&str]) -> Vec<usize> {
        let Kind::Bounded(arrivals) = &mut self.kind else {
            return keys.iter().map(|k| self.owner(k)).collect();
        };
        let positions: Vec<u64> = keys.iter().map(|k| hash::key_position(k)).collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by_key(|&k| (positions[k], k));
        let mut owners = vec![0; keys.len()];
        for k in order {
            owners[k] = self.live[arrivals.arrive(positions[k])];
        }
        owners
    }

    /// The arcs of the circle each node owns ([`super::geometry`]), nodes being indexes into
    /// the nodes the placer was built for; `None` for algorithms without a circle. Under
    /// bounded loads these are the plain ring's arcs: a full node's keys walk past them.
    pub fn arcs(&self) -> Option<Vec<Arc>> {
        let ring = |points: &[(u64, u32)]| {
            let points: Vec<(u64, usize)> = points.iter().map(|&(p, n)| (p, n as usize)).collect();
            ring_arcs(&points)
        };
        let arcs = match &self.kind {
            Kind::Ring(points) => ring(points),
            Kind::Bounded(arrivals) => ring(arrivals.points()),
            Kind::Ketama(k) => {
                let points: Vec<(u32, usize)> = k
                    .points()
                    .iter()
                    .map(|p| (p.point, p.server as usize))
                    .collect();
                ketama_arcs(&points)
            }
            Kind::Maglev(t) => {
                cell_arcs(&t.table().iter().map(|&b| b as usize).collect::<Vec<_>>())
            }
            Kind::Redis(map) => {
                let owners: Vec<usize> = (0..redis_cluster::SLOTS as u16)
                    .map(|s| map.owner(s))
                    .collect();
                return Some(cell_arcs(&owners));
            }
            Kind::Modulo(_) | Kind::Article(_) | Kind::Jump(_) | Kind::Rendezvous(_) => {
                return None
            }
        };
        Some(
            arcs.into_iter()
                .map(|a| Arc {
                    node: self.live[a.node],
                    ..a
                })
                .collect(),
        )
    }

    /// Redis Cluster's slot map, its masters being indexes into the nodes; `None` for the
    /// other algorithms.
    pub fn slot_map(&self) -> Option<&SlotMap> {
        match &self.kind {
            Kind::Redis(map) => Some(map),
            Kind::Ring(_)
            | Kind::Modulo(_)
            | Kind::Article(_)
            | Kind::Ketama(_)
            | Kind::Jump(_)
            | Kind::Rendezvous(_)
            | Kind::Maglev(_)
            | Kind::Bounded(_) => None,
        }
    }
}

#[cfg(test)]
#[path = "placer_tests.rs"]
mod tests;
