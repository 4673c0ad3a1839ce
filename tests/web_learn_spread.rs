//! The course's chapters 4–6 (virtual nodes, replication, beyond the ring), in the browser
//! where they are computed, against an independent brute force from the hashing convention
//! alone: each node's share of the circle from every point's SHA-1 position, a key's
//! preference list by walking the points clockwise, Jump consistent hash from the paper's
//! pseudo-code. One test per chapter; chapters 1–3 are in `web_learn.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_spread`.

use ringlock::i18n::Lang;
use ringlock::learn::check::Truth;
use ringlock::learn::course::Step;
use ringlock::learn::facts::facts;
use ringlock::learn::steps::beyond::BeyondStep;
use ringlock::learn::steps::replicas::ReplicaStep;
use ringlock::learn::steps::vnodes::VnodeStep;
use ringlock_core::hash::key_position;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod learn_helpers;
use learn_helpers::both;
use learn_helpers::ring::{keys, pct, pct1, preference, shares};

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
