//! # ringlock-lock: the lock lab
//!
//! A deterministic discrete-event simulation of a distributed lock: workers, a lock server
//! (or the article's per-node local locks), a shared storage, and a network with latency and
//! jitter between them. Time is logical (milliseconds, [`Time`]); randomness comes from one
//! seed through a portable generator (ChaCha8), split into one stream per purpose; events run
//! in (time, scheduling order). The same seed and the same actions at the same logical times
//! give the same event log — [`Sim::log_hash`] pins it.
//!
//! * [`Sim`] is the state machine: [`Sim::step`], [`Sim::run_until`], [`Sim::apply`] an
//!   [`Action`], and view data ([`Sim::locks`], [`Sim::workers`], [`Sim::in_flight`],
//!   [`Sim::metrics`], [`Sim::log_since`], the [`Monitor`]'s violations).
//! * [`Lab`] adds history: periodic snapshots plus the stamped action log, so any past time
//!   can be rebuilt ([`Lab::seek`]), acting in the past forks, and a link
//!   ([`Lab::to_fragment_part`]) replays exactly.
//! * [`LabScenario`] builds the one-click lessons (a crashed holder, with and without
//!   Chubby's lock-delay, a GC pause with and without fencing, the local lock, a fair queue,
//!   ZooKeeper's lock recipe with predecessor watches and with the herd, etcd's mutex losing
//!   its lease during a pause; Redis failing over
//!   before replicating, a plain `DEL`, and Redlock's clock jump and restarts); the Learn
//!   course adds [`CourseLesson`]s (the article's server without leases, a crashed holder
//!   with them, and the plain `DEL`'s safe compare-and-delete twin).
//! * [`Settings::leases`] off is the article's §3.2 server as written: no TTL, so a crashed
//!   holder blocks everyone for ever, and the monitor says so ([`Cause::HolderCannotRelease`]).
//!   Violations carry a [`Cause`] where the monitor can tell: two holders at once from an
//!   expiry or from another worker's `DEL`.
//! * Besides the central server ([`Model::Central`]) and the article's local lock, the lab
//!   runs ZooKeeper's lock recipe ([`Model::ZooKeeper`]): deleting the lowest lock node fires
//!   watch notifications over the network, to one waiter or — with
//!   [`Settings::watch_all`] — to all of them. etcd's `concurrency.Mutex` ([`Model::Etcd`])
//!   uses the same queue and predecessor watches, with the key's CreateRevision as the
//!   fencing token (one store-wide counter: tokens increase but skip) and `ErrSessionExpired`
//!   for a waiter whose lease ran out before it was woken. Storage's "highest revision seen"
//!   (outside etcd) is the guard that rejects writes; `IsOwner()`'s compare inside etcd is
//!   evaluated beside it for each write ([`Sim::etcd_writes`]).
//! * Redis as a lock ([`Model::Redis`]: `SET NX PX` on one master with an asynchronous
//!   replica, which a [`Action::Failover`] promotes) and Redlock ([`Model::Redlock`]: five
//!   masters, majority three, validity = TTL − (T2 − T1) − drift, random retries; each
//!   attempt's steps are view data, [`Sim::acquisitions`]), with node
//!   faults ([`Action::ClockJump`], [`Action::CutOff`], [`Action::Restart`]) to replay
//!   Kleppmann's counterexample.
//! * Locks sharded on a consistent-hash ring ([`Model::Sharded`], DOMAIN E): lock names sit
//!   on `ringlock_core::Ring` like keys and each ring node is the lock server for its arcs.
//!   [`Action::KillNode`], [`Action::ReviveNode`] and [`Action::JoinNode`] move locks; the new
//!   owner knows nothing of them unless [`Settings::shard_fix`] waits one TTL or hands the
//!   records over, and fencing tokens come per node or as (epoch, counter)
//!   ([`Settings::token_scope`]). The monitor keeps exclusion per lock; [`Sim::shard`] is the
//!   ring as the app draws it.
//!
//! ```
//! use ringlock_lock::{Action, Expect, Invariant, Lab, LabScenario, Settings};
//!
//! let settings = Settings { workers: 2, fencing: false, ..Settings::default() };
//! let mut lab = Lab::new(7, settings).unwrap();
//! // Run until someone holds the lock, then freeze it for longer than its lease.
//! while lab.sim().acting_holders().is_empty() {
//!     lab.step();
//! }
//! let holder = lab.sim().acting_holders()[0];
//! lab.apply(Action::Pause { worker: holder, ms: 2_500 }).unwrap();
//! lab.run_until(8_000);
//! // The other worker got the lock and wrote; the paused one woke, wrote with its old token,
//! // and storage, without fencing, took it.
//! assert!(lab.sim().monitor().count(Invariant::ResourceOrder) > 0);
//!
//! // Rewind and come back: the recorded pause replays, the log is the same.
//! let hash = lab.log_hash();
//! lab.seek(1_000);
//! lab.seek(8_000);
//! assert_eq!(lab.log_hash(), hash);
//!
//! // The same pause with fencing on: storage rejects the stale write.
//! assert!(LabScenario::GcPauseFenced.facts().meets(Expect::StaleWriteRejected));
//! ```
//! ## Architecture
//!
//! ```text
//! lib.rs       the public API: re-exports only
//! lessons/     LabScenario, one file per family (lease, local, watch, keys, shard), expect,
//!   │          run, pinned
//!   │
//!   ▼
//! lab/         sim (Sim = the engine + one AnyProtocol), drive (events → engine / protocol),
//!   │          action, history (Lab = History<Sim>), link, link_shard, view, view_keys,
//!   │          view_steps, view_shard
//!   ▼
//! protocols/   protocol (trait Protocol, Fault), payload (Timer, Data: what the engine carries),
//!   │          mod (AnyProtocol, forwarding), lease/{table, server, watch, central,
//!   │          zookeeper, etcd}, local, keys/{key, node, client, redis, redlock},
//!   │          sharded/{ring (on ringlock_core::Ring), server, change}
//!   ▼
//! engine/      kernel (Core<P>: clock, queue, streams, workers, storage, books), queue
//!   │          (Event<P>), payload (trait Payloads), rng, net (Msg<D>), worker, life (the
//!   │          worker's cycle), storage, log, history (History<S: Replay>: Rc'd snapshots,
//!   │          replay, fork)
//!   ├──────────▶ observe/{monitor, invariant, metrics}   (observe/audit ──▶ lab/sim)
//!   ▼
//! vocab/       wire (MsgKind, Endpoint), log (LogKind), hash (the canonical encoding)
//!   ▼
//! settings/    Settings, Setting, Span, limits and errors, model (Model: the catalogue),
//!              shard (ShardFix, TokenScope)
//! ```
//!
//! Arrows point from a module to what it uses; nothing points back, file by file. The
//! engine names no protocol: a protocol's timers and its data on a message ride through it
//! as opaque `Payloads`, and the steps of a worker's life that need the lock (asking, letting
//! go, the messages only a model understands) go through the `Protocol` trait. Each model owns its
//! state, messages, timers and grants: `Sim` holds the engine and one `AnyProtocol`, an enum
//! (not a `Box<dyn Protocol>`) so that a snapshot is a plain `Clone`. The lease server's
//! family shares one server (`Leased<R>`) and differs by its `Rules`; Redis and Redlock share
//! the client and the masters (`KeyLock<R>`) and differ by their `KeyRules`. The log and wire
//! vocabulary is one list for all models, so that one canonical encoding covers every pinned
//! hash.
//!
//! ### Adding a lock model
//!
//! 1. One new file in `protocols/`: its state and `impl Protocol` — or, for another lease
//!    server, `impl Rules` in `protocols/lease/`, or for another key store, `impl KeyRules` in
//!    `protocols/keys/`. Its messages, timers, log entries and what storage checks are its own.
//! 2. One enum variant each: `Model` (with its link code) and `AnyProtocol` (with its arm in
//!    `AnyProtocol::new` and in the forwarding macro).
//! 3. Its catalogue entry: `Model::traits` (leased, watches, keys, masters), which the app
//!    reads to draw it.
//! 4. Its settings entry, if it has knobs of its own: a `Settings` field, a `Setting`
//!    variant (with its tag in `vocab::hash` and its key in `lab::link`).
//!
//! Every other place that must know it is an exhaustive match the compiler points to (the
//! view of a family's own state, the pin table's random run per model); there is no `_ =>`
//! arm over models.
//!
//! Unit tests sit beside the file they test: `foo.rs` ends with
//! `#[cfg(test)] #[path = "foo_tests.rs"] mod tests;`. Property tests are in `tests/`, their
//! case counts read from `PROPTEST_CASES`.
//!
#![deny(missing_docs)]

