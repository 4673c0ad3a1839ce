//! The lease server's lessons: a crashed holder with and without Chubby's lock-delay, and
//! without leases at all (the article's §3.2 server as written), a GC pause with and without
//! fencing, and a fair queue.

use super::expect::Expect;
use super::run::act_on_first_holder;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::{Cause, Invariant};
use crate::settings::Settings;
use crate::Time;

/// The `lockdelay` lesson's lock-delay: two seconds, after a two-second lease.
const LOCK_DELAY: Time = 2_000;

/// A lesson of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    HolderCrash,
    LockDelay,
    CrashNoLeases,
    GcPause,
    GcPauseFenced,
    FairQueue,
}

impl Lesson {
    pub fn seed(self) -> u64 {
        match self {
            Lesson::HolderCrash | Lesson::LockDelay | Lesson::CrashNoLeases => 1,
            Lesson::GcPause | Lesson::GcPauseFenced => 7,
            Lesson::FairQueue => 5,
        }
    }

    pub fn settings(self) -> Settings {
        let d = Settings::default();
        match self {
            Lesson::HolderCrash => Settings {
                workers: 3,
                ttl: 2_000,
                ..d
            },
            Lesson::GcPause | Lesson::GcPauseFenced => Settings {
                workers: 2,
                ttl: 1_000,
                pause: 2_500,
                fencing: self == Lesson::GcPauseFenced,
                ..d
            },
            // 50 turns of about 230 ms each: a fair wait of about 12 s, not starvation.
            Lesson::FairQueue => Settings {
                workers: 50,
                starvation: 30_000,
                ..d
            },
            Lesson::LockDelay => Settings {
                lock_delay: LOCK_DELAY,
                ..Lesson::HolderCrash.settings()
            },
            Lesson::CrashNoLeases => Settings {
                leases: false,
                ..Lesson::HolderCrash.settings()
            },
        }
    }

    pub fn duration(self) -> Time {
        match self {
            Lesson::HolderCrash
            | Lesson::CrashNoLeases
            | Lesson::GcPause
            | Lesson::GcPauseFenced => 8_000,
            Lesson::FairQueue => 60_000,
            Lesson::LockDelay => 10_000,
        }
    }

    pub fn expects(self) -> &'static [Expect] {
        use Expect::*;
        use Invariant::*;
        match self {
            Lesson::HolderCrash => &[
                LeaseExpires,
                GrantAfterExpiry(0),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            Lesson::LockDelay => &[
                LeaseExpires,
                GrantAfterExpiry(LOCK_DELAY),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            Lesson::CrashNoLeases => &[
                NoTakeover,
                Violated(Deadlock),
                FirstCause(Deadlock, Cause::HolderCannotRelease),
                Holds(LeaseExclusion),
            ],
            Lesson::GcPause => &[LeaseExpires, StaleWriteAccepted, Violated(ResourceOrder)],
            Lesson::GcPauseFenced => &[LeaseExpires, StaleWriteRejected, Holds(ResourceOrder)],
            Lesson::FairQueue => &[
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(HolderExclusion),
                Holds(ResourceOrder),
                Holds(Starvation),
                JainAtLeast(0.95),
            ],
        }
    }

    /// Crash or pause the first holder the moment it starts holding (the fair queue has no
    /// action).
    pub fn build(self, lab: Lab) -> Lab {
        let duration = self.duration();
        match self {
            Lesson::HolderCrash | Lesson::LockDelay | Lesson::CrashNoLeases => {
                act_on_first_holder(lab, duration, Action::Crash)
            }
            Lesson::GcPause | Lesson::GcPauseFenced => {
                act_on_first_holder(lab, duration, |worker| Action::Pause { worker, ms: 2_500 })
            }
            Lesson::FairQueue => lab,
        }
    }
}
