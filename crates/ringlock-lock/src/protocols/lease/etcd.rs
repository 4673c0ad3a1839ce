//! etcd's `concurrency.Mutex`, on the lease server's queue and the shared watches.
//!
//! `Lock()` puts `pfx/<leaseID>` if its `CreateRevision` is 0, bound to the session lease;
//! the key with the smallest CreateRevision owns the lock (FIFO) and a waiter watches only
//! the key with the largest smaller revision (`waitDeletes`) — there is no watch-all mode.
//! What differs from ZooKeeper:
//!
//! * The fencing token is the key's CreateRevision. etcd keeps one revision counter for the
//!   whole store, bumped by every put and every delete, so the tokens holders see increase
//!   but skip numbers (a release or an expiry is a delete, and takes a revision too).
//! * A waiter woken by its predecessor's deletion re-checks that its own key still exists.
//!   If its session lease expired meanwhile (it was paused), the key is gone: `Lock()`
//!   returns `ErrSessionExpired`, and the client starts over with a new key and a new
//!   revision. It never acts as holder on the old one.
//! * Storage's check is `IsOwner()`'s Txn guard, `Compare(CreateRevision(myKey) == myRev)`:
//!   with fencing on, a write with an older revision than the newest seen is refused —
//!   etcd's docs' point that the lock alone cannot guarantee mutual exclusion.
//!
//! Simplification: the session lease of a key is the lease the server keeps for the owner
//! (granted when it becomes the owner, renewed by keep-alives, ended by the TTL); a waiter's
//! key stays until it is the owner.

use std::collections::BTreeMap;

use super::table::FIRST_TOKEN;
use super::Rules;
use crate::protocols::protocol::Ctx;
use crate::vocab::log::LogKind;
use crate::WorkerId;

/// The store's revision and the workers' keys.
#[derive(Clone, Debug)]
pub struct Etcd {
    /// The store's current revision: the first put gets [`FIRST_TOKEN`].
    pub revision: u64,
    /// Each worker's live key: its CreateRevision.
    pub keys: BTreeMap<u32, u64>,
    /// Each worker's last deleted key's CreateRevision.
    pub lost: BTreeMap<u32, u64>,
    /// The CreateRevision of the last owner.
    pub last_granted: Option<u64>,
}

impl Default for Etcd {
    fn default() -> Self {
        Etcd {
            revision: FIRST_TOKEN - 1,
            keys: BTreeMap::new(),
            lost: BTreeMap::new(),
            last_granted: None,
        }
    }
}

impl Rules for Etcd {
    const WATCHES: bool = true;

    /// `Put(pfx/<leaseID>)` if absent: a new revision, the key's CreateRevision.
    fn on_put(&mut self, w: u32) {
        self.revision += 1;
        self.keys.insert(w, self.revision);
    }

    /// The key was deleted (unlock or lease expiry): the delete takes a revision too.
    fn on_delete(&mut self, w: u32) {
        if let Some(rev) = self.keys.remove(&w) {
            self.revision += 1;
            self.lost.insert(w, rev);
        }
    }

    /// The owner's key's CreateRevision (a put first if it has none, which cannot happen:
    /// every request puts).
    fn token(&mut self, next_token: u64, w: u32) -> u64 {
        let _ = next_token;
        if !self.keys.contains_key(&w) {
            self.on_put(w);
        }
        let rev = self.keys.get(&w).copied().unwrap_or(self.revision);
        self.last_granted = Some(rev);
        rev
    }

    fn last_token(&self, next_token: u64) -> Option<u64> {
        let _ = next_token;
        self.last_granted
    }

    /// A woken waiter's key is gone: `ErrSessionExpired`. It starts over: a new key, a new
    /// revision, at the back of the line.
    fn key_gone(&mut self, core: &mut Ctx, w: u32) {
        let revision = self.lost.remove(&w).unwrap_or(0);
        core.log(LogKind::SessionExpired {
            worker: WorkerId(w),
            revision,
        });
    }
}

#[cfg(test)]
#[path = "etcd_tests.rs"]
mod tests;
