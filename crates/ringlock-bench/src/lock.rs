//! The lock rows: the simulator beside a bare event loop in the same process or page.

/// Events per second of the lock simulator with 1,000 workers on the central model: returns
/// (events, milliseconds, log hash) so the caller can print and cross-check.
pub fn run_lock(events: u64, now: &dyn Fn() -> f64) -> (u64, f64, u64) {
    use ringlock_lock::{Settings, Sim};
    let settings = Settings {
        workers: 1_000,
        ..Settings::default()
    };
    let mut sim = Sim::new(1, settings).expect("the bench settings are valid");
    let t = now();
    while sim.events_processed() < events {
        sim.step();
    }
    (sim.events_processed(), now() - t, sim.log_hash())
}

/// The lock simulator's baseline in the same process or page: a bare discrete-event loop with
/// the same shape of work per event and nothing else — pop the earliest of 1,000 pending
/// events from a binary heap ordered by (time, sequence), draw the next delay from ChaCha8 and
/// push it, folding each event's (time, worker) into the hash with one FNV-1a step. `run_lock`'s events per second divided by
/// this loop's is what the simulator's own work costs; it is comparable across runs and
/// machines where the absolute rate is not. Returns (events, milliseconds, hash).
pub fn run_event_loop_baseline(events: u64, now: &dyn Fn() -> f64) -> (u64, f64, u64) {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;

    use rand_chacha::rand_core::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut heap = BinaryHeap::new();
    let mut seq = 0u64;
    for worker in 0..1_000u32 {
        heap.push(Reverse((rng.next_u64() % 500, seq, worker)));
        seq += 1;
    }
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let t = now();
    for _ in 0..events {
        let Some(Reverse((at, _, worker))) = heap.pop() else {
            break;
        };
        hash = (hash ^ (at << 16) ^ u64::from(worker)).wrapping_mul(0x0100_0000_01b3);
        let delay = ((u128::from(rng.next_u64()) * 500) >> 64) as u64;
        heap.push(Reverse((at + 1 + delay, seq, worker)));
        seq += 1;
    }
    (events, now() - t, hash)
}

/// The lock rows: the simulator and its bare-loop baseline, alternated for `rounds` rounds so
/// that a noisy moment hits both, each as (name, median events per second, log hash).
pub fn lock_rows(events: u64, rounds: usize, now: &dyn Fn() -> f64) -> Vec<(String, f64, String)> {
    let mut sim = Vec::new();
    let mut bare = Vec::new();
    let (mut sim_hash, mut bare_hash) = (0, 0);
    for _ in 0..rounds.max(1) {
        let (n, ms, h) = run_lock(events, now);
        sim.push(n as f64 / (ms / 1000.0));
        sim_hash = h;
        let (n, ms, h) = run_event_loop_baseline(events, now);
        bare.push(n as f64 / (ms / 1000.0));
        bare_hash = h;
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    vec![
        (
            "lock simulator, 1,000 workers: events per second".to_owned(),
            median(sim),
            format!("{sim_hash:016x}"),
        ),
        (
            "lock baseline: bare event loop, events per second".to_owned(),
            median(bare),
            format!("{bare_hash:016x}"),
        ),
    ]
}
