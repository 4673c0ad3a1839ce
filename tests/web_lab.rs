//! The lock lab in the browser: the core's determinism in wasm, the lab reducer and the share
//! link's two halves. The models are in `web_lab_models.rs`, the mounted lab driven through the
//! DOM in `web_lab_view.rs`; their shared helpers in `lab_helpers/`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab`.

use ringlock::i18n::Lang;
use ringlock::lab::state::{LabAction, LabField};
use ringlock::lab::text::errors::lab_error_text;
use ringlock::ring::state::RingState;
use ringlock::shell::link::lab_link_part;
use ringlock::shell::tab::Tab;
use ringlock_lock::{Invariant, Lab, LabScenario, Settings, WorkerId};
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod common;

mod lab_helpers;
use lab_helpers::{hash, lab, now, shell};

/// The pinned recipe (`lock::pinned_run_hash`, also run natively by `pinned_log_hash` in
/// crates/ringlock-core/tests/lock_props.rs): the same seed and actions give the same event log
/// natively and in wasm.
#[wasm_bindgen_test]
fn the_pinned_run_hashes_the_same_in_wasm() {
    let hash = ringlock_lock::pinned_run_hash();
    assert_eq!(hash, ringlock_lock::pinned_run_hash());
    assert_eq!(hash, 0xfc8a_6c2b_94eb_5ba8, "wasm: {hash:#018x}");
}

/// The pin table (`ringlock_lock::PINS`, also checked natively by `every_pin_holds` in
/// crates/ringlock-lock/tests/lock_history_props.rs): every lesson run to its end, a
/// fixed-seed random run per model, the course's lessons and the sharded ring's give the same
/// log hashes in wasm.
#[wasm_bindgen_test]
fn every_pin_holds_in_wasm() {
    assert_eq!(ringlock_lock::PINS.len(), 30);
    assert_eq!(ringlock_lock::PINS_BEFORE_COURSE, 20);
    assert_eq!(ringlock_lock::PINS_BEFORE_SHARD, 23);
    assert_eq!(ringlock_lock::broken_pins(), [], "(run, pinned, got)");
}

#[wasm_bindgen_test]
fn every_lesson_plays_and_shows_its_outcome() {
    let s = lab("");
    let s = s.reduce(LabAction::LoadScenario(LabScenario::GcPause));
    assert!(!s.playing, "a lesson waits at time 0 for a prediction");
    let s = s.reduce(LabAction::RunToEnd);
    assert!(!s.playing);
    assert_eq!(now(&s), LabScenario::GcPause.duration());
    {
        let l = &s.lab;
        assert!(l.sim().monitor().count(Invariant::ResourceOrder) > 0);
        let stale_accepted = l.sim().storage_log().any(|w| {
            w.accepted && matches!((w.token, w.highest_before), (Some(t), Some(h)) if t < h)
        });
        assert!(stale_accepted, "without fencing the stale write lands");
    }
    let s = s.reduce(LabAction::LoadScenario(LabScenario::GcPauseFenced));
    let s = s.reduce(LabAction::RunToEnd);
    assert!(s.lab.sim().storage_log().any(|w| !w.accepted));
    assert_eq!(s.lab.sim().monitor().count(Invariant::ResourceOrder), 0);
    // The victim's write the lesson's facts report is the one the UI's lab rejected.
    let facts = LabScenario::GcPauseFenced.facts();
    let (at, token, accepted) = facts.victim_write.unwrap();
    assert!(!accepted);
    assert!(s
        .lab
        .sim()
        .storage_log()
        .any(|w| w.at == at && w.token == token && !w.accepted));
}

#[wasm_bindgen_test]
fn playback_advances_real_time_times_speed_and_stops_at_the_lesson_end() {
    let s = lab("");
    let s = s.reduce(LabAction::Tick(16.0));
    assert_eq!(now(&s), 0, "paused: ticks do nothing");
    let s = s.reduce(LabAction::Play);
    let s = s.reduce(LabAction::SetSpeed(10.0));
    let s = s.reduce(LabAction::Tick(16.0));
    assert_eq!(now(&s), 160);
    let s = s.reduce(LabAction::SetSpeed(1_000.0));
    assert_eq!(s.speed, 100.0, "clamped");
    let s = s.reduce(LabAction::Tick(5_000.0));
    assert_eq!(now(&s), 160 + 10_000, "a long frame counts as 100 ms");

    let s = s.reduce(LabAction::LoadScenario(LabScenario::HolderCrash));
    let s = s.reduce(LabAction::Play); // after the student's guess
    let s = s.reduce(LabAction::SetSpeed(100.0));
    let mut s = s;
    for _ in 0..20 {
        s = s.reduce(LabAction::Tick(50.0));
    }
    assert_eq!(now(&s), LabScenario::HolderCrash.duration());
    assert!(!s.playing, "the lesson pauses at its end");
}

