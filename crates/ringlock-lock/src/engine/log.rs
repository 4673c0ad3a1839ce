//! The event log: what happened, kept for display as a ring buffer of the last [`LOG_LEN`]
//! entries, and hashed in full so two runs can be compared by one number.
//!
//! [`LOG_LEN`]: crate::LOG_LEN

use std::collections::VecDeque;

use crate::vocab::hash::{hash_entry, FNV_OFFSET};
use crate::vocab::log::LogKind;
use crate::Time;

/// One line of the event log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Position in the whole log, from 0.
    pub index: u64,
    /// When it happened.
    pub at: Time,
    /// What happened.
    pub kind: LogKind,
}

/// The last `capacity` entries, plus an FNV-1a hash and a count covering every entry ever.
#[derive(Clone, Debug)]
pub struct EventLog {
    entries: VecDeque<LogEntry>,
    capacity: usize,
    total: u64,
    hash: u64,
}

impl EventLog {
    pub fn new(capacity: usize) -> Self {
        EventLog {
            entries: VecDeque::with_capacity(capacity),
            capacity,
            total: 0,
            hash: FNV_OFFSET,
        }
    }

    pub fn push(&mut self, at: Time, kind: LogKind) {
        self.hash = hash_entry(self.hash, at, &kind);
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
        }
        self.entries.push_back(LogEntry {
            index: self.total,
            at,
            kind,
        });
        self.total += 1;
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn hash(&self) -> u64 {
        self.hash
    }

    /// Kept entries with `index ≥ from`, oldest first.
    pub fn since(&self, from: u64) -> impl Iterator<Item = &LogEntry> {
        let first = self.total - self.entries.len() as u64;
        let skip = from.saturating_sub(first) as usize;
        self.entries.iter().skip(skip)
    }
}

#[cfg(test)]
#[path = "log_tests.rs"]
mod tests;
