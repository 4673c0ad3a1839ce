//! Unit tests of `lab::view_steps`, against independent computations from the log.

use super::*;
use crate::lab::history::Lab;
use crate::{Action, LabScenario, LogKind, Model, Settings, Span};

/// TTL − (T2 − T1) − (TTL/100 + 2), computed here from the published formula.
fn validity(ttl: Time, t1: Time, t2: Time) -> i64 {
    ttl as i64 - (t2 as i64 - t1 as i64) - (ttl as i64 / 100 + 2)
}

#[test]
fn each_redlock_attempt_shows_t1_t2_drift_and_the_validity_the_log_implies() {
    let settings = Settings {
        model: Model::Redlock,
        workers: 3,
        ttl: 1_000,
        latency: 20,
        jitter: 0,
        think: Span::new(50, 300),
        ..Settings::default()
    };
    let mut sim = Sim::new(11, settings).unwrap();
    sim.apply(Action::CutOff { node: 4, ms: 1_500 }).unwrap();
    let (mut seen, mut checked, mut lost, mut slow) = (0, 0, 0, 0);
    let mut last_set: Vec<Time> = vec![0; 3];
    while sim.now() < 8_000 && sim.step().is_some() {
        let entries: Vec<_> = sim.log_since(seen).cloned().collect();
        seen = sim.log_total();
        for e in entries {
            match e.kind {
                // With no jitter every SET reaches every live node one latency after T1.
                LogKind::KeySet { worker, .. } => last_set[worker.0 as usize] = e.at,
                LogKind::Votes {
                    worker,
                    votes,
                    validity: logged,
                } => {
                    let t1 = last_set[worker.0 as usize] - 20;
                    let t2 = e.at;
                    let all = sim.acquisitions().unwrap();
                    let s = all.iter().find(|s| s.worker == worker).unwrap();
                    assert_eq!((s.t1, s.t2, s.ttl, s.drift), (t1, Some(t2), 1_000, 12));
                    assert_eq!((s.votes, s.masters, s.majority), (votes, 5, 3));
                    assert_eq!(s.elapsed(), Some(t2 - t1));
                    assert_eq!(s.validity, Some(validity(1_000, t1, t2)));
                    let won = votes >= 3 && validity(1_000, t1, t2) > 0;
                    assert_eq!(s.won, Some(won));
                    assert_eq!(logged.map(|v| v as i64), s.validity.filter(|_| won));
                    checked += 1;
                    lost += usize::from(!won);
                    slow += usize::from(t2 - t1 > 40);
                }
                _ => {}
            }
        }
    }
    assert!(checked > 10, "{checked} attempts");
    assert!(lost > 0, "some attempts lose the vote");
    assert!(slow > 0, "some wait for a node that is cut off");
}

#[test]
fn an_attempt_in_progress_has_no_t2_yet_and_other_models_have_none() {
    let settings = Settings {
        model: Model::Redis,
        workers: 1,
        ..Settings::default()
    };
    let mut sim = Sim::new(2, settings).unwrap();
    while sim
        .log_since(0)
        .all(|e| !matches!(e.kind, LogKind::Requested { .. }))
    {
        sim.step();
    }
    let s = sim.acquisitions().unwrap()[0];
    assert_eq!(
        (s.t1, s.t2, s.validity, s.won),
        (sim.now(), None, None, None)
    );
    assert_eq!((s.masters, s.majority), (1, 1));
    assert_eq!(
        Sim::new(2, Settings::default()).unwrap().acquisitions(),
        None
    );
    assert_eq!(
        Sim::new(2, Settings::default()).unwrap().etcd_writes(),
        None
    );
}

/// The etcd lesson with fencing on or off: every write, and the paused holder's.
fn etcd_run(fencing: bool) -> (Vec<EtcdWrite>, EtcdWrite) {
    let lesson = LabScenario::Etcd;
    let mut lab = Lab::new(
        lesson.seed(),
        Settings {
            fencing,
            ..lesson.settings()
        },
    )
    .unwrap();
    let facts = lesson.facts();
    let victim = facts.victim.unwrap();
    let (at, _, _) = facts.victim_write.unwrap();
    for a in lesson.build().actions() {
        lab.run_until(a.at);
        lab.apply(a.action).unwrap();
    }
    lab.run_until(lesson.duration());
    let writes = lab.sim().etcd_writes().unwrap();
    assert_eq!(writes.len(), lab.sim().storage_log().count());
    let stale = *writes
        .iter()
        .find(|w| w.write.worker == victim && w.write.at == at)
        .unwrap();
    (writes, stale)
}

#[test]
fn under_etcd_storage_rejects_the_paused_write_and_is_owner_would_too() {
    let (writes, stale) = etcd_run(true);
    assert_eq!(stale.key_revision, None, "its key is gone with its lease");
    assert!(!stale.is_owner);
    assert!(!stale.write.accepted);
    assert_eq!(stale.rejected_by(), Some(EtcdGuard::HighestRevisionSeen));
    assert_eq!(
        stale.failing_guards(),
        [EtcdGuard::IsOwner, EtcdGuard::HighestRevisionSeen]
    );
    for w in writes.iter().filter(|w| w.write.accepted) {
        assert!(w.is_owner, "{w:?}");
        assert_eq!(w.key_revision, w.write.token);
        assert_eq!(w.failing_guards(), []);
    }
}

#[test]
fn without_fencing_the_paused_write_passes_though_is_owner_fails() {
    let (_, stale) = etcd_run(false);
    assert!(stale.write.accepted);
    assert_eq!(stale.rejected_by(), None);
    assert!(!stale.is_owner);
    assert_eq!(
        stale.failing_guards(),
        [EtcdGuard::IsOwner, EtcdGuard::HighestRevisionSeen]
    );
}
