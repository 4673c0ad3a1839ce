//! Messages of the lock lab's etcd model (`concurrency.Mutex`): its server panel, revision
//! tokens, storage's revision guard, its log line and its lesson.

use crate::i18n::catalogue;

catalogue! {
    /// etcd messages.
    pub enum E {
        ModelEtcd => "etcd concurrency.Mutex (revisions, lease)", "etcd concurrency.Mutex（修订号、租约）";
        EtcdServer => "etcd (concurrency.Mutex)", "etcd（concurrency.Mutex）";
        EtcdQueue => "Keys after the owner, by CreateRevision: {0}", "所有者之后的键（按 CreateRevision）：{0}";
        Revision => "Revision (token)", "修订号（令牌）";
        RevisionHint => "The owner key's CreateRevision. etcd has one revision counter for the whole store, bumped by every put and delete, so owners' revisions increase but skip numbers.",
                        "所有者键的 CreateRevision。etcd 整个存储只有一个修订号计数器，每次写入（put）和删除都会加一，所以各任所有者的修订号递增，但并不连续。";
        StoreRevision => "store revision {0} · last owner's revision #{1}", "存储修订号 {0} · 上一任所有者的修订号 #{1}";
        RevisionGuard => "Revision guard at storage (newest revision seen only)", "存储端的修订号检查（只接受见过的最新修订号）";
        RevisionGuardHint => "Storage, outside etcd, takes a write only with the newest revision it has seen. This is the guard the lab enforces. It is not etcd's IsOwner(): that is a compare on the client's own key's CreateRevision, checked inside etcd, and it fails once the paused client's key is gone. etcd's docs: the lock API alone cannot guarantee mutual exclusion — the resource must check the revision.",
                        "etcd 之外的存储只接受带有它见过的最新修订号的写入，实验执行的就是这一检查。它不是 etcd 的 IsOwner()：后者在 etcd 内部比较工作者自己那个键的 CreateRevision，暂停的工作者的键被删除后它就会失败。etcd 文档指出：仅靠锁 API 无法保证互斥——资源端必须校验修订号。";
        LogSessionExpired => "{0} woke to find its key (revision #{1}) gone: its lease had expired — ErrSessionExpired; it starts over with a new key",
                             "{0} 醒来发现自己的键（修订号 #{1}）已不在：它的租约已过期——ErrSessionExpired；它用一个新键重新开始";
        LogNotifiedEtcd => "Key deleted: the watch of {0} (waitDeletes) fires; its key now has the smallest revision", "键被删除：{0} 的监听（waitDeletes）触发；它的键现在修订号最小";
        LessonEtcd => "etcd: lease expires during a pause", "etcd：停顿期间租约过期";
        LessonEtcdText => "Three workers use etcd's concurrency.Mutex. Each Lock() puts a key pfx/<leaseID> bound to its session lease (TTL 1 s here); the key with the smallest CreateRevision owns the lock and every other waiter watches only the key just before its own. The first owner (revision #33) freezes for 2.5 s. etcd cannot tell a pause from a crash: at lease expiry it deletes the key, and the next waiter by revision is woken and owns the lock. The revision is the fencing token, and it comes from one store-wide counter that every put and delete bumps — so tokens climb but skip (#34, #35, #39, …). When the paused worker wakes it still believes it owns the lock and writes with #33; storage's revision guard, outside etcd, has seen a newer revision and rejects the write. (Inside etcd, IsOwner() — a compare on the worker's own key's CreateRevision — would fail too, because that key is gone; the lab enforces only storage's guard.) This is etcd's docs' point: the lock API alone cannot guarantee mutual exclusion, because a lease can expire while its client is paused — the resource must validate the revision. The monitor's holder-exclusion check counts only running workers acting as holder at the same instant; here the new owners had finished when the paused one woke, so it stays green — its wrong belief shows only in the rejected write.",
                           "三个工作者使用 etcd 的 concurrency.Mutex。每次 Lock() 都会写入一个与会话租约（这里 TTL 为 1 秒）绑定的键 pfx/<leaseID>；CreateRevision 最小的键拥有锁，其余等待者只监听紧挨在自己前面的那个键。第一个所有者（修订号 #33）被冻结 2.5 秒。etcd 分不清停顿和崩溃：租约到期时它删除这个键，按修订号排在下一位的等待者被唤醒并获得锁。修订号就是防护令牌，它来自整个存储共用的计数器，每次写入和删除都会加一——所以令牌递增但不连续（#34、#35、#39……）。暂停的工作者醒来后仍以为自己拥有锁，用 #33 写入；etcd 之外的存储端修订号检查已经见过更新的修订号，于是拒绝这次写入。（在 etcd 内部，IsOwner()——对该工作者自己那个键的 CreateRevision 的比较——也会失败，因为那个键已被删除；实验只执行存储端的检查。）这正是 etcd 文档强调的：仅靠锁 API 无法保证互斥，因为工作者暂停时租约可能到期——资源端必须校验修订号。安全检查器的“持有者互斥”检查只统计同一时刻以持有者身份行动的运行中工作者；这里暂停者醒来时新所有者已经做完，所以该项保持正常——它的错误认知只体现在那次被拒绝的写入上。";
    }
}
