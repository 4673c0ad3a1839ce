//! The consistent-hash ring: nodes, their virtual nodes, and which node owns each key.
//!
//! Ownership follows Karger's convention as every real client implements it: a key belongs to
//! the first *live* virtual node at a position ≥ the key's, wrapping past the top of the ring
//! to the lowest one. Virtual nodes at equal positions are ordered by (node name, index).
//!
//! Every operation returns a [`Change`]: what happened, and which keys moved from whom to
//! whom. Placement is incremental: adding, killing or reviving a node touches only the keys in
//! the arcs that node's virtual nodes close; nothing else can change owner.
//!
//! The ring's files, with what each imports (arrows point at what a file uses; nothing points
//! back):
//!
//! ```text
//! node, key_store, key_spec, change          the nouns, no Ring
//! key_batch   -> key_store                   a batch of new keys hashed and put in ring order
//! modulo      -> node, key_store             the two non-ring schemes, no Ring
//! mod (Ring)  -> node, key_store, key_spec   the struct and its read-only accessors
//! topology, keys, placement, report -> mod   impl Ring: nodes, keys, ownership, Change
//! batch       -> mod                         impl Ring: many nodes at once, as a link adds them
//! parts       -> mod, key_store              impl Ring: the keys as flat arrays, out and back in
//! stats, view, bins, moves, inspect, export -> mod  impl Ring: what panels and drawing read
//! scenario -> mod, link                      the whole ring as a URL fragment
//! ```

mod batch;
pub mod bins;
mod change;
pub mod export;
pub mod inspect;
mod key_batch;
pub mod key_spec;
pub mod key_store;
mod keys;
pub mod link;
pub mod modulo;
pub mod moves;
mod node;
pub mod parts;
mod placement;
mod report;
pub mod scenario;
pub mod stats;
mod topology;
pub mod view;

use std::sync::Arc;

use crate::error;
pub use change::{Change, ChangeKind, Expected, Move, SchemeCounts};
pub use key_spec::{generated_index, generated_name, KeySpec, PasteError};
use key_store::KeyStore;
pub use keys::REPORT_EVERY;
pub use node::{Node, NodeId, NodeSpec, Point};

/// Vnodes per node in a fresh scenario.
pub const DEFAULT_VNODES: u32 = 16;
/// Generated keys in a fresh scenario.
pub const DEFAULT_KEYS: u32 = 400;

const NONE: u32 = u32::MAX;

/// The ring and its keys.
#[derive(Clone, Debug)]
pub struct Ring {
    nodes: Vec<Option<Node>>,
    /// Present nodes in the order they were added: the article's `nodes` list.
    order: Vec<NodeId>,
    vnodes: u32,
    /// Every virtual node of every present node, sorted by (position, name, index).
    points: Vec<Point>,
    /// Shared between copies of the ring until a copy changes its keys: the app copies the
    /// ring on every change (copy on write), and a kill, revive or join leaves the keys alone,
    /// so at a million keys the copy is the 4 MB of owners, not the 40 MB of keys.
    keys: Arc<KeyStore>,
    /// Owner of each key, parallel to `keys.ids()`; `NONE` when no node is live.
    owner: Vec<u32>,
    /// Keys owned, by node slot.
    counts: Vec<u64>,
    spec: KeySpec,
}

impl Default for Ring {
    fn default() -> Self {
        Ring::new(DEFAULT_VNODES)
    }
}

impl Ring {
    /// An empty ring with `vnodes` virtual nodes per unit of weight (clamped to the limits).
    pub fn new(vnodes: u32) -> Self {
        Ring {
            nodes: Vec::new(),
            order: Vec::new(),
            vnodes: vnodes.clamp(error::MIN_VNODES, error::MAX_VNODES),
            points: Vec::new(),
            keys: Arc::default(),
            owner: Vec::new(),
            counts: Vec::new(),
            spec: KeySpec::default(),
        }
    }

    /// Vnodes per unit of weight.
    pub fn vnodes(&self) -> u32 {
        self.vnodes
    }

    /// A node by slot.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// Present nodes in the order they were added.
    pub fn node_ids(&self) -> &[NodeId] {
        &self.order
    }

    /// Live nodes in the order they were added (the list both modulo schemes index).
    pub fn live_ids(&self) -> Vec<NodeId> {
        self.order
            .iter()
            .copied()
            .filter(|&id| self.is_alive(id))
            .collect()
    }

    /// The slot of the node with this name.
    pub fn find_node(&self, name: &str) -> Option<NodeId> {
        self.order
            .iter()
            .copied()
            .find(|&id| self.node_name(id) == name)
    }

    /// A node's name ("" for a free slot).
    pub fn node_name(&self, id: NodeId) -> &str {
        self.node(id).map_or("", |n| n.name.as_str())
    }

    fn is_alive(&self, id: NodeId) -> bool {
        self.node(id).is_some_and(|n| n.alive)
    }

    /// Every virtual node, sorted in ring order.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// The keys.
    pub fn keys(&self) -> &KeyStore {
        &self.keys
    }

    /// How the keys were made.
    pub fn key_spec(&self) -> &KeySpec {
        &self.spec
    }

    /// The ring owner of the key at ring-order slot `slot`.
    pub fn owner_at(&self, slot: usize) -> Option<NodeId> {
        decode(self.owner[slot])
    }

    /// Keys owned on the ring by a node.
    pub fn key_count(&self, id: NodeId) -> u64 {
        self.counts.get(id.0 as usize).copied().unwrap_or(0)
    }

    /// Number of slots ever used (an upper bound on `NodeId.0 + 1`).
    pub fn slot_count(&self) -> usize {
        self.nodes.len()
    }

    /// The ring owner of a position: the first live point at or after it, wrapping.
    /// Returns the index into [`Ring::points`].
    pub fn successor(&self, position: u64) -> Option<usize> {
        let start = self.points.partition_point(|p| p.position < position);
        let n = self.points.len();
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| self.is_alive(self.points[i].node))
    }

    fn weight(&self, id: NodeId) -> u32 {
        self.node(id).map_or(0, |n| n.weight)
    }

    fn set_alive(&mut self, id: NodeId, alive: bool) {
        if let Some(node) = self.nodes[id.0 as usize].as_mut() {
            node.alive = alive;
        }
    }
}

fn decode(owner: u32) -> Option<NodeId> {
    (owner != NONE).then_some(NodeId(owner))
}
