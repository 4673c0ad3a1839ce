//! The safety monitor: named invariants, checked as every event happens.
//!
//! The simulator tells the monitor what happened (a grant, a renewal, a worker starting to act
//! as holder, an accepted write …); the monitor keeps its own books and never reads the
//! server's queue, so a bug in the server shows up here instead of hiding behind it.

use std::collections::VecDeque;

use super::invariant::{Cause, Invariant, Violation};
use super::overlap::Overlaps;
use crate::{Time, WorkerId};

/// Most violations kept for display; [`Monitor::counts`] covers all of them.
pub const VIOLATIONS_KEPT: usize = 500;

#[derive(Clone, Copy, Debug)]
struct Valid {
    lock: u32,
    worker: u32,
    expires_at: Option<Time>,
}

#[derive(Clone, Copy, Debug)]
struct Request {
    req: u64,
    worker: u32,
    done: bool,
}

#[derive(Clone, Copy, Debug, Default)]
struct Stuck {
    since: Option<Time>,
    reported: bool,
}

/// The monitor's books.
#[derive(Clone, Debug, Default)]
pub struct Monitor {
    valid: Vec<Valid>,
    acting: Vec<u32>,
    last_accepted: Option<(u64, u32)>,
    requests: Vec<VecDeque<Request>>,
    stuck: Vec<Stuck>,
    kept: VecDeque<Violation>,
    counts: [u64; 6],
    /// Redlock: more than one worker held a majority at the last check.
    majorities: bool,
    /// Why two holders overlap.
    overlaps: Overlaps,
    /// Exclusion is per lock (the sharded model: several locks, each guarding its own
    /// resource); otherwise one promise over all locks.
    per_lock: bool,
    /// The lock of each worker's latest grant (per-lock books only).
    lock_of: Vec<u32>,
    /// The last accepted write's (grant, worker) per lock (per-lock books only).
    last_by_lock: Vec<Option<(u64, u32)>>,
}

impl Monitor {
    pub(crate) fn new(locks: usize) -> Self {
        Monitor {
            requests: vec![VecDeque::new(); locks],
            stuck: vec![Stuck::default(); locks],
            ..Monitor::default()
        }
    }

    /// Keep exclusion and write order per lock rather than over all locks: for models whose
    /// locks guard different resources, two holders of two locks are no violation.
    pub(crate) fn per_lock(&mut self) {
        self.per_lock = true;
    }

    /// The lock a worker's latest grant was for (0 when the books are not per lock).
    fn lock_of(&self, worker: u32) -> u32 {
        self.lock_of.get(worker as usize).copied().unwrap_or(0)
    }

    /// Two workers' grants are for the same promise: always, unless the books are per lock.
    fn same_lock(&self, a: u32, b: u32) -> bool {
        !self.per_lock || self.lock_of(a) == self.lock_of(b)
    }

    fn record(&mut self, invariant: Invariant, at: Time, workers: Vec<u32>, lock: Option<u32>) {
        self.record_why(invariant, at, workers, lock, None);
    }

    fn record_why(
        &mut self,
        invariant: Invariant,
        at: Time,
        workers: Vec<u32>,
        lock: Option<u32>,
        cause: Option<Cause>,
    ) {
        self.counts[invariant.index()] += 1;
        if self.kept.len() == VIOLATIONS_KEPT {
            self.kept.pop_front();
        }
        self.kept.push_back(Violation {
            invariant,
            at,
            workers: workers.into_iter().map(WorkerId).collect(),
            lock,
            cause,
        });
    }

    /// Violations so far, by invariant, in [`Invariant::ALL`] order.
    pub fn counts(&self) -> [u64; 6] {
        self.counts
    }

    /// Violations of one invariant so far.
    pub fn count(&self, invariant: Invariant) -> u64 {
        self.counts[invariant.index()]
    }

    /// The last [`VIOLATIONS_KEPT`] violations, oldest first.
    pub fn violations(&self) -> impl Iterator<Item = &Violation> {
        self.kept.iter()
    }

    /// (a) A lock granted itself. Grants whose lease ran out by `now` no longer count.
    pub(crate) fn on_grant(&mut self, now: Time, lock: u32, worker: u32, expires_at: Option<Time>) {
        self.valid.retain(|v| v.expires_at.is_none_or(|e| e > now));
        if self.per_lock {
            let w = worker as usize;
            if self.lock_of.len() <= w {
                self.lock_of.resize(w + 1, 0);
            }
            self.lock_of[w] = lock;
        }
        let per_lock = self.per_lock;
        let same = |v: &&Valid| !per_lock || v.lock == lock;
        let valid = &self.valid;
        let live = |x| valid.iter().filter(same).any(|v| v.worker == x);
        let acting: Vec<u32> = (self.acting.iter().copied())
            .filter(|&a| self.same_lock(a, worker))
            .collect();
        self.overlaps.on_grant(now, worker, &acting, live);
        let mut who = vec![worker];
        who.extend(self.valid.iter().filter(same).map(|v| v.worker));
        if who.len() > 1 {
            self.record(Invariant::LeaseExclusion, now, who, Some(lock));
        }
        self.valid.push(Valid {
            lock,
            worker,
            expires_at,
        });
    }

    pub(crate) fn on_renew(&mut self, lock: u32, worker: u32, expires_at: Time) {
        for v in self.valid.iter_mut() {
            if v.lock == lock && v.worker == worker {
                v.expires_at = Some(expires_at);
            }
        }
    }

