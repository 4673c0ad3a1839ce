//! Messages of the rendezvous (HRW) score bars on the Algorithms tab.
//!
//! Where a template takes a user-chosen key, the key is the last argument (see
//! [`crate::ring::text::panels`]).

use crate::i18n::catalogue;

catalogue! {
    /// Messages of the rendezvous score panel.
    pub enum S {
        Title => "Rendezvous (HRW): every node scores the key", "Rendezvous（HRW）哈希：每个节点给键打分";
        Intro => "Rendezvous hashing, or highest random weight, scores a key on every live node of the Ring tab and gives the key to the highest score. There is no ring to search: a lookup scores all N nodes, so it costs O(N). The k highest scores are the key's k replicas.",
                 "Rendezvous 哈希又叫最高随机权重（HRW）哈希：它让“哈希环”标签页上的每个在线节点都给键打一个分，得分最高的节点拥有这个键。这里没有环可查：每次查找都要给全部 N 个节点打分，开销是 O(N)。得分最高的 k 个节点就是这个键的 k 个副本。";
        Scale => "Score = w / −ln(u): u ∈ (0, 1) is the hash of the key and the node, w is the node's weight, and a heavier node tends to score higher. Each bar is the node's score as a share of the owner's, so the owner's bar is full; the number is the score itself.",
                 "得分 = w / −ln(u)：u ∈ (0, 1) 是键与节点一起算出的哈希值，w 是节点权重，权重越大的节点往往得分越高。每根条的长度是该节点得分占所有者得分的比例，所以所有者的条总是满的；旁边的数字就是得分本身。";
        KeyLabel => "Key to score", "要打分的键";
        ChipsLabel => "Keys on the ring", "环上的键";
        KeyEmpty => "Type a key: an empty key has no scores.", "请输入一个键：空键无法打分。";
        KeyTooLong => "A key has at most {0} characters.", "键最多 {0} 个字符。";
        KeyControl => "A key cannot contain control characters such as tabs or line breaks.", "键不能包含制表符、换行符等控制字符。";
        NoNodes => "No live node: add or revive a node on the Ring tab to see the scores.", "当前没有在线节点：请先在“哈希环”标签页添加或恢复一个节点，再来查看得分。";
        ListCaption => "Scores on {0} live nodes for “{1}”, highest first", "“{1}”在 {0} 个在线节点上的得分，从高到低";
        Owner => "owner", "所有者";
        RunnerUp => "takes over if the owner goes", "所有者离开时由它接手";
        Weight => "weight {0}", "权重 {0}";
        ScoreTitle => "Score w / −ln(u)", "得分 w / −ln(u)";
        More => "+{0} more: only the top {1} of {2} live nodes are drawn; the rest score lower.", "另有 {0} 个节点未画出：{2} 个在线节点中只画出得分最高的 {1} 个，其余节点得分更低。";
        WhatIfTitle => "What if the owner goes", "如果所有者离开";
        WhatIf => "If {0} goes, “{2}” moves to {1}, its runner-up. Only {0}'s keys move, each to its own runner-up; every other key stays where it is.",
                  "如果 {0} 离开，“{2}”会迁到得分第二的 {1}。只有 {0} 上的键会迁移，而且各自迁到自己的第二名；其他键都原地不动。";
        WhatIfAlone => "{0} is the only live node: if it goes, “{1}” has nowhere to go.", "{0} 是唯一的在线节点：它一旦离开，“{1}”就无处可去。";
    }
}
