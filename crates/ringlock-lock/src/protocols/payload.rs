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
    /// Sharded: a lease's deadline on a lock, checked again if renewed meanwhile. The grant
    /// number names the lease (per-node tokens repeat across nodes).
    ShardLease { lock: u32, grant: u64 },
}

/// A protocol's data on a message: the random value of a Redis `SET` (and of its vote and
/// unlock) and the `SET`'s `PX`, the TTL the client computes its validity with; the lock a
/// sharded request or release is about; zero on the other models' messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Data {
    pub value: u64,
    pub px: Time,
    pub lock: u32,
}

/// The protocols' [`Payloads`]: [`Timer`] and [`Data`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payload;

impl Payloads for Payload {
    type Timer = Timer;
    type Data = Data;
}
