//! The Lock lab lessons' words: each lesson's setup (shown on load, never the result), its
//! outcome (shown once the run has played), its question, and the guess controls.

use crate::i18n::catalogue;

catalogue! {
    /// Lesson setups, outcomes, questions and the prediction controls.
    pub enum P {
        // controls
        Yes => "Yes", "会";
        No => "No", "不会";
        Check => "Check", "检查";
        ShowMe => "Show me", "直接看";
        YourGuess => "Your guess", "你的预测";
        Measured => "The run measured", "运行测得";
        Skipped => "skipped", "已跳过";
        Right => "✓ right", "✓ 猜对了";
        Wrong => "✗ not this time", "✗ 这次没猜中";
        BadNumber => "Type a number from 0 to {0}.", "请输入 0 到 {0} 之间的数。";
        PlayRun => "Play", "播放";
        AfterGuess => "Now play the run, or jump to its end; the outcome appears when it has played.",
                      "现在播放这次运行，或直接跳到结尾；运行结束后显示结局。";
        // questions
        AskStaleWrite => "Will storage accept the paused holder's write?", "存储会接受暂停的持有者的写入吗？";
        AskTwoHolders => "Will two workers hold the lock at the same time?", "会有两个工作者同时持有锁吗？";
        AskAnyViolation => "Will the safety monitor flag a violation?", "安全检查器会标出违规吗？";
        AskWaitSecs => "How many seconds after the crash will the next worker get the lock?", "崩溃后过多少秒，下一个工作者才能拿到锁？";
        AskWakeups => "How many waiters will each handoff wake, on average?", "平均每次移交会唤醒多少个等待者？";
        // setups
        SetupCrash => "The worker holding the lock crashes the moment it gets it. The server cannot tell a crash from a slow worker. The lease lasts {0}; the other workers wait in a FIFO queue.",
                      "持有锁的工作者在拿到锁的那一刻崩溃了。服务器无法区分崩溃和缓慢。租约为 {0}；其他工作者在先进先出的队列中等待。";
        SetupDelay => "The same crash, on a server with Chubby's lock-delay of {0}: after a lease runs out without a release, the server may hold the lock back a while longer.",
                      "同样的崩溃，但服务器启用了 Chubby 的锁延迟（lock-delay），设为 {0}：租约到期而持有者并未释放时，服务器可以再扣住锁一段时间。";
        SetupGc => "Right after getting the lock, the holder freezes for {0} (a GC pause, a VM stall), longer than its {1} lease. Another worker waits for the lock. When the paused worker wakes, it still believes it holds the lock and writes to storage. Fencing is off.",
                   "持有者刚拿到锁就被冻结 {0}（GC 停顿、虚拟机卡顿），超过了 {1}的租约。另一个工作者在等锁。暂停的工作者醒来后仍以为自己持有锁，并向存储写入。防护令牌处于关闭状态。";
        SetupFence => "The same pause, with fencing on: every grant carries a token one higher than the last, and storage remembers the highest token it has seen.",
                      "同样的停顿，但开启了防护令牌：每次授予锁都附带一个比上次大 1 的令牌，存储记住它见过的最大令牌。";
        SetupLocal => "The article's code: an in-process lock (like Python's threading.Lock) on each of two nodes, with workers on both nodes asking for “the” lock.",
                      "文章中的代码：两个节点各自使用一个进程内锁（类似 Python 的 threading.Lock），两个节点上的工作者都来申请“这把”锁。";
        SetupFair => "{0} workers behind one FIFO lock server, each asking for the lock again and again. Requests are served in the order they arrive.",
                     "{0} 个工作者排在同一个先进先出（FIFO）锁服务器后面，各自反复申请锁。请求按到达顺序服务。";
        SetupZk => "{0} workers use ZooKeeper's lock recipe. Each creates an ephemeral sequential node; the lowest one holds the lock, and every other waiter sets a watch on the node just below its own. A release deletes the holder's node.",
                   "{0} 个工作者使用 ZooKeeper 的锁配方。每个工作者创建一个临时顺序节点；序号最小的节点持有锁，其余等待者各自监听紧挨在自己前面的那个节点。释放锁会删除持有者的节点。";
        SetupHerd => "The same workers, but every waiter watches the whole list of children, so any deletion concerns all of them.",
                     "同样的这些工作者，但每个等待者都监听整个子节点列表，所以任何一次删除都与它们全体有关。";
        SetupEtcd => "{0} workers use etcd's concurrency.Mutex. Each Lock() puts a key pfx/<leaseID> bound to its session lease (TTL {1} here); the key with the smallest CreateRevision owns the lock, and the revision is the fencing token. The first owner freezes for {2}, then writes with its revision. Storage, outside etcd, takes a write only with the newest revision it has seen.",
                    "{0} 个工作者使用 etcd 的 concurrency.Mutex。每次 Lock() 都会写入一个与会话租约（这里 TTL 为 {1}）绑定的键 pfx/<leaseID>；CreateRevision 最小的键拥有锁，修订号就是防护令牌。第一个所有者被冻结 {2}，然后用它的修订号写入。etcd 之外的存储只接受带有它见过的最新修订号的写入。";
        SetupFailover => "One Redis master with a replica that receives writes {0} late. A worker takes the lock with SET NX PX, and the master dies right away; the replica is promoted. Another worker keeps trying.",
                         "一个 Redis 主节点带一个副本，副本要晚 {0}才收到写入。一个工作者用 SET NX PX 拿到锁，主节点随即宕机，副本被提升为主节点。另一个工作者一直在尝试加锁。";
        SetupRedisDel => "Each critical section takes {0}, longer than the key's {1} TTL. Workers release with a plain DEL, which removes whatever key is there.",
                         "每个临界区要 {0}，比键的 {1} TTL 还长。工作者用普通 DEL 释放锁，它会删掉当时在那里的任何键。";
        SetupClockJump => "Kleppmann's counterexample. Nodes D and E are unreachable, so the first worker locks A, B and C: a majority. Then C's clock jumps forward by a whole TTL. Later D and E come back and a second worker tries.",
                          "Kleppmann 的反例。节点 D 和 E 无法访问，于是第一个工作者锁住了 A、B、C：多数派。接着 C 的时钟向前跳了整整一个 TTL。随后 D 和 E 恢复，第二个工作者开始尝试。";
        SetupRestart => "The same start: D and E are unreachable and the first worker locks A, B and C. Then C restarts without persistence and comes back at once, empty. Later D and E return and a second worker tries.",
                        "同样的开局：D 和 E 无法访问，第一个工作者锁住了 A、B、C。接着 C 在没有持久化的情况下重启，并立即恢复，键全部丢失。随后 D 和 E 恢复，第二个工作者开始尝试。";
        SetupRestartDelayed => "The same restart of C, but C stays down for {0}, longer than the {1} TTL (Redlock's delayed restart).",
                               "同样是 C 重启，但 C 宕机 {0}，比 {1}的 TTL 更长（Redlock 的延迟重启）。";
        RedlockSteps => "Redlock's steps: a worker notes the time T1, sends SET NX PX {0} to all {1} masters, and counts the yes votes at T2. It holds the lock only with a majority ({2} of {1}) and a validity above 0, where validity = TTL − (T2 − T1) − drift and drift = TTL/100 + 2 ms = {3}; otherwise it unlocks every master and retries after a random delay.",
                        "Redlock 的步骤：工作者记下时间 T1，向全部 {1} 个主节点发送 SET NX PX {0}，在 T2 统计赞成票。只有拿到多数票（{1} 个中的 {2} 个）且有效期大于 0，它才持有锁，否则它在每个主节点上解锁，随机等待后重试；其中有效期 = TTL − (T2 − T1) − 漂移，漂移 = TTL/100 + 2 毫秒 = {3}。";
        // outcomes
        OutCrash => "The queue waited and nothing moved until the lease ran out: the next waiter got the lock {0} after the crash, in FIFO order. The lease is what makes a crash survivable; the price is up to one TTL with nobody working.",
                    "队列只能等待，直到租约到期：崩溃后 {0}，下一个等待者按先进先出的顺序拿到了锁。租约让系统能从崩溃中恢复，代价是最多一个 TTL 的时间里没有人干活。";
        OutDelay => "When the lease ran out, the server still granted nobody: the holder had not released, so it might only have been slow. The next waiter got the lock {0} after the crash, the lease plus the delay. A normal release hands over at once. Lock-delay protects resources that cannot check fencing tokens, at the price of that idle time — Chubby caps it at one minute.",
                    "租约到期后，服务器仍不授予任何人：持有者没有释放，它可能只是慢了。崩溃后 {0}，下一个等待者才拿到锁，即租约加上延迟。正常释放时则立即移交。锁延迟保护的是无法检查防护令牌的资源，代价是这段空闲时间——Chubby 规定最长一分钟。";
        OutGc => "The server expired the lease and granted the lock to the other worker (token {1}), which wrote. The paused worker woke still believing, and wrote with token {0}: storage accepted the stale write. Two writers, in the wrong order, and the data is corrupted. Checking the lease before writing would not help: the pause can come right after the check.",
                 "服务器让租约过期，把锁交给另一个工作者（令牌 {1}），后者完成写入。暂停的工作者醒来后仍以为自己持有锁，用令牌 {0} 写入：存储接受了这次过期写入。两个写者、顺序颠倒，数据被破坏。写入前检查租约也无济于事——停顿可能恰好发生在检查之后。";
        OutFence => "The new holder wrote with token {1}; when the paused worker woke and wrote with its older token {0}, storage had already seen a higher one and rejected the write. The lock alone cannot stop a stale holder; a resource that checks tokens can (Kleppmann).",
                    "新的持有者用令牌 {1} 写入；暂停的工作者醒来后用更旧的令牌 {0} 写入时，存储已经见过更大的令牌，于是拒绝了这次写入。仅靠锁挡不住过期的持有者，但会检查令牌的资源可以（Kleppmann）。";
        OutLocal => "An in-process lock excludes only threads of one process: the workers on node 0 and node 1 never saw each other's lock, so two of them held “the” lock at once, and the monitor flagged it straight away. A lock shared by several machines must live outside them: a lock server with leases and fencing, ZooKeeper or etcd.",
                    "进程内锁只能互斥同一进程内的线程：节点 0 和节点 1 上的工作者看不到对方的锁，于是两个工作者同时持有“这把”锁，安全检查器立即标出了违规。多台机器共享的锁必须放在它们之外：带租约和防护令牌的锁服务器、ZooKeeper 或 etcd。";
        OutFair => "Every worker got its turn: grants per worker stayed nearly equal and Jain's index (Σx)²/(n·Σx²) ended at {0} (it would be 1/n if one worker got everything). Waits grew with the queue, but nobody starved and the monitor stayed green.",
                   "每个工作者都轮到了：各自获得的授予次数几乎相同，Jain 公平指数 (Σx)²/(n·Σx²) 最终为 {0}（若一个工作者独占所有授予，则为 1/n）。等待时间随队列变长，但没有人饿死，安全检查器一直正常。";
        OutZk => "Each deletion fired exactly one watch: {0} wake-ups per handoff. The next waiter was notified, asked for the children, saw it was lowest and proceeded. Grants in sequence order (FIFO), no overtakes.",
                 "每次删除只触发一个监听：每次移交唤醒 {0} 个等待者。下一个等待者收到通知，读取子节点列表，确认自己已是最小节点，于是继续。按序号授予（先进先出），没有插队。";
        OutHerd => "Each deletion woke every waiter at once: {0} wake-ups per handoff on average. All asked for the children, all got an answer, and all but one went back to waiting. The lock still passed in FIFO order and no faster — compare messages per grant with the previous lesson. This is the herd effect the predecessor watch avoids.",
                   "每次删除都同时唤醒所有等待者：平均每次移交唤醒 {0} 个。它们全都去读取子节点列表、全都收到回复，然后除一个之外全部回去继续等待。锁仍按先进先出的顺序移交，也没有更快——可以把每次授予的消息数与上一个练习对比。这就是监听前一个节点所避免的羊群效应。";
        OutEtcd => "etcd cannot tell a pause from a crash: at lease expiry it deleted the key, and the next waiter by revision owned the lock. Revisions come from one store-wide counter that every put and delete bumps, so tokens climb but skip. The paused worker woke still believing and wrote with #{0}; storage had seen a newer revision and rejected it. (Inside etcd, IsOwner() — a compare on the worker's own key's CreateRevision — would fail too, because that key is gone; the lab enforces only storage's guard.) The lock API alone cannot guarantee mutual exclusion. The holder-exclusion check stays green: the new owners had finished when the paused one woke, so its wrong belief shows only in the rejected write.",
                   "etcd 分不清停顿和崩溃：租约到期时它删除了这个键，按修订号排在下一位的等待者获得了锁。修订号来自整个存储共用的计数器，每次写入和删除都会加一，所以令牌递增但不连续。暂停的工作者醒来后仍以为自己拥有锁，用 #{0} 写入；存储已经见过更新的修订号，拒绝了它。（在 etcd 内部，IsOwner()——对该工作者自己那个键的 CreateRevision 的比较——也会失败，因为那个键已被删除；实验只执行存储端的检查。）仅靠锁 API 无法保证互斥。“持有者互斥”检查保持正常：暂停者醒来时新所有者已经做完，所以它的错误认知只体现在那次被拒绝的写入上。";
        OutFailover => "The key never reached the replica, so the promoted replica let the other worker's SET succeed: two workers held the lock at once, and the monitor flagged the service (two unexpired grants) and the workers (two holders). Asynchronous replication cannot keep a lock safe across a failover, and the random value is no fencing token storage could check.",
                       "键还没复制到副本，被提升的副本就让另一个工作者的 SET 也成功了：两个工作者同时持有锁，安全检查器同时标出服务器（两个未过期的授予）和工作者（两个持有者）的违规。异步复制无法让锁在故障转移后保持安全，而随机值也不是存储能检查的防护令牌。";
        OutRedisDel => "The first holder's key expired while it worked and the next worker's SET NX took the lock: the first overlap came from the expiry, before any DEL. When the late holder finished, its plain DEL removed the new holder's key, and a third worker got the lock too: that overlap came from the DEL. A release script that deletes only your own random value prevents the second kind; nothing in Redis stops the first.",
                       "第一个持有者还在工作，它的键就过期了，下一个工作者的 SET NX 拿到了锁：第一次重叠来自过期，发生在任何 DEL 之前。迟到的持有者做完后，它的普通 DEL 删掉了新持有者的键，于是第三个工作者也拿到了锁：这次重叠来自 DEL。只删除自己随机值的释放脚本能防止第二种；Redis 里没有什么能阻止第一种。";
        OutClockJump => "C expired the key early, so the second worker locked C, D and E: a majority too. Every node still held at most one unexpired key — yet both workers believed they held the lock, and the monitor flagged two holders. Redlock relies on clocks; antirez answers that a monotonic, slewed clock avoids such jumps.",
                        "C 提前让键过期，于是第二个工作者锁住了 C、D、E：同样是多数派。每个节点上仍然最多只有一个未过期的键——但两个工作者都以为自己持有锁，安全检查器标出了两个持有者。Redlock 依赖时钟；antirez 的回应是，使用单调、平滑调整的时钟就能避免这种跳变。";
        OutRestart => "The second worker locked C, D and E and both believed they held the lock: the monitor flagged two holders. A node that forgets its keys is as bad as a clock jump.",
                      "第二个工作者锁住了 C、D、E，两个工作者都以为自己持有锁：安全检查器标出了两个持有者。一个会忘记键的节点和时钟跳变一样危险。";
        RedlockWin => "{0} won {1} of {2} votes: T1 = {3}, T2 = {4}, validity = TTL − (T2 − T1) − drift = {5}.",
                      "{0} 赢得 {2} 票中的 {1} 票：T1 = {3}，T2 = {4}，有效期 = TTL − (T2 − T1) − 漂移 = {5}。";
        ValiditySum => "{0} − ({1} − {2}) − {3} = {4} ms", "{0} − ({1} − {2}) − {3} = {4} 毫秒";
        OutRestartDelayed => "The second worker could not win a majority while the first still held A and B and C was down; it got the lock only after the first released. No two holders: a delayed restart longer than the maximum TTL (or fsync=always) restores safety.",
                             "第一个工作者仍持有 A 和 B、C 又处于宕机时，第二个工作者无法赢得多数派；它要等第一个工作者释放后才拿到锁。没有出现两个持有者：比最大 TTL 更长的延迟重启（或 fsync=always）恢复了安全性。";
    }
}

