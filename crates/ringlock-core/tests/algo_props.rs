//! Property tests of the placement algorithms: the promises each one makes on a change.

mod common;

use common::config;
use proptest::prelude::*;
use ringlock_core::algo::redis_cluster::{layout_change, SLOTS};
use ringlock_core::algo::{bounded, jump, maglev::Maglev, replication, Algo};
use ringlock_core::{NodeSpec, Ring};

fn specs(count: usize, weights: &[u32]) -> Vec<NodeSpec> {
    (0..count)
        .map(|i| NodeSpec {
            name: format!("n{i}"),
            weight: weights.get(i).copied().unwrap_or(1),
            alive: true,
        })
        .collect()
}

fn keys(seed: u32, count: usize) -> Vec<String> {
    (0..count).map(|i| format!("k{seed}-{i}")).collect()
}

fn refs(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}

proptest! {
    #![proptest_config(config(32))]

    /// Karger's monotonicity: on a join, keys move only to the new node (ring and jump).
    #[test]
    fn ring_and_jump_move_keys_only_to_the_joiner(
        n in 1usize..12,
        vnodes in 1u32..20,
        weights in prop::collection::vec(1u32..4, 12),
        seed in any::<u32>(),
    ) {
        let before = specs(n, &weights);
        let after = specs(n + 1, &weights);
        let owned = keys(seed, 400);
        let keys = refs(&owned);
        for algo in [Algo::Ring { vnodes }, Algo::Jump] {
            let old = algo.place(&before, &keys).unwrap();
            let new = algo.place(&after, &keys).unwrap();
            for (o, a) in old.iter().zip(&new) {
                prop_assert!(o == a || *a == n, "{algo:?}: {o} → {a}");
            }
        }
    }

    /// Redis Cluster, a join replayed as `add-node` + `rebalance --cluster-use-empty-masters`:
    /// keys move only to the new master. Every old master holds more than ⌊16384/(n+1)⌋
    /// slots (true up to 127 masters), so none takes a rounding slot: each ends with exactly
    /// ⌊16384/(n+1)⌋ and the new one with the rest, at most n more.
    #[test]
    fn redis_join_moves_keys_only_to_the_joiner(n in 1usize..12, seed in any::<u32>()) {
        let (before, after) = (specs(n, &[]), specs(n + 1, &[]));
        let owned = keys(seed, 400);
        let keys = refs(&owned);
        let (old, new) = Algo::RedisSlots.place_change(&before, &after, &keys).unwrap();
        for (o, a) in old.iter().zip(&new) {
            prop_assert!(o == a || *a == n, "{o} → {a}");
        }
        let (_, map) = layout_change(&before, &after).unwrap();
        let counts = map.slot_counts(n + 1);
        let fair = (SLOTS / (n + 1)) as u32;
        prop_assert!(counts[..n].iter().all(|&c| c == fair), "{counts:?}");
        prop_assert_eq!(counts[n], SLOTS as u32 - n as u32 * fair);
        prop_assert!(counts[n] - fair <= n as u32);
    }

    /// Redis Cluster, a kill: only the dead master's keys move (the survivors are all below
    /// their new share, so none of them gives a slot).
    #[test]
    fn redis_kill_moves_only_the_dead_masters_keys(
        n in 2usize..12,
        dead_before in prop::collection::vec(any::<bool>(), 12),
        dead in any::<prop::sample::Index>(),
        seed in any::<u32>(),
    ) {
        let mut before = specs(n, &[]);
        for (node, &d) in before.iter_mut().zip(&dead_before) {
            node.alive = !d;
        }
        let live: Vec<usize> = (0..n).filter(|&i| before[i].alive).collect();
        prop_assume!(live.len() >= 2);
        let dead = live[dead.index(live.len())];
        let mut after = before.clone();
        after[dead].alive = false;
        let owned = keys(seed, 400);
        let keys = refs(&owned);
        let (old, new) = Algo::RedisSlots.place_change(&before, &after, &keys).unwrap();
        for (o, a) in old.iter().zip(&new) {
            prop_assert!(o == a || *o == dead, "{o} → {a}");
            prop_assert!(after[*a].alive);
        }
    }

    /// Redis Cluster, any change (nodes dropped, killed, revived, added): every slot ends on
    /// a node that is live after, and no placement panics or fails while one is live.
    #[test]
    fn redis_changes_leave_every_slot_on_a_live_node(
        n in 1usize..12,
        alive_before in prop::collection::vec(any::<bool>(), 12),
        keep in prop::collection::vec(any::<bool>(), 12),
        alive_after in prop::collection::vec(any::<bool>(), 24),
        joiners in 0usize..12,
    ) {
        let mut before = specs(n, &[]);
        for (node, &a) in before.iter_mut().zip(&alive_before) {
            node.alive = a;
        }
        prop_assume!(before.iter().any(|x| x.alive));
        let mut after: Vec<NodeSpec> = before
            .iter()
            .zip(&keep)
            .filter(|(_, &k)| k)
            .map(|(x, _)| x.clone())
            .chain(specs(n + joiners, &[]).into_iter().skip(n))
            .collect();
        for (node, &a) in after.iter_mut().zip(&alive_after) {
            node.alive = a;
        }
        prop_assume!(after.iter().any(|x| x.alive));
        let (_, map) = layout_change(&before, &after).unwrap();
        for slot in 0..SLOTS as u16 {
            prop_assert!(after[map.owner(slot)].alive);
        }
    }

    /// Jump hash on raw u64 keys: growing by one bucket moves keys only into it.
    #[test]
    fn jump_growth_is_monotone(key in any::<u64>(), n in 1u32..5000) {
        let (a, b) = (jump::jump(key, n), jump::jump(key, n + 1));
        prop_assert!(a < n && b <= n);
        prop_assert!(a == b || b == n);
    }

    /// Rendezvous: killing a node moves only that node's keys.
    #[test]
    fn rendezvous_moves_only_the_removed_nodes_keys(
        n in 2usize..12,
        dead in any::<prop::sample::Index>(),
        weights in prop::collection::vec(1u32..5, 12),
        seed in any::<u32>(),
    ) {
        let before = specs(n, &weights);
        let dead = dead.index(n);
        let mut after = before.clone();
        after[dead].alive = false;
        let owned = keys(seed, 400);
        let keys = refs(&owned);
        let old = Algo::Rendezvous.place(&before, &keys).unwrap();
        let new = Algo::Rendezvous.place(&after, &keys).unwrap();
        for (o, a) in old.iter().zip(&new) {
            prop_assert!(o == a || *o == dead);
            prop_assert!(*a != dead);
        }
    }

    /// Maglev: per-backend slot counts differ by at most one for a prime M.
    #[test]
    fn maglev_table_is_balanced_within_one_slot(
        n in 1usize..40,
        m in prop::sample::select(vec![41u64, 101, 251, 1009, 4099, 65_537]),
        seed in any::<u32>(),
    ) {
        prop_assume!(m >= n as u64);
        let names: Vec<String> = (0..n).map(|i| format!("b{seed}-{i}")).collect();
        let table = Maglev::new(&refs(&names), m).unwrap();
        let counts = table.slot_counts();
        let (lo, hi) = (*counts.iter().min().unwrap(), *counts.iter().max().unwrap());
        prop_assert!(hi - lo <= 1, "{counts:?}");
        prop_assert_eq!(counts.iter().sum::<u64>(), m);
    }

    /// Bounded loads: no node ever holds more than its capacity, and every key is placed.
    #[test]
    fn bounded_loads_never_exceed_capacity(
        n in 1usize..10,
        vnodes in 1u32..8,
        weights in prop::collection::vec(1u32..4, 10),
        count in 0usize..600,
        eps in 0.0f64..2.0,
        seed in any::<u32>(),
    ) {
        let names: Vec<String> = (0..n).map(|i| format!("n{i}")).collect();
        let nodes: Vec<(&str, u32)> = names.iter().zip(&weights).map(|(s, &w)| (s.as_str(), w)).collect();
        let owned = keys(seed, count);
        let placed = bounded::place(&nodes, vnodes, &refs(&owned), eps).unwrap();
        prop_assert_eq!(placed.loads.iter().sum::<u64>(), count as u64);
        for (load, cap) in placed.loads.iter().zip(&placed.capacity) {
            prop_assert!(load <= cap);
        }
    }

    /// Replication: preference lists hold distinct live nodes, as many as asked or as are live.
    #[test]
    fn replication_lists_hold_distinct_live_nodes(
        n in 1usize..9,
        vnodes in 1u32..12,
        dead in prop::collection::vec(any::<bool>(), 9),
        replicas in 1usize..=5,
        position in any::<u64>(),
    ) {
        let mut ring = Ring::new(vnodes);
        for i in 0..n {
            ring.add_node(&format!("n{i}"), 1).unwrap();
        }
        for (i, &is_dead) in dead.iter().enumerate().take(n) {
            if is_dead {
                ring.kill_node(&format!("n{i}")).unwrap();
            }
        }
        let live = ring.live_ids().len();
        let list = replication::preference_list(&ring, position, replicas).unwrap();
        prop_assert_eq!(list.len(), replicas.min(live));
        let mut sorted = list.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(sorted.len(), list.len());
        prop_assert!(list.iter().all(|&id| ring.node(id).is_some_and(|x| x.alive)));
        if let Some(first) = list.first() {
            let owner = ring.successor(position).unwrap();
            prop_assert_eq!(ring.points()[owner].node, *first);
        }
    }
}
