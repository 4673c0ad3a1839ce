//! The ring view in a real browser: mount it on a known scenario, drive it the way a user
//! would (click, focus, arrow keys, pointer), and compare what it shows with the core.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_ring_view`.

use std::time::Duration;

use ringlock::components::app::App;
use ringlock::components::ring_data::KeyMode;
use ringlock::components::ring_geom::{angle_of, arc_path, polar, position_at, to_polar};
use ringlock::components::ring_lookup::LookupPlan;
use ringlock::components::ring_moves::{MoveSet, MAX_ANIMATED};
use ringlock::components::ring_pick::{nearest_key, step_key, Target};
use ringlock::components::ring_view::RingView;
use ringlock::hooks::use_app::AppContext;
use ringlock::i18n::Lang;
use ringlock::state::{Action, AppState, LastChange, Theme};
use ringlock_core::scenario::encode_component;
use ringlock_core::{Ring, Scenario, Scheme};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlElement, SvgElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Three equal nodes, 4 vnodes each, 20 generated keys, the ring shown.
const SMALL: &str = "v=1&n=a,b,c&vn=4&k=20&s=ring";

async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

async fn wait(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

fn ring_of(fragment: &str) -> Ring {
    Scenario::from_fragment(fragment).unwrap().build().unwrap()
}

fn new_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Dispatch an event built in JavaScript (the constructors' init dictionaries are not among
/// the crate's web-sys features).
fn fire(target: &Element, js: &str) {
    let event: Event = js_sys::eval(js).unwrap().dyn_into().unwrap();
    target.dispatch_event(&event).unwrap();
}

// ----- a harness: the ring view alone, over its own reducer, with buttons for actions -----

#[derive(Properties, PartialEq)]
struct HarnessProps {
    fragment: String,
    actions: Vec<Action>,
}

#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let state = use_reducer(|| AppState::from_fragment(&props.fragment, Lang::En, Theme::Light));
    let buttons = props
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let (state, action) = (state.clone(), action.clone());
            let onclick = Callback::from(move |_: MouseEvent| state.dispatch(action.clone()));
            html! { <button class="test-action" id={format!("act{i}")} {onclick}>{ i }</button> }
        })
        .collect::<Html>();
    html! {
        <ContextProvider<AppContext> context={state}>
            { buttons }
            <RingView />
        </ContextProvider<AppContext>>
    }
}

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<Harness>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

async fn mount(fragment: &str, actions: Vec<Action>) -> Mounted {
    let root = new_root();
    let props = HarnessProps {
        fragment: fragment.to_string(),
        actions,
    };
    let handle = yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
    tick().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}

// ----- the whole app -----

#[wasm_bindgen_test]
async fn the_app_draws_one_tick_per_vnode_and_one_dot_per_key() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.set_item("ringlock.lang", "\"en\"").unwrap();
    window.location().set_hash(SMALL).unwrap();
    let root = new_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    tick().await;

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
    assert!(window.location().hash().unwrap().contains("s=mod"));
    // Arcs still show the ring, dimmed.
    assert_eq!(count(&root, ".ring-arcs.inactive"), 1);

    handle.destroy();
    root.remove();
}

// ----- the counter and the moved keys -----

#[wasm_bindgen_test]
async fn killing_a_node_counts_exactly_the_keys_the_core_moved() {
    let fragment = "v=1&n=a,b,c,d&vn=16&k=400&s=ring";
    let mut ring = ring_of(fragment);
    let change = ring.kill_node("b").unwrap();
    let moved = change.moved.ring;
    assert!(moved > 0);

    let m = mount(fragment, vec![Action::KillNode("b".into())]).await;
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
            Action::KillNode("b".into()),
            Action::LoadFragment(SMALL.into()),
        ],
    )
    .await;
    click(&m.root, "#act0");
    tick().await;
    assert_eq!(count(&m.root, ".ring-moves.active"), 1);
    click(&m.root, "#act1");
    tick().await;
    assert_eq!(count(&m.root, ".ring-moves.active"), 0);
    assert!(text(&m.root, ".ring-moves").contains("Add, kill or remove"));
    assert_eq!(count(&m.root, ".ring-tick.dead"), 0);
}

