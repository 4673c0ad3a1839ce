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
    /// all locks. The local-lock model breaks it as soon as two nodes grant together.
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
    /// Deadlock: waiters, and nothing that will ever free the lock — it is free, or its lease
    /// has run out unhandled, or it is a local lock held by a crashed worker — for longer than
    /// an instant.
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

/// One broken promise: what, when, who.
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
}

#[cfg(test)]
#[path = "invariant_tests.rs"]
mod tests;
