//! View data: plain structs the UI draws — locks with their leases and queues, workers with
//! their timelines, messages in flight, storage's log, the metrics.

use super::sim::Sim;
use crate::engine::net::{Endpoint, MsgKind};
use crate::engine::queue::Event;
use crate::engine::storage::WriteRecord;
use crate::engine::worker::{Interval, WorkerState};
use crate::observe::metrics::Metrics;
use crate::protocols::protocol::Protocol;
use crate::{Time, WorkerId};
use ringlock_stats::jain;

/// One lock: the central server's, or one node's in-process lock.
#[derive(Clone, Debug, PartialEq)]
pub struct LockView {
    /// Slot: 0 for the server, the node number for a local lock.
    pub lock: u32,
    /// The node whose in-process lock this is (`None`: the central server).
    pub node: Option<u32>,
    /// Who the lock thinks holds it (may have crashed: the lock cannot know).
    pub holder: Option<WorkerId>,
    /// Whether that holder has in fact crashed.
    pub holder_crashed: bool,
    /// The holder's fencing token.
    pub token: Option<u64>,
    /// When it was granted.
    pub granted_at: Option<Time>,
    /// When the lease runs out unless renewed.
    pub expires_at: Option<Time>,
    /// Time left on the lease.
    pub remaining: Option<Time>,
    /// The TTL the lease was last granted or renewed with.
    pub ttl: Option<Time>,
    /// Waiters, first to be served first (a local lock serves them in random order).
    pub queue: Vec<WorkerId>,
    /// A lock-delay running: nobody is granted the lock before this time.
    pub delay_until: Option<Time>,
}

impl LockView {
    /// Lease left as a fraction of its TTL, 1 → 0, for a countdown ring.
    pub fn lease_fraction(&self) -> Option<f64> {
        match (self.remaining, self.ttl) {
            (Some(r), Some(t)) if t > 0 => Some((r as f64 / t as f64).clamp(0.0, 1.0)),
            _ => None,
        }
    }
}

/// One worker now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkerView {
    /// Its id.
    pub id: WorkerId,
    /// Its node.
    pub node: u32,
    /// Its state.
    pub state: WorkerState,
    /// Where it is in its cycle underneath a pause (equal to `state` otherwise; the last
    /// phase for a crashed worker).
    pub phase: WorkerState,
    /// The token it believes it holds.
    pub token: Option<u64>,
    /// The resource its critical section writes to: 0, or on the sharded ring the lock it
    /// last asked for.
    pub resource: u32,
    /// Grants received (xᵢ).
    pub grants: u64,
    /// In its state since.
    pub since: Time,
    /// When a paused worker wakes on its own.
    pub paused_until: Option<Time>,
    /// Messages waiting for a paused worker.
    pub inbox: usize,
    /// Redis: when the validity the client computed on acquiring runs out.
    pub valid_until: Option<Time>,
}

/// A message on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageView {
    /// Sender.
    pub from: Endpoint,
    /// Receiver.
    pub to: Endpoint,
    /// What it says.
    pub kind: MsgKind,
    /// The token it carries.
    pub token: Option<u64>,
    /// When it left.
    pub sent_at: Time,
    /// When it arrives.
    pub arrives_at: Time,
}

impl MessageView {
    /// How far along its way at `now`, 0 → 1.
    pub fn progress(&self, now: Time) -> f64 {
        let span = self.arrives_at.saturating_sub(self.sent_at);
        if span == 0 {
            return 1.0;
        }
        (now.saturating_sub(self.sent_at) as f64 / span as f64).clamp(0.0, 1.0)
    }
}

impl Sim {
    /// The locks: one for the central server, one per node for local locks.
    pub fn locks(&self) -> Vec<LockView> {
        let local = self.proto.slot_is_node();
        let now = self.core.now;
        self.proto
            .slots()
            .iter()
            .enumerate()
            .map(|(i, slot)| {
                let h = slot.holder;
                LockView {
                    lock: i as u32,
                    node: local.then_some(i as u32),
                    holder: h.map(|l| WorkerId(l.worker)),
                    holder_crashed: h.is_some_and(|l| l.holder_crashed),
                    token: h.and_then(|l| l.token),
                    granted_at: h.map(|l| l.granted_at),
                    expires_at: h.and_then(|l| l.expires_at),
                    remaining: h.and_then(|l| l.expires_at).map(|e| e.saturating_sub(now)),
                    ttl: h.and_then(|l| l.expires_at.map(|_| l.ttl)),
                    queue: slot.queue.iter().map(|w| WorkerId(w.worker)).collect(),
                    delay_until: slot.delay.map(|(_, until)| until),
                }
            })
            .collect()
    }

    /// The last fencing token handed out, if any.
    pub fn last_token(&self) -> Option<u64> {
        self.proto.last_token()
    }

    /// Workers so far, crashed ones included.
    pub fn worker_count(&self) -> usize {
        self.core.workers.len()
    }

