//! The ring's nouns: a node's slot, the node, one virtual node, and a node as a link or an
//! algorithm's server list records it.

/// A node's slot. Stable while the node exists; a removed node's slot may be reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A physical node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Unique name; its vnodes hash `name#i`.
    pub name: String,
    /// Multiplies the vnode count.
    pub weight: u32,
    /// Dead nodes stay drawn but their vnodes are skipped.
    pub alive: bool,
}

/// One virtual node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    /// Ring position of `name#index`.
    pub position: u64,
    /// Its node.
    pub node: NodeId,
    /// `i` in `name#i`.
    pub index: u32,
}

/// One node as a link records it, and as every placement algorithm takes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeSpec {
    /// Name.
    pub name: String,
    /// Weight.
    pub weight: u32,
    /// Live or dead.
    pub alive: bool,
}
