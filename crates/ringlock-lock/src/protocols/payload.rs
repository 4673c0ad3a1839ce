//! What the protocols hand the engine to carry: their timers and their data on a message.

use super::keys::key::RKey;
use crate::engine::payload::Payloads;
use crate::Time;

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

/// A protocol's data on a message: the random value of a Redis `SET` (and of its vote and
/// unlock) and the `SET`'s `PX`, the TTL the client computes its validity with; zero on the
/// other models' messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Data {
    pub value: u64,
    pub px: Time,
}

/// The protocols' [`Payloads`]: [`Timer`] and [`Data`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payload;

impl Payloads for Payload {
    type Timer = Timer;
    type Data = Data;
}
