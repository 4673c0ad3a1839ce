//! # ringlock-core
//!
//! The pure, deterministic core of Ringlock: consistent-hash placement with its statistics and
//! view data, and the placement algorithms real clients use. No clock, no I/O, no browser:
//! every operation returns what happened, and the app animates that.
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
//!
//! ## Modules
//!
//! An arrow points at what a module imports; nothing points back (no import cycles, checked by
//! `rs_cycles.py`). The app (`ringlock`) and the `ringlock` command import this crate;
//! it imports only `ringlock-stats` (Jain's index) and the hash crates.
//!
//! ```text
//! error, hash                                  leaves: limits and name checks; SHA-1 positions
//!   ^
//! ring/                                        the consistent-hash ring
//!   node, key_store, key_spec, change          its nouns (NodeSpec, KeyStore, Change, …)
//!   modulo  -> node, key_store                 the two non-ring schemes (Scheme)
//!   mod     -> node, key_store, key_spec       struct Ring and its read-only accessors
//!   topology, keys, placement, report -> mod   impl Ring: nodes, keys, ownership, Change
//!   stats, view, bins, moves, inspect, export -> mod   impl Ring: what panels, drawing read
//!   scenario -> mod, link                      the whole ring as a URL fragment
//!   ^
//! algo/  -> ring/node (NodeSpec), ring/{Ring, modulo} (replication, cost), error, hash
//!   ketama, jump, rendezvous, maglev, redis_cluster/, sha1_ring   one file per algorithm
//!   bounded -> arrivals -> sha1_ring           bounded loads, whole or one key at a time
//!   place (enum Algo), placer (Placer) -> the algorithm files
//!   cost, geometry, compare -> place           lookup cost, circle geometry, before/after
//!   servers, compat, scores                    the client panels: server lists, real
//!                                              clients' placement, rendezvous bars
//! ```
//!
//! The former top-level paths `csv`, `keys`, `modulo`, `scenario`, `stats`, `view` and
//! `algo::redis` are re-exports of their new homes.
//!
//! ## Adding a placement algorithm
//!
//! 1. One new file `algo/<name>.rs` with the algorithm's structure, its lookup and its unit
//!    tests in `algo/<name>_tests.rs`; it may import `error`, `hash` and `ring::NodeSpec`, never
//!    `place` or `placer` (they import it).
//! 2. One variant of [`algo::Algo`] (in `algo/place.rs`), with its code in `Algo::CODES`,
//!    `Algo::code` and `Algo::from_code`.
//! 3. One variant of the placer's `Kind` (in `algo/placer.rs`), built in `Algo::placer` and
//!    looked up in `Placer::owner`.
//! 4. The compiler then lists the rest: every match over `Algo` and `Kind` is exhaustive (no
//!    `_ =>` arm), so `Placer::arcs`, `Placer::slot_map`, `Algo::memory_bytes`,
//!    `Algo::lookup_cost`, `geometry::key_point`, `geometry::has_circle`, the jump-only
//!    refusal in `compare` and the command line's option checks each ask for the new variant.
//! 5. A property in `tests/algo_props.rs` for the promise the algorithm makes on a change, and
//!    the app's algorithm tab entries (its name and description).
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
pub use ring::inspect::{KeyInfo, Lookup, VnodeInfo};
pub use ring::moves::{KeyFlow, MovedKeys};
pub use ring::parts::{KeyParts, PartsError};
pub use ring::{
    Change, ChangeKind, Expected, KeySpec, Move, Node, NodeId, NodeSpec, PasteError, Point, Ring,
    SchemeCounts, DEFAULT_KEYS, DEFAULT_VNODES,
};
pub use scenario::{NodeSteps, Scenario, ScenarioError};
pub use stats::{LoadStats, NodeLoad};
pub use view::{ArcSpan, DensityBin, KeyDot, Tick};
