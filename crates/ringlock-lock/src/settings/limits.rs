//! Limits of every setting, and the errors: a value outside them, an action refused.

use super::span::Span;
use crate::WorkerId;

/// A setting that can be named in an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// [`crate::Settings::workers`].
    Workers,
    /// [`crate::Settings::nodes`].
    Nodes,
    /// [`crate::Settings::ttl`].
    Ttl,
    /// [`crate::Settings::latency`].
    Latency,
    /// [`crate::Settings::jitter`].
    Jitter,
    /// [`crate::Settings::think`].
    Think,
    /// [`crate::Settings::hold`].
    Hold,
    /// [`crate::Settings::pause`].
    Pause,
    /// [`crate::Settings::starvation`].
    Starvation,
    /// Workers added by one spawn action.
    Spawn,
    /// [`crate::Settings::lock_delay`].
    LockDelay,
    /// [`crate::Settings::repl_lag`].
    ReplLag,
    /// [`crate::Settings::restart_delay`].
    RestartDelay,
    /// How far a Redlock node's clock jumps forward in one action.
    ClockJump,
    /// How long a Redlock node is cut off from the network in one action.
    Outage,
    /// [`crate::Settings::locks`].
    Locks,
    /// [`crate::Settings::vnodes`].
    Vnodes,
}

impl Field {
    /// Inclusive limits of the field.
    pub const fn limits(self) -> (u64, u64) {
        match self {
            Field::Workers => (0, crate::MAX_WORKERS as u64),
            Field::Nodes => (1, 16),
            Field::Ttl => (100, 60_000),
            Field::Latency => (0, 2_000),
            Field::Jitter => (0, 2_000),
            Field::Think => (0, 60_000),
            Field::Hold => (1, 60_000),
            Field::Pause => (1, 600_000),
            Field::Starvation => (100, 3_600_000),
            Field::Spawn => (1, crate::MAX_WORKERS as u64),
            Field::LockDelay => (0, 60_000),
            Field::ReplLag => (0, 60_000),
            Field::RestartDelay => (0, 600_000),
            Field::ClockJump => (1, 600_000),
            Field::Outage => (1, 600_000),
            Field::Locks => (1, 64),
            Field::Vnodes => (1, 256),
        }
    }

    /// Check a value against the limits.
    pub fn check(self, value: u64) -> Result<u64, SettingsError> {
        let (min, max) = self.limits();
        if (min..=max).contains(&value) {
            Ok(value)
        } else {
            Err(SettingsError::OutOfRange {
                field: self,
                value,
                min,
                max,
            })
        }
    }

    pub(crate) fn check_span(self, span: Span) -> Result<Span, SettingsError> {
        self.check(span.min)?;
        self.check(span.max)?;
        if span.min > span.max {
            return Err(SettingsError::Reversed {
                field: self,
                min: span.min,
                max: span.max,
            });
        }
        Ok(span)
    }
}

/// Why a setting was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// A value outside the field's inclusive limits.
    OutOfRange {
        /// The field.
        field: Field,
        /// The value given.
        value: u64,
        /// Smallest allowed.
        min: u64,
        /// Largest allowed.
        max: u64,
    },
    /// A range whose minimum exceeds its maximum.
    Reversed {
        /// The field.
        field: Field,
        /// The minimum given.
        min: u64,
        /// The maximum given.
        max: u64,
    },
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingsError::OutOfRange {
                field,
                value,
                min,
                max,
            } => write!(f, "{field:?} = {value} is outside {min}–{max}"),
            SettingsError::Reversed { field, min, max } => {
                write!(f, "{field:?}: the minimum {min} exceeds the maximum {max}")
            }
        }
    }
}

impl std::error::Error for SettingsError {}

/// Why an action was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockError {
    /// No worker has this id.
    UnknownWorker(WorkerId),
    /// The worker has crashed; it cannot be paused, resumed or crashed again.
    Crashed(WorkerId),
    /// The worker is already paused.
    AlreadyPaused(WorkerId),
    /// The worker is not paused.
    NotPaused(WorkerId),
    /// Spawning would exceed [`crate::MAX_WORKERS`].
    TooManyWorkers {
        /// The limit.
        max: usize,
        /// How many there would be.
        would_be: usize,
    },
    /// A value out of range.
    Settings(SettingsError),
    /// The history already holds [`crate::MAX_ACTIONS`] actions.
    TooManyActions {
        /// The limit.
        max: usize,
    },
    /// The action belongs to another lock model (a failover to Redis, a node fault to
    /// Redlock).
    WrongModel,
    /// There is no Redlock node with this number.
    UnknownNode(u32),
    /// The master has already failed over; its replica is gone with it.
    AlreadyFailedOver,
    /// Sharded: the node is already down.
    NodeDown(u32),
    /// Sharded: the node is already up.
    NodeUp(u32),
    /// Sharded: the last live node cannot be killed; its locks would have nowhere to go.
    LastNode,
    /// Sharded: the ring already has this many nodes.
    RingFull(u32),
}

impl From<SettingsError> for LockError {
    fn from(e: SettingsError) -> Self {
        LockError::Settings(e)
    }
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::UnknownWorker(w) => write!(f, "there is no worker {}", w.0),
            LockError::Crashed(w) => write!(f, "worker {} has crashed", w.0),
            LockError::AlreadyPaused(w) => write!(f, "worker {} is already paused", w.0),
            LockError::NotPaused(w) => write!(f, "worker {} is not paused", w.0),
            LockError::TooManyWorkers { max, would_be } => {
                write!(f, "{would_be} workers exceed the limit of {max}")
            }
            LockError::Settings(e) => write!(f, "{e}"),
            LockError::TooManyActions { max } => {
                write!(f, "the history holds at most {max} actions")
            }
            LockError::WrongModel => write!(f, "this action needs another lock model"),
            LockError::UnknownNode(n) => write!(f, "there is no node {n}"),
            LockError::AlreadyFailedOver => write!(f, "the master has already failed over"),
            LockError::NodeDown(n) => write!(f, "node {n} is already down"),
            LockError::NodeUp(n) => write!(f, "node {n} is already up"),
            LockError::LastNode => write!(f, "the last live node cannot be killed"),
            LockError::RingFull(max) => write!(f, "the ring already has {max} nodes"),
        }
    }
}

impl std::error::Error for LockError {}

#[cfg(test)]
#[path = "limits_tests.rs"]
mod tests;
