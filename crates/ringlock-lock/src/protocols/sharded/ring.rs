//! The sharded model's ring: `ringlock_core::Ring` with the lock names as its keys, so a lock
//! sits where the Ring tab would put a key of that name (SHA-1, Karger's clockwise
//! successor) and a membership change moves exactly the locks the ring's `Change` lists.

use ringlock_core::ring::{Change, NodeId};
use ringlock_core::Ring;

/// Most nodes a sharded lab's ring holds (the lab's node limit).
pub const MAX_RING_NODES: u32 = 16;

/// A lock that changed owner: (lock, from, to).
pub type Moved = (u32, u32, u32);

/// The ring of lock servers and the lock names on it.
#[derive(Clone, Debug)]
pub struct ShardRing {
    ring: Ring,
    /// The ring's id of each node, by node number (the order nodes joined).
    ids: Vec<NodeId>,
    alive: Vec<bool>,
    /// The node that owns each lock.
    owner: Vec<u32>,
}

/// Node `n`'s name on the ring: `node1`, `node2` … as on the Ring tab.
pub fn node_name(n: u32) -> String {
    format!("node{}", n + 1)
}

/// Lock `l`'s name, hashed like a key: `lock1`, `lock2` …
pub fn lock_name(l: u32) -> String {
    format!("lock{}", l + 1)
}

fn lock_number(name: &str) -> Option<u32> {
    name.strip_prefix("lock")?
        .parse::<u32>()
        .ok()?
        .checked_sub(1)
}

impl ShardRing {
    /// `nodes` live nodes with `vnodes` points each, and `locks` lock names. The settings are
    /// validated first (1–16 nodes, 1–256 points, 1–64 locks), which the ring accepts.
    pub fn new(nodes: u32, vnodes: u32, locks: u32) -> Self {
        let mut ring = Ring::new(vnodes);
        let mut ids = Vec::new();
        for n in 0..nodes.min(MAX_RING_NODES) {
            if ring.add_node(&node_name(n), 1).is_ok() {
                ids.extend(ring.find_node(&node_name(n)));
            }
        }
        for l in 0..locks {
            let _ = ring.add_key(&lock_name(l));
        }
        let mut shard = ShardRing {
            alive: vec![true; ids.len()],
            ring,
            ids,
            owner: Vec::new(),
        };
        shard.owner = (0..locks)
            .map(|l| {
                let slot = shard.ring.keys().find(&lock_name(l));
                let id = slot.and_then(|s| shard.ring.owner_at(s));
                id.and_then(|id| shard.number(id)).unwrap_or(0)
            })
            .collect();
        shard
    }

    fn number(&self, id: NodeId) -> Option<u32> {
        self.ids.iter().position(|&x| x == id).map(|n| n as u32)
    }

    /// The node that owns lock `l` now.
    pub fn owner(&self, l: u32) -> u32 {
        self.owner.get(l as usize).copied().unwrap_or(0)
    }

    /// Nodes on the ring, dead ones included.
    pub fn node_count(&self) -> u32 {
        self.ids.len() as u32
    }

    /// Whether node `n` is on the ring and up.
    pub fn is_alive(&self, n: u32) -> bool {
        self.alive.get(n as usize).copied().unwrap_or(false)
    }

    /// Live nodes.
    pub fn live_count(&self) -> usize {
        self.alive.iter().filter(|&&a| a).count()
    }

    /// The core ring (its points, for drawing).
    pub fn ring(&self) -> &Ring {
        &self.ring
    }

    /// The node number of a ring id.
    pub fn node_of(&self, id: NodeId) -> Option<u32> {
        self.number(id)
    }

    /// Kill node `n` (checked by the caller): its locks pass clockwise.
    pub fn kill(&mut self, n: u32) -> Vec<Moved> {
        let change = self.ring.kill_node(&node_name(n));
        self.alive[n as usize] = false;
        self.apply(change.ok())
    }

    /// Revive node `n` (checked by the caller): exactly its old arcs come back.
    pub fn revive(&mut self, n: u32) -> Vec<Moved> {
        let change = self.ring.revive_node(&node_name(n));
        self.alive[n as usize] = true;
        self.apply(change.ok())
    }

    /// A new node joins (checked by the caller); returns its number and the locks it takes.
    pub fn join(&mut self) -> (u32, Vec<Moved>) {
        let n = self.node_count();
        let change = self.ring.add_node(&node_name(n), 1);
        self.ids.extend(self.ring.find_node(&node_name(n)));
        self.alive.push(true);
        (n, self.apply(change.ok()))
    }

    /// Follow the ring's change: each moved key is a lock changing owner.
    fn apply(&mut self, change: Option<Change>) -> Vec<Moved> {
        let Some(change) = change else {
            return Vec::new();
        };
        let mut moved = Vec::new();
        for m in &change.moves {
            let lock = lock_number(self.ring.keys().name(m.key));
            let to = m.to.and_then(|id| self.number(id));
            if let (Some(lock), Some(to)) = (lock, to) {
                if let Some(owner) = self.owner.get_mut(lock as usize) {
                    moved.push((lock, *owner, to));
                    *owner = to;
                }
            }
        }
        moved.sort_unstable();
        moved
    }
}
