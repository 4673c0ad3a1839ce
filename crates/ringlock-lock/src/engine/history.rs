//! Time travel: a simulation's history as periodic snapshots plus the stamped action log.
//!
//! An action stamped `t` takes effect after every event scheduled at or before `t`, and what
//! it sets off for `t` itself runs at once. So the state at the end of any millisecond is
//! fixed by (start, actions): restore the latest snapshot at or before it, replay the actions
//! up to it, run the clock. Seeking back keeps the later actions, which replay as the clock
//! passes them again; acting in the past drops them — a fork.
//!
//! The history knows the simulation only through [`Replay`]; the lab's is
//! [`crate::Lab`]`= History<Sim>`.

use std::fmt::Debug;
use std::ops::Range;
use std::rc::Rc;

use crate::{Time, MAX_ACTIONS};

/// Logical time between snapshots at first; it doubles whenever the snapshots would exceed
/// [`MAX_SNAPSHOTS`], so a long run costs a bounded amount of memory.
pub const SNAPSHOT_EVERY: Time = 1_000;
/// Most snapshots kept.
pub const MAX_SNAPSHOTS: usize = 32;

/// What a history needs of a simulation: a clock run by events, and checked actions.
pub trait Replay: Clone + Debug {
    /// A user action.
    type Action: Copy + Debug;
    /// Why an action was refused.
    type Error;
    /// Logical time now.
    fn now(&self) -> Time;
    /// When the next event happens, if any is scheduled.
    fn next_event_time(&self) -> Option<Time>;
    /// Process one event.
    fn step(&mut self) -> Option<Time>;
    /// Process every event at or before `t`, then move the clock to `t`.
    fn run_until(&mut self, t: Time);
    /// Check an action without applying it.
    fn check(&self, action: Self::Action) -> Result<(), Self::Error>;
    /// Apply an action now; returns the log entries it produced.
    fn apply(&mut self, action: Self::Action) -> Result<Range<u64>, Self::Error>;
    /// The error for a history that already holds `max` actions.
    fn too_many_actions(max: usize) -> Self::Error;
}

/// An action with the logical time it was applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamped<A> {
    /// When.
    pub at: Time,
    /// What.
    pub action: A,
}

#[derive(Clone, Debug)]
struct Snapshot<S> {
    /// Taken after every event up to its time, before the actions stamped at that time.
    sim: S,
    /// Actions applied in it.
    applied: usize,
}

/// A simulation with its history: what the UI drives.
#[derive(Clone, Debug)]
pub struct History<S: Replay> {
    sim: S,
    actions: Vec<Stamped<S::Action>>,
    applied: usize,
    /// Shared between clones of the history (the app's reducer clones it on every change): a
    /// snapshot never changes once taken, and the list is copied — pointers only — when a
    /// shared one changes ([`Rc::make_mut`]).
    snapshots: Rc<Vec<Rc<Snapshot<S>>>>,
    every: Time,
    next_snap: Time,
    reached: Time,
}

impl<S: Replay> History<S> {
    /// A history starting from `sim` (at time 0).
    pub fn start(sim: S) -> Self {
        History {
            snapshots: Rc::new(vec![Rc::new(Snapshot {
                sim: sim.clone(),
                applied: 0,
            })]),
            sim,
            actions: Vec::new(),
            applied: 0,
            every: SNAPSHOT_EVERY,
            next_snap: SNAPSHOT_EVERY,
            reached: 0,
        }
    }

    /// A history from `sim` that will apply `actions` as its clock reaches them (sorted by
    /// time first; actions at equal times keep their order). Every action is replayed once to
    /// check it; the error gives the position of the first that fails. The history is
    /// returned at time 0.
    pub fn start_with(
        sim: S,
        mut actions: Vec<Stamped<S::Action>>,
    ) -> Result<Self, (usize, S::Error)> {
        actions.sort_by_key(|a| a.at);
        let mut lab = History::start(sim);
        if actions.len() > MAX_ACTIONS {
            return Err((MAX_ACTIONS, S::too_many_actions(MAX_ACTIONS)));
        }
        lab.actions = actions;
        for i in 0..lab.actions.len() {
            let Stamped { at, action } = lab.actions[i];
            lab.advance(at);
            lab.sim.apply(action).map_err(|e| (i, e))?;
            lab.applied += 1;
        }
        lab.seek(0);
        Ok(lab)
    }

    /// The simulation now.
    pub fn sim(&self) -> &S {
        &self.sim
    }

    /// The simulation as it started.
    pub fn first(&self) -> &S {
        &self.snapshots[0].sim
    }

    /// Logical time now.
    pub fn now(&self) -> Time {
        self.sim.now()
    }

    /// The action log: applied ones, then the ones still ahead after a seek back.
    pub fn actions(&self) -> &[Stamped<S::Action>] {
        &self.actions
    }

