//! Property tests for the lock lab: random schedules of user actions on the central server
//! and the local lock, with the lab's promises checked independently of its own monitor
//! after every event.

mod common;

use common::*;
use proptest::prelude::*;
use ringlock_lock::{Action, Invariant, Lab, Model, Setting, Settings, Sim};

proptest! {
    #![proptest_config(config(64))]

    /// Central server with fencing: storage never accepts a stale write, whatever crashes,
    /// pauses and setting changes happen; grants follow arrival order; nobody is lost; no
    /// lock is ever stuck.
    #[test]
    fn fenced_central_server_is_safe(seed: u64, workers in 1u32..8, ops in prop::collection::vec(op(), 1..40)) {
        let (c, lab) = drive(seed, settings(Model::Central, workers, true), &ops);
        prop_assert_eq!(c.stale_accepted, 0);
        prop_assert_eq!(c.overtakes, 0);
        let m = lab.sim().monitor();
        prop_assert_eq!(m.count(Invariant::ResourceOrder), 0);
        prop_assert_eq!(m.count(Invariant::LeaseExclusion), 0);
        prop_assert_eq!(m.count(Invariant::Fifo), 0);
        prop_assert_eq!(m.count(Invariant::Deadlock), 0);
    }

    /// With fencing switched on and off along the way, a stale write can land only while it
    /// is off; the monitor sees every one the log shows.
    #[test]
    fn stale_writes_land_only_without_fencing(seed: u64, ops in prop::collection::vec(
        prop_oneof![4 => op(), 1 => any::<bool>().prop_map(|on| Op::Set(Setting::Fencing(on)))], 1..40)) {
        let (c, lab) = drive(seed, settings(Model::Central, 4, false), &ops);
        prop_assert_eq!(c.stale_accepted_fenced, 0);
        prop_assert_eq!(u64::from(c.stale_accepted), lab.sim().monitor().count(Invariant::ResourceOrder));
        prop_assert_eq!(c.overtakes, 0);
    }

    /// The local-lock model loses no worker either, and its deadlocks (a crashed holder of an
    /// in-process lock) are reported rather than hidden.
    #[test]
    fn local_locks_lose_no_worker(seed: u64, workers in 1u32..8, ops in prop::collection::vec(op(), 1..30)) {
        let (_, mut lab) = drive(seed, settings(Model::LocalLock, workers, true), &ops);
        let stuck = lab.sim().locks().iter().any(|l| l.holder_crashed && !l.queue.is_empty());
        if stuck {
            // Stuck for an instant is not yet a deadlock; a millisecond later it is.
            lab.run_for(2);
            prop_assert!(lab.sim().monitor().count(Invariant::Deadlock) > 0);
        }
    }

    /// The unsafe set-up does break: a pause longer than the lease, without fencing, lets
    /// storage accept a stale write after a newer one, for any seed. With fencing it is
    /// rejected.
    #[test]
    fn a_long_pause_without_fencing_corrupts(seed: u64) {
        for fencing in [false, true] {
            let s = Settings { workers: 2, fencing, ..Settings::default() };
            let mut lab = Lab::new(seed, s).unwrap();
            while lab.sim().acting_holders().is_empty() {
                prop_assert!(lab.step());
            }
            let victim = lab.sim().acting_holders()[0];
            lab.apply(Action::Pause { worker: victim, ms: 2_500 }).unwrap();
            let mut c = Checker::default();
            while lab.now() < 8_000 && lab.step() {
                c.after_event(lab.sim());
            }
            let m = lab.sim().monitor();
            if fencing {
                prop_assert_eq!(c.stale_accepted, 0);
                prop_assert_eq!(m.count(Invariant::ResourceOrder), 0);
                prop_assert!(lab.sim().storage_log().any(|w| w.worker == victim && !w.accepted));
            } else {
                prop_assert!(c.stale_accepted > 0, "two writers, the stale one accepted");
                prop_assert!(m.count(Invariant::ResourceOrder) > 0);
            }
        }
    }

    /// The article's local lock on two nodes: two workers hold "the" lock at once.
    #[test]
    fn local_lock_has_two_holders(seed: u64) {
        let s = Settings { model: Model::LocalLock, workers: 4, nodes: 2, ..Settings::default() };
        let mut sim = Sim::new(seed, s).unwrap();
        let mut both = false;
        while sim.now() < 20_000 && !both {
            sim.step();
            let holders = sim.acting_holders();
            both = holders.len() >= 2;
            if both {
                let nodes: Vec<u32> = holders.iter().map(|&w| sim.worker(w).unwrap().node).collect();
                prop_assert_ne!(nodes[0], nodes[1], "one node's lock does exclude");
            }
        }
        prop_assert!(both);
        prop_assert!(sim.monitor().count(Invariant::HolderExclusion) > 0);
        prop_assert!(sim.monitor().count(Invariant::LeaseExclusion) > 0);
    }
}
