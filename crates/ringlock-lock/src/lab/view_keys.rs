//! View data of one model family's own: each Redis master's key, by its own clock, and the
//! replica; etcd's store revision.

use super::sim::Sim;
use crate::protocols::keys::node::RNode;
use crate::protocols::AnyProtocol;
use crate::{Time, WorkerId};

/// One Redis master (or the replica).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeView {
    /// Its number: 0 for the single master, 0–4 under Redlock.
    pub node: u32,
    /// Whose key it holds, unexpired by its own clock.
    pub holder: Option<WorkerId>,
    /// Time left on that key, by the node's clock.
    pub remaining: Option<Time>,
    /// The node's clock minus logical time (a jump makes it positive).
    pub offset: i64,
    /// Cut off or restarting until then.
    pub down_until: Option<Time>,
}

/// The Redis side: the masters and, for a single master, its replica.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedisView {
    /// The masters.
    pub nodes: Vec<NodeView>,
    /// The replica's copy (a single master before any failover; `None` otherwise).
    pub replica: Option<NodeView>,
    /// The master has failed over to its replica.
    pub failed_over: bool,
}

fn node_view(i: usize, n: &RNode, now: Time) -> NodeView {
    let key = n.live_key(now);
    NodeView {
        node: i as u32,
        holder: key.map(|k| WorkerId(k.worker)),
        remaining: key.map(|k| (k.expires - n.clock(now)).max(0) as Time),
        offset: n.offset,
        down_until: n.down_until.filter(|&u| u > now),
    }
}

impl Sim {
    /// The Redis masters and replica; `None` for the other models.
    pub fn redis(&self) -> Option<RedisView> {
        let now = self.core.now;
        let (nodes, replica, failed_over) = match &self.proto {
            AnyProtocol::Redis(k) => {
                let r = &k.rules;
                let replica = (!r.failed_over).then(|| {
                    let copy = RNode {
                        key: r.replica,
                        ..RNode::default()
                    };
                    node_view(1, &copy, now)
                });
                (&k.nodes, replica, r.failed_over)
            }
            AnyProtocol::Redlock(k) => (&k.nodes, None, false),
            AnyProtocol::Central(_)
            | AnyProtocol::LocalLock(_)
            | AnyProtocol::ZooKeeper(_)
            | AnyProtocol::Etcd(_)
            | AnyProtocol::Sharded(_) => return None,
        };
        Some(RedisView {
            nodes: nodes
                .iter()
                .enumerate()
                .map(|(i, n)| node_view(i, n, now))
                .collect(),
            replica,
            failed_over,
        })
    }

    /// The store's current revision (etcd only).
    pub fn etcd_revision(&self) -> Option<u64> {
        match &self.proto {
            AnyProtocol::Etcd(e) => Some(e.rules.revision),
            AnyProtocol::Central(_)
            | AnyProtocol::LocalLock(_)
            | AnyProtocol::ZooKeeper(_)
            | AnyProtocol::Redis(_)
            | AnyProtocol::Redlock(_)
            | AnyProtocol::Sharded(_) => None,
        }
    }
}
