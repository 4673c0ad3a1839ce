//! Property tests for the lock lab: random schedules of user actions, with the lab's promises
//! checked independently of its own monitor after every event.

use std::collections::VecDeque;

use proptest::prelude::*;
use ringlock_lock::{
    Action, Invariant, Lab, LabScenario, LogKind, Model, Setting, Settings, Sim, Span, WorkerId,
    WorkerState,
};

#[derive(Clone, Debug)]
enum Op {
    Run(u64),
    Steps(u16),
    /// Seek back to this fraction of now (the history test only).
    Seek(f64),
    Spawn(u32),
    Crash(u16),
    Pause(u16, u64),
    Resume(u16),
    Set(Setting),
    /// Redis and Redlock faults (refused by the other models).
    Failover,
    Jump(u32, u64),
    CutOff(u32, u64),
    Restart(u32),
}

/// Settings changes, some out of range on purpose: those must be refused, not panic.
fn setting() -> impl Strategy<Value = Setting> {
    prop_oneof![
        (50u64..5_000).prop_map(Setting::Ttl),
        (0u64..150).prop_map(Setting::Latency),
        (0u64..100).prop_map(Setting::Jitter),
        (0u64..800, 0u64..800).prop_map(|(a, b)| Setting::Think(Span::new(a, b))),
        (0u64..600, 1u64..600).prop_map(|(a, b)| Setting::Hold(Span::new(a, b))),
        any::<bool>().prop_map(Setting::Renewal),
        (0u64..200_000).prop_map(Setting::Starvation),
        (0u64..70_000).prop_map(|v| Setting::LockDelay(v / 10)),
        (60_000u64..70_000).prop_map(Setting::LockDelay),
        any::<bool>().prop_map(Setting::WatchAll),
        (0u64..3_000).prop_map(Setting::ReplLag),
        (0u64..4_000).prop_map(Setting::RestartDelay),
    ]
}

/// Faults of the Redis models, some out of range (a node 5, a jump of 0 ms).
fn redis_fault(clock: bool) -> impl Strategy<Value = Op> {
    let faults = prop_oneof![
        Just(Op::Failover),
        (0u32..6, 0u64..3_000).prop_map(|(n, ms)| Op::CutOff(n, ms)),
    ];
    let clocks = prop_oneof![
        (0u32..6, 0u64..3_000).prop_map(|(n, ms)| Op::Jump(n, ms)),
        (0u32..6).prop_map(Op::Restart),
    ];
    if clock {
        prop_oneof![faults, clocks].boxed()
    } else {
        faults.boxed()
    }
}

/// Random operations; with `clock_faults`, Redlock clock jumps and restarts among them.
fn ops(clock_faults: bool) -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (1u64..3_000).prop_map(Op::Run),
        1 => (1u32..12).prop_map(Op::Spawn),
        2 => any::<u16>().prop_map(Op::Crash),
        3 => (any::<u16>(), 1u64..5_000).prop_map(|(w, ms)| Op::Pause(w, ms)),
        2 => any::<u16>().prop_map(Op::Resume),
        2 => setting().prop_map(Op::Set),
        if clock_faults { 1 } else { 2 } => redis_fault(clock_faults),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    ops(true)
}

/// Everything but clock jumps and restarts.
fn op_without_clock_faults() -> impl Strategy<Value = Op> {
    ops(false)
}

fn model() -> impl Strategy<Value = Model> {
    prop_oneof![
        Just(Model::Central),
        Just(Model::LocalLock),
        Just(Model::ZooKeeper),
        Just(Model::Etcd),
        Just(Model::Redis),
        Just(Model::Redlock)
    ]
}

fn settings(model: Model, workers: u32, fencing: bool) -> Settings {
    Settings {
        model,
        workers,
        fencing,
        ttl: 400,
        hold: Span::new(20, 600),
        think: Span::new(0, 400),
        ..Settings::default()
    }
}

/// What the tests check, read from the event log as it grows.
#[derive(Default)]
struct Checker {
    seen: u64,
    highest_accepted: Option<u64>,
    /// Requests queued at the central server, in arrival order.
    fifo: VecDeque<WorkerId>,
    stale_accepted: u32,
    stale_accepted_fenced: u32,
    overtakes: u32,
    /// Redis: unlocks that deleted another worker's key.
    foreign_deletes: u32,
    /// Redis: most workers at once acting as holder with validity left.
    valid_holders: usize,
}

