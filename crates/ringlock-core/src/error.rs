//! Limits that keep the tab responsive, and the errors an operation can return.
//!
//! Every error carries the numbers a message needs; the app turns it into words.

/// Most nodes on one ring.
pub const MAX_NODES: usize = 1_000;
/// Fewest virtual nodes per node (per unit of weight).
pub const MIN_VNODES: u32 = 1;
/// Most virtual nodes per node (per unit of weight).
pub const MAX_VNODES: u32 = 1_024;
/// Fewest and most weight of one node.
pub const MIN_WEIGHT: u32 = 1;
/// See [`MIN_WEIGHT`].
pub const MAX_WEIGHT: u32 = 100;
/// Most virtual nodes on the ring in all (nodes × vnodes × weight).
pub const MAX_POINTS: usize = 1_048_576;
/// Most keys on one ring.
pub const MAX_KEYS: usize = 1_000_000;
/// Longest node name, in characters.
pub const MAX_NODE_NAME: usize = 64;
/// Longest key name, in characters.
pub const MAX_KEY_NAME: usize = 256;

/// Why an operation was refused. Nothing changes when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RingError {
    /// A node name was empty (or only spaces).
    EmptyName,
    /// A name is longer than the limit (characters).
    NameTooLong {
        /// The limit.
        max: usize,
    },
    /// A name contains a control character (newline, tab, …).
    ControlCharacter,
    /// A node with this name already exists.
    DuplicateNode(String),
    /// No node has this name.
    UnknownNode(String),
    /// The node is already alive (revive) or already dead (kill).
    NodeStateUnchanged(String),
    /// Weight outside `MIN_WEIGHT..=MAX_WEIGHT`.
    WeightOutOfRange(u64),
    /// Vnodes per node outside `MIN_VNODES..=MAX_VNODES`.
    VnodesOutOfRange(u64),
    /// The ring already holds [`MAX_NODES`] nodes.
    TooManyNodes,
    /// The change would put more than [`MAX_POINTS`] virtual nodes on the ring.
    TooManyPoints {
        /// How many there would be.
        would_be: usize,
    },
    /// The change would put more than [`MAX_KEYS`] keys on the ring.
    TooManyKeys {
        /// How many there would be (u64: a typed count can exceed `usize` on wasm32).
        would_be: u64,
    },
    /// A key with this name already exists.
    DuplicateKey(String),
    /// No key has this name.
    UnknownKey(String),
}

impl std::fmt::Display for RingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RingError::EmptyName => write!(f, "the name is empty"),
            RingError::NameTooLong { max } => write!(f, "the name is longer than {max} characters"),
            RingError::ControlCharacter => write!(f, "the name contains a control character"),
            RingError::DuplicateNode(n) => write!(f, "a node named {n:?} already exists"),
            RingError::UnknownNode(n) => write!(f, "no node is named {n:?}"),
            RingError::NodeStateUnchanged(n) => write!(f, "node {n:?} is already in that state"),
            RingError::WeightOutOfRange(w) => {
                write!(f, "weight {w} is outside {MIN_WEIGHT}–{MAX_WEIGHT}")
            }
            RingError::VnodesOutOfRange(v) => {
                write!(
                    f,
                    "{v} vnodes per node is outside {MIN_VNODES}–{MAX_VNODES}"
                )
            }
            RingError::TooManyNodes => write!(f, "the ring holds at most {MAX_NODES} nodes"),
            RingError::TooManyPoints { would_be } => {
                write!(
                    f,
                    "{would_be} virtual nodes exceed the limit of {MAX_POINTS}"
                )
            }
            RingError::TooManyKeys { would_be } => {
                write!(f, "{would_be} keys exceed the limit of {MAX_KEYS}")
            }
            RingError::DuplicateKey(k) => write!(f, "a key named {k:?} already exists"),
            RingError::UnknownKey(k) => write!(f, "no key is named {k:?}"),
        }
    }
}

impl std::error::Error for RingError {}

/// Check a node or key name: not empty, at most `max` characters, no control characters.
/// Returns the name with surrounding white space trimmed.
pub fn validate_name(raw: &str, max: usize) -> Result<&str, RingError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(RingError::EmptyName);
    }
    if name.chars().count() > max {
        return Err(RingError::NameTooLong { max });
    }
    if name.chars().any(char::is_control) {
        return Err(RingError::ControlCharacter);
    }
    Ok(name)
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
