//! The article's §4.2 lock: an in-process lock per node. Workers on one node exclude each
//! other; workers on different nodes never meet. No network, no lease, no token; like
//! Python's `threading.Lock` it promises no order, so a random waiter wins.

use super::lease::{Leased, Rules};
use super::protocol::Ctx;
use crate::engine::rng::below;
use crate::engine::worker::WorkerState;

/// The local lock's rules.
#[derive(Clone, Copy, Debug, Default)]
pub struct Local;

impl Rules for Local {
    const LEASED: bool = false;

    /// The worker takes its own node's lock, in process.
    fn request(p: &mut Leased<Self>, core: &mut Ctx, w: u32) {
        let lock = core.workers[w as usize].node;
        p.lock_request(core, lock, w);
    }

    fn release(p: &mut Leased<Self>, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64) {
        let _ = (token, grant);
        let lock = core.workers[w as usize].node;
        p.local_release(core, lock, w);
    }

    /// A thread waiting on an in-process lock dies with its wait. (The server, in contrast,
    /// never learns of a crash: the request stays queued, is granted, and the lease expires.)
    fn on_crash(p: &mut Leased<Self>, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        if phase != WorkerState::Waiting {
            return;
        }
        let queue = &mut p.table.slots[node as usize].queue;
        if let Some(i) = queue.iter().position(|x| x.worker == w) {
            if let Some(waiter) = queue.remove(i) {
                core.monitor.on_request_withdrawn(node, waiter.req);
            }
        }
    }

    fn pick(&mut self, core: &mut Ctx, len: u64) -> usize {
        below(&mut core.rng.pick, len) as usize
    }
}
