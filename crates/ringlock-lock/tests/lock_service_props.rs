//! Property tests of the lock services: exclusion at the server for ZooKeeper and the
//! central server, one watch per handoff unless herded, lock-delay, grant latency; and the
//! fair queue.

mod common;

use common::*;
use proptest::prelude::*;
use ringlock_lock::{
    Action, Cause, Invariant, LabScenario, LogKind, Model, Settings, Sim, WorkerState,
};

proptest! {
    #![proptest_config(config(48))]

    /// Mutual exclusion at the server holds in both lock services, with lock-delay or not,
    /// whatever crashes, pauses and setting changes happen; grants stay FIFO, nobody is lost,
    /// nothing deadlocks (a lock-delay is not a deadlock), fenced storage stays in order.
    #[test]
    fn lock_services_exclude_at_the_server(seed: u64, zk: bool, workers in 1u32..10,
        lock_delay in 0u64..2_000, watch_all: bool, ops in prop::collection::vec(op(), 1..40)) {
        let model = if zk { Model::ZooKeeper } else { Model::Central };
        let s = Settings { lock_delay, watch_all, ..settings(model, workers, true) };
        let (c, lab) = drive(seed, s, &ops);
        prop_assert_eq!(c.stale_accepted, 0);
        prop_assert_eq!(c.overtakes, 0);
        let m = lab.sim().monitor();
        for i in [Invariant::LeaseExclusion, Invariant::ResourceOrder, Invariant::Fifo, Invariant::Deadlock] {
            prop_assert_eq!(m.count(i), 0, "{:?}", i);
        }
    }

    /// Without leases (the article's server as written; ZooKeeper and etcd with sessions
    /// that never expire) nobody ever holds the lock beside its holder, grants stay FIFO and
    /// nobody is lost, whatever happens; the only deadlock is a lock held by a worker that
    /// crashed and can no longer release it, and the monitor names that worker.
    #[test]
    fn without_leases_only_a_crashed_holder_blocks(seed: u64, pick in 0usize..3,
        workers in 1u32..10, ops in prop::collection::vec(op(), 1..40)) {
        let model = [Model::Central, Model::ZooKeeper, Model::Etcd][pick];
        let s = Settings { leases: false, ..settings(model, workers, true) };
        let (c, lab) = drive(seed, s, &ops);
        prop_assert_eq!(c.stale_accepted, 0);
        prop_assert_eq!(c.overtakes, 0);
        let sim = lab.sim();
        let m = sim.monitor();
        for i in [Invariant::LeaseExclusion, Invariant::HolderExclusion, Invariant::ResourceOrder, Invariant::Fifo] {
            prop_assert_eq!(m.count(i), 0, "{:?}", i);
        }
        let leased = |k: &LogKind| matches!(k, LogKind::Expired { .. } | LogKind::Renewed { .. });
        prop_assert!(!sim.log_since(0).any(|e| leased(&e.kind)), "a lease in the log");
        for v in m.violations().filter(|v| v.invariant == Invariant::Deadlock) {
            prop_assert_eq!(v.cause, Some(Cause::HolderCannotRelease));
            let holder = sim.worker(v.workers[0]).map(|w| w.state);
            prop_assert_eq!(holder, Some(WorkerState::Crashed));
        }
    }

    /// ZooKeeper: every deletion handed to a waiter fires one watch with predecessor watches,
    /// and one per waiter with the herd; the notifications logged add up to the metric.
    #[test]
    fn watches_fire_once_per_handoff_unless_herded(seed: u64, workers in 1u32..25,
        latency in 0u64..100, jitter in 0u64..50, watch_all: bool) {
        let s = Settings { model: Model::ZooKeeper, workers, latency, jitter, watch_all, ..Settings::default() };
        let mut sim = Sim::new(seed, s).unwrap();
        let (mut seen, mut logged, mut herd_max) = (0, 0u64, 0u32);
        while sim.now() < 15_000 && sim.step().is_some() {
            for e in sim.log_since(seen) {
                if let LogKind::Notified { count, .. } = e.kind {
                    logged += u64::from(count);
                    herd_max = herd_max.max(count);
                }
            }
            seen = sim.log_total();
        }
        let m = sim.metrics();
        prop_assert_eq!(m.wakeups, logged);
        if watch_all {
            prop_assert!(m.wakeups >= m.handoffs);
            prop_assert!(herd_max <= workers);
        } else {
            prop_assert_eq!(m.wakeups, m.handoffs, "one wake-up per grant that had a waiter");
            prop_assert!(herd_max <= 1);
        }
        prop_assert_eq!(sim.monitor().count(Invariant::Fifo), 0);
        prop_assert_eq!(sim.lost_workers(), vec![]);
    }

    /// Lock-delay: after the crashed holder's lease expires, nobody is granted the lock
    /// before expiry + delay, and if someone is waiting then, they get it exactly then.
    #[test]
    fn lock_delay_holds_the_lock_back_exactly(seed: u64, ttl in 100u64..3_000, delay in 1u64..5_000) {
        let s = Settings { workers: 4, ttl, lock_delay: delay, ..Settings::default() };
        let mut sim = Sim::new(seed, s).unwrap();
        while sim.acting_holders().is_empty() {
            prop_assert!(sim.step().is_some());
        }
        let victim = sim.acting_holders()[0];
        sim.apply(Action::Crash(victim)).unwrap();
        let mut seen = sim.log_total();
        let mut expired = None;
        let mut waiting_at_end = false;
        let next = loop {
            prop_assert!(sim.step().is_some());
            // The central server never drops a queued request, so a waiter seen during the
            // delay is still waiting at its end.
            if expired.is_some_and(|at| sim.now() < at + delay) {
                waiting_at_end |= !sim.locks()[0].queue.is_empty();
            }
            let found = sim.log_since(seen).find_map(|e| match e.kind {
                LogKind::Expired { worker, .. } if worker == victim => { expired = Some(e.at); None }
                LogKind::Granted { .. } if expired.is_some() => Some(e.at),
                _ => None,
            });
            seen = sim.log_total();
            if let Some(at) = found { break at; }
        };
        let expired = expired.unwrap();
        prop_assert!(next >= expired + delay);
        if waiting_at_end {
            prop_assert_eq!(next, expired + delay);
        }
        prop_assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    }

    /// No deadlock, in time: when the server grants, the grant reaches a running worker
    /// within the network's bounds, latency ± jitter.
    #[test]
    fn grants_arrive_within_latency_bounds(seed: u64, workers in 1u32..30, latency in 0u64..200, jitter in 0u64..100) {
        let s = Settings { workers, latency, jitter, ..Settings::default() };
        let mut sim = Sim::new(seed, s).unwrap();
        let mut granted: Vec<Option<u64>> = vec![None; workers as usize];
        let mut seen = 0;
        let mut grants = 0;
        while sim.now() < 20_000 && sim.step().is_some() {
            for e in sim.log_since(seen) {
                match e.kind {
                    LogKind::Granted { worker, .. } => granted[worker.0 as usize] = Some(e.at),
                    LogKind::Holding { worker, .. } => {
                        let at = granted[worker.0 as usize].take().unwrap();
                        let delay = e.at - at;
                        prop_assert!(delay <= latency + jitter);
                        prop_assert!(delay >= latency.saturating_sub(jitter));
                        grants += 1;
                    }
                    _ => {}
                }
            }
            seen = sim.log_total();
        }
        prop_assert!(grants > 0);
        prop_assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    }
}

