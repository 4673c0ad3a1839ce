//! The mounted lock lab driven through the DOM: the tabs, the fenced lesson, worker actions,
//! each model's panels and the refusals beside their fields.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab_view`.

use ringlock_lock::WorkerState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{hash_when, Mounted};

mod lab_helpers;

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
    // The lab mounts on the next render (later on a loaded machine).
    app.settled(|a| a.find("#panel-lab").is_some()).await;
    assert!(app.find("#panel-lab").is_some(), "the lab's panel");
    hash_when(|h| h.contains("&lv=1&") && h.ends_with("&t=lab")).await;

    app.lesson_to_end("fence").await;
    let storage = app.text(".lab-storage");
    assert!(storage.contains("rejected"), "{storage}");
    assert!(app
        .root
        .query_selector(".writes .rejected")
        .unwrap()
        .is_some());
    assert!(app.text(".lab-monitor").contains("Safe so far"));

    app.lesson_to_end("gc").await;
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
    app.lesson_to_end("zk").await;
    assert_eq!(per_handoff(&app), 1.0);
    app.lesson_to_end("herd").await;
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
    assert!(app
        .text(".lab-settings")
        .contains("Revision guard at storage"));

    app.lesson_to_end("etcd").await;
    let server = app.text(".lab-server");
    assert!(server.contains("store revision"), "{server}");
    let storage = app.text(".lab-storage");
    assert!(storage.contains("rejected"), "{storage}");
    assert!(app.text(".lab-monitor").contains("Safe so far"));
    let log = app.text(".lab-log");
    assert!(log.contains("waitDeletes"), "{log}");
}
