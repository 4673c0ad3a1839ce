//! Native run of the benchmarks (ring, placement algorithms, lock simulator):
//! `cargo run --release -p ringlock-bench --bin native`.

use std::time::Instant;

use ringlock_bench::{run_algos, run_ring, Setup, ALGOS};

fn main() {
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    let setup = Setup {
        nodes: 100,
        vnodes: 160,
        keys: 1_000_000,
        reps: 15,
    };
    for row in run_ring(&setup, &now) {
        println!("BENCH native\t{}\t{:.3}\t{}", row.name, row.ms, row.check);
    }
    // Every placement algorithm: build + place, join + kill, single-key lookups.
    for row in run_algos(&ALGOS, &now) {
        println!("BENCH native\t{}\t{:.3}\t{}", row.name, row.ms, row.check);
    }
    let (events, ms, hash) = ringlock_bench::run_lock(2_000_000, &now);
    println!(
        "BENCH native\tlock simulator, 1,000 workers: events per second\t{:.0}\t{hash:016x}",
        events as f64 / (ms / 1000.0)
    );
}
