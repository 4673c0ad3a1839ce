//! Unit tests of `lessons::course`.

use super::*;
use crate::observe::invariant::{Cause, Invariant};
use crate::WorkerId;

#[test]
fn ids_round_trip_and_do_not_clash_with_the_lab_lessons() {
    for c in CourseLesson::ALL {
        assert_eq!(CourseLesson::from_id(c.id()), Some(c));
        assert_eq!(LabScenario::from_id(c.id()), None);
        assert_eq!(c.settings().validate(), Ok(()));
    }
    assert_eq!(CourseLesson::from_id("crash"), None);
}

#[test]
fn each_twin_differs_in_one_setting_only() {
    let no_leases = CourseLesson::CrashNoLeases;
    assert_eq!(no_leases.seed(), no_leases.twin().seed());
    let twin = no_leases.twin().settings();
    assert_eq!(
        no_leases.settings(),
        Settings {
            leases: false,
            ..twin
        }
    );
    let leases = CourseLesson::CrashLeases;
    assert_eq!(leases.settings(), leases.twin().settings());
    assert_eq!(leases.seed(), leases.twin().seed());
    let cas = CourseLesson::RedisCas;
    assert_eq!(cas.seed(), cas.twin().seed());
    let del = cas.twin().settings();
    assert!(del.plain_del);
    assert_eq!(
        cas.settings(),
        Settings {
            plain_del: false,
            ..del
        }
    );
}

#[test]
fn every_course_lesson_shows_what_it_promises() {
    for c in CourseLesson::ALL {
        let facts = c.facts();
        for &e in c.expects() {
            assert!(facts.meets(e), "{}: {e:?} not met: {facts:#?}", c.id());
        }
    }
}

#[test]
fn without_leases_the_crashed_holder_blocks_everyone_for_ever() {
    let facts = CourseLesson::CrashNoLeases.facts();
    let victim = facts.victim.expect("the crash names its worker");
    assert_eq!(facts.wait_after_trigger(), None);
    assert_eq!(facts.expired_at, None);
    let deadlock = facts
        .first_violations
        .iter()
        .find(|v| v.invariant == Invariant::Deadlock)
        .expect("the monitor names the stuck lock");
    assert_eq!(deadlock.cause, Some(Cause::HolderCannotRelease));
    assert_eq!(
        deadlock.workers.first(),
        Some(&victim),
        "the crashed holder first"
    );
    assert_eq!(deadlock.workers.len(), 2, "then the first waiter");
    assert_eq!(facts.metrics.grants, 1, "nobody after the crashed holder");
    // Its lock, at the end: still held by the crashed worker, the others queued behind it.
    let mut lab = CourseLesson::CrashNoLeases.build();
    lab.run_until(CourseLesson::CrashNoLeases.duration());
    let lock = &lab.sim().locks()[0];
    assert_eq!((lock.holder, lock.holder_crashed), (Some(victim), true));
    assert_eq!((lock.expires_at, lock.remaining), (None, None));
    assert_eq!(lock.queue.len(), 2);
}

#[test]
fn with_leases_the_wait_is_measured_from_the_crash_to_the_next_grant() {
    let facts = CourseLesson::CrashLeases.facts();
    let crash = facts.trigger.expect("a recorded crash").at;
    let (next, _, granted) = facts.takeover.expect("the lock passes on");
    assert_ne!(Some(next), facts.victim);
    assert_eq!(facts.wait_after_trigger(), Some(granted - crash));
    // Independently from the log: the victim's grant, its TTL, the next grant.
    let mut lab = CourseLesson::CrashLeases.build();
    lab.run_until(CourseLesson::CrashLeases.duration());
    let log: Vec<_> = lab.sim().log_since(0).collect();
    let victim = facts.victim.unwrap();
    let granted_at = |w: WorkerId, after: u64| {
        log.iter()
            .find(|e| {
                e.at >= after
                    && matches!(e.kind, crate::LogKind::Granted { worker, .. } if worker == w)
            })
            .map(|e| e.at)
    };
    let first = granted_at(victim, 0).unwrap();
    let ttl = CourseLesson::CrashLeases.settings().ttl;
    assert_eq!(
        granted_at(next, crash),
        Some(first + ttl),
        "the next grant at the lease's end"
    );
    assert_eq!(facts.wait_after_trigger(), Some(first + ttl - crash));
    assert!(
        facts.wait_after_trigger().unwrap() < ttl,
        "less than a TTL: the lease began earlier"
    );
}

#[test]
fn the_plain_del_overlaps_are_an_expiry_then_a_delete_and_the_safe_twin_keeps_only_expiries() {
    let del = LabScenario::RedisDel.facts();
    let causes = del.overlap_causes();
    assert_eq!(causes.first(), Some(&Some(Cause::Expiry)), "{causes:?}");
    assert!(causes.contains(&Some(Cause::ForeignDelete)), "{causes:?}");
    assert_eq!(
        causes[..2],
        [Some(Cause::Expiry), Some(Cause::ForeignDelete)]
    );
    // From the log: no foreign DEL before the first overlap; before the second, one that
    // deleted the key of the holder it overlaps.
    let mut lab = LabScenario::RedisDel.build();
    lab.run_until(LabScenario::RedisDel.duration());
    let foreign: Vec<(u64, WorkerId)> = lab
        .sim()
        .log_since(0)
        .filter_map(|e| match e.kind {
            crate::LogKind::KeyDeleted {
                worker,
                owner: Some(o),
                ..
            } if o != worker => Some((e.at, o)),
            _ => None,
        })
        .collect();
    let (first, second) = (&del.overlaps[0], &del.overlaps[1]);
    assert!(foreign.iter().all(|&(at, _)| at > first.at));
    assert!(foreign
        .iter()
        .any(|&(at, o)| at < second.at && second.workers[1..].contains(&o)));
    let expiry = del.first_overlap(Cause::Expiry).unwrap();
    let delete = del.first_overlap(Cause::ForeignDelete).unwrap();
    assert!(expiry.at < delete.at, "the expiry overlap comes first");
    assert_eq!(del.overlaps[0], *expiry);
    let cas = CourseLesson::RedisCas.facts();
    let causes = cas.overlap_causes();
    assert!(!causes.is_empty());
    assert!(
        causes.iter().all(|&c| c == Some(Cause::Expiry)),
        "{causes:?}"
    );
    assert_eq!(cas.metrics.foreign_deletes, 0);
    assert_eq!(cas.first_overlap(Cause::ForeignDelete), None);
    assert_eq!(
        cas.overlaps[0], del.overlaps[0],
        "the same first overlap, before any DEL"
    );
}
