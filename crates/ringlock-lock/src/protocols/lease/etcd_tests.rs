//! Unit tests of `protocols::lease::etcd`.

use crate::{Action, Expect, Invariant, LabScenario, LogKind, Model, Settings, Sim, FIRST_TOKEN};

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