use crate::i18n::Lang;
use crate::lab::common::{millis, secs_short, worker_name};
use crate::lab::predict::Ask;
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::shard::{self, ShardLesson};
use crate::lab::text::L;
use crate::ui::format::dec;
use ringlock_lock::{drift, AcquireSteps, Facts, LabScenario, REDLOCK_NODES};

/// Button label of a lesson.
pub fn lesson_label(lang: Lang, lesson: LabScenario) -> &'static str {
    match lesson {
        LabScenario::HolderCrash => lang.t(L::LessonCrash),
        LabScenario::GcPause => lang.t(L::LessonGc),
        LabScenario::GcPauseFenced => lang.t(L::LessonFence),
        LabScenario::LocalLock => lang.t(L::LessonLocal),
        LabScenario::FairQueue => lang.t(L::LessonFair),
        LabScenario::LockDelay => lang.t(L::LessonDelay),
        LabScenario::ZooKeeper => lang.t(L::LessonZk),
        LabScenario::Herd => lang.t(L::LessonHerd),
        LabScenario::Etcd => lang.t(E::LessonEtcd),
        LabScenario::Failover => lang.t(K::LessonFailover),
        LabScenario::RedisDel => lang.t(K::LessonRedisDel),
        LabScenario::ClockJump => lang.t(K::LessonClockJump),
        LabScenario::Restart => lang.t(K::LessonRestart),
        LabScenario::RestartDelayed => lang.t(K::LessonRestartDelayed),
        LabScenario::ShardKill => shard::label(lang, ShardLesson::Kill),
        LabScenario::ShardWait => shard::label(lang, ShardLesson::Wait),
        LabScenario::ShardNodeTokens => shard::label(lang, ShardLesson::NodeTokens),
        LabScenario::ShardEpochTokens => shard::label(lang, ShardLesson::Epoch),
        LabScenario::ShardJoin => shard::label(lang, ShardLesson::Join),
        LabScenario::ShardHandOff => shard::label(lang, ShardLesson::HandOff),
    }
}

