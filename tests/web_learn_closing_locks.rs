//! Chapter 11's lock steps (security and the FAQ's lock server), in the browser where they
//! are computed: every narrated number against the event logs of the labs the course's links
//! rebuild, run to the lesson's end (times and workers are written with the lab's own
//! formats). Its ring and performance steps are in `web_learn_closing.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_closing_locks`.

mod learn_helpers;

use learn_helpers::closing::{both, lock_run};
use learn_helpers::{replay_run as replay, says, says_count};
use ringlock::lab::common::{millis, worker_name};
use ringlock::learn::check::Truth;
use ringlock::learn::locks::LockRun;
use ringlock::learn::steps::closing::ClosingStep;
use ringlock_lock::{Cause, CourseLesson, Invariant, Lab, LabScenario, LogEntry, LogKind};
use ringlock_lock::{Time, Violation, WorkerId};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Releases that deleted another worker's key: (when, sender, owner).
fn foreign_deletes(log: &[LogEntry]) -> Vec<(Time, WorkerId, WorkerId)> {
    log.iter()
        .filter_map(|e| match e.kind {
            LogKind::KeyDeleted {
                worker,
                owner: Some(o),
                ..
            } if o != worker => Some((e.at, worker, o)),
            _ => None,
        })
        .collect()
}

fn overlaps(lab: &Lab) -> Vec<Violation> {
    lab.sim()
        .monitor()
        .violations()
        .filter(|v| v.invariant == Invariant::HolderExclusion)
        .cloned()
        .collect()
}

/// `w` started holding at `at` (its grant reached it then).
fn holds_at(log: &[LogEntry], w: WorkerId, at: Time) -> bool {
    log.iter()
        .any(|e| e.at == at && matches!(e.kind, LogKind::Holding { worker, .. } if worker == w))
}

/// When the earlier holder of an overlap last started holding, before the overlap.
fn held_since(log: &[LogEntry], v: &Violation) -> Time {
    log.iter()
        .filter(|e| {
            e.at <= v.at
                && matches!(e.kind, LogKind::Holding { worker, .. } if worker == v.workers[1])
        })
        .map(|e| e.at)
        .max()
        .expect("the earlier holder held")
}

/// The release (when, sender) that deleted the earlier holder's key while it held, before
/// the overlap and while the key, set `ttl` before its expiry, would still have been live
/// then: the overlap is the `DEL`'s doing, not the expiry's.
fn deleted_under(log: &[LogEntry], v: &Violation, ttl: Time) -> Option<(Time, WorkerId)> {
    let robbed = v.workers[1];
    let since = held_since(log, v);
    let set = log
        .iter()
        .filter(|e| {
            e.at <= since
                && matches!(e.kind, LogKind::KeySet { worker, won: true, .. } if worker == robbed)
        })
        .map(|e| e.at)
        .max()
        .expect("its key was set");
    foreign_deletes(log)
        .into_iter()
        .filter(|&(at, _, o)| o == robbed && (since..=v.at).contains(&at) && set + ttl > v.at)
        .map(|(at, w, _)| (at, w))
        .next_back()
}

#[wasm_bindgen_test]
fn security_a_plain_del_deletes_another_workers_key_after_the_first_overlap_from_expiry() {
    let run = lock_run(ClosingStep::PlainDel);
    let (log, lab) = replay(run);
    let s = run.settings();
    let deletes = foreign_deletes(&log);
    let overlaps = overlaps(&lab);
    let first = &overlaps[0];
    // The first overlap: before any DEL, the earlier holder's key had expired under it.
    assert!(deletes.iter().all(|&(at, _, _)| at > first.at));
    let (taker, expired) = (first.workers[0], first.workers[1]);
    assert!(holds_at(&log, taker, first.at));
    let since = held_since(&log, first);
    assert!(log.iter().any(|e| (since..=first.at).contains(&e.at)
        && matches!(e.kind, LogKind::KeyExpired { worker, .. } if worker == expired)));
    // The first overlap after a DEL of the holder's key: who deleted it, who took the lock.
    let (second, deleter) = overlaps
        .iter()
        .find_map(|v| Some((v, deleted_under(&log, v, s.ttl)?.1)))
        .expect("a DEL causes an overlap");
    let robbed = second.workers[1];
    assert!(holds_at(&log, second.workers[0], second.at));
    both(ClosingStep::PlainDel, |lang, f| {
        says(&f.before, &s.workers.to_string());
        says(&f.before, &millis(lang, s.ttl));
        says(&f.before, &format!("PX {}", s.ttl));
        says(&f.before, &millis(lang, s.hold.max));
        says_count(&f.after, deletes.len());
        says_count(&f.after, overlaps.len());
        says(&f.after, &millis(lang, first.at));
        says(&f.after, &worker_name(lang, taker));
        says(&f.after, &worker_name(lang, expired));
        says(&f.after, &millis(lang, second.at));
        says(&f.after, &worker_name(lang, deleter));
        says(&f.after, &worker_name(lang, robbed));
        says(&f.after, &worker_name(lang, second.workers[0]));
        says(f.measured.as_deref().unwrap(), &deletes.len().to_string());
        assert_eq!(f.truth, Some(Truth::Choice(0)), "yes, it can");
    });
}

