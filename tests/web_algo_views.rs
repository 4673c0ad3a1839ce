//! The Algorithms tab's views in the browser: the side-by-side circles, preference lists,
//! the tab's controls in the link, and a large comparison's progress and lookup times.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_algo_views`.

use ringlock::algo::data::{algos, CompareInput, Params, TopologyChange};
use ringlock::algo::pair::DOTS;
use ringlock::ring::state::RingState;
use ringlock_core::algo::{compare, Algo};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{hash_when, tick, Mounted};

mod algo_helpers;
use algo_helpers::RING;

#[wasm_bindgen_test]
async fn the_side_by_side_view_draws_each_layout_before_and_after() {
    let app = Mounted::new(&format!("{RING}&t=algo&ap=ring,redis-cluster")).await;
    let ring_band = ".pair-side[data-algo=ring] .band path";
    let redis_band = ".pair-side[data-algo=redis-cluster] .band path";
    // A fresh 4-master cluster: four slot ranges. After the join the new master holds the
    // lowest slots of each, as redis-cli's rebalance gives them: eight runs in all.
    assert_eq!(app.all(redis_band).len(), 8);
    assert!(!app.all(ring_band).is_empty());
    let fills = |app: &Mounted| -> Vec<String> {
        app.all(".pair-side[data-algo=redis-cluster] circle.dot.moved")
            .iter()
            .filter_map(|d| d.get_attribute("style"))
            .collect()
    };
    let after = fills(&app);
    assert!(!after.is_empty());
    app.click(".pair-phase .phase-before").await;
    assert_eq!(app.all(redis_band).len(), 4);
    assert_eq!(
        app.get(".pair-grid").get_attribute("data-phase").as_deref(),
        Some("before")
    );
    let before = fills(&app);
    assert_eq!(before.len(), after.len());
    assert!(
        before.iter().zip(&after).all(|(b, a)| b != a),
        "every moved key changes colour"
    );
    // Play alternates by itself.
    app.click(".pair-phase .phase-play").await;
    yew::platform::time::sleep(std::time::Duration::from_millis(
        u64::from(ringlock::algo::components::algo_pair::PLAY_MS) + 300,
    ))
    .await;
    assert_eq!(
        app.get(".pair-grid").get_attribute("data-phase").as_deref(),
        Some("after")
    );
    app.click(".pair-phase .phase-play").await;
}

#[wasm_bindgen_test]
async fn the_side_by_side_view_names_both_picks() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    app.choose(".algo-pick-a", "jump").await;
    app.choose(".algo-pick-b", "rendezvous").await;
    let heads: Vec<String> = app
        .all(".pair-side h3")
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect();
    assert_eq!(heads, ["Jump hash", "Rendezvous (HRW)"]);
    // Both must move exactly the keys the table says they move.
    for code in ["jump", "rendezvous"] {
        let table = app
            .get(&format!("tr[data-algo={code}] td.moved"))
            .get_attribute("data-moved");
        let side = app
            .get(&format!(".pair-side[data-algo={code}] .pair-moved"))
            .get_attribute("data-moved");
        assert_eq!(table, side, "{code}");
    }
    assert_eq!(app.all(".pair-side[data-algo=jump] circle.dot").len(), DOTS);
    assert!(app.all(".pair-side .refusal").is_empty());
    // Neither has a circle to own: no band, a dashed track and a note saying why.
    assert!(app.all(".pair-side .band").is_empty());
    assert_eq!(app.all(".pair-side .no-circle").len(), 2);
    // Four nodes and the one that joins.
    assert_eq!(
        app.all(".pair-side[data-algo=jump] .pair-loads tbody tr")
            .len(),
        5
    );
    // Killing a node in the middle: jump's side says why it cannot, as its row does.
    app.choose(".algo-change", "kill").await;
    assert!(app
        .text(".pair-side[data-algo=jump] .refusal")
        .contains("only the last one"));
    // No node joins now: the four nodes, the killed one at 0 after.
    assert_eq!(
        app.all(".pair-side[data-algo=jump] .pair-loads tbody tr")
            .len(),
        4
    );
}

