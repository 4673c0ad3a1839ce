//! Opening a link: the ring built node by node (one reported change per node, with its
//! theory) against one batch, and the modulo theory of one change counted by walking every
//! residue against the O(N) count.

use ringlock_core::modulo::{modulo_moved_residues, modulo_moved_residues_walk};
use ringlock_core::{KeySpec, NodeId, NodeSpec, Ring, Scenario, Scheme};

use crate::{median, Row};

/// One way to build a link's ring.
type Build<'a> = &'a dyn Fn(&Scenario) -> Ring;
/// One way to count a change's moved residues, and how many calls one timing makes.
type Count = (fn(&[NodeId], &[NodeId]) -> (u64, u64), u64);

/// The link of the issue: `nodes` equal live nodes `node0 …`, `vnodes` each, `keys`
/// generated keys.
pub fn link_scenario(nodes: u32, vnodes: u32, keys: u32) -> Scenario {
    Scenario {
        nodes: (0..nodes)
            .map(|i| NodeSpec {
                name: format!("node{i}"),
                weight: 1,
                alive: true,
            })
            .collect(),
        vnodes,
        keys: KeySpec {
            generated: keys,
            named: Vec::new(),
            removed: Vec::new(),
        },
        scheme: Scheme::Ring,
    }
}

/// The baseline: the ring built as links built it before they placed their nodes in one
/// batch, node by node, each node a reported change whose modulo theory walked every residue
/// (the walk is run beside the O(N) count the core now does, which costs next to nothing).
pub fn build_node_by_node_walking(scenario: &Scenario) -> Ring {
    let mut ring = Ring::new(scenario.vnodes);
    let mut walked = 0u64;
    for node in &scenario.nodes {
        let change = ring.add_node(&node.name, node.weight).expect("bench nodes");
        walked += modulo_moved_residues_walk(&change.live_order_before, &ring.live_ids()).0;
    }
    std::hint::black_box(walked);
    ring.add_generated(scenario.keys.generated)
        .expect("bench keys");
    ring
}

/// Rows for opening the link of `scenario` three ways, and the third without its keys, `reps`
/// times each, going round the four so that a noisy moment hits them all. Check: points ×
/// 1,000,000 + the keys whose owner differs from the baseline's ring (so it ends in 000000
/// when the rings agree).
pub fn link_rows(label: &str, scenario: &Scenario, reps: usize, now: &dyn Fn() -> f64) -> Vec<Row> {
    // The batch's nodes alone: the same link with no keys.
    let mut bare = scenario.clone();
    bare.keys.generated = 0;
    let ways: [(&str, Build); 4] = [
        (
            "node by node, residue walk per node (before)",
            &build_node_by_node_walking,
        ),
        ("node by node, O(N) theory per node", &|s| {
            s.build_node_by_node().expect("bench link")
        }),
        ("one batch (after)", &|s| s.build().expect("bench link")),
        ("one batch, the nodes alone (no keys)", &|_| {
            bare.build().expect("bench link")
        }),
    ];
    let mut times = vec![Vec::new(); ways.len()];
    let mut checks = vec![0u64; ways.len()];
    let mut reference: Option<Vec<Option<NodeId>>> = None;
    for _ in 0..reps.max(1) {
        for (i, (_, build)) in ways.iter().enumerate() {
            let t = now();
            let ring = build(scenario);
            times[i].push(now() - t);
            let owners = ring.full_assignment();
            let reference = reference.get_or_insert_with(|| owners.clone());
            let differ = owners.iter().zip(reference.iter()).filter(|(a, b)| a != b);
            checks[i] = ring.points().len() as u64 * 1_000_000 + differ.count() as u64;
        }
    }
    ways.iter()
        .zip(times)
        .zip(checks)
        .map(|(((way, _), times), check)| Row {
            name: format!("open link {label}: {way}"),
            ms: median(times),
            check,
        })
        .collect()
}

/// The modulo theory of a join at `n` nodes (`n` → `n + 1`, the new node last), by the residue
/// walk and by the O(N) count: milliseconds per call, median of `reps` timings of enough calls
/// to take a while. Check: the moved residues (equal both ways).
pub fn modulo_rows(n: u32, reps: usize, now: &dyn Fn() -> f64) -> Vec<Row> {
    let before: Vec<NodeId> = (0..n).map(NodeId).collect();
    let after: Vec<NodeId> = (0..=n).map(NodeId).collect();
    let ways: [(&str, Count); 2] = [
        (
            "residue walk (before)",
            (
                modulo_moved_residues_walk,
                1 + 20_000_000 / u64::from(n).pow(2),
            ),
        ),
        (
            "O(N) count (after)",
            (modulo_moved_residues, 1 + 2_000_000 / u64::from(n)),
        ),
    ];
    let mut rows = Vec::new();
    for (way, (count, calls)) in ways {
        let mut times = Vec::new();
        let mut moved = 0;
        for _ in 0..reps.max(1) {
            let t = now();
            for _ in 0..calls {
                moved = std::hint::black_box(count(&before, &after)).0;
            }
            times.push((now() - t) / calls as f64);
        }
        rows.push(Row {
            name: format!("modulo theory of a join at N = {n}: {way}"),
            ms: median(times),
            check: moved,
        });
    }
    rows
}
