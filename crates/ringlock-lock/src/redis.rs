//! Redis as a lock service: the masters' keys, each expiring by its own node's clock, and the
//! single master's asynchronous replica.
//!
//! A key is `SET key <value> NX PX <ttl>`: set only if absent (an expired key counts as
//! absent), with an expiry `ttl` ahead on the node's own clock. A release is the
//! compare-and-delete script — `if GET == value then DEL` — or, with
//! [`Settings::plain_del`], a bare `DEL` that removes whoever's key is there.
//!
//! With [`Model::Redis`] every change to the master's key reaches the replica
//! [`Settings::repl_lag`] later; a failover promotes the replica with whatever it had. With
//! [`Model::Redlock`] there are five masters and no replicas; a node's clock can jump, and a
//! node can be cut off or restarted (coming back empty: no persistence).
//!
//! [`Settings::plain_del`]: super::Settings::plain_del
//! [`Settings::repl_lag`]: super::Settings::repl_lag
//! [`Model::Redis`]: super::Model::Redis
//! [`Model::Redlock`]: super::Model::Redlock

use super::event::{Event, Msg, MsgKind};
use super::log::LogKind;
use super::settings::Model;
use super::sim::Sim;
use super::{Time, WorkerId};

/// Redlock's independent masters.
pub const REDLOCK_NODES: usize = 5;

/// A key on a node: whose, its random value, and its expiry on the node's own clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RKey {
    pub worker: u32,
    pub value: u64,
    /// Node-local milliseconds.
    pub expires: i64,
}

/// One Redis master.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RNode {
    pub key: Option<RKey>,
    /// The node's clock minus logical time: a forward jump makes its keys expire early.
    pub offset: i64,
    /// Cut off or restarting: messages to it are lost until then.
    pub down_until: Option<Time>,
}

impl RNode {
    pub fn clock(&self, now: Time) -> i64 {
        now as i64 + self.offset
    }

    /// The key, unless it has expired by this node's clock.
    pub fn live_key(&self, now: Time) -> Option<RKey> {
        self.key.filter(|k| k.expires > self.clock(now))
    }

    pub fn up(&self, now: Time) -> bool {
        self.down_until.is_none_or(|u| u <= now)
    }
}

/// The Redis side of the lab.
#[derive(Clone, Debug, Default)]
pub(crate) struct Redis {
    pub nodes: Vec<RNode>,
    /// The single master's replica, as far as replication has reached.
    pub replica: Option<RKey>,
    /// Writes sent to the replica, and the last it applied (it applies them in order).
    pub sent: u64,
    pub applied: u64,
    /// The master died and the replica took over (it has no replica of its own).
    pub failed_over: bool,
}

impl Redis {
    pub fn new(masters: usize) -> Self {
        Redis {
            nodes: vec![RNode::default(); masters],
            ..Redis::default()
        }
    }
}

impl Sim {
    /// A Redis message about `worker`'s key, carrying the `SET`'s value (and its `PX`).
    pub(crate) fn send_redis(&mut self, kind: MsgKind, worker: u32, value: u64, px: Time) {
        let msg = Msg {
            kind,
            worker: WorkerId(worker),
            token: None,
            grant: 0,
            sent_at: self.now,
            value,
            px,
        };
        self.put_on_wire(msg);
    }

    /// `SET key value NX PX ttl` reached a node: set it if absent (or expired), and answer.
    /// A node that is down loses the request; the client's timeout covers it.
    pub(crate) fn node_set(&mut self, msg: Msg, node: u32) {
        let (now, ttl) = (self.now, msg.px);
        let n = &mut self.redis.nodes[node as usize];
        if !n.up(now) {
            return;
        }
        let clock = n.clock(now);
        let expired = n.key.filter(|k| k.expires <= clock);
        let won = n.live_key(now).is_none();
        if won {
            n.key = Some(RKey {
                worker: msg.worker.0,
                value: msg.value,
                expires: clock + ttl as i64,
            });
        }
        if let Some(k) = expired {
            self.log(LogKind::KeyExpired {
                worker: WorkerId(k.worker),
                node,
            });
        }
        self.log(LogKind::KeySet {
            worker: msg.worker,
            node,
            won,
        });
        if won {
            self.tally.votes_won += 1;
            if self.settings.model == Model::Redis {
                self.monitor.on_grant(now, 0, msg.worker.0, Some(now + ttl));
                self.replicate();
            }
        } else {
            self.tally.votes_lost += 1;
        }
        self.send_redis(MsgKind::Vote { node, yes: won }, msg.worker.0, msg.value, 0);
    }

    /// An unlock reached a node: delete the key if it is the sender's (or, for a plain `DEL`,
    /// whatever live key is there).
    pub(crate) fn node_unlock(&mut self, msg: Msg, node: u32, plain: bool) {
        let now = self.now;
        let n = &mut self.redis.nodes[node as usize];
        if !n.up(now) {
            return;
        }
        let owner = n
            .live_key(now)
            .filter(|k| plain || k.value == msg.value)
            .map(|k| k.worker);
        if owner.is_some() {
            n.key = None;
        }
        if owner.is_some_and(|o| o != msg.worker.0) {
            self.tally.foreign_deletes += 1;
        }
        if let Some(o) = owner {
            if self.settings.model == Model::Redis {
                self.monitor.on_lease_end(0, o);
                self.replicate();
            }
        }
        self.log(LogKind::KeyDeleted {
            worker: msg.worker,
            node,
            owner: owner.map(WorkerId),
        });
    }

    /// Ship the master's key to the replica, asynchronously.
    fn replicate(&mut self) {
        if self.redis.failed_over {
            return;
        }
        self.redis.sent += 1;
        let (seq, key) = (self.redis.sent, self.redis.nodes[0].key);
        self.schedule(
            self.now + self.settings.repl_lag,
            Event::Replicate { seq, key },
        );
    }

    /// A write reached the replica (in order; a later one already applied wins).
    pub(crate) fn replicated(&mut self, seq: u64, key: Option<RKey>) {
        let r = &mut self.redis;
        if !r.failed_over && seq > r.applied {
            r.applied = seq;
            r.replica = key;
        }
    }

    /// The master dies; the replica becomes the master with what it had replicated. A key the
    /// master held that had not reached the replica is lost: its holder still acts on it.
    pub(crate) fn failover(&mut self) {
        let now = self.now;
        let r = &mut self.redis;
        let master = r.nodes[0].live_key(now);
        let lost = master.filter(|k| r.replica.map(|x| x.value) != Some(k.value));
        r.nodes[0].key = r.replica.take();
        r.failed_over = true;
        self.log(LogKind::FailedOver {
            lost: lost.map(|k| WorkerId(k.worker)),
        });
    }
}
