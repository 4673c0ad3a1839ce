//! One-click lessons. Each is a seed, settings and (for some) one action recorded at the
//! right moment, so the lesson plays out from time 0 and its link replays it. The words are
//! the UI's; the facts here are data: what to expect, and what actually happened when.

pub mod expect;
pub mod keys;
pub mod pinned;

use crate::engine::log_kind::LogKind;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::Invariant;
use crate::settings::{Model, Settings};
use crate::Time;
use expect::{Expect, Facts};

/// A lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LabScenario {
    /// `crash`: the holder crashes; nothing happens until its lease runs out, then the next
    /// waiter gets the lock (DOMAIN C8).
    HolderCrash,
    /// `gc`: the holder pauses longer than its lease, without fencing: someone else gets the
    /// lock and writes, then the paused one wakes and its stale write is accepted (C9).
    GcPause,
    /// `fence`: the same pause with fencing on: the stale write is rejected (C9).
    GcPauseFenced,
    /// `local`: the article's in-process lock on two nodes: two holders at once.
    LocalLock,
    /// `fair`: 50 workers behind one FIFO server: every worker gets its turn, Jain's index
    /// near 1.
    FairQueue,
    /// `lockdelay`: the holder crashes as in `crash`, with Chubby's lock-delay: the lock is
    /// granted only at the lease's expiry plus the delay (C8).
    LockDelay,
    /// `zk`: 20 workers on ZooKeeper's lock recipe, each watching its predecessor: one
    /// wake-up per handoff, FIFO (C8).
    ZooKeeper,
    /// `herd`: the same, with every waiter watching all children: each handoff wakes every
    /// waiter (C8).
    Herd,
    /// `etcd`: etcd's `concurrency.Mutex`; the holder pauses longer than its session lease,
    /// etcd deletes its key and the next waiter by revision owns the lock; the paused one
    /// writes with its old revision and the Txn guard at storage rejects it (B7).
    Etcd,
    /// `failover`: Redis with an asynchronous replica; the master dies before the holder's
    /// key reached the replica, which grants it again: two holders (C10a).
    Failover,
    /// `redis-del`: a client slower than its key's TTL releases with a plain `DEL` and
    /// deletes the next holder's key (B2).
    RedisDel,
    /// `clockjump`: Kleppmann's counterexample on Redlock — a node's clock jumps, its key
    /// expires, a second client wins a majority while the first still holds (C10b).
    ClockJump,
    /// `restart`: a Redlock node restarts at once without persistence: two holders (C10c).
    Restart,
    /// `restart-delayed`: the same restart, kept down longer than the TTL: safe (C10c).
    RestartDelayed,
}

/// The `lockdelay` lesson's lock-delay: two seconds, after a two-second lease.
const LOCK_DELAY: Time = 2_000;

impl LabScenario {
    /// Every lesson, in teaching order.
    pub const ALL: [LabScenario; 14] = [
        LabScenario::HolderCrash,
        LabScenario::LockDelay,
        LabScenario::GcPause,
        LabScenario::GcPauseFenced,
        LabScenario::LocalLock,
        LabScenario::FairQueue,
        LabScenario::ZooKeeper,
        LabScenario::Herd,
        LabScenario::Etcd,
        LabScenario::Failover,
        LabScenario::RedisDel,
        LabScenario::ClockJump,
        LabScenario::Restart,
        LabScenario::RestartDelayed,
    ];

