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
//!
//! Two guards, and which one the lab models:
//!
//! * `IsOwner()` is a compare *inside etcd*: `Compare(CreateRevision(myKey), "=", myRev)`,
//!   used as the `If` of a Txn. For a client paused past its session lease it fails because
//!   its key is gone (a missing key's CreateRevision is 0), not because a newer revision
//!   exists. The lab's writes go to a separate storage, not into an etcd Txn, so this guard
//!   does not gate them: the lab evaluates the compare against etcd's keys as each write
//!   arrives ([`Etcd::owner_checks`]) and shows what it would have said.
//! * Storage's "highest revision seen" is a separate guard *outside etcd*: the resource keeps
//!   the highest revision it has accepted and, with fencing on, refuses a lower one — the
//!   revision used as a fencing token, as etcd's docs advise, since the lock alone cannot
//!   guarantee mutual exclusion. This is the guard that rejects writes here.
//!
//! `Sim::etcd_writes` shows both for every write: what `IsOwner()` said and whether storage
//! accepted it, so the text can say which guard stopped a write (storage's) and which
//! other would have (`IsOwner()`).
//!
//! Simplification: the session lease of a key is the lease the server keeps for the owner
//! (granted when it becomes the owner, renewed by keep-alives, ended by the TTL); a waiter's
//! key stays until it is the owner.

use std::collections::{BTreeMap, VecDeque};

use super::table::FIRST_TOKEN;
use super::Rules;
use crate::engine::storage::STORAGE_LOG_LEN;
use crate::protocols::protocol::Ctx;
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

/// `IsOwner()`'s compare, evaluated inside etcd as a write reached storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnerCheck {
    /// When the write arrived.
    pub at: Time,
    /// Who wrote.
    pub worker: u32,
    /// The revision the write carried (its owner's CreateRevision when it was granted).
    pub revision: Option<u64>,
    /// The writer's key's CreateRevision in etcd then; `None`: the key is gone.
    pub key_revision: Option<u64>,
}

impl OwnerCheck {
    /// `Compare(CreateRevision(myKey), "=", myRev)` holds.
    pub fn is_owner(&self) -> bool {
        self.revision.is_some() && self.key_revision == self.revision
    }
}

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
    /// `IsOwner()` evaluated for each write storage received, oldest first, one per entry
    /// of storage's log (the same length limit).
    pub owner_checks: VecDeque<OwnerCheck>,
}

impl Default for Etcd {
    fn default() -> Self {
        Etcd {
            revision: FIRST_TOKEN - 1,
            keys: BTreeMap::new(),
            lost: BTreeMap::new(),
            last_granted: None,
            owner_checks: VecDeque::new(),
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

    /// A write reached storage: note what `IsOwner()` would say inside etcd.
    fn on_write(&mut self, now: Time, w: u32, token: Option<u64>) {
        if self.owner_checks.len() == STORAGE_LOG_LEN {
            self.owner_checks.pop_front();
        }
        self.owner_checks.push_back(OwnerCheck {
            at: now,
            worker: w,
            revision: token,
            key_revision: self.keys.get(&w).copied(),
        });
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
