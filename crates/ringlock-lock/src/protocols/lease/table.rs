//! A lock's books, shared by the models that queue: the holder's lease, the waiters, a
//! lock-delay, and the counters of tokens and requests.

use std::collections::VecDeque;

use crate::Time;

/// The fencing token of the first grant. Kleppmann's article starts its example at 33; so do
/// we, which also makes clear a token is not a worker number or a count from 0.
pub const FIRST_TOKEN: u64 = 33;

/// A grant the lock has handed out and not yet taken back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lease {
    pub worker: u32,
    /// Fencing token; a local lock has none.
    pub token: Option<u64>,
    /// Global grant number (the monitor's order of grants).
    pub grant: u64,
    pub granted_at: Time,
    /// When the lease runs out unless renewed; a local lock never expires.
    pub expires_at: Option<Time>,
    /// The TTL the lease was last granted or renewed with.
    pub ttl: Time,
    /// The holder has crashed (the lock itself cannot know; the monitor and the view can).
    pub holder_crashed: bool,
}

impl Lease {
    /// Not run out by `now`: a lease ending exactly now is over (its check is due this
    /// millisecond); a grant without a lease never runs out.
    pub fn live(&self, now: Time) -> bool {
        self.expires_at.is_none_or(|e| e > now)
    }
}

/// A request the lock has received and not yet granted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Waiter {
    pub worker: u32,
    /// Global request number, in order of arrival at a lock.
    pub req: u64,
}

/// One lock: its holder and its queue, in arrival order.
#[derive(Clone, Debug, Default)]
pub struct LockSlot {
    pub holder: Option<Lease>,
    pub queue: VecDeque<Waiter>,
    /// A lock-delay running: (since, until). Nobody is granted the lock before `until`.
    pub delay: Option<(Time, Time)>,
}

/// Every lock slot of a model, and the counters its grants draw from.
#[derive(Clone, Debug)]
pub struct LockTable {
    pub slots: Vec<LockSlot>,
    pub next_token: u64,
    pub next_req: u64,
}

impl LockTable {
    pub fn new(slots: usize) -> Self {
        LockTable {
            slots: vec![LockSlot::default(); slots],
            next_token: FIRST_TOKEN,
            next_req: 0,
        }
    }
}
