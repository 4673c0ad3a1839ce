//! A worker's life in the engine: think → (the protocol's request) → hold → write → (the
//! protocol's release) → think, with crashes and pauses on top. The steps that need the lock
//! protocol are left to the caller, which runs them between these.

use super::kernel::Core;
use super::net::{Msg, MsgKind};
use super::payload::Payloads;
use super::queue::Event;
use super::rng::draw;
use super::worker::{Frozen, WorkerState};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

impl<P: Payloads> Core<P> {
    /// A timer set at `epoch` still counts: no crash or pause since, and running.
    pub fn timer_valid(&self, worker: u32, epoch: u32) -> bool {
        let w = &self.workers[worker as usize];
        w.epoch == epoch && w.running()
    }

    pub fn renew_interval(&self) -> u64 {
        (self.settings.ttl / 3).max(1)
    }

    /// The think timer fired: the worker asks (what asking means is the protocol's).
    pub fn think_done(&mut self, w: u32) {
        let worker = &mut self.workers[w as usize];
        worker.deadline = None;
        worker.requested_at = self.now;
        self.log(LogKind::Requested {
            worker: WorkerId(w),
        });
    }

    /// A message for a worker: lost if it crashed, kept for later if it is paused. True when
    /// the worker handles it now.
    pub fn worker_receive(&mut self, msg: &Msg<P::Data>) -> bool {
        let worker = &mut self.workers[msg.worker.0 as usize];
        if worker.crashed {
            self.log(LogKind::Dropped {
                worker: msg.worker,
                kind: msg.kind,
            });
            false
        } else if worker.paused.is_some() {
            worker.inbox.push(*msg);
            false
        } else {
            true
        }
    }

    /// The worker learns it holds the lock: hold, and renew if the lock is leased.
    pub fn grant_received(&mut self, w: u32, token: Option<u64>, grant: u64) {
        let now = self.now;
        let hold = draw(&mut self.rng.hold, self.settings.hold);
        let renew = (self.leased && self.settings.renewal).then(|| now + self.renew_interval());
        let worker = &mut self.workers[w as usize];
        let waited = now - worker.requested_at;
        worker.token = token;
        worker.grant = grant;
        worker.grants += 1;
        worker.deadline = Some(now + hold);
        worker.renew_at = renew;
        let epoch = worker.epoch;
        self.schedule(now + hold, Event::HoldDone { worker: w, epoch });
        if let Some(at) = renew {
            self.schedule(at, Event::RenewTick { worker: w, epoch });
        }
        self.set_phase(w, WorkerState::Holding);
        self.tally.on_wait(waited);
        self.monitor
            .on_wait(now, w, waited, self.settings.starvation);
        self.monitor.on_acting_start(now, w);
        self.log(LogKind::Holding {
            worker: WorkerId(w),
            token,
            waited,
        });
    }

    pub fn renew_tick(&mut self, w: u32) {
        let worker = &self.workers[w as usize];
        let (token, grant, holding) = (worker.token, worker.grant, worker.phase.believes_holding());
        if holding && self.settings.renewal && self.leased {
            let at = self.now + self.renew_interval();
            let epoch = worker.epoch;
            self.workers[w as usize].renew_at = Some(at);
            self.schedule(at, Event::RenewTick { worker: w, epoch });
            self.send(MsgKind::Renew, w, token, grant);
        } else {
            self.workers[w as usize].renew_at = None;
        }
    }

    pub fn hold_done(&mut self, w: u32) {
        let worker = &mut self.workers[w as usize];
        worker.deadline = None;
        let (token, grant) = (worker.token, worker.grant);
        self.set_phase(w, WorkerState::Writing);
        self.send(MsgKind::Write, w, token, grant);
        self.log(LogKind::WriteSent {
            worker: WorkerId(w),
            token,
        });
    }

