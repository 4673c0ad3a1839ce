//! A Redis master: its key, expiring by the node's own clock, and what it does with `SET NX
//! PX` and an unlock; and the node faults (a clock jump, a cut-off, a restart).
//!
//! A key is `SET key <value> NX PX <ttl>`: set only if absent (an expired key counts as
//! absent), with an expiry `ttl` ahead on the node's own clock. A release is the
//! compare-and-delete script — `if GET == value then DEL` — or, where the model allows it, a
//! bare `DEL` that removes whoever's key is there.

pub use super::key::RKey;
use crate::protocols::protocol::{Ctx, Msg};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

/// One Redis master.
#[derive(Clone, Copy, Debug, Default)]
pub struct RNode {
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

    /// `SET key value NX PX ttl` reached the node, which is up: set it if absent (or
    /// expired). Returns whether it was set.
    pub fn set(&mut self, core: &mut Ctx, msg: &Msg, node: u32) -> bool {
        let (now, ttl) = (core.now, msg.data.px);
        let clock = self.clock(now);
        let expired = self.key.filter(|k| k.expires <= clock);
        let won = self.live_key(now).is_none();
        if won {
            self.key = Some(RKey {
                worker: msg.worker.0,
                value: msg.data.value,
                expires: clock + ttl as i64,
            });
        }
        if let Some(k) = expired {
            core.log(LogKind::KeyExpired {
                worker: WorkerId(k.worker),
                node,
            });
        }
        core.log(LogKind::KeySet {
            worker: msg.worker,
            node,
            won,
        });
        won
    }

    /// An unlock reached the node, which is up: delete the key if it is the sender's (or,
    /// for a plain `DEL`, whatever live key is there). Returns whose key was deleted.
    pub fn unlock(&mut self, now: Time, msg: &Msg, plain: bool) -> Option<u32> {
        let owner = self
            .live_key(now)
            .filter(|k| plain || k.value == msg.data.value)
            .map(|k| k.worker);
        if owner.is_some() {
            self.key = None;
        }
        owner
    }

    /// The node's clock jumps forward: its keys expire that much earlier.
    pub fn clock_jump(&mut self, core: &mut Ctx, node: u32, ms: Time) {
        self.offset += ms as i64;
        core.log(LogKind::ClockJumped { node, ms });
    }

    /// The node is unreachable for `ms`, keeping its keys.
    pub fn cut_off(&mut self, core: &mut Ctx, node: u32, ms: Time) {
        let until = core.now + ms;
        self.down_until = Some(self.down_until.map_or(until, |u| u.max(until)));
        core.log(LogKind::NodeCutOff { node, until });
    }

    /// The node restarts without persistence: its keys are gone, and it is back after
    /// [`crate::Settings::restart_delay`].
    pub fn restart(&mut self, core: &mut Ctx, node: u32) {
        let until = core.now + core.settings.restart_delay;
        self.key = None;
        self.down_until = Some(self.down_until.map_or(until, |u| u.max(until)));
        core.log(LogKind::NodeRestarted { node, until });
    }
}
