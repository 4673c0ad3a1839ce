//! The Redis and Redlock mechanisms, at exact logical times (latency 20 ms, no jitter).

use crate::{
    drift, Action, Field, Invariant, LockError, LogKind, Model, Setting, Settings, SettingsError,
    Sim, Span, WorkerId, RETRY,
};

fn settings(model: Model, workers: u32) -> Settings {
    Settings {
        model,
        workers,
        jitter: 0,
        think: Span::new(100, 100),
        hold: Span::new(200, 200),
        ..Settings::default()
    }
}

fn first(sim: &Sim, f: impl Fn(&LogKind) -> bool) -> Option<(u64, LogKind)> {
    sim.log_since(0)
        .find(|e| f(&e.kind))
        .map(|e| (e.at, e.kind))
}

#[test]
fn a_set_nx_grants_after_one_round_trip_with_the_validity_left() {
    let mut sim = Sim::new(1, settings(Model::Redis, 1)).unwrap();
    sim.run_until(140);
    let (at, kind) = first(&sim, |k| matches!(k, LogKind::Votes { .. })).unwrap();
    assert_eq!(at, 140, "asked at 100, SET at 120, answer at 140");
    let validity = 1_000 - 40 - drift(1_000);
    assert_eq!(
        kind,
        LogKind::Votes {
            worker: WorkerId(0),
            votes: 1,
            validity: Some(validity)
        }
    );
    let w = sim.worker(WorkerId(0)).unwrap();
    assert_eq!((w.token, w.valid_until), (None, Some(140 + validity)));
    let r = sim.redis().unwrap();
    assert_eq!(r.nodes[0].holder, Some(WorkerId(0)));
    assert_eq!(r.nodes[0].remaining, Some(1_000 - 20));
    assert_eq!(drift(1_000), 12);
}

#[test]
fn the_replica_lags_and_a_failover_loses_what_it_had_not_received() {
    let s = Settings {
        repl_lag: 500,
        ..settings(Model::Redis, 1)
    };
    // The key is set at 120 and reaches the replica at 620.
    let mut sim = Sim::new(1, s).unwrap();
    let replica = |sim: &Sim| sim.redis().unwrap().replica.unwrap().holder;
    sim.run_until(619);
    assert_eq!(replica(&sim), None);
    sim.run_until(620);
    assert_eq!(replica(&sim), Some(WorkerId(0)));
    // Holding from 140 to 340, write acknowledged at 380, the unlock deletes at 400.
    sim.run_until(899);
    assert_eq!(replica(&sim), Some(WorkerId(0)));
    sim.run_until(900);
    assert_eq!(replica(&sim), None);
    let mut early = Sim::new(1, s).unwrap();
    early.run_until(200);
    early.apply(Action::Failover).unwrap();
    assert_eq!(
        first(&early, |k| matches!(k, LogKind::FailedOver { .. })).map(|e| e.1),
        Some(LogKind::FailedOver {
            lost: Some(WorkerId(0))
        })
    );
    let r = early.redis().unwrap();
    assert!(r.failed_over && r.replica.is_none() && r.nodes[0].holder.is_none());
    assert_eq!(
        early.apply(Action::Failover),
        Err(LockError::AlreadyFailedOver)
    );
}

#[test]
fn a_failover_before_replication_grants_twice() {
    let s = Settings {
        repl_lag: 1_000,
        hold: Span::new(2_000, 2_000),
        ..settings(Model::Redis, 2)
    };
    let mut sim = Sim::new(1, s).unwrap();
    while sim.acting_holders().is_empty() {
        sim.step();
    }
    sim.apply(Action::Failover).unwrap();
    sim.run_until(1_500);
    assert_eq!(sim.acting_holders().len(), 2);
    assert_eq!(sim.monitor().count(Invariant::LeaseExclusion), 1);
    assert_eq!(sim.monitor().count(Invariant::HolderExclusion), 1);
    assert_eq!(sim.lost_workers(), []);
}

/// A client slower than its TTL: compare-and-delete ignores the next holder's key, a plain
/// `DEL` removes it.
#[test]
fn only_a_plain_del_deletes_another_workers_key() {
    for plain in [false, true] {
        let s = Settings {
            ttl: 1_000,
            hold: Span::new(1_500, 1_500),
            plain_del: plain,
            ..settings(Model::Redis, 3)
        };
        let mut sim = Sim::new(4, s).unwrap();
        sim.run_until(6_000);
        let foreign = sim.log_since(0).any(
            |e| matches!(e.kind, LogKind::KeyDeleted { worker, owner: Some(o), .. } if o != worker),
        );
        assert_eq!(foreign, plain);
        assert_eq!(sim.metrics().foreign_deletes > 0, plain);
        assert!(sim.metrics().retries > 0);
    }
}

