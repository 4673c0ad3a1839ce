//! Chapter 10 of the course, in the browser where it is computed: every narrated number
//! against an independent computation. The article's code is recomputed from SHA-1 alone
//! (`int(digest)` reduced mod 128 byte by byte, then `% len(nodes)`, the ring owner by scanning
//! every point); the lock runs are rebuilt from the link the course hands to the Lock lab, run
//! to their end and their event logs scanned (who held when, on which node; grants per worker).
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_article`.

use std::rc::Rc;

use ringlock::i18n::Lang;
use ringlock::learn::check::{is_right, Guess, Truth};
use ringlock::learn::course::{Step, CHAPTERS};
use ringlock::learn::steps::article::ArticleStep;
use ringlock::ring::state::{RingAction, RingState};
use ringlock_core::hash::key_position;
use ringlock_core::Scheme;
use ringlock_lock::{LogKind, WorkerId};
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod learn_helpers;
use learn_helpers::ring::{bucket, names, pct1, points, ring_owner};
use learn_helpers::{both, ms, replay, says};

#[wasm_bindgen_test]
fn chapter_10_sits_in_the_course_with_its_four_steps() {
    let steps: Vec<Step> = CHAPTERS
        .iter()
        .flat_map(|c| c.steps.iter().copied())
        .filter(|s| matches!(s, Step::Article(_)))
        .collect();
    assert_eq!(
        steps,
        [
            ArticleStep::Formula,
            ArticleStep::BucketCap,
            ArticleStep::LocalLock,
            ArticleStep::Fairness
        ]
        .map(Step::Article)
    );
}

#[wasm_bindgen_test]
fn the_formula_step_is_the_article_codes_remainder_and_the_ring_disagrees() {
    let step = Step::Article(ArticleStep::Formula);
    let state = RingState::from_fragment(step.setup());
    assert_eq!(
        state.scheme,
        Scheme::Article,
        "the view shows the article's code"
    );
    let four = names(4);
    let five = names(5);
    let ring = points(&four, state.ring.vnodes());
    // The first user:i whose bucket is above 4, moves from 4 to 5 nodes and whose ring owner
    // is another node.
    let (key, b) = (1..)
        .map(|i| format!("user:{i}"))
        .map(|k| {
            let b = bucket(&k);
            (k, b)
        })
        .find(|(k, b)| *b > 4 && b % 4 != b % 5 && ring_owner(&ring, key_position(k)) != b % 4)
        .unwrap();
    let owner = &four[b % 4];
    let on_ring = &four[ring_owner(&ring, key_position(&key))];
    assert_eq!(step.run(), vec![RingAction::AddKey(key.clone())]);
    both(step, |_, f| {
        says(&f.before, &key);
        says(&f.before, &format!("b = {b}"));
        says(f.ask.as_deref().unwrap(), &key);
        assert_eq!(f.truth, Some(Truth::Node(owner.clone())));
        assert_eq!(f.options.len(), 4);
        says(&f.after, &format!("{b} mod 4 = {}", b % 4));
        says(&f.after, &five[b % 5]);
        says(&f.after, on_ring);
        assert_eq!(f.measured.as_deref(), Some(owner.as_str()));
        assert_eq!(
            f.theory.as_deref(),
            Some(format!("h({b}) = ({b} mod 4) + 1 = {}", b % 4 + 1).as_str())
        );
    });
}

#[wasm_bindgen_test]
fn from_128_nodes_up_a_join_moves_no_key_under_the_article_code() {
    let step = Step::Article(ArticleStep::BucketCap);
    let state = RingState::from_fragment(step.setup());
    assert_eq!(state.scheme, Scheme::Article);
    let nodes = names(128);
    let keys: Vec<String> = (0..1_000).map(|i| format!("key-{i}")).collect();
    let mut held: Vec<&str> = {
        let store = state.ring.keys();
        store.ids().iter().map(|&k| store.name(k)).collect()
    };
    held.sort_by_key(|k| k[4..].parse::<u32>().unwrap());
    assert_eq!(held, keys, "the view holds key-0 … key-999");
    // Under the article's code.
    let moved = keys
        .iter()
        .filter(|k| bucket(k) % 128 != bucket(k) % 129)
        .count();
    let got = keys.iter().filter(|k| bucket(k) % 129 == 128).count();
    // On the ring, one point per node.
    let mut grown = nodes.clone();
    grown.push("node129".into());
    let (before, after) = (points(&nodes, 1), points(&grown, 1));
    let ring_moved = keys
        .iter()
        .filter(|k| ring_owner(&before, key_position(k)) != ring_owner(&after, key_position(k)))
        .count();
    // The exact fractions over the 128 buckets, and what the issue expects of them.
    let exact = |n: usize| (0..128).filter(|b| b % n != b % (n + 1)).count();
    assert_eq!(
        [exact(4), exact(64), exact(100), exact(128)],
        [100, 64, 28, 0]
    );
    // The run: the view's own reducer plays the join.
    let mut view = Rc::new(state);
    for action in step.run() {
        view = view.reduce(action);
    }
    let last = view.last.as_ref().expect("the join is the last change");
    assert_eq!(last.change.moved.article as usize, moved);
    assert_eq!(last.change.moved.ring as usize, ring_moved);
    let share = moved as f64 * 100.0 / 1_000.0;
    both(step, |lang, f| {
        says(&f.before, "128");
        says(&f.before, &Lang::num(lang, 1_000));
        says(&f.before, &pct1(exact(4) as f64 * 100.0 / 128.0));
        says(f.ask.as_deref().unwrap(), "node129");
        assert_eq!(f.truth, Some(Truth::Percent(share)));
        says(&f.after, &pct1(share));
        says(
            &f.after,
            &format!(
                "node129 {}",
                match lang {
                    Lang::En => format!("got {got} keys"),
                    Lang::Zh => format!("得到了 {got} 个键"),
                }
            ),
        );
        says(&f.after, &ring_moved.to_string());
        for n in [4, 64, 100, 128] {
            let x = pct1(exact(n) as f64 * 100.0 / 128.0);
            let join = match lang {
                Lang::En => format!("{n}→{}: {x}", n + 1),
                Lang::Zh => format!("{n}→{}：{x}", n + 1),
            };
            says(&f.after, &join);
        }
        assert_eq!(f.measured.as_deref(), Some(pct1(share).as_str()));
        assert_eq!(f.theory.as_deref(), Some(pct1(0.0).as_str()));
        let q = step.question().unwrap();
        let truth = f.truth.clone().unwrap();
        assert!(is_right(q, &Guess::Percent(0.0), &truth));
        assert!(!is_right(
            q,
            &Guess::Percent(exact(100) as f64 * 100.0 / 128.0),
            &truth
        ));
    });
    assert_eq!((moved, got), (0, 0), "b < 128 ≤ N keeps every bucket");
}

#[wasm_bindgen_test]
fn the_article_lock_lets_one_worker_per_node_hold_at_once() {
    let (log, _, _) = replay(Step::Article(ArticleStep::LocalLock));
    let mut node_of = std::collections::BTreeMap::new();
    let mut holding: Vec<WorkerId> = Vec::new();
    let mut most = (0, 0, Vec::new());
    for e in &log {
        match e.kind {
            LogKind::Spawned { worker, node } => {
                node_of.insert(worker, node);
            }
            LogKind::Holding { worker, .. } => {
                holding.push(worker);
                if holding.len() > most.0 {
                    most = (holding.len(), e.at, holding.clone());
                }
            }
            LogKind::Released { worker, .. } => holding.retain(|&w| w != worker),
            _ => {}
        }
    }
    let nodes: std::collections::BTreeSet<u32> = node_of.values().copied().collect();
    let (count, at, who) = most;
    assert_eq!(count, nodes.len(), "one holder per node");
    let on: std::collections::BTreeSet<u32> = who.iter().map(|w| node_of[w]).collect();
    assert_eq!(on.len(), count, "the holders are on different nodes");
    both(Step::Article(ArticleStep::LocalLock), |lang, f| {
        says(&f.before, &node_of.len().to_string());
        says(&f.before, &nodes.len().to_string());
        // When two first held at once, and the safety checker flagging it that same moment.
        assert_eq!(f.after.matches(&ms(lang, at)).count(), 2, "{}", f.after);
        for w in &who {
            let name = match lang {
                Lang::En => format!("Worker {} on node {}", w.0, node_of[w]),
                Lang::Zh => format!("节点 {} 上的工作者 {}", node_of[w], w.0),
            };
            says(&f.after, &name);
        }
        assert_eq!(f.truth, Some(Truth::Choice(1)));
        assert_eq!(f.options.len(), 3);
        says(&f.options[1].0, &nodes.len().to_string());
        says(&f.options[2].0, &node_of.len().to_string());
        assert_eq!(f.measured, Some(count.to_string()));
    });
}

#[wasm_bindgen_test]
fn the_articles_l_is_total_grants_over_n_and_jain_sees_the_split() {
    let (log, _, run) = replay(Step::Article(ArticleStep::Fairness));
    let duration = run.duration();
    let mut grants = std::collections::BTreeMap::new();
    for e in &log {
        match e.kind {
            LogKind::Spawned { worker, .. } => {
                grants.entry(worker).or_insert(0u64);
            }
            LogKind::Holding { worker, .. } => *grants.entry(worker).or_insert(0) += 1,
            LogKind::Crashed { .. } => panic!("the fair queue crashes nobody"),
            _ => {}
        }
    }
    let xs: Vec<f64> = grants.values().map(|&x| x as f64).collect();
    let n = xs.len();
    let total: f64 = xs.iter().sum();
    let l = total / n as f64;
    let jain = total * total / (n as f64 * xs.iter().map(|x| x * x).sum::<f64>());
    let all_to_one = total * total / (n as f64 * total * total);
    let (fewest, most) = (
        grants.values().min().unwrap(),
        grants.values().max().unwrap(),
    );
    assert!(jain > 0.95, "a FIFO queue is fair: {jain}");
    both(Step::Article(ArticleStep::Fairness), |lang, f| {
        says(&f.before, &n.to_string());
        says(&f.before, &ms(lang, duration));
        let total = Lang::num(lang, total as u64);
        says(&f.after, &format!("{total}/{n} = {l:.2}"));
        says(&f.after, &format!(" {fewest} "));
        says(&f.after, &format!(" {most} "));
        says(&f.after, &format!("{jain:.3}"));
        says(&f.after, &format!("1/N = {all_to_one:.3}"));
        says(f.measured.as_deref().unwrap(), &format!("{l:.2}"));
        says(f.measured.as_deref().unwrap(), &format!("{jain:.3}"));
        says(f.theory.as_deref().unwrap(), &format!("{l:.2}"));
        says(f.theory.as_deref().unwrap(), &format!("{all_to_one:.3}"));
        assert_eq!(f.truth, Some(Truth::Choice(1)), "the same L");
    });
}
