//! Messages of the lock lab's Redis and Redlock models: their settings, nodes, faults, log
//! lines, numbers and lessons.

use crate::i18n::catalogue;

catalogue! {
    /// Redis and Redlock messages.
    pub enum K {
        // models and settings
        ModelRedis => "Redis (master + async replica)", "Redis（主节点 + 异步副本）";
        ModelRedlock => "Redlock (5 masters)", "Redlock（5 个主节点）";
        ReplLag => "Replication lag (ms)", "复制延迟（毫秒）";
        RestartDelay => "Restart delay (ms)", "重启延迟（毫秒）";
        PlainDel => "Release with a plain DEL (unsafe)", "用普通 DEL 释放（不安全）";
        PlainDelHint => "Off: release runs the script that deletes the key only if it still holds this client's random value. On: a bare DEL, which deletes whoever's key is there.",
                        "关闭时，释放执行一段脚本：只有键里仍是本工作者的随机值才删除。开启时改用普通 DEL，不管键是谁的都会删掉。";
        RestartDelayHint => "A restarted node comes back empty (no fsync). Keeping it down longer than the TTL lets every key it had granted expire first.",
                            "重启的节点回来时是空的（未开启 fsync）。让它宕机超过 TTL，它授予过的键就都会先过期。";
        NoTokenHint => "Redis's random values are not ordered: storage has no token to check, so fencing does nothing here.",
                       "Redis 的随机值没有顺序：存储没有令牌可检查，所以防护令牌在这里不起作用。";
        StorageNoToken => "no token to check", "无令牌可查";
        FieldReplLag => "Replication lag", "复制延迟";
        FieldRestartDelay => "Restart delay", "重启延迟";
        FieldClockJump => "Clock jump", "时钟跳变";
        FieldOutage => "Cut-off length", "断网时长";
        // nodes
        RedisServer => "Redis: master and replica", "Redis：主节点与副本";
        RedlockServer => "Redlock: five independent masters", "Redlock：五个独立主节点";
        Master => "Master", "主节点";
        Replica => "Replica ({0} behind)", "副本（落后 {0}）";
        NodeN => "Node {0}", "节点 {0}";
        NoKey => "no key", "无键";
        KeyLeft => "{0} left by its clock", "按其时钟剩余 {0}";
        ClockAhead => "clock +{0}", "时钟快 {0}";
        DownUntil => "down until {0}", "宕机至 {0}";
        FailedOver => "Failed over: the replica is the master now, with no replica of its own.", "已故障转移：副本已成为主节点，且自身没有副本。";
        Failover => "Fail over", "故障转移";
        FailoverHint => "The master dies; the replica takes over with whatever it had replicated.", "主节点宕机；副本接管，只带着它已复制到的数据。";
        FaultMs => "Jump or cut-off length (ms)", "跳变或断网时长（毫秒）";
        Jump => "Jump clock", "时钟跳变";
        JumpLabel => "Jump {0}'s clock forward", "让{0}的时钟向前跳";
        CutOff => "Cut off", "断网";
        CutOffLabel => "Cut {0} off the network", "让{0}断开网络";
        Restart => "Restart", "重启";
        RestartLabel => "Restart {0} without persistence", "在无持久化的情况下重启{0}";
        NodesHint => "A clock jump makes a node expire keys early; a cut-off node keeps its keys; a restart loses them and keeps the node down for the restart delay.",
                     "时钟跳变让节点提前让键过期；断网的节点保留它的键；重启则丢失所有键，并按重启延迟保持宕机。";
        ValidUntil => "Validity ends", "有效期结束";
        MonitorHint => "Under Redis, lease exclusion checks the service: at most one unexpired SET it acknowledged (one master), or at most one worker holding a majority of keys unexpired by each node's own clock (Redlock). Holder exclusion checks what the clients believe. FIFO is not promised: clients retry after random delays.",
                       "在 Redis 下，租约互斥检查的是服务器：最多只有一个它确认过且未过期的 SET（单主节点），或最多只有一个工作者持有按各节点自身时钟未过期的多数派键（Redlock）。持有者互斥检查的是工作者的认知。先进先出并无保证：工作者在随机延迟后重试。";
        // messages
        MsgSetNx => "SET NX PX", "SET NX PX";
        MsgVoteYes => "OK", "OK（已加锁）";
        MsgVoteNo => "nil (taken)", "nil（已被占用）";
        MsgUnlock => "unlock", "解锁";
        MsgDel => "DEL", "DEL";
        // log
        LogKeySet => "{1} sets the key for {0}", "{1} 为 {0} 设置了键";
        LogKeyTaken => "{1} refuses {0}: the key is taken", "{1} 拒绝了 {0}：键已被占用";
        LogKeyExpired => "The key of {0} on {1} has expired by {1}'s clock", "按 {1} 的时钟，{0} 在 {1} 上的键已过期";
        LogUnlockOwn => "{0}'s unlock deletes its key on {1}", "{0} 的解锁删除了它在 {1} 上的键";
        LogUnlockNone => "{0}'s unlock finds no key of its own on {1}", "{0} 的解锁在 {1} 上没有找到自己的键";
        LogUnlockForeign => "{0}'s plain DEL deletes the key of {2} on {1}", "{0} 的普通 DEL 删除了 {2} 在 {1} 上的键";
        LogVotesWon => "{0} won {1} votes: it holds the lock, valid for {2}", "{0} 赢得 {1} 票：持有锁，有效期还剩 {2}";
        LogVotesLost => "{0} won {1} votes, not enough: it unlocks and retries after a random delay", "{0} 只赢得 {1} 票，不够：它解锁，随机等待后重试";
        LogFailedOverLost => "The master dies before the key of {0} reached the replica: the replica takes over without it", "主节点在 {0} 的键复制到副本之前宕机：副本接管时没有这个键";
        LogFailedOver => "The master dies: the replica takes over", "主节点宕机：副本接管";
        LogClockJumped => "{0}'s clock jumps forward {1}", "{0} 的时钟向前跳了 {1}";
        LogCutOff => "{0} is cut off the network until {1}", "{0} 断网至 {1}";
        LogRestarted => "{0} restarts empty (no persistence); back at {1}", "{0} 重启后为空（无持久化）；{1} 恢复";
        // metrics
        VotesWonLost => "Votes won / lost", "赢得 / 失去的票";
        SetsWonLost => "SETs won / refused", "SET 成功 / 被拒";
        LogSetWon => "{0} set the key: it holds the lock, valid for {1}", "{0} 设置了键：持有锁，有效期还剩 {1}";
        LogSetLost => "{0} found the key taken: it retries after a random delay", "{0} 发现键已被占用：随机等待后重试";
        VotesHint => "SET NX answers that set the key, and that found it taken.", "成功设置键的 SET NX 应答数，以及发现键已被占用的应答数。";
        Retries => "Retries", "重试次数";
        RetriesHint => "Failed attempts, each followed by a retry after a random delay (no order, no bound on waiting).", "失败的尝试次数；每次失败后随机等待再重试（没有顺序，等待也没有上限）。";
        ForeignDeletes => "Others' keys deleted", "误删他人的键";
        ForeignDeletesHint => "Releases that deleted another worker's key: only a plain DEL can.", "删除了其他工作者的键的释放次数：只有普通 DEL 会这样。";
        // errors
        WrongModel => "This action belongs to another lock model.", "此操作属于另一种锁模型。";
        UnknownNode => "There is no node {0}.", "不存在节点 {0}。";
        AlreadyFailedOver => "The master has already failed over: there is no replica left.", "主节点已经故障转移过：已经没有副本了。";
        // lessons
        LessonFailover => "Redis failover before replication", "Redis：复制完成前故障转移";
        LessonRedisDel => "Redis release with a plain DEL", "Redis：用普通 DEL 释放";
        LessonClockJump => "Redlock: a clock jumps (Kleppmann)", "Redlock：时钟跳变（Kleppmann）";
        LessonRestart => "Redlock: restart without persistence", "Redlock：无持久化重启";
        LessonRestartDelayed => "Redlock: delayed restart", "Redlock：延迟重启";
    }
}
