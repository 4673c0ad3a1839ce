//! The sharded model's two choices: what a node does with arcs it gains, and how far a
//! fencing token's counter reaches. Each has a link code.

/// What keeps a lock safe when its arc changes owner (DOMAIN E).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ShardFix {
    /// Nothing: the new owner has no record of the lock and grants it at once, even while
    /// the old holder's lease runs.
    #[default]
    Nothing,
    /// The new owner grants nobody a moved lock for one TTL (the longest any node has
    /// granted with): every lease handed out before the move has run out by then. Chubby's
    /// lock-delay, applied to a change of ownership.
    WaitTtl,
    /// The lock records (holder, lease, queue) travel with the arc: migrated on a join or a
    /// revive, as `redis-cli --cluster reshard` moves keys with their TTL; on a kill taken
    /// from the successor's synchronous replica.
    HandOff,
}

/// Which counter a fencing token comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TokenScope {
    /// Each node's own counter, from 33, restarting at 33 when the node comes back (it keeps
    /// nothing on disk). A lock's tokens restart low when it moves.
    #[default]
    Node,
    /// (configuration epoch, node counter), compared in that order: the epoch rises with
    /// every membership change, like ZooKeeper's zxid or a Raft term, so a lock's tokens
    /// keep rising across owners.
    Epoch,
}

impl ShardFix {
    /// Every option, in display order.
    pub const ALL: [ShardFix; 3] = [ShardFix::Nothing, ShardFix::WaitTtl, ShardFix::HandOff];

    /// Link code.
    pub fn code(self) -> &'static str {
        match self {
            ShardFix::Nothing => "n",
            ShardFix::WaitTtl => "w",
            ShardFix::HandOff => "h",
        }
    }

    /// The option for a link code.
    pub fn from_code(code: &str) -> Option<ShardFix> {
        ShardFix::ALL.into_iter().find(|f| f.code() == code)
    }
}

impl TokenScope {
    /// Every scope, in display order.
    pub const ALL: [TokenScope; 2] = [TokenScope::Node, TokenScope::Epoch];

    /// Link code.
    pub fn code(self) -> &'static str {
        match self {
            TokenScope::Node => "n",
            TokenScope::Epoch => "e",
        }
    }

    /// The scope for a link code.
    pub fn from_code(code: &str) -> Option<TokenScope> {
        TokenScope::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// An epoch token's parts: (epoch, counter). The token is `epoch << 32 | counter`, so
/// comparing tokens compares epochs first, then counters.
pub fn epoch_parts(token: u64) -> (u64, u64) {
    (token >> 32, token & 0xffff_ffff)
}
