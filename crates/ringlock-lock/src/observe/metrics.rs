//! Fairness and performance numbers: the article's L, Jain's index, wait percentiles,
//! throughput and utilisation.

use crate::Time;

/// Sub-buckets per power of two in the wait histogram: values below 64 ms are exact, larger
/// ones are rounded down to within 1/32 (about 3 %).
const SUB_BITS: u32 = 5;
const EXACT: u64 = 1 << (SUB_BITS + 1);

/// A log-linear histogram of wait times: bounded memory however long the lab runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Histogram {
    buckets: Vec<u64>,
    count: u64,
}

fn bucket(v: u64) -> usize {
    if v < EXACT {
        return v as usize;
    }
    let e = 63 - v.leading_zeros();
    let top = v >> (e - SUB_BITS);
    (EXACT + u64::from(e - SUB_BITS - 1) * (1 << SUB_BITS) + top - (1 << SUB_BITS)) as usize
}

fn lower_bound(b: usize) -> u64 {
    let b = b as u64;
    if b < EXACT {
        return b;
    }
    let e = (b - EXACT) / (1 << SUB_BITS) + u64::from(SUB_BITS) + 1;
    let top = (b - EXACT) % (1 << SUB_BITS) + (1 << SUB_BITS);
    top << (e - u64::from(SUB_BITS))
}

impl Histogram {
    pub fn add(&mut self, v: u64) {
        let b = bucket(v);
        if self.buckets.len() <= b {
            self.buckets.resize(b + 1, 0);
        }
        self.buckets[b] += 1;
        self.count += 1;
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// The smallest bucket value at or below which at least `q` of the samples lie.
    pub fn quantile(&self, q: f64) -> Option<u64> {
        if self.count == 0 {
            return None;
        }
        let rank = ((q * self.count as f64).ceil() as u64).clamp(1, self.count);
        let mut seen = 0;
        for (b, &n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Some(lower_bound(b));
            }
        }
        None
    }
}

/// Running totals the simulator keeps for the metrics.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tally {
    pub waits: Histogram,
    pub wait_max: Time,
    pub grants: u64,
    /// Locks currently held, and since when at least one has been.
    pub held: u32,
    pub held_since: Time,
    pub held_total: Time,
    /// Messages sent, all kinds.
    pub messages: u64,
    /// ZooKeeper watch notifications sent.
    pub wakeups: u64,
    /// Grants made when a lock was freed to a waiter (as opposed to a request finding it free).
    pub handoffs: u64,
    /// Lock-delays that have ended, in total.
    pub delayed_total: Time,
    /// Redis: `SET NX` answers that set the key, and that found it taken.
    pub votes_won: u64,
    pub votes_lost: u64,
    /// Redis: attempts that failed and were retried.
    pub retries: u64,
    /// Redis: unlocks that deleted another worker's key (plain `DEL`).
    pub foreign_deletes: u64,
}

impl Tally {
    pub fn on_wait(&mut self, waited: Time) {
        self.waits.add(waited);
        self.wait_max = self.wait_max.max(waited);
        self.grants += 1;
    }

    pub fn on_hold_start(&mut self, now: Time) {
        if self.held == 0 {
            self.held_since = now;
        }
        self.held += 1;
    }

    pub fn on_hold_end(&mut self, now: Time) {
        self.held = self.held.saturating_sub(1);
        if self.held == 0 {
            self.held_total += now - self.held_since;
        }
    }

    pub fn held_time(&self, now: Time) -> Time {
        self.held_total
            + if self.held > 0 {
                now - self.held_since
            } else {
                0
            }
    }
}

/// The lab's numbers at one moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    /// Logical time they describe.
    pub now: Time,
    /// Grants received by each worker (xᵢ), by worker id, crashed workers included.
    pub grants_per_worker: Vec<u64>,
    /// Workers counted in `mean_grants` and `jain`: those not crashed.
    pub counted: usize,
    /// The article's L = (1/N)·Σxᵢ over the counted workers.
    pub mean_grants: Option<f64>,
    /// Jain's index over the counted workers.
    pub jain: Option<f64>,
    /// Grants received in all.
    pub grants: u64,
    /// Completed waits (from asking to holding) measured.
    pub waits: u64,
    /// Median wait from asking to holding (within 1/32 above 64 ms).
    pub wait_p50: Option<Time>,
    /// 99th-percentile wait.
    pub wait_p99: Option<Time>,
    /// Longest completed wait.
    pub wait_max: Time,
    /// The worker waiting longest right now, and for how long.
    pub waiting_longest: Option<(crate::WorkerId, Time)>,
    /// Grants per simulated second since time 0.
    pub throughput: Option<f64>,
    /// Fraction of time since 0 that at least one lock was held.
    pub utilisation: Option<f64>,
    /// Writes storage accepted.
    pub writes_accepted: u64,
    /// Writes storage rejected (fencing).
    pub writes_rejected: u64,
    /// Messages sent, all kinds.
    pub messages: u64,
    /// Messages per grant received.
    pub messages_per_grant: Option<f64>,
    /// Watch notifications sent (ZooKeeper).
    pub wakeups: u64,
    /// Grants that handed a freed lock to a waiter.
    pub handoffs: u64,
    /// Wake-ups per handoff: 1 with predecessor watches, about the queue's length with the
    /// herd.
    pub wakeups_per_handoff: Option<f64>,
    /// Time the lock was held back by lock-delay (free, yet not granted), so far.
    pub delayed: Time,
    /// Redis: `SET NX` answers that set the key (votes won).
    pub votes_won: u64,
    /// Redis: `SET NX` answers that found the key taken (votes lost).
    pub votes_lost: u64,
    /// Redis: failed attempts, each followed by a retry after a random delay.
    pub retries: u64,
    /// Redis: unlocks that deleted another worker's key — only a plain `DEL` can.
    pub foreign_deletes: u64,
}

#[cfg(test)]
#[path = "metrics_tests.rs"]
mod tests;
