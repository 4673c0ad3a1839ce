//! The Algorithms tab in the browser: the comparison table against the core's `compare`, the
//! jump refusal in words, and the real-client panel against public test vectors. The views
//! (circles, preference lists, the link, large comparisons) are in `web_algo_views.rs`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_algo`.

use ringlock::algo::components::algo_compat::Client;
use ringlock::algo::data::{algos, CompareInput, Params, TopologyChange};
use ringlock::ring::state::RingState;
use ringlock::shell::tab::Tab;
use ringlock_core::algo::compat::{key_lines, place};
use ringlock_core::algo::servers::parse_servers;
use ringlock_core::algo::{compare, Algo, Maglev};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::Mounted;

mod algo_helpers;
use algo_helpers::RING;

#[wasm_bindgen_test]
fn the_link_names_the_algorithms_tab() {
    assert_eq!(Tab::from_fragment("#v=1&t=algo"), Tab::Algorithms);
    assert_eq!(Tab::from_fragment("#v=1&t=lab"), Tab::Lab);
    assert_eq!(Tab::from_fragment("#v=1"), Tab::Ring);
}

#[wasm_bindgen_test]
async fn the_table_has_a_row_per_algorithm_and_matches_the_core() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    assert!(app.root.query_selector("#panel-algo").unwrap().is_some());
    assert_eq!(
        app.get("#tab-algo")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    let rows = app.all(".algo-compare .algo-table tbody tr");
    assert_eq!(rows.len(), Algo::all().len());

    // The same input through the core.
    let state = RingState::from_fragment(RING);
    let input = CompareInput::from_ring(&state.ring);
    assert_eq!(input.keys.len(), 500);
    let after = input.after(&TopologyChange::AddNode);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    // The ring-based rows use the Ring tab's own vnode count, so "ring" is the ring the user built.
    assert_eq!(input.vnodes, state.ring.vnodes());
    let algos = algos(&input, Params::default());
    assert_eq!(algos[0], Algo::Ring { vnodes: 4 });
    let reports = compare(&algos, &input.nodes, &after, &keys);
    for (algo, report) in algos.iter().zip(&reports) {
        let expected = report.as_ref().unwrap().moved.to_string();
        let cell = app.get(&format!("tr[data-algo={}] td.moved", algo.code()));
        assert_eq!(
            cell.get_attribute("data-moved").as_deref(),
            Some(expected.as_str()),
            "{algo:?}"
        );
    }
    let ring = reports[0].as_ref().unwrap();
    assert_eq!(ring.algo.code(), "ring");
    assert!(ring.moved > 0 && ring.flows.iter().all(|f| f.to == "new-node"));

    // Killing the first node: jump hash says why it cannot.
    app.choose(".algo-change", "kill").await;
    let refusal = app.text("tr[data-algo=jump] .refusal");
    assert!(refusal.contains("only the last one"), "{refusal}");
    assert!(app.all("tr[data-algo=ring] .refusal").is_empty());
    let bars = app.all(".algo-chart li");
    assert_eq!(bars.len(), Algo::all().len());
}

#[wasm_bindgen_test]
async fn the_compat_panel_matches_npm_hashring_and_reports_bad_lines() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    // Pre-filled: the libmemcached fixture, where `SVa_]_V41)` lives on 10.0.1.7.
    let first = app.all(".compat-table tbody tr");
    assert!(!first.is_empty());
    assert_eq!(
        first[0]
            .query_selector(".server")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "10.0.1.7:11211"
    );

    app.type_into(
        ".compat-servers",
        "192.168.0.102:11212\n192.168.0.103:11212\n192.168.0.104:11212\n",
    )
    .await;
    app.type_into(".compat-keys", "foo\npewpew\n").await;
    app.choose(".compat-client", "libketama").await;
    let servers: Vec<String> = app
        .all(".compat-table tbody td.server")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(servers, ["192.168.0.102:11212", "192.168.0.103:11212"]);
    assert!(app.text(".compat-rows").contains("2 of 2"));
    assert!(app.root.query_selector(".compat-moved").unwrap().is_some());

    app.type_into(".compat-servers", "192.168.0.102:11212\nnoport\nb:1 0\n")
        .await;
    let errors = app.text(".compat-server-status");
    assert!(
        errors.contains("Line 2") && errors.contains("Line 3"),
        "{errors}"
    );
    assert!(app.all(".compat-table").is_empty());
}

#[wasm_bindgen_test]
fn client_placement_reproduces_the_public_vectors() {
    let hashring =
        parse_servers("192.168.0.102:11212\n192.168.0.103:11212\n192.168.0.104:11212").unwrap();
    let p = place(&hashring, "foo\npewpew", &Client::Libketama.algo()).unwrap();
    let names: Vec<&str> = p.owners.iter().map(|&o| p.nodes[o].name.as_str()).collect();
    assert_eq!(names, ["192.168.0.102:11212", "192.168.0.103:11212"]);
    let redis = parse_servers("a:1\nb:1\nc:1").unwrap();
    let p = place(&redis, "foo\n{user1000}.following", &Client::Redis.algo()).unwrap();
    // foo → slot 12182, the third master's range; 3443 → the first.
    assert_eq!(p.owners, [2, 0]);
    assert_eq!(key_lines("a\r\n\nb\n").0, ["a", "b"]);
}

