//! Watches, shared by ZooKeeper's recipe and etcd's mutex: on each deletion of the lowest
//! node the server fires watch notifications over the network, and each notified waiter asks
//! `getChildren` and waits for the answer before the lowest one proceeds.

use super::{Leased, Rules};
use crate::engine::net::MsgKind;
use crate::engine::worker::WorkerState;
use crate::protocols::protocol::{Ctx, Msg};
use crate::vocab::log::LogKind;
use crate::WorkerId;

impl<R: Rules> Leased<R> {
    /// The lowest node was deleted and `next`'s node is now the lowest (the server has already
    /// made it the holder): fire the watches — one, or the whole herd.
    pub fn notify_watchers(&mut self, core: &mut Ctx, next: u32) {
        let mut woken = vec![next];
        if self.rules.herd(&core.settings) {
            woken.extend(self.table.slots[0].queue.iter().map(|w| w.worker));
        }
        let count = woken.len() as u32;
        for w in woken {
            core.send(MsgKind::Watch, w, None, 0);
        }
        core.tally.wakeups += u64::from(count);
        core.log(LogKind::Notified {
            worker: WorkerId(next),
            count,
        });
    }

    /// A watch fired at a worker: it asks for the children to see whether it is lowest.
    pub fn watch_fired(&mut self, core: &mut Ctx, w: u32) {
        if core.workers[w as usize].phase == WorkerState::Waiting {
            core.send(MsgKind::GetChildren, w, None, 0);
        }
    }

    /// `getChildren` reached the server. The lowest node's owner learns it holds the lock,
    /// with its token; a waiter further back learns it does not and watches again. A waiter
    /// whose node is gone (its session expired before it heard) creates a new one. A late
    /// `getChildren` from a worker no longer waiting (a herd of watches queued while it was
    /// paused, answered after it already took the lock) only meets `SESSION_EXPIRED`: it is
    /// not trying to acquire, so it creates nothing.
    pub fn server_get_children(&mut self, core: &mut Ctx, msg: Msg) {
        let w = msg.worker.0;
        let holder = self.table.slots[0].holder.filter(|l| l.worker == w);
        match holder {
            Some(l) if l.live(core.now) => {
                core.send(MsgKind::Children(true), w, l.token, l.grant);
            }
            _ if self.table.slots[0].queue.iter().any(|x| x.worker == w) => {
                core.send(MsgKind::Children(false), w, None, 0);
            }
            _ if core.workers[w as usize].phase != WorkerState::Waiting => {}
            Some(_) | None => {
                self.rules.key_gone(core, w);
                self.lock_request(core, 0, w);
            }
        }
    }

    /// The children reached a worker: if its node is the lowest, it holds the lock — once
    /// per grant: a second answer for a grant it already used (several `getChildren` in
    /// flight after a herd) is stale, its node long gone.
    pub fn children_received(&mut self, core: &mut Ctx, msg: Msg, lowest: bool) {
        let w = msg.worker.0;
        let worker = &core.workers[w as usize];
        let used = worker.grants > 0 && msg.grant <= worker.grant;
        if lowest && !used && worker.phase == WorkerState::Waiting {
            core.grant_received(w, msg.token, msg.grant);
        }
    }
}
