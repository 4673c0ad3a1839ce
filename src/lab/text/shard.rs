//! The sharded ring's words: the model, its settings and ring changes, its log entries and
//! refusals, its view, and its lessons' setups and outcomes (numbers from the run).

use ringlock_lock::{epoch_parts, Facts, Invariant, LabScenario, TokenScope};

use crate::i18n::catalogue;
use crate::i18n::Lang;
use crate::lab::common::{secs_short, worker_name};

catalogue! {
    /// Sharded-ring messages.
    pub enum S {
        OnRingTab => "These locks on the Ring tab ↗", "在“哈希环”标签页查看这些锁 ↗";
        OnRingTabHint => "(a new browser tab: the same nodes and SHA-1 positions, the lock names as keys)", "（新浏览器标签页：同样的节点和 SHA-1 位置，锁名作为键）";
        ModelSharded => "Locks on a hash ring (one lock server per node)", "哈希环上的锁（每个节点一台锁服务器）";
        Servers => "Lock servers on a hash ring", "哈希环上的锁服务器";
        FieldLocks => "Lock names", "锁名数";
        FieldVnodes => "Points per node", "每节点点位数";
        Fix => "When a lock changes owner", "锁换主时";
        FixNothing => "Nothing: the new owner grants at once", "不处理：新主立即授予";
        FixWait => "Wait one TTL before serving moved arcs", "接管弧段后先等一个 TTL";
        FixHandOff => "Hand the lock records over with the arc", "锁记录随弧段移交";
        Scope => "Fencing tokens", "防护令牌";
        ScopeNode => "Per node: each node's own counter", "按节点：每个节点自己的计数器";
        ScopeEpoch => "Epoch, then counter (rises with every change)", "先纪元、后计数（每次变更都上升）";
        ScopeNodeHint => "A node keeps nothing on disk: a lock that moves gets tokens from its new owner's counter, which may be lower than the old owner's. Storage keeps the highest token per lock, so it rejects every new holder until the counter catches up, and accepts the old holder's stale write.",
                         "节点不落盘：锁换主后，令牌来自新主自己的计数器，可能低于旧主的。存储按锁记录见过的最大令牌，于是在计数器追上之前拒绝每个新持有者，却接受旧持有者的过期写入。";
        ScopeEpochHint => "Tokens are (configuration epoch, counter), compared in that order; every kill, revive and join raises the epoch, so a new owner's tokens are above every older one.",
                          "令牌是（配置纪元，计数器），按此顺序比较；每次宕机、恢复、加入都会提高纪元，所以新主的令牌高于之前所有令牌。";
        Changes => "Ring changes", "环变更";
        Kill => "Kill", "宕机";
        Revive => "Revive", "恢复";
        Join => "Join a node", "加入新节点";
        NodeName => "node{0}", "node{0}";
        LockName => "lock{0}", "lock{0}";
        RingTitle => "Which node owns which lock", "哪个节点拥有哪把锁";
        RingDesc => "{0} nodes ({1} live) and {2} lock names on the hash ring, epoch {3}.", "哈希环上有 {0} 个节点（{1} 个在线）和 {2} 个锁名，纪元 {3}。";
        OwnerRow => "{0} → {1}", "{0} → {1}";
        HeldBy => "held by {0} (#{1})", "由{0} 持有（#{1}）";
        Free => "free", "空闲";
        Epoch => "epoch {0}", "纪元 {0}";
        Highest => "storage has seen {0}", "存储见过 {0}";
        ServingFrom => "waits until {0}", "等待至 {0}";
        Waiting => "{0} waiting", "{0} 个等待";
        LastChange => "Last change at {0}: {1}", "最近一次变更（{0}）：{1}";
        NoChange => "No change yet: kill, revive or join a node.", "尚无变更：可以让节点宕机、恢复或加入新节点。";
        MovedKept => "{0} {1} → {2}, record kept", "{0} 从 {1} 到 {2}，记录随行";
        MovedLost => "{0} {1} → {2}, no record", "{0} 从 {1} 到 {2}，无记录";
        MovedWaits => "{0} {1} → {2}, no record: the new owner waits one TTL", "{0} 从 {1} 到 {2}，无记录：新主先等一个 TTL";
        MovedHeld => "{0} {1} → {2}, held, no record: it can be granted twice", "{0} 从 {1} 到 {2}，仍被持有却无记录：可能被重复授予";
        NothingMoved => "no lock moved", "没有锁移动";
        Dead => "dead", "已宕机";
        // log
        LogKilled => "{0} died (epoch {1}): its lock records are gone with it", "{0} 宕机（纪元 {1}）：它的锁记录随之丢失";
        LogRevived => "{0} came back empty (epoch {1}) and takes its arcs back", "{0} 空着恢复（纪元 {1}），收回它的弧段";
        LogJoined => "{0} joined (epoch {1}) and takes the arcs its points close", "{0} 加入（纪元 {1}），接管其点位结束的弧段";
        LogMovedKept => "{0} moved from {1} to {2} with its record", "{0} 从 {1} 移到 {2}，记录随行";
        LogMovedLost => "{0} moved from {1} to {2}; the new owner has no record of it", "{0} 从 {1} 移到 {2}；新主没有它的记录";
        // refusals
        NodeDown => "{0} is already down.", "{0} 已经宕机。";
        NodeUp => "{0} is already up.", "{0} 已经在线。";
        LastNode => "The last live node cannot be killed: its locks would have nowhere to go.", "不能让最后一个在线节点宕机：它的锁将无处可去。";
        RingFull => "The ring already has {0} nodes.", "哈希环上已有 {0} 个节点。";
        // lessons
        LessonKill => "A lock's node dies", "锁所在节点宕机";
        LessonWait => "Node dies, wait one TTL", "节点宕机，先等一个 TTL";
        LessonNodeTokens => "Node dies, per-node tokens", "节点宕机，按节点的令牌";
        LessonEpoch => "Node dies, epoch tokens", "节点宕机，带纪元的令牌";
        LessonJoin => "A join takes a held lock", "新节点加入，接管被持有的锁";
        LessonHandOff => "Join, records handed over", "加入，锁记录随之移交";
        SetupKill => "{0} lock names on a ring of {1} lock servers, {2} workers, leases of {3}. The moment a worker holds a lock, the node that owns that lock dies; its clockwise successor takes over the arc with no record of the lock.",
                     "{1} 台锁服务器组成的哈希环上有 {0} 个锁名、{2} 个工作者，租约 {3}。某个工作者一拿到锁，拥有这把锁的节点就宕机；顺时针的下一个节点接管这段弧，却没有这把锁的记录。";
        SetupWait => "The same kill, but a node that gains arcs waits one TTL ({0}) before it grants their locks.",
                     "同样的宕机，但接管弧段的节点在授予这些锁之前先等一个 TTL（{0}）。";
        SetupNodeTokens => "One lock name on a ring of {0} lock servers, fencing on, tokens from each node's own counter. After {1}, the next holder pauses for {2} (longer than its {3} lease) and the lock's owner dies at the same moment.",
                           "{0} 台锁服务器组成的哈希环上只有一个锁名，开启防护，令牌来自每个节点自己的计数器。{1}之后，下一个持有者暂停 {2}（超过它 {3} 的租约），同一时刻锁的主节点宕机。";
        SetupEpoch => "The same pause and kill, with tokens (epoch, counter): the epoch rises with every membership change.",
                      "同样的暂停和宕机，令牌改为（纪元，计数器）：每次成员变更纪元都会上升。";
        SetupJoin => "{0} lock names on a ring of {1} lock servers. The moment a worker holds a lock that a new node's arcs would take, the new node joins.",
                     "{1} 台锁服务器组成的哈希环上有 {0} 个锁名。某个工作者一拿到新节点的弧段将会接管的锁，新节点就加入。";
        SetupHandOff => "The same join, with the lock records (holder, lease, queue) handed over with the arc, as a resharding migrates keys with their TTL.",
                        "同样的加入，但锁记录（持有者、租约、队列）随弧段移交，就像重新分片时带着 TTL 迁移键。";
        OutKill => "{0} died while {1} held {2}. {3} had no record of it and granted it to {4} at {5}: two holders of one lock, and the safety monitor flagged it.",
                   "{1} 持有 {2} 时，{0} 宕机。{3} 没有它的记录，在 {5} 把它授予了{4}：一把锁两个持有者，安全检查器标出了违规。";
        OutWait => "{0} died at {1}; {2} granted its locks only from {3}, when every lease handed out before had run out. One holder at a time; the monitor flagged nothing.",
                   "{0} 在 {1} 宕机；{2} 直到 {3} 才授予这些锁，那时之前发出的租约都已过期。始终只有一个持有者；安全检查器没有标出违规。";
        OutNodeTokens => "The paused holder had token #{0} from the dead node. Its successor's counter started at 33, below what storage had seen: storage rejected {1} writes of new holders, and accepted the paused holder's stale write #{0}. Per-node counters lose both ways.",
                         "暂停的持有者拿着宕机节点发出的令牌 #{0}。接替节点的计数器从 33 开始，低于存储见过的令牌：存储拒绝了新持有者的 {1} 次写入，却接受了暂停者令牌为 #{0} 的过期写入。按节点计数两头都输。";
        OutEpoch => "The new holder's token {0} is in a later epoch than the paused holder's {1}, so storage rejected the stale write. The service still had two holders, but the resource stayed in order.",
                    "新持有者的令牌 {0} 属于比暂停者的 {1} 更晚的纪元，所以存储拒绝了过期写入。锁服务仍出现了两个持有者，但资源上的写入保持有序。";
        OutJoin => "{0} joined and its arcs took {1} from {2} while {3} held it. The new node had no record and granted {1} to {4} at {5}: two holders.",
                   "{0} 加入，在{3} 持有 {1} 时从 {2} 接管了它。新节点没有记录，在 {5} 把 {1} 授予了{4}：两个持有者。";
        OutHandOff => "{0} joined and took {1} from {2} with its record: the new node knew {3} held it and queued the others. No second holder.",
                      "{0} 加入，带着记录从 {2} 接管了 {1}：新节点知道{3} 持有它，把其他人排进队列。没有第二个持有者。";
    }
}

