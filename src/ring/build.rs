//! Large key sets are built off the main thread ([`crate::ring::worker`]): a link that opens
//! with many keys, or generating many keys. The state keeps a [`PendingBuild`] while the
//! worker runs; the ring shown meanwhile stays the previous one, and a cancel keeps it.
//!
//! Small key sets stay synchronous (below [`WORKER_FROM`] keys), exactly as before.

use std::sync::atomic::{AtomicU64, Ordering};

use ringlock_core::error::MAX_KEYS;
use ringlock_core::{KeyParts, KeySpec, NodeSteps, Ring, Scenario, Scheme};

/// From this many keys on, a ring's keys are hashed and placed in the worker: about 30 ms of
/// hashing and placing in wasm, so below it no main-thread task comes near 50 ms.
pub const WORKER_FROM: usize = 50_000;

/// What the build is for.
#[derive(Clone, Debug, PartialEq)]
pub enum BuildKind {
    /// A link being opened, shown under this scheme.
    Load(Scheme),
    /// `count` generated keys added to a ring of `before` keys.
    Generate {
        /// Keys asked for.
        count: u32,
        /// Keys on the ring before.
        before: usize,
    },
}

/// A build running in the worker.
#[derive(Debug)]
pub struct PendingBuild {
    /// Unique per build: a newer build's messages never finish an older one.
    pub id: u64,
    /// The scenario to build, as a link fragment (named keys not truncated).
    pub fragment: String,
    /// The link meanwhile: the fragment as the share link writes it, and whether named keys
    /// were left out.
    pub link: (String, bool),
    /// The scenario's nodes without keys: the worker's keys are installed into it.
    pub nodes: Ring,
    /// How the keys are made.
    pub spec: KeySpec,
    /// Keys the worker hashes (what the progress counts to).
    pub keys: usize,
    /// What it is for.
    pub kind: BuildKind,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// About how many vnodes a link's nodes are hashed in per task while it opens: 16,000 in one
/// task took 20–45 ms at the app's start, where V8 still runs the hashing in its baseline
/// code; 2,000 take a few ms.
pub const NODE_STEP_POINTS: usize = 2_000;

/// A worker build whose nodes are still being hashed, a batch per call of
/// [`step`](Planning::step), so a link with many vnodes opens over several short tasks.
pub struct Planning {
    scenario: Scenario,
    kind: BuildKind,
    max_named: usize,
    /// `None` once a node was refused (the synchronous path then reports it).
    nodes: Option<NodeSteps>,
}

impl Planning {
    fn new(scenario: Scenario, kind: BuildKind, max_named: usize) -> Option<Planning> {
        let keys = scenario.keys.generated as usize + scenario.keys.named.len();
        if keys < WORKER_FROM {
            return None;
        }
        let nodes = scenario.node_steps().ok();
        Some(Planning {
            scenario,
            kind,
            max_named,
            nodes,
        })
    }

    /// Hash the next batch of nodes; `true` when nothing is left to hash (every node is in,
    /// or one was refused).
    pub fn step(&mut self) -> bool {
        match self.nodes.as_mut().map(|n| n.step(NODE_STEP_POINTS)) {
            Some(Ok(done)) => done,
            Some(Err(_)) | None => {
                self.nodes = None;
                true
            }
        }
    }

    /// Every step, then the build.
    fn at_once(mut self) -> Option<PendingBuild> {
        while !self.step() {}
        self.finish()
    }

    /// The build, with the nodes hashed so far and any left; `None` if a node was refused.
    pub fn finish(self) -> Option<PendingBuild> {
        let nodes = self.nodes?.finish().ok()?;
        let scenario = self.scenario;
        Some(PendingBuild {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            fragment: scenario.to_fragment(usize::MAX).0,
            link: scenario.to_fragment(self.max_named),
            nodes,
            keys: scenario.keys.generated as usize + scenario.keys.named.len(),
            spec: scenario.keys,
            kind: self.kind,
        })
    }
}

fn plan(scenario: Scenario, kind: BuildKind, max_named: usize) -> Option<PendingBuild> {
    Planning::new(scenario, kind, max_named)?.at_once()
}

/// A worker build for a link with many keys, its nodes still to hash (see [`Planning`]);
/// `None` builds it synchronously (few keys, or a link that does not parse).
pub fn plan_load_in_steps(fragment: &str, max_named: usize) -> Option<Planning> {
    let fragment = fragment.trim_start_matches('#');
    let scenario = Scenario::from_fragment(fragment).ok()?;
    let scheme = scenario.scheme;
    Planning::new(scenario, BuildKind::Load(scheme), max_named)
}

/// A worker build for a link with many keys; `None` builds it synchronously (few keys, or a
/// link that is refused, whose notice the synchronous path gives). `max_named` is the share
/// link's limit on named keys.
pub fn plan_load(fragment: &str, max_named: usize) -> Option<PendingBuild> {
    plan_load_in_steps(fragment, max_named)?.at_once()
}

/// The worker's keys installed into the build's nodes: the ring the build was for, or why
/// the keys do not fit it (the page then builds the scenario itself).
pub fn install(build: &PendingBuild, parts: KeyParts) -> Result<Ring, String> {
    let mut ring = build.nodes.clone();
    ring.install_keys(parts, build.spec.clone())
        .map(|()| ring)
        .map_err(|e| e.to_string())
}

/// A worker build for adding `raw` generated keys when the ring then has many keys; `None`
/// adds them synchronously (few keys, or a refusal the synchronous path reports).
pub fn plan_generate(
    ring: &Ring,
    scheme: Scheme,
    raw: &str,
    max_named: usize,
) -> Option<PendingBuild> {
    let count: u32 = raw.trim().parse().ok().filter(|&n| n > 0)?;
    let before = ring.keys().len();
    let spec = ring.key_spec();
    if before + count as usize > MAX_KEYS || spec.generated as usize + count as usize > MAX_KEYS {
        return None;
    }
    let mut scenario = ring.scenario(scheme);
    scenario.keys.generated += count;
    plan(scenario, BuildKind::Generate { count, before }, max_named)
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;