impl Checker {
    fn after_event(&mut self, sim: &Sim) {
        let fencing = sim.settings().fencing;
        // Both lock services queue FIFO; the local lock promises no order.
        let central = sim.settings().model.leased();
        for e in sim.log_since(self.seen) {
            match e.kind {
                LogKind::WriteAccepted { token: Some(t), .. } => {
                    if self.highest_accepted.is_some_and(|h| t < h) {
                        self.stale_accepted += 1;
                        if fencing {
                            self.stale_accepted_fenced += 1;
                        }
                    }
                    self.highest_accepted = Some(self.highest_accepted.map_or(t, |h| h.max(t)));
                }
                LogKind::Queued { worker, .. } if central => self.fifo.push_back(worker),
                // A grant while requests are queued must go to the earliest one received.
                LogKind::Granted { worker, .. } if central && !self.fifo.is_empty() => {
                    if self.fifo.front() == Some(&worker) {
                        self.fifo.pop_front();
                    } else {
                        self.overtakes += 1;
                        self.fifo.retain(|&w| w != worker);
                    }
                }
                LogKind::KeyDeleted {
                    worker,
                    owner: Some(o),
                    ..
                } if o != worker => self.foreign_deletes += 1,
                _ => {}
            }
        }
        self.seen = sim.log_total();
        let now = sim.now();
        let valid = sim
            .acting_holders()
            .into_iter()
            .filter(|&w| {
                sim.worker(w)
                    .and_then(|v| v.valid_until)
                    .is_some_and(|u| u > now)
            })
            .count();
        self.valid_holders = self.valid_holders.max(valid);

        // No lost worker: each is in exactly one state, and each live one is accounted for.
        let counts = sim.state_counts();
        assert_eq!(counts.iter().sum::<usize>(), sim.worker_count());
        assert_eq!(sim.lost_workers(), [], "lost at {}", sim.now());
        // The view agrees with the counts.
        let crashed = sim
            .workers()
            .filter(|w| w.state == WorkerState::Crashed)
            .count();
        assert_eq!(crashed, counts[WorkerState::Crashed.index()]);
    }

    /// No deadlock: once every event due by now has run, a lock with waiters has a holder
    /// whose lease has not run out (central), or a holder that has not crashed (local), or is
    /// in a lock-delay that has not yet ended.
    fn at_rest(&self, sim: &Sim) {
        for lock in sim.locks() {
            if lock.queue.is_empty() {
                continue;
            }
            let delayed = lock.delay_until.is_some_and(|u| u > sim.now());
            assert!(
                lock.holder.is_some() || delayed,
                "free lock with waiters at {}",
                sim.now()
            );
            if let Some(e) = lock.expires_at {
                assert!(e > sim.now(), "expired lease not handled at {}", sim.now());
            }
        }
    }
}

