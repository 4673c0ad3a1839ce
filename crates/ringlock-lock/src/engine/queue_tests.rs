//! Unit tests of `engine::queue`.

use super::*;
use std::collections::BinaryHeap;

#[test]
fn queue_pops_by_time_then_sequence() {
    let mut heap = BinaryHeap::new();
    let ev: Event<()> = Event::Audit;
    for (at, seq) in [(5, 0), (3, 1), (5, 2), (3, 3)] {
        heap.push(Scheduled { at, seq, event: ev });
    }
    let order: Vec<_> = std::iter::from_fn(|| heap.pop().map(|s| (s.at, s.seq))).collect();
    assert_eq!(order, [(3, 1), (3, 3), (5, 0), (5, 2)]);
}
