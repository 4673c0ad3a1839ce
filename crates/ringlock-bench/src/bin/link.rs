//! Native run of the link-opening and modulo-theory benchmarks, each beside its baseline in
//! the same process: `cargo run --release -p ringlock-bench --bin link`. The ratios are
//! written by hand in docs/benchmarks.md.

use std::time::Instant;

use ringlock_bench::{link_rows, link_scenario, modulo_rows, Row};

fn print(rows: &[Row]) {
    let base = rows[0].ms;
    for row in rows {
        println!(
            "BENCH native\t{}\t{:.4}\t{}\t{:.4}× the first",
            row.name,
            row.ms,
            row.check,
            row.ms / base
        );
    }
}

fn main() {
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    for (label, nodes, vnodes) in [("100 × 160", 100, 160), ("1,000 × 16", 1_000, 16)] {
        let scenario = link_scenario(nodes, vnodes, 100_000);
        print(&link_rows(
            &format!("{label} × 100,000 keys"),
            &scenario,
            5,
            &now,
        ));
    }
    for n in [100, 1_000, 10_000] {
        print(&modulo_rows(n, 5, &now));
    }
}
