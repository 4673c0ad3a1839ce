//! The course's numbers, in the browser where they are computed, against an independent
//! brute force from the hashing convention alone: SHA-1 positions of `key-i` and `name#i`, the
//! owner found by scanning every point, `mod N` on the position, `% 128 % N` on the digest.
//! One test per chapter.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn`.

use ringlock::i18n::Lang;
use ringlock::learn::check::Truth;
use ringlock::learn::course::{Step, JOINER, VICTIM};
use ringlock::learn::facts::{facts, Facts};
use ringlock::learn::numbers;
use ringlock::learn::steps::beyond::BeyondStep;
use ringlock::learn::steps::replicas::ReplicaStep;
use ringlock::learn::steps::ring::RingStep;
use ringlock::learn::steps::vnodes::VnodeStep;
use ringlock_core::hash::{article_bucket, key_position, sha1, vnode_position};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FOUR: [&str; 4] = ["node1", "node2", "node3", "node4"];

/// The owner of `position` among `nodes` with `v` points each, by scanning every point: the
/// smallest point at or after the position, else the smallest of all (wrapping).
fn owner(nodes: &[&str], v: u32, position: u64) -> String {
    let points: Vec<(u64, &str)> = nodes
        .iter()
        .flat_map(|&n| (0..v).map(move |i| (vnode_position(n, i), n)))
        .collect();
    let after = points.iter().filter(|(p, _)| *p >= position).min();
    after
        .or_else(|| points.iter().min())
        .map(|(_, n)| n.to_string())
        .unwrap()
}

fn keys(n: u32) -> Vec<String> {
    (0..n).map(|i| format!("key-{i}")).collect()
}

