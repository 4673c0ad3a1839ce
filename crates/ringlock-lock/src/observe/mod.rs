//! Watching the lab: the safety monitor and its named invariants, the metrics, and the
//! whole-state audit.

pub mod audit;
pub mod invariant;
pub mod metrics;
pub mod monitor;
pub mod overlap;