    /// One worker, if it exists.
    pub fn worker(&self, id: WorkerId) -> Option<WorkerView> {
        let w = self.core.workers.get(id.0 as usize)?;
        Some(WorkerView {
            id,
            node: w.node,
            state: w.state(),
            phase: w.phase,
            token: w.token,
            resource: w.resource,
            grants: w.grants,
            since: w.since,
            paused_until: w.paused.map(|p| p.until),
            inbox: w.inbox.len(),
            valid_until: self.proto.valid_until(id.0),
        })
    }

    /// Every worker, by id.
    pub fn workers(&self) -> impl Iterator<Item = WorkerView> + '_ {
        (0..self.core.workers.len() as u32).filter_map(|i| self.worker(WorkerId(i)))
    }

    /// A worker's recent state intervals, oldest first, ending with the current one.
    pub fn timeline(&self, id: WorkerId) -> impl Iterator<Item = Interval> + '_ {
        self.core
            .workers
            .get(id.0 as usize)
            .into_iter()
            .flat_map(|w| w.timeline())
    }

    /// How many workers are in each state, in [`WorkerState::ALL`] order.
    pub fn state_counts(&self) -> [usize; 7] {
        let mut counts = [0; 7];
        for w in &self.core.workers {
            counts[w.state().index()] += 1;
        }
        counts
    }

    /// Messages on the wire, earliest arrival first.
    pub fn in_flight(&self) -> Vec<MessageView> {
        let mut out: Vec<(Time, u64, MessageView)> = self
            .core
            .queue
            .iter()
            .filter_map(|s| match s.event {
                Event::Deliver(m) => {
                    let (from, to) = m.kind.route(m.worker);
                    let view = MessageView {
                        from,
                        to,
                        kind: m.kind,
                        token: m.token,
                        sent_at: m.sent_at,
                        arrives_at: s.at,
                    };
                    Some((s.at, s.seq, view))
                }
                Event::ThinkDone { .. }
                | Event::HoldDone { .. }
                | Event::RenewTick { .. }
                | Event::AutoResume { .. }
                | Event::WaitTimer { .. }
                | Event::Protocol(_)
                | Event::Audit => None,
            })
            .collect();
        out.sort_unstable_by_key(|&(at, seq, _)| (at, seq));
        out.into_iter().map(|(_, _, v)| v).collect()
    }

    /// Storage's recent writes, oldest first.
    pub fn storage_log(&self) -> impl Iterator<Item = &WriteRecord> {
        self.core.storage.log.iter()
    }

    /// The highest token storage has accepted.
    pub fn storage_highest(&self) -> Option<u64> {
        self.core.storage.highest
    }

    /// The numbers now.
    pub fn metrics(&self) -> Metrics {
        let (core, now) = (&self.core, self.core.now);
        let grants_per_worker: Vec<u64> = core.workers.iter().map(|w| w.grants).collect();
        let counted: Vec<u64> = core
            .workers
            .iter()
            .filter(|w| !w.crashed)
            .map(|w| w.grants)
            .collect();
        let waiting_longest = core
            .workers
            .iter()
            .enumerate()
            .filter(|(_, w)| {
                !w.crashed && matches!(w.phase, WorkerState::Requesting | WorkerState::Waiting)
            })
            .map(|(i, w)| (WorkerId(i as u32), now - w.requested_at))
            .max_by_key(|&(id, waited)| (waited, std::cmp::Reverse(id)));
        let seconds = now as f64 / 1000.0;
        Metrics {
            now,
            counted: counted.len(),
            mean_grants: (!counted.is_empty())
                .then(|| counted.iter().sum::<u64>() as f64 / counted.len() as f64),
            jain: jain(&counted),
            grants_per_worker,
            grants: core.tally.grants,
            waits: core.tally.waits.count(),
            wait_p50: core.tally.waits.quantile(0.5),
            wait_p99: core.tally.waits.quantile(0.99),
            wait_max: core.tally.wait_max,
            waiting_longest,
            throughput: (now > 0).then(|| core.tally.grants as f64 / seconds),
            utilisation: (now > 0).then(|| core.tally.held_time(now) as f64 / now as f64),
            writes_accepted: core.storage.accepted,
            writes_rejected: core.storage.rejected,
            messages: core.tally.messages,
            messages_per_grant: (core.tally.grants > 0)
                .then(|| core.tally.messages as f64 / core.tally.grants as f64),
            wakeups: core.tally.wakeups,
            handoffs: core.tally.handoffs,
            wakeups_per_handoff: (core.settings.model.watches() && core.tally.handoffs > 0)
                .then(|| core.tally.wakeups as f64 / core.tally.handoffs as f64),
            delayed: core.tally.delayed_total + self.proto.delay_running(now),
            votes_won: core.tally.votes_won,
            votes_lost: core.tally.votes_lost,
            retries: core.tally.retries,
            foreign_deletes: core.tally.foreign_deletes,
        }
    }
}
