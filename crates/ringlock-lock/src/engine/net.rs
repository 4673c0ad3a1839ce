//! A message on the wire. What it says is the shared vocabulary's [`MsgKind`]; delivery
//! (latency ± jitter) is `Core::put_on_wire`.

pub use crate::vocab::wire::{Endpoint, MsgKind};
use crate::{Time, WorkerId};

/// A message on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Msg<D> {
    pub kind: MsgKind,
    /// The worker it is from or to.
    pub worker: WorkerId,
    pub token: Option<u64>,
    /// Global grant number of the lease the message is about: the monitor's omniscient view,
    /// never read by the server or storage.
    pub grant: u64,
    pub sent_at: Time,
    /// The protocol's own data, which the engine carries without reading.
    pub data: D,
}
