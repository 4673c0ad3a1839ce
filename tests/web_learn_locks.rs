//! Chapters 7 and 8 of the course, in the browser where they are computed: every number in
//! their narration against an independent reading of the lab's event log. The lab is rebuilt
//! from the link the course hands to the Lock lab (so the link replays the same run), run to
//! the lesson's end, and its log scanned: the crash or pause, the grants after it, the
//! expiry, the paused worker's write and what storage did with it.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_locks`.

use ringlock::i18n::Lang;
use ringlock::learn::check::{is_right, Guess, Truth};
use ringlock::learn::course::{LockStep, Step, WAIT_TOLERANCE};
use ringlock::learn::facts::facts;
use ringlock_lock::{Cause, Invariant, LogEntry, LogKind, Time, WorkerId};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod learn_helpers;
use learn_helpers::{
    both, expiry_of, granted_to, grants_after, ms, pause_of, replay, says, worker, Pause,
};

/// The first crash in the log: who, when.
fn crash(log: &[LogEntry]) -> (WorkerId, Time) {
    log.iter()
        .find_map(|e| match e.kind {
            LogKind::Crashed { worker } => Some((worker, e.at)),
            _ => None,
        })
        .expect("the lesson crashes its holder")
}

#[wasm_bindgen_test]
fn chapter_7_without_leases_nobody_is_granted_after_the_crash_and_the_checker_names_it() {
    let (log, lab, run) = replay(Step::Lock(LockStep::NoLeases));
    let (victim, at) = crash(&log);
    assert!(
        grants_after(&log, at).is_empty(),
        "no grant after the crash"
    );
    let deadlock = lab
        .sim()
        .monitor()
        .violations()
        .find(|v| v.invariant == Invariant::Deadlock)
        .expect("the safety checker reports the deadlock")
        .clone();
    assert_eq!(deadlock.cause, Some(Cause::HolderCannotRelease));
    let workers = run.settings().workers;
    both(Step::Lock(LockStep::NoLeases), |lang, f| {
        says(&f.before, &worker(lang, victim));
        says(&f.before, &ms(lang, at));
        says(&f.before, &workers.to_string());
        says(f.ask.as_deref().unwrap(), &(workers - 1).to_string());
        says(&f.after, &ms(lang, run.duration() - at));
        says(&f.after, &ms(lang, deadlock.at));
        assert_eq!(f.truth, Some(Truth::Choice(1)), "they wait for ever");
        says(
            f.measured.as_deref().unwrap(),
            &ms(lang, run.duration() - at),
        );
    });
}

#[wasm_bindgen_test]
fn chapter_7_with_leases_the_wait_is_the_ttl_less_the_grants_trip() {
    let (log, _, run) = replay(Step::Lock(LockStep::Leases));
    let (victim, at) = crash(&log);
    let (next, token, granted) = grants_after(&log, at)[0];
    assert_ne!(next, victim);
    let wait = granted - at;
    let (_, victim_granted) = granted_to(&log, victim, at);
    let expired = expiry_of(&log, victim);
    let ttl = run.settings().ttl;
    // The lease counts from the server's grant: it runs out one TTL later, and the lock is
    // granted again at once.
    assert_eq!(expired, victim_granted + ttl);
    assert_eq!(granted, expired);
    let trip = at - victim_granted;
    assert_eq!(wait, ttl - trip);
    both(Step::Lock(LockStep::Leases), |lang, f| {
        says(&f.before, &ms(lang, ttl));
        says(&f.before, &ms(lang, at));
        says(&f.after, &worker(lang, next));
        says(&f.after, &ms(lang, wait));
        says(&f.after, &ms(lang, granted));
        says(&f.after, &ms(lang, expired));
        says(&f.after, &ms(lang, trip));
        says(&f.after, &token.unwrap().to_string());
        assert_eq!(f.measured, Some(ms(lang, wait)));
        says(f.theory.as_deref().unwrap(), &ms(lang, ttl));
        let truth = f.truth.clone().unwrap();
        assert_eq!(truth, Truth::Millis(wait as f64));
        let q = Step::Lock(LockStep::Leases).question().unwrap();
        assert!(
            is_right(q, &Guess::Millis(ttl as f64), &truth),
            "the TTL is close enough"
        );
        assert!(!is_right(
            q,
            &Guess::Millis(wait as f64 + WAIT_TOLERANCE + 1.0),
            &truth
        ));
        assert!(!is_right(q, &Guess::Millis(0.0), &truth));
    });
}

fn check_pause(step: Step, p: &Pause) {
    both(step, |lang, f| {
        says(&f.before, &worker(lang, p.victim));
        says(&f.before, &p.token.unwrap().to_string());
        says(&f.before, &ms(lang, p.at));
        says(&f.before, &ms(lang, p.pause));
        says(f.ask.as_deref().unwrap(), &p.write.1.unwrap().to_string());
        says(&f.after, &ms(lang, p.expired));
        says(&f.after, &worker(lang, p.next.0));
        says(&f.after, &ms(lang, p.next.2));
        says(&f.after, &p.next.1.unwrap().to_string());
        says(&f.after, &ms(lang, p.write.0));
        assert_eq!(f.truth, Some(Truth::Choice(if p.write.2 { 0 } else { 1 })));
    });
}

#[wasm_bindgen_test]
fn chapter_8_without_fencing_storage_takes_the_stale_write_after_the_newer_one() {
    let p = pause_of(Step::Lock(LockStep::Pause));
    assert!(p.pause > p.expired - p.at, "the pause outlasts the lease");
    assert!(
        p.write.1 < p.next.1,
        "the paused worker's token is the older one"
    );
    assert!(p.write.2 && p.out_of_order, "accepted, out of grant order");
    check_pause(Step::Lock(LockStep::Pause), &p);
    assert_eq!(
        facts(Step::Lock(LockStep::Pause), Lang::En)
            .measured
            .as_deref(),
        Some("accepted")
    );
}

#[wasm_bindgen_test]
fn chapter_8_with_fencing_storage_rejects_the_lower_token() {
    let p = pause_of(Step::Lock(LockStep::Fenced));
    assert!(p.write.1 < p.next.1);
    assert!(!p.write.2 && !p.out_of_order, "rejected, order kept");
    check_pause(Step::Lock(LockStep::Fenced), &p);
    assert_eq!(
        facts(Step::Lock(LockStep::Fenced), Lang::Zh)
            .measured
            .as_deref(),
        Some("拒绝")
    );
}

#[wasm_bindgen_test]
fn the_course_stops_each_run_just_after_the_moment_that_answers_it() {
    for step in [
        Step::Lock(LockStep::NoLeases),
        Step::Lock(LockStep::Leases),
        Step::Lock(LockStep::Pause),
        Step::Lock(LockStep::Fenced),
    ] {
        let (log, _, run) = replay(step);
        let at = run.outcome_at();
        let answer = match step {
            Step::Lock(LockStep::NoLeases) => run.duration(),
            Step::Lock(LockStep::Leases) => grants_after(&log, crash(&log).1)[0].2 + 1,
            _ => pause_of(step).write.0 + 1,
        };
        assert_eq!(at, answer, "{step:?}");
    }
}