    /// Short id, for links and message keys.
    pub fn id(self) -> &'static str {
        match self {
            LabScenario::HolderCrash => "crash",
            LabScenario::GcPause => "gc",
            LabScenario::GcPauseFenced => "fence",
            LabScenario::LocalLock => "local",
            LabScenario::FairQueue => "fair",
            LabScenario::LockDelay => "lockdelay",
            LabScenario::ZooKeeper => "zk",
            LabScenario::Herd => "herd",
            LabScenario::Etcd => "etcd",
            LabScenario::Failover => "failover",
            LabScenario::RedisDel => "redis-del",
            LabScenario::ClockJump => "clockjump",
            LabScenario::Restart => "restart",
            LabScenario::RestartDelayed => "restart-delayed",
        }
    }

    /// The lesson with this id.
    pub fn from_id(id: &str) -> Option<LabScenario> {
        LabScenario::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Its seed.
    pub fn seed(self) -> u64 {
        match self {
            LabScenario::HolderCrash | LabScenario::LockDelay => 1,
            LabScenario::GcPause | LabScenario::GcPauseFenced | LabScenario::Etcd => 7,
            LabScenario::LocalLock => 3,
            LabScenario::FairQueue | LabScenario::ZooKeeper | LabScenario::Herd => 5,
            _ => keys::seed(self),
        }
    }

    /// Its settings.
    pub fn settings(self) -> Settings {
        let d = Settings::default();
        match self {
            LabScenario::HolderCrash => Settings {
                workers: 3,
                ttl: 2_000,
                ..d
            },
            LabScenario::GcPause | LabScenario::GcPauseFenced => Settings {
                workers: 2,
                ttl: 1_000,
                pause: 2_500,
                fencing: self == LabScenario::GcPauseFenced,
                ..d
            },
            LabScenario::Etcd => Settings {
                model: Model::Etcd,
                workers: 3,
                fencing: true,
                ..LabScenario::GcPauseFenced.settings()
            },
            LabScenario::LocalLock => Settings {
                model: Model::LocalLock,
                workers: 4,
                nodes: 2,
                ..d
            },
            // 50 turns of about 230 ms each: a fair wait of about 12 s, not starvation.
            LabScenario::FairQueue => Settings {
                workers: 50,
                starvation: 30_000,
                ..d
            },
            LabScenario::LockDelay => Settings {
                lock_delay: LOCK_DELAY,
                ..LabScenario::HolderCrash.settings()
            },
            LabScenario::ZooKeeper | LabScenario::Herd => Settings {
                model: Model::ZooKeeper,
                workers: 20,
                starvation: 30_000,
                watch_all: self == LabScenario::Herd,
                ..d
            },
            _ => keys::settings(self),
        }
    }

    /// How long to run to see the whole lesson.
    pub fn duration(self) -> Time {
        match self {
            LabScenario::HolderCrash
            | LabScenario::GcPause
            | LabScenario::GcPauseFenced
            | LabScenario::Etcd => 8_000,
            LabScenario::LocalLock => 5_000,
            LabScenario::FairQueue => 60_000,
            LabScenario::LockDelay => 10_000,
            LabScenario::ZooKeeper | LabScenario::Herd => 30_000,
            _ => keys::DURATION,
        }
    }

    /// What the lesson is built to show.
    pub fn expects(self) -> &'static [Expect] {
        use Expect::*;
        use Invariant::*;
        match self {
            LabScenario::HolderCrash => &[
                LeaseExpires,
                GrantAfterExpiry(0),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            LabScenario::LockDelay => &[
                LeaseExpires,
                GrantAfterExpiry(LOCK_DELAY),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            LabScenario::ZooKeeper => &[
                OneWakeupPerHandoff,
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(Starvation),
                Holds(Deadlock),
            ],
            LabScenario::Herd => &[
                WakeupsPerHandoffAbove(5.0),
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            LabScenario::GcPause => &[LeaseExpires, StaleWriteAccepted, Violated(ResourceOrder)],
            LabScenario::GcPauseFenced => &[LeaseExpires, StaleWriteRejected, Holds(ResourceOrder)],
            LabScenario::Etcd => &[
                LeaseExpires,
                StaleWriteRejected,
                Holds(ResourceOrder),
                Holds(HolderExclusion),
                Holds(Fifo),
            ],
            LabScenario::LocalLock => &[Violated(LeaseExclusion), Violated(HolderExclusion)],
            LabScenario::FairQueue => &[
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(HolderExclusion),
                Holds(ResourceOrder),
                Holds(Starvation),
                JainAtLeast(0.95),
            ],
            _ => keys::expects(self),
        }
    }

    /// The lab at time 0, with the lesson's action recorded ahead.
    pub fn build(self) -> Lab {
        let settings = self.settings();
        let Ok(mut lab) = Lab::new(self.seed(), settings) else {
            unreachable!("scenario settings are in range (tested)")
        };
        let action = match self {
            LabScenario::HolderCrash | LabScenario::LockDelay => Action::Crash,
            LabScenario::GcPause | LabScenario::GcPauseFenced | LabScenario::Etcd => {
                |worker| Action::Pause { worker, ms: 2_500 }
            }
            LabScenario::LocalLock
            | LabScenario::FairQueue
            | LabScenario::ZooKeeper
            | LabScenario::Herd
            | LabScenario::RedisDel => return lab,
            _ => return keys::build(self, lab),
        };
        // Act on the first worker to hold the lock, the moment it starts holding.
        while lab.now() < self.duration() {
            if let Some(&holder) = lab.sim().acting_holders().first() {
                let _ = lab.apply(action(holder));
                break;
            }
            if !lab.step() {
                break;
            }
        }
        lab.seek(0);
        lab
    }

    /// Run the lesson to its end and gather what happened.
    pub fn facts(self) -> Facts {
        let mut lab = self.build();
        let trigger = lab.actions().first().copied();
        let victim = trigger.and_then(|t| match t.action {
            Action::Crash(w) | Action::Pause { worker: w, .. } => Some(w),
            _ => None,
        });
        let mut facts = Facts {
            trigger,
            victim,
            victim_token: None,
            expired_at: None,
            takeover: None,
            victim_write: None,
            first_violations: Vec::new(),
            metrics: lab.sim().metrics(),
        };
        let mut seen = lab.sim().log_total();
        while lab.now() < self.duration() && lab.step() {
            let after = lab.applied() > 0;
            for e in lab.sim().log_since(seen) {
                match e.kind {
                    LogKind::Holding { worker, token, .. } if Some(worker) == victim => {
                        if !after {
                            facts.victim_token = token;
                        }
                    }
                    LogKind::Expired { worker, .. } if Some(worker) == victim => {
                        facts.expired_at.get_or_insert(e.at);
                    }
                    LogKind::Granted { worker, token, .. } if after && Some(worker) != victim => {
                        facts.takeover.get_or_insert((worker, token, e.at));
                    }
                    LogKind::WriteAccepted { worker, token } if after && Some(worker) == victim => {
                        facts.victim_write.get_or_insert((e.at, token, true));
                    }
                    LogKind::WriteRejected { worker, token, .. }
                        if after && Some(worker) == victim =>
                    {
                        facts.victim_write.get_or_insert((e.at, token, false));
                    }
                    _ => {}
                }
            }
            seen = lab.sim().log_total();
        }
        lab.run_until(self.duration());
        let monitor = lab.sim().monitor();
        facts.first_violations = Invariant::ALL
            .into_iter()
            .filter_map(|i| monitor.violations().find(|v| v.invariant == i).cloned())
            .collect();
        facts.metrics = lab.sim().metrics();
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for s in LabScenario::ALL {
            assert_eq!(LabScenario::from_id(s.id()), Some(s));
            assert_eq!(s.settings().validate(), Ok(()));
        }
        assert_eq!(LabScenario::from_id("nope"), None);
    }

    #[test]
    fn every_lesson_shows_what_it_promises() {
        for s in LabScenario::ALL {
            let facts = s.facts();
            for &e in s.expects() {
                assert!(facts.meets(e), "{}: {e:?} not met: {facts:#?}", s.id());
            }
        }
    }
}
