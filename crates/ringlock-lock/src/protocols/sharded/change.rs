//! Membership changes on the sharded ring: kill, revive, join. Each raises the
//! configuration epoch and moves the locks the ring's change lists; what the new owner knows
//! of each is the lab's [`ShardFix`].

use super::ring::MAX_RING_NODES;
use super::server::send_about;
use super::{LockMove, Sharded};
use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::protocols::lease::table::FIRST_TOKEN;
use crate::protocols::payload::Timer;
use crate::protocols::protocol::{Ctx, Fault};
use crate::settings::{LockError, ShardFix};
use crate::vocab::log::LogKind;

impl Sharded {
    /// Whether a change applies now: a known node, in the right state; never the last live
    /// node; at most [`MAX_RING_NODES`] nodes.
    pub fn check_change(&self, fault: Fault) -> Result<(), LockError> {
        let known = |n: u32| {
            if n < self.ring.node_count() {
                Ok(())
            } else {
                Err(LockError::UnknownNode(n))
            }
        };
        match fault {
            Fault::KillNode(n) => {
                known(n)?;
                if !self.ring.is_alive(n) {
                    return Err(LockError::NodeDown(n));
                }
                if self.ring.live_count() <= 1 {
                    return Err(LockError::LastNode);
                }
            }
            Fault::ReviveNode(n) => {
                known(n)?;
                if self.ring.is_alive(n) {
                    return Err(LockError::NodeUp(n));
                }
            }
            Fault::JoinNode => {
                if self.ring.node_count() >= MAX_RING_NODES {
                    return Err(LockError::RingFull(MAX_RING_NODES));
                }
            }
            Fault::Failover
            | Fault::ClockJump { .. }
            | Fault::CutOff { .. }
            | Fault::Restart(_) => return Err(LockError::WrongModel),
        }
        Ok(())
    }

    /// Apply a checked change. A revived or joined node keeps nothing on disk: its token
    /// counter starts again at [`FIRST_TOKEN`].
    pub fn apply_change(&mut self, core: &mut Ctx, fault: Fault) {
        let moved = match fault {
            Fault::KillNode(node) => {
                let moved = self.ring.kill(node);
                self.epoch += 1;
                let epoch = self.epoch;
                core.log(LogKind::NodeKilled { node, epoch });
                moved
            }
            Fault::ReviveNode(node) => {
                let moved = self.ring.revive(node);
                self.counters[node as usize] = FIRST_TOKEN;
                self.epoch += 1;
                let epoch = self.epoch;
                core.log(LogKind::NodeRevived { node, epoch });
                moved
            }
            Fault::JoinNode => {
                let (node, moved) = self.ring.join();
                self.counters.push(FIRST_TOKEN);
                self.epoch += 1;
                let epoch = self.epoch;
                core.log(LogKind::NodeJoined { node, epoch });
                moved
            }
            Fault::Failover
            | Fault::ClockJump { .. }
            | Fault::CutOff { .. }
            | Fault::Restart(_) => return,
        };
        self.moves.clear();
        self.changed_at = Some(core.now);
        for (lock, from, to) in moved {
            self.move_lock(core, lock, from, to);
        }
    }

    /// `lock` now belongs to `to`. With a hand-off its record comes along; otherwise the new
    /// owner starts with none: the holder's lease still runs in the holder's mind (the
    /// monitor keeps it), the waiters' requests are gone and their clients ask again (a
    /// connection reset, or Redis Cluster's `MOVED`), and under [`ShardFix::WaitTtl`] the
    /// new owner grants nobody the lock for one TTL.
    fn move_lock(&mut self, core: &mut Ctx, lock: u32, from: u32, to: u32) {
        let now = core.now;
        let fix = core.settings.shard_fix;
        let slot = &mut self.table.slots[lock as usize];
        let held = slot.holder.is_some();
        let kept = match fix {
            ShardFix::HandOff => true,
            ShardFix::Nothing | ShardFix::WaitTtl => false,
        };
        core.log(LogKind::LockMoved {
            lock,
            from,
            to,
            held,
            kept,
        });
        self.moves.push(LockMove {
            lock,
            from,
            to,
            held,
            kept,
            waits: fix == ShardFix::WaitTtl,
        });
        if kept {
            return;
        }
        if slot.holder.take().is_some() {
            core.tally.on_hold_end(now);
        }
        slot.delay = None;
        let waiters: Vec<_> = slot.queue.drain(..).collect();
        if fix == ShardFix::WaitTtl {
            let until = now + self.max_ttl.max(core.settings.ttl);
            slot.delay = Some((now, until));
            core.schedule(until, Event::Protocol(Timer::DelayEnd { lock }));
            core.log(LogKind::LockDelayed { lock, until });
        }
        for waiter in waiters {
            core.monitor.on_request_withdrawn(lock, waiter.req);
            if !core.workers[waiter.worker as usize].crashed {
                send_about(core, MsgKind::Request, waiter.worker, None, 0, lock);
            }
        }
    }
}
