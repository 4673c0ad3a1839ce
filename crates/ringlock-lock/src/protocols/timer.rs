//! The protocols' own timers, carried through the engine's queue as an opaque payload.

use super::keys::key::RKey;

/// A protocol timer. Each variant belongs to one protocol family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timer {
    /// Lease family: a lease's deadline, checked again if renewed meanwhile.
    LeaseCheck { token: u64 },
    /// Central server: a lock-delay ends; the lock may be granted again.
    DelayEnd { lock: u32 },
    /// Redis: a write reaches the replica — the master's key as it was, `seq` in write order.
    Replicate { seq: u64, key: Option<RKey> },
}
