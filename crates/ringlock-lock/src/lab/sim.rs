//! The lab's simulator: the engine and one lock model, stepped together.
//!
//! `step` pops the earliest event (ties broken by scheduling order), moves the clock to it
//! and lets the actor it concerns react; reactions schedule further events. Nothing reads a
//! wall clock: the same seed and the same actions at the same logical times give the same
//! event log, bit for bit, natively and in wasm.

use crate::engine::kernel::Core;
use crate::engine::log::LogEntry;
use crate::engine::queue::Scheduled;
use crate::observe::monitor::Monitor;
use crate::protocols::keys::client::vote_timeout;
use crate::protocols::protocol::{Ctx, Protocol};
use crate::protocols::AnyProtocol;
use crate::settings::{Settings, SettingsError};
use crate::Time;

/// The whole lab state. `Clone` is a snapshot: the history keeps clones to rewind.
#[derive(Clone, Debug)]
pub struct Sim {
    pub(crate) core: Ctx,
    pub(crate) proto: AnyProtocol,
}

impl Sim {
    /// A lab at time 0 with `settings.workers` workers thinking.
    pub fn new(seed: u64, settings: Settings) -> Result<Sim, SettingsError> {
        settings.validate()?;
        let proto = AnyProtocol::new(&settings);
        // Without leases there is nothing for a holder to renew.
        let renews = proto.leased() && settings.leases;
        let mut core = Core::new(seed, settings, proto.slot_count(), renews);
        if proto.locks_apart() {
            core.monitor.per_lock();
        }
        core.spawn_workers(settings.workers);
        Ok(Sim { core, proto })
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.core.seed
    }

    /// Current settings (changed by [`crate::Action::Set`]).
    pub fn settings(&self) -> &Settings {
        &self.core.settings
    }

    /// Logical time, in milliseconds.
    pub fn now(&self) -> Time {
        self.core.now
    }

    /// Events processed so far.
    pub fn events_processed(&self) -> u64 {
        self.core.processed
    }

    /// When the next event happens, if any is scheduled.
    pub fn next_event_time(&self) -> Option<Time> {
        self.core.queue.peek().map(|s| s.at)
    }

    /// Process one event; returns its time, or `None` if nothing is scheduled.
    pub fn step(&mut self) -> Option<Time> {
        let Scheduled { at, event, .. } = self.core.queue.pop()?;
        self.core.now = at;
        self.core.processed += 1;
        self.dispatch(event);
        self.proto.after_event(&mut self.core);
        Some(at)
    }

    /// Process every event at or before `t`, then move the clock to `t` (never backwards).
    pub fn run_until(&mut self, t: Time) {
        while self.core.queue.peek().is_some_and(|s| s.at <= t) {
            self.step();
        }
        // Deadlock is judged after events and actions only, so that running to `t` in one go
        // or in pieces (as the history does between snapshots) records exactly the same.
        self.core.now = self.core.now.max(t);
    }

    /// FNV-1a over the canonical encoding of every log entry so far: equal hashes, equal runs.
    pub fn log_hash(&self) -> u64 {
        self.core.log.hash()
    }

    /// Log entries so far (the log keeps only the last [`crate::LOG_LEN`]).
    pub fn log_total(&self) -> u64 {
        self.core.log.total()
    }

    /// Kept log entries with index ≥ `from`, oldest first.
    pub fn log_since(&self, from: u64) -> impl Iterator<Item = &LogEntry> {
        self.core.log.since(from)
    }

    /// The safety monitor: violations and their counts.
    pub fn monitor(&self) -> &Monitor {
        &self.core.monitor
    }

    /// How long a Redis client waits for the nodes' answers: a round trip at the worst
    /// jitter, plus 10 ms — small next to the TTL, as the algorithm asks.
    pub fn vote_timeout(&self) -> Time {
        vote_timeout(&self.core.settings)
    }
}

#[cfg(test)]
#[path = "sim_tests.rs"]
mod tests;
