//! The benchmarks in headless Chromium: the wasm core and a plain JavaScript SHA-1 ring, the
//! same steps in the same page; every placement algorithm; the lock simulator. Run by
//! `make bench` (release build, `--nocapture`), which collects the `BENCH` lines into
//! docs/benchmarks.md.
#![cfg(target_arch = "wasm32")]

use ringlock_bench::{placement_rows, run_algos, run_ring, Setup, ALGOS};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/js/sha1_ring.js")]
extern "C" {
    fn js_ring_bench(nodes: u32, vnodes: u32, keys: u32, reps: u32) -> js_sys::Array;
    fn js_sha1_head_hex(text: &str) -> String;
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn setup() -> Setup {
    // BENCH_KEYS lets a quick run use fewer keys; the recorded numbers use the default.
    let keys = option_env!("BENCH_KEYS")
        .and_then(|k| k.parse().ok())
        .unwrap_or(1_000_000);
    Setup {
        nodes: 100,
        vnodes: 160,
        keys,
        reps: 9,
    }
}

#[wasm_bindgen_test]
fn the_js_baseline_hashes_like_the_core() {
    for text in ["", "abc", "key-0", "node1#0", "节点"] {
        let ours = ringlock_core::hash::position_hex(ringlock_core::hash::key_position(text));
        assert_eq!(js_sha1_head_hex(text), ours, "{text}");
    }
}

#[wasm_bindgen_test]
fn ring_wasm_beside_plain_js() {
    let setup = setup();
    let wasm = run_ring(&setup, &now);
    for row in &wasm {
        web_sys::console::log_1(
            &format!("BENCH wasm\t{}\t{:.3}\t{}", row.name, row.ms, row.check).into(),
        );
    }
    let js = js_ring_bench(setup.nodes, setup.vnodes, setup.keys, setup.reps as u32);
    for row in js.iter() {
        let row: js_sys::Array = row.into();
        let name = row.get(0).as_string().unwrap_or_default();
        let ms = row.get(1).as_f64().unwrap_or(f64::NAN);
        let check = row.get(2).as_f64().unwrap_or(f64::NAN);
        web_sys::console::log_1(&format!("BENCH js\t{name}\t{ms:.3}\t{check}").into());
        // Both rings place the same keys on the same vnodes, so they must move the same keys.
        if let Some(ours) = wasm.iter().find(|r| r.name == name) {
            if name.starts_with("join") || name.starts_with("kill") {
                assert_eq!(ours.check as f64, check, "{name}");
            }
        }
    }
}

#[wasm_bindgen_test]
fn first_placement_beside_the_bare_loop() {
    // The ring of `ring_wasm_beside_plain_js`, its first placement alternated with the bare
    // loop in this page: the ratio docs/benchmarks.md quotes.
    let setup = setup();
    let mut ring = ringlock_core::Ring::new(setup.vnodes);
    for n in 0..setup.nodes {
        ring.add_node(&format!("node{n}"), 1).expect("bench nodes");
    }
    let reps = option_env!("BENCH_PLACEMENT_REPS")
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let rows = placement_rows(&ring, setup.keys, reps, &now);
    for row in &rows {
        web_sys::console::log_1(
            &format!("PLACEMENT wasm\t{}\t{:.3}\t{}", row.name, row.ms, row.check).into(),
        );
    }
    let differ = rows.last().map(|row| row.check);
    assert_eq!(
        differ,
        Some(0),
        "the ring and a binary search place every key alike"
    );
}

#[wasm_bindgen_test]
fn placement_algorithms() {
    // The same scenario as natively; the ring row is the baseline of the ratios, measured in
    // this page in the same run.
    for row in run_algos(&ALGOS, &now) {
        web_sys::console::log_1(
            &format!("BENCH wasm\t{}\t{:.3}\t{}", row.name, row.ms, row.check).into(),
        );
    }
}

#[wasm_bindgen_test]
fn lock_simulator_events_per_second() {
    for (name, per_sec, hash) in ringlock_bench::lock_rows(2_000_000, 3, &now) {
        web_sys::console::log_1(&format!("BENCH wasm\t{name}\t{per_sec:.0}\t{hash}").into());
    }
}
