//! The Redis client (one master, or Redlock's five).
//!
//! The client, as the Redlock description has it: 1) note the start time; 2) `SET NX PX` on
//! every master, waiting for each answer at most [`vote_timeout`]; 3) it holds the lock
//! only with a majority of yes and time left; 4) validity = TTL − elapsed − drift, with
//! drift = TTL/100 + 2 ms; 5) on failure it unlocks every node that did not refuse and tries
//! again after a random delay ([`RETRY`]). With one master the majority is that master.

use rand_chacha::rand_core::Rng;

use super::{KeyLock, KeyRules};
use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::engine::rng::draw;
use crate::engine::worker::WorkerState;
use crate::protocols::protocol::Ctx;
use crate::settings::{Settings, Span};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

/// A failed attempt is retried after a delay drawn from this span (the client's random
/// back-off; it promises no order and no bound on waiting).
pub const RETRY: Span = Span::new(50, 250);

/// Clock drift allowed for: 1 % of the TTL plus 2 ms.
pub fn drift(ttl: Time) -> Time {
    ttl / 100 + 2
}

/// How long a client waits for the nodes' answers: a round trip at the worst jitter, plus
/// 10 ms — small next to the TTL, as the algorithm asks.
pub fn vote_timeout(settings: &Settings) -> Time {
    2 * (settings.latency + settings.jitter) + 10
}

/// A client's attempt to take the lock: when it began, its TTL, its random value, and the
/// nodes that said yes and no (bit *i*: node *i*).
#[derive(Clone, Copy, Debug)]
pub struct Attempt {
    pub start: Time,
    /// The TTL its `SET`s ask for (`PX`).
    pub ttl: Time,
    pub value: u64,
    pub yes: u8,
    pub no: u8,
}

/// A decided attempt: step 3's count and step 4's arithmetic, kept for the view.
#[derive(Clone, Copy, Debug)]
pub struct Decision {
    /// T1: when the attempt began.
    pub start: Time,
    /// T2: when the client counted the votes.
    pub at: Time,
    /// The TTL its `SET`s asked for.
    pub ttl: Time,
    /// Yes votes.
    pub votes: u32,
    /// TTL − (T2 − T1) − drift, below 0 when the time ran out.
    pub validity: i64,
    /// A majority and validity left: it holds the lock.
    pub won: bool,
}

/// What a client keeps beside the engine's worker.
#[derive(Clone, Copy, Debug, Default)]
pub struct Client {
    /// The attempt whose votes are being counted.
    pub attempt: Option<Attempt>,
    /// The last attempt decided.
    pub decided: Option<Decision>,
    /// The value of the keys it holds, to release them.
    pub value: u64,
    /// When the validity computed on acquiring runs out.
    pub valid_until: Option<Time>,
}

impl<R: KeyRules> KeyLock<R> {
    fn client(&mut self, w: u32) -> &mut Client {
        let i = w as usize;
        if self.clients.len() <= i {
            self.clients.resize(i + 1, Client::default());
        }
        &mut self.clients[i]
    }

    /// Begin an attempt: a fresh random value, `SET NX PX` to every master.
    pub fn start_attempt(&mut self, core: &mut Ctx, w: u32) {
        let now = core.now;
        let value = core.rng.proto.next_u64();
        let (deadline, ttl) = (now + vote_timeout(&core.settings), core.settings.ttl);
        self.client(w).attempt = Some(Attempt {
            start: now,
            ttl,
            value,
            yes: 0,
            no: 0,
        });
        let worker = &mut core.workers[w as usize];
        worker.deadline = Some(deadline);
        let epoch = worker.epoch;
        if worker.phase != WorkerState::Waiting {
            core.set_phase(w, WorkerState::Waiting);
        }
        for node in 0..self.nodes.len() as u32 {
            self.send(core, MsgKind::SetNx { node }, w, value, ttl);
        }
        core.schedule(deadline, Event::WaitTimer { worker: w, epoch });
    }

    /// A node answered. Votes for an earlier attempt are ignored; when every node has
    /// answered the client decides at once.
    pub fn vote_received(&mut self, core: &mut Ctx, w: u32, node: u32, yes: bool, value: u64) {
        let n = self.nodes.len() as u32;
        let Some(a) = self.client(w).attempt.as_mut().filter(|a| a.value == value) else {
            return;
        };
        if yes {
            a.yes |= 1 << node;
        } else {
            a.no |= 1 << node;
        }
        let all_in = (a.yes | a.no).count_ones() == n;
        if all_in && core.workers[w as usize].phase == WorkerState::Waiting {
            self.decide(core, w);
        }
    }

    /// The client's timer: decide with the votes in, or (after a failure) try again. A timer
    /// whose deadline has been replaced (every vote came in early) does nothing.
    pub fn client_timer(&mut self, core: &mut Ctx, w: u32) {
        let now = core.now;
        let worker = &mut core.workers[w as usize];
        if worker.phase != WorkerState::Waiting || worker.deadline != Some(now) {
            return;
        }
        worker.deadline = None;
        if self.client(w).attempt.is_some() {
            self.decide(core, w);
        } else {
            self.start_attempt(core, w);
        }
    }

    /// Steps 3–5: a majority and validity left → hold; otherwise unlock and retry later.
    fn decide(&mut self, core: &mut Ctx, w: u32) {
        let now = core.now;
        let Some(a) = self.client(w).attempt.take() else {
            return;
        };
        let ttl = a.ttl;
        let n = self.nodes.len() as u32;
        let votes = a.yes.count_ones();
        let validity = (ttl + a.start).checked_sub(now + drift(ttl));
        let won = votes > n / 2 && validity.is_some_and(|v| v > 0);
        self.client(w).decided = Some(Decision {
            start: a.start,
            at: now,
            ttl,
            votes,
            validity: ttl as i64 - (now - a.start) as i64 - drift(ttl) as i64,
            won,
        });
        core.log(LogKind::Votes {
            worker: WorkerId(w),
            votes,
            validity: validity.filter(|_| won),
        });
        if won {
            let grant = core.next_grant;
            core.next_grant += 1;
            core.tally.on_hold_start(now);
            self.client(w).value = a.value;
            core.grant_received(w, None, grant);
            self.client(w).valid_until = validity.map(|v| now + v);
            return;
        }
        core.tally.retries += 1;
        for node in (0..n).filter(|i| a.no & (1 << i) == 0) {
            let kind = MsgKind::Unlock { node, plain: false };
            self.send(core, kind, w, a.value, 0);
        }
        let at = now + draw(&mut core.rng.proto, RETRY);
        let worker = &mut core.workers[w as usize];
        worker.deadline = Some(at);
        let epoch = worker.epoch;
        core.schedule(at, Event::WaitTimer { worker: w, epoch });
    }

    /// The critical section is over: unlock every master (a plain `DEL` where the model
    /// allows it and it is set).
    pub fn release_keys(&mut self, core: &mut Ctx, w: u32) {
        core.tally.on_hold_end(core.now);
        let client = self.client(w);
        client.valid_until = None;
        let value = client.value;
        let plain = self.rules.plain_del(&core.settings);
        for node in 0..self.nodes.len() as u32 {
            self.send(core, MsgKind::Unlock { node, plain }, w, value, 0);
        }
    }
}
