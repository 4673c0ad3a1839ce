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
//! | [`redis`] | Redis Cluster hash slots | CRC16/XMODEM mod 16384 |
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
//!     if report.algo == Algo::Jump {
//!         // Jump hash moves keys only into the new bucket.
//!         assert!(report.flows.iter().all(|f| f.to == "d"));
//!     }
//! }
//! ```

pub mod bounded;
pub mod compare;
mod error;
pub mod jump;
pub mod ketama;
#[cfg(test)]
mod ketama_fixture;
pub mod maglev;
mod place;
pub mod redis;
pub mod rendezvous;
pub mod replication;

pub use compare::{compare, AlgoReport, Flow};
pub use error::AlgoError;
pub use ketama::{Ketama, KetamaLabels};
pub use maglev::Maglev;
pub use place::{loads, Algo, LookupCost, DEFAULT_EPS, DEFAULT_RING_VNODES};
pub use redis::SlotMap;
pub use rendezvous::Rendezvous;