/// A duration in seconds, without a needless ".0": "2 s", "2.5 s".
fn secs(lang: Lang, ms: u64) -> String {
    let n = if ms.is_multiple_of(1000) {
        (ms / 1000).to_string()
    } else {
        format!("{:.1}", ms as f64 / 1000.0)
    };
    lang.f(L::Seconds, &[&n])
}

/// A lesson's setup: what is set up and what will happen to whom, never the result. Its
/// numbers are the lesson's settings.
pub fn setup(lang: Lang, lesson: LabScenario) -> String {
    let s = lesson.settings();
    let t = |ms| secs(lang, ms);
    match lesson {
        LabScenario::HolderCrash => lang.f(P::SetupCrash, &[&t(s.ttl)]),
        LabScenario::LockDelay => lang.f(P::SetupDelay, &[&t(s.lock_delay)]),
        LabScenario::GcPause => lang.f(P::SetupGc, &[&t(s.pause), &t(s.ttl)]),
        LabScenario::GcPauseFenced => lang.t(P::SetupFence).to_string(),
        LabScenario::LocalLock => lang.t(P::SetupLocal).to_string(),
        LabScenario::FairQueue => lang.f(P::SetupFair, &[&s.workers]),
        LabScenario::ZooKeeper => lang.f(P::SetupZk, &[&s.workers]),
        LabScenario::Herd => lang.t(P::SetupHerd).to_string(),
        LabScenario::Etcd => lang.f(P::SetupEtcd, &[&s.workers, &t(s.ttl), &t(s.pause)]),
        LabScenario::Failover => lang.f(P::SetupFailover, &[&t(s.repl_lag)]),
        LabScenario::RedisDel => lang.f(P::SetupRedisDel, &[&t(s.hold.min), &t(s.ttl)]),
        LabScenario::ClockJump => redlock_setup(lang, lesson, lang.t(P::SetupClockJump)),
        LabScenario::Restart => redlock_setup(lang, lesson, lang.t(P::SetupRestart)),
        LabScenario::RestartDelayed => redlock_setup(
            lang,
            lesson,
            &lang.f(P::SetupRestartDelayed, &[&t(s.restart_delay), &t(s.ttl)]),
        ),
        LabScenario::ShardKill => shard::setup(lang, ShardLesson::Kill, t),
        LabScenario::ShardWait => shard::setup(lang, ShardLesson::Wait, t),
        LabScenario::ShardNodeTokens => shard::setup(lang, ShardLesson::NodeTokens, t),
        LabScenario::ShardEpochTokens => shard::setup(lang, ShardLesson::Epoch, t),
        LabScenario::ShardJoin => shard::setup(lang, ShardLesson::Join, t),
        LabScenario::ShardHandOff => shard::setup(lang, ShardLesson::HandOff, t),
    }
}

