//! Helpers shared by the core's integration tests.
#![allow(dead_code)] // each test file uses its own part

use std::collections::{BTreeMap, HashMap};

use ringlock_core::{KeyId, NodeId, Ring, Scheme};

/// Cases per property: `PROPTEST_CASES` when set (as `make soak` does), else `default`, the
/// block's everyday count.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The block's proptest config at `cases(default)` cases. Rejections (`prop_assume!`) are
/// allowed in proportion, so a soak at 10,000 cases is not cut short by proptest's fixed
/// default of 1,024 rejects in all.
pub fn config(default: u32) -> proptest::test_runner::Config {
    let cases = cases(default);
    proptest::test_runner::Config {
        cases,
        max_global_rejects: cases.saturating_mul(4).max(1024),
        ..proptest::test_runner::Config::default()
    }
}

/// Owner of every key, by key id.
pub fn placement(ring: &Ring) -> HashMap<KeyId, Option<NodeId>> {
    let owners = ring.full_assignment();
    ring.keys().ids().iter().copied().zip(owners).collect()
}

/// Owner of every key under a scheme, from the definitions: the first live vnode at or after
/// the key's SHA-1 position, or the position / bucket modulo the live list.
pub fn owners(ring: &Ring, scheme: Scheme) -> BTreeMap<String, Option<NodeId>> {
    let live = ring.live_ids();
    let keys = ring.keys();
    let live_points: Vec<(u64, NodeId)> = ring
        .points()
        .iter()
        .filter(|p| live.contains(&p.node))
        .map(|p| (p.position, p.node))
        .collect();
    keys.ids()
        .iter()
        .map(|&id| {
            let name = keys.name(id);
            let digest = ringlock_core::hash::sha1(name);
            let position = u64::from_be_bytes(digest[..8].try_into().unwrap());
            let pick = |i: usize| (!live.is_empty()).then(|| live[i % live.len()]);
            let owner = match scheme {
                Scheme::Ring => live_points
                    .iter()
                    .find(|p| p.0 >= position)
                    .or(live_points.first())
                    .map(|p| p.1),
                Scheme::Modulo => pick((position % live.len().max(1) as u64) as usize),
                Scheme::Article => pick(usize::from(digest[19]) % 128),
            };
            (name.to_string(), owner)
        })
        .collect()
}
