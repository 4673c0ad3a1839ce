//! Fixed cases of the ring: the article's 4 → 5 comparison, keys exactly on vnodes, refused
//! input and the limits, and the default scenario against an independent computation.

mod common;

use common::placement;
use ringlock_core::{Ring, RingError};

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
