//! The seam between the engine and a lock model: what a protocol does when a worker asks,
//! when a message reaches its servers, when its timers fire, when a worker lets go, and what
//! it shows.

use super::lease::table::LockSlot;
use super::payload::{Data, Payload, Timer};
use crate::engine::kernel::Core;
use crate::engine::worker::WorkerState;
use crate::settings::{Field, LockError};
use crate::Time;

/// The engine as a protocol sees it: carrying the protocols' [`Timer`]s and [`Data`].
pub type Ctx = Core<Payload>;

/// A message as the protocols see it: with their [`Data`].
pub type Msg = crate::engine::net::Msg<Data>;

/// A fault of a lock service's nodes, injected by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The single master dies before replicating; the replica takes over.
    Failover,
    /// A node's clock jumps forward.
    ClockJump { node: u32, ms: Time },
    /// A node is unreachable for a while.
    CutOff { node: u32, ms: Time },
    /// A node restarts without persistence.
    Restart(u32),
    /// A ring node dies, with its lock records.
    KillNode(u32),
    /// A dead ring node comes back, empty.
    ReviveNode(u32),
    /// A new node joins the ring.
    JoinNode,
}

impl Fault {
    /// The node it concerns (none for a failover) and the length to check, with its field.
    pub fn target(self) -> (Option<u32>, Option<(Field, Time)>) {
        match self {
            Fault::Failover => (None, None),
            Fault::ClockJump { node, ms } => (Some(node), Some((Field::ClockJump, ms))),
            Fault::CutOff { node, ms } => (Some(node), Some((Field::Outage, ms))),
            Fault::Restart(node) | Fault::KillNode(node) | Fault::ReviveNode(node) => {
                (Some(node), None)
            }
            Fault::JoinNode => (None, None),
        }
    }
}

/// One lock model. The engine calls these; each model owns its state, messages and timers.
pub trait Protocol {
    /// Lock slots (with queues) the model keeps, for the monitor's books.
    fn slot_count(&self) -> usize;
    /// Grants are leases that holders renew (the model's catalogue entry says the same).
    fn leased(&self) -> bool;
    /// Worker `w` finished thinking and asks for the lock.
    fn request(&mut self, core: &mut Ctx, w: u32);
    /// Worker `w` finished its critical section (storage answered) and lets go.
    fn release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64, node: u32);
    /// A message reached one of the model's servers or nodes.
    fn deliver(&mut self, core: &mut Ctx, msg: Msg);
    /// A model message reached a running worker (the engine handles grants and write acks).
    fn worker_message(&mut self, core: &mut Ctx, msg: Msg);
    /// A waiting worker's own timer fired.
    fn wait_timer(&mut self, core: &mut Ctx, w: u32);
    /// One of the model's timers fired.
    fn timer(&mut self, core: &mut Ctx, timer: Timer);
    /// The checks after every event and action.
    fn after_event(&mut self, core: &mut Ctx);
    /// Worker `w` crashed in `phase` on `node` (the engine has done its part).
    fn on_crash(&mut self, core: &mut Ctx, w: u32, phase: WorkerState, node: u32);
    /// Whether a node fault applies to this model now.
    fn check_fault(&self, fault: Fault) -> Result<(), LockError>;
    /// Apply a node fault (checked first).
    fn apply_fault(&mut self, core: &mut Ctx, fault: Fault);
    /// The lock slots, for the view and the audits (none for key-based models).
    fn slots(&self) -> &[LockSlot];
    /// A slot is one node's in-process lock (rather than a server's).
    fn slot_is_node(&self) -> bool;
    /// The last fencing token handed out.
    fn last_token(&self) -> Option<u64>;
    /// A worker's place in the model: queued at, or holding, a lock slot.
    fn has_place(&self, w: u32) -> bool {
        self.slots().iter().any(|l| {
            l.queue.iter().any(|x| x.worker == w) || l.holder.is_some_and(|h| h.worker == w)
        })
    }
    /// When the validity a client computed on acquiring runs out.
    fn valid_until(&self, w: u32) -> Option<Time>;
    /// A write reached storage (before storage's own check): the model may note what its
    /// own guard would say.
    fn write_arrived(&mut self, core: &mut Ctx, msg: &Msg) {
        let _ = (core, msg);
    }
    /// Its locks guard different resources: the monitor keeps exclusion per lock.
    fn locks_apart(&self) -> bool {
        false
    }
    /// Time the locks have been held back by lock-delays that are still running.
    fn delay_running(&self, now: Time) -> Time {
        self.slots()
            .iter()
            .filter_map(|l| l.delay)
            .map(|(since, until)| now.min(until).saturating_sub(since))
            .sum()
    }
}
