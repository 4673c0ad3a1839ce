use super::*;
use crate::learn::course::CHAPTERS;
use ringlock_core::hash::{key_position, vnode_position};

/// A key's R distinct nodes clockwise, walked from scratch over every node's hashed points.
fn walk(fragment: &str, key: &str, r: usize) -> Vec<String> {
    let ring = numbers::build(fragment);
    let v = ring.vnodes();
    let mut points: Vec<(u64, String)> = ring
        .node_ids()
        .iter()
        .filter_map(|&id| ring.node(id))
        .flat_map(|n| (0..v * n.weight).map(move |i| (vnode_position(&n.name, i), n.name.clone())))
        .collect();
    points.sort();
    let at = key_position(key);
    let start = points.iter().position(|(p, _)| *p >= at).unwrap_or(0);
    let mut list: Vec<String> = Vec::new();
    for k in 0..points.len() {
        let name = &points[(start + k) % points.len()].1;
        if list.len() < r && !list.contains(name) {
            list.push(name.clone());
        }
    }
    list
}

#[test]
fn every_replication_steps_copies_are_the_keys_next_nodes_clockwise() {
    let mut seen = 0;
    for &step in CHAPTERS.iter().flat_map(|c| c.steps) {
        let Some(r) = step.replicas() else {
            assert!(copies(step, &[]).is_empty(), "{step:?}");
            continue;
        };
        let doomed = doomed(step);
        assert!(!doomed.is_empty(), "{step:?} kills someone");
        let shown = copies(step, &[]);
        assert_eq!(shown.len(), SAMPLE, "{step:?}");
        let touched = shown.iter().filter(|k| k.copies.iter().any(|c| c.dies));
        assert_eq!(touched.count(), TOUCHED, "{step:?}");
        for k in &shown {
            let names: Vec<String> = k.copies.iter().map(|c| c.node.clone()).collect();
            assert_eq!(names, walk(step.setup(), &k.key, r), "{step:?} {}", k.key);
            for c in &k.copies {
                assert_eq!(c.dies, doomed.contains(&c.node));
            }
        }
        // Named keys: the lost one among them is the one every copy of which dies.
        let dead: Vec<&str> = doomed.iter().map(String::as_str).collect();
        let lost = numbers::lost_keys(step.setup(), &dead, r);
        if let Some(key) = lost.first() {
            let named = copies(step, std::slice::from_ref(key));
            assert!(named[0].lost(), "{step:?} {key}");
        }
        for k in &shown {
            assert_eq!(k.lost(), lost.contains(&k.key), "{step:?} {}", k.key);
        }
        seen += 1;
    }
    assert!(seen >= 3, "chapter 5's three steps at least");
}
