//! Chapter 10's narration: the article's formula, code and lock checked against the real
//! thing. Every number is an argument, computed by the core.

use crate::i18n::catalogue;

catalogue! {
    /// Chapter 10's narration.
    pub enum Ar {
        FmTitle => "The formula, revisited", "再看文章中的公式";
        FmBefore => "§3.1.2 gives consistent hashing as h(k) = (k mod p) + 1, with p \"the size of the ring\". §4.1's code computes b = int(sha1(key)) % 128 and returns nodes[b % len(nodes)]. Here the list holds {2} nodes ({3}), and the Ring view shows the article's code. The key {0} has b = {1}.",
            "§3.1.2 把一致性哈希写成 h(k) = (k mod p) + 1，p 是“哈希环的大小”。§4.1 的代码先算出 b = int(sha1(key)) % 128，再返回 nodes[b % len(nodes)]。这里的列表有 {2} 个节点（{3}），环视图显示的是原文代码的放置。键 {0} 的 b = {1}。";
        FmAsk => "Which node does the article's code give {0}?", "原文代码把 {0} 分给哪个节点？";
        FmAfter => "{1}: {2} mod {3} = {4}, and the list counts from 0, so {0} goes to the node that is number {5} counting from 1. That is h(k) = (k mod p) + 1 with k = {2} and p = {3}: the formula is the last step of this code, and it is modulo hashing. The owner is a remainder. Nothing in it walks round a circle, and it changes with p: with {6} nodes, {0} would go to {7}. Read as positions on a ring of size p, h only numbers the positions; a ring still needs the successor rule: on the ring of these nodes, {0} belongs to {8}, the first node clockwise from its position, not to {1}.",
            "{1}：{2} mod {3} = {4}，列表从 0 开始计数，所以 {0} 分给从 1 数起的第 {5} 个节点。这正是 k = {2}、p = {3} 时的 h(k) = (k mod p) + 1：这个公式就是这段代码的最后一步，它是取模哈希。所有者是一个余数，其中没有任何沿圆环查找的步骤，而且它随 p 改变：如果有 {6} 个节点，{0} 会分给 {7}。如果把它理解为大小为 p 的环上的位置，h 只是给位置编号；环还需要后继规则：在这些节点组成的环上，{0} 属于从它的位置顺时针方向的第一个节点 {8}，而不是 {1}。";
        FmTheory => "h({0}) = ({0} mod {1}) + 1 = {2}", "h({0}) = ({0} mod {1}) + 1 = {2}";

        CapTitle => "What virtual_node = 128 means", "virtual_node = 128 是什么意思";
        CapBefore => "§4.1 sets virtual_node = 128 and computes int(sha1(key)) % 128 before it takes % len(nodes). Here the article's code places {1} keys on {0} nodes, node1 … node{0}; each node has one point on the ring, and the keys are coloured by the article's owner. Computed exactly over its 128 buckets, this code moves {2} of the keys when 4 nodes become 5.",
            "§4.1 设置 virtual_node = 128，先算 int(sha1(key)) % 128，再取 % len(nodes)。这里原文代码把 {1} 个键放到 {0} 个节点 node1 … node{0} 上；每个节点在环上只有一个点，键按原文代码的所有者着色。按它的 128 个桶精确计算，从 4 个节点变为 5 个节点时，这段代码会移动 {2} 的键。";
        CapAsk => "{0} joins the {1} nodes. What percentage of the keys will change owner under the article's code?", "{0} 加入这 {1} 个节点。在原文代码下，百分之多少的键会换所有者？";
        CapAfter => "{0} of the {1} keys changed owner ({2}), and {3} got {4} keys. The code first cuts every key down to a bucket b = int(sha1) % 128, so b < 128 ≤ N, and then b mod {5} = b mod {6} = b: no bucket moves, and the new node is never chosen. virtual_node is a count of buckets, not virtual nodes, and this code can use at most 128 nodes. Computed exactly over the 128 buckets, a join N → N + 1 moves {8}. Plain hash mod N would move N/(N + 1) of the keys; on the ring, with one point per node, the same join moved {7} of the {1} keys, those on the new node's arc.",
            "{1} 个键中有 {0} 个换了所有者（{2}），{3} 得到了 {4} 个键。代码先把每个键缩成一个桶 b = int(sha1) % 128，于是 b < 128 ≤ N，从而 b mod {5} = b mod {6} = b：没有任何桶移动，新节点永远不会被选中。virtual_node 是桶的数量，不是虚拟节点，这段代码最多只能用上 128 个节点。按 128 个桶精确计算，从 N 到 N + 1 的加入移动的比例为 {8}。普通的 hash mod N 会移动 N/(N + 1) 的键；在环上（每个节点一个点），同样的加入移动了 {1} 个键中的 {7} 个，也就是新节点那段弧上的键。";
        CapJoin => "{0}→{1}: {2}", "{0}→{1}：{2}";
        ListSep => ", ", "、";

        LlTitle => "threading.Lock on two nodes", "两个节点上的 threading.Lock";
        LlBefore => "§4.2's DistributedLock keeps a dict of threading.Lock objects, one per key, in the memory of the process that runs it. The lock lab runs that code on {1} nodes, each a separate process with its own dict, and {0} workers, {2} on each node, all ask for the lock of the same key.",
            "§4.2 的 DistributedLock 在运行它的进程内存中维护一个字典，每个键对应一个 threading.Lock。锁实验室在 {1} 个节点上运行这段代码，每个节点是一个独立的进程，有自己的字典；{0} 个工作者（每个节点 {2} 个）都来申请同一个键的锁。";
        LlAsk => "At most, how many workers will hold that lock at the same moment?", "同一时刻最多会有几个工作者持有这把锁？";
        LlOne => "One: the lock excludes everyone", "一个：这把锁排斥其他所有工作者";
        LlPerNode => "{0}: one on each node", "{0} 个：每个节点一个";
        LlAll => "All {0}", "全部 {0} 个";
        LlAfter => "At {0}, {1} held the lock at the same time; the safety checker reported two holders at once at {4}. At most {2} workers held it together: workers on one node do exclude each other, but a threading.Lock lives in one process's memory, so the {3} nodes never see each other's lock. The code has two more faults, which this run does not even need. First, acquire checks whether the key is in the dict and only then creates its Lock, so two threads of one process can both find it missing, each create their own Lock and both enter: a check-then-act race. Second, threading.Lock promises no order, so a waiter can be overtaken, unlike the FIFO queue of §3.2.1 (the lab's local lock wakes a random waiter). A lock shared by several machines must live outside them: a lock server, ZooKeeper, etcd or Redis.",
            "{0}时，{1} 同时持有这把锁；安全检查器在 {4}报告了两个持有者同时持有锁。最多有 {2} 个工作者同时持有它：同一节点上的工作者确实互相排斥，但 threading.Lock 只存在于一个进程的内存里，{3} 个节点彼此看不到对方的锁。这段代码还有另外两个问题（这次运行即使没有它们也已出错）。其一，acquire 先检查键是否在字典里，然后才创建它的 Lock，所以同一进程的两个线程可能都发现键不存在，各自创建自己的 Lock，然后都进入临界区：这是“先检查后执行”的竞态。其二，threading.Lock 不保证顺序，等待者可能被后来者超过，这与 §3.2.1 的先进先出队列不同（实验室的本地锁随机唤醒一个等待者）。多台机器共享的锁必须放在它们之外：锁服务器、ZooKeeper、etcd 或 Redis。";
        LlOnNode => "{0} on node {1}", "节点 {1} 上的{0}";
        LlAnd => "{0} and {1}", "{0} 和{1}";
        LlTheory => "one per node: {0}", "每个节点一个：{0} 个";

        FrTitle => "L and fairness", "L 与公平性";
        FrBefore => "§3.2.2 measures the lock with L = (1/N)·Σxᵢ and calls L the number of lock allocations, where xᵢ counts the grants node i received. In the article N is the number of nodes; in the lock lab the lock is shared by workers, so here N is the number of workers and xᵢ the grants worker i received. {0} workers queue at one FIFO lock server for {1}.",
            "§3.2.2 用 L = (1/N)·Σxᵢ 衡量锁，并把 L 称为锁的分配次数，其中 xᵢ 是节点 i 获得授予的次数。文章中 N 是节点数量；在锁实验室里争用锁的是工作者，所以这里的 N 是工作者数量，xᵢ 是工作者 i 获得授予的次数。{0} 个工作者在一台先进先出的锁服务器前排队，持续 {1}。";
        FrAsk => "Could L tell this run from a lock that gives the same number of grants, all to one worker?", "L 能否区分这次运行和另一把锁：授予次数相同，但全部给了同一个工作者？";
        FrLower => "Yes: the unfair lock's L is much lower", "能：不公平的锁的 L 低得多";
        FrSame => "No: both have the same L", "不能：两者的 L 相同";
        FrHigher => "Yes: the unfair lock's L is higher", "能：不公平的锁的 L 更高";
        FrAfter => "The lab counted {0} grants over {1} workers: L = {0}/{1} = {2}, and each worker got between {3} and {4} grants. Jain's index (Σx)²/(N·Σx²) is {5}; it is 1 when every worker gets as many grants. Had one worker received all {0} grants, L would still be {0}/{1} = {2}, while Jain's index would be 1/N = {6}. L is the mean number of grants per worker, the total divided by N however the grants are split, so it measures how much the lock was used, not how fairly; Jain's index measures the split.",
            "实验室一共记录了 {0} 次授予，分给 {1} 个工作者：L = {0}/{1} = {2}，每个工作者获得的授予在 {3} 到 {4} 次之间。Jain 公平指数 (Σx)²/(N·Σx²) 为 {5}；每个工作者获得的授予一样多时，它为 1。如果这 {0} 次授予全部给了同一个工作者，L 仍然是 {0}/{1} = {2}，而 Jain 公平指数会是 1/N = {6}。L 是每个工作者的平均授予次数，不管授予怎样分配，它都是总数除以 N，所以它衡量的是锁被使用了多少，而不是分配是否公平；Jain 公平指数衡量的正是分配。";
        FrMeasured => "L = {0}, Jain's index {1}", "L = {0}，Jain 公平指数 {1}";
        FrTheory => "one worker taking all: the same L = {0}, Jain's index 1/N = {1}", "一个工作者独占：L 同样为 {0}，Jain 公平指数 1/N = {1}";
    }
}

#[cfg(test)]
#[path = "article_tests.rs"]
mod tests;
