//! Benchmark scenarios for ringlock-core, shared by the native runner (`cargo run --release -p
//! ringlock-bench`) and the wasm runner (a wasm-bindgen test in headless Chromium, beside a plain
//! JavaScript SHA-1 ring). The caller supplies the clock, so this crate never reads one itself.

use ringlock_core::algo::Algo;
use ringlock_core::{Ring, Scheme};

mod link;
mod lock;
mod placement;
pub use link::{build_node_by_node_walking, link_rows, link_scenario, modulo_rows};
pub use lock::{lock_rows, run_event_loop_baseline, run_lock};
pub use placement::{bare_placement, placement_rows, BARE_ROW, FIRST_ROW};

/// One measured step.
#[derive(Clone, Debug)]
pub struct Row {
    /// What was measured.
    pub name: String,
    /// Median milliseconds over the repetitions (nanoseconds per lookup for the rows whose
    /// name ends in `ns per key`).
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
        name: "build ring (vnodes hashed and sorted)".into(),
        ms: now() - t,
        check: ring.points().len() as u64,
    });

    let t = now();
    ring.add_generated(setup.keys)
        .expect("bench keys are within limits");
    rows.push(Row {
        name: FIRST_ROW.into(),
        ms: now() - t,
        check: ring.keys().len() as u64,
    });
    rows.push(bare_placement(&ring, setup.keys, now));

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
        name: "join one node: ownership + moved list + load statistics".into(),
        ms: median(join),
        check: moved_join,
    });
    rows.push(Row {
        name: "kill one node: ownership + moved list + load statistics".into(),
        ms: median(kill),
        check: moved_kill,
    });
    rows.push(Row {
        name: "revive one node".into(),
        ms: median(revive),
        check: 0,
    });
    rows.push(Row {
        name: "load statistics alone".into(),
        ms: median(stats),
        check: 0,
    });
    rows.push(Row {
        name: "modulo + article moved counts for the kill (scan of all keys)".into(),
        ms: median(schemes),
        check: moved_modulo,
    });
    rows.push(Row {
        name: "full re-placement pass, for comparison".into(),
        ms: median(full),
        check: 0,
    });
    rows
}

/// Each placement algorithm of [`Algo::all`] (160 vnodes per node on the rings, M = 65,537,
/// ε = 0.25) on `setup.nodes` equal nodes and `setup.keys` generated keys, three rows each:
///
/// - `build + place`: [`Algo::place`] of every key (the lookup structure built, every key
///   hashed and looked up). Check: keys placed.
/// - `join + kill, re-placed`: [`Algo::place_change`] from the nodes to the nodes plus one,
///   then from the nodes to the nodes with the last one dead (each call places every key
///   before and after, history-aware for Redis Cluster). Check: keys that changed server over
///   both changes.
/// - `lookup, ns per key`: a [`ringlock_core::algo::Placer`] built (not timed), then one
///   [`ringlock_core::algo::Placer::owner`] per key, hashing included. The `ms` column holds
///   *nanoseconds per lookup* here. Under bounded loads each lookup places the key as the next
///   arrival (in key order), so the placer is rebuilt for every repetition. Check: the sum of
///   the owners' indexes, equal natively and in wasm when the placements are.
///
/// The repetitions go round the algorithms (all algorithms once, then again), so a noisy
/// moment spreads over all of them rather than one; each row is the median.
pub fn run_algos(setup: &Setup, now: &dyn Fn() -> f64) -> Vec<Row> {
    use ringlock_core::NodeSpec;

    let node = |i: u32| NodeSpec {
        name: format!("10.0.{}.{}:11211", i / 256, i % 256),
        weight: 1,
        alive: true,
    };
    let base: Vec<NodeSpec> = (0..setup.nodes).map(node).collect();
    let mut joined = base.clone();
    joined.push(node(setup.nodes));
    let mut killed = base.clone();
    // Jump hash can only lose its last bucket, so the last node is the one that dies.
    if let Some(last) = killed.last_mut() {
        last.alive = false;
    }
    let names: Vec<String> = (0..setup.keys).map(|i| format!("key-{i}")).collect();
    let keys: Vec<&str> = names.iter().map(String::as_str).collect();
    // Owners are indexes into their own node lists, so servers are compared by name.
    let moved = |before: &[NodeSpec], after: &[NodeSpec], (old, new): (Vec<usize>, Vec<usize>)| {
        old.iter()
            .zip(&new)
            .filter(|(&o, &n)| before[o].name != after[n].name)
            .count() as u64
    };

    let algos = Algo::all();
    let mut times = vec![[Vec::new(), Vec::new(), Vec::new()]; algos.len()];
    let mut checks = vec![[0u64; 3]; algos.len()];
    for _ in 0..setup.reps.max(1) {
        for (i, algo) in algos.iter().enumerate() {
            let t = now();
            let owners = algo.place(&base, &keys).expect("bench topology is valid");
            times[i][0].push(now() - t);
            checks[i][0] = owners.len() as u64;

            let t = now();
            let join = algo.place_change(&base, &joined, &keys).expect("valid");
            let kill = algo.place_change(&base, &killed, &keys).expect("valid");
            times[i][1].push(now() - t);
            checks[i][1] = moved(&base, &joined, join) + moved(&base, &killed, kill);

            let mut placer = algo.placer(&base, keys.len()).expect("valid");
            let t = now();
            let mut sum = 0u64;
            for key in &keys {
                sum += placer.owner(key) as u64;
            }
            let ms = now() - t;
            times[i][2].push(ms * 1e6 / keys.len().max(1) as f64);
            checks[i][2] = std::hint::black_box(sum);
        }
    }

    let mut rows = Vec::new();
    for ((algo, times), checks) in algos.iter().zip(times).zip(checks) {
        let label = algo_label(algo);
        for ((step, times), check) in ALGO_STEPS.iter().zip(times).zip(checks) {
            rows.push(Row {
                name: format!("algo {label}: {step}"),
                ms: median(times),
                check,
            });
        }
    }
    rows
}

/// The scenario of [`run_algos`], the same natively and in wasm: 100 nodes (weight 1),
/// 100,000 keys, median of 9 repetitions. `vnodes` is documentation only: [`Algo::all`] gives
/// the rings their default of 160 per node.
pub const ALGOS: Setup = Setup {
    nodes: 100,
    vnodes: ringlock_core::algo::DEFAULT_RING_VNODES,
    keys: 100_000,
    reps: 9,
};

/// The steps of [`run_algos`], in the order of its rows.
pub const ALGO_STEPS: [&str; 3] = [
    "build + place",
    "join + kill, re-placed",
    "lookup, ns per key",
];

/// The algorithm's code, with its parameter where it has one worth showing.
pub fn algo_label(algo: &Algo) -> String {
    match algo {
        Algo::Maglev { m } => format!("maglev (M={m})"),
        Algo::Bounded { eps, .. } => format!("bounded (ε={eps})"),
        _ => algo.code().to_owned(),
    }
}
