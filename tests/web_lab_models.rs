//! The lock lab's models through the reducer: ZooKeeper's herd, Chubby's lock-delay, the
//! Redis and Redlock lessons and faults, and etcd's revisions.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab_models`.

use ringlock::i18n::Lang;
use ringlock::lab::state::{LabAction, LabField, LabState, NodeFault};
use ringlock::lab::text::errors::lab_error_text;
use ringlock_lock::{Invariant, Lab, LabScenario, LogKind, Model};
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod common;

mod lab_helpers;
use lab_helpers::{hash, lab};

#[wasm_bindgen_test]
fn zookeeper_and_the_herd_change_the_metrics() {
    let s = lab("#lv=1&ls=5&lw=12");
    let s = s.reduce(LabAction::SetModel(Model::ZooKeeper));
    let s = s.reduce(LabAction::Seek(15_000));
    let pred = s.lab.sim().metrics();
    assert_eq!(pred.wakeups_per_handoff, Some(1.0), "{pred:?}");
    assert_eq!(pred.wakeups, pred.handoffs);
    let s = s.reduce(LabAction::Seek(0));
    let s = s.reduce(LabAction::SetWatchAll(true));
    assert!(s.fragment_part().contains("lm=z"), "{}", s.fragment_part());
    assert!(s.fragment_part().contains("E1"), "{}", s.fragment_part());
    let s = s.reduce(LabAction::Seek(15_000));
    let herd = s.lab.sim().metrics();
    assert!(herd.wakeups_per_handoff.unwrap() > 3.0, "{herd:?}");
    assert!(herd.messages_per_grant.unwrap() > pred.messages_per_grant.unwrap() + 3.0);
    let m = s.lab.sim().monitor().counts();
    assert_eq!(m[Invariant::Fifo.index()], 0, "the herd is still FIFO");
}

#[wasm_bindgen_test]
fn a_lock_delay_over_a_minute_is_refused_with_the_limits() {
    let s = lab("");
    let h = hash(&s);
    let s = s.reduce(LabAction::SetNumber(LabField::LockDelay, "70,000".into()));
    let (field, error) = s.error.clone().expect("an error");
    assert_eq!(field, LabField::LockDelay);
    assert_eq!(
        lab_error_text(Lang::En, &error),
        "Lock-delay must be between 0 and 60,000 (got 70,000)."
    );
    assert_eq!(
        lab_error_text(Lang::Zh, &error),
        "锁延迟必须在 0 到 60,000 之间（输入为 70,000）。"
    );
    assert_eq!(hash(&s), h);
    assert_eq!(s.lab.sim().settings().lock_delay, 0);
    let s = s.reduce(LabAction::SetNumber(LabField::LockDelay, "1500".into()));
    assert!(s.error.is_none());
    assert_eq!(s.lab.sim().settings().lock_delay, 1_500);
    assert!(s.fragment_part().contains("D1500"));
}

#[wasm_bindgen_test]
fn the_lock_delay_lesson_grants_only_after_the_delay() {
    let s = lab("").reduce(LabAction::LoadScenario(LabScenario::LockDelay));
    let s = s.reduce(LabAction::RunToEnd);
    let facts = LabScenario::LockDelay.facts();
    let expired = facts.expired_at.unwrap();
    let (_, _, granted) = facts.takeover.unwrap();
    assert_eq!(granted - expired, 2_000);
    let l = &s.lab;
    assert_eq!(l.sim().metrics().delayed, 2_000);
    assert_eq!(l.sim().monitor().count(Invariant::Deadlock), 0);
}

#[wasm_bindgen_test]
fn the_redis_lessons_show_their_outcomes() {
    let mut s = lab("");
    for (lesson, lease, holders) in [
        (LabScenario::Failover, true, true),
        (LabScenario::RedisDel, false, true),
        (LabScenario::ClockJump, false, true),
        (LabScenario::Restart, false, true),
        (LabScenario::RestartDelayed, false, false),
    ] {
        s = s.reduce(LabAction::LoadScenario(lesson));
        s = s.reduce(LabAction::RunToEnd);
        let l = &s.lab;
        let m = l.sim().monitor();
        assert_eq!(
            m.count(Invariant::LeaseExclusion) > 0,
            lease,
            "{}",
            lesson.id()
        );
        assert_eq!(
            m.count(Invariant::HolderExclusion) > 0,
            holders,
            "{}",
            lesson.id()
        );
    }
    let s = s.reduce(LabAction::LoadScenario(LabScenario::Failover));
    let s = s.reduce(LabAction::RunToEnd);
    let lost = s
        .lab
        .sim()
        .log_since(0)
        .any(|e| matches!(e.kind, LogKind::FailedOver { lost: Some(_) }));
    assert!(lost, "the key had not reached the replica");
    assert!(s.fragment_part().contains("lq=failover"));
}

#[wasm_bindgen_test]
fn node_faults_are_recorded_or_refused_with_the_reason() {
    let s = lab("").reduce(LabAction::SetModel(Model::Redlock));
    let fault = |fault, node, ms: &str| LabAction::NodeFault {
        fault,
        node,
        ms: ms.to_string(),
    };
    let error = |s: &LabState| {
        let (field, e) = s.error.clone().expect("refused");
        assert_eq!(field, LabField::Nodes);
        lab_error_text(Lang::En, &e)
    };
    let s = s.reduce(fault(NodeFault::Jump, 2, "soon"));
    assert!(error(&s).contains("soon"), "{}", error(&s));
    let s = s.reduce(fault(NodeFault::CutOff, 1, "0"));
    assert_eq!(
        error(&s),
        "Cut-off length must be between 1 and 600,000 (got 0)."
    );
    let s = s.reduce(fault(NodeFault::Restart, 7, ""));
    assert_eq!(error(&s), "There is no node 7.");
    let s = s.reduce(LabAction::Failover);
    assert_eq!(error(&s), "This action belongs to another lock model.");
    assert!(s.lab.actions().is_empty(), "nothing recorded");
    let s = s.reduce(fault(NodeFault::Jump, 2, "1,500"));
    assert_eq!(s.error, None);
    let s = s.reduce(fault(NodeFault::Restart, 0, "ignored"));
    let part = s.fragment_part();
    assert!(
        part.contains("lm=k") && part.contains("j2_1500") && part.contains("b0"),
        "{part}"
    );
    assert_eq!(s.lab.sim().redis().unwrap().nodes[2].offset, 1_500);
    let back = lab(&part);
    assert_eq!(hash(&back), hash(&s));
}

#[wasm_bindgen_test]
fn the_etcd_lesson_hands_out_increasing_revisions_that_skip_and_its_link_replays() {
    let s = lab("").reduce(LabAction::LoadScenario(LabScenario::Etcd));
    let s = s.reduce(LabAction::RunToEnd);
    let l = &s.lab;
    assert_eq!(l.sim().settings().model, Model::Etcd);
    let tokens: Vec<u64> = l
        .sim()
        .log_since(0)
        .filter_map(|e| match e.kind {
            LogKind::Holding { token, .. } => token,
            _ => None,
        })
        .collect();
    assert!(tokens.windows(2).all(|p| p[0] < p[1]), "{tokens:?}");
    assert!(tokens.windows(2).any(|p| p[1] > p[0] + 1), "{tokens:?}");
    let mut back = Lab::from_fragment_part(&l.to_fragment_part())
        .unwrap()
        .unwrap();
    back.run_until(l.now());
    assert_eq!(back.log_hash(), l.log_hash());
}
