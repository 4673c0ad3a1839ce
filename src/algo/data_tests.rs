use super::*;

fn node(name: &str, alive: bool) -> NodeSpec {
    NodeSpec {
        name: name.into(),
        weight: 1,
        alive,
    }
}

#[test]
fn changes_build_the_nodes_after() {
    let input = CompareInput {
        nodes: vec![node("a", true), node("new-node", true), node("c", false)],
        keys: vec![],
        total_keys: 0,
        vnodes: 16,
        slots: vec![0, 2, 3],
    };
    assert_eq!(input.color_slot(1), 2);
    assert_eq!(
        input.color_slot(3),
        1,
        "the joining node takes the free slot"
    );
    let added = input.after(&TopologyChange::AddNode);
    assert_eq!(added.last().unwrap().name, "new-node-2");
    assert!(!input.after(&TopologyChange::Kill("a".into()))[0].alive);
    assert_eq!(input.after(&TopologyChange::RemoveLast).len(), 2);
    assert_eq!(input.ideal_fraction(&TopologyChange::RemoveLast), 0.0);
    assert_eq!(input.ideal_fraction(&TopologyChange::Kill("a".into())), 0.5);
}
