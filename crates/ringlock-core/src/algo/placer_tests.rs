use super::*;
use crate::algo::place::tests::specs;

fn keys(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("key-{i}")).collect()
}

#[test]
fn every_key_lies_in_its_owners_arc() {
    let mut nodes = specs(&["10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"]);
    nodes[1].alive = false;
    let owned = keys(500);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    for algo in Algo::all() {
        let mut placer = algo.placer(&nodes, refs.len()).unwrap();
        let Some(arcs) = placer.arcs() else {
            assert!(!super::super::geometry::has_circle(&algo), "{algo:?}");
            continue;
        };
        assert!(arcs.iter().all(|a| nodes[a.node].alive), "{algo:?}");
        if matches!(algo, Algo::Bounded { .. }) {
            continue; // a full node's keys walk past its arcs
        }
        for key in &refs {
            let p = super::super::geometry::key_point(&algo, key);
            let arc = arcs.iter().find(|a| a.start <= p && p < a.end).unwrap();
            assert_eq!(arc.node, placer.owner(key), "{algo:?} {key}");
        }
    }
}

#[test]
fn one_key_at_a_time_agrees_with_place() {
    let mut nodes = specs(&[
        "10.0.0.1:11211",
        "10.0.0.2:11211",
        "10.0.0.3:11211",
        "10.0.0.4:11211",
    ]);
    nodes[1].alive = false;
    nodes[2].weight = 3;
    let owned = keys(2000);
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    for algo in Algo::all() {
        let placed = algo.place(&nodes, &refs).unwrap();
        let mut placer = algo.placer(&nodes, refs.len()).unwrap();
        if let Algo::Bounded { vnodes, eps } = algo {
            // Arrivals in ring order are the batch placement.
            let live = [0, 2, 3];
            let specs: Vec<(&str, u32)> = live
                .iter()
                .map(|&i| (nodes[i].name.as_str(), nodes[i].weight))
                .collect();
            let pos: Vec<u64> = refs.iter().map(|k| hash::key_position(k)).collect();
            let batch = bounded::place_positions(&specs, vnodes, &pos, eps).unwrap();
            let batch: Vec<usize> = batch.owners.iter().map(|&o| live[o]).collect();
            assert_eq!(placed, batch);
            let mut order: Vec<usize> = (0..refs.len()).collect();
            order.sort_by_key(|&k| (pos[k], k));
            for k in order {
                assert_eq!(placer.owner(refs[k]), placed[k], "{k}");
            }
            continue;
        }
        for (key, &owner) in refs.iter().zip(&placed) {
            assert_eq!(placer.owner(key), owner, "{algo:?} {key}");
        }
        assert_eq!(placer.slot_map().is_some(), algo == Algo::RedisSlots);
    }
}

#[test]
fn the_redis_placer_after_a_join_is_the_rebalanced_map() {
    let before = specs(&["a", "b", "c"]);
    let after = specs(&["a", "b", "c", "d"]);
    let (mut old, mut new) = Algo::RedisSlots
        .placers_for_change(&before, &after, 0)
        .unwrap();
    for key in ["foo", "{user1000}.following", "bar"] {
        let slot = redis_cluster::key_slot(key);
        let joined = [0..=1364, 5461..=6826, 10_923..=12_287]
            .iter()
            .any(|r| r.contains(&slot));
        let expect = if joined { 3 } else { old.owner(key) };
        assert_eq!(new.owner(key), expect, "{key}");
    }
    let refs = ["x"];
    let jump = Algo::Jump.placers_for_change(&before, &after, 1).unwrap();
    assert_eq!(jump.1.live, vec![0, 1, 2, 3]);
    assert_eq!(
        Algo::Jump.place_change(&before, &after, &refs).unwrap(),
        (
            Algo::Jump.place(&before, &refs).unwrap(),
            Algo::Jump.place(&after, &refs).unwrap()
        )
    );
}

#[test]
fn bad_topologies_are_errors() {
    let mut nodes = specs(&["a", "b"]);
    nodes[0].weight = 0;
    for algo in Algo::all() {
        assert_eq!(
            algo.placer(&nodes, 1).unwrap_err(),
            AlgoError::ZeroWeight("a".into())
        );
    }
    nodes.iter_mut().for_each(|n| n.alive = false);
    let live = specs(&["a"]);
    for algo in Algo::all() {
        assert_eq!(
            algo.placers_for_change(&live, &nodes, 1).unwrap_err(),
            AlgoError::NoLiveNode
        );
    }
}
