//! The engine's state: a clock, a queue of events, the workers, the storage, the books (log,
//! monitor, tallies) and one seed. It knows nothing of a lock protocol: the protocol's timers
//! and message data ride in it as opaque [`Payloads`].
//!
//! Nothing reads a wall clock: the same seed and the same actions at the same logical times
//! give the same event log, bit for bit, natively and in wasm.

use std::collections::BinaryHeap;

use super::log::EventLog;
use super::net::{Msg, MsgKind};
use super::payload::Payloads;
use super::queue::{Event, Scheduled};
use super::rng::{below, draw, Rngs};
use super::storage::Storage;
use super::worker::{Worker, WorkerState};
use crate::observe::metrics::Tally;
use crate::observe::monitor::Monitor;
use crate::settings::Settings;
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId, LOG_LEN};

/// Everything but the protocol. `Clone` is part of a snapshot.
#[derive(Clone, Debug)]
pub struct Core<P: Payloads> {
    pub seed: u64,
    pub settings: Settings,
    /// The lock hands out leases that holders renew (told by the protocol at the start;
    /// false when [`Settings::leases`] is off).
    pub leased: bool,
    pub now: Time,
    seq: u64,
    pub queue: BinaryHeap<Scheduled<P>>,
    pub rng: Rngs,
    pub workers: Vec<Worker<P::Data>>,
    /// Global grant number: the monitor's order of grants, never read by a lock.
    pub next_grant: u64,
    pub storage: Storage,
    pub monitor: Monitor,
    pub tally: Tally,
    pub log: EventLog,
    pub processed: u64,
}

impl<P: Payloads> Core<P> {
    /// An engine at time 0 with no workers; `locks` lock slots for the monitor's books;
    /// `leased`: holders renew their lease.
    pub fn new(seed: u64, settings: Settings, locks: usize, leased: bool) -> Self {
        Core {
            seed,
            settings,
            leased,
            now: 0,
            seq: 0,
            queue: BinaryHeap::new(),
            rng: Rngs::new(seed),
            workers: Vec::new(),
            next_grant: 0,
            storage: Storage::default(),
            monitor: Monitor::new(locks),
            tally: Tally::default(),
            log: EventLog::new(LOG_LEN),
            processed: 0,
        }
    }

    pub fn schedule(&mut self, at: Time, event: Event<P>) {
        self.queue.push(Scheduled {
            at,
            seq: self.seq,
            event,
        });
        self.seq += 1;
    }

    pub fn log(&mut self, kind: LogKind) {
        self.log.push(self.now, kind);
    }

    /// Put a message on the wire: it arrives after `latency ± jitter`, never before now.
    pub fn send(&mut self, kind: MsgKind, worker: u32, token: Option<u64>, grant: u64) {
        let msg = Msg {
            kind,
            worker: WorkerId(worker),
            token,
            grant,
            sent_at: self.now,
            data: P::Data::default(),
        };
        self.put_on_wire(msg);
    }

    /// Send a message built by the caller, after `latency ± jitter`.
    pub fn put_on_wire(&mut self, msg: Msg<P::Data>) {
        let j = self.settings.jitter;
        let delay = (self.settings.latency + below(&mut self.rng.net, 2 * j + 1)).saturating_sub(j);
        self.schedule(self.now + delay, Event::Deliver(msg));
        self.tally.messages += 1;
    }

    pub fn spawn_workers(&mut self, count: u32) {
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

    pub fn set_phase(&mut self, w: u32, phase: WorkerState) {
        let worker = &mut self.workers[w as usize];
        worker.phase = phase;
        worker.note(self.now);
    }

    /// Storage receives a write: fencing decides, the writer hears back.
    pub fn storage_write(&mut self, msg: Msg<P::Data>) {
        let fencing = self.settings.fencing;
        let resource = self.workers[msg.worker.0 as usize].resource;
        let accepted = self
            .storage
            .write_to(self.now, resource, msg.worker, msg.token, fencing);
        if accepted {
            self.monitor
                .on_write_accepted(self.now, msg.worker.0, msg.grant);
            self.log(LogKind::WriteAccepted {
                worker: msg.worker,
                token: msg.token,
            });
        } else {
            self.log(LogKind::WriteRejected {
                worker: msg.worker,
                token: msg.token,
                highest: self.storage.highest_of(resource).unwrap_or(0),
            });
        }
        self.send(
            MsgKind::WriteAck(accepted),
            msg.worker.0,
            msg.token,
            msg.grant,
        );
    }
}