/// Node `n` (from 0) as the ring names it: `node1` …
pub fn node_label(lang: Lang, n: u32) -> String {
    lang.f(S::NodeName, &[&(n + 1)])
}

/// Lock `l` (from 0) as the ring names it: `lock1` …
pub fn lock_label(lang: Lang, l: u32) -> String {
    lang.f(S::LockName, &[&(l + 1)])
}

/// A token as the scope writes it: `#41`, or `#e1·33` for (epoch 1, counter 33).
pub fn token_label(scope: TokenScope, token: u64) -> String {
    match scope {
        TokenScope::Node => format!("#{token}"),
        TokenScope::Epoch => {
            let (epoch, counter) = epoch_parts(token);
            format!("#e{epoch}·{counter}")
        }
    }
}

/// A token whatever its scope: the sharded ring's epoch tokens are the only ones that reach
/// 2³², so one that does is written `#e1·33`, any other `#41`.
pub fn any_token_label(token: u64) -> String {
    let scope = if token >> 32 == 0 {
        TokenScope::Node
    } else {
        TokenScope::Epoch
    };
    token_label(scope, token)
}

/// A sharded lesson's button label.
pub fn label(lang: Lang, lesson: ShardLesson) -> &'static str {
    lang.t(match lesson {
        ShardLesson::Kill => S::LessonKill,
        ShardLesson::Wait => S::LessonWait,
        ShardLesson::NodeTokens => S::LessonNodeTokens,
        ShardLesson::Epoch => S::LessonEpoch,
        ShardLesson::Join => S::LessonJoin,
        ShardLesson::HandOff => S::LessonHandOff,
    })
}

