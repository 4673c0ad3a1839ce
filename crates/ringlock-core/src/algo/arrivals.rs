//! Bounded loads one key at a time: the state of `bounded::place_positions` between
//! two arrivals, so a lookup can be timed on its own.
//!
//! Capacities are fixed up front for an expected number of keys. Keys that arrive in ring
//! order (ascending position, ties by arrival) land exactly where
//! `bounded::place_positions` puts them; any other order is a different, equally
//! valid, bounded placement.

use super::sha1_ring::{capacity, sha1_points, successor};
use super::AlgoError;

/// The ring, the loads so far and the capacities of a bounded-loads placement.
#[derive(Clone, Debug)]
pub(crate) struct Arrivals {
    points: Vec<(u64, u32)>,
    /// The points of each node.
    of_node: Vec<Vec<usize>>,
    /// `skip[i]` leads from point i to the next point whose node has room; index P is the
    /// end ("wrap").
    skip: Vec<usize>,
    loads: Vec<u64>,
    capacity: Vec<u64>,
}

impl Arrivals {
    /// The ring's points `(position, node)`, sorted by position.
    pub(crate) fn points(&self) -> &[(u64, u32)] {
        &self.points
    }

    /// An empty placement on `nodes` (`(name, weight)`, all live) with `vnodes` per unit of
    /// weight, slack `eps` and capacities for `expected_keys` keys.
    pub(crate) fn new(
        nodes: &[(&str, u32)],
        vnodes: u32,
        eps: f64,
        expected_keys: usize,
    ) -> Result<Arrivals, AlgoError> {
        if !eps.is_finite() || eps < 0.0 {
            return Err(AlgoError::BadEpsilon(eps));
        }
        if let Some(&(name, _)) = nodes.iter().find(|n| n.1 == 0) {
            return Err(AlgoError::ZeroWeight(name.to_string()));
        }
        let points = sha1_points(nodes, vnodes)?;
        let total: u64 = nodes.iter().map(|n| u64::from(n.1)).sum();
        let mut of_node: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        for (i, p) in points.iter().enumerate() {
            of_node[p.1 as usize].push(i);
        }
        Ok(Arrivals {
            skip: (0..=points.len()).collect(),
            points,
            of_node,
            loads: vec![0; nodes.len()],
            capacity: nodes
                .iter()
                .map(|n| capacity(expected_keys, n.1, total, eps))
                .collect(),
        })
    }

    /// The node of the plain ring successor of `position` (where the key goes when there is
    /// room).
    pub(crate) fn successor_node(&self, position: u64) -> usize {
        self.points[successor(&self.points, position)].1 as usize
    }

    /// Keys held by each node, and each node's capacity.
    pub(crate) fn into_loads(self) -> (Vec<u64>, Vec<u64>) {
        (self.loads, self.capacity)
    }

    /// Place the next key, at ring `position`: its successor's node if it has room, else the
    /// first node with room clockwise. Past the expected number of keys every node may be
    /// full; the key then goes to its plain successor, over capacity.
    pub(crate) fn arrive(&mut self, position: u64) -> usize {
        let np = self.points.len();
        let start = successor(&self.points, position);
        let mut at = root(&mut self.skip, start);
        if at == np {
            at = root(&mut self.skip, 0);
        }
        let node = self.points[if at == np { start } else { at }].1 as usize;
        self.loads[node] += 1;
        if self.loads[node] == self.capacity[node] {
            for &i in &self.of_node[node] {
                self.skip[i] = i + 1;
            }
        }
        node
    }
}

/// Follow `skip` links to their end, compressing the path.
fn root(skip: &mut [usize], mut i: usize) -> usize {
    let mut r = i;
    while skip[r] != r {
        r = skip[r];
    }
    while skip[i] != r {
        let next = skip[i];
        skip[i] = r;
        i = next;
    }
    r
}

#[cfg(test)]
#[path = "arrivals_tests.rs"]
mod tests;
