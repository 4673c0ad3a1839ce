//! Each ring node as a lock server for the locks it owns: requests, grants with a lease and
//! a token from the owner's counter, renewals, releases, expiries, and the end of a wait
//! after a move. The owner of a lock is looked up when a message arrives, so a message sent
//! before a membership change reaches the lock's new owner.

use super::Sharded;
use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::engine::rng::below;
use crate::engine::worker::WorkerState;
use crate::protocols::lease::server::book_grant;
use crate::protocols::lease::table::Waiter;
use crate::protocols::payload::{Data, Timer};
use crate::protocols::protocol::{Ctx, Msg};
use crate::settings::TokenScope;
use crate::vocab::log::LogKind;
use crate::WorkerId;

/// Put a message about `lock` on the wire.
pub fn send_about(
    core: &mut Ctx,
    kind: MsgKind,
    w: u32,
    token: Option<u64>,
    grant: u64,
    lock: u32,
) {
    let msg = Msg {
        kind,
        worker: WorkerId(w),
        token,
        grant,
        sent_at: core.now,
        data: Data {
            lock,
            ..Data::default()
        },
    };
    core.put_on_wire(msg);
}

impl Sharded {
    /// Worker `w` picks a lock name at random and asks its owner.
    pub fn ask(&mut self, core: &mut Ctx, w: u32) {
        let lock = below(&mut core.rng.pick, self.table.slots.len() as u64) as u32;
        core.workers[w as usize].resource = lock;
        core.set_phase(w, WorkerState::Requesting);
        send_about(core, MsgKind::Request, w, None, 0, lock);
    }

