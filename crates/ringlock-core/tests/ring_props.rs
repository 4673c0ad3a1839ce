//! Property tests: random sequences of ring operations, with the ring's promises checked
//! after every one.

use std::collections::HashMap;

mod common;

use common::{config, owners, placement};
use proptest::prelude::*;
use ringlock_core::{ChangeKind, KeyId, NodeId, Ring, RingError, Scheme};

#[derive(Clone, Debug)]
enum Op {
    Add(u8, u32),
    Kill(u8),
    Revive(u8),
    Remove(u8),
    Vnodes(u32),
    Weight(u8, u32),
    Generate(u32),
    Key(u16),
    RemoveKey(u16),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u8..8, 1u32..4).prop_map(|(n, w)| Op::Add(n, w)),
        3 => (0u8..8).prop_map(Op::Kill),
        3 => (0u8..8).prop_map(Op::Revive),
        1 => (0u8..8).prop_map(Op::Remove),
        1 => (1u32..12).prop_map(Op::Vnodes),
        1 => (0u8..8, 1u32..4).prop_map(|(n, w)| Op::Weight(n, w)),
        2 => (0u32..60).prop_map(Op::Generate),
        2 => (0u16..300).prop_map(Op::Key),
        1 => (0u16..300).prop_map(Op::RemoveKey),
    ]
}

fn name(n: u8) -> String {
    format!("n{n}")
}

/// Owner of every key under (modulo, article), computed directly from the definitions.
fn scheme_placement(ring: &Ring) -> HashMap<String, [Option<NodeId>; 2]> {
    let article = owners(ring, Scheme::Article);
    owners(ring, Scheme::Modulo)
        .into_iter()
        .map(|(key, modulo)| {
            let article = article[&key];
            (key, [modulo, article])
        })
        .collect()
}

fn apply(ring: &mut Ring, op: &Op) -> Result<ringlock_core::Change, RingError> {
    match op {
        Op::Add(n, w) => ring.add_node(&name(*n), *w),
        Op::Kill(n) => ring.kill_node(&name(*n)),
        Op::Revive(n) => ring.revive_node(&name(*n)),
        Op::Remove(n) => ring.remove_node(&name(*n)),
        Op::Vnodes(v) => ring.set_vnodes(*v),
        Op::Weight(n, w) => ring.set_weight(&name(*n), *w),
        Op::Generate(c) => ring.add_generated(*c),
        Op::Key(k) => ring.add_key(&format!("k{k}")),
        Op::RemoveKey(k) => ring.remove_keys(&[&format!("k{k}")]),
    }
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn every_operation_keeps_the_ring_promises(ops in prop::collection::vec(op(), 1..40)) {
        let mut ring = Ring::new(4);
        for op in &ops {
            let before = placement(&ring);
            let counts_before: HashMap<NodeId, u64> =
                ring.node_ids().iter().map(|&id| (id, ring.key_count(id))).collect();
            let modulo_before = scheme_placement(&ring);
            let Ok(mut change) = apply(&mut ring, op) else {
                // A refused operation changes nothing.
                prop_assert_eq!(placement(&ring), before);
                continue;
            };
            // Every key owned by a live node; counts kept; incremental == full recomputation.
            prop_assert_eq!(ring.check_invariants(), Ok(()));
            let after = placement(&ring);
            // The reported moves are exactly the keys whose owner changed (keys present in both).
            let mut changed: Vec<KeyId> = after
                .iter()
                .filter(|(k, o)| before.get(k).is_some_and(|b| b != *o))
                .map(|(k, _)| *k)
                .collect();
            let mut reported: Vec<KeyId> = change.moves.iter().map(|m| m.key).collect();
            changed.sort_unstable();
            reported.sort_unstable();
            prop_assert_eq!(&reported, &changed);
            for m in &change.moves {
                prop_assert_eq!(before[&m.key], m.from);
                prop_assert_eq!(after[&m.key], m.to);
            }
            prop_assert_eq!(change.moved.ring, change.moves.len() as u64);
            // The modulo comparison counts exactly the keys whose modulo / article owner changed.
            ring.compare_schemes(&mut change);
            let modulo_after = scheme_placement(&ring);
            for (i, counted) in [change.moved.modulo, change.moved.article].into_iter().enumerate() {
                let truth = modulo_after
                    .iter()
                    .filter(|(k, o)| modulo_before.get(*k).is_some_and(|b| b[i] != o[i]))
                    .count() as u64;
                prop_assert_eq!(counted, truth);
            }
            match &change.kind {
                // A join or a revival moves keys only to the node that became live.
                ChangeKind::NodeAdded(id) | ChangeKind::NodeRevived(id) => {
                    prop_assert!(change.moves.iter().all(|m| m.to == Some(*id)));
                }
                // A kill moves exactly the dead node's keys, and nothing else.
                ChangeKind::NodeKilled(id) => {
                    prop_assert!(change.moves.iter().all(|m| m.from == Some(*id)));
                    prop_assert_eq!(change.moves.len() as u64, counts_before[id]);
                    prop_assert_eq!(ring.key_count(*id), 0);
                }
                ChangeKind::NodeRemoved { id, .. } => {
                    prop_assert!(change.moves.iter().all(|m| m.from == Some(*id)));
                    prop_assert_eq!(change.moves.len() as u64, counts_before[id]);
                }
                _ => {}
            }
        }
    }

    #[test]
    fn kill_then_revive_restores_the_exact_placement(
        nodes in 1u8..8,
        vnodes in 1u32..20,
        keys in 0u32..400,
        victim in 0u8..8,
    ) {
        let mut ring = Ring::new(vnodes);
        for n in 0..nodes {
            ring.add_node(&name(n), 1 + u32::from(n % 3)).unwrap();
        }
        ring.add_generated(keys).unwrap();
        let victim = name(victim % nodes);
        let before = placement(&ring);
        let killed = ring.kill_node(&victim).unwrap();
        let revived = ring.revive_node(&victim).unwrap();
        prop_assert_eq!(placement(&ring), before);
        prop_assert_eq!(killed.moves.len(), revived.moves.len());
    }

    #[test]
    fn a_join_takes_about_one_over_n_plus_one(seed_nodes in 3u8..12) {
        // Statistical sanity with many vnodes and keys: within 3 percentage points.
        let mut ring = Ring::new(160);
        for n in 0..seed_nodes {
            ring.add_node(&format!("node{n}"), 1).unwrap();
        }
        ring.add_generated(20_000).unwrap();
        let change = ring.add_node("joiner", 1).unwrap();
        let fraction = change.moves.len() as f64 / 20_000.0;
        let theory = 1.0 / (f64::from(seed_nodes) + 1.0);
        prop_assert!((fraction - theory).abs() < 0.03, "moved {fraction}, theory {theory}");
        prop_assert!((change.expected.unwrap().ring - theory).abs() < 1e-12);
    }
}
