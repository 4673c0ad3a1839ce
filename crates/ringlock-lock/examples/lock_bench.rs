//! Events per second of the lock simulator with 1,000 workers:
//! `cargo run --release -p ringlock-lock --example lock_bench`.
//!
//! The wall clock is read here, in the example, never in the core.

use std::time::Instant;

use ringlock_lock::{Lab, Model, Settings, Sim, Span};

fn measure(name: &str, events: u64, mut step: impl FnMut() -> u64) {
    let start = Instant::now();
    let done = step();
    let secs = start.elapsed().as_secs_f64();
    assert!(done >= events);
    println!(
        "BENCH lock\t{name}\t{done} events\t{:.3} s\t{:.2} M events/s",
        secs,
        done as f64 / secs / 1e6
    );
}

fn main() {
    const EVENTS: u64 = 5_000_000;
    let central = Settings {
        workers: 1_000,
        ..Settings::default()
    };
    let local = Settings {
        model: Model::LocalLock,
        nodes: 16,
        ..central
    };
    // Short leases that expire under long holds: renewals, expiries and stale writes.
    let churn = Settings {
        ttl: 100,
        hold: Span::new(50, 400),
        think: Span::new(0, 50),
        fencing: true,
        ..central
    };
    for (name, settings) in [("central", central), ("local-16", local), ("churn", churn)] {
        let mut sim = Sim::new(1, settings).unwrap();
        measure(&format!("sim {name}"), EVENTS, || {
            while sim.events_processed() < EVENTS {
                sim.step();
            }
            sim.events_processed()
        });
        println!(
            "  simulated {:.1} s, hash {:016x}",
            sim.now() as f64 / 1000.0,
            sim.log_hash()
        );
    }
    // The UI path: the history's snapshots included.
    let mut lab = Lab::new(1, central).unwrap();
    measure("lab central", EVENTS, || {
        while lab.sim().events_processed() < EVENTS {
            lab.run_for(1_000);
        }
        lab.sim().events_processed()
    });
    let now = lab.now();
    let start = Instant::now();
    let rebuilt = lab.rebuild_at(now);
    println!(
        "  rebuild_at(now = {:.0} s): {:.3} s, same hash: {}",
        now as f64 / 1000.0,
        start.elapsed().as_secs_f64(),
        rebuilt.log_hash() == lab.log_hash()
    );
    // Worst cases: just before a snapshot, the whole interval since the previous one replays.
    let worst = (1..8)
        .map(|k| {
            let t = now * k / 8;
            let start = Instant::now();
            let sim = lab.rebuild_at(t);
            assert_eq!(sim.now(), t);
            start.elapsed().as_secs_f64()
        })
        .fold(0.0, f64::max);
    println!("  rebuild_at(7 times across the run): worst {worst:.3} s");
}
