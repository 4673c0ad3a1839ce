//! Large key sets are hashed and placed in a Web Worker running this same crate compiled to
//! wasm (`src/bin/ring_worker.rs`, built by trunk as a worker bin), so the page never stalls.
//!
//! [`wire`] is the message format both sides share, [`serve`] the worker's side, [`client`]
//! the page's side. The page sends a whole scenario as its link fragment; the worker builds it
//! with [`Scenario::build_reporting`](ringlock_core::Scenario::build_reporting), reports how
//! many keys it has hashed, and hands the keys back as transferred `ArrayBuffer`s
//! ([`KeyParts`](ringlock_core::KeyParts)), which the page installs into a ring with the same
//! nodes ([`Ring::install_keys`](ringlock_core::Ring::install_keys)).

pub mod client;
pub mod serve;
pub mod wire;
