//! The shared storage the critical section writes to, and its fencing check.

use std::collections::VecDeque;

use crate::{Time, WorkerId};

/// Most writes kept in the storage log.
pub const STORAGE_LOG_LEN: usize = 256;

/// One write as storage saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteRecord {
    /// When it arrived.
    pub at: Time,
    /// Who wrote.
    pub worker: WorkerId,
    /// The token it carried (none under a local lock).
    pub token: Option<u64>,
    /// Accepted, or rejected by fencing.
    pub accepted: bool,
    /// The highest token storage had seen before this write.
    pub highest_before: Option<u64>,
}

/// The shared resource. With fencing on it rejects a token lower than the highest it has
/// seen (Kleppmann's rule; an equal token is the same holder and passes). A write without a
/// token cannot be checked and is accepted.
#[derive(Clone, Debug, Default)]
pub struct Storage {
    pub highest: Option<u64>,
    pub log: VecDeque<WriteRecord>,
    pub accepted: u64,
    pub rejected: u64,
}

impl Storage {
    /// Apply a write; returns whether it was accepted.
    pub fn write(&mut self, at: Time, worker: WorkerId, token: Option<u64>, fencing: bool) -> bool {
        let highest_before = self.highest;
        let stale = matches!((token, highest_before), (Some(t), Some(h)) if t < h);
        let accepted = !(fencing && stale);
        if accepted {
            self.accepted += 1;
            if let Some(t) = token {
                self.highest = Some(highest_before.map_or(t, |h| h.max(t)));
            }
        } else {
            self.rejected += 1;
        }
        if self.log.len() == STORAGE_LOG_LEN {
            self.log.pop_front();
        }
        self.log.push_back(WriteRecord {
            at,
            worker,
            token,
            accepted,
            highest_before,
        });
        accepted
    }
}

#[cfg(test)]
#[path = "storage_tests.rs"]
mod tests;
