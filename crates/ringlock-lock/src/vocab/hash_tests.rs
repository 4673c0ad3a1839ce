//! Unit tests of `vocab::hash`.

use super::*;

#[test]
fn fnv_matches_the_reference_vector() {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (Fowler/Noll/Vo test suite).
    let mut h = Fnv(FNV_OFFSET);
    h.bytes(b"a");
    assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn fields_and_times_both_count() {
    let hash = |at, worker| {
        hash_entry(
            FNV_OFFSET,
            at,
            &LogKind::Crashed {
                worker: WorkerId(worker),
            },
        )
    };
    assert_ne!(hash(1, 2), hash(2, 1));
    assert_ne!(hash(1, 2), hash(1, 3));
    assert_eq!(hash(1, 2), hash(1, 2));
}
