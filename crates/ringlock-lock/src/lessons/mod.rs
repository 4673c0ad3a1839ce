//! One-click lessons. Each is a seed, settings and (for some) one action recorded at the
//! right moment, so the lesson plays out from time 0 and its link replays it. The words are
//! the UI's; the facts here are data: what to expect, and what actually happened when.
//!
//! One file per model family ([`lease`], [`local`], [`watch`], [`keys`], [`shard`]) holds its lessons;
//! this one names them all and sends each to its family. The Learn course's own lessons
//! ([`course::CourseLesson`]) go to the same families.

pub mod expect;
pub mod keys;
pub mod lease;
pub mod local;
pub mod pinned;
pub mod run;
pub mod shard;
pub mod watch;

use crate::lab::history::Lab;
use crate::settings::Settings;
use crate::Time;
use expect::{Expect, Facts};

/// The methods every lesson list has, each asking the lesson's family.
macro_rules! lesson_methods {
    () => {
        /// Its seed.
        pub fn seed(self) -> u64 {
            self.family().seed()
        }

        /// Its settings.
        pub fn settings(self) -> Settings {
            self.family().settings()
        }

        /// How long to run to see the whole lesson.
        pub fn duration(self) -> Time {
            self.family().duration()
        }

        /// What the lesson is built to show.
        pub fn expects(self) -> &'static [Expect] {
            self.family().expects()
        }

        /// The lab at time 0, with the lesson's action recorded ahead.
        pub fn build(self) -> Lab {
            self.family().build()
        }

        /// Run the lesson to its end and gather what happened.
        pub fn facts(self) -> Facts {
            self.family().facts()
        }
    };
}

pub mod course;

/// A lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LabScenario {
    /// `crash`: the holder crashes; nothing happens until its lease runs out, then the next
    /// waiter gets the lock (DOMAIN C8).
    HolderCrash,
    /// `gc`: the holder pauses longer than its lease, without fencing: someone else gets the
    /// lock and writes, then the paused one wakes and its stale write is accepted (C9).
    GcPause,
    /// `fence`: the same pause with fencing on: the stale write is rejected (C9).
    GcPauseFenced,
    /// `local`: the article's in-process lock on two nodes: two holders at once.
    LocalLock,
    /// `fair`: 50 workers behind one FIFO server: every worker gets its turn, Jain's index
    /// near 1.
    FairQueue,
    /// `lockdelay`: the holder crashes as in `crash`, with Chubby's lock-delay: the lock is
    /// granted only at the lease's expiry plus the delay (C8).
    LockDelay,
    /// `zk`: 20 workers on ZooKeeper's lock recipe, each watching its predecessor: one
    /// wake-up per handoff, FIFO (C8).
    ZooKeeper,
    /// `herd`: the same, with every waiter watching all children: each handoff wakes every
    /// waiter (C8).
    Herd,
    /// `etcd`: etcd's `concurrency.Mutex`; the holder pauses longer than its session lease,
    /// etcd deletes its key and the next waiter by revision owns the lock; the paused one
    /// writes with its old revision and storage's "highest revision seen" guard rejects it
    /// (B7; `IsOwner()`'s compare inside etcd would fail too: its key is gone).
    Etcd,
    /// `failover`: Redis with an asynchronous replica; the master dies before the holder's
    /// key reached the replica, which grants it again: two holders (C10a).
    Failover,
    /// `redis-del`: critical sections (1.5 s) longer than the key's TTL (1 s), released with
    /// a plain `DEL` (B2). The first overlap comes from the expiry, before any `DEL`; then
    /// the late holder's `DEL` deletes the next holder's key, and the overlap after that
    /// comes from the `DEL`. [`Facts::overlaps`] tags each with its cause; the course's
    /// `redis-cas` twin keeps only the expiry overlaps.
    RedisDel,
    /// `clockjump`: Kleppmann's counterexample on Redlock — a node's clock jumps, its key
    /// expires, a second client wins a majority while the first still holds (C10b).
    ClockJump,
    /// `restart`: a Redlock node restarts at once without persistence: two holders (C10c).
    Restart,
    /// `restart-delayed`: the same restart, kept down longer than the TTL: safe (C10c).
    RestartDelayed,
    /// `shard-kill`: locks on a ring of three lock servers; the owner of a held lock dies,
    /// its successor has no record and grants the lock again: two holders (DOMAIN E).
    ShardKill,
    /// `shard-wait`: the same kill, the successor waiting one TTL before serving the moved
    /// arcs: every old lease has run out by then, one holder at a time.
    ShardWait,
    /// `shard-node-tokens`: the holder pauses and its lock's owner dies; the successor's
    /// per-node counter starts at 33, below the tokens storage has seen: the new holder's
    /// write is rejected and the paused holder's stale write accepted.
    ShardNodeTokens,
    /// `shard-epoch`: the same with (epoch, counter) tokens: the new holder's token is higher
    /// (a later epoch), and the stale write is rejected.
    ShardEpochTokens,
    /// `shard-join`: a node joins and its arcs take a held lock; the new node grants it
    /// again: two holders.
    ShardJoin,
    /// `shard-handoff`: the same join with the lock records handed over with the arc.
    ShardHandOff,
}

/// A lesson's family, with the family's own name for it.
#[derive(Clone, Copy)]
enum Family {
    Lease(lease::Lesson),
    Local,
    Watch(watch::Lesson),
    Keys(keys::Lesson),
    Shard(shard::Lesson),
}

