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

/// Each placement algorithm of `ringlock_core::algo` on `setup.nodes` equal nodes and
/// `setup.keys` generated keys: build + placement of every key, then one join and one kill
/// (each a full re-placement, since the algorithms other than the ring are not incremental).
/// The check column is the number of keys the join moved plus the number the kill moved.
pub fn run_algos(setup: &Setup, now: &dyn Fn() -> f64) -> Vec<Row> {
    use ringlock_core::algo::Algo;
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
    let moved = |a: &[usize], b: &[usize]| a.iter().zip(b).filter(|(x, y)| x != y).count() as u64;

    let mut rows = Vec::new();
    for (code, name) in ALGO_ROWS {
        let algo = Algo::from_code(code).expect("known code");
        let (mut place, mut change) = (Vec::new(), Vec::new());
        let mut check = 0;
        for _ in 0..setup.reps.max(1) {
            let t = now();
            let owners = algo.place(&base, &keys).expect("bench topology is valid");
            place.push(now() - t);
            let t = now();
            let after_join = algo.place(&joined, &keys).expect("valid");
            let after_kill = algo.place(&killed, &keys).expect("valid");
            change.push(now() - t);
            check = moved(&owners, &after_join) + moved(&owners, &after_kill);
        }
        rows.push(Row {
            name: name.0,
            ms: median(place),
            check: keys.len() as u64,
        });
        rows.push(Row {
            name: name.1,
            ms: median(change),
            check,
        });
    }
    rows
}

/// Algorithm codes and the names of their two rows (build + place; join + kill).
const ALGO_ROWS: [(&str, (&str, &str)); 11] = [
    (
        "ring",
        (
            "algo ring: build + place",
            "algo ring: join + kill, re-placed",
        ),
    ),
    (
        "modulo",
        (
            "algo modulo: build + place",
            "algo modulo: join + kill, re-placed",
        ),
    ),
    (
        "article",
        (
            "algo article: build + place",
            "algo article: join + kill, re-placed",
        ),
    ),
    (
        "libmemcached-ketama",
        (
            "algo libmemcached-ketama: build + place",
            "algo libmemcached-ketama: join + kill, re-placed",
        ),
    ),
    (
        "libketama",
        (
            "algo libketama: build + place",
            "algo libketama: join + kill, re-placed",
        ),
    ),
    (
        "ketama-spy",
        (
            "algo ketama-spy: build + place",
            "algo ketama-spy: join + kill, re-placed",
        ),
    ),
    (
        "jump",
        (
            "algo jump: build + place",
            "algo jump: join + kill, re-placed",
        ),
    ),
    (
        "rendezvous",
        (
            "algo rendezvous: build + place",
            "algo rendezvous: join + kill, re-placed",
        ),
    ),
    (
        "maglev",
        (
            "algo maglev (M=65537): build + place",
            "algo maglev (M=65537): join + kill, re-placed",
        ),
    ),
    (
        "bounded",
        (
            "algo bounded (ε=0.25): build + place",
            "algo bounded (ε=0.25): join + kill, re-placed",
        ),
    ),
    (
        "redis-cluster",
        (
            "algo redis-cluster: build + place",
            "algo redis-cluster: join + kill, re-placed",
        ),
    ),
];

/// Events per second of the lock simulator with 1,000 workers on the central model: returns
/// (events, milliseconds, log hash) so the caller can print and cross-check.
pub fn run_lock(events: u64, now: &dyn Fn() -> f64) -> (u64, f64, u64) {
    use ringlock_core::lock::{Settings, Sim};
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
