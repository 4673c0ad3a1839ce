use super::*;
use crate::ring::NodeId;
use crate::{hash, Ring};

// The modulo helpers index live [`NodeId`]s; this keeps [`Algo::Modulo`] in step with them.
fn modulo_agrees(nodes: &[NodeSpec], keys: &[&str]) -> bool {
    let live: Vec<NodeId> = (0..nodes.len() as u32)
        .filter(|&i| nodes[i as usize].alive)
        .map(NodeId)
        .collect();
    let placed = Algo::Modulo.place(nodes, keys).unwrap();
    keys.iter().zip(placed).all(|(k, o)| {
        crate::ring::modulo::modulo_owner(hash::key_position(k), &live) == Some(NodeId(o as u32))
    })
}

pub(crate) fn specs(names: &[&str]) -> Vec<NodeSpec> {
    names
        .iter()
        .map(|n| NodeSpec {
            name: n.to_string(),
            weight: 1,
            alive: true,
        })
        .collect()
}

#[test]
fn codes_round_trip() {
    for algo in Algo::all() {
        assert_eq!(Algo::from_code(algo.code()), Some(algo));
    }
    assert_eq!(Algo::all().len(), Algo::CODES.len());
    assert_eq!(Algo::from_code("nope"), None);
}

#[test]
fn ring_placement_matches_the_ring() {
    let mut nodes = specs(&["a", "b", "c", "d"]);
    nodes[1].weight = 3;
    nodes[2].alive = false;
    let mut ring = Ring::new(8);
    for n in &nodes {
        ring.add_node(&n.name, n.weight).unwrap();
    }
    ring.kill_node("c").unwrap();
    ring.add_generated(500).unwrap();
    let keys: Vec<String> = (0..500).map(|i| format!("key-{i}")).collect();
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let placed = Algo::Ring { vnodes: 8 }.place(&nodes, &refs).unwrap();
    for (key, owner) in refs.iter().zip(&placed) {
        let slot = ring.successor(hash::key_position(key)).unwrap();
        let id = ring.points()[slot].node;
        assert_eq!(ring.node_name(id), nodes[*owner].name);
    }
    assert!(modulo_agrees(&nodes, &refs));
}

#[test]
fn every_algorithm_places_on_live_nodes_only() {
    let mut nodes = specs(&["10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"]);
    nodes[1].alive = false;
    let keys = ["a", "b", "c", "d", "e", "f", "g"];
    for algo in Algo::all() {
        let placed = algo.place(&nodes, &keys).unwrap();
        assert_eq!(placed.len(), keys.len());
        assert!(placed.iter().all(|&o| nodes[o].alive), "{algo:?}");
        assert!(algo.memory_bytes(&nodes) > 0);
        assert!(algo.lookup_cost(&nodes).steps >= 1.0);
    }
    nodes[0].alive = false;
    nodes[2].alive = false;
    assert_eq!(Algo::Jump.place(&nodes, &keys), Err(AlgoError::NoLiveNode));
}
