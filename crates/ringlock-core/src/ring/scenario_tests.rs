use super::*;
use crate::error::MAX_NODES;
use crate::NodeId;

#[test]
fn components_round_trip() {
    for text in [
        "node1",
        "a,b&c=d",
        "<img src=x onerror=alert(1)>",
        "节点一",
        "100%",
        "x*2!",
    ] {
        assert_eq!(
            decode_component(&encode_component(text)).as_deref(),
            Some(text)
        );
    }
    assert_eq!(decode_component("%zz"), None);
    assert_eq!(decode_component("%ff"), None);
}

#[test]
fn default_scenario_round_trips() {
    let scenario = Scenario::default();
    let (fragment, truncated) = scenario.to_fragment(10_000);
    assert!(!truncated);
    assert_eq!(fragment, "v=1&n=node1,node2,node3,node4&vn=16&k=400&s=ring");
    assert_eq!(
        Scenario::from_fragment(&format!("#{fragment}")),
        Ok(scenario)
    );
}

#[test]
fn a_ring_round_trips_through_its_link() {
    let mut ring = Scenario::default().build().unwrap();
    ring.add_node("节点,5", 3).unwrap();
    ring.kill_node("node2").unwrap();
    ring.add_key("apple").unwrap();
    ring.remove_keys(&["key-7", "apple"]).unwrap();
    ring.add_key("pear").unwrap();
    let scenario = ring.scenario(Scheme::Article);
    let (fragment, _) = scenario.to_fragment(10_000);
    let back = Scenario::from_fragment(&fragment).unwrap();
    assert_eq!(back, scenario);
    let rebuilt = back.build().unwrap();
    assert_eq!(rebuilt.full_assignment(), ring.full_assignment());
    assert_eq!(rebuilt.keys().positions(), ring.keys().positions());
}

#[test]
fn malformed_links_are_errors() {
    assert_eq!(
        Scenario::from_fragment("garbage"),
        Err(ScenarioError::Field("pair"))
    );
    assert_eq!(Scenario::from_fragment("n=a"), Err(ScenarioError::Version));
    assert_eq!(
        Scenario::from_fragment("v=1&vn=x"),
        Err(ScenarioError::Field("vn"))
    );
    let too_many = Scenario::from_fragment("v=1&n=a&vn=5000").unwrap();
    assert!(matches!(
        too_many.build(),
        Err(ScenarioError::Ring(RingError::VnodesOutOfRange(5000)))
    ));
    let dup = Scenario::from_fragment("v=1&n=a,a").unwrap();
    assert!(matches!(
        dup.build(),
        Err(ScenarioError::Ring(RingError::DuplicateNode(_)))
    ));
}

#[test]
fn long_named_lists_are_cut_and_say_so() {
    let mut scenario = Scenario::default();
    scenario.keys.named = (0..100).map(|i| format!("named-{i}")).collect();
    let (fragment, truncated) = scenario.to_fragment(50);
    assert!(truncated);
    assert!(fragment.len() < 200);
}

#[test]
fn limits_refuse_a_link_as_node_by_node_does() {
    let node = |i: usize, weight: u32| NodeSpec {
        name: format!("n{i}"),
        weight,
        alive: !i.is_multiple_of(3),
    };
    let many = Scenario {
        vnodes: 1,
        nodes: (0..=MAX_NODES).map(|i| node(i, 1)).collect(),
        ..Scenario::default()
    };
    let heavy = Scenario {
        vnodes: 1024,
        nodes: (0..11).map(|i| node(i, 100)).collect(),
        ..Scenario::default()
    };
    for (scenario, error) in [
        (many, RingError::TooManyNodes),
        (
            heavy,
            RingError::TooManyPoints {
                would_be: 11 * 102_400,
            },
        ),
    ] {
        assert_eq!(scenario.build().err(), Some(ScenarioError::Ring(error)));
        assert_eq!(scenario.build().err(), scenario.build_node_by_node().err());
    }
}

#[test]
fn a_batch_takes_free_slots_first_as_one_node_after_another_does() {
    let mut batch = Scenario::default().build().unwrap();
    batch.remove_node("node2").unwrap();
    batch.remove_node("node1").unwrap();
    let mut by_node = batch.clone();
    let specs: Vec<NodeSpec> = ["a", "b", "c"]
        .iter()
        .map(|&name| NodeSpec {
            name: name.into(),
            weight: 2,
            alive: name != "b",
        })
        .collect();
    batch.add_nodes(&specs).unwrap();
    for spec in &specs {
        by_node.add_node(&spec.name, spec.weight).unwrap();
    }
    by_node.kill_node("b").unwrap();
    assert_eq!(batch.node_ids(), by_node.node_ids());
    assert_eq!(batch.node_ids()[2..], [NodeId(0), NodeId(1), NodeId(4)]);
    assert_eq!(batch.points(), by_node.points());
    assert_eq!(batch.full_assignment(), by_node.full_assignment());
    assert_eq!(batch.check_invariants(), Ok(()));
    for &id in batch.node_ids() {
        assert_eq!(batch.node(id), by_node.node(id));
        assert_eq!(batch.key_count(id), by_node.key_count(id));
    }
}
