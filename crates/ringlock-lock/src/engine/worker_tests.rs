//! Unit tests of `engine::worker`.

use super::*;

#[test]
fn pause_and_crash_cover_the_phase() {
    let mut w = Worker::<()>::new(0, 0);
    w.phase = WorkerState::Holding;
    assert!(w.acting_holder());
    w.paused = Some(Frozen {
        until: 10,
        activity_left: Some(5),
        renew_left: None,
    });
    assert_eq!(w.state(), WorkerState::Paused);
    assert!(!w.acting_holder());
    w.crashed = true;
    assert_eq!(w.state(), WorkerState::Crashed);
}

#[test]
fn timeline_is_bounded_and_ends_open() {
    let mut w = Worker::<()>::new(0, 0);
    for t in 1..=40u64 {
        w.phase = if t % 2 == 0 {
            WorkerState::Thinking
        } else {
            WorkerState::Waiting
        };
        w.note(t);
    }
    let line: Vec<Interval> = w.timeline().collect();
    assert_eq!(line.len(), TIMELINE_LEN + 1);
    assert_eq!(line.last().unwrap().to, None);
    assert_eq!(line.last().unwrap().from, 40);
    assert!(line.windows(2).all(|p| p[0].to == Some(p[1].from)));
}

#[test]
fn state_indices_follow_all() {
    for (i, s) in WorkerState::ALL.iter().enumerate() {
        assert_eq!(s.index(), i);
    }
}