impl LabScenario {
    /// Every lesson, in teaching order.
    pub const ALL: [LabScenario; 20] = [
        LabScenario::HolderCrash,
        LabScenario::LockDelay,
        LabScenario::GcPause,
        LabScenario::GcPauseFenced,
        LabScenario::LocalLock,
        LabScenario::FairQueue,
        LabScenario::ZooKeeper,
        LabScenario::Herd,
        LabScenario::Etcd,
        LabScenario::Failover,
        LabScenario::RedisDel,
        LabScenario::ClockJump,
        LabScenario::Restart,
        LabScenario::RestartDelayed,
        LabScenario::ShardKill,
        LabScenario::ShardWait,
        LabScenario::ShardNodeTokens,
        LabScenario::ShardEpochTokens,
        LabScenario::ShardJoin,
        LabScenario::ShardHandOff,
    ];

    /// Short id, for links and message keys.
    pub fn id(self) -> &'static str {
        match self {
            LabScenario::HolderCrash => "crash",
            LabScenario::GcPause => "gc",
            LabScenario::GcPauseFenced => "fence",
            LabScenario::LocalLock => "local",
            LabScenario::FairQueue => "fair",
            LabScenario::LockDelay => "lockdelay",
            LabScenario::ZooKeeper => "zk",
            LabScenario::Herd => "herd",
            LabScenario::Etcd => "etcd",
            LabScenario::Failover => "failover",
            LabScenario::RedisDel => "redis-del",
            LabScenario::ClockJump => "clockjump",
            LabScenario::Restart => "restart",
            LabScenario::RestartDelayed => "restart-delayed",
            LabScenario::ShardKill => "shard-kill",
            LabScenario::ShardWait => "shard-wait",
            LabScenario::ShardNodeTokens => "shard-node-tokens",
            LabScenario::ShardEpochTokens => "shard-epoch",
            LabScenario::ShardJoin => "shard-join",
            LabScenario::ShardHandOff => "shard-handoff",
        }
    }

    /// The lesson with this id.
    pub fn from_id(id: &str) -> Option<LabScenario> {
        LabScenario::ALL.into_iter().find(|s| s.id() == id)
    }

    fn family(self) -> Family {
        match self {
            LabScenario::HolderCrash => Family::Lease(lease::Lesson::HolderCrash),
            LabScenario::LockDelay => Family::Lease(lease::Lesson::LockDelay),
            LabScenario::GcPause => Family::Lease(lease::Lesson::GcPause),
            LabScenario::GcPauseFenced => Family::Lease(lease::Lesson::GcPauseFenced),
            LabScenario::FairQueue => Family::Lease(lease::Lesson::FairQueue),
            LabScenario::LocalLock => Family::Local,
            LabScenario::ZooKeeper => Family::Watch(watch::Lesson::ZooKeeper),
            LabScenario::Herd => Family::Watch(watch::Lesson::Herd),
            LabScenario::Etcd => Family::Watch(watch::Lesson::Etcd),
            LabScenario::Failover => Family::Keys(keys::Lesson::Failover),
            LabScenario::RedisDel => Family::Keys(keys::Lesson::RedisDel),
            LabScenario::ClockJump => Family::Keys(keys::Lesson::ClockJump),
            LabScenario::Restart => Family::Keys(keys::Lesson::Restart),
            LabScenario::RestartDelayed => Family::Keys(keys::Lesson::RestartDelayed),
            LabScenario::ShardKill => Family::Shard(shard::Lesson::Kill),
            LabScenario::ShardWait => Family::Shard(shard::Lesson::KillWait),
            LabScenario::ShardNodeTokens => Family::Shard(shard::Lesson::NodeTokens),
            LabScenario::ShardEpochTokens => Family::Shard(shard::Lesson::EpochTokens),
            LabScenario::ShardJoin => Family::Shard(shard::Lesson::Join),
            LabScenario::ShardHandOff => Family::Shard(shard::Lesson::JoinHandOff),
        }
    }

    lesson_methods!();
}

impl Family {
    fn seed(self) -> u64 {
        match self {
            Family::Lease(l) => l.seed(),
            Family::Local => local::SEED,
            Family::Watch(l) => l.seed(),
            Family::Keys(l) => l.seed(),
            Family::Shard(l) => l.seed(),
        }
    }

    fn settings(self) -> Settings {
        match self {
            Family::Lease(l) => l.settings(),
            Family::Local => local::settings(),
            Family::Watch(l) => l.settings(),
            Family::Keys(l) => l.settings(),
            Family::Shard(l) => l.settings(),
        }
    }

    fn duration(self) -> Time {
        match self {
            Family::Lease(l) => l.duration(),
            Family::Local => local::DURATION,
            Family::Watch(l) => l.duration(),
            Family::Keys(_) => keys::DURATION,
            Family::Shard(_) => shard::DURATION,
        }
    }

    fn expects(self) -> &'static [Expect] {
        match self {
            Family::Lease(l) => l.expects(),
            Family::Local => local::expects(),
            Family::Watch(l) => l.expects(),
            Family::Keys(l) => l.expects(),
            Family::Shard(l) => l.expects(),
        }
    }

    fn build(self) -> Lab {
        let Ok(lab) = Lab::new(self.seed(), self.settings()) else {
            unreachable!("scenario settings are in range (tested)")
        };
        match self {
            Family::Lease(l) => l.build(lab),
            Family::Local => lab,
            Family::Watch(l) => l.build(lab),
            Family::Keys(l) => l.build(lab),
            Family::Shard(l) => l.build(lab),
        }
    }

    fn facts(self) -> Facts {
        run::facts(self.build(), self.duration())
    }
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
