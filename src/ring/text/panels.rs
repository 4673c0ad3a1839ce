//! Messages of the side panels: nodes, virtual nodes, keys, statistics and the last change.
//!
//! Where a template takes a user-chosen name, the name is the last argument: `fill` replaces
//! `{0}`, `{1}`, … in order, so a name containing `{1}` cannot be mangled by a later argument.

use crate::i18n::catalogue;

catalogue! {
    /// Messages of the panels area.
    pub enum P {
        // ----- schemes -----
        SchemeRing => "Ring", "哈希环";
        SchemeModulo => "hash mod N", "hash mod N（取模）";
        SchemeArticle => "Article's code", "原文代码";

        // ----- nodes -----
        NodesTitle => "Nodes", "节点";
        NodesCount => "{0} / {1} nodes · {2} live", "{0} / {1} 个节点 · {2} 个在线";
        NodeName => "Name", "名称";
        Weight => "Weight", "权重";
        AddNode => "Add node", "添加节点";
        AddNodeHint => "Weight {0}–{1} multiplies the node's virtual nodes. Leave the name empty to use the suggested one.",
                       "权重（{0}–{1}）会按倍数增加该节点的虚拟节点；名称留空则使用框内提示的名称。";
        FilterNodes => "Filter nodes by name", "按名称筛选节点";
        FilterShown => "{0} of {1} shown", "显示 {0} / {1} 个";
        NoNodes => "No nodes yet: add one above.", "还没有节点，请先在上方添加。";
        RowsCapped => "The first {0} of {1} nodes are listed; type in the filter to find any other.", "只列出 {1} 个节点中的前 {0} 个；在筛选框中输入即可找到其他节点。";
        ShowAllNodes => "Show all {0}", "显示全部 {0} 个";
        ShowFewerNodes => "Show fewer", "收起";
        NoNodeMatches => "No node name contains “{0}”.", "没有名称包含“{0}”的节点。";
        NodesCaption => "Nodes, with keys and hash-space share under {0}", "节点列表（键数与哈希空间占比按“{0}”计算）";
        ColNode => "Node", "节点";
        ColState => "State", "状态";
        ColKeys => "Keys", "键数";
        ColKeysTitle => "Keys this node owns under {0}", "按“{0}”计算，该节点拥有的键数";
        ColShare => "Hash share", "空间占比";
        ColShareTitle => "Share of the hash space this node owns under {0}", "按“{0}”计算，该节点占有的哈希空间比例";
        ColActions => "Actions", "操作";
        ColVsMean => "× mean", "相对均值";
        Live => "live", "在线";
        Dead => "dead", "已宕机";
        Kill => "Kill", "宕机";
        Revive => "Revive", "恢复";
        Remove => "Remove", "移除";
        KillNamed => "Kill {0}", "让 {0} 宕机";
        ReviveNamed => "Revive {0}", "恢复 {0}";
        RemoveNamed => "Remove {0}", "移除 {0}";
        WeightOf => "Weight of {0}", "{0} 的权重";

        // ----- virtual nodes -----
        VnodesTitle => "Virtual nodes", "虚拟节点";
        VnodesCount => "{0} / {1} on the ring", "环上 {0} / {1} 个";
        VnodesPerNode => "Virtual nodes per node", "每个节点的虚拟节点数";
        VnodesValueText => "{0} per node", "每个节点 {0} 个";
        VnodesHint => "Any whole number from {0} to {1}; a node of weight w gets w times as many. Ketama uses 160.",
                      "可填 {0} 到 {1} 之间的任意整数；权重为 w 的节点获得 w 倍的数量。Ketama 用的是 160。";
        VnodesTheory => "Theory: each node's share of the ring lies within about ±{0} of the mean share 1/N (one standard deviation relative to the mean, the CV: √((N−1)/(NV+1)) with N = {1}, V = {2}).",
                        "理论值：每个节点在环上的占比，约在平均占比 1/N 的 ±{0} 范围内波动（这是相对于均值的一个标准差，即 CV：√((N−1)/(NV+1))，其中 N = {1}，V = {2}）。";
        VnodesTheoryOne => "With a single live node there is nothing to balance.", "只有一个在线节点时，不存在负载均衡的问题。";
        VnodesTheoryWeights => "Nodes have different weights, so the equal-weight formula does not apply.",
                               "各节点权重不同，等权重的公式不适用。";
        Working => "Working…", "处理中…";

        // ----- keys -----
        KeysTitle => "Keys", "键";
        KeysCount => "{0} / {1} keys", "{0} / {1} 个键";
        AddKeyLabel => "Add a key and trace its lookup", "添加一个键并追踪其查找过程";
        AddKeyPlaceholder => "e.g. user:42", "例如 user:42";
        AddKey => "Add", "添加";
        RemoveKeyLabel => "Remove a key", "移除一个键";
        RemoveKeyPlaceholder => "e.g. key-7", "例如 key-7";
        RemoveKey => "Remove", "移除";
        GenerateLabel => "Add generated keys key-0, key-1, …", "批量生成键 key-0、key-1……";
        Generate => "Generate", "生成";
        QuickAdd => "Quick amounts", "快捷数量";
        QuickAddN => "Add {0} generated keys", "生成 {0} 个键";
        PasteSummary => "Paste keys, one per line", "粘贴键（每行一个）";
        PasteLabel => "Keys, one per line", "键列表，每行一个";
        PastePlaceholder => "apple\npear\nuser:42", "apple\npear\nuser:42";
        PasteHint => "Blank lines and keys already on the ring are skipped; one bad line rejects the whole paste.",
                     "空行和环上已有的键会被跳过；只要有一行无效，整批都不会添加。";
        PasteAdd => "Add keys", "添加这些键";
        PasteHeld => "{0} lines ({1}) pasted: too many to show, ready to add.",
                     "已粘贴 {0} 行（{1}），内容太多不逐行显示，可直接添加。";
        PasteDiscard => "Discard", "丢弃";
        ExportCsv => "Export CSV", "导出 CSV";
        ExportTitle => "Download every key with its ring position and its owner under {0}",
                       "下载所有键及其在环上的位置，以及按“{0}”计算的归属节点";
        ExportFailed => "The browser refused the download.", "浏览器拒绝了下载。";
        ClearKeys => "Clear all keys", "清空所有键";
        KeysAdded => "Added {0} keys.", "已添加 {0} 个键。";
        KeysAddedOne => "Added 1 key.", "已添加 1 个键。";
        KeysAddedSkipped => "{0} added, {1} skipped (already on the ring).", "已添加 {0} 个，跳过 {1} 个（环上已存在）。";
        KeysRemoved => "Removed {0} keys.", "已移除 {0} 个键。";
        KeysRemovedOne => "Removed 1 key.", "已移除 1 个键。";
        KeysCleared => "All keys cleared ({0}).", "已清空全部键（{0} 个）。";

        // ----- statistics -----
        StatsTitle => "Load statistics", "负载统计";
        StatsUnder => "Scheme: {0}", "方案：{0}";
        NoLiveNodes => "No live node: no key has an owner.", "没有在线节点，所有键都没有归属。";
        NoKeysYet => "No keys yet: add some to see how they spread.", "还没有键，添加一些即可看到它们如何分布。";
        ChartSummary => "Keys per live node under {0}: {1} nodes, from {2} to {3} keys, mean {4}.",
                        "按{0}计算的各在线节点键数：共 {1} 个节点，最少 {2} 个键，最多 {3} 个键，平均 {4} 个。";
        BarTitle => "{2}: {0} keys, {1} of the hash space", "{2}：{0} 个键，占哈希空间的 {1}";
        MeanLabel => "mean {0}", "均值 {0}";
        LegendMean => "Mean", "均值";
        LegendBand => "Theory band: mean ± {0}% of the mean", "理论区间：均值 ± 均值的 {0}%";
        LegendOrder => "Bars in the order the nodes were added", "柱子按节点加入的顺序排列";
        ShowTable => "Show as a table", "以表格显示";
        LoadTable => "Keys per node, as a table", "每个节点的键数（表格）";
        FigLive => "Live nodes", "在线节点";
        FigKeys => "Keys", "键数";
        FigMean => "Mean", "均值";
        FigStdDev => "Std dev", "标准差";
        FigMaxMean => "Max / mean", "最大值 / 均值";
        CvCaption => "Coefficient of variation (CV), measured and in theory", "变异系数（CV）：实测值与理论值";
        Measured => "Measured", "实测";
        Theory => "Theory", "理论";
        CvKeys => "CV of keys per node", "每节点键数的 CV";
        CvShares => "CV of hash-space shares", "哈希空间占比的 CV";
        NotApplicable => "n/a", "不适用";
        TheoryRing => "Theory for a ring of N = {0} equal nodes with V = {1} virtual nodes each: a node's share follows Beta(V, (N−1)V), so its CV is √((N−1)/(NV+1)); the CV of key counts adds the sampling noise of K = {2} keys.",
                      "理论：在 N = {0} 个等权节点、每个节点 V = {1} 个虚拟节点的哈希环上，单个节点的占比服从 Beta(V, (N−1)V)，其 CV 为 √((N−1)/(NV+1))；键数的 CV 还要加上 K = {2} 个键带来的抽样噪声。";
        TheoryRingWeights => "Theory n/a: the closed form assumes equal weights, and these nodes' weights differ.",
                             "理论值不适用：该公式假设各节点权重相同，而当前节点的权重不同。";
        TheoryModulo => "Theory for hash mod N: every node owns exactly 1/N of the hash space (share CV 0); key counts vary only by the sampling noise of K = {0} keys.",
                        "理论：hash mod N 下每个节点恰好占有 1/N 的哈希空间（占比 CV 为 0）；键数只受 K = {0} 个键的抽样噪声影响。";
        TheoryArticle => "Theory for the article's code: 128 buckets are dealt over N = {0} nodes, so unless N divides 128 some nodes get one bucket more; key counts add the sampling noise of K = {1} keys.",
                         "理论：原文代码把 128 个桶分给 N = {0} 个节点，除非 N 能整除 128，否则有些节点会多分到一个桶；键数还要加上 K = {1} 个键带来的抽样噪声。";

        // ----- last change -----
        LastChange => "Last change", "最近一次变更";
        NoChangeYet => "Nothing has changed yet. Add, kill or remove a node to see how many keys move under each scheme.",
                       "尚无变更。添加或移除节点、让节点宕机，即可看到各方案下分别有多少键需要迁移。";
        HeadJoin => "{2} joined: {0} → {1} live nodes", "{2} 加入：在线节点 {0} → {1}";
        HeadKill => "{2} died: {0} → {1} live nodes", "{2} 宕机：在线节点 {0} → {1}";
        HeadRevive => "{2} came back: {0} → {1} live nodes", "{2} 恢复：在线节点 {0} → {1}";
        HeadRemove => "{2} was removed: {0} → {1} live nodes", "{2} 已移除：在线节点 {0} → {1}";
        HeadVnodes => "Virtual nodes per node: {0} → {1}", "每个节点的虚拟节点数：{0} → {1}";
        HeadWeight => "Weight of {2}: {0} → {1}", "{2} 的权重：{0} → {1}";
        MovedTheory => "{0} moved ({1}, theory {2})", "迁移 {0} 个（{1}，理论 {2}）";
        MovedPlain => "{0} moved ({1})", "迁移 {0} 个（{1}）";
        MovedNoKeys => "{0} moved", "迁移 {0} 个";
        LegendExpected => "The mark on each bar is the fraction theory expects.", "横条上的刻线是理论预期的比例。";
        CheckJoin => "✓ All {0} moved keys went to {1}: no key moved between the other nodes.",
                     "✓ 迁移的 {0} 个键全部归入 {1}，其他节点之间没有任何键移动。";
        CheckLeave => "✓ All {0} moved keys were {1}'s: every other key stayed put.",
                      "✓ 迁移的 {0} 个键都来自 {1}，其余的键原地不动。";
        CheckFailed => "✗ Some keys moved between nodes the change did not touch.", "✗ 有键在未受影响的节点之间发生了移动。";
        WhyJoin => "Why: under hash mod N a key keeps its node only if h mod {0} = h mod {1}, true for about 1 hash in {1}, so about {0}/{1} of the keys move. The ring hands {2} only the keys on its own arcs.",
                   "原因：在 hash mod N 下，只有满足 h mod {0} = h mod {1} 的键才能留在原节点，大约每 {1} 个哈希值中才有 1 个，所以约 {0}/{1} 的键要迁移。哈希环则只把 {2} 自己弧段上的键交给它。";
        WhyLeave => "Why: under hash mod N every key is re-dealt over {1} nodes instead of {0}, and only about 1 in {0} lands on its old node, so about {1}/{0} move. On the ring only {2}'s keys move, each to the next live node clockwise.",
                    "原因：在 hash mod N 下，所有键都要在 {1} 个（而不是 {0} 个）节点之间重新分配，只有约 1/{0} 会落回原节点，所以约 {1}/{0} 的键要迁移。而在哈希环上，只有 {2} 的键会移动，各自交给顺时针方向的下一个在线节点。";
        WhyFirst => "{0} is the only live node, so it takes every key.", "{0} 是唯一的在线节点，因此接管了所有键。";
        WhyLast => "{0} was the last live node: no key has an owner now.", "{0} 是最后一个在线节点，现在所有键都没有归属。";
        WhyDeadRemoved => "{0} was already dead, so removing it moves no keys.", "{0} 早已宕机，移除它不会迁移任何键。";
        WhyVnodes => "Plain modulo and the article's code have no virtual nodes or weights, so nothing moves there. On the ring, keys move only on the arcs where virtual nodes were added or removed.",
                     "取模方案和原文代码都没有虚拟节点和权重的概念，因此那里没有键移动。在哈希环上，只有新增或删除了虚拟节点的弧段上的键才会迁移。";
        WhyKeys => "Adding or removing keys never moves other keys: a key's owner depends only on its own hash and the live nodes.",
                   "添加或移除键不会让其他键移动：每个键的归属只取决于它自己的哈希值和在线节点。";
    }
}
