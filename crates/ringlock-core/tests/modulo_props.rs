//! Property tests: the O(N) count of the residues that change owner under modulo equals the
//! walk over every residue, on the live lists real ring operations produce and on random lists.

mod common;

use common::config;
use proptest::prelude::*;
use ringlock_core::modulo::{modulo_moved_residues, modulo_moved_residues_walk};
use ringlock_core::{NodeId, Ring};

#[derive(Clone, Debug)]
enum Op {
    Add(u8),
    Kill(u8),
    Revive(u8),
    Remove(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u8..40).prop_map(Op::Add),
        3 => (0u8..40).prop_map(Op::Kill),
        2 => (0u8..40).prop_map(Op::Revive),
        1 => (0u8..40).prop_map(Op::Remove),
    ]
}

fn ids(raw: Vec<u32>) -> Vec<NodeId> {
    raw.into_iter().map(NodeId).collect()
}

fn agree(before: Vec<u32>, after: Vec<u32>) -> Result<(), TestCaseError> {
    let (before, after) = (ids(before), ids(after));
    prop_assert_eq!(
        modulo_moved_residues(&before, &after),
        modulo_moved_residues_walk(&before, &after)
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn every_node_change_reports_the_exact_modulo_share(ops in prop::collection::vec(op(), 1..80)) {
        let mut ring = Ring::new(1);
        for op in &ops {
            let name = |n: &u8| format!("n{n}");
            let done = match op {
                Op::Add(n) => ring.add_node(&name(n), 1),
                Op::Kill(n) => ring.kill_node(&name(n)),
                Op::Revive(n) => ring.revive_node(&name(n)),
                Op::Remove(n) => ring.remove_node(&name(n)),
            };
            let Ok(change) = done else { continue };
            let (before, after) = (&change.live_order_before, ring.live_ids());
            let (moved, residues) = modulo_moved_residues_walk(before, &after);
            prop_assert_eq!(modulo_moved_residues(before, &after), (moved, residues));
            if let Some(expected) = change.expected {
                prop_assert_eq!(expected.modulo, moved as f64 / residues as f64);
            }
        }
    }

    #[test]
    fn distinct_lists_agree_with_the_walk(
        before in prop::sample::subsequence((0u32..60).collect::<Vec<_>>(), 0..60).prop_shuffle(),
        after in prop::sample::subsequence((0u32..60).collect::<Vec<_>>(), 0..60).prop_shuffle(),
    ) {
        agree(before, after)?;
    }

    #[test]
    fn lists_with_repeats_agree_with_the_walk(
        before in prop::collection::vec(0u32..6, 0..40),
        after in prop::collection::vec(0u32..6, 0..40),
    ) {
        agree(before, after)?;
    }

    #[test]
    fn a_node_joining_or_leaving_anywhere_agrees_with_the_walk(
        n in 1usize..300,
        at in any::<prop::sample::Index>(),
        leave in any::<bool>(),
    ) {
        let short = ids((0..n as u32).collect());
        let mut long = short.clone();
        long.insert(at.index(n + 1), NodeId(n as u32));
        let (before, after) = if leave { (&long, &short) } else { (&short, &long) };
        prop_assert_eq!(
            modulo_moved_residues(before, after),
            modulo_moved_residues_walk(before, after)
        );
    }
}