#[wasm_bindgen_test]
fn security_the_safe_release_deletes_only_its_own_key_yet_expiry_overlaps_remain() {
    let (log, lab) = replay(lock_run(ClosingStep::SafeRelease));
    let (del_log, del_lab) = replay(LockRun::Lab(LabScenario::RedisDel));
    let ttl = LabScenario::RedisDel.settings().ttl;
    assert!(foreign_deletes(&log).is_empty());
    let cas = overlaps(&lab);
    let del = overlaps(&del_lab);
    assert!(!cas.is_empty());
    assert!(cas.iter().all(|v| v.cause == Some(Cause::Expiry)));
    assert_eq!(cas[0].at, del[0].at, "the same first overlap");
    // Overlaps of the plain-DEL run that follow a DEL of the earlier holder's key.
    let by_del = del
        .iter()
        .filter(|v| deleted_under(&del_log, v, ttl).is_some())
        .count();
    both(ClosingStep::SafeRelease, |lang, f| {
        says_count(&f.after, cas.len());
        says(&f.after, &millis(lang, cas[0].at));
        says_count(&f.after, del.len());
        says_count(&f.after, by_del);
        says(f.measured.as_deref().unwrap(), &cas.len().to_string());
        assert_eq!(f.truth, Some(Truth::Choice(1)), "yes, still");
    });
}

#[wasm_bindgen_test]
fn faq_q3_points_back_to_the_crash_and_the_pause_with_their_logs_numbers() {
    let run = lock_run(ClosingStep::LockServer);
    let (log, _) = replay(run);
    let (victim, at) = log
        .iter()
        .find_map(|e| match e.kind {
            LogKind::Crashed { worker } => Some((worker, e.at)),
            _ => None,
        })
        .expect("the holder crashes");
    let granted_after = |log: &[LogEntry], t: Time| {
        log.iter().filter(|e| e.at >= t).find_map(|e| match e.kind {
            LogKind::Granted { worker, token, .. } => Some((worker, token, e.at)),
            _ => None,
        })
    };
    assert_eq!(granted_after(&log, at), None, "nobody after the crash");
    let leases = LockRun::Course(CourseLesson::CrashLeases);
    let (leases_log, _) = replay(leases);
    let crashed = leases_log
        .iter()
        .find_map(|e| matches!(e.kind, LogKind::Crashed { .. }).then_some(e.at))
        .expect("the same crash");
    let (_, _, next) = granted_after(&leases_log, crashed).expect("the lease runs out");
    let (pause_log, _) = replay(LockRun::Lab(LabScenario::GcPause));
    let (paused, froze, woke) = pause_log
        .iter()
        .find_map(|e| match e.kind {
            LogKind::Paused { worker, until } => Some((worker, e.at, until)),
            _ => None,
        })
        .expect("the holder pauses");
    let (other, newer, _) = granted_after(&pause_log, froze).expect("the lock passes on");
    assert_ne!(other, paused);
    let accepted = |w: WorkerId, from: Time| {
        pause_log
            .iter()
            .filter(|e| e.at >= from)
            .find_map(|e| match e.kind {
                LogKind::WriteAccepted { worker, token } if worker == w => Some((e.at, token)),
                _ => None,
            })
    };
    let (stale_at, stale) = accepted(paused, woke).expect("its stale write is accepted");
    let (newer_at, _) = accepted(other, froze).expect("the next holder wrote");
    let (stale, newer) = (stale.unwrap(), newer.unwrap());
    assert!(
        newer > stale && newer_at < stale_at,
        "accepted after the newer write"
    );
    both(ClosingStep::LockServer, |lang, f| {
        says(&f.before, &run.settings().workers.to_string());
        says(&f.after, &worker_name(lang, victim));
        says(&f.after, &millis(lang, at));
        says(&f.after, &millis(lang, run.duration() - at));
        says(&f.after, &millis(lang, leases.settings().ttl));
        says(&f.after, &millis(lang, next - crashed));
        says(&f.after, &worker_name(lang, paused));
        says(&f.after, &stale.to_string());
        says(&f.after, &newer.to_string());
        assert_eq!(f.truth, Some(Truth::Choice(1)));
    });
}
