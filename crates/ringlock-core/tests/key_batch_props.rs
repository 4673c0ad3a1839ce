//! Property test: keys added in batches (generated, pasted, one by one, some removed between)
//! end exactly where a plain reference puts them: every name, id, hash, the ring order, each
//! key's owner and each node's count, and the added and duplicate counts of every change.
//!
//! The reference is the definition, written the obvious way: a batch is hashed, sorted by
//! (position, name) with the standard sort, repeats and names already on the ring dropped, and
//! the rest take the next ids in that order; a key's owner is the first live point at or after
//! its position, wrapping.

use std::collections::HashSet;

mod common;

use common::config;
use proptest::prelude::*;
use ringlock_core::hash::{article_bucket, position_of_digest, sha1};
use ringlock_core::{ChangeKind, KeyParts, NodeId, NodeSpec, Ring};

#[derive(Clone, Debug)]
enum Op {
    Generate(u32),
    Paste(Vec<u8>),
    Add(u8),
    Remove(Vec<u8>),
}

/// A small pool of names, so that batches repeat each other, themselves and generated keys.
fn pool(i: u8) -> String {
    match i % 4 {
        0 => format!("key-{}", i / 4),
        1 => format!("k{i}"),
        2 => format!("節點-{i}"),
        _ => format!("key-0{}", i / 4),
    }
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u32..400).prop_map(Op::Generate),
        2 => prop::collection::vec(0u8..120, 0..60).prop_map(Op::Paste),
        1 => (0u8..120).prop_map(Op::Add),
        1 => prop::collection::vec(0u8..120, 1..10).prop_map(Op::Remove),
    ]
}

fn nodes() -> impl Strategy<Value = Vec<NodeSpec>> {
    prop::collection::vec((1u32..3, prop::bool::weighted(0.7)), 0..8).prop_map(|specs| {
        specs
            .into_iter()
            .enumerate()
            .map(|(i, (weight, alive))| NodeSpec {
                name: format!("n{i}"),
                weight,
                alive,
            })
            .collect()
    })
}

/// The keys as the reference keeps them: names by id and which ids are live.
#[derive(Default)]
struct Model {
    names: Vec<String>,
    live: Vec<bool>,
    generated: u32,
}

impl Model {
    /// Insert a batch; returns (added, duplicates).
    fn insert(&mut self, batch: Vec<String>) -> (usize, usize) {
        let total = batch.len();
        let mut hashed: Vec<(u64, String)> = batch
            .into_iter()
            .map(|name| (position_of_digest(&sha1(&name)), name))
            .collect();
        hashed.sort();
        hashed.dedup();
        let stored: HashSet<&String> = self.live_names().collect();
        let fresh: Vec<String> = hashed
            .into_iter()
            .filter(|(_, name)| !stored.contains(name))
            .map(|(_, name)| name)
            .collect();
        let added = fresh.len();
        for name in fresh {
            self.names.push(name);
            self.live.push(true);
        }
        (added, total - added)
    }

    fn live_names(&self) -> impl Iterator<Item = &String> {
        self.names
            .iter()
            .zip(&self.live)
            .filter(|(_, &l)| l)
            .map(|(n, _)| n)
    }

    /// The key parts the ring should have.
    fn parts(&self, ring: &Ring) -> KeyParts {
        let mut parts = KeyParts::default();
        for name in &self.names {
            let digest = sha1(name);
            parts.arena.push_str(name);
            parts.ends.push(parts.arena.len() as u32);
            parts.positions.push(position_of_digest(&digest));
            parts.articles.push(article_bucket(&digest));
        }
        let mut order: Vec<(u64, u32)> = (0..self.names.len())
            .filter(|&id| self.live[id])
            .map(|id| (parts.positions[id], id as u32))
            .collect();
        order.sort();
        let live: Vec<(u64, NodeId)> = ring
            .points()
            .iter()
            .filter(|p| ring.node(p.node).is_some_and(|n| n.alive))
            .map(|p| (p.position, p.node))
            .collect();
        for (position, id) in order {
            parts.sorted_pos.push(position);
            parts.sorted_id.push(id);
            let owner = live
                .iter()
                .find(|(at, _)| *at >= position)
                .or(live.first())
                .map_or(u32::MAX, |(_, node)| node.0);
            parts.owner.push(owner);
        }
        parts
    }
}

fn added(change: &ringlock_core::Change) -> (usize, usize) {
    match change.kind {
        ChangeKind::KeysAdded { added, duplicates } => (added, duplicates),
        _ => (usize::MAX, usize::MAX),
    }
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn batches_place_keys_as_the_reference_does(
        specs in nodes(),
        vnodes in 1u32..6,
        ops in prop::collection::vec(op(), 1..12),
    ) {
        let mut ring = Ring::new(vnodes);
        ring.add_nodes(&specs).unwrap();
        let mut model = Model::default();
        for op in &ops {
            match op {
                Op::Generate(count) => {
                    let start = model.generated;
                    let expected = model.insert((start..start + count).map(|i| format!("key-{i}")).collect());
                    model.generated += count;
                    prop_assert_eq!(added(&ring.add_generated(*count).unwrap()), expected);
                }
                Op::Paste(picks) => {
                    let names: Vec<String> = picks.iter().map(|&i| pool(i)).collect();
                    let change = ring.add_keys_text(&names.join("\n")).unwrap();
                    prop_assert_eq!(added(&change), model.insert(names));
                }
                Op::Add(pick) => {
                    let name = pool(*pick);
                    let stored = model.live_names().any(|n| *n == name);
                    let result = ring.add_key(&name);
                    prop_assert_eq!(result.is_ok(), !stored);
                    if !stored {
                        model.insert(vec![name]);
                    }
                }
                Op::Remove(picks) => {
                    let names: Vec<String> = picks.iter().map(|&i| pool(i)).collect();
                    let all_stored = names.iter().all(|n| model.live_names().any(|l| l == n));
                    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                    prop_assert_eq!(ring.remove_keys(&refs).is_ok(), all_stored);
                    if all_stored {
                        for id in 0..model.names.len() {
                            if names.contains(&model.names[id]) {
                                model.live[id] = false;
                            }
                        }
                    }
                }
            }
            let expected = model.parts(&ring);
            for &node in ring.node_ids() {
                let owned = expected.owner.iter().filter(|&&o| o == node.0).count() as u64;
                prop_assert_eq!(ring.key_count(node), owned);
            }
            prop_assert_eq!(ring.key_parts(), expected);
        }
    }
}
