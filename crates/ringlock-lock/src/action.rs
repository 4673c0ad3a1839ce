//! What the user can do to a running lab. Every action is checked first: an error leaves the
//! lab untouched.

use std::ops::Range;

use super::event::Event;
use super::limits::{Field, LockError};
use super::log::LogKind;
use super::settings::{Model, Setting};
use super::sim::Sim;
use super::worker::{Frozen, WorkerState};
use super::{Time, WorkerId, MAX_WORKERS};

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
    /// [`super::Settings::restart_delay`].
    Restart(u32),
}

impl Sim {
    /// Check an action without applying it.
    pub fn check(&self, action: Action) -> Result<(), LockError> {
        let live = |w: WorkerId| match self.workers.get(w.0 as usize) {
            None => Err(LockError::UnknownWorker(w)),
            Some(x) if x.crashed => Err(LockError::Crashed(w)),
            Some(x) => Ok(x),
        };
        match action {
            Action::Spawn(n) => {
                Field::Spawn.check(u64::from(n))?;
                let would_be = self.workers.len() + n as usize;
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
                let mut settings = self.settings;
                settings.set(s)?;
            }
            Action::Failover => self.check_redis_action(None, None)?,
            Action::ClockJump { node, ms } => {
                self.check_redis_action(Some(node), Some((Field::ClockJump, ms)))?
            }
            Action::CutOff { node, ms } => {
                self.check_redis_action(Some(node), Some((Field::Outage, ms)))?
            }
            Action::Restart(node) => self.check_redis_action(Some(node), None)?,
        }
        Ok(())
    }

    /// Apply an action now. Returns the indices of the log entries it produced (read them
    /// with [`Sim::log_since`]); on error nothing changes.
    pub fn apply(&mut self, action: Action) -> Result<Range<u64>, LockError> {
        self.check(action)?;
        let first = self.log_total();
        match action {
            Action::Spawn(n) => self.spawn_workers(n),
            Action::Crash(w) => self.crash(w.0),
            Action::Pause { worker, ms } => self.pause(worker.0, ms),
            Action::Resume(w) => self.resume_worker(w.0),
            Action::Set(s) => {
                self.settings.set(s)?;
                self.log(LogKind::Setting(s));
                if s == Setting::Renewal(true) {
                    self.start_renewals();
                }
            }
            Action::Failover => self.failover(),
            Action::ClockJump { node, ms } => self.clock_jump(node, ms),
            Action::CutOff { node, ms } => self.cut_off(node, ms),
            Action::Restart(node) => self.restart_node(node),
        }
        self.check_locks();
        self.check_majority();
        Ok(first..self.log_total())
    }

    /// Renewal switched on: running holders start renewing now rather than from their next
    /// grant. (Paused ones start when they wake, like their other timers.)
    fn start_renewals(&mut self) {
        if !self.settings.model.leased() {
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

    fn crash(&mut self, w: u32) {
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
        if self.settings.model.redis() && phase.believes_holding() {
            self.tally.on_hold_end(self.now);
        }
        for slot in &mut self.locks {
            if let Some(l) = slot.holder.as_mut().filter(|l| l.worker == w) {
                l.holder_crashed = true;
            }
        }
        // A thread waiting on an in-process lock dies with its wait. The server, in contrast,
        // never learns of a crash: the request stays queued, is granted, and the lease expires.
        if self.settings.model == Model::LocalLock && phase == WorkerState::Waiting {
            let queue = &mut self.locks[node as usize].queue;
            if let Some(i) = queue.iter().position(|x| x.worker == w) {
                if let Some(waiter) = queue.remove(i) {
                    self.monitor.on_request_withdrawn(node, waiter.req);
                }
            }
        }
        self.log(LogKind::Crashed {
            worker: WorkerId(w),
        });
    }

    fn pause(&mut self, w: u32, ms: Time) {
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

    /// Wake a paused worker: restart its timers with the time they had left, then hand it the
    /// messages that arrived while it slept.
    pub(crate) fn resume_worker(&mut self, w: u32) {
        let now = self.now;
        let worker = &mut self.workers[w as usize];
        let Some(frozen) = worker.paused.take() else {
            return;
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
                WorkerState::Waiting => Event::ClientTimer { worker: w, epoch },
                _ => Event::ThinkDone { worker: w, epoch },
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
        for msg in std::mem::take(&mut self.workers[w as usize].inbox) {
            self.worker_handle(msg);
        }
    }
}

#[cfg(test)]
#[path = "action_unit_tests.rs"]
mod tests;
