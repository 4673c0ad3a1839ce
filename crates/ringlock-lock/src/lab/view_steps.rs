//! View data for the text beside two models: the steps of each Redis (or Redlock)
//! acquisition attempt, and etcd's two guards on each write.

use super::sim::Sim;
use crate::engine::storage::WriteRecord;
use crate::protocols::keys::client::{drift, Client};
use crate::protocols::AnyProtocol;
use crate::{Time, WorkerId};

/// One acquisition attempt, step by step, as Redlock describes it: 1) note T1; 2) `SET NX
/// PX ttl` on every master; 3) count the votes at T2; 4) validity = TTL − (T2 − T1) − drift;
/// the client holds the lock only with a majority and validity above 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AcquireSteps {
    /// The client.
    pub worker: WorkerId,
    /// T1: when the attempt began.
    pub t1: Time,
    /// T2: when the votes were counted; `None` while they are still coming in.
    pub t2: Option<Time>,
    /// The TTL its `SET`s asked for.
    pub ttl: Time,
    /// The drift allowed for: TTL/100 + 2 ms ([`crate::drift`]).
    pub drift: Time,
    /// Yes votes (so far, until T2).
    pub votes: u32,
    /// Masters asked: 1, or Redlock's 5.
    pub masters: u32,
    /// Yes votes needed: a majority of the masters.
    pub majority: u32,
    /// TTL − (T2 − T1) − drift, in ms; negative when the time ran out; `None` before T2.
    pub validity: Option<i64>,
    /// It holds the lock (a majority and validity above 0); `None` before T2.
    pub won: Option<bool>,
}

impl AcquireSteps {
    /// T2 − T1: the time the votes took.
    pub fn elapsed(&self) -> Option<Time> {
        self.t2.map(|t2| t2 - self.t1)
    }
}

/// One of the two guards a write under etcd can meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EtcdGuard {
    /// `IsOwner()`, inside etcd: `CreateRevision(myKey) == myRev`. Fails when the writer's
    /// key is gone (its session lease expired). The lab evaluates it but does not enforce
    /// it: its writes go to storage, not into an etcd Txn.
    IsOwner,
    /// Storage's own guard, outside etcd: a revision below the highest it has seen is
    /// refused (with fencing on). The one that rejects writes in the lab.
    HighestRevisionSeen,
}

/// One write under etcd, with what each guard says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EtcdWrite {
    /// The write as storage saw it (its revision is `write.token`).
    pub write: WriteRecord,
    /// The writer's key's CreateRevision inside etcd when the write arrived; `None`: gone.
    pub key_revision: Option<u64>,
    /// `IsOwner()`'s compare held then.
    pub is_owner: bool,
}

impl EtcdWrite {
    /// Storage's guard passes: the revision is not below the highest seen before it.
    pub fn above_highest(&self) -> bool {
        !matches!((self.write.token, self.write.highest_before), (Some(t), Some(h)) if t < h)
    }

    /// The guard that rejected the write: only storage's guard gates writes in the lab
    /// (and only with fencing on).
    pub fn rejected_by(&self) -> Option<EtcdGuard> {
        (!self.write.accepted).then_some(EtcdGuard::HighestRevisionSeen)
    }

    /// Every guard that refuses the write, enforced or not, in the order a write would
    /// meet them (etcd first).
    pub fn failing_guards(&self) -> Vec<EtcdGuard> {
        let mut out = Vec::new();
        if !self.is_owner {
            out.push(EtcdGuard::IsOwner);
        }
        if !self.above_highest() {
            out.push(EtcdGuard::HighestRevisionSeen);
        }
        out
    }
}

fn steps(w: usize, c: &Client, masters: usize) -> Option<AcquireSteps> {
    let (masters, majority) = (masters as u32, (masters / 2 + 1) as u32);
    let worker = WorkerId(w as u32);
    if let Some(a) = c.attempt {
        return Some(AcquireSteps {
            worker,
            t1: a.start,
            t2: None,
            ttl: a.ttl,
            drift: drift(a.ttl),
            votes: a.yes.count_ones(),
            masters,
            majority,
            validity: None,
            won: None,
        });
    }
    c.decided.map(|d| AcquireSteps {
        worker,
        t1: d.start,
        t2: Some(d.at),
        ttl: d.ttl,
        drift: drift(d.ttl),
        votes: d.votes,
        masters,
        majority,
        validity: Some(d.validity),
        won: Some(d.won),
    })
}

impl Sim {
    /// Each Redis client's attempt whose votes are being counted or, if none, its last
    /// decided one, by worker; `None` for the models without Redis keys.
    pub fn acquisitions(&self) -> Option<Vec<AcquireSteps>> {
        let (clients, masters) = match &self.proto {
            AnyProtocol::Redis(k) => (&k.clients, k.nodes.len()),
            AnyProtocol::Redlock(k) => (&k.clients, k.nodes.len()),
            AnyProtocol::Central(_)
            | AnyProtocol::LocalLock(_)
            | AnyProtocol::ZooKeeper(_)
            | AnyProtocol::Etcd(_)
            | AnyProtocol::Sharded(_) => return None,
        };
        let all = clients.iter().enumerate();
        Some(all.filter_map(|(w, c)| steps(w, c, masters)).collect())
    }

    /// The writes storage has kept, each with etcd's `IsOwner()` beside storage's own
    /// verdict, oldest first; `None` for the other models.
    pub fn etcd_writes(&self) -> Option<Vec<EtcdWrite>> {
        let checks = match &self.proto {
            AnyProtocol::Etcd(e) => &e.rules.owner_checks,
            AnyProtocol::Central(_)
            | AnyProtocol::LocalLock(_)
            | AnyProtocol::ZooKeeper(_)
            | AnyProtocol::Redis(_)
            | AnyProtocol::Redlock(_)
            | AnyProtocol::Sharded(_) => return None,
        };
        let writes = self.core.storage.log.iter().zip(checks);
        let same = writes.filter(|(w, c)| w.at == c.at && w.worker.0 == c.worker);
        Some(
            same.map(|(&write, c)| EtcdWrite {
                write,
                key_revision: c.key_revision,
                is_owner: c.is_owner(),
            })
            .collect(),
        )
    }
}

#[cfg(test)]
#[path = "view_steps_tests.rs"]
mod tests;
