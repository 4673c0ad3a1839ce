//! How the lock service and the storage react: requests, grants, leases, releases, and the
//! fencing check on writes.

use super::event::{Event, Msg, MsgKind};
use super::log::LogKind;
use super::service::{Lease, Waiter};
use super::settings::Model;
use super::sim::{below, Sim};
use super::worker::WorkerState;
use super::WorkerId;

impl Sim {
    pub(crate) fn server_request(&mut self, w: u32) {
        if self.workers[w as usize].phase == WorkerState::Requesting {
            self.set_phase(w, WorkerState::Waiting);
        }
        self.lock_request(0, w);
    }

    /// A lock receives a request: granted at once if free, else queued.
    pub(crate) fn lock_request(&mut self, lock: u32, w: u32) {
        if self.settings.model == Model::Etcd {
            self.etcd_put(w);
        }
        let req = self.next_req;
        self.next_req += 1;
        self.monitor.on_request(lock, req, w);
        let waiter = Waiter { worker: w, req };
        let slot = &mut self.locks[lock as usize];
        if slot.holder.is_none() && slot.delay.is_none() {
            self.grant(lock, waiter, false);
        } else {
            slot.queue.push_back(waiter);
            let position = (slot.queue.len() - 1) as u32;
            if self.workers[w as usize].phase != WorkerState::Waiting {
                self.set_phase(w, WorkerState::Waiting);
            }
            self.log(LogKind::Queued {
                worker: WorkerId(w),
                lock,
                position,
            });
        }
    }

    /// Grant the lock to a waiter. `handoff`: the lock was just freed (a release, an expiry,
    /// the end of a lock-delay) rather than found free by this request.
    fn grant(&mut self, lock: u32, waiter: Waiter, handoff: bool) {
        let now = self.now;
        let w = waiter.worker;
        let grant = self.next_grant;
        self.next_grant += 1;
        let central = self.settings.model.leased();
        let token = match self.settings.model {
            Model::Etcd => {
                let rev = self.etcd_revision_of(w);
                self.etcd.last_granted = Some(rev);
                Some(rev)
            }
            _ => central.then_some(self.next_token),
        };
        let ttl = self.settings.ttl;
        let expires_at = central.then_some(now + ttl);
        if central {
            self.next_token += 1;
        }
        self.locks[lock as usize].holder = Some(Lease {
            worker: w,
            token,
            grant,
            granted_at: now,
            expires_at,
            ttl,
            holder_crashed: self.workers[w as usize].crashed,
        });
        self.monitor.on_request_granted(now, lock, waiter.req, w);
        self.monitor.on_grant(now, lock, w, expires_at);
        self.tally.on_hold_start(now);
        self.log(LogKind::Granted {
            worker: WorkerId(w),
            lock,
            token,
        });
        match (token, expires_at) {
            (Some(token), Some(at)) => {
                self.schedule(at, Event::LeaseCheck { token });
                if handoff && self.settings.model.watches() {
                    self.notify_watchers(w);
                } else {
                    self.send(MsgKind::Grant, w, Some(token), grant);
                }
            }
            // An in-process lock hands over without a network.
            _ => {
                let msg = Msg {
                    kind: MsgKind::Grant,
                    worker: WorkerId(w),
                    token: None,
                    grant,
                    sent_at: now,
                    value: 0,
                    px: 0,
                };
                self.worker_receive(msg);
            }
        }
    }

    /// The lock is free: hand it to the next waiter. The server takes the front of its FIFO
    /// queue; a local lock, like `threading.Lock`, promises no order and wakes a random one.
    pub(crate) fn grant_next(&mut self, lock: u32) {
        let len = self.locks[lock as usize].queue.len() as u64;
        if len == 0 {
            return;
        }
        let i = match self.settings.model {
            Model::LocalLock => below(&mut self.rng.pick, len) as usize,
            _ => 0,
        };
        if let Some(waiter) = self.locks[lock as usize].queue.remove(i) {
            self.tally.handoffs += 1;
            self.grant(lock, waiter, true);
        }
    }

