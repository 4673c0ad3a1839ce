//! Chapter 9's narration: the locks people run. Every number is an argument, computed by the
//! core on the run the step hosts.

use crate::i18n::catalogue;

catalogue! {
    /// Chapter 9 narration.
    pub enum N {
        PdTitle => "ZooKeeper: each waiter watches its predecessor", "ZooKeeper：每个等待者监听它的前一个节点";
        PdBefore => "ZooKeeper's lock recipe: each worker creates an ephemeral sequential node under the lock. The lowest number holds the lock; every other worker sets a watch on the node just below its own, then waits. A release (or a crash, or an expired session) deletes the holder's node, and ZooKeeper sends a watch notification to whoever watched that node. Here {0} workers share the lock. {1} holds it first and releases it at {2}, when {3} workers are waiting.",
            "ZooKeeper 的锁配方：每个工作者在锁下面创建一个临时顺序节点。序号最小的节点持有锁；其余每个工作者监听紧挨在自己前面的那个节点，然后等待。释放锁（或崩溃、会话过期）会删除持有者的节点，ZooKeeper 向监听这个节点的一方发送监听通知。这里 {0} 个工作者共用这把锁。{1} 最先持有锁，在 {2}释放，此时有 {3} 个工作者在等待。";
        PdAsk => "When {0} releases, how many watch notifications does ZooKeeper send?", "{0} 释放锁时，ZooKeeper 会发出多少条监听通知？";
        PdAfter => "It sent {0}. Only the next waiter watched the deleted node, so only {1} woke: it asked for the children, saw that its node was now the lowest, and took the lock. The others slept on. Over the whole run of {2}, {3} handoffs sent {4} notifications, {5} per handoff, and the {6} grants cost {7} messages in all, {8} per grant.",
            "它发出了 {0} 条。只有下一个等待者监听了被删除的节点，所以只有 {1} 被唤醒：它读取子节点列表，看到自己的节点已是最小的，于是拿到了锁。其余工作者继续等待。在整个 {2}的运行中，{3} 次移交共发出 {4} 条通知，每次移交 {5} 条；{6} 次授予一共用了 {7} 条消息，每次授予 {8} 条。";
        PdTheory => "one: each node has a single watcher", "一条：每个节点只有一个监听者";
        HdTitle => "The herd: every waiter watches all children", "羊群效应：每个等待者都监听全部子节点";
        HdBefore => "The naive version of the recipe, the one ZooKeeper's recipe is designed to avoid: every waiter asks for the lock's children with a watch, so any change to them notifies all the waiters. The same {0} workers, seed and timing: {1} releases at {2}, when {3} workers are waiting.",
            "配方的朴素版本，也正是 ZooKeeper 的配方设计时要避免的做法：每个等待者都带着监听读取锁的子节点列表，于是子节点一有变化，所有等待者都会收到通知。同样的 {0} 个工作者、种子和时序：{1} 在 {2}释放，此时有 {3} 个工作者在等待。";
        HdAsk => "How many watch notifications does this one release send?", "这一次释放会发出多少条监听通知？";
        HdAfter => "It sent {0}, one to every waiter. Each woken waiter asked for the children and got the list back; all but {1} found their node was not the lowest and went back to waiting. Over the run, {2} handoffs sent {3} notifications, {4} per handoff, and the {5} grants cost {6} messages, {7} per grant, against {8} messages, {9} per grant, with predecessor watches ({10} grants). The lock still passed in FIFO order: the extra messages bought nothing. This is the herd effect that watching the predecessor avoids.",
            "它发出了 {0} 条，每个等待者一条。每个被唤醒的等待者都去读取子节点列表并收到回复；除 {1} 之外，全都发现自己的节点不是最小的，又回去继续等待。整个运行中，{2} 次移交共发出 {3} 条通知，每次移交 {4} 条；{5} 次授予用了 {6} 条消息，每次授予 {7} 条，而监听前一个节点时是 {8} 条消息、每次授予 {9} 条（{10} 次授予）。锁仍按先进先出的顺序移交：多出来的消息什么也没换来。这就是监听前一个节点所避免的羊群效应。";
        HdTheory => "one per waiter: {0}", "每个等待者一条：{0} 条";

        EtTitle => "etcd: the lease runs out during a pause", "etcd：暂停期间租约到期";
        EtBefore => "{0} workers use etcd's concurrency.Mutex. Lock() puts a key bound to the worker's session lease (TTL {1} here); the key with the smallest CreateRevision owns the lock, each waiter watches the key just before its own, and the owner's revision serves as its fencing token. {2} owns the lock with revision {3} at {4}, then freezes for {5}, longer than its lease. Two guards could stop a stale owner. Inside etcd, IsOwner() is a compare, \"my key's CreateRevision is still my revision\", that an etcd transaction can be made conditional on. Outside etcd, storage keeps the highest revision it has seen and refuses lower ones. This lab models the second: the writes go to storage, not into an etcd transaction.",
            "{0} 个工作者使用 etcd 的 concurrency.Mutex。Lock() 写入一个与工作者会话租约（这里 TTL 为 {1}）绑定的键；CreateRevision 最小的键拥有锁，每个等待者监听排在自己前面的那个键，所有者的修订号就是它的防护令牌。{2} 在 {4}以修订号 {3} 拥有锁，随后冻结 {5}，比它的租约还长。有两道检查可以挡住过期的所有者。在 etcd 内部，IsOwner() 是一个比较条件：“我的键的 CreateRevision 仍是我的修订号”，etcd 的事务可以以它为前提。在 etcd 外部，存储记住它见过的最大修订号，拒绝更小的。本实验模拟的是后者：写入发往存储，而不是 etcd 的事务。";
        EtAsk => "{0} wakes still believing it owns the lock and writes with revision {1}. What happens to the write?", "{0} 醒来后仍以为自己拥有锁，用修订号 {1} 写入。这次写入会怎样？";
        EtAccepted => "Storage accepts it", "存储接受它";
        EtIsOwner => "etcd's IsOwner() refuses it", "etcd 的 IsOwner() 拒绝它";
        EtStorage => "Storage's highest-revision guard rejects it", "存储的最大修订号检查拒绝它";
        EtAfter => "At {0} the lease ran out: etcd deleted {1}'s key, and {2}, next by revision, owned the lock with revision {3}. Revisions come from one counter for the whole store, so tokens grow but skip numbers. At {4} storage received {1}'s write with revision {5}, having already seen revision {6}: {7} Inside etcd, IsOwner() would fail too, because {1}'s key is gone and no key has CreateRevision {5} any more. But that compare guards only what is done in an etcd transaction; a write to another system must be checked by that system. etcd's own documentation says so: the lock API alone cannot guarantee mutual exclusion.",
            "{0}时租约到期：etcd 删除了 {1} 的键，按修订号排在下一位的 {2} 以修订号 {3} 拥有了锁。修订号来自整个存储共用的一个计数器，所以令牌递增但不连续。{4}时，存储收到了 {1} 带修订号 {5} 的写入，而它已经见过修订号 {6}：{7}在 etcd 内部，IsOwner() 也会失败，因为 {1} 的键已被删除，再也没有 CreateRevision 为 {5} 的键。但这个比较只保护在 etcd 事务里完成的操作；写到别的系统，必须由那个系统自己检查。etcd 自己的文档也这样说：仅靠锁 API 无法保证互斥。";
        EtRejected => "storage's guard rejected it.", "存储的检查拒绝了它。";
        EtPassed => "storage accepted it.", "存储接受了它。";
        EtMeasured => "rejected by storage: {0} < {1}", "被存储拒绝：{0} < {1}";
        EtMeasuredTaken => "accepted by storage", "存储接受了";
        EtTheory => "rejected: revision {0} is below {1}; IsOwner() would fail as well", "拒绝：修订号 {0} 小于 {1}；IsOwner() 也会失败";

        FoTitle => "Redis with a replica", "带副本的 Redis";
        FoBefore => "One Redis master with one replica that receives every write {0} late: replication is asynchronous. A worker takes the lock with SET key <random value> NX PX {1}: the master sets the key only if it is absent, with a TTL of {1} ms. {2} gets the lock at {3}, and at that moment the master dies; the replica is promoted to master. {4} keeps trying.",
            "一个 Redis 主节点带一个副本，副本要晚 {0}才收到每次写入：复制是异步的。工作者用 SET key <随机值> NX PX {1} 加锁：主节点只在键不存在时设置它，TTL 为 {1} 毫秒。{2} 在 {3}拿到锁，就在这一刻主节点宕机，副本被提升为主节点。{4} 一直在尝试加锁。";
        TwoAsk => "Will two workers hold the lock at the same time?", "会有两个工作者同时持有锁吗？";
        TwoYes => "Yes, two at once", "会，两个同时持有";
        TwoNo => "No, one at a time", "不会，每次只有一个";
        FoAfter => "The key of {0} had not reached the replica when the master died, so the new master had no key. At {1}, {2} got the lock from the new master, while {0} still held it (its validity ran until {3}): from {4} both believed they held the lock, and the safety checker flagged two holders. Asynchronous replication loses the last writes on a failover, and a lock is one of them. The random value is no fencing token either: it has no order that storage could check.",
            "主节点宕机时，{0} 的键还没有复制到副本，所以新的主节点上没有这个键。{1}时，{2} 从新的主节点拿到了锁，而 {0} 仍持有它（它的有效期要到 {3}才结束）：从 {4}起两者都以为自己持有锁，安全检查器标出了两个持有者。异步复制在故障转移时会丢掉最后的写入，锁也是其中之一。随机值也不是防护令牌：它没有存储可以检查的顺序。";
        TwoFrom => "two holders from {0}", "{0}起有两个持有者";
        OneAtATime => "one holder at a time", "始终只有一个持有者";
        FoTheory => "two: the lock lived only on the master", "两个：锁只存在于主节点上";

        RlTitle => "Redlock and a clock that jumps", "Redlock 与跳变的时钟";
        RlBefore => "Redlock uses {0} independent Redis masters, A to E, without replication. To take the lock a worker 1) notes the time, T1; 2) sends SET NX PX {1} to every master; 3) counts the yes votes at T2; 4) computes validity = TTL − (T2 − T1) − drift, where drift = TTL/100 + 2 ms = {2} allows for clocks that run at slightly different rates. It holds the lock only with a majority, {3} of {0}, and a validity above 0; otherwise it unlocks every master and retries after a random delay. This is Kleppmann's counterexample: D and E are cut off for the first {4}. {5} locks A, B and C: T1 = {6}, T2 = {7}, validity = {8}. At that moment C's clock jumps forward {9}. {10} keeps trying.",
            "Redlock 使用 {0} 个相互独立、不做复制的 Redis 主节点，A 到 E。加锁时，工作者 1）记下时间 T1；2）向每个主节点发送 SET NX PX {1}；3）在 T2 统计赞成票；4）计算有效期 = TTL − (T2 − T1) − 漂移，其中漂移 = TTL/100 + 2 毫秒 = {2}，留给走速略有差异的时钟。只有拿到多数票（{0} 个中的 {3} 个）且有效期大于 0，它才持有锁；否则它在每个主节点上解锁，随机等待后重试。这是 Kleppmann 的反例：D 和 E 在开始的 {4}内断网。{5} 锁住了 A、B、C：T1 = {6}，T2 = {7}，有效期 = {8}。就在这一刻，C 的时钟向前跳了 {9}。{10} 一直在尝试加锁。";
        RlAsk => "D and E come back at {0}. Will two workers believe they hold the lock at once?", "D 和 E 在 {0}恢复。会有两个工作者同时以为自己持有锁吗？";
        RlAfter => "C's clock, {0} ahead, expired the key of {1} early. At {2}, {3} won {4} of the {5} votes: T1 = {6}, T2 = {2}, validity = {7}. Every step of Redlock passed, yet the validity of {1} ran until {8}, so from {2} both believed they held the lock, and the safety checker flagged two holders. {9} The drift allowance of {10} covers clocks that run a little fast or slow, not a clock that jumps.",
            "C 的时钟快了 {0}，提前让 {1} 的键过期。{2}时，{3} 赢得了 {5} 票中的 {4} 票：T1 = {6}，T2 = {2}，有效期 = {7}。Redlock 的每一步都通过了，但 {1} 的有效期要到 {8}才结束，所以从 {2}起两者都以为自己持有锁，安全检查器标出了两个持有者。{9}{10}的漂移余量能容纳走得稍快或稍慢的时钟，容纳不了跳变的时钟。";
        RlServiceOk => "By each master's own clock, no two workers ever held a majority of unexpired keys: the masters each behaved correctly, and the clients were wrong.", "按每个主节点自己的时钟，从来没有两个工作者同时持有多数未过期的键：每个主节点各自都没有出错，错的是工作者的认知。";
        RlServiceBroken => "Even by the masters' own clocks, two workers held a majority of unexpired keys.", "即使按主节点自己的时钟，也有两个工作者同时持有多数未过期的键。";
        RlTheory => "safe only while clocks drift less than {0} over a TTL; C's jumped {1}", "只有在一个 TTL 内时钟漂移小于 {0}时才安全；C 的时钟跳了 {1}";

        KlTitle => "Locks for efficiency, locks for correctness", "为效率的锁，为正确性的锁";
        KlBefore => "Martin Kleppmann (\"How to do distributed locking\", 2016) sorts locks by what a failure costs. A lock for efficiency saves doing work twice: if it fails now and then, two workers do the same job, and the cost is some wasted work. A lock for correctness keeps two workers from acting at once: if it fails, data is lost or corrupted. For correctness he asks for fencing tokens that the resource checks, and he argues that Redlock cannot provide them, since its random values have no order, and that its safety rests on bounded network delay, bounded pauses and bounded clock error. Salvatore Sanfilippo (antirez), who wrote Redis, answered in \"Is Redlock safe?\": Redlock assumes clocks that advance at about the same rate, which monotonic clocks and a system time that is slewed, never stepped, provide; a delay during acquisition is caught by its elapsed-time check; a pause after acquisition harms every lease-based lock alike; and where the resource can check something, a unique random value used with check-and-set does a token's job without needing an order. For a lock for efficiency, Kleppmann adds, a single Redis instance is enough. Replayed here is chapter 8's pause: {0}, paused past its lease, wrote with token {1} after {2} had written with token {3}.",
            "Martin Kleppmann 在《How to do distributed locking》（《如何实现分布式锁》，2016）中按出错的代价给锁分类。为效率的锁，是为了避免重复劳动：偶尔出错时，两个工作者做了同一份工作，代价是浪费一些功夫。为正确性的锁，是为了不让两个工作者同时动手：一旦出错，数据就会丢失或损坏。对于正确性，他要求使用由资源端检查的防护令牌，并认为 Redlock 提供不了，因为它的随机值没有顺序；而且它的安全性依赖于有界的网络延迟、有界的进程暂停和有界的时钟误差。Redis 的作者 Salvatore Sanfilippo（antirez）在《Is Redlock safe?》（《Redlock 安全吗？》）中回应：Redlock 假设各时钟以大致相同的速率前进，单调时钟以及只平滑调整、从不跳变的系统时间就能做到；加锁过程中的延迟会被它对耗时的检查发现；加锁之后的暂停对所有基于租约的锁同样有害；而只要资源端能做检查，一个唯一的随机值配合“比较后写入”就能起到令牌的作用，并不需要有顺序。Kleppmann 还指出，为效率而加的锁用单个 Redis 实例就够了。这里重放的是第 8 章的暂停：{0} 暂停超过了它的租约，在 {2} 用令牌 {3} 写入之后，才用令牌 {1} 写入。";
        KlAsk => "Two services use a lock like this one. One refreshes a cached web page every minute; the other updates a customer's account balance. Which one needs fencing tokens checked by its storage?", "两个服务使用和这里一样的锁。一个每分钟刷新一次缓存的网页；另一个更新客户的账户余额。哪一个需要由存储检查的防护令牌？";
        KlCache => "The cache refresh", "缓存刷新";
        KlBalance => "The balance update", "余额更新";
        KlNeither => "Neither: a good lock never fails", "都不需要：好的锁永远不会出错";
        KlAfter => "The balance update. A page refreshed twice costs some work, and the next refresh replaces a stale copy: a lock for efficiency. A balance written from a stale read loses money: a lock for correctness. In this run storage {0} the write with token {1} after token {2}; with fencing, as in chapter 8, storage refuses it. No lock can rule out a pause between its check and the write, so for correctness the resource must take part. Where Kleppmann and antirez differ is whether Redlock's timing assumptions are reasonable to rely on, and whether an unordered unique value can stand in for a token. The lock lab has both sides: a clock jump broke Redlock in the last step, and its delayed-restart lesson keeps it safe.",
            "余额更新。网页被刷新两次只是多花一些功夫，下一次刷新就会替换掉过期的副本：这是为效率的锁。根据过期读数写入的余额会让钱凭空消失：这是为正确性的锁。这次运行中，存储在令牌 {2} 之后{0}了令牌 {1} 的写入；开启防护令牌时，就像第 8 章那样，存储会拒绝它。没有哪把锁能排除检查与写入之间的暂停，所以为了正确性，资源端必须参与。Kleppmann 和 antirez 的分歧在于：Redlock 的时序假设是否值得依赖，以及一个没有顺序的唯一值能否代替令牌。锁实验里两方面都有：上一步中时钟跳变让 Redlock 出了错，而它的“延迟重启”练习让它保持安全。";
        KlMeasured => "{0}: token {1} after {2}", "{0}：令牌 {1} 在 {2} 之后";
        KlTheory => "for correctness, a check at the resource: a fencing token", "为了正确性，需要资源端的检查：防护令牌";
    }
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
