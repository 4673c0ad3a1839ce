//! Messages of the ring area: the drawing, its details card, the lookup walk-through, the
//! moved-keys counter and the legend.

use crate::i18n::catalogue;

catalogue! {
    /// Messages of the ring area.
    pub enum R {
        Title => "The ring", "哈希环";
        SchemeGroup => "How keys are placed", "键的分配方式";
        SchemeRing => "Ring", "哈希环";
        SchemeModulo => "Modulo", "取模";
        SchemeArticle => "The article's code", "原文代码";
        CodeModulo => "hash mod N", "hash mod N";
        CodeArticle => "sha1 % 128 % N", "sha1 % 128 % N";
        SchemeNameModulo => "hash mod N", "取模（hash mod N）";
        SchemeNameArticle => "the article's code", "原文代码";
        AboutRing => "Each key belongs to the first virtual node of a live node clockwise from it. When a node comes or goes, only the keys on its arcs move.",
                     "每个键归属于从它出发、顺时针遇到的第一个在线节点的虚拟节点。节点加入或离开时，只有它那几段弧上的键需要迁移。";
        AboutModulo => "Each key goes to live node number hash mod N, counting nodes in the order they were added. Change N and almost every key moves. Ticks and arcs still show the ring, for comparison.",
                       "每个键交给编号为 hash mod N 的在线节点（按加入顺序编号）。N 一变，几乎所有键都得搬家。刻度和弧段仍按哈希环绘制，方便对照。";
        AboutArticle => "The article's map_to_node computes int(sha1(key)) % 128 % N: modulo hashing over 128 buckets, not a ring. With few nodes a join remaps most keys (4→5: {0}); only the 128 buckets can move, so the share falls as N grows (64→65: {1}, 100→101: {2}), and from 128 nodes up a new node gets no bucket and no key (128→129: {3}). Ticks and arcs still show the ring.",
                        "原文的 map_to_node 计算的是 int(sha1(key)) % 128 % N：在 128 个桶上取模，并没有用到环。节点少时，加入一个节点会让大部分键重新分配（4→5：{0}）；但能移动的只有这 128 个桶，所以 N 越大迁移越少（64→65：{1}，100→101：{2}），到 128 个节点以上，新节点分不到任何桶，也分不到任何键（128→129：{3}）。刻度和弧段仍按哈希环绘制。";
        FigureLabel => "Hash ring with {0} nodes, {1} virtual nodes and {2} keys. The left and right arrow keys step through the keys, with Shift through the virtual nodes; Escape clears the selection.",
                       "哈希环：{0} 个节点，{1} 个虚拟节点，{2} 个键。用左右方向键逐个查看键，按住 Shift 则逐个查看虚拟节点；按 Esc 取消选择。";
        Nodes => "{0} nodes", "{0} 个节点";
        NodesOne => "1 node", "1 个节点";
        DeadCount => "{0} dead", "{0} 个已宕机";
        Vnodes => "{0} virtual nodes", "{0} 个虚拟节点";
        VnodesOne => "1 virtual node", "1 个虚拟节点";
        Keys => "{0} keys", "{0} 个键";
        KeysOne => "1 key", "1 个键";
        Hint => "Point at a key or a tick to see where it sits and who owns it.",
                "把指针移到某个键或刻度上，即可看到它的位置和归属。";
        HintKeys => "Keyboard: focus the ring, then use ← → (Shift for virtual nodes).",
                    "键盘：先聚焦圆环，再按 ← →（按住 Shift 查看虚拟节点）。";
        NoNodes => "No nodes yet. Add one and the ring comes to life.", "还没有节点。添加一个节点，哈希环就转起来了。";
        AllDead => "Every node is dead, so no key has an owner.", "所有节点都已宕机，所有键都无处安放。";
        TopMark => "0 = 2⁶⁴", "0 = 2⁶⁴";
        KindKey => "Key", "键";
        KindVnode => "Virtual node", "虚拟节点";
        KindLookup => "Lookup", "查找过程";
        LabelSha1 => "SHA-1", "SHA-1";
        LabelPosition => "Position", "位置";
        LabelAngle => "Angle", "角度";
        LabelOwner => "Owner", "归属";
        LabelRingOwner => "On the ring", "按哈希环";
        LabelNode => "Node", "节点";
        LabelKeysInArc => "Keys on its arc", "弧段上的键";
        Live => "live", "在线";
        Dead => "dead", "已宕机";
        NoOwner => "none: no node is live", "无（没有在线节点）";
        KeyAria => "Key {0}, on {1}, at {2}", "键 {0}，归属 {1}，位于 {2}";
        VnodeAria => "Virtual node {0}, {1}, at {2}", "虚拟节点 {0}，{1}，位于 {2}";
        NoteDots => "{0} keys: drawn on a canvas. Point at one, or use the arrow keys, to inspect it.",
                    "共 {0} 个键，绘制在画布上。指向某个键或使用方向键即可查看详情。";
        NoteDensity => "{0} keys: too many to draw one by one, so the inner band shows how many fall in each of {1} slices, coloured by the node that owns most of them. Pointing still finds single keys.",
                       "共 {0} 个键，无法逐个绘制：内圈的条带显示 {1} 个扇区中各有多少键，颜色取自其中多数键的归属节点。指针仍能定位到单个键。";
        NoteTicks => "{0} virtual nodes: where they crowd, each tick stands for the first one in its sliver of the circle.",
                     "共 {0} 个虚拟节点：在密集处，每条刻度代表所在细小扇区里的第一个虚拟节点。";
        LookupTitle => "Looking up “{0}”", "查找“{0}”";
        StepHash => "Hash", "计算哈希";
        StepPlace => "Place", "落到环上";
        StepWalk => "Walk clockwise", "顺时针查找";
        StepOwner => "Owner", "确定归属";
        StepsLabel => "Steps of the lookup", "查找步骤";
        CapHash => "SHA-1 of “{0}” is {1}. Its first 8 bytes, 0x{2}, are the key's position on the ring.",
                   "“{0}”的 SHA-1 是 {1}。取前 8 个字节 0x{2}，就是这个键在环上的位置。";
        CapPlace => "Position 0x{0} is {1} of the way from 0 to 2⁶⁴, so the key sits {2} clockwise from the top.",
                    "0x{0} 位于 0 到 2⁶⁴ 之间 {1} 处，所以这个键落在从顶部顺时针 {2} 的地方。";
        CapWalk => "From there, walk clockwise until the first virtual node of a live node.",
                   "从这里出发，顺时针前进，直到遇见第一个属于在线节点的虚拟节点。";
        CapWalkSkip => "From there, walk clockwise until the first virtual node of a live node. Virtual nodes of dead nodes do not count and are skipped.",
                       "从这里出发，顺时针前进，直到遇见第一个属于在线节点的虚拟节点。已宕机节点的虚拟节点不算数，直接跳过。";
        CapOwner => "After {0} the walk reaches {1}, so “{2}” is stored on {3}.",
                    "顺时针走过 {0} 后遇到 {1}，所以“{2}”存放在 {3} 上。";
        CapSkipped => "Dead virtual nodes skipped on the way: {0}.", "途中跳过了 {0} 个已宕机节点的虚拟节点。";
        CapOther => "Under {0}, the scheme shown, it goes to {1} instead.", "而按当前显示的{0}分配，它会落在 {1} 上。";
        CapOtherSame => "Under {0}, the scheme shown, it happens to land on {1} as well.", "按当前显示的{0}分配，它恰好也落在 {1} 上。";
        CapNoOwner => "No node is live: the walk goes all the way round without finding an owner for “{0}”.",
                      "没有在线的节点：绕环一整圈也找不到“{0}”的归属。";
        Replay => "Replay", "重播";
        Hide => "Hide", "隐藏";
        ReplayAria => "Replay the lookup of “{0}”", "重播“{0}”的查找过程";
        HideAria => "Hide the lookup of “{0}”", "隐藏“{0}”的查找过程";
        MovesLabel => "Keys moved by the last change", "上一次变化迁移的键";
        MovesHint => "Add, kill or remove a node, or change the virtual nodes, to see which keys move.",
                     "添加节点、让节点宕机或移除节点，或者调整虚拟节点数，看看哪些键会迁移。";
        MovesKeysAdded => "Adding keys never moves the keys already placed.", "新增键不会让已有的键迁移。";
        MovesKeysRemoved => "Removing keys never moves the other keys.", "移除键不会让其他键迁移。";
        ChangeAdded => "{0} joined", "{0} 加入";
        ChangeKilled => "{0} died", "{0} 宕机";
        ChangeRevived => "{0} came back", "{0} 恢复";
        ChangeRemoved => "{0} was removed", "{0} 被移除";
        ChangeVnodes => "Virtual nodes per node: {0} → {1}", "每个节点的虚拟节点数：{0} → {1}";
        ChangeWeight => "Weight of {0}: {1} → {2}", "{0} 的权重：{1} → {2}";
        MovedMany => "{0} keys moved ({1})", "{0} 个键迁移（{1}）";
        MovedOne => "1 key moved ({0})", "1 个键迁移（{0}）";
        MovedNone => "No keys moved", "没有键迁移";
        Expected => "theory: {0}", "理论值：{0}";
        NoNode => "no node", "无节点";
        MoreFlows => "and {0} more", "另有 {0} 组";
        FlowsLabel => "Where the moved keys went", "迁移的键去了哪里";
        Compare => "The same change moves {0} keys on the ring, {1} under hash mod N and {2} under the article's code.",
                   "同样的变化：哈希环迁移 {0} 个键，取模迁移 {1} 个，原文代码迁移 {2} 个。";
        LegendLabel => "Nodes and their colours", "节点及其颜色";
        LegendChip => "{0} · {1}", "{0} · {1}";
        LegendDead => "dead", "已宕机";
        LegendShowAll => "Show all {0}", "显示全部 {0} 个";
        LegendShowFewer => "Show fewer", "收起";
        LegendHighlight => "Highlight {0} on the ring", "在环上突出显示 {0}";
        BuildLabel => "Placing keys", "正在放置键";
        BuildHashing => "Hashing keys in the background: {0} of {1}", "正在后台计算键的哈希：{0} / {1}";
        BuildPlacing => "Placing {0} keys on the ring in the background…", "正在后台把 {0} 个键放到环上……";
        BuildCancel => "Cancel", "取消";
        BuildCancelLabel => "Cancel placing the keys; the ring stays as it was", "取消放置键，环保持原样";
    }
}
