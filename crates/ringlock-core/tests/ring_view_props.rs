//! Property tests of what the ring drawing reads from the core: the keys a change moved under
//! each scheme, the binned ticks and arc band, and angles back to positions, each against a
//! computation written here from the definitions.

mod common;

use std::collections::BTreeMap;

use common::{config, owners};
use proptest::prelude::*;
use ringlock_core::hash::{angle_deg, position_at_angle};
use ringlock_core::{Change, KeyId, NodeId, Ring, Scheme};

type Pair = (Option<NodeId>, Option<NodeId>);

/// A ring of `nodes` (weights 1–3), `keys` generated keys, `dead` of them killed.
fn ring_of(nodes: u8, vnodes: u32, keys: u32, dead: u8) -> Ring {
    let mut ring = Ring::new(vnodes);
    for n in 0..nodes {
        ring.add_node(&format!("n{n}"), 1 + u32::from(n % 3))
            .unwrap();
    }
    ring.add_generated(keys).unwrap();
    for n in 0..dead.min(nodes) {
        ring.kill_node(&format!("n{n}")).unwrap();
    }
    ring
}

/// One topology change, by number: join, kill, revive, remove, vnodes, weight.
fn change(ring: &mut Ring, op: u8, who: u8) -> Option<Change> {
    let name = format!("n{who}");
    match op % 6 {
        0 => ring.add_node(&format!("j{who}"), 1 + u32::from(who % 2)),
        1 => ring.kill_node(&name),
        2 => ring.revive_node(&name),
        3 => ring.remove_node(&name),
        4 => ring.set_vnodes(1 + u32::from(who) * 3),
        _ => ring.set_weight(&name, 1 + u32::from(who % 4)),
    }
    .ok()
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn moved_keys_are_the_keys_whose_owner_changed(
        nodes in 1u8..7,
        vnodes in 1u32..24,
        keys in 0u32..1500,
        dead in 0u8..3,
        removed in 0usize..4,
        op in 0u8..6,
        who in 0u8..7,
        max in 1usize..60,
    ) {
        let mut ring = ring_of(nodes, vnodes, keys, dead);
        if removed > 0 {
            // Every (removed + 1)-th key in ring order goes, so ids are no longer all live.
            let store = ring.keys();
            let names: Vec<String> =
                store.ids().iter().step_by(removed + 1).map(|&id| store.name(id).to_string()).collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            ring.remove_keys(&names).unwrap();
        }
        let before: Vec<_> = Scheme::ALL.iter().map(|&s| owners(&ring, s)).collect();
        let Some(mut change) = change(&mut ring, op, who) else { return Ok(()) };
        ring.compare_schemes(&mut change);
        let name_of = |key: KeyId| ring.keys().name(key).to_string();
        for (s, &scheme) in Scheme::ALL.iter().enumerate() {
            let after = owners(&ring, scheme);
            let mut truth: BTreeMap<Pair, u64> = BTreeMap::new();
            for (name, now) in &after {
                if before[s][name] != *now {
                    *truth.entry((before[s][name], *now)).or_default() += 1;
                }
            }
            let moves = ring.moves_under(&change, scheme);
            for m in &moves {
                prop_assert_eq!(before[s][&name_of(m.key)], m.from);
                prop_assert_eq!(after[&name_of(m.key)], m.to);
            }
            let set = ring.moved_keys(&change, scheme, max).unwrap();
            let count: u64 = truth.values().sum();
            prop_assert_eq!(set.count, count, "{:?}", scheme);
            prop_assert_eq!(moves.len() as u64, count);
            let flows: BTreeMap<Pair, u64> =
                set.flows.iter().map(|f| ((f.from, f.to), f.keys)).collect();
            prop_assert_eq!(&flows, &truth);
            // Largest first, ties in (from, to) order.
            let sorted = set
                .flows
                .windows(2)
                .all(|w| (w[0].keys, w[1].from, w[1].to) > (w[1].keys, w[0].from, w[0].to));
            prop_assert!(sorted);
            // Every ⌈count/max⌉-th move, at most max, grouped by (from, to).
            let stride = (count as usize).div_ceil(max).max(1);
            let mut picked: Vec<_> = moves.iter().copied().step_by(stride).take(max).collect();
            picked.sort_by_key(|m| (m.from, m.to));
            prop_assert_eq!(&set.sample, &picked);
        }
    }

    #[test]
    fn binned_ticks_and_arcs_match_a_scan_of_the_points(
        nodes in 0u8..7,
        vnodes in 1u32..200,
        dead in 0u8..4,
        bins in 1usize..3000,
    ) {
        let ring = ring_of(nodes, vnodes, 0, dead);
        let points = ring.points();
        let alive = |node: NodeId| ring.node(node).is_some_and(|n| n.alive);
        // Ticks: per slice, the first live vnode, else the first one.
        let mut slices: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, p) in points.iter().enumerate() {
            let slice = ((angle_deg(p.position) / 360.0 * bins as f64) as usize).min(bins - 1);
            slices.entry(slice).or_default().push(i);
        }
        let expected: Vec<(f64, NodeId, bool)> = slices
            .values()
            .map(|members| {
                let i = members
                    .iter()
                    .copied()
                    .find(|&i| alive(points[i].node))
                    .unwrap_or(members[0]);
                (angle_deg(points[i].position), points[i].node, alive(points[i].node))
            })
            .collect();
        let ticks: Vec<(f64, NodeId, bool)> =
            ring.tick_bins(bins).iter().map(|t| (t.angle, t.node, t.alive)).collect();
        prop_assert_eq!(ticks, expected);
        // Arcs: the first live vnode at or after the middle of each slice, wrapping.
        let live: Vec<_> = points.iter().filter(|p| alive(p.node)).collect();
        let arcs: Vec<Option<NodeId>> = (0..bins)
            .map(|b| {
                let middle = position_at_angle((b as f64 + 0.5) * 360.0 / bins as f64);
                live.iter().find(|p| p.position >= middle).or(live.first()).map(|p| p.node)
            })
            .collect();
        prop_assert_eq!(ring.arc_bins(bins), arcs);
    }

    #[test]
    fn density_bins_count_their_keys_and_name_the_majority_owner(
        nodes in 0u8..7,
        vnodes in 1u32..40,
        keys in 0u32..3000,
        dead in 0u8..4,
        bins in 1usize..800,
        scheme in 0usize..3,
    ) {
        let ring = ring_of(nodes, vnodes, keys, dead);
        let scheme = Scheme::ALL[scheme];
        // Each key's SHA-1 position and owner, in ring order; bin b holds the positions p
        // with ⌊p·bins / 2⁶⁴⌋ = b.
        let mut keyed: Vec<(u64, Option<NodeId>)> = owners(&ring, scheme)
            .into_iter()
            .map(|(name, owner)| {
                let digest = ringlock_core::hash::sha1(&name);
                (u64::from_be_bytes(digest[..8].try_into().unwrap()), owner)
            })
            .collect();
        keyed.sort_by_key(|k| k.0);
        let mut tally: Vec<Vec<(Option<NodeId>, u32)>> = vec![Vec::new(); bins];
        for (position, owner) in keyed {
            let bin = &mut tally[((u128::from(position) * bins as u128) >> 64) as usize];
            match bin.iter_mut().find(|t| t.0 == owner) {
                Some(t) => t.1 += 1,
                None => bin.push((owner, 1)),
            }
        }
        // The most keys wins; of equal counts, the owner met last for the first time.
        let expected: Vec<(u32, Option<NodeId>)> = tally
            .iter()
            .map(|bin| {
                let most = bin.iter().map(|t| t.1).max().unwrap_or(0);
                let owner = bin.iter().rev().find(|t| t.1 == most).and_then(|t| t.0);
                (bin.iter().map(|t| t.1).sum(), owner)
            })
            .collect();
        let density: Vec<(u32, Option<NodeId>)> =
            ring.density(bins, scheme).iter().map(|d| (d.count, d.owner)).collect();
        prop_assert_eq!(density, expected);
    }

    #[test]
    fn angles_turn_back_into_their_positions(position in any::<u64>(), turns in -3i32..3) {
        let angle = angle_deg(position);
        let turned = angle + 360.0 * f64::from(turns);
        let back = position_at_angle(turned);
        // Within float precision, going round the top of the ring counting as near. One turn
        // is within 2^13 positions; an angle of several turns carries fewer bits below the
        // degree, so its bound grows with it: four ulps of `turned`, in positions.
        let ulps = (4.0 * turned.abs() * f64::EPSILON / 360.0 * 2f64.powi(64)) as u64;
        let bound = if turns == 0 { 1 << 13 } else { ulps.max(1 << 13) };
        let gap = back.wrapping_sub(position).min(position.wrapping_sub(back));
        prop_assert!(gap < bound, "{position} {back} {bound}");
        prop_assert!((0.0..=360.0).contains(&angle));
    }
}

#[test]
fn key_changes_move_nothing_and_angles_are_clockwise_from_the_top() {
    let mut ring = ring_of(3, 8, 100, 0);
    let change = ring.add_generated(10).unwrap();
    assert!(!change.kind.moves_keys());
    assert_eq!(ring.moved_keys(&change, Scheme::Ring, 10), None);
    assert_eq!(position_at_angle(0.0), 0);
    assert_eq!(position_at_angle(90.0), 1 << 62);
    assert_eq!(position_at_angle(180.0), 1 << 63);
    assert_eq!(position_at_angle(-90.0), 3 << 62);
    assert_eq!(position_at_angle(360.0), 0);
}
