//! The lab's knobs: which lock model runs, and the timings of the network and the workers.
//!
//! Every field has a documented default and a validated range. An out-of-range value is an
//! error that names the field and its limits; nothing is clamped silently and nothing panics.

mod limits;
mod model;
mod shard;
mod span;

pub use limits::{Field, LockError, SettingsError};
pub use model::{Model, REDLOCK_NODES};
pub use shard::{epoch_parts, ShardFix, TokenScope};
pub use span::Span;

use crate::Time;

/// Everything a lab starts from besides its seed. Times are logical milliseconds.
///
/// | field | default | range |
/// |---|---|---|
/// | `model` | `Central` | — |
/// | `workers` | 5 | 0–1,000 |
/// | `nodes` | 2 | 1–16 |
/// | `ttl` | 1,000 | 100–60,000 |
/// | `latency` | 20 | 0–2,000 |
/// | `jitter` | 5 | 0–2,000 |
/// | `think` | 300–1,200 | 0–60,000 |
/// | `hold` | 50–250 | 1–60,000 |
/// | `pause` | 3,000 | 1–600,000 |
/// | `fencing` | on | — |
/// | `renewal` | on | — |
/// | `starvation` | 10,000 | 100–3,600,000 |
/// | `lock_delay` | 0 (off) | 0–60,000 |
/// | `watch_all` | off | — |
/// | `repl_lag` | 100 | 0–60,000 |
/// | `plain_del` | off | — |
/// | `restart_delay` | 0 | 0–600,000 |
/// | `leases` | on | — |
/// | `locks` | 4 | 1–64 |
/// | `vnodes` | 16 | 1–256 |
/// | `shard_fix` | `Nothing` | — |
/// | `token_scope` | `Node` | — |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    /// Which lock the workers use. Fixed for the life of a lab.
    pub model: Model,
    /// Workers spawned at time 0.
    pub workers: u32,
    /// Processes the workers are spread over, round-robin (worker *i* runs on node *i* mod
    /// `nodes`). The local-lock model gives each node its own lock; the sharded model starts
    /// its ring with this many lock servers (`node1` …). Fixed for the life of a lab.
    pub nodes: u32,
    /// Lease length: a grant not renewed within `ttl` expires and the server moves on.
    pub ttl: Time,
    /// Mean one-way message delay.
    pub latency: Time,
    /// A message's delay is drawn uniformly from `latency ± jitter` (never below 0), so
    /// messages can overtake each other.
    pub jitter: Time,
    /// Time between finishing one critical section and asking again.
    pub think: Span,
    /// Length of the critical section, before the write.
    pub hold: Span,
    /// Length of a pause when the UI does not choose one (a GC pause, a VM stall).
    pub pause: Time,
    /// Storage rejects a write whose token is lower than the highest it has seen.
    pub fencing: bool,
    /// Holders renew their lease every `ttl / 3` while they run. A paused or crashed worker
    /// never renews.
    pub renewal: bool,
    /// A wait longer than this is recorded as starvation.
    pub starvation: Time,
    /// Chubby's lock-delay (central server only): after a lease ends by *expiry* — the holder
    /// failed or became unreachable — the server grants nobody for this long. A normal
    /// release hands over at once. 0 switches it off.
    pub lock_delay: Time,
    /// ZooKeeper only: every waiter watches the whole children list (the herd) instead of
    /// only its predecessor's node.
    pub watch_all: bool,
    /// Redis only: a write reaches the replica this long after the master applied it.
    pub repl_lag: Time,
    /// Redis only: release with a plain `DEL` instead of the compare-and-delete script, so a
    /// slow client whose key expired deletes whoever's key is there now.
    pub plain_del: bool,
    /// Redlock only: a restarted node (no persistence: it comes back empty) stays down this
    /// long. Longer than the TTL keeps Redlock safe; 0 restarts at once.
    pub restart_delay: Time,
    /// The lease family (central server, ZooKeeper, etcd): grants carry a lease with a TTL,
    /// which holders renew. Off is the article's §3.2 server exactly as written — a FIFO
    /// queue and no TTL: the holder keeps the lock until it releases it, so a crashed holder
    /// blocks every waiter for ever (the monitor reports it as a deadlock). For ZooKeeper and
    /// etcd off means sessions that never expire. Fixed for the life of a lab (like `model`);
    /// the other models ignore it.
    pub leases: bool,
    /// Sharded only: lock names (`lock1` …) the workers ask for, each time one at random.
    /// Fixed for the life of a lab.
    pub locks: u32,
    /// Sharded only: points per node on the ring. Fixed for the life of a lab.
    pub vnodes: u32,
    /// Sharded only: what a node does with the locks of arcs it gains. Fixed for the life of
    /// a lab.
    pub shard_fix: ShardFix,
    /// Sharded only: where fencing tokens come from. Fixed for the life of a lab.
    pub token_scope: TokenScope,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            model: Model::Central,
            workers: 5,
            nodes: 2,
            ttl: 1_000,
            latency: 20,
            jitter: 5,
            think: Span::new(300, 1_200),
            hold: Span::new(50, 250),
            pause: 3_000,
            fencing: true,
            renewal: true,
            starvation: 10_000,
            lock_delay: 0,
            watch_all: false,
            repl_lag: 100,
            plain_del: false,
            restart_delay: 0,
            leases: true,
            locks: 4,
            vnodes: 16,
            shard_fix: ShardFix::Nothing,
            token_scope: TokenScope::Node,
        }
    }
}

