//! What one ring operation did: its kind, the keys that moved, and the theory beside them.

use super::key_store::KeyId;
use super::node::NodeId;

/// One key that changed owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// The key.
    pub key: KeyId,
    /// Owner before (`None`: no live node).
    pub from: Option<NodeId>,
    /// Owner after.
    pub to: Option<NodeId>,
}

/// What an operation did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// A node joined.
    NodeAdded(NodeId),
    /// A node died; it stays on the ring, skipped.
    NodeKilled(NodeId),
    /// A dead node came back with its old placement.
    NodeRevived(NodeId),
    /// A node left the ring for good.
    NodeRemoved {
        /// Its former slot.
        id: NodeId,
        /// Its name.
        name: String,
    },
    /// Vnodes per node changed.
    VnodesChanged {
        /// Before.
        from: u32,
        /// After.
        to: u32,
    },
    /// A node's weight changed.
    WeightChanged {
        /// The node.
        id: NodeId,
        /// Before.
        from: u32,
        /// After.
        to: u32,
    },
    /// Keys were added.
    KeysAdded {
        /// How many were added.
        added: usize,
        /// How many were skipped because they already existed.
        duplicates: usize,
    },
    /// Keys were removed.
    KeysRemoved(usize),
    /// Every key was removed.
    KeysCleared(usize),
}

impl ChangeKind {
    /// Whether a change of this kind can move keys between nodes (adding or removing keys
    /// never does).
    pub fn moves_keys(&self) -> bool {
        match self {
            ChangeKind::NodeAdded(_)
            | ChangeKind::NodeKilled(_)
            | ChangeKind::NodeRevived(_)
            | ChangeKind::NodeRemoved { .. }
            | ChangeKind::VnodesChanged { .. }
            | ChangeKind::WeightChanged { .. } => true,
            ChangeKind::KeysAdded { .. }
            | ChangeKind::KeysRemoved(_)
            | ChangeKind::KeysCleared(_) => false,
        }
    }
}

/// Keys moved under each scheme by one change, counted on keys that exist before and after.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SchemeCounts {
    /// The ring.
    pub ring: u64,
    /// Plain `hash mod N` over the live nodes.
    pub modulo: u64,
    /// The article's `int(sha1(key)) % 128 % N`.
    pub article: u64,
}

/// Expected fraction of keys moved by a change of the live set, under a uniform hash.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Expected {
    /// The ring: the joining or leaving node's weight share (1/(N+1) on a join of equals).
    pub ring: f64,
    /// Plain modulo, exact over all residues (N/(N+1) when a node is appended).
    pub modulo: f64,
    /// The article's code, exact over its 128 buckets.
    pub article: f64,
}

/// The result of one operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// Keys that changed owner on the ring, in ring order of the arcs that changed.
    pub moves: Vec<Move>,
    /// Keys moved under each scheme. The ring count is filled by every operation; the two
    /// modulo counts need a scan of every key and are filled by
    /// [`Ring::compare_schemes`](crate::Ring::compare_schemes).
    pub moved: SchemeCounts,
    /// Live nodes before the change, in the order they were added.
    pub live_order_before: Vec<NodeId>,
    /// Theory for the live-set change, if the live set changed.
    pub expected: Option<Expected>,
    /// Live nodes before.
    pub live_before: usize,
    /// Live nodes after.
    pub live_after: usize,
    /// Keys on the ring after.
    pub keys: usize,
}
