//! Property tests: a link's ring built in one batch ([`Scenario::build`]) is the ring built
//! node by node, one reported change per node ([`Scenario::build_node_by_node`]), and a link
//! one refuses the other refuses with the same error. So are its nodes added a few at a time
//! ([`Scenario::node_steps`]).

mod common;

use common::config;
use proptest::prelude::*;
use ringlock_core::{KeySpec, NodeSpec, Ring, Scenario, Scheme};

/// Everything a ring shows, in a form that compares (statistics by their printout, so that
/// a NaN equals a NaN).
fn snapshot(ring: &Ring) -> String {
    let nodes: Vec<_> = ring
        .node_ids()
        .iter()
        .map(|&id| (id, ring.node(id).cloned(), ring.key_count(id)))
        .collect();
    let keys = ring.keys();
    let placed: Vec<_> = (0..keys.len())
        .map(|slot| {
            let id = keys.ids()[slot];
            (keys.name(id), keys.positions()[slot], ring.owner_at(slot))
        })
        .collect();
    let stats: Vec<_> = Scheme::ALL.iter().map(|&s| ring.stats(s)).collect();
    format!(
        "slots {}\nvnodes {}\nnodes {nodes:?}\nlive {:?}\npoints {:?}\nkeys {placed:?}\n\
         spec {:?}\nstats {stats:?}\nfull {:?}",
        ring.slot_count(),
        ring.vnodes(),
        ring.live_ids(),
        ring.points(),
        ring.key_spec(),
        ring.full_assignment(),
    )
}

/// Nodes with distinct names, each live or dead.
fn nodes() -> impl Strategy<Value = Vec<NodeSpec>> {
    let names = prop::sample::subsequence((0u8..60).collect::<Vec<_>>(), 0..40).prop_shuffle();
    names.prop_flat_map(|names| {
        let n = names.len();
        (
            Just(names),
            prop::collection::vec((1u32..4, prop::bool::weighted(0.7)), n),
        )
            .prop_map(|(names, specs)| {
                names
                    .into_iter()
                    .zip(specs)
                    .map(|(i, (weight, alive))| NodeSpec {
                        name: format!("n{i}"),
                        weight,
                        alive,
                    })
                    .collect()
            })
    })
}

/// A node a ring refuses (a bad name or weight, or a name already taken) or trims.
fn flaw() -> impl Strategy<Value = NodeSpec> {
    let name = prop_oneof![
        4 => (0u8..60).prop_map(|i| format!("n{i}")),
        1 => prop::sample::select(vec![" n1", "n2 ", " n70 ", "", " ", "x\u{1}"])
            .prop_map(str::to_string),
        1 => Just("L".repeat(65)),
    ];
    let weight = prop_oneof![3 => 1u32..4, 1 => Just(0u32), 1 => Just(101u32)];
    (name, weight, any::<bool>()).prop_map(|(name, weight, alive)| NodeSpec {
        name,
        weight,
        alive,
    })
}

/// Mostly valid node lists; a quarter with one to three flawed nodes put anywhere.
fn node_list() -> impl Strategy<Value = Vec<NodeSpec>> {
    let flaws = prop_oneof![
        3 => Just(Vec::new()),
        1 => prop::collection::vec((any::<prop::sample::Index>(), flaw()), 1..4),
    ];
    (nodes(), flaws).prop_map(|(mut nodes, flaws)| {
        for (at, flaw) in flaws {
            nodes.insert(at.index(nodes.len() + 1), flaw);
        }
        nodes
    })
}

fn key_name() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (0u16..60).prop_map(|i| format!("key-{i}")),
        8 => (0u16..30).prop_map(|i| format!("k{i}")),
        1 => prop::sample::select(vec!["", " ", "x\u{1}", "苹果"]).prop_map(str::to_string),
    ]
}

/// Keys a link says were removed: mostly generated ones, now and then one the ring lacks.
fn removed_key() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => (0u16..20).prop_map(|i| format!("key-{i}")),
        1 => key_name(),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let vnodes = prop_oneof![20 => 1u32..12, 1 => Just(0u32), 1 => Just(1025u32)];
    (
        node_list(),
        vnodes,
        0u32..300,
        prop::collection::vec(key_name(), 0..12),
        prop::collection::vec(removed_key(), 0..4),
    )
        .prop_map(|(nodes, vnodes, generated, named, removed)| Scenario {
            nodes,
            vnodes,
            keys: KeySpec {
                generated,
                named,
                removed,
            },
            scheme: Scheme::Ring,
        })
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn a_batch_built_ring_is_the_ring_built_node_by_node(scenario in scenario()) {
        let batch = scenario.build();
        let by_node = scenario.build_node_by_node();
        match (&batch, &by_node) {
            (Ok(batch), Ok(by_node)) => {
                prop_assert_eq!(batch.check_invariants(), Ok(()));
                prop_assert_eq!(snapshot(batch), snapshot(by_node));
            }
            _ => prop_assert_eq!(batch.err(), by_node.err()),
        }
    }

    #[test]
    fn a_link_round_trip_builds_the_same_ring_both_ways(scenario in scenario()) {
        // Through the fragment, as the app opens a link.
        let Ok(ring) = scenario.build() else { return Ok(()) };
        let (fragment, _) = ring.scenario(Scheme::Ring).to_fragment(usize::MAX);
        let back = Scenario::from_fragment(&fragment).unwrap();
        let batch = back.build().unwrap();
        prop_assert_eq!(snapshot(&batch), snapshot(&back.build_node_by_node().unwrap()));
        prop_assert_eq!(snapshot(&batch), snapshot(&ring));
    }

    #[test]
    fn nodes_added_in_steps_are_the_nodes_added_at_once(
        scenario in scenario(),
        points in prop_oneof![1usize..40, Just(usize::MAX)],
    ) {
        let mut bare = scenario.clone();
        bare.keys = KeySpec::default();
        let at_once = bare.build();
        let stepped = scenario.node_steps().and_then(|mut steps| {
            let mut before = 0;
            // Each step adds at most `points` vnodes, or one node that alone has more.
            loop {
                let done = steps.step(points)?;
                let ring = steps.ring();
                let added = ring.points().len() - before;
                let one_node = (ring.vnodes() * 3) as usize;
                assert!(added <= points.max(one_node), "{added} vnodes in a step of {points}");
                before = ring.points().len();
                if done {
                    break;
                }
            }
            steps.finish()
        });
        match (&at_once, &stepped) {
            (Ok(at_once), Ok(stepped)) => {
                prop_assert_eq!(stepped.check_invariants(), Ok(()));
                prop_assert_eq!(snapshot(at_once), snapshot(stepped));
            }
            _ => prop_assert_eq!(at_once.as_ref().err(), stepped.as_ref().err()),
        }
    }
}
