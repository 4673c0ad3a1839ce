//! The ring view's details in a real browser: focus, keyboard and pointer, many keys and
//! vnodes, names as text, the legend, and the geometry and lookups the drawing uses (on the
//! shared harness of `tests/common`, like `web_ring_view.rs`).
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_ring_details`.

use ringlock::ring::pick::{nearest_key, step_key, Target};
use ringlock::ring::state::RingAction;
use ringlock::ring::view_data::KeyMode;
use ringlock::ui::geom::{angle_of, arc_path, polar, to_polar};
use ringlock_core::hash::position_at_angle;
use ringlock_core::scenario::encode_component;
use ringlock_core::{Ring, Scenario, Scheme};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::SvgElement;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::ring_view::mount;
use common::{click, count, fire, text, tick};

/// Three equal nodes, 4 vnodes each, 20 generated keys, the ring shown.
const SMALL: &str = "v=1&n=a,b,c&vn=4&k=20&s=ring";

fn ring_of(fragment: &str) -> Ring {
    Scenario::from_fragment(fragment).unwrap().build().unwrap()
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
    let m = mount(&fragment, vec![RingAction::KillNode(evil.into())]).await;
    assert!(text(&m.root, ".ring-legend").contains(evil));
    click(&m.root, "#act0");
    tick().await;
    assert!(text(&m.root, ".ring-moves").contains(evil));
    assert_eq!(count(&m.root, "img"), 0);
}

#[wasm_bindgen_test]
async fn clicking_a_legend_chip_lights_its_node() {
    let m = mount(SMALL, vec![]).await;
    // Opacity of the first arc of each node: the lit one stays at 1, the others are dimmed by
    // the rule the view writes at run time (a constructed style sheet, allowed by the CSP).
    let opacities = || -> Vec<String> {
        let window = web_sys::window().unwrap();
        (0..3)
            .map(|n| {
                let arc = m
                    .root
                    .query_selector(&format!(".ring-arc.n{n}"))
                    .unwrap()
                    .unwrap();
                let style = window.get_computed_style(&arc).unwrap().unwrap();
                style.get_property_value("opacity").unwrap()
            })
            .collect()
    };
    click(&m.root, ".legend-chip");
    tick().await;
    assert_eq!(count(&m.root, ".ring-figure.lit"), 1);
    assert_eq!(count(&m.root, ".legend-chip[aria-pressed='true']"), 1);
    assert_eq!(opacities(), ["1", "0.12", "0.12"]);
    click(&m.root, ".legend-chip");
    tick().await;
    assert_eq!(count(&m.root, ".ring-figure.lit"), 0);
    assert_eq!(opacities(), ["1", "1", "1"]);
}

// ----- geometry and lookups -----

#[wasm_bindgen_test]
fn angles_run_clockwise_from_the_top() {
    let (x, y) = polar(100.0, 90.0);
    assert!((x - 100.0).abs() < 1e-9 && y.abs() < 1e-9);
    let (angle, r) = to_polar(0.0, 50.0);
    assert!((angle - 180.0).abs() < 1e-9 && (r - 50.0).abs() < 1e-9);
    for p in [0u64, 1 << 62, u64::MAX / 3, u64::MAX - 5000] {
        let back = position_at_angle(angle_of(p));
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
