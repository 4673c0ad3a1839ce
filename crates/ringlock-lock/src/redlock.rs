//! The Redis client (one master, or Redlock's five) and the faults of Redlock's nodes.
//!
//! The client, as the Redlock description has it: 1) note the start time; 2) `SET NX PX` on
//! every master, waiting for each answer at most [`Sim::vote_timeout`]; 3) it holds the lock
//! only with a majority of yes and time left; 4) validity = TTL − elapsed − drift, with
//! drift = TTL/100 + 2 ms; 5) on failure it unlocks every node that did not refuse and tries
//! again after a random delay ([`RETRY`]). With one master the majority is that master.

use super::event::{Event, MsgKind};
use super::limits::{Field, LockError};
use super::log::LogKind;
use super::settings::{Model, Span};
use super::sim::{draw, Sim};
use super::worker::{Attempt, WorkerState};
use super::{Time, WorkerId};

/// A failed attempt is retried after a delay drawn from this span (the client's random
/// back-off; it promises no order and no bound on waiting).
pub const RETRY: Span = Span::new(50, 250);

/// Clock drift allowed for: 1 % of the TTL plus 2 ms.
pub fn drift(ttl: Time) -> Time {
    ttl / 100 + 2
}

impl Sim {
    /// How long a client waits for the nodes' answers: a round trip at the worst jitter, plus
    /// 10 ms — small next to the TTL, as the algorithm asks.
    pub fn vote_timeout(&self) -> Time {
        2 * (self.settings.latency + self.settings.jitter) + 10
    }

    /// Begin an attempt: a fresh random value, `SET NX PX` to every master.
    pub(crate) fn start_attempt(&mut self, w: u32) {
        let now = self.now;
        let value = rand_chacha::rand_core::Rng::next_u64(&mut self.rng.redis);
        let (deadline, ttl) = (now + self.vote_timeout(), self.settings.ttl);
        let worker = &mut self.workers[w as usize];
        worker.attempt = Some(Attempt {
            start: now,
            ttl,
            value,
            yes: 0,
            no: 0,
        });
        worker.deadline = Some(deadline);
        let epoch = worker.epoch;
        if worker.phase != WorkerState::Waiting {
            self.set_phase(w, WorkerState::Waiting);
        }
        for node in 0..self.redis.nodes.len() as u32 {
            self.send_redis(MsgKind::SetNx { node }, w, value, ttl);
        }
        self.schedule(deadline, Event::ClientTimer { worker: w, epoch });
    }

    /// A node answered. Votes for an earlier attempt are ignored; when every node has
    /// answered the client decides at once.
    pub(crate) fn vote_received(&mut self, w: u32, node: u32, yes: bool, value: u64) {
        let n = self.redis.nodes.len() as u32;
        let worker = &mut self.workers[w as usize];
        let Some(a) = worker.attempt.as_mut().filter(|a| a.value == value) else {
            return;
        };
        if yes {
            a.yes |= 1 << node;
        } else {
            a.no |= 1 << node;
        }
        if (a.yes | a.no).count_ones() == n && worker.phase == WorkerState::Waiting {
            self.decide(w);
        }
    }

    /// The client's timer: decide with the votes in, or (after a failure) try again. A timer
    /// whose deadline has been replaced (every vote came in early) does nothing.
    pub(crate) fn client_timer(&mut self, w: u32) {
        let worker = &mut self.workers[w as usize];
        if worker.phase != WorkerState::Waiting || worker.deadline != Some(self.now) {
            return;
        }
        worker.deadline = None;
        if worker.attempt.is_some() {
            self.decide(w);
        } else {
            self.start_attempt(w);
        }
    }

