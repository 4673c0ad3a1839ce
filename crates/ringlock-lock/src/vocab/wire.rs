//! What travels the wire: who talks to whom, and what a message says — one list for every
//! model, each kind documented with the model that sends it.

use crate::WorkerId;

/// Who sends or receives a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// The central lock server.
    Server,
    /// The shared storage the critical section writes to.
    Storage,
    /// A worker.
    Worker(WorkerId),
    /// A Redis master: the only one (0), or one of Redlock's five.
    Node(u32),
}

/// What a message says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MsgKind {
    /// Worker → server: put me in the queue.
    Request,
    /// Server → worker: you hold the lock, with this token.
    Grant,
    /// Worker → server: extend my lease (fire and forget).
    Renew,
    /// Worker → server: I am done.
    Release,
    /// Worker → storage: the critical section's write, carrying the token.
    Write,
    /// Storage → worker: the write was accepted (`true`) or rejected by fencing.
    WriteAck(bool),
    /// ZooKeeper → worker: a watch fired — a lock node was deleted.
    Watch,
    /// Worker → ZooKeeper: `getChildren`, to see whether its node is now the lowest.
    GetChildren,
    /// ZooKeeper → worker: the children; `true` when the worker's node is the lowest (it
    /// holds the lock, with the token the message carries).
    Children(bool),
    /// Worker → Redis node: `SET key <value> NX PX <ttl>`.
    SetNx {
        /// The node.
        node: u32,
    },
    /// Redis node → worker: the `SET` succeeded (`yes`) or the key was taken.
    Vote {
        /// The node.
        node: u32,
        /// Set.
        yes: bool,
    },
    /// Worker → Redis node: delete the key — only if it holds the sender's value (the Lua
    /// script), or whatever it holds (`plain`, a bare `DEL`).
    Unlock {
        /// The node.
        node: u32,
        /// A plain `DEL`.
        plain: bool,
    },
}

impl MsgKind {
    /// Sender and receiver of a message of this kind about `worker`.
    pub fn route(self, worker: WorkerId) -> (Endpoint, Endpoint) {
        let w = Endpoint::Worker(worker);
        match self {
            MsgKind::Request | MsgKind::Renew | MsgKind::Release | MsgKind::GetChildren => {
                (w, Endpoint::Server)
            }
            MsgKind::Grant | MsgKind::Watch | MsgKind::Children(_) => (Endpoint::Server, w),
            MsgKind::Write => (w, Endpoint::Storage),
            MsgKind::WriteAck(_) => (Endpoint::Storage, w),
            MsgKind::SetNx { node } | MsgKind::Unlock { node, .. } => (w, Endpoint::Node(node)),
            MsgKind::Vote { node, .. } => (Endpoint::Node(node), w),
        }
    }

    /// Stable number of the kind, for the log's canonical encoding.
    pub(crate) fn code(self) -> u8 {
        match self {
            MsgKind::Request => 0,
            MsgKind::Grant => 1,
            MsgKind::Renew => 2,
            MsgKind::Release => 3,
            MsgKind::Write => 4,
            MsgKind::WriteAck(false) => 5,
            MsgKind::WriteAck(true) => 6,
            MsgKind::Watch => 7,
            MsgKind::GetChildren => 8,
            MsgKind::Children(false) => 9,
            MsgKind::Children(true) => 10,
            MsgKind::SetNx { node } => 16 + node as u8,
            MsgKind::Vote { node, yes } => 32 + 2 * node as u8 + u8::from(yes),
            MsgKind::Unlock { node, plain } => 64 + 2 * node as u8 + u8::from(plain),
        }
    }
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