#[test]
fn fair_queue_is_fair() {
    let facts = LabScenario::FairQueue.facts();
    let j = facts.metrics.jain.unwrap();
    assert!(j > 0.95, "Jain {j}");
    assert_eq!(facts.metrics.grants_per_worker.len(), 50);
    assert!(
        facts.first_violations.is_empty(),
        "{:?}",
        facts.first_violations
    );
}

/// A herd of watch notifications queued for a paused ZooKeeper waiter: on waking it asks for
/// the children once per notification, and an answer arriving after it already holds (or
/// after its session expired) must not start a second critical section for the same grant.
#[test]
fn zookeeper_waiter_enters_once_per_grant_after_a_pause() {
    use ringlock_lock::{Setting, WorkerId};
    let ops = [
        Op::Set(Setting::Renewal(false)),
        Op::Set(Setting::Jitter(82)),
        Op::Run(775),
        Op::Run(2372),
        Op::Pause(36546, 3779),
        Op::Run(1931),
        Op::Run(438),
        Op::Run(41),
        Op::Crash(10780),
        Op::Pause(29587, 1313),
        Op::Run(981),
        Op::Spawn(3),
        Op::Run(809),
    ];
    let s = Settings {
        lock_delay: 0,
        watch_all: true,
        ..settings(Model::ZooKeeper, 8, true)
    };
    let (c, lab) = drive(15590195241862575017, s, &ops);
    assert_eq!(c.stale_accepted, 0);
    let m = lab.sim().monitor();
    for i in [
        Invariant::LeaseExclusion,
        Invariant::ResourceOrder,
        Invariant::Fifo,
        Invariant::Deadlock,
    ] {
        assert_eq!(m.count(i), 0, "{:?}", i);
    }
    // Worker 4, granted token 50 while paused, holds it once; and nobody writes unfenced.
    let mut held = std::collections::BTreeSet::new();
    for e in lab.sim().log_since(0) {
        match e.kind {
            LogKind::Holding { worker, token, .. } => {
                assert!(
                    held.insert((worker, token)),
                    "{worker:?} holds {token:?} twice"
                );
            }
            LogKind::WriteSent { token, .. } => assert!(token.is_some(), "a write without a token"),
            _ => {}
        }
    }
    assert!(held.contains(&(WorkerId(4), Some(50))));
}
