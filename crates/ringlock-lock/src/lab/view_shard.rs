//! View data of the sharded model: the ring's nodes and their points, each lock's place,
//! owner and record, and what the last membership change moved. Positions are the ring's
//! (`ringlock_core::hash::angle_deg` turns one into the Ring tab's angle).

use ringlock_core::hash::key_position;

use super::sim::Sim;
use crate::protocols::sharded::ring::{lock_name, node_name};
use crate::protocols::sharded::{LockMove, Sharded};
use crate::protocols::AnyProtocol;
use crate::{Time, WorkerId};

/// One ring node, a lock server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardNode {
    /// Its number, from 0 in the order nodes joined.
    pub node: u32,
    /// Its name on the ring (`node1` …).
    pub name: String,
    /// Up.
    pub alive: bool,
    /// Its points' positions on the ring.
    pub points: Vec<u64>,
    /// Its next token counter.
    pub counter: u64,
}

/// One lock name on the ring, as its owner's record has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardLock {
    /// Its number.
    pub lock: u32,
    /// Its name, hashed like a key (`lock1` …).
    pub name: String,
    /// Its position on the ring.
    pub position: u64,
    /// The node that owns it now.
    pub owner: u32,
    /// The holder in the owner's record, with its token.
    pub holder: Option<(WorkerId, u64)>,
    /// Requests queued at the owner.
    pub waiting: u32,
    /// The owner grants it to nobody before then (the wait after a move).
    pub serving_from: Option<Time>,
    /// The highest token its resource has accepted.
    pub highest: Option<u64>,
}

/// The sharded ring as the lab shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardView {
    /// The nodes, by number.
    pub nodes: Vec<ShardNode>,
    /// The locks, by number.
    pub locks: Vec<ShardLock>,
    /// The configuration epoch: membership changes so far.
    pub epoch: u64,
    /// The locks the last change moved.
    pub moves: Vec<LockMove>,
    /// When the last change happened.
    pub changed_at: Option<Time>,
}

fn view(s: &Sharded, sim: &Sim) -> ShardView {
    let now = sim.now();
    let ring = s.ring.ring();
    let nodes = (0..s.ring.node_count())
        .map(|n| ShardNode {
            node: n,
            name: node_name(n),
            alive: s.ring.is_alive(n),
            points: (ring.points().iter())
                .filter(|p| s.ring.node_of(p.node) == Some(n))
                .map(|p| p.position)
                .collect(),
            counter: s.counters.get(n as usize).copied().unwrap_or(0),
        })
        .collect();
    let locks = (s.table.slots.iter().enumerate())
        .map(|(l, slot)| {
            let l = l as u32;
            ShardLock {
                lock: l,
                name: lock_name(l),
                position: key_position(&lock_name(l)),
                owner: s.ring.owner(l),
                holder: (slot.holder)
                    .filter(|h| h.live(now))
                    .map(|h| (WorkerId(h.worker), h.token.unwrap_or(0))),
                waiting: slot.queue.len() as u32,
                serving_from: slot.delay.map(|d| d.1).filter(|&u| u > now),
                highest: sim.core.storage.highest_of(l),
            }
        })
        .collect();
    ShardView {
        nodes,
        locks,
        epoch: s.epoch,
        moves: s.moves.clone(),
        changed_at: s.changed_at,
    }
}

impl Sim {
    /// The sharded ring; `None` for the other models.
    pub fn shard(&self) -> Option<ShardView> {
        match &self.proto {
            AnyProtocol::Sharded(s) => Some(view(s, self)),
            AnyProtocol::Central(_)
            | AnyProtocol::LocalLock(_)
            | AnyProtocol::ZooKeeper(_)
            | AnyProtocol::Etcd(_)
            | AnyProtocol::Redis(_)
            | AnyProtocol::Redlock(_) => None,
        }
    }
}