/// A Redlock lesson's setup followed by Redlock's steps and its validity formula.
fn redlock_setup(lang: Lang, lesson: LabScenario, setup: &str) -> String {
    let ttl = lesson.settings().ttl;
    let majority = REDLOCK_NODES / 2 + 1;
    let steps = lang.f(
        P::RedlockSteps,
        &[&ttl, &REDLOCK_NODES, &majority, &millis(lang, drift(ttl))],
    );
    [setup, steps.as_str()].join(sentence_gap(lang))
}

/// What goes between two sentences: a space in English, nothing in 中文.
fn sentence_gap(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::Zh => "",
    }
}

/// validity = TTL − (T2 − T1) − drift with the attempt's numbers: "5,000 − (228 − 168) −
/// 52 = 4,888 ms" (`None` before its votes were counted).
pub fn validity_sum(lang: Lang, s: &AcquireSteps) -> Option<String> {
    let (t2, validity) = (s.t2?, s.validity?);
    let n = |x: u64| lang.num(x);
    let v = u64::try_from(validity).map_or_else(|_| format!("−{}", n(validity.unsigned_abs())), n);
    Some(lang.f(
        P::ValiditySum,
        &[&n(s.ttl), &n(t2), &n(s.t1), &n(s.drift), &v],
    ))
}

