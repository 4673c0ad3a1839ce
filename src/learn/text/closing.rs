//! Chapter 11's narration: the article's challenges (§5) and FAQ (§6). Every number is an
//! argument, computed by the core.

use crate::i18n::catalogue;

catalogue! {
    /// Chapter 11's narration.
    pub enum Cl {
        ConsTitle => "Consistency: what consistent hashing does not solve", "一致性：一致性哈希解决不了的问题";
        ConsBefore => "The article lists data consistency as the first challenge (§5), and its FAQ (§6, Q2) asks how consistent hashing solves it. The answer: when a server fails, it is removed from the ring and its share is spread evenly over its neighbours. Here {0} nodes with {1} virtual nodes each hold {2} keys, and each key is stored once, on its owner (R = 1). {3} is about to die.",
            "文章把数据一致性列为第一个挑战（§5），它的常见问题（§6，Q2）又问：一致性哈希如何解决数据一致性问题？回答是：服务器故障时，把它从环上移除，它的份额会平均分给它的邻居。这里 {0} 个节点各有 {1} 个虚拟节点，共保存 {2} 个键，每个键只在它的所有者上保存一份（R = 1）。{3} 即将宕机。";
        ConsAsk => "{0} dies. What happens to its keys' data?", "{0} 宕机。它的键的数据会怎样？";
        ConsEven => "Its neighbours take it over, so nothing is lost", "由它的邻居接手，所以什么也不会丢";
        ConsGone => "Its keys get new owners, but their data is gone", "它的键有了新的所有者，但数据已经没有了";
        ConsAll => "Every key is placed again, and all the data moves", "所有键重新放置，全部数据都要移动";
        ConsAfter => "The ring did its part: only {0} of the {1} keys changed owner, all of them {2}'s, spread over {3}; keys of other nodes that moved: {4}. With virtual nodes that spreading is close to what the article says. But a new owner receives a key's name, not its data: at R = 1 the data of those {5} keys ({6}) lived on {2} only, and it is gone. Consistent hashing decides where a key lives and keeps the number of keys that move small. It keeps no copies, and it says nothing about which copy is current. That takes replication and a consistency protocol: quorums (reads and writes that each reach enough copies to overlap), versions or vector clocks, as Dynamo builds on top of its ring. So the premise of Q2 is wrong. This app places keys and their copies; it does not model writes, versions or stale reads.",
            "环完成了它的那部分工作：{1} 个键中只有 {0} 个换了所有者，全部来自 {2}，分散到了 {3}；其他节点的键移动了 {4} 个。有了虚拟节点，这种分散和文章说的相差不远。但是新的所有者拿到的只是键的名字，而不是它的数据：在 R = 1 时，这 {5} 个键（{6}）的数据只存放在 {2} 上，现在已经没有了。一致性哈希决定键放在哪里，并让需要移动的键尽量少；它不保存副本，也不管哪一份副本是最新的。这需要副本加上一致性协议：法定人数（读和写各自到达足够多的副本，使两者至少有一份重叠）、版本号或向量时钟，就像 Dynamo 在它的环之上所做的那样。所以 Q2 的前提是错的。本应用只模拟键和副本的放置，不模拟写入、版本和过期读取。";
        ConsMeasured => "data of {0} keys lost ({1})", "{0} 个键的数据丢失（{1}）";
        ConsTheory => "about 1/N of the keys move ({0}); at R = 1 their data is lost", "约 1/N 的键移动（{0}）；R = 1 时它们的数据丢失";

        FtTitle => "Fault tolerance: copies, and repairing them", "容错：副本，以及修复副本";
        FtBefore => "The second challenge (§5) is fault tolerance: one failed node must not take the system down with it. Now each key is stored on R = {0} distinct nodes, its first {0} clockwise (Dynamo's preference list), on the same {1} nodes and {2} keys. Only {3} dies.",
            "第二个挑战（§5）是容错：一个节点故障，不能拖垮整个系统。现在每个键保存在 R = {0} 个不同的节点上，即顺时针方向的前 {0} 个（Dynamo 的偏好列表），节点和键还是那 {1} 个节点和 {2} 个键。只有 {3} 宕机。";
        FtAsk => "{0} dies. What percentage of the keys is left with only one copy?", "{0} 宕机。百分之多少的键只剩下一份副本？";
        FtAfter => "Keys lost: {0}. But {1} of the {2} keys ({3}) had a copy on {4} and are down to one: each node holds copies of about R/N of the keys, here {5}/{6}. Until those keys are copied again, to the next node of their preference lists, one more failure can lose them: if {7} died now, {8} keys would be gone. So fault tolerance is copies plus repair, noticing the failure and copying again (Dynamo's hinted handoff and anti-entropy), which this app does not model. A single lock server has no copy at all: while it is down, nobody can take or release the lock, and replicating it raises the same questions (chapter 9's Redis failover).",
            "丢失的键：{0} 个。但 {2} 个键中有 {1} 个（{3}）在 {4} 上有一份副本，现在只剩一份：每个节点保存着大约 R/N 的键的副本，这里是 {5}/{6}。在这些键被重新复制到偏好列表中的下一个节点之前，再有一次故障就可能丢失它们：如果 {7} 现在宕机，{8} 个键就没有了。所以容错是副本加上修复，即发现故障并重新复制（Dynamo 的提示移交和反熵），本应用不模拟这部分。只有一台锁服务器时，它自己没有任何副本：它宕机期间，谁也无法获取或释放锁；给它加副本又会带来同样的问题（第 9 章的 Redis 故障转移）。";
        FtTheory => "R/N = {0}", "R/N = {0}";

        PfTitle => "Performance: one lock, one worker at a time", "性能：一把锁，一次一个工作者";
        PfBefore => "The third challenge (§5) is performance. Here {0} workers share one lock on the article's central server. Each critical section takes {1} to {2}, a message takes about {3} each way, and after releasing, a worker thinks for {4} to {5} before asking again.",
            "第三个挑战（§5）是性能。这里 {0} 个工作者在文章的中心服务器上共用一把锁。每段临界区持续 {1}到 {2}，消息单程大约 {3}，工作者释放锁之后要思考 {4}到 {5}才再次请求。";
        PfAsk => "How long will a worker typically wait for the lock, from asking to holding? (the median, in milliseconds)", "一个工作者从请求到持有锁，通常要等多久？（中位数，单位毫秒）";
        PfAfter => "The median wait was {0}. One lock admits one worker at a time, and each turn costs more than the critical section: the grant travels to the worker, its write travels to storage and the answer back, and the release travels to the server, four messages in a row while nobody else may work, about {4} a turn. So the server granted {1} times in {2}, {3} grants per second, and can give no more than about {5} per second however many workers ask: with {7} of them, each waits for nearly everyone else's turn. Each grant cost {6} messages. The remedies are the ones real systems use: shorter critical sections, and many locks instead of one (one per key, placed on a ring). Bandwidth, disks and CPUs are not modelled here, and on the Ring view a move is counted in keys, not bytes.",
            "等待时间的中位数是 {0}。一把锁一次只允许一个工作者进入，而每一轮的耗时不止临界区本身：授予消息传到工作者，它的写入传到存储、存储的应答传回，释放消息再传回服务器，一连四条消息，这期间谁也不能工作，每轮大约 {4}。所以服务器在 {2}内授予了 {1} 次，每秒 {3} 次；不管有多少工作者在请求，每秒最多大约 {5} 次：有 {7} 个工作者时，每个都要等几乎所有其他人轮完一遍。每次授予耗费 {6} 条消息。补救办法正是真实系统所用的：缩短临界区，以及用许多把锁代替一把（每个键一把，放在环上）。本应用不模拟带宽、磁盘和 CPU；在哈希环视图里，移动的代价以键的个数计，而不是字节数。";
        PfTheory => "≈ {0}: a round of N turns, less the worker's own think time, critical section and write", "≈ {0}：N 轮的一整圈，减去工作者自己的思考时间、临界区和写入";

        DelTitle => "Security: who may release a lock", "安全：谁可以释放锁";
        DelBefore => "The fourth challenge (§5) is security: keeping data and resources from those who should not touch them. The part a lock can show is who may release it. Redis keeps the lock as a key: SET lock <random value> NX PX {3} takes it if nobody has, for {1}. Here {0} workers take turns; each critical section lasts {2}, longer than the key lives, and each worker releases with a plain DEL lock.",
            "第四个挑战（§5）是安全：保护数据和资源，不让不该碰它们的一方碰到。锁能展示的部分，是谁可以释放它。Redis 用一个键来表示锁：SET lock <随机值> NX PX {3} 在没人持有时拿到锁，有效期 {1}。这里 {0} 个工作者轮流持有锁；每段临界区持续 {2}，比键的寿命还长，每个工作者都用普通的 DEL lock 释放锁。";
        DelAsk => "A worker whose key has already expired finishes and sends DEL. Can it delete another worker's lock?", "一个工作者的键已经过期，它结束临界区后发出 DEL。它能删掉另一个工作者的锁吗？";
        DelYes => "Yes: DEL removes the key, whoever set it", "能：DEL 会删除这个键，不管是谁设置的";
        DelNo => "No: Redis lets only the worker that set a key delete it", "不能：Redis 只允许设置键的工作者删除它";
        DelAfter => "It can: {0} releases deleted another worker's key. The safety checker found {1} moments when two workers acted as holder. The first, at {2}, was not the DEL's doing: {3}'s key expired while it was still in its critical section, and {4} took the lock. The first caused by a DEL came at {5}: {6}, late, had deleted {7}'s key, and {8} took the lock while {7} was still working. DEL checks nothing. The safe release is a short script run inside Redis: delete the key only if its value is still my random value. It is the same rule as a fencing token: only the holder of this grant may act on it.",
            "能：有 {0} 次释放删掉了别的工作者的键。安全检查器发现，有 {1} 个时刻两个工作者同时以持有者身份行事。第一次发生在 {2}，并不是 DEL 造成的：{3} 的键在它仍处于临界区时过期了，{4} 拿到了锁。第一次由 DEL 造成的发生在 {5}：迟到的{6} 删掉了{7} 的键，{8} 在{7} 仍在工作时拿到了锁。DEL 什么也不检查。安全的释放方式是一段在 Redis 内部运行的小脚本：只有当键的值仍是我的随机值时才删除它。这和防护令牌是同一条规则：只有这次授予的持有者才能对它操作。";
        DelMeasured => "{0} releases deleted another worker's key", "{0} 次释放删掉了别的工作者的键";
        DelTheory => "possible: a plain DEL compares nothing", "可能：普通的 DEL 不做任何比较";

        CasTitle => "Security: the safe release", "安全：安全的释放";
        CasBefore => "The same workers, keys and timings, but each release now runs the compare-and-delete script: the key is deleted only if it still holds the releasing worker's own value.",
            "同样的工作者、键和时间设置，但现在每次释放都运行比较后删除的脚本：只有当键里仍是释放者自己的值时才删除它。";
        CasAsk => "Will two workers still act as holder at the same moment?", "还会有两个工作者同时以持有者身份行事吗？";
        CasNever => "No: the script prevents it", "不会：脚本防止了这种情况";
        CasStill => "Yes: a key can still expire during a long critical section", "会：键仍可能在很长的临界区中过期";
        CasAfter => "Releases that deleted another worker's key: {0}. But the safety checker still found {1} overlaps, every one caused by expiry, the first at {2}, the same moment as with DEL. With the plain DEL there were {3}, {4} of them caused by a DEL (the two runs part ways at the first DEL). The script settles who may release; it cannot stop a key from expiring under a holder slower than the TTL. For that, storage must check a fencing token (chapter 8). What the lab does not model: authentication, encryption, or a malicious worker that sends someone else's value. Real deployments add passwords or access-control lists, TLS and network isolation.",
            "删掉别的工作者的键的释放：{0} 次。但安全检查器仍然发现了 {1} 次重叠，每一次都是过期造成的，第一次发生在 {2}，与使用 DEL 时是同一时刻。使用普通 DEL 时有 {3} 次，其中 {4} 次是 DEL 造成的（两次运行从第一次 DEL 起就不再相同）。脚本解决了谁可以释放的问题，却无法阻止键在比 TTL 还慢的持有者手里过期。要做到这一点，存储必须检查防护令牌（第 8 章）。本实验不模拟的：身份认证、加密，以及冒用别人随机值的恶意工作者。真实部署会加上密码或访问控制列表、TLS 和网络隔离。";
        CasMeasured => "{0} overlaps, all from expiry", "{0} 次重叠，全部由过期造成";
        CasTheory => "the expiry overlaps remain; those from DEL are gone", "过期造成的重叠仍在；DEL 造成的消失了";

        McTitle => "FAQ: distributed systems and microservices", "常见问题：分布式系统与微服务";
        McBefore => "The FAQ's first question (§6, Q1) asks how distributed systems and microservice architecture differ. The article answers by defining each again, as in §2.1 and §2.2, without saying how they relate.",
            "常见问题的第一个问题（§6，Q1）问：分布式系统和微服务架构有什么区别？文章的回答只是把两者再各定义一遍（与 §2.1 和 §2.2 相同），没有说清它们之间的关系。";
        McAsk => "Which sentence says how they relate?", "哪一句说清了它们的关系？";
        McSame => "They are two names for the same thing", "它们是同一个东西的两个名字";
        McOn => "Microservices are one way to design software that runs on a distributed system", "微服务是设计软件的一种方式，这种软件运行在分布式系统上";
        McEscape => "Microservices are independent, so they escape the failures of distributed systems", "微服务彼此独立，所以能避开分布式系统的故障";
        McAfter => "A distributed system is any set of computers that work on one task by sending messages over a network. Microservices are an architecture style: one application split into small services, each deployed and scaled on its own. Split an application that way and it becomes a distributed system, with everything this course has shown: nodes die (chapters 3 and 5), messages take time (chapter 7), and two parties can both believe they hold a lock (chapter 8). Independent deployment is about how software is built and shipped; it does not make failures go away.",
            "分布式系统是指通过网络收发消息、共同完成一项任务的一组计算机。微服务是一种架构风格：把一个应用拆成许多小服务，每个服务独立部署、独立扩展。这样拆分之后，应用就成了一个分布式系统，本教程展示过的一切都会出现：节点会宕机（第 3、5 章），消息需要时间（第 7 章），两个参与方可能都以为自己持有锁（第 8 章）。独立部署说的是软件如何构建和发布，并不能让故障消失。";

        McTheory => "an architecture style, built on a distributed system", "一种架构风格，建立在分布式系统之上";

        LsvTitle => "FAQ: the central lock server", "常见问题：中心锁服务器";
        LsvBefore => "The last question (§6, Q3) asks how a distributed lock lets many nodes share a resource. The answer: a central server checks whether anyone holds the lock, grants it to the asking node if not, and on release grants it to the next node asking. The lab runs that server as written, with {0} workers; its first holder crashes while holding the lock.",
            "最后一个问题（§6，Q3）问：分布式锁如何让多个节点共享一个资源？回答是：由一台中心服务器检查是否有人持有锁，没有就把锁授予请求的节点，锁被释放时再授予下一个请求的节点。实验按原样运行这台服务器，{0} 个工作者；第一个持有者在持有锁时崩溃。";
        LsvAsk => "What is that answer right about, and what does it leave out?", "这个回答对在哪里，又漏掉了什么？";
        LsvComplete => "It is complete: a server granting in turn is all a lock needs", "它是完整的：服务器轮流授予就是锁的全部";
        LsvSilent => "It is right about mutual exclusion on one server, and silent about holders that crash or pause", "在单台服务器上的互斥是对的，但对崩溃或暂停的持有者只字未提";
        LsvWrong => "It is wrong: that server can grant the lock to two nodes at once", "它是错的：这台服务器可能同时把锁授予两个节点";
        LsvAfter => "It is right as far as it goes: the server never grants the lock to two workers at once. It leaves out what this course measured. A holder that crashes: here {0} crashed at {1}, and nobody got the lock in the {2} that followed (chapter 7); with leases of {3}, the next worker got it {4} after the crash. A holder that pauses: with leases, {5} woke after its lease had run out, and storage accepted its write with token {6} after a write with token {7} (chapter 8), unless storage checks fencing tokens. And one server is one node: while it is down, there is no lock at all.",
            "就它说到的部分而言是对的：服务器从不同时把锁授予两个工作者。它漏掉的，正是本教程测量过的。持有者崩溃：这里{0} 在 {1}崩溃，此后的 {2}里没有任何工作者拿到锁（第 7 章）；有了 {3}的租约，下一个工作者在崩溃后 {4}拿到锁。持有者暂停：有租约时，{5} 在租约到期后才醒来，存储在接受令牌 {7} 的写入之后，又接受了它令牌为 {6} 的写入（第 8 章），除非存储检查防护令牌。此外，一台服务器就是一个节点：它宕机期间，锁就不存在了。";
        LsvMeasured => "no leases: no grant in {0}; leases: next grant {1} after the crash", "无租约：{0}内没有授予；有租约：崩溃后 {1}再次授予";
        LsvTheory => "mutual exclusion: yes; crashes need leases; pauses need fencing", "互斥：有；崩溃需要租约；暂停需要防护令牌";
    }
}

#[cfg(test)]
#[path = "closing_tests.rs"]
mod tests;