    /// Worker `w` lets go of the lock it holds, naming it.
    pub fn send_release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64) {
        let lock = core.workers[w as usize].resource;
        send_about(core, MsgKind::Release, w, token, grant, lock);
    }

    /// A request reached the lock's owner: granted at once if free, else queued.
    pub fn on_request(&mut self, core: &mut Ctx, msg: Msg) {
        let (w, lock) = (msg.worker.0, msg.data.lock);
        if lock as usize >= self.table.slots.len() {
            return;
        }
        if core.workers[w as usize].phase == WorkerState::Requesting {
            core.set_phase(w, WorkerState::Waiting);
        }
        let req = self.table.next_req;
        self.table.next_req += 1;
        core.monitor.on_request(lock, req, w);
        let waiter = Waiter { worker: w, req };
        let slot = &mut self.table.slots[lock as usize];
        let waiting = slot.delay.is_some_and(|(_, until)| until > core.now);
        if slot.holder.is_none() && !waiting {
            self.grant(core, lock, waiter);
        } else {
            slot.queue.push_back(waiter);
            let position = (slot.queue.len() - 1) as u32;
            core.log(LogKind::Queued {
                worker: WorkerId(w),
                lock,
                position,
            });
        }
    }

    /// The owner grants `lock` with a lease and a token from its own counter (with the
    /// epoch in front under [`TokenScope::Epoch`]).
    fn grant(&mut self, core: &mut Ctx, lock: u32, waiter: Waiter) {
        let (now, w) = (core.now, waiter.worker);
        let owner = self.ring.owner(lock) as usize;
        let counter = self.counters[owner];
        self.counters[owner] += 1;
        let token = match core.settings.token_scope {
            TokenScope::Node => counter,
            TokenScope::Epoch => (self.epoch << 32) | counter,
        };
        self.last_token = Some(token);
        let grant = core.next_grant;
        core.next_grant += 1;
        let ttl = core.settings.ttl;
        self.max_ttl = self.max_ttl.max(ttl);
        let expires_at = core.settings.leases.then_some(now + ttl);
        let slot = &mut self.table.slots[lock as usize];
        book_grant(core, slot, lock, waiter, Some(token), grant, expires_at);
        if let Some(at) = expires_at {
            core.schedule(at, Event::Protocol(Timer::ShardLease { lock, grant }));
        }
        core.send(MsgKind::Grant, w, Some(token), grant);
    }

    /// `lock` is free: the front of its queue gets it.
    pub fn grant_next(&mut self, core: &mut Ctx, lock: u32) {
        if let Some(waiter) = self.table.slots[lock as usize].queue.pop_front() {
            core.tally.handoffs += 1;
            self.grant(core, lock, waiter);
        }
    }

    fn end_lease(&mut self, core: &mut Ctx, lock: u32) {
        if let Some(lease) = self.table.slots[lock as usize].holder.take() {
            core.monitor.on_lease_end(lock, lease.worker);
            core.tally.on_hold_end(core.now);
        }
    }

    /// The owner's record says `msg`'s sender holds `lock` with this token, unexpired.
    fn is_holder(&self, core: &Ctx, lock: u32, msg: &Msg) -> bool {
        self.table.slots.get(lock as usize).is_some_and(|s| {
            s.holder.is_some_and(|l| {
                l.worker == msg.worker.0 && l.token == msg.token && l.live(core.now)
            })
        })
    }

    /// A renewal names no lock (the engine sends it): it is about the lock its sender asked
    /// for last, the only one it can hold. A new owner without the record ignores it.
    pub fn on_renew(&mut self, core: &mut Ctx, msg: Msg) {
        let lock = core.workers[msg.worker.0 as usize].resource;
        let token = msg.token.unwrap_or(0);
        let leased = self
            .table
            .slots
            .get(lock as usize)
            .is_some_and(|s| s.holder.is_some_and(|l| l.expires_at.is_some()));
        if !leased || !self.is_holder(core, lock, &msg) {
            core.log(LogKind::RenewIgnored {
                worker: msg.worker,
                token,
            });
            return;
        }
        let (ttl, until) = (core.settings.ttl, core.now + core.settings.ttl);
        self.max_ttl = self.max_ttl.max(ttl);
        let mut earlier = None;
        if let Some(l) = self.table.slots[lock as usize].holder.as_mut() {
            // A TTL shortened since the last grant or renewal needs a check at the new,
            // earlier deadline too.
            if l.expires_at.is_some_and(|at| until < at) {
                earlier = Some(l.grant);
            }
            l.expires_at = Some(until);
            l.ttl = ttl;
        }
        if let Some(grant) = earlier {
            core.schedule(until, Event::Protocol(Timer::ShardLease { lock, grant }));
        }
        core.monitor.on_renew(lock, msg.worker.0, until);
        core.log(LogKind::Renewed {
            worker: msg.worker,
            token,
            until,
        });
    }

    /// A release counts only from the recorded holder with its token.
    pub fn on_release(&mut self, core: &mut Ctx, msg: Msg) {
        let lock = msg.data.lock;
        if !self.is_holder(core, lock, &msg) {
            core.log(LogKind::ReleaseIgnored {
                worker: msg.worker,
                token: msg.token.unwrap_or(0),
            });
            return;
        }
        self.end_lease(core, lock);
        core.log(LogKind::Released {
            worker: msg.worker,
            lock,
        });
        self.grant_next(core, lock);
    }

    /// A lease's deadline came: renewed meanwhile, check again later; else it expires.
    pub fn lease_check(&mut self, core: &mut Ctx, lock: u32, grant: u64) {
        let Some(lease) = (self.table.slots.get(lock as usize))
            .and_then(|s| s.holder)
            .filter(|l| l.grant == grant)
        else {
            return;
        };
        match lease.expires_at {
            Some(at) if at > core.now => {
                core.schedule(at, Event::Protocol(Timer::ShardLease { lock, grant }))
            }
            Some(_) | None => {
                self.end_lease(core, lock);
                core.log(LogKind::Expired {
                    worker: WorkerId(lease.worker),
                    token: lease.token.unwrap_or(0),
                });
                self.grant_next(core, lock);
            }
        }
    }

    /// The wait after a move is over: the new owner serves the lock.
    pub fn wait_over(&mut self, core: &mut Ctx, lock: u32) {
        let Some(slot) = self.table.slots.get_mut(lock as usize) else {
            return;
        };
        let Some((since, until)) = slot.delay.filter(|&(_, until)| until <= core.now) else {
            return;
        };
        slot.delay = None;
        core.tally.delayed_total += until - since;
        if slot.holder.is_none() {
            self.grant_next(core, lock);
        }
    }
}
