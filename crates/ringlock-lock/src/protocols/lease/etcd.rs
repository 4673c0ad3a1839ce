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
use crate::engine::log_kind::LogKind;
use crate::protocols::protocol::Ctx;
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
mod tests {
    use crate::{
        Action, Expect, Invariant, LabScenario, LogKind, Model, Settings, Sim, FIRST_TOKEN,
    };

    fn settings(workers: u32) -> Settings {
        Settings {
            model: Model::Etcd,
            workers,
            latency: 20,
            jitter: 0,
            ..Settings::default()
        }
    }

    fn tokens(sim: &Sim) -> Vec<u64> {
        sim.log_since(0)
            .filter_map(|e| match e.kind {
                LogKind::Holding { token, .. } => token,
                _ => None,
            })
            .collect()
    }

    #[test]
    fn revision_tokens_strictly_increase_and_skip() {
        let mut sim = Sim::new(3, settings(5)).unwrap();
        sim.run_until(20_000);
        let t = tokens(&sim);
        assert!(t.len() > 20, "{t:?}");
        assert_eq!(t[0], FIRST_TOKEN);
        assert!(t.windows(2).all(|p| p[0] < p[1]), "{t:?}");
        assert!(
            t.windows(2).any(|p| p[1] > p[0] + 1),
            "revisions skip: {t:?}"
        );
        assert!(sim.etcd_revision().unwrap() > *t.last().unwrap());
        assert_eq!(sim.last_token(), t.last().copied());
        for v in Invariant::ALL {
            assert_eq!(sim.monitor().count(v), 0, "{v:?}");
        }
        assert_eq!(
            Sim::new(3, Settings::default()).unwrap().etcd_revision(),
            None
        );
    }

    #[test]
    fn owners_go_in_revision_order_with_one_wakeup_each() {
        let s = Settings {
            watch_all: true,
            ..settings(10)
        };
        let mut sim = Sim::new(4, s).unwrap();
        sim.run_until(20_000);
        assert_eq!(sim.monitor().count(Invariant::Fifo), 0);
        let m = sim.metrics();
        assert!(m.handoffs > 20, "{m:?}");
        assert_eq!(m.wakeups_per_handoff, Some(1.0), "etcd has no herd");
    }

    /// A waiter paused while the lock reaches it: its lease runs out before it hears, its key
    /// is deleted, and on waking it gets `ErrSessionExpired` and puts a new key.
    #[test]
    fn a_woken_waiter_whose_lease_expired_starts_over() {
        let s = Settings {
            ttl: 500,
            ..settings(3)
        };
        let mut sim = Sim::new(2, s).unwrap();
        while sim.locks()[0].queue.is_empty() {
            sim.step();
        }
        let waiter = sim.locks()[0].queue[0];
        sim.apply(Action::Pause {
            worker: waiter,
            ms: 5_000,
        })
        .unwrap();
        sim.run_until(sim.now() + 10_000);
        let lost = sim
            .log_since(0)
            .find_map(|e| match e.kind {
                LogKind::SessionExpired { worker, revision } if worker == waiter => {
                    Some((e.index, revision))
                }
                _ => None,
            })
            .expect("ErrSessionExpired");
        assert!(lost.1 >= FIRST_TOKEN);
        let again = sim
            .log_since(lost.0)
            .find_map(|e| match e.kind {
                LogKind::Holding { worker, token, .. } if worker == waiter => token,
                _ => None,
            })
            .expect("it gets the lock later");
        assert!(again > lost.1, "a new key, a new revision");
        assert_eq!(sim.monitor().count(Invariant::ResourceOrder), 0);
        assert_eq!(sim.lost_workers(), []);
    }

    #[test]
    fn the_link_code_is_e_and_bad_links_are_errors() {
        assert_eq!(Model::Etcd.code(), "e");
        assert_eq!(Model::from_code("e"), Some(Model::Etcd));
        let lab = crate::Lab::from_fragment_part("lv=1&lm=e&ls=3")
            .unwrap()
            .unwrap();
        assert_eq!(lab.sim().settings().model, Model::Etcd);
        let back = crate::Lab::from_fragment_part(&lab.to_fragment_part())
            .unwrap()
            .unwrap();
        assert_eq!(back.sim().settings().model, Model::Etcd);
        assert!(crate::Lab::from_fragment_part("lv=1&lm=etcd&ls=3").is_err());
    }

    #[test]
    fn the_lesson_rejects_the_stale_revision() {
        let f = LabScenario::Etcd.facts();
        for e in LabScenario::Etcd.expects() {
            assert!(f.meets(*e), "{e:?}: {f:?}");
        }
        assert!(f.meets(Expect::StaleWriteRejected));
    }
}
