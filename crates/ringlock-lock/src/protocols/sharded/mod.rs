//! Locks sharded on a consistent-hash ring (DOMAIN E): each lock name sits on the ring like
//! a key, and each ring node is the lock server — leases, a FIFO queue, fencing tokens — for
//! the locks on its arcs. A worker asks for one lock name at random each time; its request
//! goes to the lock's owner.
//!
//! Membership changes are actions: kill a node (its records are lost: the clockwise
//! successor owns its locks and has no record of them), revive it or join a new one (arcs,
//! and their locks, move to it). Without a fix the new owner grants a held lock again: two
//! holders, which the monitor flags. [`ShardFix::WaitTtl`] and [`ShardFix::HandOff`] prevent
//! it. Fencing tokens come from each node's counter ([`TokenScope::Node`], which restarts
//! low when a lock moves) or carry the configuration epoch ([`TokenScope::Epoch`]).
//!
//! [`ShardFix::WaitTtl`]: crate::settings::ShardFix::WaitTtl
//! [`ShardFix::HandOff`]: crate::settings::ShardFix::HandOff
//! [`TokenScope::Node`]: crate::settings::TokenScope::Node
//! [`TokenScope::Epoch`]: crate::settings::TokenScope::Epoch

pub mod change;
pub mod ring;
pub mod server;

use super::lease::server::check_slots;
use super::lease::table::{LockSlot, LockTable, FIRST_TOKEN};
use super::payload::Timer;
use super::protocol::{Ctx, Fault, Msg, Protocol};
use crate::engine::net::MsgKind;
use crate::engine::worker::WorkerState;
use crate::settings::{LockError, Settings};
use crate::Time;
use ring::ShardRing;

/// A lock that moved in the last membership change, for the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LockMove {
    /// The lock.
    pub lock: u32,
    /// Its owner before.
    pub from: u32,
    /// Its owner now.
    pub to: u32,
    /// Someone held it (by the old owner's record) when it moved.
    pub held: bool,
    /// Its record went with it.
    pub kept: bool,
    /// The new owner waits one TTL before granting it.
    pub waits: bool,
}

/// The sharded model's state: the ring, one lock slot per lock name, each node's token
/// counter and the configuration epoch.
#[derive(Clone, Debug)]
pub struct Sharded {
    pub ring: ShardRing,
    /// One slot per lock name; the owner's record of it (lost when it moves without a fix).
    pub table: LockTable,
    /// The next token counter of each node.
    pub counters: Vec<u64>,
    /// Raised by every membership change.
    pub epoch: u64,
    pub last_token: Option<u64>,
    /// The longest TTL any node has granted or renewed with: one "TTL" to wait.
    pub max_ttl: Time,
    /// The locks the last membership change moved, and when.
    pub moves: Vec<LockMove>,
    pub changed_at: Option<Time>,
}

impl Sharded {
    pub fn new(settings: &Settings) -> Self {
        let ring = ShardRing::new(settings.nodes, settings.vnodes, settings.locks);
        Sharded {
            counters: vec![FIRST_TOKEN; ring.node_count() as usize],
            ring,
            table: LockTable::new(settings.locks as usize),
            epoch: 0,
            last_token: None,
            max_ttl: settings.ttl,
            moves: Vec::new(),
            changed_at: None,
        }
    }
}

impl Protocol for Sharded {
    fn slot_count(&self) -> usize {
        self.table.slots.len()
    }

    fn leased(&self) -> bool {
        true
    }

    fn request(&mut self, core: &mut Ctx, w: u32) {
        self.ask(core, w);
    }

    fn release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64, node: u32) {
        let _ = node;
        self.send_release(core, w, token, grant);
    }

    fn deliver(&mut self, core: &mut Ctx, msg: Msg) {
        match msg.kind {
            MsgKind::Request => self.on_request(core, msg),
            MsgKind::Renew => self.on_renew(core, msg),
            MsgKind::Release => self.on_release(core, msg),
            MsgKind::Grant
            | MsgKind::Write
            | MsgKind::WriteAck(_)
            | MsgKind::Watch
            | MsgKind::GetChildren
            | MsgKind::Children(_)
            | MsgKind::SetNx { .. }
            | MsgKind::Vote { .. }
            | MsgKind::Unlock { .. } => {}
        }
    }

    fn worker_message(&mut self, core: &mut Ctx, msg: Msg) {
        let _ = (core, msg);
    }

    fn wait_timer(&mut self, core: &mut Ctx, w: u32) {
        let _ = (core, w);
    }

    fn timer(&mut self, core: &mut Ctx, timer: Timer) {
        match timer {
            Timer::ShardLease { lock, grant } => self.lease_check(core, lock, grant),
            Timer::DelayEnd { lock } => self.wait_over(core, lock),
            Timer::LeaseCheck { .. } | Timer::Replicate { .. } => {}
        }
    }

    fn after_event(&mut self, core: &mut Ctx) {
        check_slots(&self.table.slots, core);
    }

    fn on_crash(&mut self, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        let _ = (core, phase, node);
        for slot in &mut self.table.slots {
            if let Some(l) = slot.holder.as_mut().filter(|l| l.worker == w) {
                l.holder_crashed = true;
            }
        }
    }

    fn check_fault(&self, fault: Fault) -> Result<(), LockError> {
        self.check_change(fault)
    }

    fn apply_fault(&mut self, core: &mut Ctx, fault: Fault) {
        self.apply_change(core, fault);
    }

    fn slots(&self) -> &[LockSlot] {
        &self.table.slots
    }

    fn slot_is_node(&self) -> bool {
        false
    }

    fn last_token(&self) -> Option<u64> {
        self.last_token
    }

    fn valid_until(&self, w: u32) -> Option<Time> {
        let _ = w;
        None
    }

    fn locks_apart(&self) -> bool {
        true
    }
}

#[cfg(test)]
#[path = "sharded_tests.rs"]
mod tests;
