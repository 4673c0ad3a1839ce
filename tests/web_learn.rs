//! The course's ring chapters 1–3, in the browser where they are computed, against an
//! independent brute force from the hashing convention alone: SHA-1 positions of `key-i` and
//! `name#i`, the owner found by scanning every point, `mod N` on the position, `% 128 % N` on
//! the digest. One test per chapter; chapters 4–6 are in `web_learn_spread.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn`.

use ringlock::learn::check::Truth;
use ringlock::learn::course::{Step, JOINER, VICTIM};
use ringlock::learn::numbers;
use ringlock::learn::steps::ring::RingStep;
use ringlock_core::hash::{article_bucket, key_position, sha1, vnode_position};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod learn_helpers;
use learn_helpers::both;
use learn_helpers::ring::{keys, owner, pct};

const FOUR: [&str; 4] = ["node1", "node2", "node3", "node4"];

#[wasm_bindgen_test]
fn chapter_1_counts_each_nodes_keys_as_the_brute_force_does() {
    let keys = keys(400);
    both(Step::Ring(RingStep::Placement), |_, f| {
        for n in FOUR {
            let held = keys
                .iter()
                .filter(|k| owner(&FOUR, 16, key_position(k)) == n)
                .count();
            assert!(
                f.before.contains(&format!("{n}: {held}")),
                "{n} {held}: {}",
                f.before
            );
        }
        assert!(f.before.contains("400"));
    });
    let node1 = keys
        .iter()
        .filter(|k| owner(&FOUR, 16, key_position(k)) == "node1")
        .count();
    both(Step::Ring(RingStep::MoveCost), |_, f| {
        assert!(f.after.contains(&node1.to_string()), "{}", f.after);
        assert_eq!(f.truth, Some(Truth::Choice(1)));
    });
}

#[wasm_bindgen_test]
fn chapter_2_moves_what_mod_4_to_mod_5_moves() {
    let keys = keys(1000);
    let moved = keys
        .iter()
        .filter(|k| key_position(k) % 4 != key_position(k) % 5)
        .count();
    let article = keys
        .iter()
        .filter(|k| {
            let b = article_bucket(&sha1(k));
            b % 4 != b % 5
        })
        .count();
    let node1 = keys
        .iter()
        .filter(|k| key_position(k).is_multiple_of(4))
        .count();
    let j = numbers::join(Step::Ring(RingStep::ModuloJoin).setup(), JOINER);
    assert_eq!((j.modulo as usize, j.article as usize), (moved, article));
    both(Step::Ring(RingStep::ModuloJoin), |_, f| {
        assert_eq!(f.measured, Some(pct(moved, 1000)));
        assert_eq!(
            f.theory.as_deref(),
            Some("80.0%"),
            "4 → 5 keeps one hash in 5"
        );
        assert!(f.after.contains(&moved.to_string()) && f.after.contains(&pct(article, 1000)));
        let Some(Truth::Percent(t)) = f.truth else {
            panic!("a percentage")
        };
        assert!((t - moved as f64 / 10.0).abs() < 1e-9);
    });
    both(Step::Ring(RingStep::ArticleFormula), |_, f| {
        assert!(f.after.contains(&node1.to_string()), "{}", f.after);
    });
}

#[wasm_bindgen_test]
fn chapter_3_finds_the_clockwise_owner_the_join_and_the_kill_by_brute_force() {
    // The first node clockwise, not the smallest one.
    let c = numbers::clockwise(Step::Ring(RingStep::Clockwise).setup());
    assert_eq!(c.owner, owner(&FOUR, 1, key_position(&c.key)));
    let smallest = FOUR.iter().min_by_key(|n| vnode_position(n, 0)).unwrap();
    assert_eq!(c.smallest, *smallest);
    assert_ne!(
        c.owner, c.smallest,
        "the example tells the two readings apart"
    );
    both(Step::Ring(RingStep::Clockwise), |_, f| {
        assert_eq!(f.truth, Some(Truth::Node(c.owner.clone())));
        assert!(f.before.contains(&c.key) && f.after.contains(&c.owner));
    });

    // A join moves only keys to the new node.
    let five = ["node1", "node2", "node3", "node4", JOINER];
    let keys1000 = keys(1000);
    let moved: Vec<&String> = keys1000
        .iter()
        .filter(|k| owner(&FOUR, 16, key_position(k)) != owner(&five, 16, key_position(k)))
        .collect();
    assert!(moved
        .iter()
        .all(|k| owner(&five, 16, key_position(k)) == JOINER));
    both(Step::Ring(RingStep::RingJoin), |_, f| {
        assert_eq!(f.measured, Some(pct(moved.len(), 1000)));
        assert_eq!(f.theory.as_deref(), Some("20.0%"));
        assert!(f.after.contains(&moved.len().to_string()));
    });

    // A kill hands every key of the dead node to its clockwise successor.
    let rest: Vec<&str> = FOUR.iter().copied().filter(|&n| n != VICTIM).collect();
    let keys200 = keys(200);
    let lost: Vec<&String> = keys200
        .iter()
        .filter(|k| owner(&FOUR, 1, key_position(k)) == VICTIM)
        .collect();
    let successor = owner(&rest, 1, vnode_position(VICTIM, 0));
    assert!(lost
        .iter()
        .all(|k| owner(&rest, 1, key_position(k)) == successor));
    let k = numbers::kill(Step::Ring(RingStep::Kill).setup(), VICTIM);
    assert_eq!(
        (k.moved as usize, k.receivers.clone(), k.others_moved),
        (lost.len(), vec![successor.clone()], 0)
    );
    assert!(
        lost.iter().any(|l| **l == k.key),
        "the key asked about is one of the dead node's"
    );
    both(Step::Ring(RingStep::Kill), |_, f| {
        assert_eq!(f.truth, Some(Truth::Node(successor.clone())));
        assert!(f.after.contains(&lost.len().to_string()) && f.after.contains(&successor));
    });
}
