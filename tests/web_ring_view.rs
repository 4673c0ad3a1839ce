//! The ring view in a real browser: mount it on a known scenario, drive it the way a user
//! would, and compare what it shows with the core: the whole app, the moved-keys counter and
//! the lookup walk-through. Details, scale and geometry are in `web_ring_details.rs`; both run
//! on the shared harness of `tests/common`.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_ring_view`.

use ringlock::ring::components::ring_fx::{MoveSet, MAX_ANIMATED};
use ringlock::ring::components::ring_lookup::LookupPlan;
use ringlock::ring::state::{LastChange, RingAction};
use ringlock_core::{Ring, Scenario, Scheme};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::ring_view::mount;
use common::{click, count, hash_when, text, tick, wait, Mounted};

/// Three equal nodes, 4 vnodes each, 20 generated keys, the ring shown.
const SMALL: &str = "v=1&n=a,b,c&vn=4&k=20&s=ring";

fn ring_of(fragment: &str) -> Ring {
    Scenario::from_fragment(fragment).unwrap().build().unwrap()
}

// ----- the whole app -----

#[wasm_bindgen_test]
async fn the_app_draws_one_tick_per_vnode_and_one_dot_per_key() {
    let app = Mounted::new(SMALL).await;
    let root = app.root.clone();

    assert_eq!(count(&root, ".ring-tick"), 12);
    assert_eq!(count(&root, ".ring-key"), 20);
    assert!(count(&root, ".ring-arc") >= 3);
    // Few enough to be named and focusable, but not tab stops: the figure is the one tab stop
    // and arrow keys walk the keys and vnodes, so Tab gets past the ring in one press.
    assert_eq!(count(&root, ".ring-tick[tabindex='-1'][aria-label]"), 12);
    assert_eq!(count(&root, ".ring-key[tabindex='-1'][aria-label]"), 20);
    assert_eq!(count(&root, ".ring-figure [tabindex='0']"), 0);
    assert_eq!(count(&root, ".legend-chip"), 3);

    // The scheme switch: pressed state, explanation and link follow.
    click(&root, ".scheme-switch button:nth-child(2)");
    tick().await;
    assert_eq!(
        root.query_selector(".scheme-switch button:nth-child(2)")
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, ".ring-about").contains("hash mod N"));
    hash_when(|h| h.contains("s=mod")).await; // the link follows, or this panics
                                              // Arcs still show the ring, dimmed.
    assert_eq!(count(&root, ".ring-arcs.inactive"), 1);
}

// ----- the counter and the moved keys -----

#[wasm_bindgen_test]
async fn killing_a_node_counts_exactly_the_keys_the_core_moved() {
    let fragment = "v=1&n=a,b,c,d&vn=16&k=400&s=ring";
    let mut ring = ring_of(fragment);
    let change = ring.kill_node("b").unwrap();
    let moved = change.moved.ring;
    assert!(moved > 0);

    let m = mount(fragment, vec![RingAction::KillNode("b".into())]).await;
    assert!(text(&m.root, ".ring-moves").contains("Add, kill or remove"));
    click(&m.root, "#act0");
    tick().await;
    let head = text(&m.root, ".moves-count");
    assert!(head.starts_with(&format!("{moved} keys moved (")), "{head}");
    assert!(text(&m.root, ".moves-cause").contains("b died"));
    // Every moved key left b.
    let flows = text(&m.root, ".moves-flows");
    assert!(flows.contains("b→"), "{flows}");
    assert_eq!(count(&m.root, ".ring-tick.dead"), 16);
    assert_eq!(count(&m.root, ".ring-tick-head"), 16);
    assert!(count(&m.root, ".legend-chip.dead") == 1);
}

#[wasm_bindgen_test]
async fn loading_a_link_forgets_the_last_change() {
    let m = mount(
        SMALL,
        vec![
            RingAction::KillNode("b".into()),
            RingAction::LoadFragment(SMALL.into()),
        ],
    )
    .await;
    let fx: HtmlCanvasElement = m.get("canvas.ring-fx").dyn_into().unwrap();
    wait(50).await;
    // The moves canvas, never painted, is never sized (a canvas's default is 300 × 150;
    // sized, it is square): sizing reads the page's layout, which a render must not do.
    assert_eq!((fx.width(), fx.height()), (300, 150));
    click(&m.root, "#act0");
    tick().await;
    assert_eq!(count(&m.root, ".ring-moves.active"), 1);
    until(|| fx.height() == fx.width() && !blank(&fx)).await;
    assert_eq!(fx.height(), fx.width(), "sized when the moves are painted");
    assert!(!blank(&fx), "the killed node's keys are painted moving");
    click(&m.root, "#act1");
    tick().await;
    assert_eq!(count(&m.root, ".ring-moves.active"), 0);
    assert!(text(&m.root, ".ring-moves").contains("Add, kill or remove"));
    assert_eq!(count(&m.root, ".ring-tick.dead"), 0);
    until(|| blank(&fx)).await;
    assert!(blank(&fx), "the moves canvas is cleared (in a frame)");
}

/// Wait up to 3 s for `done`.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        wait(10).await;
    }
}

