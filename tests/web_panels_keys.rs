//! The keys panel and long lists in a real browser: generating, pasting (also past the
//! limits), the language of the panels, and the node list's first hundred rows.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_panels_keys`.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlTextAreaElement;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{tick, Mounted};

mod panel_helpers;
use panel_helpers::{paste, SCENARIO};

#[wasm_bindgen_test]
async fn keys_are_generated_pasted_limited_and_cleared() {
    let app = Mounted::new(SCENARIO).await;
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("100 / 1,000,000 keys"));
    app.click(".keys-panel button[aria-label=\"Add 100 generated keys\"]");
    tick().await;
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("200 / 1,000,000 keys"));

    // A million more would pass the limit: refused before any hashing, with the numbers.
    app.click(".keys-panel button[aria-label=\"Add 1,000,000 generated keys\"]");
    tick().await;
    tick().await;
    assert!(app
        .text(".keys-panel .field-error:not(.empty)")
        .contains("1,000,200 keys would exceed the limit of 1,000,000"));

    app.click(".paste-details > summary");
    let area: HtmlTextAreaElement = app.get(".paste-form textarea").dyn_into().unwrap();
    area.set_value("apple\nbad\tname");
    app.click(".paste-form button[type=submit]");
    tick().await;
    assert!(app.text(".paste-form .field-error").starts_with("Line 2:"));
    assert_eq!(
        area.value(),
        "apple\nbad\tname",
        "a refused paste stays for fixing"
    );
    area.set_value("apple\n\npear\nkey-3\n");
    app.click(".paste-form button[type=submit]");
    tick().await;
    assert_eq!(area.value(), "");
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("202 / 1,000,000 keys"));
    assert!(app
        .text(".keys-panel .status-line")
        .contains("2 added, 1 skipped"));

    app.type_into(".remove-key input", "pear");
    app.click(".remove-key button");
    tick().await;
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("201 / 1,000,000 keys"));

    app.click(".key-actions button:first-child");
    tick().await;
    assert!(!app.text(".keys-panel .status-line").contains("refused"));

    app.click(".keys-panel button.danger");
    tick().await;
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("0 / 1,000,000 keys"));
    assert!(app.find(".stats-panel .empty-note").is_some());
}

#[wasm_bindgen_test]
async fn the_panels_follow_the_language() {
    let app = Mounted::new(SCENARIO).await;
    app.click("button[lang=\"zh-CN\"]");
    tick().await;
    assert_eq!(app.text(".nodes-panel h2"), "节点");
    assert!(app
        .text(".nodes-panel .panel-meta")
        .contains("3 / 1,000 个节点"));
    app.click("button[lang=\"en\"]");
    tick().await;
    assert_eq!(app.text(".nodes-panel h2"), "Nodes");
}

#[wasm_bindgen_test]
async fn a_large_paste_is_held_out_of_the_text_area_and_added() {
    let app = Mounted::new(SCENARIO).await;
    app.click(".paste-details > summary");
    tick().await;
    let lines: Vec<String> = (0..20_000).map(|i| format!("held-{i}")).collect();
    let not_cancelled = paste(&app, &lines.join("\n"));
    assert!(!not_cancelled, "the browser never gets the big paste");
    tick().await;
    assert!(app.find(".paste-form textarea").is_none());
    assert!(app.text(".paste-form .paste-held").contains("20,000 lines"));
    app.click(".paste-form button[type=submit]");
    // Big pastes run after a paint of the busy state.
    for _ in 0..40 {
        tick().await;
        if app.find(".paste-form .paste-held").is_none() {
            break;
        }
    }
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("20,100 / 1,000,000 keys"));
    assert!(
        app.find(".paste-form textarea").is_some(),
        "the text area is back"
    );
}

#[wasm_bindgen_test]
async fn a_paste_past_the_key_limit_is_refused_with_the_numbers() {
    let app = Mounted::new("#v=1&n=a,b&vn=1&k=999990&s=ring").await;
    // So many keys are placed in the ring worker (or, where the test page has none, on the
    // page once it fails to start): wait for them.
    for _ in 0..600 {
        if app
            .text(".keys-panel .panel-meta")
            .contains("999,990 / 1,000,000 keys")
        {
            break;
        }
        common::wait(50).await;
    }
    app.click(".paste-details > summary");
    tick().await;
    let area: HtmlTextAreaElement = app.get(".paste-form textarea").dyn_into().unwrap();
    let text: Vec<String> = (0..20).map(|i| format!("extra-{i}")).collect();
    area.set_value(&text.join("\n"));
    app.click(".paste-form button[type=submit]");
    tick().await;
    let error = app.text(".paste-form .field-error");
    assert!(error.starts_with("Line 11:"), "{error}");
    assert!(
        error.contains("1,000,010 keys would exceed the limit of 1,000,000"),
        "{error}"
    );
    assert!(app
        .text(".keys-panel .panel-meta")
        .contains("999,990 / 1,000,000 keys"));
    assert_eq!(area.value(), text.join("\n"));
}

#[wasm_bindgen_test]
async fn a_long_node_list_draws_its_first_rows_until_asked_for_all() {
    let names: Vec<String> = (1..=150).map(|i| format!("n{i}")).collect();
    let app = Mounted::new(&format!("#v=1&n={}&vn=2&k=10&s=ring", names.join(","))).await;
    let rows = |app: &Mounted| app.all(".node-table tbody tr").len();
    assert_eq!(
        rows(&app),
        ringlock::ring::components::nodes_panel::ROWS_SHOWN
    );
    assert!(app.text(".rows-capped").contains("first 25 of 150"));
    app.click(".show-all-nodes");
    tick().await;
    assert_eq!(rows(&app), 150);
    app.click(".show-all-nodes");
    tick().await;
    assert_eq!(rows(&app), 25);
    // The filter reaches past the first rows.
    app.type_into(".list-filter input", "n14");
    tick().await;
    // n14 and n140–n149.
    assert_eq!(rows(&app), 11);
    assert!(app.find(".rows-capped").is_none());
}
