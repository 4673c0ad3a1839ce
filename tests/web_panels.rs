//! The side panels in a real browser: mount the whole app on a known link, drive the DOM the
//! way a user would, and read what the page says.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_panels`.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    ClipboardEvent, ClipboardEventInit, DataTransfer, Element, Event, HtmlElement,
    HtmlInputElement, HtmlTextAreaElement,
};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{tick, Mounted};

/// Three equal nodes, 8 vnodes each, 100 generated keys, the ring shown.
const SCENARIO: &str = "#v=1&n=a,b,c&vn=8&k=100&s=ring";

impl Mounted {
    /// Type into an input: set its value and fire `input`, as a keystroke would.
    fn type_into(&self, selector: &str, value: &str) {
        let input = self.input(selector);
        input.set_value(value);
        input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    }

    /// Type, then commit (the `change` a blur or Enter fires).
    fn commit(&self, selector: &str, value: &str) {
        self.type_into(selector, value);
        self.input(selector)
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
    }

    fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
    }

    /// The number in a cell or attribute, ignoring thousands separators.
    fn number(&self, selector: &str) -> u64 {
        let text = self.text(selector).replace(',', "");
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{selector} holds {text:?}"))
    }

    fn add_node(&self, name: &str, weight: &str) {
        self.type_into(".add-node input[type=text]", name);
        self.type_into(".add-node .field.weight input", weight);
        self.click(".add-node button[type=submit]");
    }
}

#[wasm_bindgen_test]
async fn adding_a_node_lists_it_and_clears_the_form() {
    let app = Mounted::new(SCENARIO).await;
    assert!(app
        .text(".nodes-panel .panel-meta")
        .contains("3 / 1,000 nodes"));
    app.add_node("delta", "2");
    tick().await;
    let row = app.get(".node-row[data-node=\"delta\"]");
    assert_eq!(
        row.query_selector(".weight-input")
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "2"
    );
    assert!(app
        .text(".nodes-panel .panel-meta")
        .contains("4 / 1,000 nodes"));
    assert_eq!(app.input(".add-node input[type=text]").value(), "");
    // The join is reported: every moved key went to the new node.
    assert!(app.text(".last-change .headline").contains("delta joined"));
    assert!(app.find(".last-change .check.ok").is_some());
}

#[wasm_bindgen_test]
async fn killing_a_node_moves_exactly_its_keys() {
    let app = Mounted::new(SCENARIO).await;
    let owned = app.number(".node-row[data-node=\"b\"] .col-keys");
    assert!(owned > 0, "node b owns keys in this scenario");
    app.click(".node-row[data-node=\"b\"] button[aria-label=\"Kill b\"]");
    tick().await;
    let ring = app.get(".moved-row[data-scheme=\"ring\"]");
    assert_eq!(ring.get_attribute("data-moved").unwrap(), owned.to_string());
    assert!(ring
        .text_content()
        .unwrap()
        .contains(&format!("{owned} moved")));
    assert!(app
        .text(".node-row[data-node=\"b\"] .col-state")
        .contains("dead"));
    // Revive gives back exactly the same keys.
    app.click(".node-row[data-node=\"b\"] button[aria-label=\"Revive b\"]");
    tick().await;
    assert_eq!(app.number(".node-row[data-node=\"b\"] .col-keys"), owned);
}

#[wasm_bindgen_test]
async fn a_duplicate_name_is_refused_next_to_the_input_and_the_text_is_kept() {
    let app = Mounted::new(SCENARIO).await;
    app.add_node("b", "1");
    tick().await;
    let name = app.input(".add-node input[type=text]");
    assert_eq!(name.value(), "b", "the typed name survives the refusal");
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = name.get_attribute("aria-describedby").unwrap();
    let error = app.get(&format!("#{described}"));
    assert!(error
        .text_content()
        .unwrap()
        .contains("A node named “b” already exists."));
    assert!(app
        .text(".nodes-panel .panel-meta")
        .contains("3 / 1,000 nodes"));
}

#[wasm_bindgen_test]
async fn markup_in_a_name_renders_as_text() {
    let app = Mounted::new(SCENARIO).await;
    let evil = "<img src=x onerror=alert(1)>";
    app.add_node(evil, "1");
    tick().await;
    assert!(
        app.find("img").is_none(),
        "no element was created from the name"
    );
    let names: Vec<String> = (0..)
        .map_while(|i| {
            app.root
                .query_selector_all(".node-name")
                .unwrap()
                .get(i)
                .and_then(|n| n.text_content())
        })
        .collect();
    assert!(names.iter().any(|n| n == evil), "{names:?}");
    let kill = format!("Kill {evil}");
    assert!(
        (0..app.root.query_selector_all("button").unwrap().length()).any(|i| {
            app.root
                .query_selector_all("button")
                .unwrap()
                .get(i)
                .and_then(|b| b.unchecked_into::<Element>().get_attribute("aria-label"))
                .as_deref()
                == Some(kill.as_str())
        })
    );
}