/// Run a schedule on a lab, checking after every event. Returns the checker and the lab.
fn drive(seed: u64, settings: Settings, ops: &[Op]) -> (Checker, Lab) {
    let mut lab = Lab::new(seed, settings).unwrap();
    let mut c = Checker::default();
    c.after_event(lab.sim());
    for op in ops {
        let pick =
            |w: u16, lab: &Lab| WorkerId(u32::from(w) % (lab.sim().worker_count() as u32 + 1));
        let action = match *op {
            Op::Run(dt) => {
                let target = lab.now() + dt;
                while lab.sim().next_event_time().is_some_and(|t| t <= target) {
                    lab.step();
                    c.after_event(lab.sim());
                }
                lab.run_until(target);
                c.at_rest(lab.sim());
                continue;
            }
            Op::Steps(n) => {
                for _ in 0..n {
                    lab.step();
                    c.after_event(lab.sim());
                }
                continue;
            }
            Op::Seek(f) => {
                lab.seek((lab.now() as f64 * f) as u64);
                c.seen = lab.sim().log_total();
                c.after_event(lab.sim());
                continue;
            }
            Op::Spawn(n) => Action::Spawn(n),
            Op::Crash(w) => Action::Crash(pick(w, &lab)),
            Op::Pause(w, ms) => Action::Pause {
                worker: pick(w, &lab),
                ms,
            },
            Op::Resume(w) => Action::Resume(pick(w, &lab)),
            Op::Set(s) => Action::Set(s),
            Op::Failover => Action::Failover,
            Op::Jump(node, ms) => Action::ClockJump { node, ms },
            Op::CutOff(node, ms) => Action::CutOff { node, ms },
            Op::Restart(node) => Action::Restart(node),
        };
        let before = (lab.sim().log_total(), lab.actions().len());
        let expected = lab.sim().check(action);
        match lab.apply(action) {
            Ok(_) => assert!(expected.is_ok()),
            Err(e) => {
                assert_eq!(expected, Err(e), "check and apply agree");
                assert_eq!((lab.sim().log_total(), lab.actions().len()), before);
            }
        }
        c.after_event(lab.sim());
    }
    (c, lab)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

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

    /// Rewind: rebuilding any time from snapshots and the action log gives the state that
    /// running gave, through steps, seeks back and the forks that acting after them makes;
    /// a fresh replay of the final action log and a link both agree.
    #[test]
    fn history_rebuilds_exactly(seed: u64, ops in prop::collection::vec(prop_oneof![
        6 => op(),
        2 => (1u16..200).prop_map(Op::Steps),
        1 => (0.0f64..1.0).prop_map(Op::Seek),
    ], 1..30), back in 0.0f64..1.0) {
        let s = settings(Model::Central, 3, true);
        let (_, mut lab) = drive(seed, s, &ops);
        let now = lab.now();
        lab.run_until(now); // finish the millisecond a step may have left half done
        let hash = lab.log_hash();
        let counts = lab.sim().monitor().counts();
        let rebuilt = lab.rebuild_at(now);
        prop_assert_eq!(rebuilt.log_hash(), hash);
        prop_assert_eq!(rebuilt.monitor().counts(), counts);
        let mut fresh = Lab::with_actions(seed, s, lab.actions().to_vec()).unwrap();
        fresh.run_until(now);
        prop_assert_eq!(fresh.log_hash(), hash);
        let link = lab.to_fragment_part();
        let back_lab = Lab::from_fragment_part(&link).unwrap().unwrap();
        prop_assert_eq!(back_lab.now(), now);
        prop_assert_eq!(back_lab.log_hash(), hash);
        lab.seek((now as f64 * back) as u64);
        lab.seek(now);
        prop_assert_eq!(lab.log_hash(), hash);
    }

    /// Same seed, same actions: same log, in every model and with the new knobs, and again
    /// after a round trip through the link.
    #[test]
    fn schedules_are_deterministic(seed: u64, model in model(), lock_delay in 0u64..3_000,
        watch_all: bool, ops in prop::collection::vec(op(), 1..20)) {
        let s = Settings { lock_delay, watch_all, ..settings(model, 3, true) };
        let (_, a) = drive(seed, s, &ops);
        let (_, b) = drive(seed, s, &ops);
        prop_assert_eq!(a.log_hash(), b.log_hash());
        let back = Lab::from_fragment_part(&a.to_fragment_part()).unwrap().unwrap();
        prop_assert_eq!(back.now(), a.now());
        prop_assert_eq!(back.log_hash(), a.log_hash());
    }

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

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

/// A pinned run (`lock::pinned_run_hash`: the GC-pause lesson plus a few actions). If this
/// hash changes, the event stream changed — on purpose (update the pin and say why) or not (a
/// determinism bug). The wasm tests run the same recipe against the same pin.
#[test]
fn pinned_log_hash() {
    let hash = ringlock_lock::pinned_run_hash();
    assert_eq!(hash, ringlock_lock::pinned_run_hash());
    assert_eq!(hash, 0xfc8a_6c2b_94eb_5ba8, "pinned: {hash:#018x}");
    assert_eq!(ringlock_lock::PINNED_LOG_HASH, 0xfc8a_6c2b_94eb_5ba8);
}

/// The pin table (`lock::PINS`): every lesson run to its end and a fixed-seed random run of
/// actions per model, each with its log hash. The wasm tests run the same table. A pin may
/// change only with a behaviour change, explained in its commit; the table's own digest below
/// makes such a change visible here too.
#[test]
fn every_pin_holds() {
    use ringlock_lock::{broken_pins, PinRun, PINS};
    for lesson in LabScenario::ALL {
        assert!(
            PINS.iter().any(|&(r, _)| r == PinRun::Lesson(lesson)),
            "{lesson:?} unpinned"
        );
    }
    for model in Model::ALL {
        assert!(
            PINS.iter().any(|&(r, _)| r == PinRun::Random(model)),
            "{model:?} unpinned"
        );
    }
    assert_eq!(broken_pins(), [], "(run, pinned, got)");
    let digest = PINS.iter().fold(0u64, |d, &(_, h)| d.rotate_left(7) ^ h);
    assert_eq!(digest, PINS_DIGEST, "the pin table changed: {digest:#018x}");
}

/// `every_pin_holds`'s digest of the pinned hashes.
const PINS_DIGEST: u64 = 0xc2d7_d33a_337e_43b7;

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
