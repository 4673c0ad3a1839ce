//! Messages of the lock lab: controls, panels, lessons, invariants, the event log, errors.
//! The Redis models' words are in [`redis`], etcd's in [`etcd`].

pub mod errors;
pub mod etcd;
pub mod lessons;
pub mod redis;
pub mod scene;
pub mod shard;

use crate::i18n::catalogue;

catalogue! {
    /// Lock-lab messages.
    pub enum L {
        // time controls
        TimeControls => "Time controls", "时间控制";
        Play => "Play", "播放";
        PauseRun => "Pause", "暂停";
        Reset => "Reset", "重置";
        ResetHint => "Back to time 0 with no actions of yours (a lesson keeps its own).",
                     "回到时间 0，清除你的操作（练习保留其自带的操作）。";
        StepBack => "Step back", "后退一步";
        StepBackHint => "Back to the previous event (←)", "回到上一个事件（←）";
        StepForward => "Step forward", "前进一步";
        StepForwardHint => "On to the next event (→)", "前进到下一个事件（→）";
        LogicalTime => "Logical time", "逻辑时间";
        KeysHint => "Space: play/pause · ← →: step", "空格：播放/暂停 · ← →：单步";
        Scrubber => "Time in the run", "运行中的时间点";
        ScrubberValue => "{0} of {1}", "{0} / {1}";
        Speed => "Speed", "速度";
        Seed => "Seed", "种子";
        ApplySeed => "New run", "重新运行";
        Seconds => "{0} s", "{0} 秒";
        Millis => "{0} ms", "{0} 毫秒";
        Ms => "ms", "毫秒";
        Now => "now", "现在";
        // lessons
        Lessons => "Lessons", "练习";
        GroupLease => "Lease server", "租约锁服务器";
        GroupZk => "ZooKeeper", "ZooKeeper";
        GroupEtcd => "etcd", "etcd";
        GroupRedis => "Redis", "Redis";
        GroupRedlock => "Redlock", "Redlock";
        GroupArticle => "The article", "原文";
        GroupShard => "Locks on a ring", "哈希环上的锁";
        LessonsHint => "One click sets up a story and asks what you expect before it plays; act at any moment to change its future.",
                       "一键布置一个场景，播放前先问你的预测；在任意时刻操作都会改写之后的发展。";
        ShowOutcome => "Jump to the outcome ({0})", "跳到结局（{0}）";
        LessonCrash => "Holder crashes", "持有者崩溃";
        LessonGc => "GC pause, no fencing", "GC 停顿，无防护令牌";
        LessonFence => "GC pause, with fencing", "GC 停顿，有防护令牌";
        LessonLocal => "The article's local lock", "文章中的本地锁";
        LessonFair => "Fair queue, 50 workers", "公平队列，50 个工作者";
        LessonDelay => "Holder crashes, with lock-delay", "持有者崩溃，带锁延迟";
        LessonZk => "ZooKeeper, watch the predecessor", "ZooKeeper：监听前一个节点";
        LessonHerd => "ZooKeeper, watch all children (herd)", "ZooKeeper：监听全部子节点（羊群效应）";
        // lock server
        LockServer => "Lock server", "锁服务器";
        LocalLocks => "In-process locks, one per node", "进程内锁（每个节点一个）";
        ZkServer => "ZooKeeper (lock recipe)", "ZooKeeper（锁配方）";
        ZkQueue => "Lock nodes after the lowest, by sequence: {0}", "最小节点之后的锁节点（按序号）：{0}";
        LockDelayUntil => "lock-delay until {0}", "锁延迟至 {0}";
        LockDelayHint => "The lease expired (no release): the server grants nobody until then.", "租约已过期（而非释放）：在此之前服务器不授予任何人。";
        NodeLock => "Node {0}'s local lock", "节点 {0} 的本地锁";
        Holder => "Holder", "持有者";
        HolderCrashed => "crashed (the server cannot know)", "已崩溃（服务器无从得知）";
        LockFree => "free", "空闲";
        Token => "Fencing token", "防护令牌";
        TokenHint => "Each grant gets a token one higher than the last; storage can refuse lower ones.",
                     "每次授予的令牌都比上一次大 1；存储可以拒绝更小的令牌。";
        LastToken => "last token issued: #{0}", "最近发出的令牌：#{0}";
        LeaseHint => "Lease left: when it runs out unrenewed, the server takes the lock back.",
                     "剩余租约：到期且未续约时，服务器收回锁。";
        LeaseLeft => "Lease left: {0}", "剩余租约：{0}";
        Queue => "Queue", "队列";
        QueueFifo => "Queue (FIFO): {0}", "队列（先进先出）：{0}";
        QueueRandom => "Waiting (any order): {0}", "等待中（顺序不定）：{0}";
        QueuePlace => "{0}, place {1}", "{0}，第 {1} 位";
        QueueMore => "+{0} more", "另有 {0} 个";
        QueueEmpty => "nobody waiting", "无人等待";
        // network
        Network => "Network", "网络";
        InFlight => "{0} messages in flight", "{0} 条消息在途";
        InFlightOne => "1 message in flight", "1 条消息在途";
        MsgRequest => "request", "请求";
        MsgGrant => "grant", "授予";
        MsgRenew => "renew", "续约";
        MsgRelease => "release", "释放";
        MsgWrite => "write", "写入";
        MsgAck => "write ok", "写入成功";
        MsgNack => "write refused", "写入被拒";
        MsgWatch => "watch fired", "监听触发";
        MsgGetChildren => "getChildren", "读取子节点";
        MsgChildren => "children", "子节点列表";
        MsgLowest => "children: lowest", "子节点：最小";
        // workers
        Workers => "Workers ({0})", "工作者（{0}）";
        WorkersHintCards => "Click or focus a worker for details and actions; arrow keys move.",
                            "点击或聚焦工作者查看详情和操作；方向键移动。";
        WorkersHintCompact => "Compact view: hover or focus a square for its details.",
                              "紧凑视图：悬停或聚焦方块查看详情。";
        WorkerGrid => "Workers, coloured by state", "工作者（按状态着色）";
        NoWorkers => "No workers yet: spawn some.", "还没有工作者：先创建一些。";
        WorkerN => "Worker {0}", "工作者 {0}";
        WorkersList => "workers {0} and {1}", "工作者 {0} 和 {1}";
        ListSep => ", ", "、";
        SummaryToken => ", token #{0}", "，令牌 #{0}";
        SummaryGrants => ", {0} grants", "，已获授予 {0} 次";
        StThinking => "thinking", "思考中";
        StRequesting => "requesting", "请求中";
        StWaiting => "waiting", "等待中";
        StHolding => "holding", "持有锁";
        StWriting => "writing", "写入中";
        StPaused => "paused", "已暂停";
        StCrashed => "crashed", "已崩溃";
        SpawnOne => "+1", "+1";
        SpawnOneLabel => "Spawn 1 worker", "创建 1 个工作者";
        SpawnTen => "+10", "+10";
        SpawnTenLabel => "Spawn 10 workers", "创建 10 个工作者";
        SpawnCount => "How many workers to spawn", "要创建的工作者数量";
        SpawnN => "Spawn", "创建";
        WorkerLimit => "{0} of at most {1}", "{0} / 上限 {1}";
        // selected worker
        SelectedWorker => "Worker", "工作者";
        SelectHint => "Select a worker in the grid to see its timeline and to crash, pause or resume it.",
                      "在网格中选择一个工作者，查看其时间线，或让它崩溃、暂停、恢复。";
        Node => "Node", "节点";
        Grants => "Grants", "授予次数";
        Since => "In this state since", "进入该状态的时间";
        PausedUntil => "Wakes at", "醒来时间";
        Inbox => "Messages waiting", "待处理消息";
        Underneath => "Frozen while {0}.", "冻结前处于：{0}。";
        Crash => "Crash", "崩溃";
        CrashWorker => "Crash worker {0}", "让工作者 {0} 崩溃";
        PauseFor => "Pause for", "暂停";
        PauseWorker => "Pause worker {0}", "暂停工作者 {0}";
        PauseMs => "Pause length in milliseconds", "暂停时长（毫秒）";
        Resume => "Resume", "恢复";
        ResumeWorker => "Resume worker {0}", "恢复工作者 {0}";
        // storage
        Storage => "Storage", "存储";
        FencingOn => "fencing on", "防护令牌：开";
        FencingOff => "fencing off", "防护令牌：关";
        HighestToken => "Highest token accepted", "已接受的最大令牌";
        Accepted => "Accepted", "已接受";
        Rejected => "Rejected", "已拒绝";
        NoWrites => "No writes yet.", "尚无写入。";
        RecentWrites => "Recent writes, newest first", "最近的写入（最新在前）";
        WriteAccepted => "accepted", "已接受";
        WriteRejected => "rejected: storage has seen #{0}", "已拒绝：存储已见过 #{0}";
        WriteStale => "stale, yet accepted: storage had seen #{0}", "已过期却被接受：存储已见过 #{0}";
        // monitor
        SafeSoFar => "Safe so far: every invariant holds (at {0}).", "目前安全：所有不变量均成立（{0}）。";
        OneViolation => "1 violation: the lock did not protect what it should.", "1 次违规：锁没能保护它该保护的东西。";
        Violations => "{0} violations: the lock did not protect what it should.", "{0} 次违规：锁没能保护它该保护的东西。";
        ViolationAt => "last at {0}, {1}.", "最近一次在 {0}，涉及{1}。";
        Colon => ": ", "：";
        Invariants => "Invariants checked", "检查的不变量";
        InvLease => "Lease exclusion (server)", "租约互斥（服务器）";
        InvLeaseText => "At most one unexpired grant at a time, over all locks (on the hash ring: per lock, each guarding its own resource). Broken when two locks grant at once (local locks) or a grant overlaps a lease still running.",
                        "任何时刻，所有锁加起来最多只能有一个工作者持有尚未到期的授予（哈希环上按每把锁计，每把锁保护各自的资源）。如果两把锁同时授出（本地锁），或者旧租约还有效时锁又授给了别人，就违反了这一条。";
        InvHolder => "Holder exclusion (workers)", "持有者互斥（工作者）";
        InvHolderText => "At most one running worker acts as holder. Leases cannot promise this: a paused holder wakes up still believing it holds the lock.",
                         "任意时刻最多一个运行中的工作者以持有者身份行事。租约无法保证这一点：暂停的持有者醒来后仍以为自己持有锁。";
        InvResource => "Resource order (storage)", "资源顺序（存储）";
        InvResourceText => "Writes storage accepts come in grant order: with tokens, strictly increasing. Fencing exists to keep this one.",
                           "存储接受的写入按授予顺序到达：有令牌时令牌严格递增。防护令牌正是为守住这一条而存在。";
        InvFifo => "FIFO", "先进先出";
        InvFifoText => "The lock grants requests in the order it received them; each grant that jumps an earlier waiter is one overtake.",
                       "锁按收到请求的顺序授予；每次越过更早等待者的授予算一次插队。";
        InvStarvation => "No starvation", "无饥饿";
        InvStarvationText => "No worker waits longer than the starvation bound (10 s unless a lesson sets another).",
                             "没有工作者的等待超过饥饿阈值（默认 10 秒，练习可另设）。";
        InvDeadlock => "No deadlock", "无死锁";
        InvDeadlockText => "Waiters never wait on a lock that nothing will hand on: one held by a worker that can no longer release it (it crashed) when no lease will run out, as with the article's server without leases or a local lock; or, bugs the check would catch, a lock left free while workers wait, or a lease run out that nobody took back.",
                           "等待者不会卡在一个永远不会被交出的锁上：持有者已崩溃、无法再释放锁，而又没有租约会到期（如文章中不带租约的服务器，或本地锁）；或者是本检查能发现的缺陷：有工作者在等待时锁却一直空闲，或租约到期后无人收回锁。";
        // metrics
        Metrics => "Numbers", "指标";
        MeanGrants => "L = (1/N)·Σxᵢ", "L = (1/N)·Σxᵢ";
        MeanGrantsHint => "Mean grants per live worker (the article's L).", "每个在线工作者的平均授予次数（文章中的 L）。";
        Jain => "Jain's index", "Jain 公平指数";
        JainHint => "(Σx)²/(n·Σx²): 1 when every worker got as many grants, 1/n when one got them all.",
                    "(Σx)²/(n·Σx²)：所有工作者次数相同时为 1，一人独占时为 1/n。";
        WaitP50 => "Wait p50", "等待 p50";
        WaitP99 => "Wait p99", "等待 p99";
        WaitMax => "Longest wait", "最长等待";
        WaitHint => "Time from asking for the lock to holding it.", "从请求锁到持有锁的时间。";
        Throughput => "Throughput", "吞吐量";
        ThroughputHint => "Grants per simulated second.", "每模拟秒的授予次数。";
        PerSecond => "{0}/s", "{0} 次/秒";
        Utilisation => "Utilisation", "利用率";
        UtilisationHint => "Share of the time some lock was held.", "有锁被持有的时间占比。";
        GrantsTotal => "Grants", "授予总数";
        GrantsTotalHint => "Grants received by all workers.", "所有工作者获得的授予次数。";
        WakeupsPerGrant => "Wake-ups per handoff", "每次移交的唤醒数";
        WakeupsHint => "Watch notifications per lock handed to a waiter: 1 with predecessor watches, about the number of waiters with the herd.",
                       "每次把锁交给等待者时发出的监听通知数：监听前一个节点时为 1，羊群效应下约等于等待者数量。";
        MessagesPerGrant => "Messages per grant", "每次授予的消息数";
        MessagesHint => "Every message sent (requests, grants, renewals, writes, watches…) divided by grants.",
                        "发送的全部消息（请求、授予、续约、写入、监听……）除以授予次数。";
        Delayed => "Held back by lock-delay", "锁延迟阻挡时长";
        DelayedHint => "Time the lock was free yet granted to nobody because of lock-delay.",
                       "因锁延迟而锁空闲却不授予任何人的时间。";
        GrantsPerWorker => "Grants per worker (xᵢ)", "每个工作者的授予次数（xᵢ）";
        ChartSummary => "Grants of {0} workers: mean {1}, most {2}.", "{0} 个工作者的授予次数：平均 {1}，最多 {2}。";
        ChartLegend => "One bar per worker, by id; the line is the mean L.", "每个工作者一根柱（按编号）；横线为平均值 L。";
        // settings
        Settings => "Settings", "设置";
        Model => "Lock model", "锁模型";
        ModelCentral => "Central lock server (FIFO, leases, tokens)", "中心锁服务器（先进先出、租约、令牌）";
        ModelLocal => "The article's local lock (one per node)", "文章中的本地锁（每个节点一个）";
        ModelZk => "ZooKeeper lock recipe (sequential nodes, watches)", "ZooKeeper 锁配方（顺序节点、监听）";
        LockDelay => "Lock-delay (ms, 0 = off)", "锁延迟（毫秒，0 = 关）";
        LockDelayFieldHint => "Chubby: after a lease expires (not on a release), grant nobody for this long.",
                              "Chubby：租约过期（而非释放）后，在这段时间内不授予任何人。";
        WatchAll => "Watch all children (herd)", "监听全部子节点（羊群效应）";
        WatchAllHint => "Off: each waiter watches its predecessor's node (one wake-up per handoff). On: every waiter watches the children list.",
                        "关：每个等待者只监听前一个节点（每次移交唤醒一个）。开：每个等待者都监听子节点列表。";
        ModelHint => "Changing the model starts a new run.", "更换模型会重新开始运行。";
        Ttl => "Lease TTL (ms)", "租约 TTL（毫秒）";
        Latency => "Latency (ms)", "延迟（毫秒）";
        Jitter => "Jitter (ms)", "抖动（毫秒）";
        Range => "{0}–{1}", "{0}–{1}";
        Fencing => "Fencing tokens", "防护令牌";
        Renewal => "Lease renewal", "租约续约";
        On => "on", "开";
        Off => "off", "关";
        SettingsHint => "A change takes effect now and is recorded in the run; made in the past, it replaces what came after.",
                        "修改立即生效，并记入这次运行；如果是在回到过去的时间点上修改，之后发生的事会按新设置重新演算。";
        // log
        Log => "Event log", "事件日志";
        LogCount => "{0} events", "{0} 个事件";
        LogSpawned => "{0} started on node {1}", "{0} 在节点 {1} 上启动";
        LogRequested => "{0} asks for the lock", "{0} 请求锁";
        LogQueued => "{0} queued at place {1}", "{0} 排在第 {1} 位";
        LogGranted => "Lock granted to {0}{1}", "锁授予 {0}{1}";
        LogHolding => "{0} holds the lock{1} after waiting {2}", "{0} 等待 {2} 后持有锁{1}";
        LogRenewed => "Lease{1} of {0} renewed until {2}", "{0} 的租约{1}续至 {2}";
        LogRenewIgnored => "Renewal from {0} with old token{1} ignored", "忽略 {0} 用旧令牌{1}发来的续约";
        LogExpired => "Lease{1} of {0} expired: the server takes the lock back", "{0} 的租约{1}已过期：服务器收回锁";
        LogWriteSent => "{0} sends its write{1}", "{0} 发出写入{1}";
        LogWriteAccepted => "Storage accepts the write of {0}{1}", "存储接受 {0} 的写入{1}";
        LogWriteRejected => "Storage rejects the write of {0}{1}: it has seen{2}", "存储拒绝 {0} 的写入{1}：已见过{2}";
        LogReleased => "{0} releases the lock", "{0} 释放锁";
        LogReleaseIgnored => "Release from {0} with old token{1} ignored", "忽略 {0} 用旧令牌{1}发来的释放";
        LogDropped => "A {0} message to crashed {1} is lost", "发给已崩溃的 {1} 的{0}消息丢失";
        LogCrashed => "{0} crashed", "{0} 崩溃";
        LogPaused => "{0} freezes until {1}", "{0} 冻结至 {1}";
        LogResumed => "{0} carries on", "{0} 继续运行";
        LogSetting => "Setting changed: {0}", "设置已更改：{0}";
        LogLockDelayed => "Lock-delay: the lease expired, so nobody gets the lock until {0}", "锁延迟：租约已过期，在 {0} 之前不把锁交给任何人";
        LogNotifiedOne => "Lock node deleted: a watch fires for {0}, now lowest", "锁节点被删除：{0} 的监听触发，它现在序号最小";
        LogNotifiedAll => "Lock node deleted: {1} watches fire at once (the herd); {0} is now lowest", "锁节点被删除：{1} 个监听同时触发（羊群效应）；{0} 现在序号最小";
        // field names
        FieldWorkers => "Workers", "工作者数";
        FieldNodes => "Nodes", "节点数";
        FieldTtl => "Lease TTL", "租约 TTL";
        FieldLatency => "Latency", "延迟";
        FieldJitter => "Jitter", "抖动";
        FieldThink => "Think time", "思考时间";
        FieldHold => "Hold time", "持有时间";
        FieldPause => "Pause length", "暂停时长";
        FieldStarvation => "Starvation bound", "饥饿阈值";
        FieldSpawn => "Workers to spawn", "创建的工作者数";
        FieldLockDelay => "Lock-delay", "锁延迟";
    }
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
