//! Messages of the ring tab's one-click lessons. A lesson's setup and question name no
//! result; the results are templates filled with what the ring measured.

use crate::i18n::catalogue;
use crate::i18n::Lang;
use crate::ring::lessons::Lesson;

catalogue! {
    /// Messages of the ring lessons.
    pub enum L {
        Title => "Predict, then watch", "先预测，再观察";
        Intro => "Each exercise sets up the ring above, asks what one change will do, and then plays that change on the real ring.",
                 "每个练习先把上方的环摆好，请你预测某个变化的结果，然后在真实的环上演示这个变化。";
        Start => "Set up", "摆好场景";
        TitleJoinModulo => "4 → 5 nodes under hash mod N", "hash mod N 下从 4 个节点变成 5 个";
        TitleJoinRing => "4 → 5 nodes on the ring", "哈希环上从 4 个节点变成 5 个";
        TitleVnodes => "V = 1 vs V = 160", "V = 1 与 V = 160";
        TitleKillAlone => "A kill without virtual nodes", "没有虚拟节点时让节点宕机";
        TitleKillSpread => "A kill with 160 virtual nodes", "有 160 个虚拟节点时让节点宕机";
        SetupJoinModulo => "Four nodes and 10,000 keys, placed by hash mod N. A fifth node, node5, is about to join.",
                           "4 个节点、10,000 个键，按 hash mod N 分配。第五个节点 node5 即将加入。";
        SetupJoinRing => "The same four nodes and 10,000 keys, now on the ring with 160 virtual nodes each. node5 is about to join.",
                         "同样的 4 个节点和 10,000 个键，这次放在哈希环上，每个节点 160 个虚拟节点。node5 即将加入。";
        SetupVnodes => "Ten nodes with one virtual node each and 20,000 keys on the ring; the load chart shows how uneven that is. Next, every node gets 160 virtual nodes.",
                       "环上有 10 个节点，每个节点只有 1 个虚拟节点，共 20,000 个键；负载图显示了这有多不均匀。接下来，每个节点都会得到 160 个虚拟节点。";
        SetupKillAlone => "Five nodes with one virtual node each and 10,000 keys on the ring. node3 is about to be killed.",
                          "环上有 5 个节点，每个节点只有 1 个虚拟节点，共 10,000 个键。node3 即将宕机。";
        SetupKillSpread => "The same five nodes and 10,000 keys, now with 160 virtual nodes each. node3 is about to be killed.",
                           "同样的 5 个节点和 10,000 个键，这次每个节点有 160 个虚拟节点。node3 即将宕机。";
        AskMoved => "What percentage of the keys will change node?", "会有百分之多少的键换到别的节点上？";
        AskSpread => "After the change, by how much will a node's share of the ring typically differ from the mean share? Answer in ±% of the mean (one standard deviation).",
                     "变化之后，一个节点在环上的占比通常会偏离平均占比多少？请以平均占比的 ±% 作答（一个标准差）。";
        AskReceivers => "How many of the other four nodes will take over node3's keys?", "其余 4 个节点中，会有几个接管 node3 的键？";
        GuessPercent => "Your prediction (%)", "你的预测（%）";
        GuessCount => "Your prediction (nodes)", "你的预测（节点数）";
        Check => "Check and play", "提交并演示";
        ShowMe => "Show me", "直接演示";
        BadPercent => "Enter a percentage from 0 to 100.", "请输入 0 到 100 之间的百分比。";
        BadCount => "Enter a whole number from 0 to {0}.", "请输入 0 到 {0} 之间的整数。";
        ColGuess => "Your prediction", "你的预测";
        ColMeasured => "Measured", "实测";
        ColTheory => "Theory", "理论";
        Skipped => "skipped", "已跳过";
        Close => "✓ Close: within {0} percentage points of the measured value.", "✓ 接近：与实测值相差不超过 {0} 个百分点。";
        Exact => "✓ Right.", "✓ 答对了。";
        OffPoints => "✗ Off by {0} percentage points.", "✗ 相差 {0} 个百分点。";
        OffCount => "✗ Off by {0}.", "✗ 相差 {0} 个。";
        ExplainJoinModulo => "Under hash mod N a key keeps its node only when h mod 4 = h mod 5, which holds for 1 hash in 5: theory expects {0}. {1} keys moved.",
                             "在 hash mod N 下，只有满足 h mod 4 = h mod 5 的键才能留在原节点，每 5 个哈希值中只有 1 个满足：理论预期 {0}。实际迁移了 {1} 个键。";
        ExplainJoinRing => "On the ring node5 takes only the keys on its own arcs, about 1/(N+1) of them: theory expects {0}. {1} keys moved, every one of them to node5.",
                           "在哈希环上，node5 只接走落在它自己弧段上的键，约占 1/(N+1)：理论预期 {0}。实际迁移了 {1} 个键，全部归入 node5。";
        ExplainVnodes => "With V virtual nodes per node a share varies by about √((N−1)/(NV+1)) of the mean, here ±{0}. The busiest node now holds {1}× the mean number of keys.",
                         "每个节点有 V 个虚拟节点时，占比的波动约为均值的 √((N−1)/(NV+1))，这里是 ±{0}。现在负载最重的节点持有的键数是均值的 {1} 倍。";
        ExplainKillAlone => "With one virtual node, node3's single arc goes whole to the next live node clockwise, which takes {0} of node3's keys: its load grows by node3's whole share. The keys are not spread evenly over the neighbours.",
                            "只有 1 个虚拟节点时，node3 唯一的弧段整个交给顺时针方向的下一个在线节点：它接走了 node3 的 {0} 的键，负载一下子加上了 node3 的全部份额。这些键并没有平均分给相邻节点。";
        ExplainKillSpread => "With 160 virtual nodes node3's arcs are scattered round the ring and each goes to its own clockwise successor, so {0} nodes share its keys; the one that takes most gets {1} of them.",
                             "有 160 个虚拟节点时，node3 的弧段分散在环的各处，每段交给各自顺时针方向的下一个在线节点，于是由 {0} 个节点分担它的键；接得最多的节点拿到其中的 {1}。";
        Stale => "The ring has changed since this exercise played: set it up again to replay it.",
                 "演示之后环又被改动了：请重新摆好场景再演示一次。";
    }
}

/// A lesson's title.
pub fn title(lang: Lang, lesson: Lesson) -> &'static str {
    lang.t(match lesson {
        Lesson::JoinModulo => L::TitleJoinModulo,
        Lesson::JoinRing => L::TitleJoinRing,
        Lesson::Vnodes => L::TitleVnodes,
        Lesson::KillAlone => L::TitleKillAlone,
        Lesson::KillSpread => L::TitleKillSpread,
    })
}

/// A lesson's setup, in words: what is on the ring and what is about to happen.
pub fn setup(lang: Lang, lesson: Lesson) -> &'static str {
    lang.t(match lesson {
        Lesson::JoinModulo => L::SetupJoinModulo,
        Lesson::JoinRing => L::SetupJoinRing,
        Lesson::Vnodes => L::SetupVnodes,
        Lesson::KillAlone => L::SetupKillAlone,
        Lesson::KillSpread => L::SetupKillSpread,
    })
}

/// A lesson's question.
pub fn ask(lang: Lang, lesson: Lesson) -> &'static str {
    lang.t(match lesson {
        Lesson::JoinModulo | Lesson::JoinRing => L::AskMoved,
        Lesson::Vnodes => L::AskSpread,
        Lesson::KillAlone | Lesson::KillSpread => L::AskReceivers,
    })
}
