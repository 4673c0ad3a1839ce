//! A Redis key as a node stores it (and as the replication stream carries it).

/// A key on a node: whose, its random value, and its expiry on the node's own clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RKey {
    pub worker: u32,
    pub value: u64,
    /// Node-local milliseconds.
    pub expires: i64,
}
