//! The glossary: one 中文 term per idea, with the variants the catalogues must not use for
//! it. Shown in the app (`ui::glossary_view`) and checked against every catalogue's 中文 by
//! the tests in `glossary_tests.rs`.

catalogue! {
    /// The glossary view's own words.
    pub enum G {
        Title => "Glossary", "术语表";
        Intro => "One word per idea, in both languages.", "每个概念只用一个词，中英对照。";
        ColEn => "English", "英文";
        ColZh => "中文", "中文";
        ColMeaning => "Meaning here", "在本应用中的含义";
    }
}

/// Where a term's avoided variants are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every catalogue.
    All,
    /// The lock lab's catalogues only (elsewhere the variant names another idea: 客户端 is a
    /// client library such as libmemcached on the Algorithms tab).
    Lab,
}

/// One idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The English term.
    pub en: &'static str,
    /// The one 中文 term for it.
    pub zh: &'static str,
    /// What it means here, in English.
    pub note_en: &'static str,
    /// What it means here, in 中文.
    pub note_zh: &'static str,
    /// Variants that must not appear for this idea.
    pub avoid: &'static [&'static str],
    /// Where `avoid` is checked.
    pub scope: Scope,
}

const fn term(
    en: &'static str,
    zh: &'static str,
    note_en: &'static str,
    note_zh: &'static str,
    avoid: &'static [&'static str],
) -> Term {
    Term {
        en,
        zh,
        note_en,
        note_zh,
        avoid,
        scope: Scope::All,
    }
}

/// The glossary, in the order a student meets the ideas.
pub const GLOSSARY: &[Term] = &[
    term(
        "node",
        "节点",
        "a server that owns keys (on the ring) or runs workers (in the lock lab)",
        "拥有键的服务器（哈希环上），或运行工作者的机器（锁实验室中）",
        &["结点"],
    ),
    term(
        "virtual node",
        "虚拟节点",
        "one of a node's points on the ring",
        "节点在环上的多个点位之一",
        &["虚节点", "虚拟结点"],
    ),
    term(
        "server",
        "服务器",
        "a machine that serves keys or grants locks",
        "提供键或授予锁的机器",
        &["服务端"],
    ),
    term(
        "key",
        "键",
        "an item placed on a node",
        "被分配到节点上的数据项",
        &["密钥"],
    ),
    term(
        "live",
        "在线",
        "taking part: owns keys, answers",
        "正常参与：拥有键、能应答",
        &["存活", "活着的"],
    ),
    term(
        "dead",
        "已宕机",
        "killed: still listed, owns nothing until revived",
        "被设为宕机：仍在列表中，恢复之前不拥有任何键",
        &["已死亡", "挂掉", "失效"],
    ),
    term(
        "join",
        "加入",
        "a new node comes onto the ring",
        "新节点来到环上",
        &["上线"],
    ),
    term(
        "leave",
        "离开",
        "a node goes away (for jump hash, only the last bucket can)",
        "节点走掉（对 Jump 哈希而言，只有最后一个桶可以离开）",
        &["下线"],
    ),
    term(
        "kill",
        "宕机",
        "a node dies; its keys go to others, and it can be revived",
        "节点宕机；它的键交给其他节点，之后还能恢复",
        &["杀死", "杀掉", "停机"],
    ),
    term(
        "revive",
        "恢复",
        "a dead node comes back with its old points",
        "已宕机的节点带着原来的点位回来",
        &["复活"],
    ),
    term(
        "remove",
        "移除",
        "a node or a key leaves for good",
        "节点或键被永久去掉",
        &["剔除"],
    ),
    term(
        "crash",
        "崩溃",
        "a worker stops for good without releasing",
        "工作者永久停止，且没有释放锁",
        &["失效"],
    ),
    term(
        "worker",
        "工作者",
        "a lock client in the lab: thinks, asks, holds, writes",
        "实验室中争用锁的一方：思考、请求、持有、写入",
        &["客户端"],
    )
    .in_lab(),
    term(
        "client",
        "客户端",
        "a program that uses the servers, such as libmemcached or redis-cli (the lock lab's clients are workers)",
        "使用服务器的程序，如 libmemcached 或 redis-cli（锁实验室里的客户端称为工作者）",
        &[],
    ),
    term(
        "lease",
        "租约",
        "a grant that runs out after its TTL unless renewed",
        "到 TTL 时若未续约就会过期的授予",
        &["租期", "租用"],
    ),
    term(
        "fencing token",
        "防护令牌",
        "a number that grows with every grant; storage refuses older ones",
        "每次授予都会增大的编号；存储拒绝更旧的编号",
        &["栅栏令牌", "隔离令牌", "围栏令牌"],
    ),
    term(
        "watch",
        "监听",
        "ZooKeeper or etcd tells a waiter when a key or node is deleted",
        "ZooKeeper 或 etcd 在键或节点被删除时通知等待者",
        &["监视"],
    ),
    term(
        "monitor",
        "安全检查器",
        "the lab's checker of invariants (exclusion, FIFO, starvation, deadlock)",
        "实验室里检查不变量（互斥、先进先出、饥饿、死锁）的组件",
        &["监视器", "监控器"],
    ),
    term(
        "lesson",
        "练习",
        "a one-click scenario that asks for a prediction or tells a story",
        "一键布置的场景：请你预测，或演示一个过程",
        &["课程", "上一课"],
    ),
    term(
        "critical section",
        "临界区",
        "the work done while holding the lock",
        "持有锁期间做的工作",
        &["关键区", "临界段"],
    ),
    term(
        "think time",
        "思考时间",
        "a worker's pause between releasing and asking again",
        "工作者释放锁之后到再次请求之前的间隔",
        &["思考期"],
    ),
];

impl Term {
    const fn in_lab(self) -> Term {
        Term {
            scope: Scope::Lab,
            ..self
        }
    }
}

#[cfg(test)]
#[path = "glossary_tests.rs"]
mod tests;