    /// A grant was deleted by another worker's release (a plain `DEL`): it ends, and the
    /// next overlap it leads to is its fault, not an expiry's.
    pub(crate) fn on_foreign_delete(&mut self, lock: u32, owner: u32) {
        let expires_at = self
            .valid
            .iter()
            .find(|v| v.lock == lock && v.worker == owner)
            .and_then(|v| v.expires_at);
        self.overlaps.on_foreign_delete(owner, expires_at);
        self.on_lease_end(lock, owner);
    }

    /// A grant ended: released or expired.
    pub(crate) fn on_lease_end(&mut self, lock: u32, worker: u32) {
        self.valid
            .retain(|v| !(v.lock == lock && v.worker == worker));
    }

    /// (b) A running worker began acting as holder. Two at once are tagged with why the
    /// earlier grant ended ([`Cause::Expiry`] or [`Cause::ForeignDelete`]) where known.
    pub(crate) fn on_acting_start(&mut self, now: Time, worker: u32) {
        self.acting.push(worker);
        let others: Vec<u32> = (self.acting.iter().copied())
            .filter(|&w| w != worker && self.same_lock(w, worker))
            .collect();
        if !others.is_empty() {
            let valid = &self.valid;
            let live = |x| {
                valid
                    .iter()
                    .any(|v| v.worker == x && v.expires_at.is_none_or(|e| e > now))
            };
            let cause = self.overlaps.on_overlap(now, worker, &others, live);
            let lock = self.per_lock.then(|| self.lock_of(worker));
            let mut who = vec![worker];
            who.extend(others);
            self.record_why(Invariant::HolderExclusion, now, who, lock, cause);
        } else {
            self.overlaps.on_alone(worker);
        }
    }

    pub(crate) fn on_acting_end(&mut self, worker: u32) {
        self.acting.retain(|&w| w != worker);
    }

    /// (c) Storage accepted a write made under grant number `grant`.
    pub(crate) fn on_write_accepted(&mut self, now: Time, worker: u32, grant: u64) {
        let lock = self.per_lock.then(|| self.lock_of(worker));
        let last = match lock {
            None => &mut self.last_accepted,
            Some(l) => {
                if self.last_by_lock.len() <= l as usize {
                    self.last_by_lock.resize(l as usize + 1, None);
                }
                &mut self.last_by_lock[l as usize]
            }
        };
        match *last {
            Some((last, by)) if grant < last => {
                self.record(Invariant::ResourceOrder, now, vec![worker, by], lock);
            }
            _ => *last = Some((grant, worker)),
        }
    }

    /// FIFO: a lock received a request. Request numbers increase.
    pub(crate) fn on_request(&mut self, lock: u32, req: u64, worker: u32) {
        self.requests[lock as usize].push_back(Request {
            req,
            worker,
            done: false,
        });
    }

    /// FIFO: a lock granted request `req`; an earlier request still waiting was overtaken.
    pub(crate) fn on_request_granted(&mut self, now: Time, lock: u32, req: u64, worker: u32) {
        self.finish(lock, req);
        let queue = &self.requests[lock as usize];
        if let Some(first) = queue.front().filter(|r| r.req < req) {
            let overtaken = first.worker;
            self.record(Invariant::Fifo, now, vec![worker, overtaken], Some(lock));
        }
    }

    /// A request left a queue without a grant (its worker crashed while waiting locally).
    pub(crate) fn on_request_withdrawn(&mut self, lock: u32, req: u64) {
        self.finish(lock, req);
    }

    fn finish(&mut self, lock: u32, req: u64) {
        let queue = &mut self.requests[lock as usize];
        if let Ok(i) = queue.binary_search_by_key(&req, |r| r.req) {
            queue[i].done = true;
        }
        while queue.front().is_some_and(|r| r.done) {
            queue.pop_front();
        }
    }

    /// Starvation: a worker received its grant after waiting `waited`.
    pub(crate) fn on_wait(&mut self, now: Time, worker: u32, waited: Time, bound: Time) {
        if waited > bound {
            self.record(Invariant::Starvation, now, vec![worker], None);
        }
    }

    /// Deadlock: called after every event with whether each lock is stuck, and how
    /// (`None`: not stuck). `who` names the holder and the first waiter, and is only asked
    /// for when a violation is recorded. Returns true when the lock has just become stuck.
    pub(crate) fn check_stuck(
        &mut self,
        now: Time,
        lock: u32,
        stuck: Option<Cause>,
        who: impl FnOnce() -> Vec<u32>,
    ) -> bool {
        let s = &mut self.stuck[lock as usize];
        let Some(cause) = stuck else {
            if s.since.is_some() {
                *s = Stuck::default();
            }
            return false;
        };
        match s.since {
            None => {
                s.since = Some(now);
                return true;
            }
            Some(since) if now > since && !s.reported => {
                s.reported = true;
                self.record_why(Invariant::Deadlock, since, who(), Some(lock), Some(cause));
            }
            Some(_) => {}
        }
        false
    }

    /// (a) under Redlock: the workers holding a majority of keys unexpired by each node's
    /// own clock. More than one is a violation, recorded when it starts.
    pub(crate) fn check_majority(&mut self, now: Time, holders: Vec<u32>) {
        let over = holders.len() > 1;
        if over && !self.majorities {
            self.record(Invariant::LeaseExclusion, now, holders, None);
        }
        self.majorities = over;
    }

    /// Workers acting as holder right now, in the order they started.
    pub fn acting_holders(&self) -> impl Iterator<Item = WorkerId> + '_ {
        self.acting.iter().map(|&w| WorkerId(w))
    }
}

#[cfg(test)]
#[path = "monitor_tests.rs"]
mod tests;
