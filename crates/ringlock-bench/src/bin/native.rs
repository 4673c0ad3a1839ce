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
    for (name, per_sec, hash) in ringlock_bench::lock_rows(2_000_000, 3, &now) {
        println!("BENCH native\t{name}\t{per_sec:.0}\t{hash}");
    }
}
