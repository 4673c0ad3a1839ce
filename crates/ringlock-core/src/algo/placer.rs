//! [`Placer`]: an algorithm's lookup structure, built once for a topology, then asked for
//! keys one at a time, so a caller with a clock can time lookups on their own. The core has
//! no clock; [`Algo::place`] is a loop over [`Placer::place_all`].

use super::arrivals::Arrivals;
use super::geometry::{cell_arcs, ketama_arcs, ring_arcs, Arc};
use super::ketama::Ketama;
use super::redis::{self, SlotMap};
use super::{bounded, jump, maglev, rendezvous, Algo, AlgoError};
use crate::hash;
use crate::scenario::NodeSpec;

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
            Algo::RedisSlots => Kind::Redis(redis::layout(nodes)?),
        };
        Ok(Placer { kind, live })
    }

    /// The lookup structures before and after a change from `before` to `after`, with the
    /// checks of [`Algo::place`] on both. Every algorithm but Redis Cluster depends only on
    /// the topology, so these are [`Algo::placer`] of each; Redis Cluster's after is the
    /// slot map before with the change replayed by redis-cli (see [`redis::layout_change`]).
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
        let (old, new) = redis::layout_change(before, after)?;
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
                let owners: Vec<usize> = (0..redis::SLOTS as u16).map(|s| map.owner(s)).collect();
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
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algo::place::tests::specs;

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("key-{i}")).collect()
    }

    #[test]
    fn every_key_lies_in_its_owners_arc() {
        let mut nodes = specs(&["10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"]);
        nodes[1].alive = false;
        let owned = keys(500);
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        for algo in Algo::all() {
            let mut placer = algo.placer(&nodes, refs.len()).unwrap();
            let Some(arcs) = placer.arcs() else {
                assert!(!super::super::geometry::has_circle(&algo), "{algo:?}");
                continue;
            };
            assert!(arcs.iter().all(|a| nodes[a.node].alive), "{algo:?}");
            if matches!(algo, Algo::Bounded { .. }) {
                continue; // a full node's keys walk past its arcs
            }
            for key in &refs {
                let p = super::super::geometry::key_point(&algo, key);
                let arc = arcs.iter().find(|a| a.start <= p && p < a.end).unwrap();
                assert_eq!(arc.node, placer.owner(key), "{algo:?} {key}");
            }
        }
    }

    #[test]
    fn one_key_at_a_time_agrees_with_place() {
        let mut nodes = specs(&[
            "10.0.0.1:11211",
            "10.0.0.2:11211",
            "10.0.0.3:11211",
            "10.0.0.4:11211",
        ]);
        nodes[1].alive = false;
        nodes[2].weight = 3;
        let owned = keys(2000);
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        for algo in Algo::all() {
            let placed = algo.place(&nodes, &refs).unwrap();
            let mut placer = algo.placer(&nodes, refs.len()).unwrap();
            if let Algo::Bounded { vnodes, eps } = algo {
                // Arrivals in ring order are the batch placement.
                let live = [0, 2, 3];
                let specs: Vec<(&str, u32)> = live
                    .iter()
                    .map(|&i| (nodes[i].name.as_str(), nodes[i].weight))
                    .collect();
                let pos: Vec<u64> = refs.iter().map(|k| hash::key_position(k)).collect();
                let batch = bounded::place_positions(&specs, vnodes, &pos, eps).unwrap();
                let batch: Vec<usize> = batch.owners.iter().map(|&o| live[o]).collect();
                assert_eq!(placed, batch);
                let mut order: Vec<usize> = (0..refs.len()).collect();
                order.sort_by_key(|&k| (pos[k], k));
                for k in order {
                    assert_eq!(placer.owner(refs[k]), placed[k], "{k}");
                }
                continue;
            }
            for (key, &owner) in refs.iter().zip(&placed) {
                assert_eq!(placer.owner(key), owner, "{algo:?} {key}");
            }
            assert_eq!(placer.slot_map().is_some(), algo == Algo::RedisSlots);
        }
    }

    #[test]
    fn the_redis_placer_after_a_join_is_the_rebalanced_map() {
        let before = specs(&["a", "b", "c"]);
        let after = specs(&["a", "b", "c", "d"]);
        let (mut old, mut new) = Algo::RedisSlots
            .placers_for_change(&before, &after, 0)
            .unwrap();
        for key in ["foo", "{user1000}.following", "bar"] {
            let slot = redis::key_slot(key);
            let joined = [0..=1364, 5461..=6826, 10_923..=12_287]
                .iter()
                .any(|r| r.contains(&slot));
            let expect = if joined { 3 } else { old.owner(key) };
            assert_eq!(new.owner(key), expect, "{key}");
        }
        let refs = ["x"];
        let jump = Algo::Jump.placers_for_change(&before, &after, 1).unwrap();
        assert_eq!(jump.1.live, vec![0, 1, 2, 3]);
        assert_eq!(
            Algo::Jump.place_change(&before, &after, &refs).unwrap(),
            (
                Algo::Jump.place(&before, &refs).unwrap(),
                Algo::Jump.place(&after, &refs).unwrap()
            )
        );
    }

    #[test]
    fn bad_topologies_are_errors() {
        let mut nodes = specs(&["a", "b"]);
        nodes[0].weight = 0;
        for algo in Algo::all() {
            assert_eq!(
                algo.placer(&nodes, 1).unwrap_err(),
                AlgoError::ZeroWeight("a".into())
            );
        }
        nodes.iter_mut().for_each(|n| n.alive = false);
        let live = specs(&["a"]);
        for algo in Algo::all() {
            assert_eq!(
                algo.placers_for_change(&live, &nodes, 1).unwrap_err(),
                AlgoError::NoLiveNode
            );
        }
    }
}
