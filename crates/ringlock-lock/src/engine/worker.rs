//! A worker's life: think → request → wait → hold → write → release → think, as data.
//!
//! The *phase* is where the worker is in that cycle. Crashing and pausing sit on top of it: a
//! paused worker keeps its phase (and the time left on its timer) so that on resuming it
//! carries on exactly where it froze, believing what it believed before — the GC-pause
//! problem in one field.

use std::collections::VecDeque;

use super::net::Msg;
use crate::Time;

/// Most state intervals kept per worker for its timeline.
pub const TIMELINE_LEN: usize = 12;

/// What a worker is doing, as the UI shows it. Every worker is in exactly one state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkerState {
    /// Between critical sections.
    Thinking,
    /// Its request is on the way to the lock server.
    Requesting,
    /// Queued at the lock, or its grant is on the way.
    Waiting,
    /// In the critical section, believing it holds the lock.
    Holding,
    /// Its write is on the way to storage (or the answer on the way back); it still believes
    /// it holds the lock.
    Writing,
    /// Frozen (a GC pause, a VM stall): no timers fire, messages wait in its inbox.
    Paused,
    /// Stopped for good. Messages to it are lost.
    Crashed,
}

impl WorkerState {
    /// All states, in display order.
    pub const ALL: [WorkerState; 7] = [
        WorkerState::Thinking,
        WorkerState::Requesting,
        WorkerState::Waiting,
        WorkerState::Holding,
        WorkerState::Writing,
        WorkerState::Paused,
        WorkerState::Crashed,
    ];

    /// Position in [`WorkerState::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A worker in this phase acts as the lock holder.
    pub fn believes_holding(self) -> bool {
        matches!(self, WorkerState::Holding | WorkerState::Writing)
    }
}

/// One stretch of a worker's timeline: `state` from `from` until `to` (`None`: still now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    /// The state.
    pub state: WorkerState,
    /// Start.
    pub from: Time,
    /// End, if it has ended.
    pub to: Option<Time>,
}

/// Time left on a paused worker's timers, to restart them on resume.
#[derive(Clone, Copy, Debug)]
pub struct Frozen {
    pub until: Time,
    pub activity_left: Option<Time>,
    pub renew_left: Option<Time>,
}

/// One worker, as the engine keeps it. What a protocol keeps per worker (a Redis client's
/// attempt) lives in the protocol.
#[derive(Clone, Debug)]
pub struct Worker<D> {
    pub node: u32,
    /// One of the five cycle states.
    pub phase: WorkerState,
    pub crashed: bool,
    pub paused: Option<Frozen>,
    /// Bumped by crash, pause and resume; timers carrying an older epoch are ignored.
    pub epoch: u32,
    /// When the think or hold timer fires.
    pub deadline: Option<Time>,
    /// When the next renewal is sent.
    pub renew_at: Option<Time>,
    pub token: Option<u64>,
    pub grant: u64,
    /// The resource its critical section writes to: 0, or under the sharded model the lock
    /// it last asked for (set by the protocol when it asks).
    pub resource: u32,
    pub requested_at: Time,
    /// Messages that arrived while paused, in arrival order.
    pub inbox: Vec<Msg<D>>,
    /// Grants received: xᵢ in L = (1/N)·Σxᵢ.
    pub grants: u64,
    /// State shown now, and since when.
    pub shown: WorkerState,
    pub since: Time,
    /// Closed intervals, oldest first.
    pub past: VecDeque<Interval>,
}

impl<D> Worker<D> {
    pub fn new(node: u32, now: Time) -> Self {
        Worker {
            node,
            phase: WorkerState::Thinking,
            crashed: false,
            paused: None,
            epoch: 0,
            deadline: None,
            renew_at: None,
            token: None,
            grant: 0,
            resource: 0,
            requested_at: now,
            inbox: Vec::new(),
            grants: 0,
            shown: WorkerState::Thinking,
            since: now,
            past: VecDeque::new(),
        }
    }

    pub fn state(&self) -> WorkerState {
        if self.crashed {
            WorkerState::Crashed
        } else if self.paused.is_some() {
            WorkerState::Paused
        } else {
            self.phase
        }
    }

    /// Acting as holder: running (not paused, not crashed) in a holding phase.
    pub fn acting_holder(&self) -> bool {
        !self.crashed && self.paused.is_none() && self.phase.believes_holding()
    }

    /// Runs timers and handles messages: not crashed, not paused.
    pub fn running(&self) -> bool {
        !self.crashed && self.paused.is_none()
    }

    /// Record a change of the shown state in the timeline.
    pub fn note(&mut self, now: Time) {
        let state = self.state();
        if state == self.shown {
            return;
        }
        if self.past.len() == TIMELINE_LEN {
            self.past.pop_front();
        }
        self.past.push_back(Interval {
            state: self.shown,
            from: self.since,
            to: Some(now),
        });
        self.shown = state;
        self.since = now;
    }

    /// The timeline, oldest first, ending with the open interval.
    pub fn timeline(&self) -> impl Iterator<Item = Interval> + '_ {
        self.past.iter().copied().chain(std::iter::once(Interval {
            state: self.shown,
            from: self.since,
            to: None,
        }))
    }
}

#[cfg(test)]
#[path = "worker_tests.rs"]
mod tests;
