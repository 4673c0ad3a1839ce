//! The catalogue of lock models: which one a lab runs, and its link code. What a model does
//! lives in `protocols/`; this enum only names it.

/// Which lock the workers use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Model {
    /// One lock server for everyone: a FIFO queue, leases with a TTL and a fencing token with
    /// every grant (the article's §3.2 picture, made safe the way Kleppmann describes). With
    /// [`Settings::leases`](super::Settings::leases) off it is the §3.2 server as written: no
    /// TTL, and a crashed holder blocks everyone for ever.
    #[default]
    Central,
    /// The article's §4.2 code: an in-process lock per node. Workers on one node exclude each
    /// other; workers on different nodes never meet, so both enter the critical section.
    /// Like Python's `threading.Lock` it promises no order, so a random waiter wins.
    LocalLock,
    /// ZooKeeper's lock recipe: each request creates an ephemeral sequential node, the lowest
    /// node holds the lock, and the session (the lease, kept alive by heartbeats) ends with a
    /// crash. Deleting a node fires watches: with [`Settings::watch_all`](super::Settings::watch_all) off only the next
    /// waiter is woken; on, every waiter is (the herd), and each asks for the children again.
    ZooKeeper,
    /// etcd's `concurrency.Mutex`: each request puts `pfx/<leaseID>` bound to the session
    /// lease; the key with the smallest CreateRevision owns the lock and each waiter watches
    /// only the key just before its own. The fencing token is the key's CreateRevision: one
    /// revision counter bumped by every put and delete, so tokens increase but skip. A waiter
    /// woken after its lease expired gets `ErrSessionExpired` and starts over.
    Etcd,
    /// One Redis master with one asynchronously replicated replica: `SET key <random> NX PX
    /// <ttl>` to acquire, a compare-and-delete script (or, with [`Settings::plain_del`](super::Settings::plain_del), a
    /// plain `DEL`) to release, retries after a random delay. The random value is no fencing
    /// token: storage cannot order it. A failover promotes the replica with whatever it had.
    Redis,
    /// Redlock: five independent Redis masters, majority three, each expiring keys by its own
    /// clock. The client counts votes, computes the validity left, unlocks every node on
    /// failure and retries after a random delay.
    Redlock,
    /// Locks sharded on a consistent-hash ring: lock names hashed like keys (SHA-1, the Ring
    /// tab's convention), each ring node the lock server (leases, FIFO queue, tokens) for the
    /// locks on its arcs. Killing, reviving and joining nodes moves locks; what the new
    /// owner knows of them is [`Settings::shard_fix`](super::Settings::shard_fix), where
    /// tokens come from is [`Settings::token_scope`](super::Settings::token_scope).
    Sharded,
}

impl Model {
    /// Every model, in display order.
    pub const ALL: [Model; 7] = [
        Model::Central,
        Model::LocalLock,
        Model::ZooKeeper,
        Model::Etcd,
        Model::Redis,
        Model::Redlock,
        Model::Sharded,
    ];

    /// Short code used in links (`c`, `l`, `z`, `e`, `r`, `k`, `s`).
    pub fn code(self) -> &'static str {
        match self {
            Model::Central => "c",
            Model::LocalLock => "l",
            Model::ZooKeeper => "z",
            Model::Etcd => "e",
            Model::Redis => "r",
            Model::Redlock => "k",
            Model::Sharded => "s",
        }
    }

    /// The model for a link code.
    pub fn from_code(code: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.code() == code)
    }

    /// What the app and the engine may ask of a model without knowing it: one exhaustive
    /// match, the model's catalogue entry.
    fn traits(self) -> Traits {
        let (leased, watches, keys, masters) = match self {
            Model::Central => (true, false, false, 0),
            Model::LocalLock => (false, false, false, 0),
            Model::ZooKeeper => (true, true, false, 0),
            Model::Etcd => (true, true, false, 0),
            Model::Redis => (false, false, true, 1),
            Model::Redlock => (false, false, true, REDLOCK_NODES),
            Model::Sharded => (true, false, false, 0),
        };
        Traits {
            leased,
            watches,
            keys,
            masters,
        }
    }

    /// A lock service over the network with leases, renewals and fencing tokens (the central
    /// server, ZooKeeper, etcd and the sharded ring); false for the in-process local lock and for Redis, whose
    /// keys expire but carry no token and are not renewed here.
    pub fn leased(self) -> bool {
        self.traits().leased
    }

    /// A waiter learns its turn from a watch on the key or node before its own (ZooKeeper's
    /// recipe and etcd's `waitDeletes`).
    pub fn watches(self) -> bool {
        self.traits().watches
    }

    /// Redis keys with `SET NX PX` (one master, or Redlock's five).
    pub fn redis(self) -> bool {
        self.traits().keys
    }

    /// Redis masters the client talks to: 1, or Redlock's 5; none for the other models.
    pub fn masters(self) -> usize {
        self.traits().masters
    }
}

/// Redlock's independent masters.
pub const REDLOCK_NODES: usize = 5;

/// A model's catalogue entry.
struct Traits {
    leased: bool,
    watches: bool,
    keys: bool,
    masters: usize,
}
