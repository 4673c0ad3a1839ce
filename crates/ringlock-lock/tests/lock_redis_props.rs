//! Property tests of the Redis models: Redlock without clock faults has one valid holder at
//! a time, and compare-and-delete deletes only the sender's key.

mod common;

use common::*;
use proptest::prelude::*;
use ringlock_lock::{Invariant, Model};

proptest! {
    #![proptest_config(config(64))]

    /// Redlock without clock jumps or restarts: whatever pauses, crashes, cut-off nodes and
    /// setting changes happen, never two workers acting as holder with validity left; a
    /// majority is never held twice; nobody is lost.
    #[test]
    fn redlock_without_clock_faults_has_one_valid_holder(seed: u64, workers in 1u32..7,
        ops in prop::collection::vec(op_without_clock_faults(), 1..40)) {
        let (c, lab) = drive(seed, settings(Model::Redlock, workers, false), &ops);
        prop_assert!(c.valid_holders <= 1, "{} valid holders", c.valid_holders);
        prop_assert_eq!(lab.sim().monitor().count(Invariant::LeaseExclusion), 0);
        prop_assert_eq!(c.foreign_deletes, 0);
    }

    /// Redis with compare-and-delete never deletes another worker's key — through failovers,
    /// pauses, crashes and TTLs shorter than the critical section.
    #[test]
    fn redis_compare_and_delete_deletes_only_its_own(seed: u64, workers in 1u32..7,
        ops in prop::collection::vec(op(), 1..40)) {
        let (c, lab) = drive(seed, settings(Model::Redis, workers, false), &ops);
        prop_assert_eq!(c.foreign_deletes, 0);
        prop_assert_eq!(lab.sim().metrics().foreign_deletes, 0);
    }
}
