use super::*;

#[test]
fn lists_hold_distinct_live_nodes_led_by_the_owner() {
    let mut ring = Ring::new(8);
    for name in ["a", "b", "c", "d", "e"] {
        ring.add_node(name, 1).unwrap();
    }
    ring.kill_node("c").unwrap();
    let c = ring.find_node("c").unwrap();
    for i in 0..300 {
        let key = format!("key-{i}");
        let list = preference_list_for_key(&ring, &key, 3).unwrap();
        assert_eq!(list.len(), 3);
        assert!(!list.contains(&c));
        let mut sorted = list.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 3);
        let owner = ring.successor(hash::key_position(&key)).unwrap();
        assert_eq!(list[0], ring.points()[owner].node);
    }
    assert_eq!(preference_list_for_key(&ring, "x", 5).unwrap().len(), 4);
    assert_eq!(
        preference_list_for_key(&ring, "x", 6).unwrap_err(),
        AlgoError::ReplicasOutOfRange(6)
    );
}
