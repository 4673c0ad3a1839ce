//! What the user can do to a running lab. Every action is checked first: an error leaves the
//! lab untouched.

use std::ops::Range;

use super::sim::Sim;
use crate::protocols::protocol::{Fault, Protocol};
use crate::settings::{Field, LockError, Setting};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId, MAX_WORKERS};

/// A user action, applied at the lab's current logical time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Start this many workers (1–1,000; at most [`MAX_WORKERS`] in all).
    Spawn(u32),
    /// Stop a worker for good. A lock it holds is freed only when its lease runs out (never,
    /// for a local lock).
    Crash(WorkerId),
    /// Freeze a worker for `ms` (1–600,000): no timers, no renewals, messages wait. On waking
    /// it carries on as before — if it held the lock, it still believes it does.
    Pause {
        /// The worker.
        worker: WorkerId,
        /// How long.
        ms: Time,
    },
    /// Wake a paused worker early.
    Resume(WorkerId),
    /// Change a setting.
    Set(Setting),
    /// Redis: the master dies before replicating what it has; the replica takes over.
    Failover,
    /// Redlock: a node's clock jumps forward by `ms` (1–600,000), so its keys expire early.
    ClockJump {
        /// The node, 0–4.
        node: u32,
        /// How far.
        ms: Time,
    },
    /// Redlock: a node is unreachable for `ms` (1–600,000); it keeps its keys.
    CutOff {
        /// The node, 0–4.
        node: u32,
        /// How long.
        ms: Time,
    },
    /// Redlock: a node restarts without persistence — its keys are lost — and is back after
    /// [`crate::Settings::restart_delay`].
    Restart(u32),
    /// Sharded: a ring node dies (numbered from 0 in the order nodes joined). Its locks pass
    /// to the clockwise successors of its points; what those know of them is
    /// [`crate::Settings::shard_fix`].
    KillNode(u32),
    /// Sharded: a dead node comes back, empty, and takes its arcs (and their locks) back.
    ReviveNode(u32),
    /// Sharded: a new node joins the ring (at most 16 in all) and takes over the arcs its
    /// points close.
    JoinNode,
}

impl Action {
    /// The node fault this action is, if it is one.
    fn fault(self) -> Option<Fault> {
        match self {
            Action::Failover => Some(Fault::Failover),
            Action::ClockJump { node, ms } => Some(Fault::ClockJump { node, ms }),
            Action::CutOff { node, ms } => Some(Fault::CutOff { node, ms }),
            Action::Restart(node) => Some(Fault::Restart(node)),
            Action::KillNode(node) => Some(Fault::KillNode(node)),
            Action::ReviveNode(node) => Some(Fault::ReviveNode(node)),
            Action::JoinNode => Some(Fault::JoinNode),
            Action::Spawn(_)
            | Action::Crash(_)
            | Action::Pause { .. }
            | Action::Resume(_)
            | Action::Set(_) => None,
        }
    }
}

impl Sim {
    /// Check an action without applying it.
    pub fn check(&self, action: Action) -> Result<(), LockError> {
        let live = |w: WorkerId| match self.core.workers.get(w.0 as usize) {
            None => Err(LockError::UnknownWorker(w)),
            Some(x) if x.crashed => Err(LockError::Crashed(w)),
            Some(x) => Ok(x),
        };
        match action {
            Action::Spawn(n) => {
                Field::Spawn.check(u64::from(n))?;
                let would_be = self.core.workers.len() + n as usize;
                if would_be > MAX_WORKERS {
                    return Err(LockError::TooManyWorkers {
                        max: MAX_WORKERS,
                        would_be,
                    });
                }
            }
            Action::Crash(w) => {
                live(w)?;
            }
            Action::Pause { worker, ms } => {
                if live(worker)?.paused.is_some() {
                    return Err(LockError::AlreadyPaused(worker));
                }
                Field::Pause.check(ms)?;
            }
            Action::Resume(w) => {
                if live(w)?.paused.is_none() {
                    return Err(LockError::NotPaused(w));
                }
            }
            Action::Set(s) => {
                let mut settings = self.core.settings;
                settings.set(s)?;
            }
            Action::Failover
            | Action::ClockJump { .. }
            | Action::CutOff { .. }
            | Action::Restart(_)
            | Action::KillNode(_)
            | Action::ReviveNode(_)
            | Action::JoinNode => {
                if let Some(fault) = action.fault() {
                    self.proto.check_fault(fault)?;
                }
            }
        }
        Ok(())
    }

    /// Apply an action now. Returns the indices of the log entries it produced (read them
    /// with [`Sim::log_since`]); on error nothing changes.
    pub fn apply(&mut self, action: Action) -> Result<Range<u64>, LockError> {
        self.check(action)?;
        let first = self.log_total();
        let core = &mut self.core;
        match action {
            Action::Spawn(n) => core.spawn_workers(n),
            Action::Crash(w) => {
                let (phase, node) = core.crash(w.0);
                self.proto.on_crash(core, w.0, phase, node);
                core.log(LogKind::Crashed { worker: w });
            }
            Action::Pause { worker, ms } => core.pause(worker.0, ms),
            Action::Resume(w) => self.resume_worker(w.0),
            Action::Set(s) => {
                core.settings.set(s)?;
                core.log(LogKind::Setting(s));
                if s == Setting::Renewal(true) {
                    core.start_renewals();
                }
            }
            Action::Failover
            | Action::ClockJump { .. }
            | Action::CutOff { .. }
            | Action::Restart(_)
            | Action::KillNode(_)
            | Action::ReviveNode(_)
            | Action::JoinNode => {
                if let Some(fault) = action.fault() {
                    self.proto.apply_fault(core, fault);
                }
            }
        }
        self.proto.after_event(&mut self.core);
        Ok(first..self.log_total())
    }
}

#[cfg(test)]
#[path = "action_tests.rs"]
mod tests;
