//! What the simulator does with an event: the engine's part of a worker's life, and the lock
//! model's part through the [`Protocol`] seam.

use super::sim::Sim;
use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::protocols::payload::Payload;
use crate::protocols::protocol::{Msg, Protocol};

impl Sim {
    pub(crate) fn dispatch(&mut self, event: Event<Payload>) {
        let core = &mut self.core;
        match event {
            Event::Deliver(msg) => match msg.kind {
                MsgKind::Write => {
                    self.proto.write_arrived(core, &msg);
                    core.storage_write(msg);
                }
                MsgKind::Grant
                | MsgKind::WriteAck(_)
                | MsgKind::Watch
                | MsgKind::Children(_)
                | MsgKind::Vote { .. } => self.worker_receive(msg),
                MsgKind::Request
                | MsgKind::Renew
                | MsgKind::Release
                | MsgKind::GetChildren
                | MsgKind::SetNx { .. }
                | MsgKind::Unlock { .. } => self.proto.deliver(core, msg),
            },
            Event::ThinkDone { worker, epoch } if core.timer_valid(worker, epoch) => {
                core.think_done(worker);
                self.proto.request(core, worker);
            }
            Event::HoldDone { worker, epoch } if core.timer_valid(worker, epoch) => {
                core.hold_done(worker)
            }
            Event::RenewTick { worker, epoch } if core.timer_valid(worker, epoch) => {
                core.renew_tick(worker)
            }
            Event::AutoResume { worker, epoch } => {
                let w = &core.workers[worker as usize];
                if w.epoch == epoch && w.paused.is_some() && !w.crashed {
                    self.resume_worker(worker);
                }
            }
            Event::WaitTimer { worker, epoch } if core.timer_valid(worker, epoch) => {
                self.proto.wait_timer(core, worker)
            }
            Event::Protocol(timer) => self.proto.timer(core, timer),
            Event::Audit => {}
            // A timer set before a crash or pause: cancelled.
            Event::ThinkDone { .. }
            | Event::HoldDone { .. }
            | Event::RenewTick { .. }
            | Event::WaitTimer { .. } => {}
        }
    }

    /// A message for a worker: lost if it crashed, kept for later if it is paused.
    fn worker_receive(&mut self, msg: Msg) {
        if self.core.worker_receive(&msg) {
            self.worker_handle(msg);
        }
    }

    fn worker_handle(&mut self, msg: Msg) {
        let w = msg.worker.0;
        match msg.kind {
            MsgKind::Grant => self.core.grant_received(w, msg.token, msg.grant),
            MsgKind::WriteAck(_) => {
                // Storage answered: the critical section is over. Release, then think.
                let (token, grant, node, think) = self.core.end_section(w);
                self.proto.release(&mut self.core, w, token, grant, node);
                self.core.start_thinking(w, think);
            }
            MsgKind::Request
            | MsgKind::Renew
            | MsgKind::Release
            | MsgKind::Write
            | MsgKind::Watch
            | MsgKind::GetChildren
            | MsgKind::Children(_)
            | MsgKind::SetNx { .. }
            | MsgKind::Vote { .. }
            | MsgKind::Unlock { .. } => self.proto.worker_message(&mut self.core, msg),
        }
    }

    /// Wake a paused worker: restart its timers with the time they had left, then hand it the
    /// messages that arrived while it slept.
    pub(crate) fn resume_worker(&mut self, w: u32) {
        for msg in self.core.thaw(w) {
            self.worker_handle(msg);
        }
    }
}