mod engine;
mod lab;
mod lessons;
mod observe;
mod protocols;
mod settings;
mod vocab;

pub use engine::history::{History, Replay, MAX_SNAPSHOTS, SNAPSHOT_EVERY};
pub use engine::log::LogEntry;
pub use engine::storage::{WriteRecord, STORAGE_LOG_LEN};
pub use engine::worker::{Interval, WorkerState, TIMELINE_LEN};
pub use lab::action::Action;
pub use lab::history::{Lab, Stamped};
pub use lab::link::LinkError;
pub use lab::link_cost::{MAX_LINK_EVENTS, MAX_LINK_TIME};
pub use lab::sim::Sim;
pub use lab::view::{LockView, MessageView, WorkerView};
pub use lab::view_keys::{NodeView, RedisView};
pub use lab::view_shard::{ShardLock, ShardNode, ShardView};
pub use lab::view_steps::{AcquireSteps, EtcdGuard, EtcdWrite};
pub use lessons::course::CourseLesson;
pub use lessons::expect::{Expect, Facts, HeldMove};
pub use lessons::pinned::{
    broken_pins, course_run_hash, lesson_run_hash, pinned_run_hash, random_run_hash, PinRun,
    PINNED_LOG_HASH, PINS, PINS_BEFORE_COURSE, PINS_BEFORE_SHARD, RANDOM_RUN_OPS, RANDOM_RUN_SEED,
};
pub use lessons::LabScenario;
pub use observe::invariant::{Cause, Invariant, Violation};
pub use observe::metrics::Metrics;
pub use observe::monitor::{Monitor, VIOLATIONS_KEPT};
pub use protocols::keys::client::{drift, RETRY};
pub use protocols::lease::table::FIRST_TOKEN;
pub use protocols::sharded::ring::MAX_RING_NODES;
pub use protocols::sharded::LockMove;
pub use ringlock_stats::jain;
pub use settings::{
    epoch_parts, Field, LockError, Model, Setting, Settings, SettingsError, ShardFix, Span,
    TokenScope, REDLOCK_NODES,
};
pub use vocab::log::LogKind;
pub use vocab::wire::{Endpoint, MsgKind};

/// Logical time in milliseconds since the lab started.
pub type Time = u64;

/// A worker's number, from 0 in the order they were spawned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WorkerId(pub u32);

/// Most workers in one lab.
pub const MAX_WORKERS: usize = 1_000;
/// Log entries kept for display; the hash covers all of them.
pub const LOG_LEN: usize = 2_000;
/// Most actions in one lab's history.
pub const MAX_ACTIONS: usize = 10_000;
