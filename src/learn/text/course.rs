//! The chapters' narration. Every number is an argument, computed by the core.

use crate::i18n::catalogue;

catalogue! {
    /// Course narration.
    pub enum L {
        Ch1Title => "Why placement matters", "为什么数据放在哪里很重要";
        Ch2Title => "hash mod N", "hash mod N：取模哈希";
        Ch3Title => "The ring", "哈希环";
        Ch4Title => "Virtual nodes", "虚拟节点";
        Ch5Title => "Replication", "副本";
        Ch6Title => "Beyond the ring", "环之外";
        Ch7Title => "The article's lock (§3.2)", "文章中的锁（§3.2）";
        Ch8Title => "Pauses and fencing", "暂停与防护令牌";
        Ch9Title => "The locks people run", "实际使用的锁";
        Ch10Title => "The article, checked", "核对文章";
        Ch11Title => "Challenges and FAQ", "挑战与常见问题";

        PlacementTitle => "Nodes and keys", "节点与键";
        PlacementBefore => "A distributed cache spreads its data over several servers, its nodes. Each piece of data is found by its key, and a placement rule decides which node holds which key. Here {0} keys sit on {1} nodes ({2}). Every client must compute the same owner for a key, or it looks in the wrong place. Point at a key or a node on the ring to see who holds what, then go on.",
            "分布式缓存把数据分散到多台服务器上，这些服务器就是节点。每条数据通过它的键来查找，放置规则决定哪个节点保存哪个键。这里有 {0} 个键分布在 {1} 个节点上（{2}）。每个使用缓存的程序都必须为同一个键算出同一个所有者，否则就会去错的地方查找。把鼠标指向环上的键或节点，看看谁保存了什么，然后继续。";
        MoveCostTitle => "What moving a key costs", "移动一个键的代价";
        MoveCostBefore => "Nodes join when the cluster grows and die when hardware fails. Each time, the placement rule may give some keys a new owner.",
            "集群扩容时有节点加入，硬件故障时有节点宕机。每一次，放置规则都可能让一些键换一个所有者。";
        MoveCostAsk => "When a key gets a new owner, what does that cost?", "当一个键换了所有者，代价是什么？";
        CostFree => "Nothing: a key is only a name", "没有代价：键只是一个名字";
        CostCopy => "Its data is copied to the new owner, and reads miss until it arrives", "它的数据要复制到新的所有者，复制完成前读取会未命中";
        CostStop => "The whole cluster must stop", "整个集群必须停止服务";
        MoveCostAfter => "Moving a key means copying its data over the network; until the copy arrives the cache misses and the database takes the load. So a good rule moves as few keys as it can. Some moves cannot be avoided: node1 holds {0} keys right now, and if it died those {0} keys would have to go somewhere. The next chapters measure how many keys each rule moves beyond that.",
            "移动一个键意味着通过网络复制它的数据；复制完成前缓存会未命中，压力落到数据库上。所以好的规则应尽量少移动键。有些移动无法避免：node1 现在保存着 {0} 个键，如果它宕机，这 {0} 个键总得去别处。接下来的章节测量每种规则在此之外还移动了多少键。";

        FormulaTitle => "The article's formula", "文章中的公式";
        FormulaBefore => "The article (§3.1.2) writes the placement as h(k) = (k mod p) + 1, where k is the key's number and p the number of servers; the result numbers the servers from 1 to p. Its code (§4.1) does the same with int(sha1(key)) % 128 % len(nodes). The ring here colours each key by its remainder rule.",
            "文章（§3.1.2）把放置规则写成 h(k) = (k mod p) + 1，其中 k 是键的编号，p 是服务器数量，结果把服务器从 1 到 p 编号。它的代码（§4.1）用 int(sha1(key)) % 128 % len(nodes) 做同样的事。这里的环按这条取余规则给每个键着色。";
        FormulaAsk => "What kind of placement is h(k) = (k mod p) + 1?", "h(k) = (k mod p) + 1 是哪一种放置方式？";
        FormulaRing => "A hash ring: each key goes clockwise to the next server", "哈希环：每个键顺时针找到下一个服务器";
        FormulaMod => "Modulo hashing: the remainder of the key's number divided by the server count", "取模哈希：键的编号除以服务器数量的余数";
        FormulaRandom => "A random choice, made once per key", "为每个键随机选择一次";
        FormulaAfter => "It is modulo hashing, not a ring: the owner is a remainder, so it depends on p, the number of servers, and nothing in it walks round a circle. Under this rule node1 now holds {0} of the {1} keys. The next step changes p.",
            "它是取模哈希，不是哈希环：所有者是一个余数，因此取决于服务器数量 p，其中没有任何沿圆环查找的步骤。在这条规则下，node1 现在保存着 {1} 个键中的 {0} 个。下一步将改变 p。";
        ModJoinTitle => "A fifth node under mod N", "取模哈希下加入第五个节点";
        ModJoinBefore => "{0} keys sit on {1} nodes by hash mod N. The cluster is busy, so a new node, node5, joins: N goes from {1} to {2}.",
            "{0} 个键按 hash mod N 分布在 {1} 个节点上。集群负载很高，于是新节点 node5 加入：N 从 {1} 变为 {2}。";
        ModJoinAsk => "What percentage of the keys will change owner when N goes from {0} to {1}?", "N 从 {0} 变为 {1} 时，百分之多少的键会换所有者？";
        ModJoinAfter => "{0} of the {1} keys changed owner. A key stays only when its hash leaves the same remainder mod {3} and mod {4}, which holds for one hash in {4}; so nearly every key moves, although the new node should take only one share in {4}. The article's own code, with its extra % 128, moved {2} of the keys here.",
            "{1} 个键中有 {0} 个换了所有者。只有当键的哈希值对 {3} 和对 {4} 取余的结果相同时，它才留在原处，而 {4} 个哈希值中只有一个满足；所以几乎每个键都移动了，尽管新节点本该只分担 {4} 份中的一份。文章自己的代码（多了一个 % 128）在这里移动了 {2} 的键。";

        ClockwiseTitle => "A key belongs to the first node clockwise", "键属于顺时针方向的第一个节点";
        ClockwiseBefore => "Now the nodes sit on a circle: each node is hashed to a point (one point per node here), and so is each key. The key {0} hashes to {1}, counted clockwise from the top. The article (§3.1, step 3) says a key is stored on \"the smallest node\" of the ring.",
            "现在节点位于一个圆环上：每个节点被哈希到环上的一个点（这里每个节点一个点），每个键也一样。键 {0} 的哈希位置是从顶部顺时针数的 {1}。文章（§3.1 第 3 步）说键存放在环上“最小的节点”。";
        ClockwiseAsk => "Which node owns {0}? Pick it (the angle of each node's point is on its button).", "{0} 属于哪个节点？请选择（按钮上是每个节点所在点的角度）。";
        ClockwiseAfter => "{0} belongs to {1}: from the key, walk clockwise; the first node you meet owns it. The node at the smallest position of the whole ring is {2}, where \"the smallest node\" read literally would send every key. The rule is the first node at or after the key's position, wrapping past the top.",
            "{0} 属于 {1}：从键的位置出发顺时针走，遇到的第一个节点就是它的所有者。整个环上位置最小的节点是 {2}，如果按字面理解“最小的节点”，所有键都会去那里。正确的规则是：位置等于或大于键的第一个节点，越过顶部则从头绕回。";
        RingJoinTitle => "A join on the ring", "在环上加入节点";
        RingJoinBefore => "{0} keys sit on a ring of {1} nodes; each node is hashed to several points, its virtual nodes, which spread the load (more on that later).",
            "{0} 个键分布在由 {1} 个节点组成的环上；每个节点被哈希到多个点上，即它的虚拟节点，用来分散负载（后面会详细介绍）。";
        RingJoinAsk => "{0} joins. What percentage of the keys will change owner?", "{0} 加入。百分之多少的键会换所有者？";
        RingJoinAfter => "{0} of the {1} keys moved: about one in N + 1, the fair share of the new node. {2} Under hash mod N the same join moved {3} keys.",
            "{1} 个键中有 {0} 个移动了：大约是 N + 1 分之一，正是新节点应得的份额。{2} 在 hash mod N 下，同样的加入移动了 {3} 个键。";
        AllToNew => "Every one of them went to the new node; no key moved between old nodes.", "它们全部去了新节点；旧节点之间没有任何键移动。";
        NotAllToNew => "Some of them moved between old nodes.", "其中一些在旧节点之间移动。";
        KillTitle => "A node dies", "节点宕机";
        KillBefore => "Back to one point per node, now with keys. {0} is about to die; one of its keys, {1}, sits at {2}. The article (§3.1, step 4) says a dead node's load is shared evenly among its neighbours.",
            "回到每个节点一个点，这次环上有键。{0} 即将宕机；它的一个键 {1} 位于 {2}。文章（§3.1 第 4 步）说故障节点的负载会平均分配给它的邻居。";
        KillAsk => "{1} dies. Which node takes {0}?", "{1} 宕机。哪个节点接手 {0}？";
        KillAfter => "All {0} keys of {1} went to {2}: the clockwise successor takes everything, and keys of other nodes moved: {3}. Not \"evenly among its neighbours\": with one point per node the successor's load jumps. Virtual nodes spread a dead node's keys over many nodes.",
            "{1} 的全部 {0} 个键都去了 {2}：顺时针方向的后继节点接手了一切，其他节点的键移动了 {3} 个。并不是“平均分配给邻居”：每个节点只有一个点时，后继节点的负载会骤增。虚拟节点能把宕机节点的键分散到许多节点上。";

        VOneTitle => "One point per node", "每个节点一个点";
        VOneBefore => "{0} nodes, one point each, and no keys yet. A fair share of the ring would be {1} per node. Each node owns the arc that ends at its point: look at the arcs.",
            "{0} 个节点，每个节点一个点，还没有键。公平的份额是每个节点占环的 {1}。每个节点拥有以它的点为终点的那段弧：看看这些弧。";
        VOneAsk => "{0} keys are about to land. What share of the ring will the busiest node own?", "{0} 个键即将落到环上。最忙的节点将占环的百分之多少？";
        VOneAfter => "The busiest node owns {0} of the ring, {1} times the mean. The shares vary with a coefficient of variation of {2}; the formula √((N−1)/(NV+1)) gives {3} for N = {4}, V = 1. With one point per node the arcs are random gaps, and the largest is about ln N times the mean. The keys follow the arcs: the busiest node holds {5} of the {6} keys.",
            "最忙的节点占环的 {0}，是平均值的 {1} 倍。各节点份额的变异系数为 {2}；公式 √((N−1)/(NV+1)) 在 N = {4}、V = 1 时给出 {3}。每个节点只有一个点时，弧长是随机的间隔，最大的约为平均值的 ln N 倍。键跟着弧走：最忙的节点保存了 {6} 个键中的 {5} 个。";
        VManyTitle => "Many points per node", "每个节点许多个点";
        VManyBefore => "The same {0} nodes and {1} keys. Now each node gets {2} points on the ring (libketama's count) instead of one: its virtual nodes.",
            "同样的 {0} 个节点和 {1} 个键。现在每个节点在环上有 {2} 个点（libketama 的数量），而不是一个：这些就是它的虚拟节点。";
        VManyAsk => "With V = {0}, what share of the ring will the busiest node own?", "V = {0} 时，最忙的节点将占环的百分之多少？";
        VManyAfter => "The busiest node now owns {0}, {1} times the mean (it was {2} times with one point). The coefficient of variation of the shares is {3}; the formula √((N−1)/(NV+1)) gives {4}. Each node's share is now a sum of many small random arcs, and such sums vary much less: about 1/√V.",
            "最忙的节点现在占 {0}，是平均值的 {1} 倍（每个节点一个点时是 {2} 倍）。各节点份额的变异系数为 {3}；公式 √((N−1)/(NV+1)) 给出 {4}。现在每个节点的份额是许多小段随机弧之和，这样的和波动小得多：大约为 1/√V。";
        WeightTitle => "Weights", "权重";
        WeightBefore => "{0} nodes with {1} virtual nodes each share the ring evenly, about {2} each. Now {3}, a bigger server, is given weight 2.",
            "{0} 个节点各有 {1} 个虚拟节点，平均分享这个环，每个大约 {2}。现在给更大的服务器 {3} 设置权重 2。";
        WeightAsk => "What share of the ring will {0} own?", "{0} 将占环的多少？";
        WeightSame => "About the same as each other node", "和其他每个节点差不多";
        WeightTwice => "About twice as much as each other node", "大约是其他每个节点的两倍";
        WeightHalf => "About half of the whole ring", "大约是整个环的一半";
        WeightAfter => "{0} now owns {1} of the ring and each other node {2} on average: {3} times as much. A weight w gives a node w × V points, so its expected share is its weight over the sum of the weights, here {4}.",
            "{0} 现在占环的 {1}，其他节点平均各占 {2}：是它们的 {3} 倍。权重 w 让节点拥有 w × V 个点，所以它的期望份额是它的权重除以权重之和，这里是 {4}。";

        RepOneTitle => "One copy of each key", "每个键只有一份";
        RepOneBefore => "{0} nodes and {1} keys, each key stored on its owner only (R = 1). {2} and {3} share a rack, and the rack loses power.",
            "{0} 个节点和 {1} 个键，每个键只保存在它的所有者上（R = 1）。{2} 和 {3} 在同一个机架上，而这个机架断电了。";
        RepOneAsk => "Both die at once. What percentage of the keys is lost?", "两者同时宕机。百分之多少的键丢失了？";
        RepOneAfter => "{0} of the {1} keys are lost ({2}): every key that lived on {3} or {4}. The ring hands their arcs to the next nodes, but the data was only there. Keeping R copies means storing each key on its first R distinct nodes clockwise: Dynamo's preference list.",
            "{1} 个键中丢失了 {0} 个（{2}）：所有保存在 {3} 或 {4} 上的键。环会把它们的弧交给后面的节点，但数据只在那里。保存 R 份副本，就是把每个键存到顺时针方向前 R 个不同的节点上：这就是 Dynamo 的偏好列表。";
        RepTwoTitle => "Two copies", "两份副本";
        RepTwoBefore => "Now each key is stored on R = {0} nodes: its owner and the next distinct node clockwise (further virtual nodes of the same node are skipped). The same two nodes, {1} and {2}, die together. The ring shows who serves each key afterwards; the copies are counted by the core.",
            "现在每个键保存在 R = {0} 个节点上：它的所有者，以及顺时针方向的下一个不同节点（同一节点的其他虚拟节点会被跳过）。同样的两个节点 {1} 和 {2} 一起宕机。环显示之后由谁服务每个键；副本由核心程序统计。";
        RepTwoAsk => "Which of these keys has no copy left?", "这些键中哪一个一份副本也没剩下？";
        RepTwoAfter => "{0} lost both copies: its first two distinct nodes clockwise were {1} and {2}. In all {3} of the {4} keys ({5}) are lost, those whose two copies sat exactly on the dead pair. With R = 1 it was {6}.",
            "{0} 的两份副本都丢失了：它顺时针方向的前两个不同节点正是 {1} 和 {2}。总共 {4} 个键中丢失了 {3} 个（{5}），也就是两份副本恰好都在这两个宕机节点上的键。R = 1 时是 {6}。";
        RepThreeTitle => "Three copies", "三份副本";
        RepThreeBefore => "R = {0}: each key on three distinct nodes. Again {1} and {2} die together.", "R = {0}：每个键保存在三个不同的节点上。{1} 和 {2} 再次一起宕机。";
        RepThreeAsk => "What percentage of the keys is lost now?", "现在百分之多少的键丢失了？";
        RepThreeAfter => "{0} of the {1} keys are lost: {2} distinct copies cannot all sit on two dead nodes. R copies survive any {3} failures at once; the price is R times the storage and a write to every copy.",
            "{1} 个键中丢失了 {0} 个：{2} 份位于不同节点的副本不可能都在两个宕机节点上。R 份副本能承受任意 {3} 个节点同时故障；代价是 R 倍的存储，以及每次写入都要写到每一份副本。";

        BeyondBefore => "The same {0} nodes and {1} keys go through other placement algorithms real systems use. Answer, and the Algorithms tab's comparison table, run on these keys, shows every algorithm side by side; the theory line is the fewest keys any placement must move.",
            "同样的 {0} 个节点和 {1} 个键，交给真实系统使用的其他放置算法。回答之后，算法对比页的对比表会在这些键上运行，把所有算法并排列出；理论值是任何放置方式都至少要移动的键的比例。";
        JumpTitle => "Jump consistent hash", "Jump 一致性哈希";
        JumpAsk => "Jump hash numbers its buckets 0 … n−1 and keeps no ring at all. {0} joins as the last bucket. Where do the keys that move go?", "Jump 哈希把桶编号为 0 … n−1，完全不需要环。{0} 作为最后一个桶加入。移动的键去了哪里？";
        JumpNew => "All to the new bucket", "全部去了新桶";
        JumpSpread => "Spread over every bucket", "分散到所有桶";
        JumpFirst => "To bucket 0", "去了 0 号桶";
        JumpAfter => "Jump moved {0} of the {1} keys, and {2} of them went to {3}: every move goes to the new bucket, about one key in N + 1. The price: buckets are numbered, so only the last one can leave.",
            "Jump 移动了 {1} 个键中的 {0} 个，其中 {2} 个去了 {3}：每一次移动都去新桶，大约是 N + 1 分之一的键。代价是桶有编号，只有最后一个桶能离开。";
        RvTitle => "Rendezvous hashing", "Rendezvous 哈希";
        RvAsk => "Rendezvous (highest random weight) gives each key to the node with the highest score hash(key, node). {0} dies. Which keys move?", "Rendezvous（最高随机权重）把每个键交给得分 hash(key, node) 最高的节点。{0} 宕机。哪些键会移动？";
        RvDead => "Only the dead node's keys, each to its runner-up", "只有宕机节点的键，各自去得分第二高的节点";
        RvAll => "Every key is scored again, so most move", "每个键都重新打分，所以大多数都会移动";
        RvHalf => "About half of all keys", "大约一半的键";
        RvAfter => "{0} of the {1} keys moved, all of them {2}'s; keys of live nodes that moved: {3}. Every other key keeps its highest score. Lookups cost one hash per node, which is why rings win on large clusters.",
            "{1} 个键中有 {0} 个移动了，全部来自 {2}；在线节点的键移动了 {3} 个。其他键的最高分不变。每次查找要对每个节点算一次哈希，所以大集群上环更划算。";
        MgTitle => "Maglev", "Maglev";
        MgAsk => "Maglev fills a lookup table of {0} slots, each node taking slots in turn from its own preference order. {1} dies and the table is filled again. Do keys also move between live nodes?", "Maglev 填充一张有 {0} 个槽的查找表，各节点按自己的偏好顺序轮流占槽。{1} 宕机，查找表重新填充。在线节点之间也会有键移动吗？";
        MgNone => "No: only the dead node's keys move", "不会：只有宕机节点的键移动";
        MgFew => "Yes, a few do", "会，少数键会";
        MgMost => "Yes, most do", "会，大多数键会";
        MgAfter => "{0} of the {1} keys moved, and {2} of those moved between live nodes, not from {3}. Maglev trades a little disruption for an even table and a lookup that is a single array read.",
            "{1} 个键中有 {0} 个移动了，其中 {2} 个是在线节点之间的移动，并非来自 {3}。Maglev 用少量额外扰动，换来均匀的查找表和只需读一次数组的查找。";
        BdTitle => "Consistent hashing with bounded loads", "有界负载的一致性哈希";
        BdAsk => "Here each node has a single point, so the plain ring is uneven. Bounded loads caps every node at ⌈(1 + ε)·m/n⌉ keys (ε = {0}); a key whose node is full walks clockwise to the next node with room. {1} joins. Compared with the plain ring, the busiest node holds…", "这里每个节点只有一个点，所以普通的环并不均匀。有界负载把每个节点的上限设为 ⌈(1 + ε)·m/n⌉ 个键（ε = {0}）；如果键的节点已满，就顺时针走到下一个还有空间的节点。{1} 加入。与普通的环相比，最忙的节点保存的键……";
        BdLess => "Fewer keys", "更少";
        BdSame => "The same number", "一样多";
        BdMore => "More keys", "更多";
        BdAfter => "The busiest node holds {0} keys under bounded loads and {1} on the plain ring. The cap costs moves: {2} keys moved against the ring's {3}. Jain's fairness index of the loads: {4} against {5}.",
            "在有界负载下最忙的节点保存 {0} 个键，普通的环上是 {1} 个。上限是有代价的：移动了 {2} 个键，而环只移动了 {3} 个。负载的 Jain 公平指数：{4}，环为 {5}。";
        RdTitle => "Redis Cluster hash slots", "Redis Cluster 哈希槽";
        RdAsk => "Redis Cluster hashes each key to one of {0} slots, and each master owns ranges of slots. {1} joins and redis-cli rebalances. Which keys move?", "Redis Cluster 把每个键哈希到 {0} 个槽之一，每个主节点拥有若干段槽。{1} 加入，redis-cli 重新平衡。哪些键会移动？";
        RdSlots => "The keys of the slots handed to the new master", "交给新主节点的那些槽里的键";
        RdAll => "Almost every key", "几乎所有键";
        RdNone => "None: slots never move", "没有：槽永远不会移动";
        RdAfter => "{0} of the {1} keys moved, {2} of them to {3}: only whole slots move, and only to the new master. Placement is a table of slots, not a ring; a dead master's slots come back through its replica's failover.",
            "{1} 个键中有 {0} 个移动了，其中 {2} 个去了 {3}：只有整个槽会移动，而且只移到新主节点。放置方式是一张槽表，而不是环；宕机主节点的槽通过其副本的故障转移恢复。";

        NlTitle => "A holder crashes, no leases", "持有者崩溃，没有租约";
        NlBefore => "The article's lock (§3.2): one lock server keeps the holder and a FIFO queue of waiting workers, and when the holder releases the lock it grants it to the head of the queue. As written, a grant has no lease: it lasts until its holder releases it. Here {0} workers take turns on the real lock lab's server; {1} gets the lock at {2} and crashes the same moment.",
            "文章中的锁（§3.2）：一台锁服务器记录持有者和一个先进先出的等待队列，持有者释放锁时，服务器把锁授予队首的工作者。按文章所写，授予没有租约：锁一直属于持有者，直到它释放。这里 {0} 个工作者在真实锁实验的服务器上轮流持有锁；{1} 在 {2}拿到锁，同一时刻崩溃。";
        NlAsk => "{0} crashed while holding the lock. What happens to the other {1} workers?", "{0} 在持有锁时崩溃了。其他 {1} 个工作者会怎样？";
        NlLater => "They get the lock a little later", "稍等一会儿就能拿到锁";
        NlNever => "They wait for ever", "永远等下去";
        NlBoth => "Two of them hold it at once", "其中两个同时持有锁";
        NlAfter => "Nobody got the lock in the {0} after the crash at {1}: the queue waits for a release that a crashed worker will never send, and the server cannot tell a crashed holder from a slow one. At {2} the safety checker reported a deadlock: {3} The article's server has no way to take the lock back.",
            "{1}崩溃之后的 {0}里，没有任何工作者拿到锁：队列在等一个释放消息，而崩溃的工作者永远不会发送它；服务器也分不清持有者是崩溃了还是只是慢。{2}时，安全检查器报告了死锁：{3}文章中的服务器没有任何办法把锁收回。";
        NlNamed => "the holder has crashed and can no longer release the lock, and nothing else will free it.", "持有者已崩溃，再也无法释放锁，也没有别的机制会让锁空出来。";
        NlUnnamed => "the lock is stuck with waiters.", "锁被卡住了，还有工作者在等。";
        NoGrantIn => "no grant in {0}", "{0} 内没有授予";
        Never => "never", "永远不会";
        LsTitle => "The same crash, with leases", "同样的崩溃，有租约";
        LsBefore => "The same server, workers and crash, but now every grant is a lease of {0} (its TTL): the server takes the lock back when the lease runs out, unless the holder releases it first. {1} gets the lock at {2} and crashes the same moment.",
            "同样的服务器、工作者和崩溃，但现在每次授予都是一个 {0} 的租约（TTL）：除非持有者提前释放，否则租约到期时服务器就收回锁。{1} 在 {2}拿到锁，同一时刻崩溃。";
        LsAsk => "{0} crashed. How many milliseconds after the crash will the next worker get the lock?", "{0} 崩溃了。崩溃之后多少毫秒，下一个工作者会拿到锁？";
        LsAfter => "{0} got the lock {1} after the crash, at {2}, with token {7}: the lease of {3} ran out at {4} and the server granted the head of the queue at once. The wait is a little shorter than the TTL of {5}: the lease started at the server when it granted, and the grant took {6} to reach {3}, which crashed on arrival. Leases bring the lock back, at a price: the server now takes the lock from any holder that is slow for longer than the TTL, crashed or not. That is the next chapter.",
            "{0} 在崩溃之后 {1}（即 {2}）拿到锁，令牌为 {7}：{3} 的租约在 {4}到期，服务器立即把锁授予队首。等待时间比 {5} 的 TTL 稍短：租约从服务器授予时开始计时，而授予消息花了 {6} 才到达 {3}，它一收到就崩溃了。租约让锁能被收回，但有代价：任何慢于 TTL 的持有者都会被收回锁，不管它是否崩溃。这就是下一章。";
        LsTheory => "at most the TTL, {0}", "不超过 TTL，{0}";
        PsTitle => "A paused holder, no fencing", "暂停的持有者，没有防护令牌";
        PsBefore => "{0} workers, leases of {1}, and a storage that every holder writes to at the end of its critical section. {2} gets the lock with token {3} at {4} and then freezes for {5}, like a long garbage-collection pause: longer than its lease. It does not know it was frozen. {6}",
            "{0} 个工作者，租约 {1}，每个持有者在临界区结束时写入同一个存储。{2} 在 {4}拿到锁，令牌为 {3}，随后冻结 {5}，就像一次很长的垃圾回收暂停：比它的租约还长。它自己并不知道被冻结过。{6}";
        StorageTrusts => "Storage does not check tokens: it takes every write.", "存储不检查令牌：任何写入都接受。";
        StorageFences => "Now storage checks fencing tokens: it rejects a write whose token is lower than one it has already accepted.", "现在存储检查防护令牌：令牌低于已接受过的令牌的写入会被拒绝。";
        PsAsk => "When {0} wakes, it still believes it holds the lock and sends its write with token {1}. Does storage accept it?", "{0} 醒来后仍以为自己持有锁，于是带着令牌 {1} 发出写入。存储会接受吗？";
        WriteTaken => "Yes, storage accepts the write", "会，存储接受这次写入";
        WriteRefused => "No, storage rejects the write", "不会，存储拒绝这次写入";
        PsAfter => "The lease of {0} ran out at {1}, during its pause, and {2} was granted the lock at {3} with token {4}, and wrote. At {5} storage received the write {0} sent when it woke, with its old token {6}. {7}",
            "{0} 的租约在暂停期间的 {1}到期，{2} 在 {3}获得锁，令牌为 {4}，并写入了存储。{5}时，存储收到了 {0} 醒来后发出的写入，带着旧令牌 {6}。{7}";
        PauseAccepted => "Storage accepted it, after a newer holder's write: {0} Checking the lease just before writing would not help, since a pause can fall between the check and the write.",
            "存储接受了它，而此前已经有更新的持有者写入过：{0}在写入前检查租约也无济于事，因为暂停可能恰好发生在检查和写入之间。";
        PauseRejected => "Storage rejected it, because it had already accepted a write with a higher token: {0} For a while two workers still acted as holder; the lock server cannot prevent that, but the fencing token lets storage refuse the stale write.",
            "存储拒绝了它，因为它已经接受过令牌更高的写入：{0}有一段时间仍有两个工作者都以为自己持有锁；锁服务器无法阻止这一点，但防护令牌让存储可以拒绝过期的写入。";
        OrderBroken => "the safety checker reports that storage accepted writes out of grant order.", "安全检查器报告存储接受的写入不符合授予顺序。";
        OrderKept => "the safety checker finds storage's writes in grant order.", "安全检查器确认存储的写入符合授予顺序。";
        Accepted => "accepted", "接受";
        Rejected => "rejected", "拒绝";
        TheoryTrusting => "accepted: storage compares no tokens, so {0} after {1} goes through", "接受：存储不比较令牌，所以 {1} 之后的 {0} 照样写入";
        TheoryFenced => "rejected: token {0} is lower than {1}", "拒绝：令牌 {0} 低于 {1}";
        FcTitle => "The same pause, with fencing tokens", "同样的暂停，有防护令牌";
    }
}

#[cfg(test)]
#[path = "course_tests.rs"]
mod tests;
