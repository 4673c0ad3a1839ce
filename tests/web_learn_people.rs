//! Chapter 9 of the course, the locks people run, in the browser where it is computed: every
//! number in its narration against an independent reading of the lab's event log (and, for
//! message totals, of every message seen on the wire). Each lab is rebuilt from the link the
//! course hands to the Lock lab, so the link replays the same run.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_learn_people`.

use ringlock::i18n::Lang;
use ringlock::learn::check::{is_right, Guess, Truth};
use ringlock::learn::course::{PeopleStep, Step, HERD_TOLERANCE};
use ringlock::learn::facts::facts;
use ringlock_lock::{LabScenario, LogKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
mod learn_helpers;
use common::{tick, Mounted};
use learn_helpers::people::{
    clock_jump, first, first_overlap, one_of, rejected_write, sum, zk, ClockJump,
};
use learn_helpers::{both, ms, pause_of, replay, says, winning_votes, worker};

fn step(s: PeopleStep) -> Step {
    Step::People(s)
}

#[wasm_bindgen_test]
fn zookeeper_predecessor_watches_wake_one_waiter_and_the_herd_wakes_them_all() {
    let one = zk(PeopleStep::Predecessor);
    let herd = zk(PeopleStep::Herd);
    assert_eq!(one.notified, 1);
    assert_eq!(herd.notified as usize, herd.waiting, "one per waiter");
    assert!(herd.waiting > 1);
    assert_eq!(
        (one.holder, one.at, one.waiting),
        (herd.holder, herd.at, herd.waiting)
    );
    assert!(herd.messages > 3 * one.messages);
    assert!(one.fifo_kept && herd.fifo_kept, "FIFO either way");
    let workers = LabScenario::ZooKeeper.settings().workers;
    for (s, z) in [(PeopleStep::Predecessor, &one), (PeopleStep::Herd, &herd)] {
        let q = step(s).question().unwrap();
        both(step(s), |lang, f| {
            says(&f.before, &workers.to_string());
            says(&f.before, &worker(lang, z.holder));
            says(&f.before, &ms(lang, z.at));
            says(&f.before, &format!(" {} ", z.waiting));
            says(&f.after, &format!(" {}", z.notified));
            says(&f.after, &worker(lang, z.next));
            says(&f.after, &lang.num(z.handoffs));
            says(&f.after, &lang.num(z.wakeups));
            says(&f.after, &one_of(z.wakeups, z.handoffs));
            says(&f.after, &lang.num(z.grants));
            says(&f.after, &lang.num(z.messages));
            says(&f.after, &one_of(z.messages, z.grants));
            assert_eq!(f.truth, Some(Truth::Count(z.notified)));
            assert_eq!(f.measured, Some(z.notified.to_string()));
            let truth = f.truth.clone().unwrap();
            assert!(is_right(q, &Guess::Count(z.notified), &truth));
            assert!(!is_right(q, &Guess::Count(z.notified + 2), &truth));
        });
    }
    assert!(!is_right(
        step(PeopleStep::Predecessor).question().unwrap(),
        &Guess::Count(one.waiting as u64),
        &Truth::Count(one.notified)
    ));
    assert!(is_right(
        step(PeopleStep::Herd).question().unwrap(),
        &Guess::Count(herd.notified - HERD_TOLERANCE),
        &Truth::Count(herd.notified)
    ));
    both(step(PeopleStep::Predecessor), |lang, f| {
        says(f.ask.as_deref().unwrap(), &worker(lang, one.holder));
        says(&f.after, &ms(lang, LabScenario::ZooKeeper.duration()));
    });
    both(step(PeopleStep::Herd), |_, f| {
        says(f.theory.as_deref().unwrap(), &herd.waiting.to_string());
        // The predecessor run's totals, beside the herd's.
        says(&f.after, &one_of(one.messages, one.grants));
    });
}

#[wasm_bindgen_test]
fn etcd_the_paused_owners_write_meets_storages_guard_and_its_key_is_gone() {
    let s = step(PeopleStep::Etcd);
    let p = pause_of(s);
    let (log, _, run) = replay(s);
    let (wrote, (token, highest)) = rejected_write(&log, p.victim);
    assert_eq!(wrote, p.write.0);
    assert!(token < highest && !p.write.2);
    // Its key went with its lease, and it was not granted again before writing: no key has
    // its revision, so IsOwner() could not hold either.
    assert!(log
        .iter()
        .filter(|e| e.at > p.expired && e.at <= wrote)
        .all(|e| !matches!(e.kind, LogKind::Granted { worker, .. } if worker == p.victim)));
    let settings = run.settings();
    both(s, |lang, f| {
        says(&f.before, &settings.workers.to_string());
        says(&f.before, &ms(lang, settings.ttl));
        says(&f.before, &worker(lang, p.victim));
        says(&f.before, &p.token.unwrap().to_string());
        says(&f.before, &ms(lang, p.at));
        says(&f.before, &ms(lang, p.pause));
        says(&f.before, "IsOwner()");
        says(f.ask.as_deref().unwrap(), &token.to_string());
        says(&f.after, &ms(lang, p.expired));
        says(&f.after, &worker(lang, p.next.0));
        says(&f.after, &p.next.1.unwrap().to_string());
        says(&f.after, &ms(lang, wrote));
        says(&f.after, &highest.to_string());
        says(
            f.measured.as_deref().unwrap(),
            &format!("{token} < {highest}"),
        );
        assert_eq!(f.truth, Some(Truth::Choice(2)), "storage's guard");
    });
}

#[wasm_bindgen_test]
fn redis_failover_before_replication_gives_two_holders() {
    let s = step(PeopleStep::Failover);
    let (log, lab, run) = replay(s);
    let (failed, lost) = first(&log, |k| match *k {
        LogKind::FailedOver { lost } => Some(lost),
        _ => None,
    });
    let won = winning_votes(&log);
    let (w0, t2, v) = won[0];
    assert_eq!((lost, t2), (Some(w0), failed), "the holder's key was lost");
    let (w1, t2b, _) = *won.iter().find(|w| w.0 != w0).unwrap();
    let released = first(&log, |k| match *k {
        LogKind::WriteSent { worker, .. } if worker == w0 => Some(()),
        _ => None,
    })
    .0;
    assert!(t2b < released, "the first still held the lock");
    let overlap = first_overlap(&lab);
    assert_eq!(overlap, t2b);
    assert_eq!(run.outcome_at(), overlap + 1);
    let settings = run.settings();
    both(s, |lang, f| {
        says(&f.before, &ms(lang, settings.repl_lag));
        says(&f.before, &format!("PX {}", settings.ttl));
        says(&f.before, &worker(lang, w0));
        says(&f.before, &ms(lang, t2));
        says(&f.before, &worker(lang, w1));
        says(&f.after, &ms(lang, t2b));
        says(&f.after, &ms(lang, t2 + v));
        says(f.measured.as_deref().unwrap(), &ms(lang, overlap));
        assert_eq!(f.truth, Some(Truth::Choice(0)), "two at once");
    });
}

#[wasm_bindgen_test]
fn redlock_narrates_each_winning_attempts_steps_and_the_clock_jump() {
    let s = step(PeopleStep::ClockJump);
    let (log, lab, run) = replay(s);
    let ttl = run.settings().ttl;
    let drift = ttl / 100 + 2;
    let ClockJump {
        back,
        jump,
        first: (w1, t2, v),
        asked: t1,
        second: (w0, t2b, vb),
        votes,
        sets,
        overlap,
        lease_overlaps,
    } = clock_jump(&log, &lab);
    assert_eq!(v, ttl - (t2 - t1) - drift, "the first attempt won at once");
    let t1b = t2b - (ttl - drift - vb);
    let set_first = sets
        .into_iter()
        .filter(|&at| at < t2b && at >= t1b)
        .min()
        .unwrap();
    assert!(t1b < set_first, "T1 comes before the attempt's SETs");
    assert_eq!(overlap, t2b);
    assert!(t2 + v > t2b, "the first worker's validity had not run out");
    assert_eq!(lease_overlaps, 0);
    assert_eq!(run.outcome_at(), overlap + 1);
    both(s, |lang, f| {
        says(&f.before, "TTL − (T2 − T1)");
        says(&f.before, &format!("PX {ttl}"));
        says(&f.before, &ms(lang, drift));
        says(&f.before, &ms(lang, back));
        says(&f.before, &worker(lang, w1));
        says(&f.before, &ms(lang, t1));
        says(&f.before, &ms(lang, t2));
        says(&f.before, &sum(lang, ttl, t2, t1, drift, v));
        says(&f.before, &ms(lang, jump));
        says(f.ask.as_deref().unwrap(), &ms(lang, back));
        says(&f.after, &worker(lang, w0));
        says(&f.after, &ms(lang, t2b));
        says(&f.after, &format!("{votes}"));
        says(&f.after, &ms(lang, t1b));
        says(&f.after, &sum(lang, ttl, t2b, t1b, drift, vb));
        says(&f.after, &ms(lang, t2 + v));
        says(f.measured.as_deref().unwrap(), &ms(lang, overlap));
        assert_eq!(f.truth, Some(Truth::Choice(0)));
    });
}

#[wasm_bindgen_test]
fn the_closing_step_replays_the_stale_write_and_asks_which_lock_needs_fencing() {
    let s = step(PeopleStep::Correctness);
    let p = pause_of(s);
    assert!(
        p.write.2 && p.write.1 < p.next.1,
        "the stale write is accepted"
    );
    // "its delayed-restart lesson keeps it safe"
    assert!(LabScenario::RestartDelayed.facts().overlaps.is_empty());
    both(s, |lang, f| {
        says(&f.before, &worker(lang, p.victim));
        says(&f.before, &worker(lang, p.next.0));
        says(&f.before, &p.write.1.unwrap().to_string());
        says(&f.before, &p.next.1.unwrap().to_string());
        says(&f.after, &p.write.1.unwrap().to_string());
        says(&f.after, &p.next.1.unwrap().to_string());
        says(
            &f.after,
            if lang == Lang::En {
                "accepted"
            } else {
                "接受"
            },
        );
        assert_eq!(f.options.len(), 3);
        assert_eq!(f.truth, Some(Truth::Choice(1)), "the balance");
    });
    assert_eq!(
        facts(s, Lang::En).measured.as_deref(),
        Some(
            format!(
                "accepted: token {} after {}",
                p.write.1.unwrap(),
                p.next.1.unwrap()
            )
            .as_str()
        )
    );
}

#[wasm_bindgen_test]
fn each_run_stops_at_the_moment_that_answers_its_question() {
    for s in [PeopleStep::Predecessor, PeopleStep::Herd] {
        let run = step(s).lock().unwrap();
        assert_eq!(run.outcome_at(), run.duration(), "{s:?}: the run's totals");
    }
    for s in [PeopleStep::Etcd, PeopleStep::Correctness] {
        let run = step(s).lock().unwrap();
        assert_eq!(run.outcome_at(), pause_of(step(s)).write.0 + 1, "{s:?}");
    }
}

#[wasm_bindgen_test]
async fn the_count_question_refuses_a_fraction_then_checks_a_whole_number_beside_the_lab() {
    let app = Mounted::new("#learn=9.1").await;
    assert!(app.find(".learn-lab").is_some(), "the lock lab is hosted");
    assert!(
        app.find(".learn-outcome").is_none(),
        "nothing told before a guess"
    );
    let f = facts(step(PeopleStep::Predecessor), Lang::En);
    assert!(app.find(".learn-after").is_none());
    let guess = |value: String| {
        let app = &app;
        async move {
            app.input("#learn-guess").set_value(&value);
            app.get(".learn-percent button[type=submit]")
                .dyn_into::<web_sys::HtmlElement>()
                .unwrap()
                .click();
            tick().await;
        }
    };
    says(&app.text(".learn-tolerance"), "exact number");
    guess("2.5".into()).await;
    says(&app.text(".learn-question [role=alert]"), "whole number");
    assert!(app.find(".learn-outcome").is_none());
    let Some(Truth::Count(sent)) = f.truth else {
        panic!("a count")
    };
    guess(sent.to_string()).await;
    assert!(app.find(".learn-verdict.right").is_some());
    says(&app.text(".learn-compare .measured"), &sent.to_string());
    says(&app.text(".learn-outcome"), &f.after);
}
