use super::*;

fn ring() -> Ring {
    let mut ring = Ring::new(8);
    for name in ["node1", "node2", "node3"] {
        ring.add_node(name, 1).unwrap();
    }
    ring.add_generated(500).unwrap();
    ring
}

#[test]
fn arcs_cover_the_circle() {
    let mut ring = ring();
    let total: f64 = ring.arcs().iter().map(|a| a.sweep).sum();
    assert!((total - 360.0).abs() < 1e-6);
    ring.kill_node("node2").unwrap();
    let arcs = ring.arcs();
    assert!(arcs
        .iter()
        .all(|a| a.node != ring.find_node("node2").unwrap()));
    assert!((arcs.iter().map(|a| a.sweep).sum::<f64>() - 360.0).abs() < 1e-6);
}

#[test]
fn density_counts_every_key() {
    let ring = ring();
    for bins in [1, 7, 360] {
        let total: u32 = ring
            .density(bins, Scheme::Ring)
            .iter()
            .map(|b| b.count)
            .sum();
        assert_eq!(total, 500);
    }
}

#[test]
fn vnode_arc_counts_sum_to_all_keys() {
    let ring = ring();
    let sum: usize = (0..ring.points().len())
        .map(|i| ring.vnode_info(i).unwrap().keys)
        .sum();
    assert_eq!(sum, 500);
}

#[test]
fn lookup_agrees_with_placement_and_skips_dead_vnodes() {
    let mut ring = ring();
    ring.kill_node("node1").unwrap();
    for slot in (0..500).step_by(37) {
        let name = ring.keys().name(ring.keys().ids()[slot]).to_string();
        let lookup = ring.lookup(&name);
        let owner = ring.points()[lookup.point.unwrap()].node;
        assert_eq!(Some(owner), ring.owner_at(slot));
        let dead = ring.find_node("node1").unwrap();
        assert!(lookup
            .skipped
            .iter()
            .all(|&i| ring.points()[i].node == dead));
    }
}
