use super::*;
use std::cell::Cell;

#[test]
fn time_is_split_over_every_lookup_made() {
    let nodes: Vec<NodeSpec> = ["a", "b", "c"]
        .iter()
        .map(|n| NodeSpec {
            name: n.to_string(),
            weight: 1,
            alive: true,
        })
        .collect();
    let placer = Algo::Jump.placer(&nodes, 10).unwrap();
    let keys = ["k1", "k2", "k3", "k4"];
    // A fake clock that advances 1 ms per reading: each pass of 4 lookups takes 1 ms,
    // which ends a round: 1 ms over 4 lookups = 250,000 ns each, in every round.
    let t = Cell::new(0.0);
    let clock = || {
        t.set(t.get() + 1.0);
        t.get()
    };
    assert_eq!(time_lookups(&placer, &keys, clock), Some(250_000.0));
    assert_eq!(time_lookups(&placer, &[], || 0.0), None);
    assert_eq!(
        time_lookups(&placer, &keys, || 0.0),
        None,
        "a stopped clock"
    );
}