#[wasm_bindgen_test]
fn stepping_back_and_forward_retraces_the_same_history() {
    let mut s = lab("");
    for _ in 0..12 {
        s = s.reduce(LabAction::Step);
    }
    let (t, h) = (now(&s), hash(&s));
    assert!(t > 0);
    let back = s.reduce(LabAction::StepBack);
    assert!(now(&back) < t);
    let again = back.reduce(LabAction::Step);
    let mut again = again;
    while now(&again) < t {
        again = again.reduce(LabAction::Step);
    }
    again = again.reduce(LabAction::Seek(t));
    assert_eq!(hash(&again), h, "the replayed future is the same");
    let scrubbed = again.reduce(LabAction::Seek(0)).reduce(LabAction::Seek(t));
    assert_eq!(hash(&scrubbed), h);
}

#[wasm_bindgen_test]
fn refused_actions_say_why_with_the_limits_and_change_nothing() {
    let s = lab("");
    let s = s.reduce(LabAction::Crash(WorkerId(1)));
    let h = hash(&s);
    let s = s.reduce(LabAction::Crash(WorkerId(1)));
    let (field, error) = s.error.clone().expect("an error");
    assert_eq!(field, LabField::Worker);
    assert!(lab_error_text(Lang::En, &error).contains("Worker 1 has crashed"));
    assert_eq!(hash(&s), h);
    let s = s.reduce(LabAction::SetNumber(LabField::Ttl, "50".into()));
    let (field, error) = s.error.clone().unwrap();
    assert_eq!(field, LabField::Ttl);
    assert_eq!(
        lab_error_text(Lang::En, &error),
        "Lease TTL must be between 100 and 60,000 (got 50)."
    );
    assert_eq!(
        lab_error_text(Lang::Zh, &error),
        "租约 TTL必须在 100 到 60,000 之间（输入为 50）。"
    );
    let s = s.reduce(LabAction::Spawn("abc".into()));
    assert_eq!(
        lab_error_text(Lang::En, &s.error.clone().unwrap().1),
        "“abc” is not a whole number."
    );
    let s = s.reduce(LabAction::Spawn("996".into()));
    assert!(lab_error_text(Lang::En, &s.error.clone().unwrap().1).contains("1,000"));
    let s = s.reduce(LabAction::Spawn("995".into()));
    assert!(s.error.is_none());
    assert_eq!(s.lab.sim().worker_count(), 1_000);
}

#[wasm_bindgen_test]
fn the_link_carries_the_lab_beside_the_ring_and_replays_it() {
    let s = lab("");
    let s = s.reduce(LabAction::LoadScenario(LabScenario::GcPause));
    let s = s.reduce(LabAction::Seek(3_000));
    let s = s.reduce(LabAction::Spawn("2".into()));
    let s = s.reduce(LabAction::SetFencing(true));
    let s = s.reduce(LabAction::Seek(6_000));
    let s = s.reduce(LabAction::Shown(true));
    let part = lab_link_part(&s, Tab::Lab).expect("a touched lab is in the link");
    assert!(part.contains("lq=gc") && part.ends_with("&t=lab"), "{part}");
    let ring = "v=1&n=a,b,c&vn=8&k=100&s=ring";
    let link = format!("#{ring}&{part}");

    let back = lab(&link);
    assert_eq!(shell(&link).tab, Tab::Lab);
    assert_eq!(back.lesson, Some(LabScenario::GcPause));
    assert!(back.notice.is_none());
    assert_eq!(now(&back), 6_000);
    assert_eq!(hash(&back), hash(&s));
    // The ring reads its own keys from the same fragment.
    let app = RingState::from_fragment(&link);
    assert!(app.notice.is_none());
    assert_eq!(app.ring.node_ids().len(), 3);
}

#[wasm_bindgen_test]
fn a_malformed_lab_part_opens_the_default_lab_with_a_notice() {
    let s = lab("#v=1&n=a&lv=1&ls=x&t=lab");
    let error = s.notice.expect("a notice");
    assert_eq!(shell("#v=1&n=a&lv=1&ls=x&t=lab").tab, Tab::Lab);
    let text = ringlock::lab::text::errors::link_error_text(Lang::En, &error);
    assert!(text.contains("“ls=…”"), "{text}");
    let default = Lab::new(1, Settings::default()).unwrap();
    assert_eq!(hash(&s), default.log_hash());
    // An action that cannot replay (crashing worker 9 of 5).
    let s = lab("#lv=1&ls=3&la=100c9");
    assert!(s.notice.is_some());
    let s = s.reduce(LabAction::DismissNotice);
    assert!(s.notice.is_none());
    // No lab part at all: the default lab, no notice, the ring tab.
    let s = lab("#v=1&n=a");
    assert!(s.notice.is_none());
    assert_eq!(shell("#v=1&n=a").tab, Tab::Ring);
    assert_eq!(
        lab_link_part(&s, Tab::Ring),
        None,
        "the untouched lab stays out of the link"
    );
}