impl Settings {
    /// Check every field; returns the first one out of range.
    pub fn validate(&self) -> Result<(), SettingsError> {
        Field::Workers.check(u64::from(self.workers))?;
        Field::Nodes.check(u64::from(self.nodes))?;
        Field::Ttl.check(self.ttl)?;
        Field::Latency.check(self.latency)?;
        Field::Jitter.check(self.jitter)?;
        Field::Think.check_span(self.think)?;
        Field::Hold.check_span(self.hold)?;
        Field::Pause.check(self.pause)?;
        Field::Starvation.check(self.starvation)?;
        Field::LockDelay.check(self.lock_delay)?;
        Field::ReplLag.check(self.repl_lag)?;
        Field::RestartDelay.check(self.restart_delay)?;
        Field::Locks.check(u64::from(self.locks))?;
        Field::Vnodes.check(u64::from(self.vnodes))?;
        Ok(())
    }

    /// Apply one change, if it is in range; `self` is unchanged on error.
    pub fn set(&mut self, setting: Setting) -> Result<(), SettingsError> {
        match setting {
            Setting::Ttl(v) => self.ttl = Field::Ttl.check(v)?,
            Setting::Latency(v) => self.latency = Field::Latency.check(v)?,
            Setting::Jitter(v) => self.jitter = Field::Jitter.check(v)?,
            Setting::Think(s) => self.think = Field::Think.check_span(s)?,
            Setting::Hold(s) => self.hold = Field::Hold.check_span(s)?,
            Setting::Pause(v) => self.pause = Field::Pause.check(v)?,
            Setting::Fencing(on) => self.fencing = on,
            Setting::Renewal(on) => self.renewal = on,
            Setting::Starvation(v) => self.starvation = Field::Starvation.check(v)?,
            Setting::LockDelay(v) => self.lock_delay = Field::LockDelay.check(v)?,
            Setting::WatchAll(on) => self.watch_all = on,
            Setting::ReplLag(v) => self.repl_lag = Field::ReplLag.check(v)?,
            Setting::PlainDel(on) => self.plain_del = on,
            Setting::RestartDelay(v) => self.restart_delay = Field::RestartDelay.check(v)?,
        }
        Ok(())
    }
}

/// One setting changed while the lab runs. The model and the node count are fixed for the
/// life of a lab (start a new one to change them); workers are added by spawning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// [`Settings::ttl`]; applies to grants and renewals from now on.
    Ttl(Time),
    /// [`Settings::latency`]; applies to messages sent from now on.
    Latency(Time),
    /// [`Settings::jitter`]; applies to messages sent from now on.
    Jitter(Time),
    /// [`Settings::think`].
    Think(Span),
    /// [`Settings::hold`].
    Hold(Span),
    /// [`Settings::pause`].
    Pause(Time),
    /// [`Settings::fencing`]; storage checks tokens from the next write on.
    Fencing(bool),
    /// [`Settings::renewal`].
    Renewal(bool),
    /// [`Settings::starvation`].
    Starvation(Time),
    /// [`Settings::lock_delay`]; applies to leases that expire from now on.
    LockDelay(Time),
    /// [`Settings::watch_all`]; applies to node deletions from now on.
    WatchAll(bool),
    /// [`Settings::repl_lag`]; applies to writes at the master from now on.
    ReplLag(Time),
    /// [`Settings::plain_del`]; applies to releases sent from now on.
    PlainDel(bool),
    /// [`Settings::restart_delay`]; applies to restarts from now on.
    RestartDelay(Time),
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
