//! How the lock server reacts: requests, grants, leases, renewals, releases and expiries, and
//! the deadlock check on its locks.

use super::table::{Lease, LockSlot, Waiter};
use super::{Leased, Rules};
use crate::engine::net::MsgKind;
use crate::engine::queue::Event;
use crate::engine::worker::WorkerState;
use crate::observe::invariant::Cause;
use crate::protocols::payload::{Data, Timer};
use crate::protocols::protocol::{Ctx, Msg};
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

impl<R: Rules> Leased<R> {
    pub fn server_request(&mut self, core: &mut Ctx, w: u32) {
        if core.workers[w as usize].phase == WorkerState::Requesting {
            core.set_phase(w, WorkerState::Waiting);
        }
        self.lock_request(core, 0, w);
    }

    /// A lock receives a request: granted at once if free, else queued.
    pub fn lock_request(&mut self, core: &mut Ctx, lock: u32, w: u32) {
        self.rules.on_put(w);
        let req = self.table.next_req;
        self.table.next_req += 1;
        core.monitor.on_request(lock, req, w);
        let waiter = Waiter { worker: w, req };
        let slot = &mut self.table.slots[lock as usize];
        if slot.holder.is_none() && slot.delay.is_none() {
            self.grant(core, lock, waiter, false);
        } else {
            slot.queue.push_back(waiter);
            let position = (slot.queue.len() - 1) as u32;
            if core.workers[w as usize].phase != WorkerState::Waiting {
                core.set_phase(w, WorkerState::Waiting);
            }
            core.log(LogKind::Queued {
                worker: WorkerId(w),
                lock,
                position,
            });
        }
    }

    /// Grant the lock to a waiter. `handoff`: the lock was just freed (a release, an expiry,
    /// the end of a lock-delay) rather than found free by this request.
    fn grant(&mut self, core: &mut Ctx, lock: u32, waiter: Waiter, handoff: bool) {
        let now = core.now;
        let w = waiter.worker;
        let grant = core.next_grant;
        core.next_grant += 1;
        let token = R::LEASED.then(|| self.rules.token(self.table.next_token, w));
        let ttl = core.settings.ttl;
        // Without leases (the article's server as written) a grant never runs out.
        let expires_at = (R::LEASED && core.settings.leases).then_some(now + ttl);
        if R::LEASED {
            self.table.next_token += 1;
        }
        let slot = &mut self.table.slots[lock as usize];
        book_grant(core, slot, lock, waiter, token, grant, expires_at);
        match token {
            Some(token) => {
                if let Some(at) = expires_at {
                    core.schedule(at, Event::Protocol(Timer::LeaseCheck { token }));
                }
                if handoff && R::WATCHES {
                    self.notify_watchers(core, w);
                } else {
                    core.send(MsgKind::Grant, w, Some(token), grant);
                }
            }
            // An in-process lock hands over without a network.
            None => {
                let msg = Msg {
                    kind: MsgKind::Grant,
                    worker: WorkerId(w),
                    token: None,
                    grant,
                    sent_at: now,
                    data: Data::default(),
                };
                if core.worker_receive(&msg) {
                    core.grant_received(w, None, grant);
                }
            }
        }
    }

    /// The lock is free: hand it to the next waiter (which one is the model's rule).
    pub fn grant_next(&mut self, core: &mut Ctx, lock: u32) {
        let len = self.table.slots[lock as usize].queue.len() as u64;
        if len == 0 {
            return;
        }
        let i = self.rules.pick(core, len);
        if let Some(waiter) = self.table.slots[lock as usize].queue.remove(i) {
            core.tally.handoffs += 1;
            self.grant(core, lock, waiter, true);
        }
    }

    fn end_lease(&mut self, core: &mut Ctx, lock: u32) {
        if let Some(lease) = self.table.slots[lock as usize].holder.take() {
            core.monitor.on_lease_end(lock, lease.worker);
            core.tally.on_hold_end(core.now);
            self.rules.on_delete(lease.worker);
        }
    }

    /// The message is from the holder of the server's current lease, and that lease has not
    /// run out (a lease ending exactly now is over: its check is due this millisecond; a
    /// grant without a lease never runs out).
    fn is_current_holder(&self, core: &Ctx, msg: &Msg) -> bool {
        self.table.slots[0]
            .holder
            .is_some_and(|l| l.worker == msg.worker.0 && l.token == msg.token && l.live(core.now))
    }

