//! What is scheduled: worker timers, deliveries and the protocol's own timers, and the event
//! queue's order.
//!
//! The queue orders events by (time, sequence number). The sequence number is handed out when
//! an event is scheduled, so two events at the same millisecond run in the order they were
//! created, on every platform, every time. The protocol's timers and message data are opaque
//! payloads ([`Payloads`]): the engine never looks inside.

use std::cmp::Ordering;

use super::net::Msg;
use super::payload::Payloads;
use crate::Time;

/// Something scheduled to happen. Timers carry the worker's epoch: a crash or a pause bumps
/// the epoch, which silently cancels every timer set before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event<P: Payloads> {
    /// A message arrives.
    Deliver(Msg<P::Data>),
    ThinkDone {
        worker: u32,
        epoch: u32,
    },
    HoldDone {
        worker: u32,
        epoch: u32,
    },
    RenewTick {
        worker: u32,
        epoch: u32,
    },
    AutoResume {
        worker: u32,
        epoch: u32,
    },
    /// A waiting worker's own timer (a client that gives up waiting for answers, or
    /// retries): what it does is the protocol's.
    WaitTimer {
        worker: u32,
        epoch: u32,
    },
    /// A timer of the protocol's own (a lease's deadline, a replication), with its payload.
    Protocol(P::Timer),
    /// Nothing happens but the checks that follow every event.
    Audit,
}

/// An event in the queue; the heap pops the smallest (time, seq) first.
#[derive(Clone, Copy, Debug)]
pub struct Scheduled<P: Payloads> {
    pub at: Time,
    pub seq: u64,
    pub event: Event<P>,
}

impl<P: Payloads> PartialEq for Scheduled<P> {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl<P: Payloads> Eq for Scheduled<P> {}
impl<P: Payloads> PartialOrd for Scheduled<P> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<P: Payloads> Ord for Scheduled<P> {
    fn cmp(&self, other: &Self) -> Ordering {
        (other.at, other.seq).cmp(&(self.at, self.seq))
    }
}

#[cfg(test)]
#[path = "queue_tests.rs"]
mod tests;
