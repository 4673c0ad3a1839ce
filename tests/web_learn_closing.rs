//! Chapter 11 of the course (the article's challenges and FAQ): its ring, performance and
//! microservices steps, in the browser where they are computed, every narrated number against
//! an independent computation. The ring steps are brute-forced from the hashing convention
//! alone (SHA-1 positions of `key-i` and `name#i`, owners and preference lists found by walking
//! every point); the performance step's lab is rebuilt from the link the course hands to the
//! Lock lab, run to the lesson's end, and its whole event log scanned. The security and lock
//! server steps are in `web_learn_closing_locks.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_closing`.

mod learn_helpers;

use std::collections::BTreeSet;

use learn_helpers::closing::{both, lock_run};
use learn_helpers::ring::pct;
use learn_helpers::{num, replay_run as replay, says};
use ringlock::lab::common::millis;
use ringlock::learn::check::{is_right, Guess, Truth};
use ringlock::learn::course::Step;
use ringlock::learn::steps::closing::{ClosingStep, FAILED, QUEUE_TOLERANCE};
use ringlock_core::hash::{key_position, vnode_position};
use ringlock_lock::{LogKind, Time};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIVE: [&str; 5] = ["node1", "node2", "node3", "node4", "node5"];
const V: u32 = 160;
const KEYS: usize = 1000;
/// Every point of `nodes`, `V` each, sorted by position.
fn points(nodes: &[&'static str]) -> Vec<(u64, &'static str)> {
    let mut points: Vec<(u64, &str)> = nodes
        .iter()
        .flat_map(|&n| (0..V).map(move |i| (vnode_position(n, i), n)))
        .collect();
    points.sort();
    points
}

/// The first `r` distinct nodes clockwise from `position`, walking every point.
fn preference(points: &[(u64, &'static str)], position: u64, r: usize) -> Vec<&'static str> {
    let start = points.iter().position(|(p, _)| *p >= position).unwrap_or(0);
    let mut list = Vec::new();
    for i in 0..points.len() {
        let node = points[(start + i) % points.len()].1;
        if !list.contains(&node) {
            list.push(node);
        }
        if list.len() == r {
            break;
        }
    }
    list
}

fn keys() -> Vec<String> {
    (0..KEYS).map(|i| format!("key-{i}")).collect()
}

#[wasm_bindgen_test]
fn consistency_the_dead_nodes_keys_move_to_others_and_their_single_copies_are_gone() {
    let all = points(&FIVE);
    let survivors: Vec<&str> = FIVE.iter().copied().filter(|&n| n != FAILED).collect();
    let after = points(&survivors);
    let (mut moved, mut lost, mut receivers) = (0, 0, BTreeSet::new());
    for k in keys() {
        let p = key_position(&k);
        let (was, is) = (preference(&all, p, 1)[0], preference(&after, p, 1)[0]);
        if was == FAILED {
            lost += 1;
        }
        if was != is {
            assert_eq!(was, FAILED, "only the dead node's keys move");
            moved += 1;
            receivers.insert(is);
        }
    }
    assert!(lost > 0 && moved == lost);
    let receivers: Vec<&str> = receivers.into_iter().collect();
    both(ClosingStep::Consistency, |lang, f| {
        says(&f.before, &num(KEYS));
        says(&f.before, &format!("{V}"));
        says(f.ask.as_deref().unwrap(), FAILED);
        says(&f.after, &num(moved));
        says(&f.after, &receivers.join(", "));
        says(&f.after, &pct(lost, KEYS));
        let measured = f.measured.as_deref().unwrap();
        says(measured, &num(lost));
        says(measured, &pct(lost, KEYS));
        says(f.theory.as_deref().unwrap(), &pct(1, FIVE.len()));
        assert_eq!(
            f.truth,
            Some(Truth::Choice(1)),
            "{lang:?}: the data is gone"
        );
        assert_eq!(f.options.len(), 3);
    });
}

#[wasm_bindgen_test]
fn fault_tolerance_nothing_is_lost_at_r_2_and_the_copies_on_the_dead_node_are_counted() {
    let all = points(&FIVE);
    let lists: Vec<Vec<&str>> = keys()
        .iter()
        .map(|k| preference(&all, key_position(k), 2))
        .collect();
    let single = lists.iter().filter(|l| l.contains(&FAILED)).count();
    // The worst second failure before any repair: keys whose two copies are exactly there.
    let second: Vec<(&str, usize)> = FIVE
        .iter()
        .filter(|&&n| n != FAILED)
        .map(|&n| {
            let gone = lists
                .iter()
                .filter(|l| l.iter().all(|c| *c == FAILED || *c == n))
                .count();
            (n, gone)
        })
        .collect();
    let worst = second.iter().map(|&(_, g)| g).max().unwrap();
    both(ClosingStep::FaultTolerance, |lang, f| {
        says(&f.after, &num(single));
        says(&f.after, &pct(single, KEYS));
        says(&f.after, &num(worst));
        assert!(
            second
                .iter()
                .any(|&(n, g)| g == worst && f.after.contains(&format!("{n} "))),
            "{lang:?}: the node whose failure loses {worst} keys is named: {}",
            f.after
        );
        assert_eq!(f.measured.as_deref(), Some(pct(single, KEYS).as_str()));
        says(f.theory.as_deref().unwrap(), &pct(2, FIVE.len()));
        let Some(Truth::Percent(t)) = f.truth else {
            panic!("a percentage")
        };
        assert!((t - single as f64 * 100.0 / KEYS as f64).abs() < 1e-9);
        let q = Step::Closing(ClosingStep::FaultTolerance)
            .question()
            .unwrap();
        assert!(
            is_right(q, &Guess::Percent(40.0), &Truth::Percent(t)),
            "R/N is close"
        );
        assert!(!is_right(q, &Guess::Percent(0.0), &Truth::Percent(t)));
    });
}

#[wasm_bindgen_test]
fn performance_the_median_wait_grants_and_messages_match_the_log() {
    let run = lock_run(ClosingStep::Performance);
    let (log, _) = replay(run);
    let mut waits: Vec<Time> = log
        .iter()
        .filter_map(|e| match e.kind {
            LogKind::Holding { waited, .. } => Some(waited),
            _ => None,
        })
        .collect();
    waits.sort_unstable();
    let median = waits[waits.len().div_ceil(2) - 1];
    let count = |f: fn(&LogKind) -> bool| log.iter().filter(|e| f(&e.kind)).count();
    let grants = count(|k| matches!(k, LogKind::Granted { .. }));
    let messages = count(|k| {
        matches!(
            k,
            LogKind::Requested { .. }
                | LogKind::Granted { .. }
                | LogKind::WriteSent { .. }
                | LogKind::WriteAccepted { .. }
                | LogKind::WriteRejected { .. }
                | LogKind::Released { .. }
                | LogKind::Renewed { .. }
        )
    });
    let s = run.settings();
    let (hold, think) = (
        (s.hold.min + s.hold.max) / 2,
        (s.think.min + s.think.max) / 2,
    );
    let turn = hold + 4 * s.latency;
    // A saturated queue: a round of N turns, less the worker's own think, hold and write.
    let theory = u64::from(s.workers) * turn - (think + hold + 2 * s.latency);
    let seconds = run.duration() as f64 / 1000.0;
    both(ClosingStep::Performance, |lang, f| {
        let Some(Truth::Millis(p50)) = f.truth else {
            panic!("milliseconds")
        };
        // The lab's histogram rounds down to within 1/32 above 64 ms.
        let p50 = p50 as Time;
        assert!(
            p50 <= median && median - p50 <= p50 / 32,
            "{p50} vs {median}"
        );
        assert_eq!(f.measured, Some(millis(lang, p50)));
        says(&f.before, &s.workers.to_string());
        says(&f.before, &millis(lang, s.hold.min));
        says(&f.before, &millis(lang, s.think.max));
        says(&f.after, &millis(lang, p50));
        says(&f.after, &lang.num(grants as u64));
        says(&f.after, &format!("{:.1}", grants as f64 / seconds));
        says(&f.after, &millis(lang, turn));
        says(&f.after, &format!("{:.1}", 1000.0 / turn as f64));
        says(&f.after, &format!("{:.1}", messages as f64 / grants as f64));
        says(f.theory.as_deref().unwrap(), &millis(lang, theory));
        let q = Step::Closing(ClosingStep::Performance).question().unwrap();
        let truth = Truth::Millis(p50 as f64);
        assert!(is_right(q, &Guess::Millis(theory as f64), &truth));
        assert!(!is_right(
            q,
            &Guess::Millis(p50 as f64 + QUEUE_TOLERANCE + 1.0),
            &truth
        ));
        assert!(
            !is_right(q, &Guess::Millis(hold as f64), &truth),
            "not one turn"
        );
    });
}

#[wasm_bindgen_test]
fn faq_q1_is_a_choice_with_the_architecture_on_top_of_the_system() {
    both(ClosingStep::Microservices, |_, f| {
        assert_eq!(f.options.len(), 3);
        assert_eq!(f.truth, Some(Truth::Choice(1)));
        assert!(!f.after.is_empty() && f.theory.is_some());
        assert_eq!(f.measured, None, "nothing to measure: no simulation");
    });
    assert!(Step::Closing(ClosingStep::Microservices).lock().is_none());
    assert!(Step::Closing(ClosingStep::Microservices).run().is_empty());
}
