//! Whole-state audits, too slow to run after every event in the UI but cheap enough for
//! tests: every worker is accounted for by exactly the thing that will move it on.

use std::collections::HashMap;

use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::engine::worker::WorkerState;
use crate::lab::sim::Sim;
use crate::protocols::protocol::Protocol;
use crate::WorkerId;

#[derive(Default)]
struct Pending {
    timer: bool,
    request: bool,
    grant: bool,
    write: bool,
}

impl Sim {
    /// Invariant *no lost worker*: the workers (not crashed) that nothing will ever move on.
    ///
    /// A thinking or holding worker needs its timer (running) or the time left on it
    /// (paused); a requesting one its request on the wire; a waiting one a place in a queue,
    /// or its grant on the wire, in its inbox or in hand as the lock's holder (a Redis client:
    /// its timer, or its votes on the way); a writing one
    /// its write or the answer on the wire or in its inbox. Empty means none is lost.
    pub fn lost_workers(&self) -> Vec<WorkerId> {
        let mut pending: HashMap<u32, Pending> = HashMap::new();
        for s in self.core.queue.iter() {
            let (w, f): (u32, fn(&mut Pending)) = match s.event {
                Event::ThinkDone { worker, epoch }
                | Event::HoldDone { worker, epoch }
                | Event::WaitTimer { worker, epoch }
                    if self.core.workers[worker as usize].epoch == epoch =>
                {
                    (worker, |p| p.timer = true)
                }
                Event::Deliver(m) => match m.kind {
                    MsgKind::Request => (m.worker.0, |p| p.request = true),
                    MsgKind::Grant
                    | MsgKind::Watch
                    | MsgKind::GetChildren
                    | MsgKind::Children(_)
                    | MsgKind::SetNx { .. }
                    | MsgKind::Vote { .. } => (m.worker.0, |p| p.grant = true),
                    MsgKind::Write | MsgKind::WriteAck(_) => (m.worker.0, |p| p.write = true),
                    MsgKind::Renew | MsgKind::Release | MsgKind::Unlock { .. } => continue,
                },
                _ => continue,
            };
            f(pending.entry(w).or_default());
        }
        let none = Pending::default();
        self.core
            .workers
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                let i = *i as u32;
                if w.crashed {
                    return false;
                }
                let p = pending.get(&i).unwrap_or(&none);
                let inbox = |k: fn(MsgKind) -> bool| w.inbox.iter().any(|m| k(m.kind));
                let timer = match &w.paused {
                    Some(f) => f.activity_left.is_some(),
                    None => p.timer && w.deadline.is_some(),
                };
                let ok = match w.phase {
                    WorkerState::Thinking | WorkerState::Holding => timer,
                    WorkerState::Requesting => p.request,
                    WorkerState::Waiting => {
                        timer
                            || self.proto.has_place(i)
                            || p.grant
                            || inbox(|k| {
                                matches!(
                                    k,
                                    MsgKind::Grant
                                        | MsgKind::Watch
                                        | MsgKind::Children(_)
                                        | MsgKind::Vote { .. }
                                )
                            })
                    }
                    WorkerState::Writing => p.write || inbox(|k| matches!(k, MsgKind::WriteAck(_))),
                    WorkerState::Paused | WorkerState::Crashed => false,
                };
                !ok
            })
            .map(|(i, _)| WorkerId(i as u32))
            .collect()
    }

    /// Running workers acting as holder now, in the order they started.
    pub fn acting_holders(&self) -> Vec<WorkerId> {
        self.core.monitor.acting_holders().collect()
    }
}

#[cfg(test)]
#[path = "audit_tests.rs"]
mod tests;
