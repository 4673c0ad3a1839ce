//! Lookup time, measured in this tab: after a comparison, each algorithm's lookup structure is
//! built once for the nodes after the change, then timed over the compared keys, one
//! algorithm per timer turn so the page stays responsive. Times are noisy by nature; the ring's
//! time, measured in the same turn sequence, is the baseline the others are read against.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ringlock_core::algo::{Algo, Placer};
use ringlock_core::NodeSpec;
use yew::prelude::*;

use crate::algo::data::{CompareInput, Comparison};

/// Most keys looked up per pass.
pub const SAMPLE_KEYS: usize = 5_000;
/// Keys timed when the ring has none.
const STAND_IN_KEYS: usize = 2_000;
/// Each timed round runs whole passes over the keys until this many milliseconds have gone
/// by, well above the browser's coarse timer (0.1 ms).
pub const ROUND_MS: f64 = 1.0;
/// Rounds per algorithm; the median round is reported, so one round disturbed by the page
/// (a garbage collection, a paint) does not move the result.
pub const ROUNDS: usize = 5;
/// Passes per round at most, so a very slow algorithm cannot hold a turn for long.
const MAX_PASSES: usize = 200;

/// Nanoseconds per lookup for each algorithm of a comparison, in its order (`None` while not
/// measured yet, or when the algorithm cannot place on these nodes).
pub type LookupTimes = Rc<Vec<Option<f64>>>;

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Time `placer`'s lookups of `keys`: [`ROUNDS`] rounds, each of whole passes over the keys
/// until [`ROUND_MS`], every pass on a fresh copy made outside the timed part (bounded loads
/// count arrivals). Returns the median round's nanoseconds per lookup.
pub fn time_lookups(placer: &Placer, keys: &[&str], clock: impl Fn() -> f64) -> Option<f64> {
    if keys.is_empty() {
        return None;
    }
    let mut sink = 0usize;
    let mut warm = placer.clone();
    for key in keys.iter().take(200) {
        sink ^= warm.owner(key);
    }
    let mut rounds: Vec<f64> = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let (mut elapsed, mut lookups) = (0.0, 0usize);
        for _ in 0..MAX_PASSES {
            let mut fresh = placer.clone();
            let start = clock();
            for key in keys {
                sink ^= fresh.owner(key);
            }
            elapsed += clock() - start;
            lookups += keys.len();
            if elapsed >= ROUND_MS {
                break;
            }
        }
        if elapsed > 0.0 {
            rounds.push(elapsed * 1e6 / lookups as f64);
        }
    }
    std::hint::black_box(sink);
    rounds.sort_by(f64::total_cmp);
    rounds.get(rounds.len() / 2).copied()
}

fn sample(keys: &[String]) -> Vec<String> {
    if keys.is_empty() {
        (0..STAND_IN_KEYS).map(|i| format!("key-{i}")).collect()
    } else {
        keys.iter().take(SAMPLE_KEYS).cloned().collect()
    }
}

fn measure(algo: &Algo, nodes: &[NodeSpec], keys: &[&str]) -> Option<f64> {
    let placer = algo.placer(nodes, keys.len()).ok()?;
    time_lookups(&placer, keys, now)
}

/// The lookup times of `comparison`'s algorithms on its nodes after, for `input`'s keys.
#[hook]
pub fn use_lookup_times(
    comparison: Option<Rc<Comparison>>,
    input: Rc<CompareInput>,
) -> LookupTimes {
    let times = use_state(|| Rc::new(Vec::new()));
    let timer = use_mut_ref(|| None::<Timeout>);
    let key = comparison.as_ref().map(|c| Rc::as_ptr(c) as usize);
    {
        let (times, timer) = (times.clone(), timer.clone());
        use_effect_with(key, move |_| {
            times.set(Rc::new(Vec::new()));
            if let Some(comparison) = comparison {
                let sample = Rc::new(sample(&input.keys));
                let found = Rc::new(RefCell::new(Vec::new()));
                schedule(comparison, sample, found, times, timer.clone());
            }
            move || drop(timer.borrow_mut().take())
        });
    }
    (*times).clone()
}

/// Measure the next algorithm in a later turn, publishing the times so far.
fn schedule(
    comparison: Rc<Comparison>,
    sample: Rc<Vec<String>>,
    found: Rc<RefCell<Vec<Option<f64>>>>,
    times: UseStateHandle<LookupTimes>,
    timer: Rc<RefCell<Option<Timeout>>>,
) {
    let next = timer.clone();
    *timer.borrow_mut() = Some(Timeout::new(0, move || {
        let i = found.borrow().len();
        let Some((algo, _)) = comparison.reports.get(i) else {
            return;
        };
        let keys: Vec<&str> = sample.iter().map(String::as_str).collect();
        let ns = measure(algo, &comparison.after, &keys);
        found.borrow_mut().push(ns);
        times.set(Rc::new(found.borrow().clone()));
        schedule(comparison, sample, found, times, next);
    }));
}

#[cfg(test)]
#[path = "lookup_times_tests.rs"]
mod tests;
