//! What the lock lab's property tests share: random operations, the settings they run
//! with, an independent checker of the lab's promises, and the driver that applies the
//! operations and checks after every event.
#![allow(dead_code)] // each test file uses its own part

use std::collections::VecDeque;

use proptest::prelude::*;
use ringlock_lock::{
    Action, Lab, LogKind, Model, Setting, Settings, Sim, Span, WorkerId, WorkerState,
};

/// Cases per property: `PROPTEST_CASES` when set (`make soak` sets 10,000), else the
/// block's own default.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The block's proptest config at `cases(default)` cases. Rejections (`prop_assume!`) are
/// allowed in proportion, so a soak at 10,000 cases is not cut short by proptest's fixed
/// default of 1,024 rejects in all.
pub fn config(default: u32) -> proptest::test_runner::Config {
    let cases = cases(default);
    proptest::test_runner::Config {
        cases,
        max_global_rejects: cases.saturating_mul(4).max(1024),
        ..proptest::test_runner::Config::default()
    }
}

#[derive(Clone, Debug)]
pub enum Op {
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
pub fn setting() -> impl Strategy<Value = Setting> {
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
pub fn redis_fault(clock: bool) -> impl Strategy<Value = Op> {
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
pub fn ops(clock_faults: bool) -> impl Strategy<Value = Op> {
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

pub fn op() -> impl Strategy<Value = Op> {
    ops(true)
}

/// Everything but clock jumps and restarts.
pub fn op_without_clock_faults() -> impl Strategy<Value = Op> {
    ops(false)
}

pub fn model() -> impl Strategy<Value = Model> {
    prop_oneof![
        Just(Model::Central),
        Just(Model::LocalLock),
        Just(Model::ZooKeeper),
        Just(Model::Etcd),
        Just(Model::Redis),
        Just(Model::Redlock)
    ]
}

pub fn settings(model: Model, workers: u32, fencing: bool) -> Settings {
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
pub struct Checker {
    pub seen: u64,
    pub highest_accepted: Option<u64>,
    /// Requests queued at the central server, in arrival order.
    pub fifo: VecDeque<WorkerId>,
    pub stale_accepted: u32,
    pub stale_accepted_fenced: u32,
    pub overtakes: u32,
    /// Redis: unlocks that deleted another worker's key.
    pub foreign_deletes: u32,
    /// Redis: most workers at once acting as holder with validity left.
    pub valid_holders: usize,
}

impl Checker {
    pub fn after_event(&mut self, sim: &Sim) {
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
    pub fn at_rest(&self, sim: &Sim) {
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
pub fn drive(seed: u64, settings: Settings, ops: &[Op]) -> (Checker, Lab) {
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
