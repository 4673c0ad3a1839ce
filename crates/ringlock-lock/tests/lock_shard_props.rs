//! Property tests of the sharded ring (DOMAIN E): with the wait of one TTL or a hand-off,
//! no two holders of one lock whatever nodes die, come back or join; without a fix, random
//! runs find two holders; per-node tokens repeat across owners, epoch tokens keep rising.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use ringlock_lock::{
    Action, Invariant, Lab, LogKind, Model, Settings, ShardFix, Span, TokenScope, WorkerId,
};

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// What a random run does: run a while, or change the ring, or crash a worker.
#[derive(Clone, Debug)]
enum Op {
    Run(u64),
    Kill(u32),
    Revive(u32),
    Join,
    Crash(u32),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (1u64..1_500).prop_map(Op::Run),
        2 => (0u32..6).prop_map(Op::Kill),
        2 => (0u32..6).prop_map(Op::Revive),
        1 => Just(Op::Join),
        1 => (0u32..8).prop_map(Op::Crash),
    ]
}

/// Critical sections shorter than the lease (with the network), so that only a change of
/// owner can make two holders; several workers on few locks, so that locks are contended.
fn settings(nodes: u32, locks: u32, workers: u32, fix: ShardFix, scope: TokenScope) -> Settings {
    Settings {
        model: Model::Sharded,
        workers,
        nodes,
        locks,
        vnodes: 8,
        ttl: 1_000,
        think: Span::new(0, 400),
        hold: Span::new(50, 600),
        shard_fix: fix,
        token_scope: scope,
        ..Settings::default()
    }
}

/// Apply the operations (refused ones change nothing), then run a little longer.
fn drive(seed: u64, s: Settings, ops: &[Op]) -> Lab {
    let mut lab = Lab::new(seed, s).expect("valid settings");
    for op in ops {
        let _ = match *op {
            Op::Run(ms) => {
                lab.run_for(ms);
                Ok(0..0)
            }
            Op::Kill(n) => lab.apply(Action::KillNode(n)),
            Op::Revive(n) => lab.apply(Action::ReviveNode(n)),
            Op::Join => lab.apply(Action::JoinNode),
            Op::Crash(w) => lab.apply(Action::Crash(WorkerId(w))),
        };
    }
    lab.run_for(3_000);
    lab
}

proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: cases(64), ..Default::default() })]

    /// The wait of one TTL and the hand-off each keep one holder per lock — at the lock
    /// service and as the workers believe — whatever nodes die, come back or join, and
    /// fenced writes stay in order per lock.
    #[test]
    fn a_fix_keeps_one_holder_per_lock(seed: u64, hand_off: bool, epoch: bool,
        nodes in 2u32..6, locks in 1u32..6, workers in 2u32..9,
        ops in prop::collection::vec(op(), 1..30)) {
        let fix = if hand_off { ShardFix::HandOff } else { ShardFix::WaitTtl };
        let scope = if epoch { TokenScope::Epoch } else { TokenScope::Node };
        let lab = drive(seed, settings(nodes, locks, workers, fix, scope), &ops);
        let m = lab.sim().monitor();
        for i in [Invariant::LeaseExclusion, Invariant::HolderExclusion, Invariant::Fifo] {
            prop_assert_eq!(m.count(i), 0, "{:?}", i);
        }
        if epoch {
            prop_assert_eq!(m.count(Invariant::ResourceOrder), 0);
        }
    }

    /// Epoch tokens never go down on a lock, across owners: storage, per lock, accepts
    /// every grant's write in order, fix or none; whatever overlap a change makes, the
    /// stale write is the one refused.
    #[test]
    fn epoch_tokens_keep_writes_in_order(seed: u64, nodes in 2u32..6, locks in 1u32..4,
        workers in 2u32..9, ops in prop::collection::vec(op(), 1..30)) {
        let s = settings(nodes, locks, workers, ShardFix::Nothing, TokenScope::Epoch);
        let lab = drive(seed, s, &ops);
        prop_assert_eq!(lab.sim().monitor().count(Invariant::ResourceOrder), 0);
    }
}

/// Without a fix, random runs of the same shape find two holders of one lock: the
/// property above fails without the fix it tests.
#[test]
fn without_a_fix_random_runs_find_two_holders() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = (any::<u64>(), prop::collection::vec(op(), 5..30));
    let mut found = 0;
    for _ in 0..40 {
        let (seed, ops) = strategy.new_tree(&mut runner).expect("a case").current();
        let s = settings(3, 2, 6, ShardFix::Nothing, TokenScope::Node);
        let lab = drive(seed, s, &ops);
        if lab.sim().monitor().count(Invariant::LeaseExclusion) > 0 {
            found += 1;
        }
    }
    assert!(found > 0, "no counterexample in 40 runs");
}

/// A kill moves only the dead node's locks, a revive moves exactly those back, a join only
/// onto the new node — as the Ring tab's ring moves keys — and each change raises the epoch.
#[test]
fn changes_move_only_the_locks_they_must() {
    let s = settings(4, 32, 0, ShardFix::Nothing, TokenScope::Epoch);
    let mut lab = Lab::new(1, s).expect("valid settings");
    let owners = |lab: &Lab| -> Vec<u32> {
        let view = lab.sim().shard().expect("sharded");
        view.locks.iter().map(|l| l.owner).collect()
    };
    let before = owners(&lab);
    lab.apply(Action::KillNode(1)).expect("kill");
    let after = owners(&lab);
    for (b, a) in before.iter().zip(&after) {
        assert!(b == a || (*b == 1 && *a != 1), "{b} → {a}");
    }
    assert!(before.contains(&1) && !after.contains(&1));
    lab.apply(Action::ReviveNode(1)).expect("revive");
    assert_eq!(owners(&lab), before);
    lab.apply(Action::JoinNode).expect("join");
    let joined = owners(&lab);
    for (b, j) in before.iter().zip(&joined) {
        assert!(b == j || *j == 4, "{b} → {j}");
    }
    let view = lab.sim().shard().expect("sharded");
    assert_eq!(view.epoch, 3);
    let moved = lab
        .sim()
        .log_since(0)
        .filter(|e| matches!(e.kind, LogKind::LockMoved { .. }));
    let moved = moved.count();
    let kill = before.iter().filter(|&&o| o == 1).count();
    let join = joined.iter().filter(|&&o| o == 4).count();
    assert_eq!(moved, 2 * kill + join);
}
