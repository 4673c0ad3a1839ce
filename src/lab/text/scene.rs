//! Messages of the lock scene: the picture at the top of the lock lab (servers in the middle,
//! workers around them, messages as travelling dots) and the worker card under it.

use crate::i18n::catalogue;

catalogue! {
    /// Lock-scene messages.
    pub enum SC {
        Title => "The lock, live", "锁的实况";
        Label => "Lock scene: {0}. {1} workers, {2} messages in flight.", "锁的实况图：{0}。{1} 个工作者，{2} 条消息在途。";
        HolderIs => "holder: {0}", "持有者：{0}";
        HolderFree => "free", "空闲";
        HolderCrashed => "{0} (crashed)", "{0}（已崩溃）";
        Lease => "lease", "租约";
        NoLease => "no lease: only a release frees it", "无租约：只有释放才能解锁";
        Fifo => "queue, first served first: {0}", "队列，先到先得：{0}";
        AnyOrder => "waiting, any order: {0}", "等待中，顺序不定：{0}";
        More => "+{0}", "+{0}";
        Owner => "owner", "所有者";
        WatchChain => "each waiter watches the one before it: a deletion wakes one", "每个等待者只监听前一个：一次删除只唤醒一个";
        WatchHerd => "every waiter watches the children: a deletion wakes them all", "每个等待者都监听全部子节点：一次删除唤醒所有人";
        Znodes => "lock nodes, lowest first", "锁节点，最小的在前";
        EtcdKeys => "keys by CreateRevision", "按 CreateRevision 排列的键";
        LockDelay => "lock-delay", "锁延迟";
        NodeLock => "lock of node {0}", "节点 {0} 的锁";
        TwoHolders => "{0} hold the lock at once", "{0} 同时持有锁";
        TwoHoldersOf => "{0} hold {1} at once", "{0} 同时持有 {1}";
        StoragePerLock => "storage: one resource per lock", "存储：每把锁各一份资源";
        ShardLocks => "band colour: the ring node that owns the lock", "色条颜色：拥有这把锁的环节点";
        ShardMoved => "moved", "已迁移";
        Storage => "storage", "存储";
        Highest => "highest #{0}", "最大 #{0}";
        NoWrites => "no writes yet", "尚无写入";
        Expired => "lease expired", "租约过期";
        KeyExpired => "key expired", "键过期";
        Rejected => "stale #{0} rejected", "过期令牌 #{0} 被拒绝";
        StaleAccepted => "stale write accepted", "过期写入被接受";
        Replication => "async replication", "异步复制";
        Promoted => "master (was the replica)", "主节点（原为副本）";
        OldMaster => "old master: dead", "原主节点：已宕机";
        Majority => "majority: {0} of {1}", "多数派：{1} 个中的 {0} 个";
        MajorityHeld => "{0} has {1} of {2}: a majority", "{0} 拿到 {2} 个中的 {1} 个：多数派";
        Down => "down", "宕机";
        Inspect => "Hover, tap or Tab to a worker to see its timeline.", "悬停、轻点或用 Tab 选中一个工作者，查看它的时间线。";
        Timeline => "{0}: the last {1}", "{0}：最近 {1}";
        Aggregated => "{0} workers, one tick each, coloured by state", "{0} 个工作者，每人一条刻度，按状态着色";
        Ring => "Workers around the lock", "锁周围的工作者";
    }
}
