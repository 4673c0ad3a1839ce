//! The article's local lock: in-process locks on two nodes, two holders at once.

use super::expect::Expect;
use crate::observe::invariant::Invariant;
use crate::settings::{Model, Settings};
use crate::Time;

pub const SEED: u64 = 3;
pub const DURATION: Time = 5_000;

pub fn settings() -> Settings {
    Settings {
        model: Model::LocalLock,
        workers: 4,
        nodes: 2,
        ..Settings::default()
    }
}

pub fn expects() -> &'static [Expect] {
    &[
        Expect::Violated(Invariant::LeaseExclusion),
        Expect::Violated(Invariant::HolderExclusion),
    ]
}
