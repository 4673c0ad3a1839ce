//! Messages of the Algorithms tab: the side-by-side comparison, the lessons and the
//! real-client compatibility panel.
//!
//! Where a template takes a user-chosen name, the name is the last argument (see
//! [`crate::ring::text::panels`]).

pub mod scores;

use crate::i18n::catalogue;

catalogue! {
    /// Messages of the Algorithms tab.
    pub enum A {
        // ----- comparison -----
        CompareTitle => "Same keys, same change, every algorithm", "同样的键、同样的变化，逐个算法对比";
        CompareIntroCourse => "The nodes and keys are this step's ring. Every algorithm places the same keys before and after the change, and the table shows how many moved, where to, and how even the load is afterwards. Change the settings to explore.", "节点和键来自这一步的环。每个算法都在变化前后放置同一批键，表格展示有多少键迁移、迁到了哪里，以及变化后负载是否均匀。可以修改设置自行探索。";
        CompareIntro => "The nodes and keys come from the Ring tab. Pick a change: every algorithm places the same keys before and after it, and the table shows how many moved, where to, and how even the load is afterwards.",
                        "节点和键取自“哈希环”标签页。选择一种拓扑变化：每个算法都在变化前后放置同一批键，表格展示有多少键迁移、迁到了哪里，以及变化后负载是否均匀。";
        ChangeLabel => "Topology change", "拓扑变化";
        ChangeAdd => "Add a node", "添加一个节点";
        ChangeKill => "Kill a node", "让一个节点宕机";
        ChangeRemoveLast => "Remove the last node", "移除最后一个节点";
        KillWhich => "Node to kill", "要宕机的节点";
        ChangeAddNote => "A node “{0}” of weight 1 joins.", "加入一个名为“{0}”、权重为 1 的节点。";
        ChangeKillNote => "The node dies. For Redis Cluster this is modelled as an idealised drain (a weight-0 rebalance, data kept): a real cluster refuses to rebalance while a master is down, and serves those slots again only after a replica's failover, or after redis-cli --cluster fix, which loses their data.",
                          "该节点宕机。对 Redis Cluster，这里按理想化的清空建模（权重为 0 的 rebalance，数据保留）：真实集群在有主节点宕机时拒绝 rebalance，要等副本故障转移，或执行会丢失这些槽位数据的 redis-cli --cluster fix 之后，这些槽位才重新提供服务。";
        ChangeRemoveNote => "“{0}”, the last node in the list, is removed.", "移除列表中的最后一个节点“{0}”。";
        NeedTwo => "Killing or removing needs at least two live nodes.", "让节点宕机或移除节点，至少需要两个在线节点。";
        KeysUsed => "{0} keys · {1} live nodes before the change", "{0} 个键 · 变化前有 {1} 个在线节点";
        KeysCapped => "The ring holds {0} keys: only the first {1} added are compared, so the page stays responsive.",
                      "环上共有 {0} 个键：为保证页面流畅，只比较最先加入的 {1} 个。";
        NoNodes => "Add at least one live node on the Ring tab to compare the algorithms.", "请先在“哈希环”标签页添加至少一个在线节点，再来对比各个算法。";
        Working => "Working: {0} of {1} algorithms placed {2} keys twice…", "计算中：{1} 个算法中已有 {0} 个把 {2} 个键各放置了两次……";
        NoKeys => "The ring has no keys yet: add some on the Ring tab to watch them move.", "环上还没有键：请先在“哈希环”标签页添加一些键，再来看它们如何迁移。";
        TableCaption => "What the change moves under each algorithm, and the load after it", "各算法下这次变化迁移了哪些键，以及变化后的负载";
        ColAlgo => "Algorithm", "算法";
        ColMoved => "Keys moved", "迁移的键";
        ColFlows => "Where they went", "去向";
        ColMaxMean => "Max / mean load", "最大 / 平均负载";
        ColJain => "Jain's index", "Jain 公平指数";
        ColJainTitle => "1 means perfectly even; 1/n means one node holds everything", "1 表示完全均匀；1/n 表示全部键集中在一个节点上";
        ColMemory => "Memory", "内存";
        ColLookup => "Lookup cost", "查找开销";
        ColTime => "Lookup time", "查找耗时";
        ColTimeTitle => "Measured in this tab on the nodes after the change: hashing the key plus the lookup, per key over the compared keys (at most 5,000; 2,000 stand-in keys when the ring has none), the median of five timed rounds, ÷ the ring's time measured alongside. Timings vary from run to run.",
                        "在本页中针对变化后的节点实测：对键做哈希再加上查找本身，按参与比较的键（最多 5,000 个；环上没有键时用 2,000 个替代键）折算到每个键，取五轮计时的中位数，并除以同时测得的哈希环耗时。每次测量结果会有波动。";
        Measuring => "measuring…", "测量中……";
        LookupNs => "{0} ns", "{0} 纳秒";
        TimesRing => "{0}× ring", "环的 {0} 倍";
        LookupOneStep => "{0} · 1 step", "{0} · 1 步";
        LookupSteps => "{0} · ≈{1} steps", "{0} · 约 {1} 步";
        NothingMoved => "nothing moved", "没有键迁移";
        MoreFlows => "+{0} more", "另有 {0} 条";
        JumpRefused => "Jump hash cannot do this change: its buckets are numbered 0…{0}, and only the last one ({0}) can leave. Dropping bucket {1} renumbers every bucket after it; the numbers shown are what that renumbering costs.",
                       "Jump 哈希做不到这种变化：它的桶编号为 0…{0}，只有最后一个桶（{0}）可以离开。去掉第 {1} 号桶会让其后的所有桶重新编号；表中数字就是这种重新编号的代价。";
        ChartTitle => "Keys moved, as a share of all keys", "迁移的键占全部键的比例";
        Ideal => "Minimum possible: {0}", "理论最少：{0}";

        EpsLabel => "Bounded loads ε (0.05–2)", "有界负载的 ε（0.05–2）";
        EpsInvalid => "ε must be a number from 0.05 to 2; the comparison keeps using {0}.", "ε 必须是 0.05 到 2 之间的数；对比仍使用 {0}。";
        MaglevLabel => "Maglev table size M (prime)", "Maglev 查找表大小 M（质数）";
        MaglevDrawn => "(drawn slot by slot)", "（逐槽绘制）";

        // ----- Maglev table -----
        MaglevTitle => "Maglev's lookup table, M = {0}", "Maglev 查找表，M = {0}";
        MaglevCaption => "Each cell is one slot, coloured by the backend that owns it; outlined cells changed backend. Maglev's disruption is not minimal: the table is refilled after a change, so a slot can pass between two backends that both stayed. In the paper's M = 7 example, removing B1 also moves slot 6 from B0 to B2.",
                         "每个格子是一个槽位，颜色表示拥有它的后端；带描边的格子换了后端。Maglev 的迁移并非最少：变化后整张表会重新填充，所以槽位可能在两个都还在的后端之间易手。论文中 M = 7 的例子里，移除 B1 时，槽位 6 也从 B0 换到了 B2。";
        MaglevPickSmall => "Pick M = 7 or 251 above to see the table slot by slot.", "在上方选择 M = 7 或 251，即可逐个槽位查看查找表。";
        MaglevSlot => "Slot {0}: {1}", "槽位 {0}：{1}";
        MaglevChanged => "{0} of {1} slots changed backend; {2} of them were taken from a backend that is still there.",
                         "{1} 个槽位中有 {0} 个换了后端；其中 {2} 个是从仍然在线的后端那里被拿走的。";

        // ----- side by side -----
        PairTitle => "Two algorithms side by side", "两种算法并排对比";
        PairIntro => "The same keys on each algorithm's own circle, before and after the change. The outer band shows which node owns each stretch of the circle; each dot is a key where that algorithm looks it up, coloured by its owner. Keys that move are drawn further in and outlined. Switch between before and after, or play, and watch both at once.",
                     "同一批键分别放在两种算法各自的圆上，对比变化前后。外圈色带表示圆上每一段归哪个节点；每个点是一个键，位于该算法查找它的位置，颜色表示它的归属节点。会迁移的键画在更靠内的一圈并加了描边。可以在变化前和变化后之间切换，或者播放，同时观察两边。";
        PairFirst => "First algorithm", "第一种算法";
        PairSecond => "Second algorithm", "第二种算法";
        PairMoved => "{0} of {1} keys moved", "{1} 个键中有 {0} 个迁移";
        PairCircleLabel => "{1}, {2}: {0} keys spread evenly over the list, each where it looks them up, coloured by owner; moved keys drawn further in",
                           "{1}，{2}：从全部键中均匀抽取 {0} 个，各自画在它查找的位置，按归属节点着色；迁移的键画在更靠内的一圈";
        PairBefore => "Before", "变化前";
        PairAfter => "After", "变化后";
        PairPlay => "Play", "播放";
        PairPause => "Pause", "暂停";
        PairShow => "Show", "显示";
        PairNoCircle => "No circle: the owner is computed from the key's hash alone, so there is nothing to own. Dots sit at the key's SHA-1 position.",
                        "没有圆环：归属节点只由键的哈希值算出，圆上没有哪一段属于谁。点画在键的 SHA-1 位置上。";
        PairBandRedis => "Band: slot ranges, slot 0 at the top.", "色带：槽位区间，槽位 0 在顶部。";
        PairBandMaglev => "Band: the lookup table, entry 0 at the top (drawn at 720 sectors).", "色带：查找表，第 0 项在顶部（按 720 个扇区绘制）。";
        PairBandRing => "Band: the arcs each node owns (drawn at 720 sectors).", "色带：各节点负责的弧段（按 720 个扇区绘制）。";
        PairLoadCaption => "Keys per node, before → after", "各节点的键数：变化前 → 变化后";
        ColNode => "Node", "节点";
        ColBefore => "Before", "变化前";
        ColAfter => "After", "变化后";

        // ----- replication -----
        ReplTitle => "Replication: preference lists on the ring", "复制：哈希环上的优先列表";
        ReplIntro => "As in Dynamo, a key is stored on the first R distinct live nodes met walking clockwise from it on the Ring tab's ring; further vnodes of a node already listed are skipped. The first node is the coordinator.",
                     "与 Dynamo 一样，一个键存放在“哈希环”标签页的环上、从它出发顺时针遇到的前 R 个不同的在线节点上；已列出节点的其他虚拟节点会被跳过。第一个节点是协调者。";
        ReplLabel => "Replicas R (1–5)", "副本数 R（1–5）";
        ReplInvalid => "R must be a whole number from 1 to 5; the lists keep using {0}.", "R 必须是 1 到 5 之间的整数；列表仍使用 {0}。";
        ReplShort => "Only {0} live nodes, fewer than R = {1}: the lists are shorter.", "只有 {0} 个在线节点，少于 R = {1}：列表会更短。";
        ReplCaption => "Preference lists of the first {0} keys, R = {1}", "前 {0} 个键的优先列表，R = {1}";
        ColPrefList => "Preference list (coordinator first)", "优先列表（协调者在前）";

        // ----- algorithm names -----
        NameRing => "Ring (SHA-1, {0} vnodes per weight)", "哈希环（SHA-1，每单位权重 {0} 个虚拟节点）";
        NameModulo => "hash mod N", "hash mod N（取模）";
        NameArticle => "Article's code (sha1 % 128 % N)", "原文代码（sha1 % 128 % N）";
        NameLibmemcached => "Ketama — libmemcached", "Ketama（libmemcached）";
        NameLibketama => "Ketama — libketama", "Ketama（libketama）";
        NameSpy => "Ketama — spymemcached labels", "Ketama（spymemcached 标签）";
        NameJump => "Jump hash", "Jump 一致性哈希";
        NameRendezvous => "Rendezvous (HRW)", "Rendezvous（最高随机权重）";
        NameMaglev => "Maglev (M = {0})", "Maglev（M = {0}）";
        NameBounded => "Bounded loads (ε = {0})", "有界负载（ε = {0}）";
        NameRedis => "Redis Cluster slots", "Redis Cluster 哈希槽";

        // ----- errors -----
        ErrNoLive => "no live node to place keys on", "没有可以放置键的在线节点";
        ErrNotPrime => "table size {0} is not prime", "表大小 {0} 不是质数";
        ErrTableSize => "table size {0} must be at least the {1} backends and at most {2}", "表大小 {0} 必须不小于后端数 {1}，且不超过 {2}";
        ErrEps => "ε = {0} must be a finite number ≥ 0", "ε = {0} 必须是 ≥ 0 的有限数";
        ErrReplicas => "{0} replicas is outside 1–5", "副本数 {0} 超出 1–5 的范围";
        ErrTooManyPoints => "{0} virtual nodes exceed the limit of {1}", "{0} 个虚拟节点超过了上限 {1}";
        ErrTooManyMasters => "{0} masters exceed Redis Cluster's 16,384 slots", "{0} 个主节点超过了 Redis Cluster 的 16,384 个槽位";
        ErrZeroWeight => "node “{0}” has weight 0", "节点“{0}”的权重为 0";

        // ----- lessons -----
        TitleRing => "Ring with virtual nodes", "带虚拟节点的哈希环";
        TitleBounded => "Bounded loads", "有界负载";
        LessonsTitle => "What each algorithm trades", "各算法的取舍";
        LessonModulo => "hash mod N needs no memory, one step per lookup, and spreads keys evenly, but changing N moves almost everything. Going from N to N+1 nodes, a key stays only when h mod N = h mod (N+1), which is 1 key in N+1: 3→4 moves {0}, 10→11 moves {1}, where 1/(N+1) would be enough.",
                        "hash mod N 不占内存，查找一步完成，键也分布得均匀；但 N 一变，几乎所有键都要迁移。从 N 个节点变成 N+1 个时，只有满足 h mod N = h mod (N+1) 的键留在原处，也就是 N+1 个里只有 1 个：3→4 会迁移 {0}，10→11 会迁移 {1}，而理论上只需迁移 1/(N+1)。";
        LessonArticle => "The article's code first reduces the hash to 128 buckets (sha1 % 128) and then takes % N. With few nodes it behaves like hash mod N: 4→5 moves {0}. But only the 128 buckets can move, so the share falls as N grows: 64→65 moves {1}, 100→101 moves {2}, and from 128 nodes up a new node gets no bucket at all: 128→129 moves {3}, and the new node stays empty. And 128 buckets rarely split evenly over N nodes, so some nodes get a bucket more than others.",
                         "原文代码先把哈希压缩成 128 个桶（sha1 % 128），再对 N 取模。节点少时，它和 hash mod N 差不多：4→5 会迁移 {0}。但能移动的只有这 128 个桶，所以 N 越大迁移越少：64→65 迁移 {1}，100→101 迁移 {2}；到 128 个节点以上，新节点一个桶也分不到：128→129 迁移 {3}，新节点始终是空的。而且 128 个桶很少能被 N 个节点整除，有些节点会比别的节点多分到一个桶。";
        LessonRing => "The ring (Karger et al.) hashes nodes and keys onto one circle; a key belongs to the next node point clockwise. A join takes about 1/(N+1) of the keys, all of them onto the new node; a leave hands only that node's keys to its successors. One point per node gives very uneven shares (the largest is about (ln N + 0.577)/N); V virtual nodes per node shrink the spread to about 1/√V, paid for with N·V points in memory and a binary search per lookup.",
                      "哈希环（Karger 等人）把节点和键哈希到同一个圆上，键归顺时针方向遇到的第一个节点点位。新节点加入时大约接走 1/(N+1) 的键，而且全部迁到新节点；节点离开时只把它自己的键交给后继节点。每个节点只有一个点位时，占比非常不均（最大约为 (ln N + 0.577)/N）；每个节点放 V 个虚拟节点，波动可降到约 1/√V，代价是内存中要存 N·V 个点位、每次查找做一次二分搜索。";
        LessonKetama => "Ketama is the ring as memcached clients build it: MD5 of labels such as “host-i”, four 32-bit points per digest, 160 points per server at equal weight, more or fewer by weight. Every client must agree on the label format and the rounding: libmemcached leaves port 11211 out of the label, libketama hashes “host:port-i” as configured, so for the same servers they place most keys differently.",
                        "Ketama 就是 memcached 客户端实现的哈希环：对“host-i”这样的标签做 MD5，每个摘要产生 4 个 32 位点位，等权重时每台服务器 160 个点位，并按权重增减。所有客户端必须在标签格式和取整方式上保持一致：libmemcached 在端口为 11211 时把端口从标签中省略，libketama 则按配置原样哈希“host:port-i”，因此即使服务器相同，两者也会把大多数键放到不同的地方。";
        LessonJump => "Jump hash (Lamping and Veach) needs no memory at all and about ln n steps: the bucket number is computed from the key alone. Growing from n to n+1 buckets moves about 1/(n+1) of the keys, all into the new bucket. The catch: buckets are numbered 0…n−1, so only the last one can leave; losing a server in the middle means renumbering, or a mapping layer on top.",
                      "Jump 哈希（Lamping 与 Veach）完全不占内存，查找约需 ln n 步：桶号只由键本身算出。从 n 个桶增加到 n+1 个时，大约迁移 1/(n+1) 的键，而且全部迁入新桶。代价是桶必须编号为 0…n−1，只有最后一个桶可以离开；中间的服务器离开时，要么重新编号，要么在上面再加一层映射。";
        LessonRendezvous => "Rendezvous hashing (highest random weight) scores the key against every node with hash(key, node); the highest score wins. Removing a node moves only its keys, each to its runner-up, and a new node takes only the keys it now wins. The price is O(N) work per lookup, since every node is scored; in return, the top k scores give k replicas.",
                            "Rendezvous 哈希（最高随机权重）用 hash(key, node) 给每个节点打分，得分最高者获得该键。移除一个节点时只迁移它自己的键，每个键去往得分第二高的节点；新节点也只接走它得分最高的那些键。代价是每次查找都要给所有节点打分，开销为 O(N)；好处是取得分最高的 k 个节点就得到了 k 个副本。";
        LessonMaglev => "Maglev fills a lookup table of prime size M: each backend walks its own permutation of the slots and, in turn, claims its next free preferred slot. A lookup is one table read, and backends' slot counts differ by at most one. Disruption is small but not minimal: when a backend leaves the table is refilled, and a few slots change hands even between backends that stayed.",
                        "Maglev 填充一张大小为质数 M 的查找表：每个后端按自己的槽位排列顺序，轮流认领下一个仍空闲的首选槽位。查找只需读一次表，各后端分到的槽位数最多相差一个。迁移量小但并非最少：后端离开时整张表会重新填充，即使是两个都还在线的后端之间，也会有少量槽位易主。";
        LessonBounded => "Bounded loads (Mirrokni, Thorup and Zadimoghaddam) is a ring where no node may hold more than ⌈(1+ε)·m/n⌉ of the m keys: a key whose node is full walks clockwise to the next node with room. The peak load is capped (HAProxy's hash-balance-factor, Envoy's hash_balance_factor), paid for with extra moves on each change, since a key's home now depends on the other keys.",
                         "有界负载一致性哈希（Mirrokni、Thorup 与 Zadimoghaddam）是一个带容量上限的哈希环：m 个键中，任何节点最多持有 ⌈(1+ε)·m/n⌉ 个；如果键所属的节点已满，就顺时针走到下一个还有空位的节点。峰值负载因此有了上限（HAProxy 的 hash-balance-factor、Envoy 的 hash_balance_factor），代价是每次变化都会多迁移一些键，因为一个键落在哪里还取决于其他键。";
        LessonRedis => "Redis Cluster is not a ring: CRC16(key) mod 16384 picks one of 16,384 fixed slots, and each master owns ranges of slots. A hash tag, as in {user1000}.following, hashes only the part between the braces, so related keys share a slot. Data moves a whole slot at a time, and only when an operator reshards. Here a join is what redis-cli --cluster add-node followed by rebalance --cluster-use-empty-masters does: about 1/(n+1) of the slots, taken from the lowest-numbered slots of every master, all go to the new one. A kill is not modelled as a real cluster lives it: here the dead master's slots are spread over the live masters as a rebalance giving it weight 0 would, data and all. A real redis-cli --cluster rebalance refuses while a master is down (“Please fix your cluster problems before rebalancing”). The dead master's slots come back through failover, when one of its replicas is promoted and takes all of them with their data (no other master's slots move), or, without a replica, through redis-cli --cluster fix, which hands the uncovered slots to live masters empty: their data is lost. Until then those slots are unserved. A removal (del-node) is modelled as the operator does it: drain the master with a weight-0 rebalance first.",
                       "Redis Cluster 不是哈希环：用 CRC16(key) mod 16384 从 16,384 个固定槽位中选出一个，每个主节点负责若干段槽位。哈希标签（如 {user1000}.following）只对花括号之间的部分做哈希，因此相关的键会落在同一个槽位。数据以整个槽位为单位迁移，而且只在运维人员重新分片时才迁移。在这里，节点加入相当于先执行 redis-cli --cluster add-node，再执行 rebalance --cluster-use-empty-masters：大约 1/(n+1) 的槽位从每个主节点编号最小的槽位中取出，全部交给新节点。宕机并没有按真实集群的情形建模：这里把宕机主节点的槽位连同数据分给各在线主节点，相当于一次把它的权重设为 0 的 rebalance。而真实的 redis-cli --cluster rebalance 在有主节点宕机时会拒绝执行（“Please fix your cluster problems before rebalancing”）。宕机主节点的槽位要么通过故障转移恢复：它的一个副本被提升为主节点，连同数据接管全部槽位（其他主节点的槽位不动）；要么在没有副本时通过 redis-cli --cluster fix 恢复：它把无人负责的槽位空着交给在线主节点，其中的数据就丢失了。在此之前，这些槽位无法提供服务。移除（del-node）则按运维的做法建模：先用权重为 0 的 rebalance 把该主节点清空。";

        // ----- compatibility panel -----
        CompatTitle => "Real clients: which server gets each key", "真实客户端：每个键落在哪台服务器";
        CompatIntro => "Paste your own servers and keys to see where a real client puts them, computed the way that client does it.",
                       "粘贴你自己的服务器和键，看看真实客户端会把它们放到哪里——计算方式与该客户端完全一致。";
        ServersLabel => "Servers: host:port and an optional weight, one per line", "服务器：每行一个 host:port，可加权重";
        KeysLabel => "Keys, one per line (up to {0})", "键，每行一个（最多 {0} 个）";
        ClientLabel => "Client", "客户端";
        ClientLibmemcached => "libmemcached ketama (PHP OPT_LIBKETAMA_COMPATIBLE)", "libmemcached ketama（PHP OPT_LIBKETAMA_COMPATIBLE）";
        ClientLibketama => "libketama / npm hashring", "libketama / npm hashring";
        ClientRedis => "Redis Cluster (fresh redis-cli --cluster create)", "Redis Cluster（新建的 redis-cli --cluster create）";
        RedisNoWeights => "Redis Cluster ignores weights: the 16,384 slots are split evenly over the masters in the order listed.",
                          "Redis Cluster 不看权重：16,384 个槽位按列出的顺序平均分给各个主节点。";
        ServersOk => "{0} servers, total weight {1}", "{0} 台服务器，总权重 {1}";
        ErrNoPort => "Line {0}: “{1}” needs a port, written host:port.", "第 {0} 行：“{1}”缺少端口，应写成 host:port。";
        ErrEmptyHost => "Line {0}: the host before the port is empty.", "第 {0} 行：端口前的主机名为空。";
        ErrBadPort => "Line {0}: port “{1}” must be a whole number from 1 to 65535.", "第 {0} 行：端口“{1}”必须是 1 到 65535 之间的整数。";
        ErrBadWeight => "Line {0}: weight “{2}” must be a whole number from 1 to {1}.", "第 {0} 行：权重“{2}”必须是 1 到 {1} 之间的整数。";
        ErrExtra => "Line {0}: expected host:port and an optional weight, found also “{1}”.", "第 {0} 行：只应有 host:port 和可选的权重，但多出了“{1}”。";
        ErrDuplicate => "Line {0}: this server is already listed on line {1}.", "第 {0} 行：这台服务器已在第 {1} 行列出。";
        ErrTooManyServers => "At most {0} servers; line {1} is one too many.", "最多 {0} 台服务器；第 {1} 行超出了上限。";
        ErrNoServers => "List at least one server.", "请至少列出一台服务器。";
        KeysHeld => "{0} keys pasted ({1}), kept out of the text box so the page stays fast.", "已粘贴 {0} 个键（{1}），为保持页面流畅，未放入文本框。";
        KeysDiscard => "Discard", "丢弃";
        KeysCount => "{0} keys", "{0} 个键";
        KeysTooMany => "Only the first {0} keys are used: {1} more lines were ignored.", "只使用前 {0} 个键：其余 {1} 行已忽略。";
        NoKeysCompat => "Type or paste some keys to place them.", "输入或粘贴一些键，即可查看它们的位置。";
        PlacementCaption => "Key → server", "键 → 服务器";
        ShowingRows => "Showing the first {0} of {1} keys.", "显示前 {0} 个键，共 {1} 个。";
        ShowingServers => "Showing the first {0} of {1} servers; the what-if list below has them all.", "显示前 {0} 台服务器，共 {1} 台；下方“某台服务器离开时”一节列出了全部服务器。";
        ColKey => "Key", "键";
        ColServer => "Server", "服务器";
        ColHash => "Key hash (MD5)", "键哈希（MD5）";
        ColSlot => "Slot", "槽位";
        ColWeight => "Weight", "权重";
        ColKeys => "Keys", "键数";
        ColShare => "Share", "占比";
        LoadTitle => "Load per server", "各服务器负载";
        WhatIfTitle => "What moves if a server goes", "某台服务器离开时会迁移什么";
        WhatIfLabel => "Server that goes", "离开的服务器";
        WhatIfMoved => "{0} of {1} keys move ({2}).", "{1} 个键中有 {0} 个迁移（{2}）。";
        WhatIfAlone => "With a single server there is nowhere for its keys to go.", "只有一台服务器时，它的键无处可去。";
        ExportCsv => "Export CSV (key,server)", "导出 CSV（key,server）";
        LinkLeavesOut => "The share link keeps everything else here, but not {0}: more than {1} characters once encoded.",
                         "分享链接保留了这里的其他设置，但没有包含{0}：编码后超过 {1} 个字符。";
        LinkServers => "the server list", "服务器列表";
        LinkKeys => "the keys", "这些键";
        LinkServersKeys => "the server list and the keys", "服务器列表和这些键";
        BadAlgoLink => "Part of the link for this tab could not be read ({0}): the defaults are used there.",
                       "链接中属于本标签页的部分无法读取（{0}），这些设置已使用默认值。";
    }
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