#[wasm_bindgen_test]
async fn preference_lists_hold_r_distinct_nodes() {
    let app = Mounted::new(&format!("{RING}&t=algo")).await;
    let lists = |app: &Mounted| -> Vec<Vec<String>> {
        app.all(".pref-list")
            .iter()
            .map(|ol| {
                let items = ol.query_selector_all("li").unwrap();
                (0..items.length())
                    .map(|i| items.item(i).unwrap().text_content().unwrap_or_default())
                    .collect()
            })
            .collect()
    };
    for r in ["1", "3", "4"] {
        app.enter(".algo-replicas-r", r).await;
        let r: usize = r.parse().unwrap();
        let all = lists(&app);
        assert_eq!(all.len(), 5);
        for list in all {
            let mut names = list.clone();
            names.sort();
            names.dedup();
            assert_eq!((list.len(), names.len()), (r, r), "{list:?}");
        }
    }
    // Four nodes: R = 5 gives lists of 4 and says why.
    app.enter(".algo-replicas-r", "5").await;
    assert!(lists(&app).iter().all(|l| l.len() == 4));
    assert!(!app.text(".repl-short").is_empty());
    app.enter(".algo-replicas-r", "9").await;
    assert_eq!(
        app.get(".algo-replicas-r")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(lists(&app).iter().all(|l| l.len() == 4));
}

#[wasm_bindgen_test]
async fn the_tabs_controls_come_from_the_link_and_go_back_into_it() {
    let link = format!("{RING}&t=algo&ac=kill&av=c&ae=0.5&am=251&ap=jump,maglev&ar=2&al=redis");
    let app = Mounted::new(&link).await;
    let select = |sel: &str| -> String {
        app.get(sel)
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(select(".algo-change"), "kill");
    assert_eq!(select(".algo-victim"), "c");
    assert_eq!(app.input(".algo-eps").value(), "0.50");
    assert_eq!(select(".algo-maglev-m"), "251");
    assert_eq!(select(".algo-pick-a"), "jump");
    assert_eq!(select(".algo-pick-b"), "maglev");
    assert_eq!(app.input(".algo-replicas-r").value(), "2");
    assert_eq!(select(".compat-client"), "redis");
    // Killing c moves exactly c's keys under rendezvous: the link's change is the one run.
    let moved = app
        .get("tr[data-algo=rendezvous] td.moved")
        .get_attribute("data-moved")
        .unwrap();
    let state = RingState::from_fragment(RING);
    let input = CompareInput::from_ring(&state.ring);
    let c_keys = compare(
        &[Algo::Rendezvous],
        &input.nodes,
        &input.after(&TopologyChange::Kill("c".into())),
        &input.keys.iter().map(String::as_str).collect::<Vec<_>>(),
    )[0]
    .as_ref()
    .unwrap()
    .moved;
    assert_eq!(moved, c_keys.to_string());
    // A change made here goes into the address bar.
    app.choose(".algo-pick-b", "ring").await;
    let hash = hash_when(|h| h.contains("ap=jump,ring")).await;
    assert!(hash.contains("ar=2") && hash.contains("al=redis"), "{hash}");
    assert!(app.find(".algo-notice").is_none());
}

#[wasm_bindgen_test]
async fn an_unreadable_value_keeps_its_default_and_says_so() {
    let app = Mounted::new(&format!("{RING}&t=algo&ae=7&ap=ring,nope&ar=3")).await;
    assert!(
        app.text(".algo-notice").contains("ae, ap"),
        "{}",
        app.text(".algo-notice")
    );
    assert_eq!(app.input(".algo-eps").value(), "0.25");
    app.click(".algo-notice button").await;
    assert!(app.find(".algo-notice").is_none());
}

#[wasm_bindgen_test]
async fn a_large_comparison_shows_progress_then_the_same_numbers_and_lookup_times() {
    let big = "#v=1&n=a,b,c,d,e&vn=8&k=9000&s=ring&t=algo";
    let app = Mounted::new(big).await;
    app.until("the first comparison", |a| {
        a.find(".algo-working").is_none()
            && a.all(".algo-compare .algo-table tbody tr").len() == Algo::all().len()
    })
    .await;
    // Another change: the status shows before all algorithms are done, the old table dimmed.
    let select: HtmlSelectElement = app.get(".algo-change").dyn_into().unwrap();
    select.set_value("remove-last");
    select
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    // The status shows while the work runs: look for it in short steps (a loaded machine may
    // render a few milliseconds late), never after the comparison has finished.
    let mut seen = (false, false);
    for _ in 0..200 {
        seen = (
            app.find(".algo-working").is_some(),
            app.find(".algo-results.stale").is_some(),
        );
        if seen.0 {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    assert!(seen.0, "a working status");
    assert!(seen.1, "the old table dimmed meanwhile");
    app.until("the comparison", |a| a.find(".algo-working").is_none())
        .await;
    let state = RingState::from_fragment(big);
    let input = CompareInput::from_ring(&state.ring);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let after = input.after(&TopologyChange::RemoveLast);
    let algos = algos(&input, Params::default());
    for (algo, report) in algos
        .iter()
        .zip(compare(&algos, &input.nodes, &after, &keys))
    {
        let shown = app
            .get(&format!("tr[data-algo={}] td.moved", algo.code()))
            .get_attribute("data-moved");
        assert_eq!(shown, Some(report.unwrap().moved.to_string()), "{algo:?}");
    }
    // Every row gets a measured lookup time; the ring's is the 1.0× baseline.
    app.until("lookup times", |a| {
        a.all(".lookup-time .timing[data-ns]").len() == Algo::all().len()
    })
    .await;
    for t in app.all(".lookup-time .timing[data-ns]") {
        let ns: f64 = t.get_attribute("data-ns").unwrap().parse().unwrap();
        assert!(ns > 0.0 && ns < 1e6, "{ns}");
    }
    assert!(app
        .text("tr[data-algo=ring] .lookup-time")
        .contains("1.0× ring"));
}

/// The same ring loaded again (a link that changes only the Ring tab's scheme): the ring's
/// version moves on but its nodes and keys do not. The comparison still finishes and shows
/// the same numbers; it never stays "working".
#[wasm_bindgen_test]
async fn the_same_ring_loaded_again_still_finishes_its_comparison() {
    let big = "#v=1&n=a,b,c,d,e&vn=8&k=9000&s=ring&t=algo";
    let app = Mounted::new(big).await;
    let finished = |a: &Mounted| {
        a.find(".algo-working").is_none()
            && a.all(".algo-compare .algo-table tbody tr").len() == Algo::all().len()
    };
    app.until("the first comparison", finished).await;
    let moved = |a: &Mounted| -> Vec<Option<String>> {
        a.all("td.moved")
            .iter()
            .map(|td| td.get_attribute("data-moved"))
            .collect()
    };
    let before = moved(&app);
    let window = web_sys::window().unwrap();
    window
        .location()
        .set_hash("#v=1&n=a,b,c,d,e&vn=8&k=9000&s=mod&t=algo")
        .unwrap();
    hash_when(|h| h.contains("s=mod")).await;
    // The `hashchange` event is handled in a task of its own, after the hash is set.
    tick().await;
    app.until(
        "the comparison after the same ring is loaded again",
        finished,
    )
    .await;
    assert_eq!(moved(&app), before);
}
