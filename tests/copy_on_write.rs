//! Reducing never changes the previous state: the ring and the lab are shared between states
//! until an action changes them, then copied on write (`Rc::make_mut`). The last test measures
//! that copy at the app's largest sizes (docs/benchmarks.md, "Copy on write"); run it with
//! `cargo test -p ringlock --target wasm32-unknown-unknown --test copy_on_write -- --nocapture`
//! to see the numbers.

use std::rc::Rc;

use ringlock::lab::state::{LabAction, LabState, LazyLab};
use ringlock::ring::state::{RingAction, RingState};
use ringlock_core::Scheme;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &str = "#v=1&n=a,b,c&vn=4&k=20&s=ring";

#[wasm_bindgen_test]
fn a_ring_action_leaves_the_previous_state_as_it_was() {
    let old = Rc::new(RingState::from_fragment(SMALL));
    let csv = old.ring.to_csv(old.scheme);
    let (version, nodes, keys) = (
        old.version,
        old.ring.node_ids().len(),
        old.ring.keys().len(),
    );

    let killed = Rc::clone(&old).reduce(RingAction::KillNode("b".into()));
    let grown = Rc::clone(&killed).reduce(RingAction::AddGenerated("10".into()));
    let added = Rc::clone(&grown).reduce(RingAction::AddNode {
        name: "d".into(),
        weight: "2".into(),
    });
    assert_eq!(added.ring.node_ids().len(), nodes + 1);
    assert_eq!(added.ring.keys().len(), keys + 10);
    assert!(
        !Rc::ptr_eq(&old.ring, &killed.ring),
        "a change gets its own ring"
    );

    // Every earlier state is as it was.
    assert_eq!(old.ring.to_csv(old.scheme), csv);
    assert_eq!(old.version, version);
    assert!(old.last.is_none());
    assert_eq!(old.ring.node_ids().len(), nodes);
    assert_eq!(killed.ring.keys().len(), keys);
    assert_eq!(grown.ring.node_ids().len(), nodes);
    assert_ne!(killed.ring.to_csv(killed.scheme), csv);

    // What does not change the ring shares it: a view change, a refusal.
    let shown = Rc::clone(&old).reduce(RingAction::SetScheme(Scheme::Modulo));
    assert!(Rc::ptr_eq(&old.ring, &shown.ring));
    assert_eq!(old.scheme, Scheme::Ring);
    let refused = Rc::clone(&old).reduce(RingAction::AddNode {
        name: "a".into(),
        weight: "1".into(),
    });
    assert!(refused.error.is_some());
    assert!(old.error.is_none());
    assert!(
        Rc::ptr_eq(&old.ring, &refused.ring),
        "a refusal keeps the ring"
    );
    assert_eq!(refused.version, old.version);

    // Loading a link replaces the ring, and the old state still holds the old one.
    let loaded = Rc::clone(&old).reduce(RingAction::LoadFragment("#v=1&n=x&k=0".into()));
    assert_eq!(loaded.ring.node_ids().len(), 1);
    assert_eq!(old.ring.to_csv(old.scheme), csv);
}

#[wasm_bindgen_test]
fn a_lab_action_leaves_the_previous_state_as_it_was() {
    let old = Rc::new(LabState::from_fragment(""));
    let (hash, now, workers) = (
        old.lab.log_hash(),
        old.lab.now(),
        old.lab.sim().worker_count(),
    );

    let spawned = Rc::clone(&old).reduce(LabAction::Spawn("3".into()));
    let later = Rc::clone(&spawned).reduce(LabAction::Seek(5_000));
    assert_eq!(spawned.lab.sim().worker_count(), workers + 3);
    assert_eq!(later.lab.now(), 5_000);
    assert_ne!(later.lab.log_hash(), hash);

    assert_eq!(old.lab.log_hash(), hash);
    assert_eq!(old.lab.now(), now);
    assert_eq!(old.lab.sim().worker_count(), workers);
    assert_eq!(
        spawned.lab.now(),
        now,
        "seeking did not move the state before it"
    );

    // A playback frame: the playing state keeps its time, the next one has moved on.
    let playing = Rc::clone(&later).reduce(LabAction::Play);
    let ticked = Rc::clone(&playing).reduce(LabAction::Tick(50.0));
    assert_eq!(playing.lab.now(), 5_000);
    assert_eq!(ticked.lab.now(), 5_050);

    // Stepping back and a refused action leave the earlier states too.
    let back = Rc::clone(&later).reduce(LabAction::StepBack);
    assert!(back.lab.now() < 5_000);
    assert_eq!(later.lab.now(), 5_000);
    let refused = Rc::clone(&later).reduce(LabAction::Spawn("100000".into()));
    assert!(refused.error.is_some());
    assert!(later.error.is_none());
    assert_eq!(later.lab.sim().worker_count(), workers + 3);

    // Selecting a worker does not touch the lab: it stays shared.
    let selected = Rc::clone(&later).reduce(LabAction::Select(None));
    assert!(LazyLab::ptr_eq(&later.lab, &selected.lab));
}

/// Milliseconds now, from the page's monotonic clock.
fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// The median of `f`'s durations over `n` runs, in milliseconds.
fn median_ms(n: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let start = now_ms();
            f();
            now_ms() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[n / 2]
}

#[wasm_bindgen_test]
fn copy_cost_at_one_million_keys_and_a_thousand_workers() {
    let nodes = (0..100)
        .map(|i| format!("n{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let ring = Rc::new(RingState::from_fragment(&format!(
        "#v=1&n={nodes}&vn=160&k=1000000&s=ring"
    )));
    assert_eq!(ring.ring.keys().len(), 1_000_000);
    let copy = median_ms(9, || drop(std::hint::black_box((*ring.ring).clone())));
    let kill = median_ms(9, || {
        let next = Rc::clone(&ring).reduce(RingAction::KillNode("n7".into()));
        assert!(next.error.is_none());
    });
    console_log!(
        "ring, 1M keys: copy {copy:.2} ms; kill reduced (copy + kill + counts) {kill:.2} ms"
    );

    let lab = Rc::new(LabState::from_fragment(""));
    let lab = lab.reduce(LabAction::Spawn("995".into()));
    assert_eq!(lab.lab.sim().worker_count(), 1_000);
    let lab = lab.reduce(LabAction::Seek(30_000));
    let copy = median_ms(9, || drop(std::hint::black_box((*lab.lab).clone())));
    let playing = lab.reduce(LabAction::Play);
    let tick = median_ms(9, || {
        let next = Rc::clone(&playing).reduce(LabAction::Tick(16.0));
        assert!(next.lab.now() > playing.lab.now());
    });
    console_log!(
        "lab, 1,000 workers at 30 s: copy {copy:.2} ms; one 16 ms frame reduced {tick:.2} ms"
    );
}
