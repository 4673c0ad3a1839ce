use super::*;

use crate::algo::place::tests::specs;
use crate::algo::redis_cluster;

fn keys(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("key-{i}")).collect()
}

#[test]
fn a_join_moves_about_one_in_n_plus_one_except_under_modulo() {
    let before = specs(&["n1", "n2", "n3", "n4"]);
    let after = specs(&["n1", "n2", "n3", "n4", "n5"]);
    let owned = keys(5000);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let reports = compare(&Algo::all(), &before, &after, &refs);
    for r in reports {
        let r = r.unwrap();
        let share = r.moved as f64 / 5000.0;
        match r.algo {
            Algo::Modulo => assert!((share - 0.8).abs() < 0.03, "{share}"),
            Algo::Ring { .. } | Algo::Jump | Algo::Rendezvous | Algo::RedisSlots => {
                assert!((share - 0.2).abs() < 0.04, "{:?} {share}", r.algo);
                assert!(r.flows.iter().all(|f| f.to == "n5"), "{:?}", r.algo);
            }
            Algo::Article | Algo::Ketama(_) | Algo::Maglev { .. } | Algo::Bounded { .. } => {}
        }
        assert_eq!(r.loads.iter().sum::<u64>(), 5000);
        assert!(r.jain > 0.2 && r.jain <= 1.0);
        assert!(r.refused.is_none());
    }
}

#[test]
fn a_redis_join_of_three_to_four_moves_the_keys_of_the_rebalanced_slots() {
    let before = specs(&["m0", "m1", "m2"]);
    let after = specs(&["m0", "m1", "m2", "new"]);
    let owned = keys(5000);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let r = compare(&[Algo::RedisSlots], &before, &after, &refs)
        .remove(0)
        .unwrap();
    // redis-cli gives the new master 5461–6826 from m1, 10923–12287 from m2 and
    // 0–1364 from m0.
    let ranges = [(0, 1364, "m0"), (5461, 6826, "m1"), (10_923, 12_287, "m2")];
    let mut expected: Vec<Flow> = ranges
        .iter()
        .map(|&(first, last, from)| Flow {
            from: from.into(),
            to: "new".into(),
            keys: refs
                .iter()
                .filter(|k| (first..=last).contains(&redis_cluster::key_slot(k)))
                .count() as u64,
        })
        .collect();
    expected.sort_by(|a, b| b.keys.cmp(&a.keys).then_with(|| a.from.cmp(&b.from)));
    assert_eq!(r.moved, expected.iter().map(|f| f.keys).sum::<u64>());
    assert_eq!(r.flows, expected);
    let (old, new) = Algo::RedisSlots
        .place_change(&before, &after, &refs)
        .unwrap();
    for (k, (o, n)) in refs.iter().zip(old.iter().zip(&new)) {
        let slot = redis_cluster::key_slot(k);
        let moved = ranges.iter().any(|&(a, b, _)| (a..=b).contains(&slot));
        assert_eq!(o != n, moved, "{k}");
    }
}

#[test]
fn jump_refuses_to_drop_a_middle_bucket() {
    let before = specs(&["a", "b", "c"]);
    let mut after = before.clone();
    after[1].alive = false;
    let r = compare(&[Algo::Jump], &before, &after, &["x", "y"]);
    let r = r[0].as_ref().unwrap();
    assert_eq!(
        r.refused,
        Some(AlgoError::NotLastBucket { bucket: 1, last: 2 })
    );
    let mut last_gone = before.clone();
    last_gone[2].alive = false;
    let r = compare(&[Algo::Jump], &before, &last_gone, &["x"]);
    assert_eq!(r[0].as_ref().unwrap().refused, None);
}

#[test]
fn a_kill_under_rendezvous_moves_only_the_dead_nodes_keys() {
    let before = specs(&["a", "b", "c", "d"]);
    let mut after = before.clone();
    after[2].alive = false;
    let owned = keys(3000);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    for algo in [
        Algo::Rendezvous,
        Algo::Ring { vnodes: 16 },
        Algo::RedisSlots,
    ] {
        let r = compare(&[algo], &before, &after, &refs).remove(0).unwrap();
        assert!(r.flows.iter().all(|f| f.from == "c"), "{algo:?}");
        assert_eq!(r.loads[2], 0);
    }
}
