//! The shared storage the critical section writes to, and its fencing check.

use std::collections::{BTreeMap, VecDeque};

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
    /// The resource written: 0, or under the sharded model the lock's number (each lock
    /// guards its own resource).
    pub resource: u32,
    /// The highest token storage had seen before this write.
    pub highest_before: Option<u64>,
}

/// The shared resource. With fencing on it rejects a token lower than the highest it has
/// seen (Kleppmann's rule; an equal token is the same holder and passes). A write without a
/// token cannot be checked and is accepted. Each resource keeps its own highest token: the
/// one-lock models write to resource 0 only; the sharded model's locks each guard one.
#[derive(Clone, Debug, Default)]
pub struct Storage {
    /// The highest token resource 0 has seen.
    pub highest: Option<u64>,
    /// The highest token each other resource has seen.
    pub others: BTreeMap<u32, u64>,
    pub log: VecDeque<WriteRecord>,
    pub accepted: u64,
    pub rejected: u64,
}

impl Storage {
    /// The highest token a resource has seen.
    pub fn highest_of(&self, resource: u32) -> Option<u64> {
        match resource {
            0 => self.highest,
            r => self.others.get(&r).copied(),
        }
    }

    /// Apply a write to resource 0; returns whether it was accepted.
    #[cfg(test)]
    pub fn write(&mut self, at: Time, worker: WorkerId, token: Option<u64>, fencing: bool) -> bool {
        self.write_to(at, 0, worker, token, fencing)
    }

    /// Apply a write to a resource; returns whether it was accepted.
    pub fn write_to(
        &mut self,
        at: Time,
        resource: u32,
        worker: WorkerId,
        token: Option<u64>,
        fencing: bool,
    ) -> bool {
        let highest_before = self.highest_of(resource);
        let stale = matches!((token, highest_before), (Some(t), Some(h)) if t < h);
        let accepted = !(fencing && stale);
        if accepted {
            self.accepted += 1;
            if let Some(t) = token {
                let highest = highest_before.map_or(t, |h| h.max(t));
                match resource {
                    0 => self.highest = Some(highest),
                    r => {
                        self.others.insert(r, highest);
                    }
                }
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
            resource,
            highest_before,
        });
        accepted
    }
}

#[cfg(test)]
#[path = "storage_tests.rs"]
mod tests;
