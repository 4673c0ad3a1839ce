//! Benchmark scenarios for ringlock-core, shared by the native runner (`cargo run --release -p
//! ringlock-bench`) and the wasm runner (a wasm-bindgen test in headless Chromium, beside a plain
//! JavaScript SHA-1 ring). The caller supplies the clock, so this crate never reads one itself.

use ringlock_core::{Ring, Scheme};

/// One measured step.
#[derive(Clone, Debug)]
pub struct Row {
    /// What was measured.
    pub name: &'static str,
    /// Median milliseconds over the repetitions.
    pub ms: f64,
    /// A count that proves the work was done (keys moved, keys placed).
    pub check: u64,
}

/// The scenario of the issue: `nodes` × `vnodes`, `keys` generated keys.
pub struct Setup {
    /// Nodes.
    pub nodes: u32,
    /// Vnodes per node.
    pub vnodes: u32,
    /// Keys.
    pub keys: u32,
    /// Repetitions of each incremental step (median reported).
    pub reps: usize,
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Run the ring scenario with `now()` returning milliseconds.
pub fn run_ring(setup: &Setup, now: &dyn Fn() -> f64) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut ring = Ring::new(setup.vnodes);
    let t = now();
    for n in 0..setup.nodes {
        ring.add_node(&format!("node{n}"), 1)
            .expect("bench nodes are valid");
    }
    rows.push(Row {
        name: "build ring (vnodes hashed and sorted)",
        ms: now() - t,
        check: ring.points().len() as u64,
    });

    let t = now();
    ring.add_generated(setup.keys)
        .expect("bench keys are within limits");
    rows.push(Row {
        name: "first hashing + placement of all keys",
        ms: now() - t,
        check: ring.keys().len() as u64,
    });

    let (mut join, mut kill, mut revive, mut stats, mut schemes, mut full) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let (mut moved_join, mut moved_kill, mut moved_modulo) = (0, 0, 0);
    for rep in 0..setup.reps {
        let name = format!("joiner{rep}");
        let t = now();
        let change = ring.add_node(&name, 1).expect("valid");
        let s = ring.stats(Scheme::Ring);
        join.push(now() - t);
        moved_join = change.moves.len() as u64;
        assert_eq!(s.loads.len(), setup.nodes as usize + 1);

        let t = now();
        let mut change = ring.kill_node(&name).expect("valid");
        let s = ring.stats(Scheme::Ring);
        kill.push(now() - t);
        moved_kill = change.moves.len() as u64;
        assert_eq!(s.loads.len(), setup.nodes as usize);

        let t = now();
        ring.compare_schemes(&mut change);
        schemes.push(now() - t);
        moved_modulo = change.moved.modulo;

        let t = now();
        ring.revive_node(&name).expect("valid");
        revive.push(now() - t);

        let t = now();
        let s = ring.stats(Scheme::Ring);
        stats.push(now() - t);
        assert!(s.mean > 0.0);

        let t = now();
        let owners = ring.full_assignment();
        full.push(now() - t);
        assert_eq!(owners.len(), ring.keys().len());

        ring.remove_node(&name).expect("valid");
    }
    rows.push(Row {
        name: "join one node: ownership + moved list + load statistics",
        ms: median(join),
        check: moved_join,
    });
    rows.push(Row {
        name: "kill one node: ownership + moved list + load statistics",
        ms: median(kill),
        check: moved_kill,
    });
    rows.push(Row {
        name: "revive one node",
        ms: median(revive),
        check: 0,
    });
    rows.push(Row {
        name: "load statistics alone",
        ms: median(stats),
        check: 0,
    });
    rows.push(Row {
        name: "modulo + article moved counts for the kill (scan of all keys)",
        ms: median(schemes),
        check: moved_modulo,
    });
    rows.push(Row {
        name: "full re-placement pass, for comparison",
        ms: median(full),
        check: 0,
    });
    rows
}
