//! The lock lab in the browser: the core's determinism in wasm, the lab reducer, the share
//! link's two halves, and the mounted lab driven through the DOM.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab`.

use std::rc::Rc;

use ringlock::i18n::Lang;
use ringlock::lab::state::{LabAction, LabField, LabState, NodeFault};
use ringlock::lab::text::errors::lab_error_text;
use ringlock::ring::state::RingState;
use ringlock::shell::link::lab_link_part;
use ringlock::shell::state::ShellState;
use ringlock::shell::tab::Tab;
use ringlock::ui::theme::Theme;
use ringlock_lock::{Invariant, Lab, LabScenario, LogKind, Model, Settings, WorkerId, WorkerState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlSelectElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{hash_when, tick, Mounted};

/// The pinned recipe (`lock::pinned_run_hash`, also run natively by `pinned_log_hash` in
/// crates/ringlock-core/tests/lock_props.rs): the same seed and actions give the same event log
/// natively and in wasm.
#[wasm_bindgen_test]
fn the_pinned_run_hashes_the_same_in_wasm() {
    let hash = ringlock_lock::pinned_run_hash();
    assert_eq!(hash, ringlock_lock::pinned_run_hash());
    assert_eq!(hash, 0xfc8a_6c2b_94eb_5ba8, "wasm: {hash:#018x}");
}

/// The pin table (`lock::PINS`, also checked natively by `every_pin_holds` in
/// crates/ringlock-core/tests/lock_props.rs): every lesson run to its end and a fixed-seed
/// random run per model give the same log hashes in wasm.
#[wasm_bindgen_test]
fn every_pin_holds_in_wasm() {
    assert_eq!(ringlock_lock::PINS.len(), 20);
    assert_eq!(ringlock_lock::broken_pins(), [], "(run, pinned, got)");
}

fn lab(fragment: &str) -> Rc<LabState> {
    Rc::new(LabState::from_fragment(fragment))
}

fn shell(fragment: &str) -> ShellState {
    ShellState::from_fragment(fragment, Lang::En, Theme::System)
}

fn hash(s: &LabState) -> u64 {
    s.lab.log_hash()
}

fn now(s: &LabState) -> u64 {
    s.lab.now()
}

#[wasm_bindgen_test]
fn every_lesson_plays_and_shows_its_outcome() {
    let s = lab("");
    let s = s.reduce(LabAction::LoadScenario(LabScenario::GcPause));
    assert!(s.playing, "a lesson starts playing");
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

// ----- the mounted app -----

impl Mounted {
    async fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
        tick().await;
    }

    async fn change(&self, selector: &str, value: &str) {
        let el = self.get(selector);
        if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
        } else {
            self.input(selector).set_value(value);
        }
        el.dispatch_event(&Event::new("change").unwrap()).unwrap();
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn the_tabs_switch_halves_and_the_fenced_lesson_rejects_the_stale_write() {
    let app = Mounted::new("#v=1&n=a,b&vn=4&k=10&s=ring").await;
    assert_eq!(
        app.get("#tab-ring")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    app.click("#tab-lab").await;
    assert!(app.root.query_selector("#panel-lab").unwrap().is_some());
    hash_when(|h| h.contains("&lv=1&") && h.ends_with("&t=lab")).await;

    app.click("[data-lesson=fence]").await;
    app.click(".lab-lesson button").await;
    let storage = app.text(".lab-storage");
    assert!(storage.contains("rejected"), "{storage}");
    assert!(app
        .root
        .query_selector(".writes .rejected")
        .unwrap()
        .is_some());
    assert!(app.text(".lab-monitor").contains("Safe so far"));

    app.click("[data-lesson=gc]").await;
    app.click(".lab-lesson button").await;
    assert!(app.text(".lab-monitor").contains("Resource order"));
    assert!(app
        .root
        .query_selector(".lab-monitor.unsafe")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn crashing_a_worker_and_acting_on_it_again_shows_the_reason() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    app.click("#w-3").await;
    app.click("button[aria-label='Crash worker 3']").await;
    {
        let s = app.text(".lab-detail");
        assert!(s.contains("crashed"), "{s}");
    }
    app.click("button[aria-label='Crash worker 3']").await;
    let error = app.text("#lab-detail-error");
    assert!(error.contains("Worker 3 has crashed"), "{error}");
    let cell_class = app.get("#w-3").get_attribute("class").unwrap_or_default();
    assert!(cell_class.contains("st-crashed"));
    let _ = WorkerState::Crashed;
}

#[wasm_bindgen_test]
async fn choosing_zookeeper_shows_wakeups_and_the_herd_toggle() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=5&t=lab").await;
    assert!(
        app.find("#lab-watch-all").is_none(),
        "central: no watch toggle"
    );
    assert!(!app.text(".lab-metrics").contains("Wake-ups per handoff"));
    app.change("#lab-model", "z").await;
    assert!(app.text(".lab-server").contains("ZooKeeper"));
    assert!(app.text(".lab-metrics").contains("Wake-ups per handoff"));
    assert!(
        app.find("#lab-set-lockdelay").is_none(),
        "lock-delay is Chubby's"
    );
    app.click("#lab-watch-all").await;
    hash_when(|h| h.contains("lm=z") && h.contains("E1")).await;

    let per_handoff = |app: &Mounted| -> f64 {
        let text = app.get("[data-metric=wakeups] dd").text_content().unwrap();
        text.parse().unwrap_or_else(|_| panic!("{text}"))
    };
    app.click("[data-lesson=zk]").await;
    app.click(".lab-lesson button").await;
    assert_eq!(per_handoff(&app), 1.0);
    app.click("[data-lesson=herd]").await;
    app.click(".lab-lesson button").await;
    assert!(per_handoff(&app) > 5.0);
    assert!(app
        .get("#lab-watch-all")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked());
}

#[wasm_bindgen_test]
async fn the_lock_delay_field_refuses_seventy_thousand_next_to_it() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    let before = web_sys::window().unwrap().location().hash().unwrap();
    app.change("#lab-set-lockdelay", "70000").await;
    let error = app.text("#lab-set-lockdelay-error");
    assert_eq!(
        error,
        "Lock-delay must be between 0 and 60,000 (got 70,000)."
    );
    assert_eq!(
        app.get("#lab-set-lockdelay")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(app.find("#panel-lab").is_some(), "the lab is still there");
    let after = web_sys::window().unwrap().location().hash().unwrap();
    assert!(!after.contains("D70000"), "{after}");
    assert_eq!(before.contains("la="), after.contains("la="));
    app.change("#lab-set-lockdelay", "1500").await;
    assert!(app.text("#lab-set-lockdelay-error").contains("0–60,000"));
    hash_when(|h| h.contains("D1500")).await;
}

#[wasm_bindgen_test]
async fn choosing_redis_shows_the_replica_plain_del_and_failover() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=2&t=lab").await;
    assert!(app.find("#lab-failover").is_none(), "central: no failover");
    app.change("#lab-model", "r").await;
    let server = app.text(".lab-server");
    assert!(
        server.contains("Redis: master and replica") && server.contains("Replica"),
        "{server}"
    );
    assert!(app.text(".lab-storage").contains("no token to check"));
    assert!(app.text(".lab-monitor").contains("Under Redis"));
    assert!(app.text(".lab-metrics").contains("Retries"));
    app.click("#lab-plain-del").await;
    app.click("#lab-failover").await;
    hash_when(|h| h.contains("lm=r") && h.contains("U1") && h.contains('f')).await;
    assert!(app.text(".lab-server").contains("Failed over"));
    assert!(app.text(".lab-log").contains("The master dies"));
    assert!(app.get("#lab-failover").has_attribute("disabled"));
    app.change("#lab-set-repllag", "70000").await;
    assert_eq!(
        app.text("#lab-set-repllag-error"),
        "Replication lag must be between 0 and 60,000 (got 70,000)."
    );
}

#[wasm_bindgen_test]
async fn redlock_faults_act_on_one_node_and_bad_lengths_are_refused_beside_the_field() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=3&t=lab").await;
    app.change("#lab-model", "k").await;
    assert_eq!(app.all(".redis-node").len(), 5);
    assert!(app.text(".lab-server").contains("Node E"));
    app.change("#lab-fault-ms", "0").await;
    app.click("button[aria-label=\"Jump Node C's clock forward\"]")
        .await;
    assert_eq!(
        app.text("#lab-nodes-error"),
        "Clock jump must be between 1 and 600,000 (got 0)."
    );
    assert_eq!(
        app.get("#lab-fault-ms")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    app.change("#lab-fault-ms", "1500").await;
    app.click("button[aria-label=\"Jump Node C's clock forward\"]")
        .await;
    assert_eq!(app.text("#lab-nodes-error"), "");
    let node = app.text(".redis-node[data-node='2']");
    assert!(node.contains("clock +1,500"), "{node}");
    app.click("button[aria-label=\"Cut Node D off the network\"]")
        .await;
    assert!(app
        .text(".redis-node[data-node='3']")
        .contains("down until"));
    app.change("#lab-set-restartdelay", "700000").await;
    assert_eq!(
        app.text("#lab-set-restartdelay-error"),
        "Restart delay must be between 0 and 600,000 (got 700,000)."
    );
    hash_when(|h| h.contains("j2_1500") && h.contains("x3_1500")).await;
}

#[wasm_bindgen_test]
async fn choosing_etcd_shows_revision_tokens_and_its_lesson_rejects_the_stale_write() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=5&t=lab").await;
    app.change("#lab-model", "e").await;
    hash_when(|h| h.contains("lm=e")).await;
    let server = app.text(".lab-server");
    assert!(server.contains("etcd (concurrency.Mutex)"), "{server}");
    assert!(server.contains("Revision (token)"), "{server}");
    assert!(
        app.find("#lab-watch-all").is_none(),
        "etcd has no herd mode"
    );
    assert!(app.text(".lab-settings").contains("Txn guard"));

    app.click("[data-lesson=etcd]").await;
    app.click(".lab-lesson button").await;
    let server = app.text(".lab-server");
    assert!(server.contains("store revision"), "{server}");
    let storage = app.text(".lab-storage");
    assert!(storage.contains("rejected"), "{storage}");
    assert!(app.text(".lab-monitor").contains("Safe so far"));
    let log = app.text(".lab-log");
    assert!(log.contains("waitDeletes"), "{log}");
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
