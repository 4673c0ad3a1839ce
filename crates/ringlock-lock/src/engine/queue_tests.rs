//! Unit tests of `engine::queue`.

use super::*;
use std::collections::BinaryHeap;

use crate::engine::payload::Payloads;

/// A protocol that carries nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Nothing;

impl Payloads for Nothing {
    type Timer = ();
    type Data = ();
}

#[test]
fn queue_pops_by_time_then_sequence() {
    let mut heap = BinaryHeap::new();
    let ev: Event<Nothing> = Event::Audit;
    for (at, seq) in [(5, 0), (3, 1), (5, 2), (3, 3)] {
        heap.push(Scheduled { at, seq, event: ev });
    }
    let order: Vec<_> = std::iter::from_fn(|| heap.pop().map(|s| (s.at, s.seq))).collect();
    assert_eq!(order, [(3, 1), (3, 3), (5, 0), (5, 2)]);
}