/// One won attempt, step by step: who, its votes, T1, T2 and its validity by the formula.
pub fn redlock_win(lang: Lang, s: &AcquireSteps) -> String {
    let sum = validity_sum(lang, s).unwrap_or_default();
    let t2 = s.t2.map_or_else(String::new, |t| millis(lang, t));
    lang.f(
        P::RedlockWin,
        &[
            &worker_name(lang, s.worker),
            &s.votes,
            &s.masters,
            &millis(lang, s.t1),
            &t2,
            &sum,
        ],
    )
}

/// The run's won attempts, each by [`redlock_win`], after a lesson's outcome.
fn with_wins(lang: Lang, outcome: &str, facts: &Facts) -> String {
    let wins = facts.wins.iter().map(|s| redlock_win(lang, s));
    let all: Vec<String> = std::iter::once(outcome.to_string()).chain(wins).collect();
    all.join(sentence_gap(lang))
}

/// A question's words.
pub fn question(lang: Lang, ask: Ask) -> &'static str {
    lang.t(match ask {
        Ask::StaleWrite => P::AskStaleWrite,
        Ask::TwoHolders => P::AskTwoHolders,
        Ask::AnyViolation => P::AskAnyViolation,
        Ask::WaitSecs => P::AskWaitSecs,
        Ask::WakeupsPerHandoff => P::AskWakeups,
    })
}