#[wasm_bindgen_test]
async fn under_modulo_the_counter_shows_the_modulo_count() {
    let fragment = "v=1&n=a,b,c,d&vn=16&k=400&s=mod";
    let mut ring = ring_of(fragment);
    let mut change = ring.add_node("e", 1).unwrap();
    ring.compare_schemes(&mut change);
    let m = mount(
        fragment,
        vec![Action::AddNode {
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
        vec![Action::KillNode("b".into()), Action::AddKey(name.clone())],
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

// ----- details: focus, keyboard, pointer -----

#[wasm_bindgen_test]
async fn focusing_a_tick_shows_its_vnode() {
    let ring = ring_of(SMALL);
    let m = mount(SMALL, vec![]).await;
    let tick_el: SvgElement = m
        .root
        .query_selector(".ring-tick[data-pt='5']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    tick_el.focus().unwrap();
    tick().await;
    let info = ring.vnode_info(5).unwrap();
    let hub = text(&m.root, ".ring-hub");
    assert!(hub.contains(&info.label), "{hub}");
    assert!(hub.contains(&format!("{:016x}", info.position)), "{hub}");
    assert!(hub.contains(&info.sha1_hex[..8]), "{hub}");
    assert!(
        hub.contains(&format!("Keys on its arc{}", info.keys)),
        "{hub}"
    );
    assert_eq!(count(&m.root, ".ring-highlight"), 1);
}

#[wasm_bindgen_test]
async fn arrow_keys_step_through_the_keys_clockwise() {
    let ring = ring_of(SMALL);
    let keys = ring.keys();
    let m = mount(SMALL, vec![]).await;
    let figure = m.root.query_selector(".ring-figure").unwrap().unwrap();
    let right =
        "new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, cancelable: true})";
    fire(&figure, right);
    tick().await;
    assert!(text(&m.root, ".ring-hub").contains(keys.name(keys.ids()[0])));
    fire(&figure, right);
    tick().await;
    assert!(text(&m.root, ".ring-hub").contains(keys.name(keys.ids()[1])));
    let left = "new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true, cancelable: true})";
    fire(&figure, left);
    fire(&figure, left);
    tick().await;
    // Back past the top: the last key.
    assert!(text(&m.root, ".ring-hub").contains(keys.name(keys.ids()[keys.len() - 1])));
    let shift = "new KeyboardEvent('keydown', {key: 'ArrowRight', shiftKey: true, bubbles: true})";
    fire(&figure, shift);
    tick().await;
    assert!(text(&m.root, ".ring-hub").contains("Virtual node"));
    fire(
        &figure,
        "new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})",
    );
    tick().await;
    assert!(text(&m.root, ".ring-hub").contains("3 nodes"));
}

#[wasm_bindgen_test]
async fn pointing_at_a_dot_finds_its_key() {
    let ring = ring_of(SMALL);
    let m = mount(SMALL, vec![]).await;
    let dot = m
        .root
        .query_selector(".ring-key[data-slot='7']")
        .unwrap()
        .unwrap();
    let rect = dot.get_bounding_client_rect();
    let (x, y) = (
        rect.x() + rect.width() / 2.0,
        rect.y() + rect.height() / 2.0,
    );
    let figure = m.root.query_selector(".ring-figure").unwrap().unwrap();
    fire(
        &figure,
        &format!("new PointerEvent('pointermove', {{clientX: {x}, clientY: {y}, bubbles: true}})"),
    );
    tick().await;
    let info = ring.key_info(Scheme::Ring, 7).unwrap();
    let hub = text(&m.root, ".ring-hub");
    assert!(hub.contains(&info.name), "{hub}");
    assert!(hub.contains(&format!("{:.2}°", info.angle)), "{hub}");
    fire(
        &figure,
        "new PointerEvent('pointerleave', {bubbles: false})",
    );
    tick().await;
    assert!(text(&m.root, ".ring-hub").contains("3 nodes"));
}

// ----- scale, safety, legend -----

#[wasm_bindgen_test]
async fn many_keys_and_vnodes_go_to_the_canvas() {
    // 4 × 1,024 vnodes and 5,000 keys: neither as DOM elements.
    let m = mount("v=1&n=a,b,c,d&vn=1024&k=5000&s=ring", vec![]).await;
    assert_eq!(count(&m.root, ".ring-tick"), 0);
    assert_eq!(count(&m.root, ".ring-key"), 0);
    assert_eq!(count(&m.root, ".ring-arc"), 0);
    assert!(count(&m.root, ".ring-figure *") < 100);
    assert_eq!(count(&m.root, ".ring-note"), 2);
    let canvas: web_sys::HtmlCanvasElement = m
        .root
        .query_selector(".ring-canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(canvas.width() > 0);
}

#[wasm_bindgen_test]
async fn node_names_are_text_never_markup() {
    let evil = "<img src=x onerror=alert(1)>";
    let fragment = format!("v=1&n=a,{}&vn=4&k=10&s=ring", encode_component(evil));
    let m = mount(&fragment, vec![Action::KillNode(evil.into())]).await;
    assert!(text(&m.root, ".ring-legend").contains(evil));
    click(&m.root, "#act0");
    tick().await;
    assert!(text(&m.root, ".ring-moves").contains(evil));
    assert_eq!(count(&m.root, "img"), 0);
}

#[wasm_bindgen_test]
async fn clicking_a_legend_chip_lights_its_node() {
    let m = mount(SMALL, vec![]).await;
    click(&m.root, ".legend-chip");
    tick().await;
    assert_eq!(count(&m.root, ".ring-figure.lit"), 1);
    assert_eq!(count(&m.root, ".legend-chip[aria-pressed='true']"), 1);
    click(&m.root, ".legend-chip");
    tick().await;
    assert_eq!(count(&m.root, ".ring-figure.lit"), 0);
}

// ----- geometry and lookups -----

#[wasm_bindgen_test]
fn angles_run_clockwise_from_the_top() {
    let (x, y) = polar(100.0, 90.0);
    assert!((x - 100.0).abs() < 1e-9 && y.abs() < 1e-9);
    let (angle, r) = to_polar(0.0, 50.0);
    assert!((angle - 180.0).abs() < 1e-9 && (r - 50.0).abs() < 1e-9);
    for p in [0u64, 1 << 62, u64::MAX / 3, u64::MAX - 5000] {
        let back = position_at(angle_of(p));
        assert!(back.abs_diff(p) < 1 << 12, "{p}");
    }
    assert!(arc_path(10.0, 0.0, 270.0).contains(" 0 1 1 "));
    assert!(arc_path(10.0, 0.0, 90.0).contains(" 0 0 1 "));
}

#[wasm_bindgen_test]
fn nearest_and_next_keys_use_ring_positions() {
    let ring = ring_of(SMALL);
    let keys = ring.keys();
    for slot in [0, 5, keys.len() - 1] {
        let angle = angle_of(keys.positions()[slot]);
        let found = nearest_key(&ring, angle, 300.0, KeyMode::Density, 5.0).unwrap();
        assert_eq!(found.key_slot(&ring), Some(slot));
    }
    let last = Target::key_at(&ring, keys.len() - 1);
    assert_eq!(
        step_key(&ring, Some(last), true).unwrap().key_slot(&ring),
        Some(0)
    );
    assert_eq!(
        step_key(&ring, None, true).unwrap().key_slot(&ring),
        Some(0)
    );
}
