//! A message on the wire. What it says is the shared vocabulary's [`MsgKind`]; delivery
//! (latency ± jitter) is `Core::put_on_wire`.

pub use crate::vocab::wire::{Endpoint, MsgKind};
use crate::{Time, WorkerId};

/// A message on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg {
    pub kind: MsgKind,
    /// The worker it is from or to.
    pub worker: WorkerId,
    pub token: Option<u64>,
    /// Global grant number of the lease the message is about: the monitor's omniscient view,
    /// never read by the server or storage.
    pub grant: u64,
    pub sent_at: Time,
    /// The random value of a Redis `SET` (and of its vote and unlock); 0 otherwise.
    pub value: u64,
    /// The `PX` of a Redis `SET`: the TTL the client computes its validity with.
    pub px: Time,
}