    /// How many of [`History::actions`] the current state includes.
    pub fn applied(&self) -> usize {
        self.applied
    }

    /// The furthest time this history has been run to, or has actions at: the end of the
    /// scrubber.
    pub fn horizon(&self) -> Time {
        let last = self.actions.last().map_or(0, |a| a.at);
        self.reached.max(last).max(self.now())
    }

    /// Run events (no actions) up to `t`, snapshotting on the way.
    fn advance(&mut self, t: Time) {
        while self.next_snap <= t {
            let s = self.next_snap;
            self.sim.run_until(s);
            self.snapshot(s);
            self.next_snap = (s / self.every + 1) * self.every;
        }
        self.sim.run_until(t);
        self.reached = self.reached.max(self.sim.now());
    }

    fn snapshot(&mut self, at: Time) {
        if self.snapshots.last().is_some_and(|s| s.sim.now() >= at) {
            return; // already taken on this line of history
        }
        let snapshots = Rc::make_mut(&mut self.snapshots);
        snapshots.push(Rc::new(Snapshot {
            sim: self.sim.clone(),
            applied: self.applied,
        }));
        if snapshots.len() > MAX_SNAPSHOTS {
            self.every *= 2;
            let every = self.every;
            snapshots.retain(|s| s.sim.now() % every == 0);
        }
    }

    fn apply_next(&mut self) {
        let Stamped { at, action } = self.actions[self.applied];
        self.advance(at);
        // Checked when it was recorded; determinism makes it succeed again.
        let replayed = self.sim.apply(action);
        debug_assert!(replayed.is_ok(), "replay of {action:?} at {at} failed");
        self.applied += 1;
        self.advance(at);
    }

    /// Process the next event, or the next recorded action if it comes first. False when
    /// nothing is left to happen.
    pub fn step(&mut self) -> bool {
        let next_event = self.sim.next_event_time();
        if let Some(a) = self.actions.get(self.applied) {
            if next_event.is_none_or(|te| a.at < te) {
                self.apply_next();
                return true;
            }
        }
        let Some(te) = next_event else {
            return false;
        };
        self.advance(te.saturating_sub(1));
        self.sim.step();
        self.reached = self.reached.max(self.sim.now());
        true
    }

    /// Run to `t`, applying recorded actions on the way.
    pub fn run_until(&mut self, t: Time) {
        while self.actions.get(self.applied).is_some_and(|a| a.at <= t) {
            self.apply_next();
        }
        self.advance(t);
    }

    /// Run for `dt` more milliseconds.
    pub fn run_for(&mut self, dt: Time) {
        self.run_until(self.now().saturating_add(dt));
    }

    /// Apply an action now. Recorded actions still ahead (after a seek back) are dropped and
    /// the history forks here. On error nothing is recorded.
    pub fn apply(&mut self, action: S::Action) -> Result<Range<u64>, S::Error> {
        if self.applied >= MAX_ACTIONS {
            return Err(S::too_many_actions(MAX_ACTIONS));
        }
        self.sim.check(action)?;
        let now = self.now();
        // Everything already due at this millisecond happens first, as on replay.
        self.advance(now);
        let produced = self.sim.apply(action)?;
        // What the action set off for this same millisecond happens too (a zero think time,
        // a zero latency), so the lab always rests where a rebuild of this time would.
        self.sim.run_until(now);
        let applied = self.applied;
        self.actions.truncate(applied);
        let keep = |s: &Rc<Snapshot<S>>| s.sim.now() <= now && s.applied <= applied;
        if !self.snapshots.iter().all(keep) {
            Rc::make_mut(&mut self.snapshots).retain(keep);
        }
        self.reached = now;
        self.actions.push(Stamped { at: now, action });
        self.applied += 1;
        Ok(produced)
    }

    /// The state at the end of millisecond `t` on this line of history (every event due by
    /// then processed), without moving the lab.
    pub fn rebuild_at(&self, t: Time) -> S {
        self.rebuild(t).0
    }

    fn rebuild(&self, t: Time) -> (S, usize) {
        let snap = self
            .snapshots
            .iter()
            .rev()
            .find(|s| s.sim.now() <= t)
            .unwrap_or(&self.snapshots[0]);
        let mut sim = snap.sim.clone();
        let mut applied = snap.applied;
        while let Some(a) = self.actions.get(applied).filter(|a| a.at <= t) {
            sim.run_until(a.at);
            let replayed = sim.apply(a.action);
            debug_assert!(replayed.is_ok());
            applied += 1;
        }
        sim.run_until(t);
        (sim, applied)
    }

    /// Move to time `t`: forward by running (recorded actions replay), back by rebuilding.
    pub fn seek(&mut self, t: Time) {
        if t >= self.now() {
            self.run_until(t);
            return;
        }
        let (sim, applied) = self.rebuild(t);
        self.sim = sim;
        self.applied = applied;
        self.next_snap = (t / self.every + 1) * self.every;
    }
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