    /// Storage answered: the critical section is over. Returns what the release needs (token,
    /// grant, node) and the think time drawn; [`Core::start_thinking`] follows the release.
    pub fn end_section(&mut self, w: u32) -> (Option<u64>, u64, u32, Time) {
        let now = self.now;
        let think = draw(&mut self.rng.think, self.settings.think);
        let worker = &mut self.workers[w as usize];
        let (token, grant, node) = (worker.token, worker.grant, worker.node);
        worker.token = None;
        worker.renew_at = None;
        worker.deadline = Some(now + think);
        self.monitor.on_acting_end(w);
        (token, grant, node, think)
    }

    pub fn start_thinking(&mut self, w: u32, think: Time) {
        let now = self.now;
        let epoch = self.workers[w as usize].epoch;
        self.set_phase(w, WorkerState::Thinking);
        self.schedule(now + think, Event::ThinkDone { worker: w, epoch });
    }

    /// Renewal switched on: running holders start renewing now rather than from their next
    /// grant. (Paused ones start when they wake, like their other timers.)
    pub fn start_renewals(&mut self) {
        if !self.leased {
            return;
        }
        let at = self.now + self.renew_interval();
        for w in 0..self.workers.len() as u32 {
            let worker = &mut self.workers[w as usize];
            if worker.acting_holder() && worker.renew_at.is_none() {
                worker.renew_at = Some(at);
                let epoch = worker.epoch;
                self.schedule(at, Event::RenewTick { worker: w, epoch });
            }
        }
    }

    /// Stop a worker for good; returns its phase and node for the protocol's part.
    pub fn crash(&mut self, w: u32) -> (WorkerState, u32) {
        let worker = &mut self.workers[w as usize];
        let was_acting = worker.acting_holder();
        worker.crashed = true;
        worker.paused = None;
        worker.epoch += 1;
        worker.inbox.clear();
        worker.deadline = None;
        worker.renew_at = None;
        let (phase, node) = (worker.phase, worker.node);
        worker.note(self.now);
        if was_acting {
            self.monitor.on_acting_end(w);
        }
        (phase, node)
    }

    pub fn pause(&mut self, w: u32, ms: Time) {
        let now = self.now;
        let worker = &mut self.workers[w as usize];
        let was_acting = worker.acting_holder();
        let until = now + ms;
        worker.paused = Some(Frozen {
            until,
            activity_left: worker.deadline.take().map(|d| d - now),
            renew_left: worker.renew_at.take().map(|d| d - now),
        });
        worker.epoch += 1;
        let epoch = worker.epoch;
        worker.note(now);
        if was_acting {
            self.monitor.on_acting_end(w);
        }
        self.schedule(until, Event::AutoResume { worker: w, epoch });
        self.log(LogKind::Paused {
            worker: WorkerId(w),
            until,
        });
    }

    /// Wake a paused worker: restart its timers with the time they had left. Returns the
    /// messages that arrived while it slept, for the caller to hand it in order.
    pub fn thaw(&mut self, w: u32) -> Vec<Msg<P::Data>> {
        let now = self.now;
        let worker = &mut self.workers[w as usize];
        let Some(frozen) = worker.paused.take() else {
            return Vec::new();
        };
        worker.epoch += 1;
        let (epoch, phase) = (worker.epoch, worker.phase);
        worker.deadline = frozen.activity_left.map(|left| now + left);
        worker.renew_at = frozen.renew_left.map(|left| now + left);
        let (deadline, renew_at) = (worker.deadline, worker.renew_at);
        worker.note(now);
        if let Some(at) = deadline {
            let event = match phase {
                WorkerState::Holding => Event::HoldDone { worker: w, epoch },
                WorkerState::Waiting => Event::WaitTimer { worker: w, epoch },
                WorkerState::Thinking
                | WorkerState::Requesting
                | WorkerState::Writing
                | WorkerState::Paused
                | WorkerState::Crashed => Event::ThinkDone { worker: w, epoch },
            };
            self.schedule(at, event);
        }
        if let Some(at) = renew_at {
            self.schedule(at, Event::RenewTick { worker: w, epoch });
        }
        self.log(LogKind::Resumed {
            worker: WorkerId(w),
        });
        if phase.believes_holding() {
            self.monitor.on_acting_start(now, w);
        }
        std::mem::take(&mut self.workers[w as usize].inbox)
    }
}
