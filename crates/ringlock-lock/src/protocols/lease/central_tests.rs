//! Unit tests of `protocols::lease::central`.

use crate::engine::queue::Event;
use crate::protocols::payload::Timer;
use crate::{Action, Invariant, LogKind, Settings, Sim, Span, WorkerId};

fn settings(lock_delay: u64) -> Settings {
    Settings {
        workers: 3,
        ttl: 1_000,
        lock_delay,
        think: Span::new(100, 100),
        hold: Span::new(200, 200),
        ..Settings::default()
    }
}

/// Run until someone holds the lock, crash it, and run to `t`.
fn crash_holder(lock_delay: u64, t: u64) -> (Sim, WorkerId) {
    let mut sim = Sim::new(4, settings(lock_delay)).unwrap();
    while sim.acting_holders().is_empty() {
        sim.step();
    }
    let victim = sim.acting_holders()[0];
    sim.apply(Action::Crash(victim)).unwrap();
    sim.run_until(t);
    (sim, victim)
}

fn at(sim: &Sim, f: impl Fn(&LogKind) -> bool) -> Option<u64> {
    sim.log_since(0).find(|e| f(&e.kind)).map(|e| e.at)
}

#[test]
fn an_expiry_holds_the_lock_back_for_exactly_the_delay() {
    let (sim, victim) = crash_holder(1_500, 10_000);
    let expired = at(
        &sim,
        |k| matches!(k, LogKind::Expired { worker, .. } if *worker == victim),
    )
    .expect("the crashed holder's lease expires");
    assert_eq!(
        at(&sim, |k| matches!(k, LogKind::LockDelayed { .. })),
        Some(expired)
    );
    let next = at(
        &sim,
        |k| matches!(k, LogKind::Granted { worker, .. } if *worker != victim),
    )
    .unwrap();
    assert_eq!(
        next,
        expired + 1_500,
        "granted exactly at expiry + lock-delay"
    );
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    assert_eq!(sim.metrics().delayed, 1_500);
    // Without the delay the next waiter gets the lock at the expiry itself.
    let (plain, victim) = crash_holder(0, 10_000);
    let expired = at(
        &plain,
        |k| matches!(k, LogKind::Expired { worker, .. } if *worker == victim),
    );
    let next = at(
        &plain,
        |k| matches!(k, LogKind::Granted { worker, .. } if *worker != victim),
    );
    assert_eq!(next, expired);
    assert!(at(&plain, |k| matches!(k, LogKind::LockDelayed { .. })).is_none());
}

#[test]
fn a_release_hands_over_at_once_even_with_a_delay_set() {
    let mut sim = Sim::new(4, settings(5_000)).unwrap();
    sim.run_until(5_000);
    assert!(at(&sim, |k| matches!(k, LogKind::Released { .. })).is_some());
    assert!(at(&sim, |k| matches!(k, LogKind::LockDelayed { .. })).is_none());
    assert_eq!(sim.metrics().delayed, 0);
    assert!(sim.metrics().grants > 5);
}

#[test]
fn requests_during_the_delay_queue_and_the_view_shows_its_end() {
    let (sim, _) = crash_holder(3_000, 1_500);
    let lock = &sim.locks()[0];
    let until = lock.delay_until.expect("in the delay");
    assert!(lock.holder.is_none() && !lock.queue.is_empty());
    assert!(until > sim.now());
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
}

#[test]
fn a_delay_that_never_ends_is_a_deadlock_past_its_end() {
    let (mut sim, _) = crash_holder(1_000, 1_500);
    let until = sim.locks()[0].delay_until.expect("in the delay");
    // Break the delay's end: it happens, but grants nobody.
    let queue = std::mem::take(&mut sim.core.queue);
    sim.core.queue = queue
        .into_iter()
        .map(|mut s| {
            if matches!(s.event, Event::Protocol(Timer::DelayEnd { .. })) {
                s.event = Event::Audit;
            }
            s
        })
        .collect();
    sim.run_until(until - 1);
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 0, "not during");
    sim.run_until(until + 50);
    assert_eq!(sim.monitor().count(Invariant::Deadlock), 1, "but after");
    let v = sim.monitor().violations().last().unwrap();
    assert_eq!(v.at, until);
}