/// Whether `canvas` holds nothing: its image equals a fresh canvas's of the same size.
fn blank(canvas: &HtmlCanvasElement) -> bool {
    let fresh: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    fresh.set_width(canvas.width());
    fresh.set_height(canvas.height());
    canvas.to_data_url().unwrap() == fresh.to_data_url().unwrap()
}

#[wasm_bindgen_test]
async fn under_modulo_the_counter_shows_the_modulo_count() {
    let fragment = "v=1&n=a,b,c,d&vn=16&k=400&s=mod";
    let mut ring = ring_of(fragment);
    let mut change = ring.add_node("e", 1).unwrap();
    ring.compare_schemes(&mut change);
    let m = mount(
        fragment,
        vec![RingAction::AddNode {
            name: "e".into(),
            weight: "1".into(),
        }],
    )
    .await;
    click(&m.root, "#act0");
    tick().await;
    let head = text(&m.root, ".moves-count");
    assert!(
        head.starts_with(&format!("{} keys moved (", change.moved.modulo)),
        "{head}"
    );
    assert!(text(&m.root, ".moves-compare").contains(&change.moved.ring.to_string()));
}

fn last_of(change: ringlock_core::Change, ring: &Ring, seq: u64) -> LastChange {
    LastChange {
        names: ring
            .node_ids()
            .iter()
            .map(|&id| (id, ring.node_name(id).to_string()))
            .collect(),
        change,
        seq,
    }
}

#[wasm_bindgen_test]
fn move_sets_agree_with_the_core_under_every_scheme() {
    let mut ring = ring_of("v=1&n=a,b,c,d&vn=8&k=5000&s=ring");
    let mut change = ring.add_node("e", 1).unwrap();
    ring.compare_schemes(&mut change);
    let last = last_of(change.clone(), &ring, 1);
    for (scheme, expected) in [
        (Scheme::Ring, change.moved.ring),
        (Scheme::Modulo, change.moved.modulo),
        (Scheme::Article, change.moved.article),
    ] {
        let set = MoveSet::build(&ring, &last, scheme, 1).unwrap();
        assert_eq!(set.count, expected, "{scheme:?}");
        // The flows found by comparing owners add up to the core's exact count.
        assert_eq!(
            set.flows.iter().map(|f| f.keys).sum::<u64>(),
            expected,
            "{scheme:?}"
        );
        assert!(set.sample.len() <= MAX_ANIMATED);
        assert!(set.flows.windows(2).all(|w| w[0].keys >= w[1].keys));
    }
    // A ring join only moves keys to the newcomer.
    let e = ring.find_node("e");
    let set = MoveSet::build(&ring, &last, Scheme::Ring, 1).unwrap();
    assert!(set.flows.iter().all(|f| f.to == e));
}

// ----- the lookup walk-through -----

#[wasm_bindgen_test]
async fn adding_a_key_walks_through_its_lookup() {
    let fragment = "v=1&n=a,b,c&vn=8&k=50&s=ring";
    // A name whose walk must skip a vnode of b once b is dead.
    let mut ring = ring_of(fragment);
    ring.kill_node("b").unwrap();
    let name = (0..10_000)
        .map(|i| format!("probe-{i}"))
        .find(|n| !ring.lookup(n).skipped.is_empty())
        .unwrap();
    ring.add_key(&name).unwrap();
    let plan = LookupPlan::build(&ring, &name, Scheme::Ring, 1);
    let owner = plan.owner.clone().unwrap();

    let m = mount(
        fragment,
        vec![
            RingAction::KillNode("b".into()),
            RingAction::AddKey(name.clone()),
        ],
    )
    .await;
    click(&m.root, "#act0");
    tick().await;
    click(&m.root, "#act1");
    tick().await;
    // Step 1: the hash, in words and in the hub.
    let caption = text(&m.root, ".lookup-caption");
    assert!(caption.contains(&plan.sha1_hex), "{caption}");
    assert!(text(&m.root, ".lookup-title").contains(&name));
    assert!(text(&m.root, ".lookup-steps li.current").contains("Hash"));

    wait(plan.duration() as u64 + 400).await;
    let caption = text(&m.root, ".lookup-caption");
    assert!(caption.contains(&owner.label), "{caption}");
    assert!(
        caption.contains(&format!("stored on {}", owner.name)),
        "{caption}"
    );
    assert!(
        caption.contains(&format!("skipped on the way: {}", plan.skipped_total)),
        "{caption}"
    );
    assert_eq!(count(&m.root, ".lookup-skip") as usize, plan.skipped.len());
    assert_eq!(count(&m.root, ".lookup-owner"), 1);
    assert!(text(&m.root, ".ring-hub").contains(&owner.name));
    // Adding a key moves no other key, and says so.
    assert!(text(&m.root, ".ring-moves").contains("never moves"));

    // Hide puts it away.
    click(&m.root, ".lookup-actions button:nth-child(2)");
    tick().await;
    assert_eq!(count(&m.root, ".lookup-box"), 0);
    assert_eq!(count(&m.root, ".lookup-layer"), 0);
}
