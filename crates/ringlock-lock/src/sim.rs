//! The discrete-event simulator: a clock, a queue of events, the actors, and one seed.
//!
//! `step` pops the earliest event (ties broken by scheduling order), moves the clock to it
//! and lets the actor it concerns react; reactions schedule further events. Nothing reads a
//! wall clock: the same seed and the same actions at the same logical times give the same
//! event log, bit for bit, natively and in wasm.

use std::collections::BinaryHeap;

use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::event::{Event, Msg, MsgKind, Scheduled};
use super::limits::SettingsError;
use super::log::{EventLog, LogEntry, LogKind};
use super::metrics::Tally;
use super::monitor::Monitor;
use super::redis::Redis;
use super::service::{LockSlot, Storage};
use super::settings::{Model, Settings, Span};
use super::worker::Worker;
use super::{Time, WorkerId, LOG_LEN};

/// The fencing token of the first grant. Kleppmann's article starts its example at 33; so do
/// we, which also makes clear a token is not a worker number or a count from 0.
pub const FIRST_TOKEN: u64 = 33;

/// Sub-streams of the seed, one per purpose, so that e.g. a change to network jitter does not
/// shift the hold times drawn for the workers.
#[derive(Clone, Debug)]
pub(crate) struct Rngs {
    pub think: ChaCha8Rng,
    pub hold: ChaCha8Rng,
    pub net: ChaCha8Rng,
    pub pick: ChaCha8Rng,
    /// Redis: the clients' random values and retry delays.
    pub redis: ChaCha8Rng,
}

impl Rngs {
    fn new(seed: u64) -> Self {
        let stream = |n| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            rng.set_stream(n);
            rng
        };
        Rngs {
            think: stream(1),
            hold: stream(2),
            net: stream(3),
            pick: stream(4),
            redis: stream(5),
        }
    }
}

/// A uniform draw from `0..n` (n ≥ 1) by the multiply-shift method: portable, no loop.
pub(crate) fn below(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    ((u128::from(rng.next_u64()) * u128::from(n)) >> 64) as u64
}

pub(crate) fn draw(rng: &mut ChaCha8Rng, span: Span) -> Time {
    span.min + below(rng, span.max - span.min + 1)
}

/// The whole lab state. `Clone` is a snapshot: the history keeps clones to rewind.
#[derive(Clone, Debug)]
pub struct Sim {
    pub(crate) seed: u64,
    pub(crate) settings: Settings,
    pub(crate) now: Time,
    seq: u64,
    pub(crate) queue: BinaryHeap<Scheduled>,
    pub(crate) rng: Rngs,
    pub(crate) workers: Vec<Worker>,
    pub(crate) locks: Vec<LockSlot>,
    pub(crate) next_token: u64,
    pub(crate) next_grant: u64,
    pub(crate) next_req: u64,
    pub(crate) storage: Storage,
    pub(crate) monitor: Monitor,
    pub(crate) tally: Tally,
    pub(crate) log: EventLog,
    /// Redis masters (none for the other models), the replica and its stream.
    pub(crate) redis: Redis,
    /// etcd: the store's revision and each worker's key's CreateRevision.
    pub(crate) etcd: super::etcd::Etcd,
    processed: u64,
}