/// The sharded lessons, as this file words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShardLesson {
    Kill,
    Wait,
    NodeTokens,
    Epoch,
    Join,
    HandOff,
}

impl ShardLesson {
    /// The lab's lesson.
    pub fn scenario(self) -> LabScenario {
        match self {
            ShardLesson::Kill => LabScenario::ShardKill,
            ShardLesson::Wait => LabScenario::ShardWait,
            ShardLesson::NodeTokens => LabScenario::ShardNodeTokens,
            ShardLesson::Epoch => LabScenario::ShardEpochTokens,
            ShardLesson::Join => LabScenario::ShardJoin,
            ShardLesson::HandOff => LabScenario::ShardHandOff,
        }
    }
}

/// A sharded lesson's setup, from its settings; never the result.
pub fn setup(lang: Lang, lesson: ShardLesson, secs: impl Fn(u64) -> String) -> String {
    let s = lesson.scenario().settings();
    match lesson {
        ShardLesson::Kill => lang.f(
            S::SetupKill,
            &[&s.locks, &s.nodes, &s.workers, &secs(s.ttl)],
        ),
        ShardLesson::Wait => lang.f(S::SetupWait, &[&secs(s.ttl)]),
        ShardLesson::NodeTokens => lang.f(
            S::SetupNodeTokens,
            &[&s.nodes, &secs(4_000), &secs(2_000), &secs(s.ttl)],
        ),
        ShardLesson::Epoch => lang.t(S::SetupEpoch).to_string(),
        ShardLesson::Join => lang.f(S::SetupJoin, &[&s.locks, &s.nodes]),
        ShardLesson::HandOff => lang.t(S::SetupHandOff).to_string(),
    }
}

