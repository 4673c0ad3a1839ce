//! The lab: the simulator with its history ([`History`]), built from a seed and settings.

use std::ops::Range;

use super::action::Action;
use super::sim::Sim;
use crate::engine::history::{History, Replay};
use crate::settings::{LockError, Settings, SettingsError};
use crate::Time;

/// A [`Sim`] with its history: what the UI drives. Snapshots, replay and forks are the
/// engine's [`History`]; what is the lab's own is here.
pub type Lab = History<Sim>;

/// A lab action with the logical time it was applied.
pub type Stamped = crate::engine::history::Stamped<Action>;

impl Replay for Sim {
    type Action = Action;
    type Error = LockError;

    fn now(&self) -> Time {
        Sim::now(self)
    }
    fn next_event_time(&self) -> Option<Time> {
        Sim::next_event_time(self)
    }
    fn step(&mut self) -> Option<Time> {
        Sim::step(self)
    }
    fn run_until(&mut self, t: Time) {
        Sim::run_until(self, t)
    }
    fn check(&self, action: Action) -> Result<(), LockError> {
        Sim::check(self, action)
    }
    fn apply(&mut self, action: Action) -> Result<Range<u64>, LockError> {
        Sim::apply(self, action)
    }
    fn too_many_actions(max: usize) -> LockError {
        LockError::TooManyActions { max }
    }
}

impl History<Sim> {
    /// A lab at time 0.
    pub fn new(seed: u64, settings: Settings) -> Result<Lab, SettingsError> {
        Ok(History::start(Sim::new(seed, settings)?))
    }

    /// A lab that will apply `actions` as its clock reaches them (sorted by time first;
    /// actions at equal times keep their order). Every action is replayed once to check it;
    /// the error gives the position of the first that fails. The lab is returned at time 0.
    pub fn with_actions(
        seed: u64,
        settings: Settings,
        actions: Vec<Stamped>,
    ) -> Result<Lab, (usize, LockError)> {
        let sim = Sim::new(seed, settings).map_err(|e| (0, LockError::Settings(e)))?;
        History::start_with(sim, actions)
    }

    /// FNV-1a hash of the event log so far.
    pub fn log_hash(&self) -> u64 {
        self.sim().log_hash()
    }

    /// Settings the lab started with (the action log holds later changes).
    pub fn initial_settings(&self) -> &Settings {
        self.first().settings()
    }
}
