//! How a worker reacts to its timers and messages: think → request → wait → hold → write →
//! release → think.

use super::event::{Event, Msg, MsgKind};
use super::log::LogKind;
use super::settings::Model;
use super::sim::{draw, Sim};
use super::worker::WorkerState;
use super::WorkerId;

impl Sim {
    pub(crate) fn dispatch(&mut self, event: Event) {
        match event {
            Event::Deliver(msg) => match msg.kind {
                MsgKind::Request => self.server_request(msg.worker.0),
                MsgKind::Renew => self.server_renew(msg),
                MsgKind::Release => self.server_release(msg),
                MsgKind::Write => self.storage_write(msg),
                MsgKind::GetChildren => self.server_get_children(msg),
                MsgKind::SetNx { node } => self.node_set(msg, node),
                MsgKind::Unlock { node, plain } => self.node_unlock(msg, node, plain),
                MsgKind::Grant
                | MsgKind::WriteAck(_)
                | MsgKind::Watch
                | MsgKind::Children(_)
                | MsgKind::Vote { .. } => self.worker_receive(msg),
            },
            Event::ThinkDone { worker, epoch } if self.timer_valid(worker, epoch) => {
                self.think_done(worker)
            }
            Event::HoldDone { worker, epoch } if self.timer_valid(worker, epoch) => {
                self.hold_done(worker)
            }
            Event::RenewTick { worker, epoch } if self.timer_valid(worker, epoch) => {
                self.renew_tick(worker)
            }
            Event::AutoResume { worker, epoch } => {
                let w = &self.workers[worker as usize];
                if w.epoch == epoch && w.paused.is_some() && !w.crashed {
                    self.resume_worker(worker);
                }
            }
            Event::ClientTimer { worker, epoch } if self.timer_valid(worker, epoch) => {
                self.client_timer(worker)
            }
            Event::Replicate { seq, key } => self.replicated(seq, key),
            Event::LeaseCheck { token } => self.lease_check(token),
            Event::DelayEnd { lock } => self.end_lock_delay(lock),
            Event::Audit => {}
            // A timer set before a crash or pause: cancelled.
            Event::ThinkDone { .. }
            | Event::HoldDone { .. }
            | Event::RenewTick { .. }
            | Event::ClientTimer { .. } => {}
        }
    }

    fn timer_valid(&self, worker: u32, epoch: u32) -> bool {
        let w = &self.workers[worker as usize];
        w.epoch == epoch && w.running()
    }

    pub(crate) fn renew_interval(&self) -> u64 {
        (self.settings.ttl / 3).max(1)
    }

    // ----- worker -----

    fn think_done(&mut self, w: u32) {
        let worker = &mut self.workers[w as usize];
        worker.deadline = None;
        worker.requested_at = self.now;
        self.log(LogKind::Requested {
            worker: WorkerId(w),
        });
        match self.settings.model {
            Model::Central | Model::ZooKeeper | Model::Etcd => {
                self.set_phase(w, WorkerState::Requesting);
                self.send(MsgKind::Request, w, None, 0);
            }
            Model::LocalLock => {
                let lock = self.workers[w as usize].node;
                self.lock_request(lock, w);
            }
            Model::Redis | Model::Redlock => self.start_attempt(w),
        }
    }

    pub(crate) fn set_phase(&mut self, w: u32, phase: WorkerState) {
        let worker = &mut self.workers[w as usize];
        worker.phase = phase;
        worker.note(self.now);
    }

    /// A message for a worker: lost if it crashed, kept for later if it is paused.
    pub(crate) fn worker_receive(&mut self, msg: Msg) {
        let worker = &mut self.workers[msg.worker.0 as usize];
        if worker.crashed {
            self.log(LogKind::Dropped {
                worker: msg.worker,
                kind: msg.kind,
            });
        } else if worker.paused.is_some() {
            worker.inbox.push(msg);
        } else {
            self.worker_handle(msg);
        }
    }

    pub(crate) fn worker_handle(&mut self, msg: Msg) {
        match msg.kind {
            MsgKind::Grant => self.grant_received(msg.worker.0, msg.token, msg.grant),
            MsgKind::WriteAck(_) => self.write_done(msg.worker.0),
            MsgKind::Watch => self.watch_fired(msg.worker.0),
            MsgKind::Children(lowest) => self.children_received(msg, lowest),
            MsgKind::Vote { node, yes } => self.vote_received(msg.worker.0, node, yes, msg.value),
            _ => {}
        }
    }

    pub(crate) fn grant_received(&mut self, w: u32, token: Option<u64>, grant: u64) {
        let now = self.now;
        let hold = draw(&mut self.rng.hold, self.settings.hold);
        let renew = (self.settings.model.leased() && self.settings.renewal)
            .then(|| now + self.renew_interval());
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

    fn renew_tick(&mut self, w: u32) {
        let worker = &self.workers[w as usize];
        let (token, grant, holding) = (worker.token, worker.grant, worker.phase.believes_holding());
        if holding && self.settings.renewal && self.settings.model.leased() {
            let at = self.now + self.renew_interval();
            let epoch = worker.epoch;
            self.workers[w as usize].renew_at = Some(at);
            self.schedule(at, Event::RenewTick { worker: w, epoch });
            self.send(MsgKind::Renew, w, token, grant);
        } else {
            self.workers[w as usize].renew_at = None;
        }
    }

    fn hold_done(&mut self, w: u32) {
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

    /// Storage answered: the critical section is over. Release, then think.
    fn write_done(&mut self, w: u32) {
        let now = self.now;
        let think = draw(&mut self.rng.think, self.settings.think);
        let worker = &mut self.workers[w as usize];
        let (token, grant, node, epoch) = (worker.token, worker.grant, worker.node, worker.epoch);
        worker.token = None;
        worker.renew_at = None;
        worker.deadline = Some(now + think);
        self.monitor.on_acting_end(w);
        match self.settings.model {
            Model::Central | Model::ZooKeeper | Model::Etcd => {
                self.send(MsgKind::Release, w, token, grant)
            }
            Model::LocalLock => self.local_release(node, w),
            Model::Redis | Model::Redlock => self.release_keys(w),
        }
        self.set_phase(w, WorkerState::Thinking);
        self.schedule(now + think, Event::ThinkDone { worker: w, epoch });
    }
}
