//! Unit tests of `observe::invariant`.

use super::*;

#[test]
fn ids_are_distinct_and_indices_follow_all() {
    for (i, inv) in Invariant::ALL.iter().enumerate() {
        assert_eq!(inv.index(), i);
    }
    let mut ids: Vec<_> = Invariant::ALL.iter().map(|i| i.id()).collect();
    ids.dedup();
    assert_eq!(ids.len(), Invariant::ALL.len());
}
