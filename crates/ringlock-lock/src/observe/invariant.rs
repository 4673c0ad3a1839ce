//! The named invariants the monitor checks, and what a violation records.

use crate::{Time, WorkerId};

/// A property the lab checks. Names follow DOMAIN.md B9.
///
/// Under the Redis models: (a) for a single master is the central server's — a `SET` the
/// service acknowledged is a grant until its TTL, and a failover that loses it does not end
/// it; for Redlock it reads "at most one worker holds a majority of keys unexpired by each
/// node's own clock". (b) is the client's belief, unchanged: what Kleppmann's clock jump and
/// a restart without persistence break while (a) still holds. (c) has no token to check —
/// Redis's random values cannot be ordered — so storage checks nothing and only the monitor's
/// grant order sees stale writes. FIFO is not promised (clients retry after a random delay)
/// and not checked; there is no queue to deadlock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Invariant {
    /// (a) Mutual exclusion at the lock service: at most one unexpired grant at a time, over
    /// all locks. The local-lock model breaks it as soon as two nodes grant together. On the
    /// sharded ring, whose locks guard different resources, (a), (b) and (c) hold per lock.
    LeaseExclusion,
    /// (b) Mutual exclusion as the workers believe it: at most one running worker acting as
    /// holder. Leases alone cannot promise this — a paused holder wakes up still believing.
    HolderExclusion,
    /// (c) Mutual exclusion at the resource: writes storage accepts come in grant order
    /// (with tokens: strictly increasing tokens). Fencing exists to keep this one.
    ResourceOrder,
    /// FIFO: a lock grants requests in the order it received them. Each grant that jumps a
    /// waiter received earlier is one overtake.
    Fifo,
    /// Starvation: a worker waited longer than [`crate::Settings::starvation`].
    Starvation,
    /// Deadlock: a lock with waiters that nothing will ever hand on, for longer than an
    /// instant. Usually ([`Cause::HolderCannotRelease`]) it is held by a worker that can no
    /// longer release it — it crashed — and nobody will free it: no lease runs out (the
    /// article's server without leases, or a local lock). The other two shapes are bugs the
    /// monitor would catch: a lock left free with waiters ([`Cause::FreeWithWaiters`]), or a
    /// lease run out that nobody took back ([`Cause::LeaseRunOut`]).
    Deadlock,
}

impl Invariant {
    /// All invariants, in display order.
    pub const ALL: [Invariant; 6] = [
        Invariant::LeaseExclusion,
        Invariant::HolderExclusion,
        Invariant::ResourceOrder,
        Invariant::Fifo,
        Invariant::Starvation,
        Invariant::Deadlock,
    ];

    /// Position in [`Invariant::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable short id, for messages and tests.
    pub fn id(self) -> &'static str {
        match self {
            Invariant::LeaseExclusion => "lease-exclusion",
            Invariant::HolderExclusion => "holder-exclusion",
            Invariant::ResourceOrder => "resource-order",
            Invariant::Fifo => "fifo",
            Invariant::Starvation => "starvation",
            Invariant::Deadlock => "deadlock",
        }
    }
}

/// Why an invariant broke, where the monitor can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// [`Invariant::HolderExclusion`]: the earlier holder's grant ran out — its lease or key
    /// expired — while it was still in its critical section (a slow or paused holder).
    Expiry,
    /// [`Invariant::HolderExclusion`]: another worker's release deleted the earlier holder's
    /// key before it expired (a plain `DEL` from a holder whose own key had expired).
    ForeignDelete,
    /// [`Invariant::Deadlock`]: the lock is held by a worker that can no longer release it
    /// (it crashed), and nobody will free it: no lease runs out.
    HolderCannotRelease,
    /// [`Invariant::Deadlock`]: the lock is free, with waiters, and nothing grants it.
    FreeWithWaiters,
    /// [`Invariant::Deadlock`]: the holder's lease ran out and the lock was not taken back.
    LeaseRunOut,
}

impl Cause {
    /// Stable short id, for messages and tests.
    pub fn id(self) -> &'static str {
        match self {
            Cause::Expiry => "expiry",
            Cause::ForeignDelete => "foreign-delete",
            Cause::HolderCannotRelease => "holder-cannot-release",
            Cause::FreeWithWaiters => "free-with-waiters",
            Cause::LeaseRunOut => "lease-run-out",
        }
    }
}

/// One broken promise: what, when, who, and why where the monitor can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// Which invariant.
    pub invariant: Invariant,
    /// When.
    pub at: Time,
    /// The workers involved; the one whose event triggered it first.
    pub workers: Vec<WorkerId>,
    /// The lock involved, if any.
    pub lock: Option<u32>,
    /// Why: for two holders at once ([`Invariant::HolderExclusion`]) how the earlier
    /// holder's grant ended — [`Cause::Expiry`] or [`Cause::ForeignDelete`] — where the
    /// model reports grants (not Redlock, whose grant is a majority: `None`, as for a grant
    /// still unexpired, e.g. one lost in a failover); for [`Invariant::Deadlock`] the shape
    /// of the stuck lock; `None` for the other invariants.
    pub cause: Option<Cause>,
}

#[cfg(test)]
#[path = "invariant_tests.rs"]
mod tests;
