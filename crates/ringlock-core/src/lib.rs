//! # ringlock-core
//!
//! The pure, deterministic core of Ringlock: consistent-hash placement with its statistics and
//! view data. No clock, no I/O, no browser: every operation returns what happened, and the app
//! animates that.
//!
//! ```
//! use ringlock_core::{Ring, Scheme};
//!
//! let mut ring = Ring::new(160);
//! for name in ["node1", "node2", "node3", "node4"] {
//!     ring.add_node(name, 1).unwrap();
//! }
//! ring.add_generated(10_000).unwrap();
//! let mut change = ring.add_node("node5", 1).unwrap();
//! ring.compare_schemes(&mut change); // the O(K) modulo comparison, kept separate
//! // A join moves only keys to the new node, about 1/5 of them …
//! let node5 = ring.find_node("node5");
//! assert!(change.moves.iter().all(|m| m.to == node5));
//! // … while modulo hashing moves about 4/5.
//! assert!(change.moved.modulo > 3 * change.moved.ring);
//! assert_eq!(ring.stats(Scheme::Ring).loads.len(), 5);
//! ```
#![deny(missing_docs)]

pub mod algo;
pub mod error;
pub mod hash;
pub mod ring;

pub use ring::export as csv;
pub use ring::key_store as keys;
pub use ring::{link, modulo, scenario, stats, view};

pub use error::RingError;
pub use keys::{KeyHash, KeyId, KeyStore};
pub use modulo::Scheme;
pub use ring::bins::BinTick;
pub use ring::moves::{KeyFlow, MovedKeys};
pub use ring::{
    Change, ChangeKind, Expected, KeySpec, Move, Node, NodeId, NodeSpec, PasteError, Point, Ring,
    SchemeCounts, DEFAULT_KEYS, DEFAULT_VNODES,
};
pub use scenario::{Scenario, ScenarioError};
pub use stats::{LoadStats, NodeLoad};
pub use view::{ArcSpan, DensityBin, KeyDot, KeyInfo, Lookup, Tick, VnodeInfo};
