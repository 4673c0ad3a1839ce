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
    }
}
