//! Native run of the ring benchmark: `cargo run --release -p ringlock-bench --bin native`.

use std::time::Instant;

use ringlock_bench::{run_ring, Setup};

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
}
