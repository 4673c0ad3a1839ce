//! Placement algorithms beside the ring, each with its own hashing convention (see each
//! module's docs), all runnable on the same keys and the same topology change:
//!
//! | module | algorithm | key hash |
//! |---|---|---|
//! | [`ketama`] | libketama / libmemcached continuum | LE `u32` of MD5(key)\[0..4\] |
//! | [`jump`] | Lamping–Veach jump hash | SHA-1 ring position |
//! | [`rendezvous`] | weighted highest random weight | `fmix64` of the SHA-1 positions |
//! | [`maglev`] | Maglev lookup table | SHA-1 ring position mod M |
//! | [`bounded`] | ring with bounded loads | SHA-1 ring position |
//! | [`replication`] | Dynamo preference lists on [`crate::Ring`] | SHA-1 ring position |
//! | [`redis_cluster`] (also [`redis`]) | Redis Cluster hash slots | CRC16/XMODEM mod 16384 |
//!
//! [`Algo::place`] places a batch of keys; [`Algo::placer`] builds an algorithm's lookup
//! structure once, for callers that time lookups one key at a time ([`Placer::owner`]).
//! [`Algo::place_change`] (and [`compare()`]) place keys before and after a change: Redis
//! Cluster alone has history, its slots after being its slots before as redis-cli reshards
//! them.
//!
//! ```
//! use ringlock_core::algo::{compare::compare, Algo};
//! use ringlock_core::NodeSpec;
//!
//! let node = |name: &str| NodeSpec { name: name.into(), weight: 1, alive: true };
//! let before = vec![node("a"), node("b"), node("c")];
//! let mut after = before.clone();
//! after.push(node("d"));
//! let keys: Vec<String> = (0..1000).map(|i| format!("key-{i}")).collect();
//! let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
//! for report in compare(&Algo::all(), &before, &after, &keys) {
//!     let report = report.unwrap();
//!     if report.algo == Algo::Jump || report.algo == Algo::RedisSlots {
//!         // Jump hash moves keys only into the new bucket; redis-cli's rebalance after
//!         // `add-node` moves slots only to the new master.
//!         assert!(report.flows.iter().all(|f| f.to == "d"));
//!     }
//! }
//! ```

mod arrivals;
pub mod bounded;
pub mod compare;
pub mod compat;
mod cost;
mod error;
pub mod geometry;
pub mod jump;
pub mod ketama;
#[cfg(test)]
mod ketama_fixture;
pub mod maglev;
mod place;
mod placer;
pub mod redis_cluster;
pub mod rendezvous;
pub mod replication;
pub mod scores;
pub mod servers;
mod sha1_ring;

/// The former name of [`redis_cluster`], kept for existing paths.
pub use redis_cluster as redis;

pub use compare::{compare, AlgoReport, Flow};
pub use cost::LookupCost;
pub use error::AlgoError;
pub use ketama::{Ketama, KetamaLabels};
pub use maglev::Maglev;
pub use place::{loads, Algo, DEFAULT_EPS, DEFAULT_RING_VNODES};
pub use placer::Placer;
pub use redis_cluster::SlotMap;
pub use rendezvous::Rendezvous;
pub use servers::{parse_servers, Server, ServerError};
