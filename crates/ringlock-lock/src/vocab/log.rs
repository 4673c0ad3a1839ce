//! What the log records: one vocabulary for every model, so that one canonical encoding
//! (see `hash`) covers every run. A model's entries are documented with it.

use super::wire::MsgKind;
use crate::settings::Setting;
use crate::{Time, WorkerId};

/// What happened, as the log records it. `lock` is the lock's slot: 0 for the central
/// server, the node for a local lock, the lock's number for the sharded ring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    /// A worker started, on a node.
    Spawned {
        /// The worker.
        worker: WorkerId,
        /// Its node.
        node: u32,
    },
    /// A worker asked for the lock.
    Requested {
        /// The worker.
        worker: WorkerId,
    },
    /// The lock put a request in its queue, at this position (0 = front).
    Queued {
        /// The worker.
        worker: WorkerId,
        /// The lock.
        lock: u32,
        /// Its place in the queue.
        position: u32,
    },
    /// The lock granted itself to a worker.
    Granted {
        /// The worker.
        worker: WorkerId,
        /// The lock.
        lock: u32,
        /// The fencing token (none from a local lock).
        token: Option<u64>,
    },
    /// The grant reached the worker, which now believes it holds the lock.
    Holding {
        /// The worker.
        worker: WorkerId,
        /// Its token.
        token: Option<u64>,
        /// How long it waited since asking.
        waited: Time,
    },
    /// The server extended a lease.
    Renewed {
        /// The holder.
        worker: WorkerId,
        /// The lease's token.
        token: u64,
        /// The new expiry.
        until: Time,
    },
    /// The server ignored a renewal for a lease that is no longer current.
    RenewIgnored {
        /// The sender.
        worker: WorkerId,
        /// The token it sent.
        token: u64,
    },
    /// A lease ran out and the server took the lock back.
    Expired {
        /// The holder it was taken from.
        worker: WorkerId,
        /// The lease's token.
        token: u64,
    },
    /// A worker finished its critical section and sent its write.
    WriteSent {
        /// The worker.
        worker: WorkerId,
        /// The token the write carries.
        token: Option<u64>,
    },
    /// Storage accepted a write.
    WriteAccepted {
        /// The writer.
        worker: WorkerId,
        /// Its token.
        token: Option<u64>,
    },
    /// Storage rejected a write whose token is below one it has already seen.
    WriteRejected {
        /// The writer.
        worker: WorkerId,
        /// Its token.
        token: Option<u64>,
        /// The highest token seen.
        highest: u64,
    },
    /// The lock was released by its holder and is free (or passed to the next waiter).
    Released {
        /// The holder.
        worker: WorkerId,
        /// The lock.
        lock: u32,
    },
    /// The server ignored a release for a lease that is no longer current.
    ReleaseIgnored {
        /// The sender.
        worker: WorkerId,
        /// The token it sent.
        token: u64,
    },
    /// A message reached a crashed worker and was lost.
    Dropped {
        /// The worker.
        worker: WorkerId,
        /// The message.
        kind: MsgKind,
    },
    /// A worker crashed.
    Crashed {
        /// The worker.
        worker: WorkerId,
    },
    /// A worker froze until `until` (or until resumed by hand).
    Paused {
        /// The worker.
        worker: WorkerId,
        /// When it wakes on its own.
        until: Time,
    },
    /// A paused worker carried on where it stopped.
    Resumed {
        /// The worker.
        worker: WorkerId,
    },
    /// A setting changed.
    Setting(Setting),
    /// Chubby's lock-delay began: a lease expired (not released), so the server grants
    /// nobody until `until`.
    LockDelayed {
        /// The lock.
        lock: u32,
        /// When it may be granted again.
        until: Time,
    },
    /// ZooKeeper deleted the lowest lock node and fired watches: `count` notifications, one
    /// to the next waiter, or one to every waiter when all watch the children (the herd).
    Notified {
        /// The waiter whose node is now the lowest.
        worker: WorkerId,
        /// Watch notifications sent.
        count: u32,
    },
    /// etcd: a waiter woken by its predecessor's deletion found its own key gone — its session
    /// lease expired meanwhile — and got `ErrSessionExpired`; it starts over with a new key.
    SessionExpired {
        /// The client.
        worker: WorkerId,
        /// The CreateRevision of the key it had lost.
        revision: u64,
    },
    /// A Redis node answered a `SET NX PX`: the key is set for the worker (`won`), or taken.
    KeySet {
        /// The client.
        worker: WorkerId,
        /// The node (0 for the single master).
        node: u32,
        /// Set.
        won: bool,
    },
    /// A Redis node found a worker's key expired by its own clock (and dropped it).
    KeyExpired {
        /// Whose key it was.
        worker: WorkerId,
        /// The node.
        node: u32,
    },
    /// An unlock reached a Redis node: it deleted `owner`'s key, or nothing (`None`: the key
    /// was not the sender's, or gone). An owner other than the sender is the plain-`DEL` bug.
    KeyDeleted {
        /// The sender.
        worker: WorkerId,
        /// The node.
        node: u32,
        /// Whose key was deleted.
        owner: Option<WorkerId>,
    },
    /// A Redis client counted its votes: it holds the lock with this much validity left, or
    /// (`None`) failed, unlocks and retries later.
    Votes {
        /// The client.
        worker: WorkerId,
        /// Nodes that said yes.
        votes: u32,
        /// Validity left (TTL − elapsed − drift) when it won.
        validity: Option<Time>,
    },
    /// The Redis master died and its replica took over; `lost` held a key the replica had
    /// not yet received.
    FailedOver {
        /// The holder whose key was lost.
        lost: Option<WorkerId>,
    },
    /// A Redlock node's clock jumped forward.
    ClockJumped {
        /// The node.
        node: u32,
        /// By how much.
        ms: Time,
    },
    /// A Redlock node is unreachable until `until`, keeping its keys.
    NodeCutOff {
        /// The node.
        node: u32,
        /// Back then.
        until: Time,
    },
    /// A Redlock node restarted without persistence (its keys are gone); back at `until`.
    NodeRestarted {
        /// The node.
        node: u32,
        /// Back then.
        until: Time,
    },
    /// Sharded: a ring node died. Its lock records are gone with it (unless handed off).
    NodeKilled {
        /// The node.
        node: u32,
        /// The configuration epoch from now on.
        epoch: u64,
    },
    /// Sharded: a dead node came back, empty, and takes its arcs back.
    NodeRevived {
        /// The node.
        node: u32,
        /// The configuration epoch from now on.
        epoch: u64,
    },
    /// Sharded: a new node joined the ring and takes over the arcs its points close.
    NodeJoined {
        /// The node.
        node: u32,
        /// The configuration epoch from now on.
        epoch: u64,
    },
    /// Sharded: a lock changed owner with its arc.
    LockMoved {
        /// The lock.
        lock: u32,
        /// The owner before.
        from: u32,
        /// The owner now.
        to: u32,
        /// Someone held it (by the old owner's record) when it moved.
        held: bool,
        /// Its record (holder, lease, queue) went with it; false: the new owner knows nothing.
        kept: bool,
    },
}