impl Sim {
    /// A lab at time 0 with `settings.workers` workers thinking.
    pub fn new(seed: u64, settings: Settings) -> Result<Sim, SettingsError> {
        settings.validate()?;
        let locks = match settings.model {
            Model::Central | Model::ZooKeeper | Model::Etcd => 1,
            Model::LocalLock => settings.nodes as usize,
            // Redis keeps its keys on its masters, not in a lock slot with a queue.
            Model::Redis | Model::Redlock => 0,
        };
        let mut sim = Sim {
            seed,
            settings,
            now: 0,
            seq: 0,
            queue: BinaryHeap::new(),
            rng: Rngs::new(seed),
            workers: Vec::new(),
            locks: vec![LockSlot::default(); locks],
            next_token: FIRST_TOKEN,
            next_grant: 0,
            next_req: 0,
            storage: Storage::default(),
            monitor: Monitor::new(locks),
            tally: Tally::default(),
            log: EventLog::new(LOG_LEN),
            redis: Redis::new(settings.model.masters()),
            etcd: super::etcd::Etcd::default(),
            processed: 0,
        };
        sim.spawn_workers(settings.workers);
        Ok(sim)
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Current settings (changed by [`super::Action::Set`]).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Logical time, in milliseconds.
    pub fn now(&self) -> Time {
        self.now
    }

    /// Events processed so far.
    pub fn events_processed(&self) -> u64 {
        self.processed
    }

    /// When the next event happens, if any is scheduled.
    pub fn next_event_time(&self) -> Option<Time> {
        self.queue.peek().map(|s| s.at)
    }

    /// Process one event; returns its time, or `None` if nothing is scheduled.
    pub fn step(&mut self) -> Option<Time> {
        let Scheduled { at, event, .. } = self.queue.pop()?;
        self.now = at;
        self.processed += 1;
        self.dispatch(event);
        self.check_locks();
        self.check_majority();
        Some(at)
    }

    /// Process every event at or before `t`, then move the clock to `t` (never backwards).
    pub fn run_until(&mut self, t: Time) {
        while self.queue.peek().is_some_and(|s| s.at <= t) {
            self.step();
        }
        // Deadlock is judged after events and actions only, so that running to `t` in one go
        // or in pieces (as the history does between snapshots) records exactly the same.
        self.now = self.now.max(t);
    }

    /// FNV-1a over the canonical encoding of every log entry so far: equal hashes, equal runs.
    pub fn log_hash(&self) -> u64 {
        self.log.hash()
    }

    /// Log entries so far (the log keeps only the last [`LOG_LEN`]).
    pub fn log_total(&self) -> u64 {
        self.log.total()
    }

    /// Kept log entries with index ≥ `from`, oldest first.
    pub fn log_since(&self, from: u64) -> impl Iterator<Item = &LogEntry> {
        self.log.since(from)
    }

    /// The safety monitor: violations and their counts.
    pub fn monitor(&self) -> &Monitor {
        &self.monitor
    }

    pub(crate) fn schedule(&mut self, at: Time, event: Event) {
        self.queue.push(Scheduled {
            at,
            seq: self.seq,
            event,
        });
        self.seq += 1;
    }

    pub(crate) fn log(&mut self, kind: LogKind) {
        self.log.push(self.now, kind);
    }

    /// Put a message on the wire: it arrives after `latency ± jitter`, never before now.
    pub(crate) fn send(&mut self, kind: MsgKind, worker: u32, token: Option<u64>, grant: u64) {
        let msg = Msg {
            kind,
            worker: WorkerId(worker),
            token,
            grant,
            sent_at: self.now,
            value: 0,
            px: 0,
        };
        self.put_on_wire(msg);
    }

    /// Send a message built by the caller, after `latency ± jitter`.
    pub(crate) fn put_on_wire(&mut self, msg: Msg) {
        let j = self.settings.jitter;
        let delay = (self.settings.latency + below(&mut self.rng.net, 2 * j + 1)).saturating_sub(j);
        self.schedule(self.now + delay, Event::Deliver(msg));
        self.tally.messages += 1;
    }

    pub(crate) fn spawn_workers(&mut self, count: u32) {
        for _ in 0..count {
            let id = self.workers.len() as u32;
            let node = id % self.settings.nodes;
            let mut w = Worker::new(node, self.now);
            let at = self.now + draw(&mut self.rng.think, self.settings.think);
            w.deadline = Some(at);
            self.workers.push(w);
            self.schedule(
                at,
                Event::ThinkDone {
                    worker: id,
                    epoch: 0,
                },
            );
            self.log(LogKind::Spawned {
                worker: WorkerId(id),
                node,
            });
        }
    }

    /// Deadlock check after every event and action: each lock with waiters must be held by
    /// someone who can still let go (a running or paused worker, or a lease that will run
    /// out), or be in a lock-delay that has not yet run out — free with waiters by design,
    /// but no longer than that (its end must grant at once). When a lock first looks stuck, an audit event a millisecond later makes sure it
    /// is looked at again even if nothing else ever happens.
    pub(crate) fn check_locks(&mut self) {
        for i in 0..self.locks.len() {
            let slot = &self.locks[i];
            let stuck = !slot.queue.is_empty()
                && match slot.holder {
                    None => slot.delay.is_none_or(|(_, until)| until <= self.now),
                    Some(l) => match l.expires_at {
                        Some(e) => e <= self.now,
                        None => l.holder_crashed,
                    },
                };
            let holder = slot.holder.map(|l| l.worker);
            let first = slot.queue.front().map(|w| w.worker);
            let newly = self.monitor.check_stuck(self.now, i as u32, stuck, || {
                holder.into_iter().chain(first).collect()
            });
            if newly {
                self.schedule(self.now + 1, Event::Audit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_streams_differ_and_repeat() {
        let mut a = Rngs::new(7);
        let mut b = Rngs::new(7);
        let x = a.think.next_u64();
        assert_eq!(x, b.think.next_u64());
        assert_ne!(x, a.hold.next_u64());
        assert_ne!(Rngs::new(8).think.next_u64(), x);
    }

    #[test]
    fn draws_stay_in_range() {
        let mut r = Rngs::new(1).net;
        for _ in 0..1_000 {
            assert!(below(&mut r, 3) < 3);
            let d = draw(&mut r, Span::new(5, 7));
            assert!((5..=7).contains(&d));
        }
        assert_eq!(draw(&mut r, Span::new(4, 4)), 4);
    }

    #[test]
    fn time_only_moves_forward() {
        let mut sim = Sim::new(1, Settings::default()).unwrap();
        sim.run_until(5_000);
        assert_eq!(sim.now(), 5_000);
        sim.run_until(10);
        assert_eq!(sim.now(), 5_000);
        assert!(sim.next_event_time().unwrap() >= 5_000);
        assert!(sim.events_processed() > 0);
    }

    #[test]
    fn no_workers_means_no_events() {
        let settings = Settings {
            workers: 0,
            ..Settings::default()
        };
        let mut sim = Sim::new(1, settings).unwrap();
        assert_eq!(sim.step(), None);
        assert_eq!(sim.log_total(), 0);
    }
}
