//! Native run of the first hashing + placement of 1M generated keys beside the bare SHA-1 +
//! binary-search loop, alternated in one process: `cargo run --release -p ringlock-bench --bin
//! placement [reps] [cpu]`. With `cpu`, times are this thread's CPU time (Linux
//! `/proc/thread-self/schedstat`, kernel time such as page faults included) rather than wall
//! time, which on a shared machine also counts the time other work held the core. The ratios
//! are written by hand in docs/benchmarks.md.

use std::time::Instant;

use ringlock_bench::placement_rows;
use ringlock_core::Ring;

fn main() {
    let start = Instant::now();
    let wall = || start.elapsed().as_secs_f64() * 1000.0;
    let args: Vec<String> = std::env::args().collect();
    let reps = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(7);
    let cpu = args.get(2).is_some_and(|a| a == "cpu");
    let now: &dyn Fn() -> f64 = if cpu { &cpu_ms } else { &wall };
    let mut ring = Ring::new(160);
    for n in 0..100 {
        ring.add_node(&format!("node{n}"), 1).expect("bench nodes");
    }
    for row in placement_rows(&ring, 1_000_000, reps, now) {
        println!("BENCH native\t{}\t{:.3}\t{}", row.name, row.ms, row.check);
    }
}

/// This thread's CPU time in milliseconds: the first field of its schedstat, in nanoseconds.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .expect("/proc/thread-self/schedstat (Linux) for CPU time")
        / 1e6
}
