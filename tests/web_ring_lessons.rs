//! The ring tab's one-click lessons in a real browser: each sets up its ring, hides its
//! outcome until a guess or "show me", and then shows numbers that equal an independent
//! computation on the same ring (owners found here by walking the points, not by the core's
//! placement).
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_ring_lessons`.

use std::collections::{HashMap, HashSet};

use ringlock::ring::lessons::{Lesson, KILLED};
use ringlock::ring::state::RingAction;
use ringlock_core::{Ring, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::ring_view::{mount, RingHarness};
use common::{fire, tick, wait, Mounted};

fn ring_of(fragment: &str) -> Ring {
    Scenario::from_fragment(fragment).unwrap().build().unwrap()
}

/// Each key's owner on the ring: the first point of a live node at or after the key's
/// position, wrapping past the top; `skip` names a node taken as dead.
fn owners(ring: &Ring, skip: Option<&str>) -> HashMap<String, String> {
    let mut points: Vec<(u64, String)> = ring
        .points()
        .iter()
        .map(|p| (p.position, ring.node_name(p.node).to_string()))
        .filter(|(_, name)| Some(name.as_str()) != skip)
        .collect();
    points.sort();
    let keys = ring.keys();
    keys.ids()
        .iter()
        .map(|&id| {
            let pos = keys.hash(id).position;
            let i = points.partition_point(|(p, _)| *p < pos) % points.len();
            (keys.name(id).to_string(), points[i].1.clone())
        })
        .collect()
}

/// Start a lesson and check that nothing of its outcome shows yet.
async fn start(m: &Mounted<RingHarness>, lesson: Lesson) {
    common::click(&m.root, &format!("[data-ring-lesson='{}']", lesson.code()));
    tick().await;
    assert!(m.find(".lesson-ask").is_some(), "{lesson:?}: no question");
    assert!(
        m.find(".lesson-outcome").is_none(),
        "{lesson:?}: outcome before a guess"
    );
    assert!(m.find(".lesson-measured").is_none());
}

/// Type a guess and submit it.
async fn guess(m: &Mounted<RingHarness>, value: &str) {
    let input = m.input(".lesson-guess");
    input.set_value(value);
    fire(&input, "new InputEvent('input', { bubbles: true })");
    tick().await;
    common::click(&m.root, ".lesson-check");
    wait(150).await;
}

fn data(m: &Mounted<RingHarness>, name: &str) -> f64 {
    m.get(".lesson-outcome")
        .get_attribute(name)
        .unwrap()
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_join_lessons_measure_what_an_independent_count_finds() {
    let m = mount("", vec![]).await;
    // Modulo: a key moves when its position mod 4 and mod 5 differ (node5 is appended last).
    start(&m, Lesson::JoinModulo).await;
    guess(&m, "150").await;
    assert!(
        m.find(".lesson-outcome").is_none(),
        "an impossible guess is refused"
    );
    assert!(m.find(".lesson-ask .field-error").is_some());
    guess(&m, "80").await;
    let ring = ring_of(Lesson::JoinModulo.setup());
    let keys = ring.keys();
    let moved = keys
        .ids()
        .iter()
        .filter(|&&id| keys.hash(id).position % 4 != keys.hash(id).position % 5)
        .count();
    let expected = 100.0 * moved as f64 / keys.len() as f64;
    assert!((data(&m, "data-measured") - expected).abs() < 1e-9);
    assert!((data(&m, "data-theory") - 80.0).abs() < 1e-9);
    assert_eq!(data(&m, "data-detail"), moved as f64);
    assert!(
        m.text(".lesson-verdict").starts_with('✓'),
        "{}",
        m.text(".lesson-verdict")
    );

    // Ring: compare owners before and after with node5 on the ring.
    start(&m, Lesson::JoinRing).await;
    guess(&m, "50").await;
    let before = owners(&ring_of(Lesson::JoinRing.setup()), None);
    let after = owners(
        &ring_of(&Lesson::JoinRing.setup().replace("node4", "node4,node5")),
        None,
    );
    let moved: Vec<&String> = before.keys().filter(|k| before[*k] != after[*k]).collect();
    assert!(moved.iter().all(|k| after[*k] == "node5"));
    let expected = 100.0 * moved.len() as f64 / before.len() as f64;
    assert!((data(&m, "data-measured") - expected).abs() < 1e-9);
    assert!((data(&m, "data-theory") - 20.0).abs() < 1e-9);
    assert!(m.text(".lesson-verdict").starts_with('✗'));
}

#[wasm_bindgen_test]
async fn the_vnodes_lesson_measures_the_share_spread_at_v_160() {
    let m = mount("", vec![]).await;
    start(&m, Lesson::Vnodes).await;
    common::click(&m.root, ".lesson-show");
    wait(150).await;
    assert_eq!(m.text(".lesson-guess-value"), "skipped");
    assert!(m.find(".lesson-verdict").is_none());
    // Shares from the points: each point closes the arc since the one before it.
    let ring = ring_of(&Lesson::Vnodes.setup().replace("vn=1&", "vn=160&"));
    let mut points: Vec<(u64, String)> = ring
        .points()
        .iter()
        .map(|p| (p.position, ring.node_name(p.node).to_string()))
        .collect();
    points.sort();
    let mut shares: HashMap<String, f64> = HashMap::new();
    for i in 0..points.len() {
        let prev = points[(i + points.len() - 1) % points.len()].0;
        *shares.entry(points[i].1.clone()).or_default() +=
            points[i].0.wrapping_sub(prev) as f64 / 2f64.powi(64);
    }
    let n = shares.len() as f64;
    let mean = shares.values().sum::<f64>() / n;
    let sd = (shares.values().map(|s| (s - mean).powi(2)).sum::<f64>() / n).sqrt();
    assert!((data(&m, "data-measured") - 100.0 * sd / mean).abs() < 1e-6);
    let theory = 100.0 * (9.0f64 / (10.0 * 160.0 + 1.0)).sqrt();
    assert!((data(&m, "data-theory") - theory).abs() < 1e-9);
    // The busiest node, in keys, against the mean.
    let owned = owners(&ring, None);
    let mut per: HashMap<&str, usize> = HashMap::new();
    for o in owned.values() {
        *per.entry(o.as_str()).or_default() += 1;
    }
    let max = *per.values().max().unwrap() as f64;
    assert!((data(&m, "data-detail") - max / (owned.len() as f64 / 10.0)).abs() < 1e-9);
}

#[wasm_bindgen_test]
async fn a_kill_goes_to_one_successor_without_vnodes_and_to_all_with_them() {
    let m = mount("", vec![]).await;
    for (lesson, answer, receivers) in [
        (Lesson::KillAlone, "1", 1usize),
        (Lesson::KillSpread, "1", 4),
    ] {
        start(&m, lesson).await;
        guess(&m, answer).await;
        let ring = ring_of(lesson.setup());
        let (before, after) = (owners(&ring, None), owners(&ring, Some(KILLED)));
        let moved: Vec<&String> = before.keys().filter(|k| before[*k] != after[*k]).collect();
        assert!(moved.iter().all(|k| before[*k] == KILLED));
        let got: HashSet<&str> = moved.iter().map(|k| after[*k].as_str()).collect();
        assert_eq!(got.len(), receivers, "{lesson:?}");
        assert_eq!(data(&m, "data-measured"), receivers as f64);
        assert_eq!(data(&m, "data-theory"), receivers as f64);
        let largest = got
            .iter()
            .map(|r| moved.iter().filter(|k| after[**k] == *r).count())
            .max()
            .unwrap();
        let share = 100.0 * largest as f64 / moved.len() as f64;
        assert!((data(&m, "data-detail") - share).abs() < 1e-9, "{lesson:?}");
        let verdict = m.text(".lesson-verdict");
        assert_eq!(verdict.starts_with('✓'), receivers == 1, "{verdict}");
    }
}

#[wasm_bindgen_test]
async fn changing_the_ring_after_a_lesson_marks_its_numbers_stale() {
    let m = mount("", vec![RingAction::AddKey("extra".to_string())]).await;
    start(&m, Lesson::KillAlone).await;
    common::click(&m.root, ".lesson-show");
    wait(150).await;
    assert!(m.find(".lesson-outcome").is_some());
    common::click(&m.root, "#act0");
    tick().await;
    assert!(m.find(".lesson-outcome").is_none());
    assert!(m.find(".lesson-stale").is_some());
    // Setting it up again asks again, and shows nothing of the last run.
    start(&m, Lesson::KillAlone).await;
}

#[wasm_bindgen_test]
async fn the_exercises_are_one_tab_stop_and_the_arrow_keys_move_between_them() {
    let m = mount("", vec![]).await;
    assert_eq!(m.all(".lesson-list [tabindex='0']").len(), 1);
    let first = m.get("[data-ring-lesson='join-modulo']");
    first
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    fire(
        &first,
        "new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })",
    );
    tick().await;
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active.get_attribute("data-ring-lesson").as_deref(),
        Some("join-ring")
    );
    assert_eq!(
        m.get("[data-ring-lesson='join-ring']")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
}
