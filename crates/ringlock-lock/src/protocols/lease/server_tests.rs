//! Unit tests of `protocols::lease::server`: the server without leases.

use crate::{Action, Cause, Invariant, LogKind, Model, Settings, Sim, Span, WorkerId};

fn no_leases(model: Model) -> Settings {
    Settings {
        model,
        workers: 3,
        ttl: 500,
        leases: false,
        think: Span::new(100, 100),
        hold: Span::new(800, 800),
        ..Settings::default()
    }
}

fn count(sim: &Sim, f: impl Fn(&LogKind) -> bool) -> usize {
    sim.log_since(0).filter(|e| f(&e.kind)).count()
}

#[test]
fn without_leases_a_grant_never_expires_and_nobody_renews() {
    // Critical sections longer than the TTL: with leases they would expire unrenewed.
    let mut sim = Sim::new(3, no_leases(Model::Central)).unwrap();
    sim.run_until(10_000);
    assert_eq!(count(&sim, |k| matches!(k, LogKind::Expired { .. })), 0);
    assert_eq!(count(&sim, |k| matches!(k, LogKind::Renewed { .. })), 0);
    assert_eq!(
        count(&sim, |k| matches!(k, LogKind::RenewIgnored { .. })),
        0
    );
    assert!(count(&sim, |k| matches!(k, LogKind::Released { .. })) >= 5);
    assert_eq!(
        sim.monitor().counts(),
        [0; 6],
        "a FIFO queue, one holder at a time"
    );
    let lock = &sim.locks()[0];
    assert_eq!(
        (lock.expires_at, lock.remaining, lock.ttl),
        (None, None, None)
    );
    assert!(lock.token.is_some(), "grants still carry a fencing token");
}

#[test]
fn without_leases_a_crashed_holder_is_a_deadlock_under_every_leased_model() {
    for model in [Model::Central, Model::ZooKeeper, Model::Etcd] {
        let mut sim = Sim::new(9, no_leases(model)).unwrap();
        while sim.acting_holders().is_empty() {
            sim.step();
        }
        let victim: WorkerId = sim.acting_holders()[0];
        let grants = sim.metrics().grants;
        sim.apply(Action::Crash(victim)).unwrap();
        sim.run_until(20_000);
        assert_eq!(
            sim.metrics().grants,
            grants,
            "{model:?}: nobody after the crash"
        );
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 1, "{model:?}");
        let v = sim
            .monitor()
            .violations()
            .find(|v| v.invariant == Invariant::Deadlock)
            .unwrap();
        assert_eq!(v.cause, Some(Cause::HolderCannotRelease), "{model:?}");
        assert_eq!(v.workers[0], victim, "{model:?}");
    }
}

#[test]
fn with_leases_the_same_crash_recovers() {
    let settings = Settings {
        leases: true,
        ..no_leases(Model::Central)
    };
    let mut sim = Sim::new(9, settings).unwrap();
    while sim.acting_holders().is_empty() {
        sim.step();
    }
    let victim = sim.acting_holders()[0];
    sim.apply(Action::Crash(victim)).unwrap();
    sim.run_until(20_000);
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    assert!(
        count(
            &sim,
            |k| matches!(k, LogKind::Expired { worker, .. } if *worker == victim)
        ) == 1
    );
}
