//! ZooKeeper's lock recipe, on top of the central server's queue and leases.
//!
//! `create(EPHEMERAL|SEQUENTIAL)` is the request: the node's sequence number is its place in
//! the queue, and the lowest node holds the lock. A node is deleted by an unlock (the
//! release), or by its session's expiry (the lease, kept alive by heartbeats, which a crash
//! stops). What differs from the central server is how a waiter learns its turn: on each
//! deletion ZooKeeper sends *watch notifications* over the network, and each notified waiter
//! asks `getChildren` and waits for the answer before the lowest one proceeds.
//!
//! * Predecessor watches (the recipe): each waiter watches only the node just below its own,
//!   so a deletion wakes exactly one waiter.
//! * Watching all children ([`Settings::watch_all`]): every deletion wakes every waiter, and
//!   all of them ask for the children at once — the herd.
//!
//! [`Settings::watch_all`]: super::Settings::watch_all

use super::event::{Msg, MsgKind};
use super::log::LogKind;
use super::sim::Sim;
use super::worker::WorkerState;
use super::WorkerId;

impl Sim {
    /// The lowest node was deleted and `next`'s node is now the lowest (the server has already
    /// made it the holder): fire the watches.
    pub(crate) fn notify_watchers(&mut self, next: u32) {
        let mut woken = vec![next];
        if self.settings.watch_all && self.settings.model == super::settings::Model::ZooKeeper {
            woken.extend(self.locks[0].queue.iter().map(|w| w.worker));
        }
        let count = woken.len() as u32;
        for w in woken {
            self.send(MsgKind::Watch, w, None, 0);
        }
        self.tally.wakeups += u64::from(count);
        self.log(LogKind::Notified {
            worker: WorkerId(next),
            count,
        });
    }

    /// A watch fired at a worker: it asks for the children to see whether it is lowest.
    pub(crate) fn watch_fired(&mut self, w: u32) {
        if self.workers[w as usize].phase == WorkerState::Waiting {
            self.send(MsgKind::GetChildren, w, None, 0);
        }
    }

    /// `getChildren` reached the server. The lowest node's owner learns it holds the lock,
    /// with its token; a waiter further back learns it does not and watches again. A worker
    /// whose node is gone (its session expired before it heard) creates a new one.
    pub(crate) fn server_get_children(&mut self, msg: Msg) {
        let w = msg.worker.0;
        let holder = self.locks[0].holder.filter(|l| l.worker == w);
        match holder {
            Some(l) if l.expires_at.is_some_and(|e| e > self.now) => {
                self.send(MsgKind::Children(true), w, l.token, l.grant);
            }
            _ if self.locks[0].queue.iter().any(|x| x.worker == w) => {
                self.send(MsgKind::Children(false), w, None, 0);
            }
            _ if self.settings.model == super::settings::Model::Etcd => self.session_expired(w),
            _ => self.lock_request(0, w),
        }
    }

    /// The children reached a worker: if its node is the lowest, it holds the lock.
    pub(crate) fn children_received(&mut self, msg: Msg, lowest: bool) {
        let w = msg.worker.0;
        if lowest && self.workers[w as usize].phase == WorkerState::Waiting {
            self.grant_received(w, msg.token, msg.grant);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        Action, Invariant, LogKind, Model, MsgKind, Settings, Sim, Span, WorkerId, WorkerState,
    };

    fn settings(workers: u32, watch_all: bool) -> Settings {
        Settings {
            model: Model::ZooKeeper,
            workers,
            watch_all,
            latency: 20,
            jitter: 0,
            ..Settings::default()
        }
    }

    #[test]
    fn predecessor_watches_wake_one_waiter_per_handoff() {
        let mut sim = Sim::new(3, settings(10, false)).unwrap();
        sim.run_until(20_000);
        let m = sim.metrics();
        assert!(m.handoffs > 20, "{m:?}");
        assert_eq!(m.wakeups, m.handoffs);
        assert_eq!(m.wakeups_per_handoff, Some(1.0));
        for v in Invariant::ALL {
            assert_eq!(sim.monitor().count(v), 0, "{v:?}");
        }
        assert!(sim
            .log_since(0)
            .filter_map(|e| match e.kind {
                LogKind::Notified { count, .. } => Some(count),
                _ => None,
            })
            .all(|c| c == 1));
        assert_eq!(sim.lost_workers(), []);
    }

    #[test]
    fn watching_all_children_wakes_the_herd() {
        let mut sim = Sim::new(3, settings(10, true)).unwrap();
        sim.run_until(20_000);
        let m = sim.metrics();
        assert!(m.wakeups_per_handoff.unwrap() > 3.0, "{m:?}");
        let mut pred = Sim::new(3, settings(10, false)).unwrap();
        pred.run_until(20_000);
        let p = pred.metrics();
        assert!(m.messages_per_grant.unwrap() > p.messages_per_grant.unwrap() + 5.0);
        assert_eq!(
            sim.monitor().count(Invariant::Fifo),
            0,
            "the herd is still FIFO"
        );
        assert_eq!(sim.monitor().count(Invariant::LeaseExclusion), 0);
        assert_eq!(sim.lost_workers(), []);
    }

    /// With fixed timings the handoff takes exactly three one-way latencies: the watch, the
    /// `getChildren`, the answer.
    #[test]
    fn a_handoff_is_watch_get_children_answer() {
        let s = Settings {
            workers: 2,
            think: Span::new(0, 0),
            hold: Span::new(100, 100),
            ..settings(2, false)
        };
        let mut sim = Sim::new(1, s).unwrap();
        sim.run_until(2_000);
        let released = sim
            .log_since(0)
            .find(|e| matches!(e.kind, LogKind::Released { .. }))
            .unwrap();
        let next = sim
            .log_since(released.index)
            .find_map(|e| match e.kind {
                LogKind::Holding { worker, waited, .. } if waited > 0 => Some((e.at, worker)),
                _ => None,
            })
            .unwrap();
        assert_eq!(next.0, released.at + 3 * 20);
        assert_ne!(Some(next.1), None);
    }

    #[test]
    fn a_crashed_waiter_loses_its_watch_and_its_session_expires() {
        let mut sim = Sim::new(2, settings(3, false)).unwrap();
        while sim.locks()[0].queue.is_empty() {
            sim.step();
        }
        let waiter = sim.locks()[0].queue[0];
        sim.apply(Action::Crash(waiter)).unwrap();
        sim.run_until(sim.now() + 5_000);
        assert!(sim.log_since(0).any(|e| matches!(
            e.kind,
            LogKind::Dropped { worker, kind: MsgKind::Watch } if worker == waiter
        )));
        assert!(sim
            .log_since(0)
            .any(|e| matches!(e.kind, LogKind::Expired { worker, .. } if worker == waiter)));
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
        assert_eq!(
            sim.worker(WorkerId(waiter.0)).unwrap().state,
            WorkerState::Crashed
        );
        assert_eq!(sim.lost_workers(), []);
    }
}
