//! The key family: Redis as a lock service. A client `SET`s a key with a random value on
//! every master, counts the answers, and deletes its keys to let go. One master with an
//! asynchronous replica ([`redis`]) or Redlock's five independent masters ([`redlock`]); what
//! differs is in each model's [`KeyRules`].

pub mod client;
pub mod key;
pub mod node;
pub mod redis;
pub mod redlock;

use std::fmt::Debug;

use super::lease::table::LockSlot;
use super::payload::{Data, Timer};
use super::protocol::{Ctx, Fault, Msg, Protocol};
use crate::engine::net::MsgKind;
use crate::engine::worker::WorkerState;
use crate::settings::{LockError, Settings};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};
use client::Client;
use node::{RKey, RNode};

/// What one model of the key family does its own way.
pub trait KeyRules: Clone + Debug {
    /// A key was set on a master for worker `w` with `ttl`.
    fn on_set(&mut self, core: &mut Ctx, nodes: &[RNode], w: u32, ttl: Time) {
        let _ = (core, nodes, w, ttl);
    }
    /// `owner`'s key was deleted from a master.
    fn on_delete(&mut self, core: &mut Ctx, nodes: &[RNode], owner: u32) {
        let _ = (core, nodes, owner);
    }
    /// A release is a plain `DEL` rather than the compare-and-delete script.
    fn plain_del(&self, settings: &Settings) -> bool {
        let _ = settings;
        false
    }
    /// A write reached the replica.
    fn replicated(&mut self, seq: u64, key: Option<RKey>) {
        let _ = (seq, key);
    }
    /// The checks after every event and action.
    fn after_event(&mut self, core: &mut Ctx, nodes: &[RNode]) {
        let _ = (core, nodes);
    }
    /// Whether a fault applies to this model (the node exists, the master can still fail).
    fn check_fault(&self, nodes: &[RNode], fault: Fault) -> Result<(), LockError>;
    /// Apply a checked fault.
    fn apply_fault(&mut self, core: &mut Ctx, nodes: &mut [RNode], fault: Fault);
}

/// A model of the key family: the masters, the clients' attempts, and the model's rules.
#[derive(Clone, Debug)]
pub struct KeyLock<R> {
    pub nodes: Vec<RNode>,
    pub clients: Vec<Client>,
    pub rules: R,
}

impl<R: KeyRules> KeyLock<R> {
    pub fn new(masters: usize, rules: R) -> Self {
        KeyLock {
            nodes: vec![RNode::default(); masters],
            clients: Vec::new(),
            rules,
        }
    }

    /// A Redis message about `worker`'s key, carrying the `SET`'s value (and its `PX`).
    pub fn send(&self, core: &mut Ctx, kind: MsgKind, worker: u32, value: u64, px: Time) {
        let msg = Msg {
            kind,
            worker: WorkerId(worker),
            token: None,
            grant: 0,
            sent_at: core.now,
            data: Data { value, px, lock: 0 },
        };
        core.put_on_wire(msg);
    }

    /// A `SET NX PX` reached a node; a node that is down loses it (the client's timeout
    /// covers it).
    fn node_set(&mut self, core: &mut Ctx, msg: Msg, node: u32) {
        let now = core.now;
        if !self.nodes[node as usize].up(now) {
            return;
        }
        let won = self.nodes[node as usize].set(core, &msg, node);
        if won {
            core.tally.votes_won += 1;
            self.rules
                .on_set(core, &self.nodes, msg.worker.0, msg.data.px);
        } else {
            core.tally.votes_lost += 1;
        }
        self.send(
            core,
            MsgKind::Vote { node, yes: won },
            msg.worker.0,
            msg.data.value,
            0,
        );
    }

    /// An unlock reached a node.
    fn node_unlock(&mut self, core: &mut Ctx, msg: Msg, node: u32, plain: bool) {
        let now = core.now;
        let n = &mut self.nodes[node as usize];
        if !n.up(now) {
            return;
        }
        let owner = n.unlock(now, &msg, plain);
        if let Some(o) = owner.filter(|&o| o != msg.worker.0) {
            core.tally.foreign_deletes += 1;
            core.monitor.on_foreign_delete(0, o);
        }
        if let Some(o) = owner {
            self.rules.on_delete(core, &self.nodes, o);
        }
        core.log(LogKind::KeyDeleted {
            worker: msg.worker,
            node,
            owner: owner.map(WorkerId),
        });
    }
}

impl<R: KeyRules> Protocol for KeyLock<R> {
    fn slot_count(&self) -> usize {
        0
    }

    fn leased(&self) -> bool {
        false
    }

    fn request(&mut self, core: &mut Ctx, w: u32) {
        self.start_attempt(core, w);
    }

    fn release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64, node: u32) {
        let _ = (token, grant, node);
        self.release_keys(core, w);
    }

    fn deliver(&mut self, core: &mut Ctx, msg: Msg) {
        match msg.kind {
            MsgKind::SetNx { node } => self.node_set(core, msg, node),
            MsgKind::Unlock { node, plain } => self.node_unlock(core, msg, node, plain),
            MsgKind::Request
            | MsgKind::Grant
            | MsgKind::Renew
            | MsgKind::Release
            | MsgKind::Write
            | MsgKind::WriteAck(_)
            | MsgKind::Watch
            | MsgKind::GetChildren
            | MsgKind::Children(_)
            | MsgKind::Vote { .. } => {}
        }
    }

    fn worker_message(&mut self, core: &mut Ctx, msg: Msg) {
        if let MsgKind::Vote { node, yes } = msg.kind {
            self.vote_received(core, msg.worker.0, node, yes, msg.data.value);
        }
    }

    fn wait_timer(&mut self, core: &mut Ctx, w: u32) {
        self.client_timer(core, w);
    }

    fn timer(&mut self, core: &mut Ctx, timer: Timer) {
        let _ = core;
        match timer {
            Timer::Replicate { seq, key } => self.rules.replicated(seq, key),
            Timer::LeaseCheck { .. } | Timer::DelayEnd { .. } | Timer::ShardLease { .. } => {}
        }
    }

    fn after_event(&mut self, core: &mut Ctx) {
        self.rules.after_event(core, &self.nodes);
    }

    fn on_crash(&mut self, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        let _ = (w, node);
        if phase.believes_holding() {
            core.tally.on_hold_end(core.now);
        }
    }

    fn check_fault(&self, fault: Fault) -> Result<(), LockError> {
        self.rules.check_fault(&self.nodes, fault)
    }

    fn apply_fault(&mut self, core: &mut Ctx, fault: Fault) {
        self.rules.apply_fault(core, &mut self.nodes, fault);
    }

    fn slots(&self) -> &[LockSlot] {
        &[]
    }

    fn slot_is_node(&self) -> bool {
        false
    }

    fn last_token(&self) -> Option<u64> {
        None
    }

    fn valid_until(&self, w: u32) -> Option<Time> {
        self.clients.get(w as usize).and_then(|c| c.valid_until)
    }
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