#[wasm_bindgen_test]
async fn epsilon_caps_the_bounded_row_and_bad_values_are_refused() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    let max = |app: &Mounted| -> u64 {
        app.get("tr[data-algo=bounded] td.max-mean")
            .get_attribute("data-max")
            .unwrap()
            .parse()
            .unwrap()
    };
    // 500 keys over 5 nodes after a join: mean 100, so ε = 0.25 caps at 125.
    assert!(max(&app) <= 125, "{}", max(&app));
    app.enter(".algo-eps", "0.1").await;
    app.until("the ε = 0.10 row", |a| {
        a.text("tr[data-algo=bounded] th").contains("ε = 0.10")
    })
    .await;
    assert!(max(&app) <= 110, "{}", max(&app));
    assert!(app.text("tr[data-algo=bounded] th").contains("ε = 0.10"));
    assert!(app.text(".algo-eps-error").is_empty());

    app.enter(".algo-eps", "5").await;
    app.until("the refusal", |a| !a.text(".algo-eps-error").is_empty())
        .await;
    assert_eq!(
        app.get(".algo-eps")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(app.text(".algo-eps-error").contains("0.10"));
    // The comparison keeps the last valid ε.
    assert!(app.text("tr[data-algo=bounded] th").contains("ε = 0.10"));
}

#[wasm_bindgen_test]
async fn maglev_size_feeds_the_row_and_small_tables_are_drawn() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    assert!(app.text("tr[data-algo=maglev] th").contains("65,537"));
    assert!(app.all(".maglev-cells").is_empty());
    app.choose(".algo-maglev-m", "7").await;
    assert!(app.text("tr[data-algo=maglev] th").contains("M = 7"));
    assert_eq!(app.all(".maglev-cells.before .cell").len(), 7);
    assert_eq!(app.all(".maglev-cells.after .cell").len(), 7);
    let changed = app.all(".maglev-cells.after .cell.changed").len();
    assert_eq!(
        app.get(".maglev-changed")
            .get_attribute("data-changed")
            .as_deref(),
        Some(changed.to_string().as_str())
    );
    app.choose(".algo-maglev-m", "251").await;
    assert_eq!(app.all(".maglev-cells.before .cell").len(), 251);

    // Killing "a": the count of slots taken from backends that stayed matches the core.
    app.choose(".algo-change", "kill").await;
    let before = Maglev::new(&["a", "b", "c", "d"], 251).unwrap();
    let after = Maglev::new(&["b", "c", "d"], 251).unwrap();
    let survivors = before
        .table()
        .iter()
        .zip(after.table())
        .filter(|&(&b, &a)| {
            b != 0 && ["a", "b", "c", "d"][b as usize] != ["b", "c", "d"][a as usize]
        })
        .count();
    assert_eq!(
        app.get(".maglev-changed")
            .get_attribute("data-survivors")
            .as_deref(),
        Some(survivors.to_string().as_str())
    );
    let changed = app.all(".maglev-cells.after .cell.changed").len();
    assert!(changed > survivors, "{changed} {survivors}");
}

#[wasm_bindgen_test]
async fn the_compat_panel_takes_16384_servers_and_lists_the_first_thousand_loads() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    app.choose(".compat-client", "redis").await;
    let list = |n: usize| -> String {
        (0..n)
            .map(|i| format!("10.0.{}.{}:6379\n", i / 256, i % 256))
            .collect()
    };
    let now = || web_sys::window().unwrap().performance().unwrap().now();
    let start = now();
    app.type_into(".compat-servers", &list(16_385)).await;
    let errors = app.text(".compat-server-status");
    assert!(
        errors.contains("At most 16,384 servers; line 16385"),
        "{errors}"
    );
    let refused = now();
    app.type_into(".compat-servers", &list(16_384)).await;
    let placed = now();
    console_log!(
        "16,385 servers refused in {:.0} ms, 16,384 placed and drawn in {:.0} ms",
        refused - start,
        placed - refused
    );
    assert!(app.text(".compat-server-status").contains("16384 servers"));
    // The load table stops at its view-side limit and says so; the what-if list has them all.
    assert_eq!(app.all(".load-table tbody tr").len(), 1_000);
    let note = app.text(".compat-load-rows");
    assert!(note.contains("first 1,000 of 16,384 servers"), "{note}");
    assert_eq!(app.all(".compat-gone option").len(), 16_384);
    assert!(app.find(".compat-moved").is_some());
    // A short list shows every server and no note.
    app.type_into(".compat-servers", &list(3)).await;
    assert_eq!(app.all(".load-table tbody tr").len(), 3);
    assert!(app.find(".compat-load-rows").is_none());
}
