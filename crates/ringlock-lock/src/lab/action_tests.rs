//! Unit tests of the actions: refusals change nothing, pauses keep their time.

use super::*;
use crate::Settings;

fn sim() -> Sim {
    Sim::new(3, Settings::default()).unwrap()
}

#[test]
fn acting_on_a_crashed_worker_is_an_error() {
    let mut s = sim();
    let w = WorkerId(1);
    s.apply(Action::Crash(w)).unwrap();
    assert_eq!(s.apply(Action::Crash(w)), Err(LockError::Crashed(w)));
    assert_eq!(
        s.apply(Action::Pause { worker: w, ms: 10 }),
        Err(LockError::Crashed(w))
    );
    assert_eq!(s.apply(Action::Resume(w)), Err(LockError::Crashed(w)));
    assert_eq!(
        s.apply(Action::Resume(WorkerId(99))),
        Err(LockError::UnknownWorker(WorkerId(99)))
    );
}

#[test]
fn spawning_is_bounded() {
    let mut s = sim();
    assert!(s.apply(Action::Spawn(995)).is_ok());
    assert_eq!(
        s.apply(Action::Spawn(1)),
        Err(LockError::TooManyWorkers {
            max: 1_000,
            would_be: 1_001
        })
    );
    assert!(matches!(
        s.apply(Action::Spawn(0)),
        Err(LockError::Settings(_))
    ));
}

#[test]
fn pause_then_resume_keeps_the_remaining_time() {
    let mut s = sim();
    let w = WorkerId(0);
    let deadline = s.core.workers[0].deadline.unwrap();
    s.apply(Action::Pause { worker: w, ms: 50 }).unwrap();
    assert_eq!(
        s.apply(Action::Pause { worker: w, ms: 50 }),
        Err(LockError::AlreadyPaused(w))
    );
    s.run_until(20);
    s.apply(Action::Resume(w)).unwrap();
    assert_eq!(s.core.workers[0].deadline, Some(deadline + 20));
    assert_eq!(s.apply(Action::Resume(w)), Err(LockError::NotPaused(w)));
}

#[test]
fn a_bad_setting_changes_nothing() {
    let mut s = sim();
    let before = (s.log_total(), *s.settings());
    assert!(s.apply(Action::Set(Setting::Latency(5_000))).is_err());
    assert_eq!((s.log_total(), *s.settings()), before);
    let r = s.apply(Action::Set(Setting::Fencing(false))).unwrap();
    assert_eq!(r.end - r.start, 1);
    assert!(!s.settings().fencing);
}

#[test]
fn switching_renewal_on_renews_the_current_holder() {
    let settings = Settings {
        workers: 1,
        renewal: false,
        hold: crate::Span::new(5_000, 5_000),
        ..Settings::default()
    };
    let mut s = Sim::new(1, settings).unwrap();
    while s.acting_holders().is_empty() {
        s.step();
    }
    s.apply(Action::Set(Setting::Renewal(true))).unwrap();
    s.run_until(s.now() + 4_000);
    assert!(s
        .log_since(0)
        .any(|e| matches!(e.kind, LogKind::Renewed { .. })));
    assert!(!s
        .log_since(0)
        .any(|e| matches!(e.kind, LogKind::Expired { .. })));
}
