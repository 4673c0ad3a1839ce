//! Redis with one master and its asynchronous replica. Every change to the master's key
//! reaches the replica [`Settings::repl_lag`] later; a failover promotes the replica with
//! whatever it had. A release may be a plain `DEL` ([`Settings::plain_del`]), which removes
//! whoever's key is there.
//!
//! [`Settings::plain_del`]: crate::Settings::plain_del
//! [`Settings::repl_lag`]: crate::Settings::repl_lag

use super::node::{RKey, RNode};
use super::KeyRules;
use crate::engine::queue::Event;
use crate::protocols::payload::Timer;
use crate::protocols::protocol::{Ctx, Fault};
use crate::settings::{LockError, Settings};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

/// The replica and the replication stream.
#[derive(Clone, Debug, Default)]
pub struct Redis {
    /// The single master's replica, as far as replication has reached.
    pub replica: Option<RKey>,
    /// Writes sent to the replica, and the last it applied (it applies them in order).
    pub sent: u64,
    pub applied: u64,
    /// The master died and the replica took over (it has no replica of its own).
    pub failed_over: bool,
}

impl Redis {
    /// Ship the master's key to the replica, asynchronously.
    fn replicate(&mut self, core: &mut Ctx, nodes: &[RNode]) {
        if self.failed_over {
            return;
        }
        self.sent += 1;
        let (seq, key) = (self.sent, nodes[0].key);
        let at = core.now + core.settings.repl_lag;
        core.schedule(at, Event::Protocol(Timer::Replicate { seq, key }));
    }
}

impl KeyRules for Redis {
    /// The single master's key is the lock: the monitor sees a grant.
    fn on_set(&mut self, core: &mut Ctx, nodes: &[RNode], w: u32, ttl: Time) {
        let now = core.now;
        core.monitor.on_grant(now, 0, w, Some(now + ttl));
        self.replicate(core, nodes);
    }

    fn on_delete(&mut self, core: &mut Ctx, nodes: &[RNode], owner: u32) {
        core.monitor.on_lease_end(0, owner);
        self.replicate(core, nodes);
    }

    fn plain_del(&self, settings: &Settings) -> bool {
        settings.plain_del
    }

    /// A write reached the replica (in order; a later one already applied wins).
    fn replicated(&mut self, seq: u64, key: Option<RKey>) {
        if !self.failed_over && seq > self.applied {
            self.applied = seq;
            self.replica = key;
        }
    }

    fn check_fault(&self, nodes: &[RNode], fault: Fault) -> Result<(), LockError> {
        let _ = nodes;
        match fault {
            Fault::Failover if self.failed_over => Err(LockError::AlreadyFailedOver),
            Fault::Failover => Ok(()),
            Fault::ClockJump { .. }
            | Fault::CutOff { .. }
            | Fault::Restart(_)
            | Fault::KillNode(_)
            | Fault::ReviveNode(_)
            | Fault::JoinNode => Err(LockError::WrongModel),
        }
    }

    /// The master dies; the replica becomes the master with what it had replicated. A key the
    /// master held that had not reached the replica is lost: its holder still acts on it.
    fn apply_fault(&mut self, core: &mut Ctx, nodes: &mut [RNode], fault: Fault) {
        if fault != Fault::Failover {
            return;
        }
        let master = nodes[0].live_key(core.now);
        let lost = master.filter(|k| self.replica.map(|x| x.value) != Some(k.value));
        nodes[0].key = self.replica.take();
        self.failed_over = true;
        core.log(LogKind::FailedOver {
            lost: lost.map(|k| WorkerId(k.worker)),
        });
    }
}