#[wasm_bindgen_test]
async fn weights_outside_one_to_a_hundred_are_refused() {
    let app = Mounted::new(SCENARIO).await;
    for bad in ["0", "101"] {
        app.add_node("heavy", bad);
        tick().await;
        let weight = app.input(".add-node .field.weight input");
        assert_eq!(weight.value(), bad);
        assert_eq!(
            weight.get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
        assert!(app
            .text(".add-node .field-error")
            .contains(&format!("Weight must be between 1 and 100 (got {bad}).")));
    }
    assert!(app.find(".node-row[data-node=\"heavy\"]").is_none());

    // The same in a row's weight box: the message sits under that row, the text stays.
    app.commit(".node-row[data-node=\"a\"] .weight-input", "101");
    tick().await;
    assert_eq!(
        app.input(".node-row[data-node=\"a\"] .weight-input")
            .value(),
        "101"
    );
    assert!(app
        .text(".node-row-error")
        .contains("Weight must be between 1 and 100 (got 101)."));
    app.commit(".node-row[data-node=\"a\"] .weight-input", "3");
    tick().await;
    assert!(app.find(".node-row-error").is_none());
    assert!(app
        .text(".last-change .headline")
        .contains("Weight of a: 1 → 3"));
}

#[wasm_bindgen_test]
async fn vnodes_outside_the_limits_are_refused() {
    let app = Mounted::new(SCENARIO).await;
    assert!(app.text(".vnodes-panel .panel-meta").starts_with("24 / "));
    app.commit(".vnodes-number", "2000");
    tick().await;
    assert_eq!(app.input(".vnodes-number").value(), "2000");
    assert!(app
        .text(".vnodes-panel .field-error")
        .contains("between 1 and 1,024 (got 2000)"));
    app.commit(".vnodes-number", "32");
    tick().await;
    assert!(app.text(".vnodes-panel .panel-meta").starts_with("96 / "));
    assert_eq!(app.text(".vnodes-panel .field-error"), "");
    assert!(app.text(".last-change .headline").contains("8 → 32"));

    // The slider steps through round values: stop 15 is 64 per node.
    let slider = app.input(".vnodes-slider input[type=range]");
    slider.set_value("15");
    slider
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
    slider
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert!(app.text(".vnodes-panel .panel-meta").starts_with("192 / "));
    assert_eq!(app.input(".vnodes-number").value(), "64");
    assert_eq!(
        app.input(".vnodes-slider input[type=range]")
            .get_attribute("aria-valuetext")
            .as_deref(),
        Some("64 per node")
    );
}

#[wasm_bindgen_test]
async fn the_chart_describes_itself_and_matches_the_node_list() {
    let app = Mounted::new(SCENARIO).await;
    let chart = app.get(".load-chart [role=img]");
    let summary = chart.get_attribute("aria-label").unwrap();
    assert!(
        summary.starts_with("Keys per live node under Ring: 3 nodes"),
        "{summary}"
    );
    assert_eq!(
        app.root
            .query_selector_all(".chart-plot svg rect:not(.band)")
            .unwrap()
            .length(),
        3
    );
    // The table view lists the same counts as the node list.
    app.click(".chart-table > summary");
    tick().await;
    let a_keys = app.number(".node-row[data-node=\"a\"] .col-keys");
    assert_eq!(app.number(".chart-table tbody tr:first-child td"), a_keys);
    assert_eq!(app.number(".figures .figure:nth-child(2) dd"), 100);
}

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

/// Paste `text` into the paste box the way the clipboard does.
fn paste(app: &Mounted, text: &str) -> bool {
    let data = DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    app.get(".paste-form textarea")
        .dispatch_event(&event)
        .unwrap()
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
async fn a_long_node_list_draws_a_hundred_rows_until_asked_for_all() {
    let names: Vec<String> = (1..=150).map(|i| format!("n{i}")).collect();
    let app = Mounted::new(&format!("#v=1&n={}&vn=2&k=10&s=ring", names.join(","))).await;
    let rows = |app: &Mounted| app.all(".node-table tbody tr").len();
    assert_eq!(
        rows(&app),
        ringlock::ring::components::nodes_panel::ROWS_SHOWN
    );
    assert!(app.text(".rows-capped").contains("first 100 of 150"));
    app.click(".show-all-nodes");
    tick().await;
    assert_eq!(rows(&app), 150);
    app.click(".show-all-nodes");
    tick().await;
    assert_eq!(rows(&app), 100);
    // The filter reaches past the first hundred.
    app.type_into(".list-filter input", "n14");
    tick().await;
    // n14 and n140–n149.
    assert_eq!(rows(&app), 11);
    assert!(app.find(".rows-capped").is_none());
}