    /// Steps 3–5: a majority and validity left → hold; otherwise unlock and retry later.
    fn decide(&mut self, w: u32) {
        let now = self.now;
        let Some(a) = self.workers[w as usize].attempt.take() else {
            return;
        };
        let ttl = a.ttl;
        let n = self.redis.nodes.len() as u32;
        let votes = a.yes.count_ones();
        let validity = (ttl + a.start).checked_sub(now + drift(ttl));
        let won = votes > n / 2 && validity.is_some_and(|v| v > 0);
        self.log(LogKind::Votes {
            worker: WorkerId(w),
            votes,
            validity: validity.filter(|_| won),
        });
        if won {
            let grant = self.next_grant;
            self.next_grant += 1;
            self.tally.on_hold_start(now);
            self.workers[w as usize].value = a.value;
            self.grant_received(w, None, grant);
            self.workers[w as usize].valid_until = validity.map(|v| now + v);
            return;
        }
        self.tally.retries += 1;
        for node in (0..n).filter(|i| a.no & (1 << i) == 0) {
            self.send_redis(MsgKind::Unlock { node, plain: false }, w, a.value, 0);
        }
        let at = now + draw(&mut self.rng.redis, RETRY);
        let worker = &mut self.workers[w as usize];
        worker.deadline = Some(at);
        let epoch = worker.epoch;
        self.schedule(at, Event::ClientTimer { worker: w, epoch });
    }

    /// The critical section is over: unlock every master (plain `DEL` if so set, Redis only).
    pub(crate) fn release_keys(&mut self, w: u32) {
        self.tally.on_hold_end(self.now);
        let worker = &mut self.workers[w as usize];
        worker.valid_until = None;
        let value = worker.value;
        let plain = self.settings.plain_del && self.settings.model == Model::Redis;
        for node in 0..self.redis.nodes.len() as u32 {
            self.send_redis(MsgKind::Unlock { node, plain }, w, value, 0);
        }
    }

    /// Server-level exclusion under Redlock: at most one worker holds a majority of keys
    /// unexpired by each node's own clock. Recorded once each time it starts to fail. Each
    /// node holds one key at most, so only a bug can break it: Kleppmann's counterexample
    /// and a restart without persistence keep it and break the clients' belief instead.
    pub(crate) fn check_majority(&mut self) {
        if self.settings.model != Model::Redlock {
            return;
        }
        let now = self.now;
        let mut counts: Vec<(u32, u32)> = Vec::new();
        for k in self.redis.nodes.iter().filter_map(|n| n.live_key(now)) {
            match counts.iter_mut().find(|c| c.0 == k.worker) {
                Some(c) => c.1 += 1,
                None => counts.push((k.worker, 1)),
            }
        }
        let majority = (self.redis.nodes.len() / 2 + 1) as u32;
        let holders = counts
            .into_iter()
            .filter(|c| c.1 >= majority)
            .map(|c| c.0)
            .collect();
        self.monitor.check_majority(now, holders);
    }

    /// Check a node fault (`node`, with its length `ms` in `field`) or, with no node, a
    /// failover, against the model and the node's number.
    pub(crate) fn check_redis_action(
        &self,
        node: Option<u32>,
        ms: Option<(Field, Time)>,
    ) -> Result<(), LockError> {
        let model = if node.is_some() {
            Model::Redlock
        } else {
            Model::Redis
        };
        if self.settings.model != model {
            return Err(LockError::WrongModel);
        }
        match node {
            Some(n) if n as usize >= self.redis.nodes.len() => Err(LockError::UnknownNode(n)),
            None if self.redis.failed_over => Err(LockError::AlreadyFailedOver),
            _ => {
                if let Some((field, ms)) = ms {
                    field.check(ms)?;
                }
                Ok(())
            }
        }
    }

    /// A node's clock jumps forward: its keys expire that much earlier.
    pub(crate) fn clock_jump(&mut self, node: u32, ms: Time) {
        self.redis.nodes[node as usize].offset += ms as i64;
        self.log(LogKind::ClockJumped { node, ms });
    }

    /// A node is unreachable for `ms`, keeping its keys.
    pub(crate) fn cut_off(&mut self, node: u32, ms: Time) {
        let until = self.now + ms;
        let n = &mut self.redis.nodes[node as usize];
        n.down_until = Some(n.down_until.map_or(until, |u| u.max(until)));
        self.log(LogKind::NodeCutOff { node, until });
    }

    /// A node restarts without persistence: its keys are gone, and it is back after
    /// [`super::Settings::restart_delay`].
    pub(crate) fn restart_node(&mut self, node: u32) {
        let until = self.now + self.settings.restart_delay;
        let n = &mut self.redis.nodes[node as usize];
        n.key = None;
        n.down_until = Some(n.down_until.map_or(until, |u| u.max(until)));
        self.log(LogKind::NodeRestarted { node, until });
    }
}
