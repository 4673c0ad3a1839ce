//! What a lesson promises ([`Expect`]) and what its run showed ([`Facts`]).

use crate::lab::history::Stamped;
use crate::lab::view_steps::AcquireSteps;
use crate::observe::invariant::{Cause, Invariant, Violation};
use crate::observe::metrics::Metrics;
use crate::{Time, WorkerId};

/// Something a lesson is built to show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expect {
    /// The invariant is violated at least once.
    Violated(Invariant),
    /// The invariant is never violated.
    Holds(Invariant),
    /// The victim's lease expires and the lock passes on.
    LeaseExpires,
    /// Storage accepts the victim's stale write.
    StaleWriteAccepted,
    /// Storage rejects the victim's stale write.
    StaleWriteRejected,
    /// Jain's index at the end is at least this.
    JainAtLeast(f64),
    /// The next grant after the trigger comes exactly this long after the victim's lease
    /// expired (0 without lock-delay).
    GrantAfterExpiry(Time),
    /// Every handoff woke exactly one waiter (ZooKeeper's predecessor watches).
    OneWakeupPerHandoff,
    /// Handoffs woke more than this many waiters each, on average (the herd).
    WakeupsPerHandoffAbove(f64),
    /// A release deleted another worker's Redis key (a plain `DEL`).
    ForeignKeyDeleted,
    /// No release deleted another worker's Redis key.
    OwnKeysOnly,
    /// Nobody is granted the lock after the trigger (a crashed holder without a lease).
    NoTakeover,
    /// The first violation of the invariant has this cause.
    FirstCause(Invariant, Cause),
    /// Some two-holder overlap ([`Invariant::HolderExclusion`]) has this cause.
    OverlapCause(Cause),
    /// No two-holder overlap has this cause.
    NoOverlapCause(Cause),
    /// A membership change moved a lock someone held (sharded).
    HeldLockMoved,
    /// After the trigger, storage rejected a write of a worker other than the victim: a
    /// holder the lock service had just granted (sharded, per-node tokens).
    NewHolderRejected,
}

/// Sharded: a lock a membership change moved while someone held it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeldMove {
    /// When.
    pub at: Time,
    /// The lock.
    pub lock: u32,
    /// Its owner before.
    pub from: u32,
    /// Its owner after.
    pub to: u32,
    /// Its record went with it.
    pub kept: bool,
    /// Who held it then (the lock's last grant).
    pub holder: Option<WorkerId>,
}

/// What happened in a lesson's run, for the text around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    /// The recorded action that sets the lesson off.
    pub trigger: Option<Stamped>,
    /// The worker it acts on.
    pub victim: Option<WorkerId>,
    /// The token the victim held then.
    pub victim_token: Option<u64>,
    /// When the victim's lease expired.
    pub expired_at: Option<Time>,
    /// The next grant after the trigger: who, which token, when.
    pub takeover: Option<(WorkerId, Option<u64>, Time)>,
    /// The victim's write after the trigger: when, its token, accepted.
    pub victim_write: Option<(Time, Option<u64>, bool)>,
    /// The first violation of each invariant that was violated, in [`Invariant::ALL`] order.
    pub first_violations: Vec<Violation>,
    /// Every time two workers acted as holder at once ([`Invariant::HolderExclusion`]), in
    /// order, each with its [`Violation::cause`]: whether the earlier holder's grant expired
    /// or was deleted by another worker's release.
    pub overlaps: Vec<Violation>,
    /// Redis and Redlock: every acquisition attempt that won the lock, in order, with its
    /// steps (T1, T2, drift, validity = TTL − (T2 − T1) − drift) as the client computed them.
    pub wins: Vec<AcquireSteps>,
    /// Sharded: locks a membership change moved while someone held them.
    pub held_moves: Vec<HeldMove>,
    /// Writes of workers other than the victim that storage rejected after the trigger.
    pub others_rejected: u32,
    /// The numbers at the end of the run.
    pub metrics: Metrics,
}

impl Facts {
    /// The measured wait from the trigger (a crash, a pause) to the next grant to someone
    /// else; `None` when nobody was granted again.
    pub fn wait_after_trigger(&self) -> Option<Time> {
        let (trigger, (_, _, at)) = (self.trigger?, self.takeover?);
        at.checked_sub(trigger.at)
    }

    /// The first two-holder overlap with this cause.
    pub fn first_overlap(&self, cause: Cause) -> Option<&Violation> {
        self.overlaps.iter().find(|v| v.cause == Some(cause))
    }

    /// The cause of each two-holder overlap, in order.
    pub fn overlap_causes(&self) -> Vec<Option<Cause>> {
        self.overlaps.iter().map(|v| v.cause).collect()
    }

    /// Whether the run shows `expect`.
    pub fn meets(&self, expect: Expect) -> bool {
        let violated = |i| self.first_violations.iter().any(|v| v.invariant == i);
        match expect {
            Expect::Violated(i) => violated(i),
            Expect::Holds(i) => !violated(i),
            Expect::LeaseExpires => self.expired_at.is_some() && self.takeover.is_some(),
            Expect::StaleWriteAccepted => self.victim_write.is_some_and(|w| w.2),
            Expect::StaleWriteRejected => self.victim_write.is_some_and(|w| !w.2),
            Expect::JainAtLeast(j) => self.metrics.jain.is_some_and(|x| x >= j),
            Expect::GrantAfterExpiry(gap) => match (self.expired_at, self.takeover) {
                (Some(expired), Some((_, _, at))) => at.checked_sub(expired) == Some(gap),
                _ => false,
            },
            Expect::OneWakeupPerHandoff => {
                self.metrics.handoffs > 0 && self.metrics.wakeups == self.metrics.handoffs
            }
            Expect::WakeupsPerHandoffAbove(n) => {
                self.metrics.wakeups_per_handoff.is_some_and(|x| x > n)
            }
            Expect::ForeignKeyDeleted => self.metrics.foreign_deletes > 0,
            Expect::OwnKeysOnly => self.metrics.foreign_deletes == 0,
            Expect::NoTakeover => self.trigger.is_some() && self.takeover.is_none(),
            Expect::FirstCause(i, cause) => self
                .first_violations
                .iter()
                .any(|v| v.invariant == i && v.cause == Some(cause)),
            Expect::OverlapCause(cause) => self.overlaps.iter().any(|v| v.cause == Some(cause)),
            Expect::NoOverlapCause(cause) => self.overlaps.iter().all(|v| v.cause != Some(cause)),
            Expect::HeldLockMoved => !self.held_moves.is_empty(),
            Expect::NewHolderRejected => self.others_rejected > 0,
        }
    }
}
