use super::*;
use ringlock_stats::jain;

#[test]
fn eight_nodes_4000_keys_capped_at_625() {
    let names: Vec<String> = (1..=8).map(|i| format!("node{i}")).collect();
    let nodes: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 1)).collect();
    let keys: Vec<String> = (0..4000).map(|i| format!("key-{i}")).collect();
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let bounded = place(&nodes, 1, &refs, 0.25).unwrap();
    assert_eq!(bounded.capacity, vec![625; 8]);
    assert_eq!(*bounded.loads.iter().max().unwrap(), 625);
    assert_eq!(bounded.loads.iter().sum::<u64>(), 4000);
    // Unbounded (ε huge): one point per node is badly skewed, and Jain's index shows it.
    let free = place(&nodes, 1, &refs, 1e9).unwrap();
    assert!(*free.loads.iter().max().unwrap() > 625);
    assert_eq!(free.displaced, 0);
    assert!(jain(&bounded.loads) > jain(&free.loads));
}

#[test]
fn even_with_no_slack_every_key_fits() {
    let nodes = [("a", 1), ("b", 2), ("c", 1)];
    let keys: Vec<String> = (0..1001).map(|i| format!("k{i}")).collect();
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let b = place(&nodes, 4, &refs, 0.0).unwrap();
    for (load, cap) in b.loads.iter().zip(&b.capacity) {
        assert!(load <= cap);
    }
    assert_eq!(
        place(&nodes, 4, &refs, -0.1).unwrap_err(),
        AlgoError::BadEpsilon(-0.1)
    );
    assert_eq!(
        place(&[], 4, &refs, 0.1).unwrap_err(),
        AlgoError::NoLiveNode
    );
}