    /// A renewal extends a current lease; a grant without one has nothing to extend.
    pub fn server_renew(&mut self, core: &mut Ctx, msg: Msg) {
        let token = msg.token.unwrap_or(0);
        let leased = self.table.slots[0]
            .holder
            .is_some_and(|l| l.expires_at.is_some());
        if !leased || !self.is_current_holder(core, &msg) {
            core.log(LogKind::RenewIgnored {
                worker: msg.worker,
                token,
            });
            return;
        }
        let (ttl, until) = (core.settings.ttl, core.now + core.settings.ttl);
        let mut earlier = false;
        if let Some(l) = self.table.slots[0].holder.as_mut() {
            // A TTL shortened since the last grant or renewal moves the deadline earlier than
            // the pending check: check at the new deadline too, or the lease outlives it.
            earlier = l.expires_at.is_some_and(|at| until < at);
            l.expires_at = Some(until);
            l.ttl = ttl;
        }
        if earlier {
            core.schedule(until, Event::Protocol(Timer::LeaseCheck { token }));
        }
        core.monitor.on_renew(0, msg.worker.0, until);
        core.log(LogKind::Renewed {
            worker: msg.worker,
            token,
            until,
        });
    }

    /// A release counts only from the current lease's holder with its token — like Redis's
    /// compare-and-delete, so a late release cannot free someone else's lock.
    pub fn server_release(&mut self, core: &mut Ctx, msg: Msg) {
        if !self.is_current_holder(core, &msg) {
            core.log(LogKind::ReleaseIgnored {
                worker: msg.worker,
                token: msg.token.unwrap_or(0),
            });
            return;
        }
        self.end_lease(core, 0);
        core.log(LogKind::Released {
            worker: msg.worker,
            lock: 0,
        });
        self.grant_next(core, 0);
    }

    /// The lease's deadline came. Renewals move the deadline without touching the queue, so
    /// a renewed lease simply checks again later.
    pub fn lease_check(&mut self, core: &mut Ctx, token: u64) {
        let Some(lease) = self.table.slots[0]
            .holder
            .filter(|l| l.token == Some(token))
        else {
            return;
        };
        match lease.expires_at {
            Some(at) if at > core.now => {
                core.schedule(at, Event::Protocol(Timer::LeaseCheck { token }))
            }
            Some(_) | None => {
                self.end_lease(core, 0);
                core.log(LogKind::Expired {
                    worker: WorkerId(lease.worker),
                    token,
                });
                if !self.start_lock_delay(core, 0) {
                    self.grant_next(core, 0);
                }
            }
        }
    }

    /// A lock let go by its in-process holder.
    pub fn local_release(&mut self, core: &mut Ctx, lock: u32, w: u32) {
        if self.table.slots[lock as usize]
            .holder
            .is_some_and(|l| l.worker == w)
        {
            self.end_lease(core, lock);
            core.log(LogKind::Released {
                worker: WorkerId(w),
                lock,
            });
            self.grant_next(core, lock);
        }
    }

    /// Deadlock check after every event and action: each lock with waiters must be held by
    /// someone who can still let go (a running or paused worker, or a lease that will run
    /// out), or be in a lock-delay that has not yet run out — free with waiters by design,
    /// but no longer than that (its end must grant at once). A crashed holder without a
    /// lease (the article's server as written, a local lock) can no longer release it, and
    /// nobody will free it: [`Cause::HolderCannotRelease`]. When a lock first looks stuck,
    /// an audit event a millisecond later makes sure it is looked at again even if nothing
    /// else ever happens.
    pub fn check_locks(&mut self, core: &mut Ctx) {
        check_slots(&self.table.slots, core);
    }
}

/// Book a grant of `lock` to `waiter` under any lease model: the lease in the lock's slot (at
/// the TTL set now), the monitor's and the tally's books, the log.
pub fn book_grant(
    core: &mut Ctx,
    slot: &mut LockSlot,
    lock: u32,
    waiter: Waiter,
    token: Option<u64>,
    grant: u64,
    expires_at: Option<Time>,
) {
    let (now, w) = (core.now, waiter.worker);
    slot.holder = Some(Lease {
        worker: w,
        token,
        grant,
        granted_at: now,
        expires_at,
        ttl: core.settings.ttl,
        holder_crashed: core.workers[w as usize].crashed,
    });
    core.monitor.on_request_granted(now, lock, waiter.req, w);
    core.monitor.on_grant(now, lock, w, expires_at);
    core.tally.on_hold_start(now);
    core.log(LogKind::Granted {
        worker: WorkerId(w),
        lock,
        token,
    });
}

/// [`Leased::check_locks`] over any model's lock slots.
pub fn check_slots(slots: &[LockSlot], core: &mut Ctx) {
    let now = core.now;
    for (i, slot) in slots.iter().enumerate() {
        let stuck = if slot.queue.is_empty() {
            None
        } else {
            match slot.holder {
                None => slot
                    .delay
                    .is_none_or(|(_, until)| until <= now)
                    .then_some(Cause::FreeWithWaiters),
                Some(l) => match l.expires_at {
                    Some(e) => (e <= now).then_some(Cause::LeaseRunOut),
                    None => l.holder_crashed.then_some(Cause::HolderCannotRelease),
                },
            }
        };
        let holder = slot.holder.map(|l| l.worker);
        let first = slot.queue.front().map(|w| w.worker);
        let newly = core.monitor.check_stuck(now, i as u32, stuck, || {
            holder.into_iter().chain(first).collect()
        });
        if newly {
            core.schedule(now + 1, Event::Audit);
        }
    }
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