#[test]
fn redlock_decides_at_the_timeout_when_nodes_are_cut_off() {
    let mut sim = Sim::new(1, settings(Model::Redlock, 1)).unwrap();
    assert_eq!(sim.vote_timeout(), 50);
    for node in [3, 4] {
        sim.apply(Action::CutOff { node, ms: 1_000 }).unwrap();
    }
    sim.run_until(2_000);
    let (at, kind) = first(&sim, |k| matches!(k, LogKind::Votes { .. })).unwrap();
    assert_eq!(
        at, 150,
        "asked at 100, three answers by 140, timeout at 150"
    );
    assert_eq!(
        kind,
        LogKind::Votes {
            worker: WorkerId(0),
            votes: 3,
            validity: Some(1_000 - 50 - 12)
        }
    );
    // After the cut-off, all five answer and the client decides on the last answer.
    let later = sim
        .log_since(0)
        .filter(|e| matches!(e.kind, LogKind::Votes { votes: 5, .. }))
        .count();
    assert!(later > 0);
    assert_eq!(sim.metrics().votes_lost, 0);
}

#[test]
fn a_clock_jump_expires_a_key_early_and_a_restart_forgets_it() {
    let s = Settings {
        hold: Span::new(9_000, 9_000),
        ttl: 10_000,
        ..settings(Model::Redlock, 1)
    };
    let mut sim = Sim::new(1, s).unwrap();
    sim.run_until(200);
    let before = sim.redis().unwrap().nodes[2];
    assert_eq!(before.remaining, Some(10_000 - 80));
    sim.apply(Action::ClockJump { node: 2, ms: 3_000 }).unwrap();
    let after = sim.redis().unwrap().nodes[2];
    assert_eq!(
        (after.remaining, after.offset),
        (Some(10_000 - 3_080), 3_000)
    );
    sim.apply(Action::Set(Setting::RestartDelay(700))).unwrap();
    sim.apply(Action::Restart(1)).unwrap();
    let node = sim.redis().unwrap().nodes[1];
    assert_eq!((node.holder, node.down_until), (None, Some(900)));
    // Set at 120 on every node: C's key expires at 7,120 by its clock, the others' later.
    sim.run_until(7_119);
    assert_eq!(sim.redis().unwrap().nodes[2].holder, Some(WorkerId(0)));
    sim.run_until(7_120);
    let nodes = sim.redis().unwrap().nodes;
    assert_eq!(
        (nodes[2].holder, nodes[0].holder),
        (None, Some(WorkerId(0)))
    );
    assert_eq!(sim.acting_holders(), [WorkerId(0)], "it still believes");
}

#[test]
fn a_failed_attempt_unlocks_what_it_got_and_retries_within_the_span() {
    let mut sim = Sim::new(2, settings(Model::Redlock, 2)).unwrap();
    sim.run_until(10_000);
    let retries: Vec<_> = sim
        .log_since(0)
        .filter(|e| matches!(e.kind, LogKind::Votes { validity: None, .. }))
        .collect();
    assert!(
        !retries.is_empty(),
        "two clients asking at once split the votes"
    );
    let loser = match retries[0].kind {
        LogKind::Votes { worker, .. } => worker,
        _ => unreachable!(),
    };
    let next = sim
        .log_since(retries[0].index)
        .find(|e| matches!(e.kind, LogKind::KeySet { worker, .. } if worker == loser))
        .unwrap();
    let gap = next.at - retries[0].at;
    assert!((RETRY.min + 20..=RETRY.max + 20).contains(&gap), "{gap}");
    assert_eq!(sim.monitor().count(Invariant::LeaseExclusion), 0);
    assert_eq!(sim.monitor().count(Invariant::HolderExclusion), 0);
    assert_eq!(sim.lost_workers(), []);
}

#[test]
fn redis_actions_are_checked() {
    let mut central = Sim::new(1, Settings::default()).unwrap();
    assert_eq!(central.apply(Action::Failover), Err(LockError::WrongModel));
    assert_eq!(
        central.apply(Action::Restart(0)),
        Err(LockError::WrongModel)
    );
    let mut redis = Sim::new(1, settings(Model::Redis, 1)).unwrap();
    assert_eq!(
        redis.apply(Action::ClockJump { node: 0, ms: 5 }),
        Err(LockError::WrongModel)
    );
    let mut redlock = Sim::new(1, settings(Model::Redlock, 1)).unwrap();
    assert_eq!(redlock.apply(Action::Failover), Err(LockError::WrongModel));
    assert_eq!(
        redlock.apply(Action::Restart(5)),
        Err(LockError::UnknownNode(5))
    );
    assert_eq!(
        redlock.apply(Action::CutOff { node: 1, ms: 0 }),
        Err(LockError::Settings(SettingsError::OutOfRange {
            field: Field::Outage,
            value: 0,
            min: 1,
            max: 600_000
        }))
    );
    assert!(redlock
        .apply(Action::ClockJump {
            node: 0,
            ms: 600_001
        })
        .is_err());
    assert_eq!(
        redlock.log_total(),
        1,
        "only the spawn: errors change nothing"
    );
}
