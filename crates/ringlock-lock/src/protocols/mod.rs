//! The lock models, each behind the [`Protocol`] trait, and [`AnyProtocol`], the one enum the
//! lab holds (an enum rather than `Box<dyn Protocol>`: a snapshot is a `Clone`).
//!
//! * [`lease`]: the lease server's family — [`lease::central`] (with Chubby's lock-delay),
//!   [`lease::zookeeper`] (the recipe, with the herd), [`lease::etcd`] (the mutex, revisions
//!   as tokens), and [`local`] (the article's in-process lock, on the same queue);
//! * [`keys`]: Redis keys — [`keys::redis`] (one master and its replica) and
//!   [`keys::redlock`] (five masters);
//! * [`sharded`]: locks on a consistent-hash ring, one lock server per ring node, with
//!   membership changes.

pub mod keys;
pub mod lease;
pub mod local;
pub mod payload;
pub mod protocol;
pub mod sharded;

use crate::engine::worker::WorkerState;
use crate::settings::{LockError, Model, Settings, REDLOCK_NODES};
use crate::Time;
use keys::redis::Redis;
use keys::redlock::Redlock;
use keys::KeyLock;
use lease::central::Central;
use lease::etcd::Etcd;
use lease::table::LockSlot;
use lease::zookeeper::ZooKeeper;
use lease::Leased;
use local::Local;
use payload::Timer;
use protocol::{Ctx, Fault, Msg, Protocol};
use sharded::Sharded;

/// The model a lab runs, with its state.
#[derive(Clone, Debug)]
pub enum AnyProtocol {
    /// [`Model::Central`].
    Central(Leased<Central>),
    /// [`Model::LocalLock`].
    LocalLock(Leased<Local>),
    /// [`Model::ZooKeeper`].
    ZooKeeper(Leased<ZooKeeper>),
    /// [`Model::Etcd`].
    Etcd(Leased<Etcd>),
    /// [`Model::Redis`].
    Redis(KeyLock<Redis>),
    /// [`Model::Redlock`].
    Redlock(KeyLock<Redlock>),
    /// [`Model::Sharded`] (boxed: the ring is larger than the other models' state).
    Sharded(Box<Sharded>),
}

impl AnyProtocol {
    /// A fresh model for the settings.
    pub fn new(settings: &Settings) -> Self {
        match settings.model {
            Model::Central => AnyProtocol::Central(Leased::new(1, Central)),
            Model::LocalLock => AnyProtocol::LocalLock(Leased::new(settings.nodes as usize, Local)),
            Model::ZooKeeper => AnyProtocol::ZooKeeper(Leased::new(1, ZooKeeper)),
            Model::Etcd => AnyProtocol::Etcd(Leased::new(1, Etcd::default())),
            Model::Redis => AnyProtocol::Redis(KeyLock::new(1, Redis::default())),
            Model::Redlock => AnyProtocol::Redlock(KeyLock::new(REDLOCK_NODES, Redlock)),
            Model::Sharded => AnyProtocol::Sharded(Box::new(Sharded::new(settings))),
        }
    }
}

/// Run `$body` with `$p` bound to the model inside, whichever it is.
macro_rules! each {
    ($self:expr, $p:ident => $body:expr) => {
        match $self {
            AnyProtocol::Central($p) => $body,
            AnyProtocol::LocalLock($p) => $body,
            AnyProtocol::ZooKeeper($p) => $body,
            AnyProtocol::Etcd($p) => $body,
            AnyProtocol::Redis($p) => $body,
            AnyProtocol::Redlock($p) => $body,
            AnyProtocol::Sharded($p) => $body,
        }
    };
}

impl Protocol for AnyProtocol {
    fn slot_count(&self) -> usize {
        each!(self, p => p.slot_count())
    }
    fn leased(&self) -> bool {
        each!(self, p => p.leased())
    }
    fn request(&mut self, core: &mut Ctx, w: u32) {
        each!(self, p => p.request(core, w))
    }
    fn release(&mut self, core: &mut Ctx, w: u32, token: Option<u64>, grant: u64, node: u32) {
        each!(self, p => p.release(core, w, token, grant, node))
    }
    fn deliver(&mut self, core: &mut Ctx, msg: Msg) {
        each!(self, p => p.deliver(core, msg))
    }
    fn worker_message(&mut self, core: &mut Ctx, msg: Msg) {
        each!(self, p => p.worker_message(core, msg))
    }
    fn wait_timer(&mut self, core: &mut Ctx, w: u32) {
        each!(self, p => p.wait_timer(core, w))
    }
    fn timer(&mut self, core: &mut Ctx, timer: Timer) {
        each!(self, p => p.timer(core, timer))
    }
    fn after_event(&mut self, core: &mut Ctx) {
        each!(self, p => p.after_event(core))
    }
    fn on_crash(&mut self, core: &mut Ctx, w: u32, phase: WorkerState, node: u32) {
        each!(self, p => p.on_crash(core, w, phase, node))
    }
    fn check_fault(&self, fault: Fault) -> Result<(), LockError> {
        each!(self, p => p.check_fault(fault))
    }
    fn apply_fault(&mut self, core: &mut Ctx, fault: Fault) {
        each!(self, p => p.apply_fault(core, fault))
    }
    fn slots(&self) -> &[LockSlot] {
        each!(self, p => p.slots())
    }
    fn slot_is_node(&self) -> bool {
        each!(self, p => p.slot_is_node())
    }
    fn last_token(&self) -> Option<u64> {
        each!(self, p => p.last_token())
    }
    fn has_place(&self, w: u32) -> bool {
        each!(self, p => p.has_place(w))
    }
    fn valid_until(&self, w: u32) -> Option<Time> {
        each!(self, p => p.valid_until(w))
    }
    fn delay_running(&self, now: Time) -> Time {
        each!(self, p => p.delay_running(now))
    }
    fn write_arrived(&mut self, core: &mut Ctx, msg: &Msg) {
        each!(self, p => p.write_arrived(core, msg))
    }
    fn locks_apart(&self) -> bool {
        each!(self, p => p.locks_apart())
    }
}