/// A sharded lesson's outcome, its numbers from the run's facts.
pub fn outcome(lang: Lang, lesson: ShardLesson, facts: &Facts) -> String {
    let scope = lesson.scenario().settings().token_scope;
    let moved = facts.held_moves.first().copied();
    let (at, lock, from, to) = moved.map_or((0, 0, 0, 0), |m| (m.at, m.lock, m.from, m.to));
    let (lock, from, to) = (
        lock_label(lang, lock),
        node_label(lang, from),
        node_label(lang, to),
    );
    let two = (facts.first_violations.iter()).find(|v| v.invariant == Invariant::LeaseExclusion);
    let who = |i: usize| {
        two.and_then(|v| v.workers.get(i))
            .map_or_else(String::new, |&w| worker_name(lang, w))
    };
    let when = two.map_or_else(String::new, |v| secs_short(lang, v.at));
    let tok = |t: Option<u64>| t.map_or_else(|| "?".to_string(), |t| token_label(scope, t));
    match lesson {
        ShardLesson::Kill => lang.f(S::OutKill, &[&from, &who(1), &lock, &to, &who(0), &when]),
        ShardLesson::Wait => {
            let until = at + lesson.scenario().settings().ttl;
            let (at, until) = (secs_short(lang, at), secs_short(lang, until));
            lang.f(S::OutWait, &[&from, &at, &to, &until])
        }
        ShardLesson::NodeTokens => {
            let victim = facts
                .victim_token
                .map_or_else(|| "?".to_string(), |t| t.to_string());
            lang.f(S::OutNodeTokens, &[&victim, &facts.others_rejected])
        }
        ShardLesson::Epoch => {
            let taker = facts.takeover.and_then(|t| t.1);
            lang.f(S::OutEpoch, &[&tok(taker), &tok(facts.victim_token)])
        }
        ShardLesson::Join => lang.f(S::OutJoin, &[&to, &lock, &from, &who(1), &who(0), &when]),
        ShardLesson::HandOff => {
            let holder = holder_at_move(lang, facts);
            lang.f(S::OutHandOff, &[&to, &lock, &from, &holder])
        }
    }
}

/// Who held the lock when the change moved it.
fn holder_at_move(lang: Lang, facts: &Facts) -> String {
    let holder = facts.held_moves.first().and_then(|m| m.holder);
    holder.map_or_else(String::new, |w| worker_name(lang, w))
}
