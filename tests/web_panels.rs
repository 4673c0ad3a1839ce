//! The side panels in a real browser: mount the whole app on a known link, drive the DOM the
//! way a user would, and read what the page says: nodes, vnodes, the chart. The keys panel and
//! long lists are in `web_panels_keys.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_panels`.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{tick, Mounted};

mod panel_helpers;
use panel_helpers::SCENARIO;

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
async fn beyond_two_hundred_nodes_the_bars_of_one_colour_are_one_path() {
    let names: Vec<String> = (1..=250).map(|i| format!("n{i}")).collect();
    let app = Mounted::new(&format!("v=1&n={}&vn=4&k=3000&s=ring", names.join(","))).await;
    let svg = ".chart-plot svg";
    let count = |sel: &str| app.root.query_selector_all(sel).unwrap().length();
    assert_eq!(
        count(&format!("{svg} rect:not(.band)")),
        0,
        "no bar of its own"
    );
    let paths = app
        .root
        .query_selector_all(&format!("{svg} path.bars"))
        .unwrap();
    assert!(paths.length() > 1 && paths.length() <= 250);
    // Every node with keys is one bar (one `M`) in exactly one path.
    let bars: usize = (0..paths.length())
        .map(|i| {
            let d = paths
                .get(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("d")
                .unwrap();
            d.matches('M').count()
        })
        .sum();
    app.click(".chart-table > summary");
    tick().await;
    let rows = app
        .root
        .query_selector_all(".chart-table tbody tr")
        .unwrap();
    let nonzero = (0..rows.length())
        .filter(|&i| {
            let row = rows.get(i).unwrap().unchecked_into::<Element>();
            row.query_selector("td")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                != "0"
        })
        .count();
    assert_eq!(rows.length(), 250, "the table has every node");
    assert_eq!(bars, nonzero, "one bar per node with keys");
}