fn pct(part: usize, whole: usize) -> String {
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

fn both(step: Step, check: impl Fn(Lang, &Facts)) {
    for lang in [Lang::En, Lang::Zh] {
        check(lang, &facts(step, lang));
    }
}

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

/// Each node's share of the ring from scratch: every point closes the arc since the point
/// before it (wrapping); `weights` multiply the points per node.
fn shares(nodes: &[(&str, u32)], v: u32) -> Vec<f64> {
    let mut points: Vec<(u64, usize)> = nodes
        .iter()
        .enumerate()
        .flat_map(|(i, &(n, w))| (0..v * w).map(move |k| (vnode_position(n, k), i)))
        .collect();
    points.sort();
    let mut out = vec![0.0; nodes.len()];
    for (k, &(p, i)) in points.iter().enumerate() {
        let prev = points[(k + points.len() - 1) % points.len()].0;
        out[i] += p.wrapping_sub(prev) as f64 / 18_446_744_073_709_551_616.0;
    }
    out
}

fn max_and_cv(shares: &[f64]) -> (f64, f64) {
    let n = shares.len() as f64;
    let mean = shares.iter().sum::<f64>() / n;
    let sd = (shares.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n).sqrt();
    (shares.iter().copied().fold(0.0, f64::max), sd / mean)
}

#[wasm_bindgen_test]
fn chapter_4_measures_shares_cv_and_weights_as_the_brute_force_does() {
    let eight: Vec<(&str, u32)> = (1..=8)
        .map(|i| {
            (
                [
                    "node1", "node2", "node3", "node4", "node5", "node6", "node7", "node8",
                ][i - 1],
                1,
            )
        })
        .collect();
    let theory = |v: f64| ((8.0 - 1.0) / (8.0 * v + 1.0)).sqrt();
    let (max1, cv1) = max_and_cv(&shares(&eight, 1));
    let (max160, cv160) = max_and_cv(&shares(&eight, 160));
    let h8: f64 = (1..=8).map(|k| 1.0 / k as f64).sum::<f64>() / 8.0;
    both(Step::Vnodes(VnodeStep::One), |_, f| {
        assert_eq!(f.measured, Some(pct1(max1 * 100.0)));
        assert_eq!(f.theory, Some(pct1(h8 * 100.0)));
        assert!(
            f.after.contains(&format!("{cv1:.2}"))
                && f.after.contains(&format!("{:.2}", theory(1.0)))
        );
        assert!(f.after.contains(&format!("{:.2}", max1 * 8.0)));
    });
    both(Step::Vnodes(VnodeStep::Many), |_, f| {
        assert_eq!(f.measured, Some(pct1(max160 * 100.0)));
        assert!(
            f.after.contains(&format!("{cv160:.2}"))
                && f.after.contains(&format!("{:.2}", theory(160.0)))
        );
        assert!(
            f.after.contains(&format!("{:.2}", max1 * 8.0)),
            "the V = 1 ratio for comparison"
        );
        assert!(max160 < max1, "more points, a smaller busiest share");
    });
    let four = [("node1", 2), ("node2", 1), ("node3", 1), ("node4", 1)];
    let s = shares(&four, 160);
    let others = (s[1] + s[2] + s[3]) / 3.0;
    both(Step::Vnodes(VnodeStep::Weights), |_, f| {
        assert_eq!(f.measured, Some(pct1(s[0] * 100.0)));
        assert_eq!(f.theory.as_deref(), Some("40.0%"), "2 / (2 + 1 + 1 + 1)");
        assert!(f.after.contains(&pct1(others * 100.0)));
        assert!(f.after.contains(&format!("{:.2}", s[0] / others)));
        assert_eq!(f.truth, Some(Truth::Choice(1)));
    });
}

fn pct1(x: f64) -> String {
    format!("{x:.1}%")
}

/// A key's first `r` distinct nodes clockwise, from every point scanned in order.
fn preference(nodes: &[&str], v: u32, key: &str, r: usize) -> Vec<String> {
    let mut points: Vec<(u64, &str)> = nodes
        .iter()
        .flat_map(|&n| (0..v).map(move |i| (vnode_position(n, i), n)))
        .collect();
    points.sort();
    let p = key_position(key);
    let start = points.iter().position(|&(q, _)| q >= p).unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for k in 0..points.len() {
        let n = points[(start + k) % points.len()].1;
        if !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
        if out.len() == r {
            break;
        }
    }
    out
}

#[wasm_bindgen_test]
fn chapter_5_loses_exactly_the_keys_whose_copies_all_sat_on_the_dead_rack() {
    let five = ["node1", "node2", "node3", "node4", "node5"];
    let dead = ["node1", "node2"];
    let keys = keys(1000);
    let lost = |r: usize| -> Vec<String> {
        keys.iter()
            .filter(|k| {
                preference(&five, 16, k, r)
                    .iter()
                    .all(|n| dead.contains(&n.as_str()))
            })
            .cloned()
            .collect()
    };
    let (one, two, three) = (lost(1), lost(2), lost(3));
    assert!(!two.is_empty() && three.is_empty());
    both(Step::Replicas(ReplicaStep::One), |_, f| {
        assert_eq!(f.measured, Some(pct(one.len(), 1000)));
        assert_eq!(f.theory.as_deref(), Some("40.0%"), "2 of 5 nodes");
        assert!(f.after.contains(&one.len().to_string()));
    });
    both(Step::Replicas(ReplicaStep::Two), |_, f| {
        assert_eq!(f.measured, Some(pct(two.len(), 1000)));
        let Some(Truth::Node(key)) = &f.truth else {
            panic!("a key to pick")
        };
        assert!(two.contains(key), "{key} has no copy left");
        let others: Vec<&String> = f
            .options
            .iter()
            .map(|(_, v)| v)
            .filter(|v| *v != key)
            .collect();
        assert_eq!(others.len(), 3);
        assert!(
            others.iter().all(|k| !two.contains(k)),
            "the other options keep a copy"
        );
        assert!(f.after.contains(&pct(one.len(), 1000)) && f.after.contains(&pct(two.len(), 1000)));
    });
    both(Step::Replicas(ReplicaStep::Three), |_, f| {
        assert_eq!(f.measured.as_deref(), Some("0.0%"));
        assert_eq!(f.truth, Some(Truth::Percent(0.0)));
    });
}

/// Jump consistent hash from the paper's pseudo-code, on the key's ring position.
fn jump(mut key: u64, n: i64) -> i64 {
    let (mut b, mut j) = (-1i64, 0i64);
    while j < n {
        b = j;
        key = key.wrapping_mul(2_862_933_555_777_941_757).wrapping_add(1);
        j = ((b + 1) as f64 * ((1u64 << 31) as f64 / ((key >> 33) + 1) as f64)) as i64;
    }
    b
}

#[wasm_bindgen_test]
fn chapter_6_answers_each_algorithm_with_the_tables_numbers() {
    let keys = keys(1000);
    // Jump, 4 → 5 buckets: recomputed from the pseudo-code, every move into bucket 4.
    let moved: Vec<&String> = keys
        .iter()
        .filter(|k| jump(key_position(k), 4) != jump(key_position(k), 5))
        .collect();
    assert!(moved.iter().all(|k| jump(key_position(k), 5) == 4));
    both(Step::Beyond(BeyondStep::Jump), |_, f| {
        assert_eq!(f.measured, Some(pct(moved.len(), 1000)));
        assert_eq!(f.theory.as_deref(), Some("20.0%"), "1 / (4 + 1)");
        assert!(f.after.contains(&moved.len().to_string()));
        assert_eq!(f.truth, Some(Truth::Choice(0)), "all to the new bucket");
    });
    // Rendezvous and Maglev on a kill: the theory is the dead node's quarter; rendezvous moves
    // nothing but its keys, Maglev moves some keys between live nodes too.
    for step in [
        Step::Beyond(BeyondStep::Rendezvous),
        Step::Beyond(BeyondStep::Maglev),
    ] {
        both(step, |_, f| {
            assert_eq!(f.theory.as_deref(), Some("25.0%"), "1 / 4");
            assert_eq!(f.options.len(), 3);
        });
    }
    assert_eq!(
        facts(Step::Beyond(BeyondStep::Rendezvous), Lang::En).truth,
        Some(Truth::Choice(0))
    );
    let maglev = facts(Step::Beyond(BeyondStep::Maglev), Lang::En);
    assert_ne!(
        maglev.truth,
        Some(Truth::Choice(0)),
        "Maglev's disruption is not minimal"
    );
    // Bounded loads: the cap ⌈(1 + ε)·m/n⌉ holds for its busiest node, named in the text.
    let cap = (1.25f64 * 1000.0 / 5.0).ceil() as u64;
    both(Step::Beyond(BeyondStep::Bounded), |_, f| {
        let busiest: u64 = f
            .after
            .split(|c: char| !c.is_ascii_digit())
            .find(|s| !s.is_empty())
            .unwrap()
            .parse()
            .unwrap();
        assert!(busiest <= cap, "{busiest} > {cap}");
        assert_eq!(
            f.truth,
            Some(Truth::Choice(0)),
            "the cap bites on an uneven ring"
        );
    });
    // Redis: slots move whole, only to the new master.
    both(Step::Beyond(BeyondStep::Redis), |_, f| {
        assert_eq!(f.truth, Some(Truth::Choice(0)));
        assert!(f.ask.as_deref().unwrap().contains("16,384"));
    });
}
