//! The lease family: one lock server with a FIFO queue, leases with a TTL, renewals and
//! fencing tokens. The central server, ZooKeeper's recipe, etcd's mutex and (without leases
//! or network) the article's local lock share this server; what differs is in each model's
//! [`Rules`].

pub mod central;
pub mod etcd;
pub mod server;
pub mod table;
pub mod watch;
pub mod zookeeper;

use std::fmt::Debug;

use super::payload::Timer;
use super::protocol::{Ctx, Fault, Msg, Protocol};
use crate::engine::net::MsgKind;
use crate::engine::worker::WorkerState;
use crate::settings::{LockError, Settings};
use crate::Time;
use table::{LockSlot, LockTable, FIRST_TOKEN};

/// What one model of the family does its own way. The defaults are the central server's.
pub trait Rules: Clone + Debug {
    /// Grants carry a lease (a TTL, renewals, a fencing token) and travel the network; false
    /// for an in-process lock.
    const LEASED: bool = true;
    /// A waiter learns of a handoff through a watch on its predecessor, then `getChildren`.
    const WATCHES: bool = false;

    /// Worker `w` asks: by default, a request to the server.
    fn request(p: &mut Leased<Self>, core: &mut Ctx, w: u32) {
        let _ = p;
        core.set_phase(w, WorkerState::Requesting);
        core.send(MsgKind::Request, w, None, 0);
    }

    /// Worker `w` lets go: by default, a release to the server with its token.
    fn release(p: &mut Leased<Self>, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64) {
        let _ = p;
        core.send(MsgKind::Release, w, token, grant);
    }

    /// Worker `w` crashed while in `phase` on `node`.
    fn on_crash(p: &mut Leased<Self>, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        let _ = (p, core, w, phase, node);
    }

    /// Which of `len` waiters a freed lock goes to: the front of the FIFO queue.
    fn pick(&mut self, core: &mut Ctx, len: u64) -> usize {
        let _ = (core, len);
        0
    }

    /// A handoff wakes every waiter, not only the next (ZooKeeper's herd).
    fn herd(&self, settings: &Settings) -> bool {
        let _ = settings;
        false
    }

    /// How long an expired lease holds the lock back (Chubby's lock-delay).
    fn lock_delay(&self, settings: &Settings) -> Time {
        let _ = settings;
        0
    }

    /// A request arrived: its key is put (etcd).
    fn on_put(&mut self, w: u32) {
        let _ = w;
    }

    /// A lease ended: its key is deleted (etcd).
    fn on_delete(&mut self, w: u32) {
        let _ = w;
    }

    /// The fencing token of a grant to `w`: by default the server's counter.
    fn token(&mut self, next_token: u64, w: u32) -> u64 {
        let _ = w;
        next_token
    }

    /// The last fencing token handed out.
    fn last_token(&self, next_token: u64) -> Option<u64> {
        (next_token > FIRST_TOKEN).then(|| next_token - 1)
    }

    /// A write from `w` with `token` reached storage (etcd notes `IsOwner()`).
    fn on_write(&mut self, now: Time, w: u32, token: Option<u64>) {
        let _ = (now, w, token);
    }

    /// A worker woken by a watch found its key gone (its session expired before it heard);
    /// it will ask again.
    fn key_gone(&mut self, core: &mut Ctx, w: u32) {
        let _ = (core, w);
    }
}

/// A model of the lease family: the server's table and the model's own rules and state.
#[derive(Clone, Debug)]
pub struct Leased<R> {
    pub table: LockTable,
    pub rules: R,
}

impl<R: Rules> Leased<R> {
    pub fn new(slots: usize, rules: R) -> Self {
        Leased {
            table: LockTable::new(slots),
            rules,
        }
    }
}

impl<R: Rules> Protocol for Leased<R> {
    fn slot_count(&self) -> usize {
        self.table.slots.len()
    }

    fn leased(&self) -> bool {
        R::LEASED
    }

    fn request(&mut self, core: &mut Ctx, w: u32) {
        R::request(self, core, w);
    }

    fn release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64, node: u32) {
        let _ = node;
        R::release(self, core, w, token, grant);
    }

    fn deliver(&mut self, core: &mut Ctx, msg: Msg) {
        match msg.kind {
            MsgKind::Request => self.server_request(core, msg.worker.0),
            MsgKind::Renew => self.server_renew(core, msg),
            MsgKind::Release => self.server_release(core, msg),
            MsgKind::GetChildren => self.server_get_children(core, msg),
            MsgKind::Grant
            | MsgKind::Write
            | MsgKind::WriteAck(_)
            | MsgKind::Watch
            | MsgKind::Children(_)
            | MsgKind::SetNx { .. }
            | MsgKind::Vote { .. }
            | MsgKind::Unlock { .. } => {}
        }
    }

    fn worker_message(&mut self, core: &mut Ctx, msg: Msg) {
        match msg.kind {
            MsgKind::Watch => self.watch_fired(core, msg.worker.0),
            MsgKind::Children(lowest) => self.children_received(core, msg, lowest),
            MsgKind::Request
            | MsgKind::Grant
            | MsgKind::Renew
            | MsgKind::Release
            | MsgKind::Write
            | MsgKind::WriteAck(_)
            | MsgKind::GetChildren
            | MsgKind::SetNx { .. }
            | MsgKind::Vote { .. }
            | MsgKind::Unlock { .. } => {}
        }
    }

    fn wait_timer(&mut self, core: &mut Ctx, w: u32) {
        let _ = (core, w);
    }

    fn timer(&mut self, core: &mut Ctx, timer: Timer) {
        match timer {
            Timer::LeaseCheck { token } => self.lease_check(core, token),
            Timer::DelayEnd { lock } => self.end_lock_delay(core, lock),
            Timer::Replicate { .. } | Timer::ShardLease { .. } => {}
        }
    }

    fn after_event(&mut self, core: &mut Ctx) {
        self.check_locks(core);
    }

    fn on_crash(&mut self, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        for slot in &mut self.table.slots {
            if let Some(l) = slot.holder.as_mut().filter(|l| l.worker == w) {
                l.holder_crashed = true;
            }
        }
        R::on_crash(self, core, w, phase, node);
    }

    fn check_fault(&self, fault: Fault) -> Result<(), LockError> {
        let _ = fault;
        Err(LockError::WrongModel)
    }

    fn apply_fault(&mut self, core: &mut Ctx, fault: Fault) {
        let _ = (core, fault);
    }

    fn slots(&self) -> &[LockSlot] {
        &self.table.slots
    }

    fn slot_is_node(&self) -> bool {
        !R::LEASED
    }

    fn last_token(&self) -> Option<u64> {
        self.rules.last_token(self.table.next_token)
    }

    fn valid_until(&self, w: u32) -> Option<Time> {
        let _ = w;
        None
    }

    fn write_arrived(&mut self, core: &mut Ctx, msg: &Msg) {
        self.rules.on_write(core.now, msg.worker.0, msg.token);
    }
}
