//! Unit tests of `observe::monitor`.

use super::*;

#[test]
fn a_second_unexpired_grant_is_a_violation() {
    let mut m = Monitor::new(2);
    m.on_grant(0, 0, 1, Some(100));
    m.on_grant(100, 0, 2, Some(200)); // the first ran out at 100
    assert_eq!(m.count(Invariant::LeaseExclusion), 0);
    m.on_grant(150, 1, 3, None);
    assert_eq!(m.count(Invariant::LeaseExclusion), 1);
    let v = m.violations().last().unwrap();
    assert_eq!(v.workers, [WorkerId(3), WorkerId(2)]);
    assert_eq!((v.at, v.lock), (150, Some(1)));
}

#[test]
fn two_acting_holders_and_a_stale_write() {
    let mut m = Monitor::new(1);
    m.on_acting_start(5, 0);
    m.on_acting_end(0);
    m.on_acting_start(6, 1);
    assert_eq!(m.count(Invariant::HolderExclusion), 0);
    m.on_acting_start(7, 0);
    assert_eq!(m.count(Invariant::HolderExclusion), 1);
    m.on_write_accepted(8, 1, 2);
    m.on_write_accepted(9, 0, 1);
    assert_eq!(m.count(Invariant::ResourceOrder), 1);
    assert_eq!(
        m.violations().last().unwrap().workers,
        [WorkerId(0), WorkerId(1)]
    );
}

#[test]
fn two_majorities_are_one_violation_while_they_last() {
    let mut m = Monitor::new(0);
    m.check_majority(1, vec![4]);
    m.check_majority(2, vec![4, 2]);
    m.check_majority(3, vec![4, 2]);
    assert_eq!(m.count(Invariant::LeaseExclusion), 1);
    m.check_majority(4, vec![2]);
    m.check_majority(5, vec![2, 4]);
    assert_eq!(m.count(Invariant::LeaseExclusion), 2);
    assert_eq!(
        m.violations().last().unwrap().workers,
        [WorkerId(2), WorkerId(4)]
    );
}

#[test]
fn overtakes_are_counted_and_withdrawals_are_not() {
    let mut m = Monitor::new(1);
    for (req, w) in [(1, 10), (2, 11), (3, 12)] {
        m.on_request(0, req, w);
    }
    m.on_request_granted(0, 0, 1, 10);
    m.on_request_granted(0, 0, 3, 12); // jumps request 2
    assert_eq!(m.count(Invariant::Fifo), 1);
    m.on_request(0, 4, 13);
    m.on_request_withdrawn(0, 2);
    m.on_request_granted(0, 0, 4, 13);
    assert_eq!(m.count(Invariant::Fifo), 1);
}

#[test]
fn stuck_for_an_instant_is_fine_longer_is_deadlock() {
    let mut m = Monitor::new(1);
    let held = Some(Cause::HolderCannotRelease);
    assert!(m.check_stuck(10, 0, held, Vec::new));
    m.check_stuck(10, 0, None, Vec::new);
    m.check_stuck(20, 0, held, Vec::new);
    m.check_stuck(20, 0, held, Vec::new);
    assert_eq!(m.count(Invariant::Deadlock), 0);
    m.check_stuck(21, 0, held, || vec![1, 2]);
    m.check_stuck(30, 0, held, Vec::new);
    assert_eq!(m.count(Invariant::Deadlock), 1, "once per episode");
    let v = m.violations().last().unwrap();
    assert_eq!(v.at, 20);
    assert_eq!(
        v.cause, held,
        "held by a worker that can no longer release it"
    );
    assert_eq!(v.workers, [WorkerId(1), WorkerId(2)]);
}

#[test]
fn an_overlap_names_the_expiry_then_the_foreign_delete() {
    let mut m = Monitor::new(1);
    // 0 holds a key until 1,000 and is still acting at 1,200, when 1 gets the lock.
    m.on_grant(0, 0, 0, Some(1_000));
    m.on_acting_start(20, 0);
    m.on_grant(1_200, 0, 1, Some(2_200));
    m.on_acting_start(1_220, 1);
    // 0's late plain DEL removes 1's key at 1,500; 2 gets the lock at 1,600.
    m.on_acting_end(0);
    m.on_foreign_delete(0, 1);
    m.on_grant(1_600, 0, 2, Some(2_600));
    m.on_acting_start(1_620, 2);
    let causes: Vec<_> = m.violations().map(|v| (v.invariant, v.cause)).collect();
    assert_eq!(
        causes,
        [
            (Invariant::HolderExclusion, Some(Cause::Expiry)),
            (Invariant::HolderExclusion, Some(Cause::ForeignDelete)),
        ]
    );
}

#[test]
fn an_overlap_without_reported_grants_has_no_cause() {
    let mut m = Monitor::new(0);
    m.on_acting_start(5, 0);
    m.on_acting_start(6, 1);
    assert_eq!(m.violations().last().unwrap().cause, None);
}

#[test]
fn a_holder_waking_after_its_lease_is_an_expiry() {
    let mut m = Monitor::new(1);
    m.on_grant(0, 0, 0, Some(1_000));
    m.on_acting_start(20, 0);
    m.on_acting_end(0); // paused
    m.on_lease_end(0, 0); // expired
    m.on_grant(1_000, 0, 1, Some(2_000));
    m.on_acting_start(1_020, 1);
    m.on_acting_start(2_500, 0); // wakes
    let v = m.violations().last().unwrap();
    assert_eq!(v.workers, [WorkerId(0), WorkerId(1)]);
    assert_eq!(v.cause, Some(Cause::Expiry));
}
