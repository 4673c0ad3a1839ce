//! Ownership: virtual nodes in ring order, the arcs they close, and the keys in each arc.
//! Adding, killing or reviving a node touches only the keys in that node's arcs.

use super::{decode, Move, NodeId, Point, Ring, NONE};
use crate::hash;

impl Ring {
    pub(super) fn points_of(&self, id: NodeId) -> Vec<Point> {
        let node = self.node(id).expect("points of a present node");
        let count = self.vnodes * node.weight;
        let mut fresh: Vec<Point> = (0..count)
            .map(|index| Point {
                position: hash::vnode_position(&node.name, index),
                node: id,
                index,
            })
            .collect();
        fresh.sort_unstable_by(|a, b| self.cmp_points(a, b));
        fresh
    }

    pub(super) fn cmp_points(&self, a: &Point, b: &Point) -> std::cmp::Ordering {
        a.position
            .cmp(&b.position)
            .then_with(|| self.node_name(a.node).cmp(self.node_name(b.node)))
            .then_with(|| a.index.cmp(&b.index))
    }

    pub(super) fn merge_points(&mut self, fresh: Vec<Point>) {
        let old = std::mem::take(&mut self.points);
        let mut merged = Vec::with_capacity(old.len() + fresh.len());
        let (mut a, mut b) = (0, 0);
        while a < old.len() || b < fresh.len() {
            if b == fresh.len() || (a < old.len() && self.cmp_points(&old[a], &fresh[b]).is_le()) {
                merged.push(old[a]);
                a += 1;
            } else {
                merged.push(fresh[b]);
                b += 1;
            }
        }
        self.points = merged;
    }

    pub(super) fn rebuild_points(&mut self) {
        let mut all = Vec::new();
        for &id in &self.order {
            all.extend(self.points_of(id));
        }
        all.sort_unstable_by(|a, b| self.cmp_points(a, b));
        self.points = all;
    }

    /// Indices into `points` of the live points, in ring order.
    pub(super) fn live_points(&self) -> Vec<usize> {
        (0..self.points.len())
            .filter(|&i| self.is_alive(self.points[i].node))
            .collect()
    }

    /// Key slots in the arc closed by live point `live[k]`: (previous live position, its position].
    pub(super) fn arc_slots(&self, live: &[usize], k: usize) -> [std::ops::Range<usize>; 2] {
        let n_keys = self.keys.len();
        if live.len() == 1 {
            return [0..n_keys, 0..0];
        }
        let prev = self.points[live[(k + live.len() - 1) % live.len()]].position;
        let cur = self.points[live[k]].position;
        let (lo, hi) = (self.keys.upper_bound(prev), self.keys.upper_bound(cur));
        match prev.cmp(&cur) {
            std::cmp::Ordering::Less => [lo..hi, 0..0],
            std::cmp::Ordering::Equal => [0..0, 0..0],
            std::cmp::Ordering::Greater => [lo..n_keys, 0..hi],
        }
    }

    /// `id` has just become live: hand it every key in the arcs its points close.
    pub(super) fn claim_arcs(&mut self, id: NodeId, moves: &mut Vec<Move>) {
        let live = self.live_points();
        for k in 0..live.len() {
            if self.points[live[k]].node != id {
                continue;
            }
            for range in self.arc_slots(&live, k) {
                for slot in range {
                    self.set_owner(slot, id.0, moves);
                }
            }
        }
    }

    /// `id` is live and about to die: its arcs pass to the next live point of another node.
    pub(super) fn release_arcs(&mut self, id: NodeId) -> Vec<Move> {
        let live = self.live_points();
        let mut moves = Vec::new();
        let mut plan = Vec::new();
        for k in 0..live.len() {
            if self.points[live[k]].node != id {
                continue;
            }
            let heir = (1..live.len())
                .map(|d| self.points[live[(k + d) % live.len()]].node)
                .find(|&n| n != id)
                .map_or(NONE, |n| n.0);
            plan.push((self.arc_slots(&live, k), heir));
        }
        self.set_alive(id, false);
        for (ranges, heir) in plan {
            for range in ranges {
                for slot in range {
                    self.set_owner(slot, heir, &mut moves);
                }
            }
        }
        moves
    }

    pub(super) fn set_owner(&mut self, slot: usize, to: u32, moves: &mut Vec<Move>) {
        let from = self.owner[slot];
        if from == to {
            return;
        }
        self.uncount(from);
        self.count(to);
        self.owner[slot] = to;
        moves.push(Move {
            key: self.keys.ids()[slot],
            from: decode(from),
            to: decode(to),
        });
    }

    pub(super) fn count(&mut self, owner: u32) {
        if owner != NONE {
            self.counts[owner as usize] += 1;
        }
    }

    pub(super) fn uncount(&mut self, owner: u32) {
        if owner != NONE {
            self.counts[owner as usize] -= 1;
        }
    }

    /// Ownership recomputed from scratch: one merge pass of keys against live points.
    pub fn full_assignment(&self) -> Vec<Option<NodeId>> {
        self.compute_owners().into_iter().map(decode).collect()
    }

    pub(super) fn compute_owners(&self) -> Vec<u32> {
        let live: Vec<(u64, u32)> = self
            .live_points()
            .into_iter()
            .map(|i| (self.points[i].position, self.points[i].node.0))
            .collect();
        let positions = self.keys.positions();
        let mut owners = Vec::with_capacity(positions.len());
        let mut p = 0;
        for &pos in positions {
            while p < live.len() && live[p].0 < pos {
                p += 1;
            }
            owners.push(match live.get(p).or(live.first()) {
                Some(&(_, node)) => node,
                None => NONE,
            });
        }
        owners
    }

    pub(super) fn reassign_all(&mut self) {
        self.owner = self.compute_owners();
        self.counts.iter_mut().for_each(|c| *c = 0);
        for i in 0..self.owner.len() {
            self.count(self.owner[i]);
        }
    }

    pub(super) fn reassign_all_diff(&mut self) -> Vec<Move> {
        let fresh = self.compute_owners();
        let mut moves = Vec::new();
        for (slot, &to) in fresh.iter().enumerate() {
            self.set_owner(slot, to, &mut moves);
        }
        moves
    }
}