/// A lesson's outcome, its numbers taken from the run's facts.
pub fn outcome(lang: Lang, lesson: LabScenario, facts: &Facts) -> String {
    let wait = || secs_short(lang, facts.wait_after_trigger().unwrap_or(0));
    let tok = |t: Option<u64>| t.map_or_else(|| "?".to_string(), |t| t.to_string());
    let victim = tok(facts.victim_token);
    let taker = tok(facts.takeover.and_then(|t| t.1));
    let per = || dec(lang, facts.metrics.wakeups_per_handoff.unwrap_or(0.0), 1);
    match lesson {
        LabScenario::HolderCrash => lang.f(P::OutCrash, &[&wait()]),
        LabScenario::LockDelay => lang.f(P::OutDelay, &[&wait()]),
        LabScenario::GcPause => lang.f(P::OutGc, &[&victim, &taker]),
        LabScenario::GcPauseFenced => lang.f(P::OutFence, &[&victim, &taker]),
        LabScenario::LocalLock => lang.t(P::OutLocal).to_string(),
        LabScenario::FairQueue => lang.f(
            P::OutFair,
            &[&dec(lang, facts.metrics.jain.unwrap_or(0.0), 3)],
        ),
        LabScenario::ZooKeeper => lang.f(P::OutZk, &[&per()]),
        LabScenario::Herd => lang.f(P::OutHerd, &[&per()]),
        LabScenario::Etcd => lang.f(P::OutEtcd, &[&victim]),
        LabScenario::Failover => lang.t(P::OutFailover).to_string(),
        LabScenario::RedisDel => lang.t(P::OutRedisDel).to_string(),
        LabScenario::ClockJump => with_wins(lang, lang.t(P::OutClockJump), facts),
        LabScenario::Restart => with_wins(lang, lang.t(P::OutRestart), facts),
        LabScenario::RestartDelayed => with_wins(lang, lang.t(P::OutRestartDelayed), facts),
        LabScenario::ShardKill => shard::outcome(lang, ShardLesson::Kill, facts),
        LabScenario::ShardWait => shard::outcome(lang, ShardLesson::Wait, facts),
        LabScenario::ShardNodeTokens => shard::outcome(lang, ShardLesson::NodeTokens, facts),
        LabScenario::ShardEpochTokens => shard::outcome(lang, ShardLesson::Epoch, facts),
        LabScenario::ShardJoin => shard::outcome(lang, ShardLesson::Join, facts),
        LabScenario::ShardHandOff => shard::outcome(lang, ShardLesson::HandOff, facts),
    }
}

#[cfg(test)]
#[path = "lessons_tests.rs"]
mod tests;
