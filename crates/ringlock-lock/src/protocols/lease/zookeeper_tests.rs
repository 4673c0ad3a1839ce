//! Unit tests of `protocols::lease::zookeeper`.

use crate::{
    Action, Invariant, LogKind, Model, MsgKind, Settings, Sim, Span, WorkerId, WorkerState,
};

fn settings(workers: u32, watch_all: bool) -> Settings {
    Settings {
        model: Model::ZooKeeper,
        workers,
        watch_all,
        latency: 20,
        jitter: 0,
        ..Settings::default()
    }
}

#[test]
fn predecessor_watches_wake_one_waiter_per_handoff() {
    let mut sim = Sim::new(3, settings(10, false)).unwrap();
    sim.run_until(20_000);
    let m = sim.metrics();
    assert!(m.handoffs > 20, "{m:?}");
    assert_eq!(m.wakeups, m.handoffs);
    assert_eq!(m.wakeups_per_handoff, Some(1.0));
    for v in Invariant::ALL {
        assert_eq!(sim.monitor().count(v), 0, "{v:?}");
    }
    assert!(sim
        .log_since(0)
        .filter_map(|e| match e.kind {
            LogKind::Notified { count, .. } => Some(count),
            _ => None,
        })
        .all(|c| c == 1));
    assert_eq!(sim.lost_workers(), []);
}

#[test]
fn watching_all_children_wakes_the_herd() {
    let mut sim = Sim::new(3, settings(10, true)).unwrap();
    sim.run_until(20_000);
    let m = sim.metrics();
    assert!(m.wakeups_per_handoff.unwrap() > 3.0, "{m:?}");
    let mut pred = Sim::new(3, settings(10, false)).unwrap();
    pred.run_until(20_000);
    let p = pred.metrics();
    assert!(m.messages_per_grant.unwrap() > p.messages_per_grant.unwrap() + 5.0);
    assert_eq!(
        sim.monitor().count(Invariant::Fifo),
        0,
        "the herd is still FIFO"
    );
    assert_eq!(sim.monitor().count(Invariant::LeaseExclusion), 0);
    assert_eq!(sim.lost_workers(), []);
}

/// With fixed timings the handoff takes exactly three one-way latencies: the watch, the
/// `getChildren`, the answer.
#[test]
fn a_handoff_is_watch_get_children_answer() {
    let s = Settings {
        workers: 2,
        think: Span::new(0, 0),
        hold: Span::new(100, 100),
        ..settings(2, false)
    };
    let mut sim = Sim::new(1, s).unwrap();
    sim.run_until(2_000);
    let released = sim
        .log_since(0)
        .find(|e| matches!(e.kind, LogKind::Released { .. }))
        .unwrap();
    let next = sim
        .log_since(released.index)
        .find_map(|e| match e.kind {
            LogKind::Holding { worker, waited, .. } if waited > 0 => Some((e.at, worker)),
            _ => None,
        })
        .unwrap();
    assert_eq!(next.0, released.at + 3 * 20);
    assert_ne!(Some(next.1), None);
}

#[test]
fn a_crashed_waiter_loses_its_watch_and_its_session_expires() {
    let mut sim = Sim::new(2, settings(3, false)).unwrap();
    while sim.locks()[0].queue.is_empty() {
        sim.step();
    }
    let waiter = sim.locks()[0].queue[0];
    sim.apply(Action::Crash(waiter)).unwrap();
    sim.run_until(sim.now() + 5_000);
    assert!(sim.log_since(0).any(|e| matches!(
        e.kind,
        LogKind::Dropped { worker, kind: MsgKind::Watch } if worker == waiter
    )));
    assert!(sim
        .log_since(0)
        .any(|e| matches!(e.kind, LogKind::Expired { worker, .. } if worker == waiter)));
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    assert_eq!(
        sim.worker(WorkerId(waiter.0)).unwrap().state,
        WorkerState::Crashed
    );
    assert_eq!(sim.lost_workers(), []);
}
