//! Property tests: random sequences of ring operations, with the ring's promises checked
//! after every one.

use std::collections::HashMap;

use proptest::prelude::*;
use ringlock_core::{ChangeKind, KeyId, NodeId, Ring, RingError};

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

/// Owner of every key, by key id.
fn placement(ring: &Ring) -> HashMap<KeyId, Option<NodeId>> {
    let owners = ring.full_assignment();
    ring.keys().ids().iter().copied().zip(owners).collect()
}

/// Owner of every key under (modulo, article), computed directly from the definitions.
fn scheme_placement(ring: &Ring) -> HashMap<KeyId, [Option<NodeId>; 2]> {
    let live = ring.live_ids();
    let keys = ring.keys();
    keys.ids()
        .iter()
        .map(|&id| {
            let name = keys.name(id);
            let digest = ringlock_core::hash::sha1(name);
            let position = u64::from_be_bytes(digest[..8].try_into().unwrap());
            let big_mod_128 = usize::from(digest[19]) % 128;
            let owner = |i: usize| (!live.is_empty()).then(|| live[i % live.len()]);
            (
                id,
                [
                    owner((position % live.len().max(1) as u64) as usize),
                    owner(big_mod_128),
                ],
            )
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
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

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
                    .filter(|(k, o)| modulo_before.get(k).is_some_and(|b| b[i] != o[i]))
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

#[test]
fn modulo_moves_most_keys_when_a_node_joins() {
    // DOMAIN scenario C1: going 4→5 servers, mod-N moves 80%, the ring about 20%.
    let mut ring = Ring::new(160);
    for n in 1..=4 {
        ring.add_node(&format!("node{n}"), 1).unwrap();
    }
    ring.add_generated(100_000).unwrap();
    let mut change = ring.add_node("node5", 1).unwrap();
    assert_eq!(change.moved.modulo, 0, "filled only on request");
    ring.compare_schemes(&mut change);
    let expected = change.expected.unwrap();
    assert!((expected.modulo - 0.8).abs() < 1e-12);
    assert!((expected.ring - 0.2).abs() < 1e-12);
    let modulo = change.moved.modulo as f64 / 100_000.0;
    let ring_fraction = change.moved.ring as f64 / 100_000.0;
    assert!((modulo - 0.8).abs() < 0.01, "{modulo}");
    assert!((ring_fraction - 0.2).abs() < 0.03, "{ring_fraction}");
    // The article's code, counted on its 128 buckets, moves ~ the exact bucket fraction.
    let article = change.moved.article as f64 / 100_000.0;
    assert!(
        (article - expected.article).abs() < 0.01,
        "{article} vs {}",
        expected.article
    );
}

#[test]
fn a_key_exactly_on_a_vnode_belongs_to_that_vnode() {
    // Ownership is the first live vnode at a position >= the key's: a key named like a vnode
    // label (`b#1`) sits exactly on that vnode and must belong to it, never to its successor.
    let mut ring = Ring::new(8);
    ring.add_node("a", 1).unwrap();
    ring.add_node("b", 1).unwrap();
    for node in ["a", "b"] {
        for i in 0..8 {
            ring.add_key(&format!("{node}#{i}")).unwrap();
        }
    }
    for node in ["a", "b"] {
        for i in 0..8 {
            let slot = ring.keys().find(&format!("{node}#{i}")).unwrap();
            assert_eq!(ring.owner_at(slot), ring.find_node(node), "{node}#{i}");
        }
    }
    assert!(ring
        .points()
        .windows(2)
        .all(|w| w[0].position <= w[1].position));
}

#[test]
fn bad_input_is_refused_and_nothing_is_lost() {
    let mut ring = Ring::new(8);
    ring.add_node("a", 1).unwrap();
    ring.add_generated(10).unwrap();
    let before = placement(&ring);
    assert_eq!(ring.add_node("", 1), Err(RingError::EmptyName));
    assert_eq!(
        ring.add_node("a", 1),
        Err(RingError::DuplicateNode("a".into()))
    );
    assert_eq!(
        ring.add_node(&"x".repeat(65), 1),
        Err(RingError::NameTooLong { max: 64 })
    );
    assert_eq!(ring.add_node("x\ny", 1), Err(RingError::ControlCharacter));
    assert_eq!(ring.add_node("b", 0), Err(RingError::WeightOutOfRange(0)));
    assert_eq!(
        ring.set_vnodes(1025),
        Err(RingError::VnodesOutOfRange(1025))
    );
    assert_eq!(ring.set_vnodes(0), Err(RingError::VnodesOutOfRange(0)));
    assert!(matches!(
        ring.add_generated(1_000_000),
        Err(RingError::TooManyKeys {
            would_be: 1_000_010
        })
    ));
    let paste = "ok\n".repeat(3) + &"z".repeat(300);
    assert_eq!(ring.add_keys_text(&paste).unwrap_err().line, 4);
    assert_eq!(
        ring.kill_node("nope"),
        Err(RingError::UnknownNode("nope".into()))
    );
    assert_eq!(placement(&ring), before);
    ring.check_invariants().unwrap();
}

#[test]
fn a_million_line_paste_is_refused_whole() {
    let mut ring = Ring::new(4);
    ring.add_node("a", 1).unwrap();
    ring.add_generated(5).unwrap();
    let text: String = (0..1_000_000).map(|i| format!("p{i}\n")).collect();
    let err = ring.add_keys_text(&text).unwrap_err();
    assert!(matches!(
        err.error,
        RingError::TooManyKeys {
            would_be: 1_000_005
        }
    ));
    assert_eq!(ring.keys().len(), 5);
}

#[test]
fn node_limit_is_enforced() {
    let mut ring = Ring::new(1);
    for n in 0..ringlock_core::error::MAX_NODES {
        ring.add_node(&format!("n{n}"), 1).unwrap();
    }
    assert_eq!(ring.add_node("one-more", 1), Err(RingError::TooManyNodes));
    ring.check_invariants().unwrap();
}

#[test]
fn default_scenario_matches_an_independent_computation() {
    // Computed with Python's hashlib straight from the README's convention (no Ringlock code):
    // 4 nodes node1..node4, 16 vnodes each, keys key-0..key-399.
    let mut ring = ringlock_core::Scenario::default().build().unwrap();
    let count = |ring: &Ring, name: &str| ring.key_count(ring.find_node(name).unwrap());
    assert_eq!(
        ["node1", "node2", "node3", "node4"].map(|n| count(&ring, n)),
        [104, 96, 105, 95]
    );
    for (key, owner) in [
        ("key-0", "node1"),
        ("key-1", "node3"),
        ("key-2", "node1"),
        ("key-3", "node4"),
        ("key-399", "node4"),
    ] {
        let slot = ring.keys().find(key).unwrap();
        assert_eq!(ring.owner_at(slot), ring.find_node(owner), "{key}");
    }
    // Killing node2 moves exactly its 96 keys.
    let change = ring.kill_node("node2").unwrap();
    assert_eq!(change.moves.len(), 96);
}