    fn end_lease(&mut self, lock: u32) {
        if let Some(lease) = self.locks[lock as usize].holder.take() {
            self.monitor.on_lease_end(lock, lease.worker);
            self.tally.on_hold_end(self.now);
            if self.settings.model == Model::Etcd {
                self.etcd_delete(lease.worker);
            }
        }
    }

    /// The message is from the holder of the server's current lease, and that lease has not
    /// run out (a lease ending exactly now is over: its check is due this millisecond).
    pub(crate) fn is_current_holder(&self, msg: &Msg) -> bool {
        self.locks[0].holder.is_some_and(|l| {
            l.worker == msg.worker.0
                && l.token == msg.token
                && l.expires_at.is_some_and(|e| e > self.now)
        })
    }

    pub(crate) fn server_renew(&mut self, msg: Msg) {
        let token = msg.token.unwrap_or(0);
        if !self.is_current_holder(&msg) {
            self.log(LogKind::RenewIgnored {
                worker: msg.worker,
                token,
            });
            return;
        }
        let (ttl, until) = (self.settings.ttl, self.now + self.settings.ttl);
        if let Some(l) = self.locks[0].holder.as_mut() {
            l.expires_at = Some(until);
            l.ttl = ttl;
        }
        self.monitor.on_renew(0, msg.worker.0, until);
        self.log(LogKind::Renewed {
            worker: msg.worker,
            token,
            until,
        });
    }

    /// A release counts only from the current lease's holder with its token — like Redis's
    /// compare-and-delete, so a late release cannot free someone else's lock.
    pub(crate) fn server_release(&mut self, msg: Msg) {
        if !self.is_current_holder(&msg) {
            self.log(LogKind::ReleaseIgnored {
                worker: msg.worker,
                token: msg.token.unwrap_or(0),
            });
            return;
        }
        self.end_lease(0);
        self.log(LogKind::Released {
            worker: msg.worker,
            lock: 0,
        });
        self.grant_next(0);
    }

    /// The lease's deadline came. Renewals move the deadline without touching the queue, so
    /// a renewed lease simply checks again later.
    pub(crate) fn lease_check(&mut self, token: u64) {
        let Some(lease) = self.locks[0].holder.filter(|l| l.token == Some(token)) else {
            return;
        };
        match lease.expires_at {
            Some(at) if at > self.now => self.schedule(at, Event::LeaseCheck { token }),
            _ => {
                self.end_lease(0);
                self.log(LogKind::Expired {
                    worker: WorkerId(lease.worker),
                    token,
                });
                if !self.start_lock_delay(0) {
                    self.grant_next(0);
                }
            }
        }
    }

    /// A local lock let go by its thread.
    pub(crate) fn local_release(&mut self, lock: u32, w: u32) {
        if self.locks[lock as usize]
            .holder
            .is_some_and(|l| l.worker == w)
        {
            self.end_lease(lock);
            self.log(LogKind::Released {
                worker: WorkerId(w),
                lock,
            });
            self.grant_next(lock);
        }
    }

    pub(crate) fn storage_write(&mut self, msg: Msg) {
        let fencing = self.settings.fencing;
        let accepted = self.storage.write(self.now, msg.worker, msg.token, fencing);
        if accepted {
            self.monitor
                .on_write_accepted(self.now, msg.worker.0, msg.grant);
            self.log(LogKind::WriteAccepted {
                worker: msg.worker,
                token: msg.token,
            });
        } else {
            self.log(LogKind::WriteRejected {
                worker: msg.worker,
                token: msg.token,
                highest: self.storage.highest.unwrap_or(0),
            });
        }
        self.send(
            MsgKind::WriteAck(accepted),
            msg.worker.0,
            msg.token,
            msg.grant,
        );
    }
}
