use super::*;
use crate::error::MAX_KEY_NAME;

fn nodes(spec: &[(&str, u32)]) -> Vec<Candidate> {
    spec.iter()
        .enumerate()
        .map(|(i, &(name, weight))| Candidate {
            name: name.to_string(),
            weight,
            slot: i as u32,
        })
        .collect()
}

fn keys(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("user:{i}")).collect()
}

const WEIGHTED: [(&str, u32); 5] = [("a", 1), ("b", 3), ("c", 1), ("d", 2), ("e", 1)];

#[test]
fn the_first_bar_is_the_cores_winner_and_the_order_is_top_k() {
    let core = Rendezvous::new(&WEIGHTED).unwrap();
    let candidates = nodes(&WEIGHTED);
    for key in keys(2000) {
        let ranked = rank(&WEIGHTED, &key).unwrap();
        assert_eq!(ranked[0].0, core.lookup(&key), "{key}");
        let order: Vec<usize> = ranked.iter().map(|r| r.0).collect();
        assert_eq!(order, core.top_k(&key, WEIGHTED.len()), "{key}");
        let b = board(&candidates, &key).unwrap();
        assert_eq!(b.owner().unwrap().name, WEIGHTED[core.lookup(&key)].0);
        assert!(b.bars.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(b.bars.iter().enumerate().all(|(i, bar)| bar.rank == i + 1));
    }
}

#[test]
fn removing_the_owner_hands_the_key_to_the_runner_up() {
    for key in keys(2000) {
        let b = board(&nodes(&WEIGHTED), &key).unwrap();
        let (owner, runner) = (b.owner().unwrap(), b.runner_up().unwrap());
        let rest: Vec<(&str, u32)> = WEIGHTED
            .iter()
            .copied()
            .filter(|n| n.0 != owner.name)
            .collect();
        let without = Rendezvous::new(&rest).unwrap();
        assert_eq!(rest[without.lookup(&key)].0, runner.name, "{key}");
        // Removing a node that is not the owner leaves the key where it was.
        let other = &b.bars[2].name;
        let rest: Vec<(&str, u32)> = WEIGHTED.iter().copied().filter(|n| n.0 != other).collect();
        let without = Rendezvous::new(&rest).unwrap();
        assert_eq!(rest[without.lookup(&key)].0, owner.name, "{key}");
    }
}

#[test]
fn widths_are_shares_of_the_owner_with_a_visible_minimum() {
    let b = board(&nodes(&WEIGHTED), "user:42").unwrap();
    assert_eq!(b.bars[0].width, 100.0);
    assert!(b.bars.windows(2).all(|w| w[0].width >= w[1].width));
    for bar in &b.bars {
        let share = bar.score / b.bars[0].score * 100.0;
        assert!((bar.width - share.max(MIN_WIDTH)).abs() < 1e-9);
    }
    assert_eq!(bar_width(1e-9, 1e9), MIN_WIDTH);
    assert_eq!(bar_width(5.0, 0.0), MIN_WIDTH);
    assert_eq!(bar_width(f64::NAN, 1.0), MIN_WIDTH);
    assert_eq!(bar_width(2.0, 4.0), 50.0);
}

#[test]
fn a_thousand_nodes_draw_twelve_bars() {
    let names: Vec<String> = (0..1000).map(|i| format!("node-{i}")).collect();
    let spec: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 1)).collect();
    let b = board(&nodes(&spec), "user:42").unwrap();
    assert_eq!((b.bars.len(), b.live, b.hidden()), (SHOWN, 1000, 988));
    let core = Rendezvous::new(&spec).unwrap();
    assert_eq!(b.owner().unwrap().name, names[core.lookup("user:42")]);
}

#[test]
fn one_node_has_no_runner_up_and_none_is_an_error() {
    let b = board(&nodes(&[("solo", 2)]), "k").unwrap();
    assert_eq!(b.owner().unwrap().name, "solo");
    assert!(b.runner_up().is_none());
    assert_eq!(b.hidden(), 0);
    assert_eq!(board(&[], "k").unwrap_err(), AlgoError::NoLiveNode);
}

#[test]
fn keys_are_checked_like_the_rings() {
    assert_eq!(check_key("  user:1 "), Ok("user:1"));
    assert_eq!(check_key(""), Err(KeyProblem::Empty));
    assert_eq!(check_key(" \t "), Err(KeyProblem::Empty));
    assert_eq!(
        check_key(&"x".repeat(MAX_KEY_NAME + 1)),
        Err(KeyProblem::TooLong)
    );
    assert_eq!(check_key("a\tb"), Err(KeyProblem::Control));
}

#[test]
fn scores_print_briefly() {
    assert_eq!(format_score(1.23456), "1.235");
    assert_eq!(format_score(123.456), "123.5");
    assert_eq!(format_score(9.007e15), "9.007e15");
    assert_eq!(format_score(f64::INFINITY), "∞");
}
