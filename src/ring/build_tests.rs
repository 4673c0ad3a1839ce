use crate::ring::state::RingState;

const BIG: &str = "v=1&n=a,b,c,d,e&vn=16&k=100000&s=ring&t=algo";

#[test]
fn a_link_with_many_keys_opens_with_its_nodes_and_a_build() {
    let s = RingState::opening(BIG);
    let build = s
        .build
        .as_ref()
        .expect("100,000 keys are placed in the worker");
    assert_eq!(build.keys, 100_000);
    assert_eq!(s.ring.node_ids().len(), 5);
    assert_eq!(s.ring.keys().len(), 0, "the keys come from the worker");
    // Few keys: built at once, no worker.
    assert!(RingState::opening("v=1&n=a,b&vn=16&k=400&s=ring")
        .build
        .is_none());
}
