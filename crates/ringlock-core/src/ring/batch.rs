//! Many nodes placed at once, as a link places its ring: the same nodes, points and key owners
//! as adding them one by one, without a [`Change`](super::Change) (and its theory) per node.

use std::collections::HashSet;

use super::{Node, NodeId, NodeSpec, Ring};
use crate::error::{self, RingError, MAX_NODES, MAX_NODE_NAME, MAX_POINTS};

impl Ring {
    /// Add `nodes` in order, each live or dead as its spec says, in one batch: every point
    /// hashed, sorted once, and the keys placed once. The ring ends as
    /// [`add_node`](Ring::add_node) for each node in turn (and then
    /// [`kill_node`](Ring::kill_node) for the dead ones, by their trimmed names) leaves it:
    /// the same slots, order, points and key owners. A node is refused for the same reason and
    /// with the same error as by `add_node`, the first refusal wins, and a refused batch
    /// changes nothing.
    pub fn add_nodes(&mut self, nodes: &[NodeSpec]) -> Result<(), RingError> {
        let mut names: HashSet<String> = self
            .order
            .iter()
            .map(|&id| self.node_name(id).to_string())
            .collect();
        let mut points = self.points.len();
        let mut accepted = Vec::with_capacity(nodes.len());
        for spec in nodes {
            let name = error::validate_name(&spec.name, MAX_NODE_NAME)?;
            if !(error::MIN_WEIGHT..=error::MAX_WEIGHT).contains(&spec.weight) {
                return Err(RingError::WeightOutOfRange(spec.weight.into()));
            }
            if names.contains(name) {
                return Err(RingError::DuplicateNode(name.to_string()));
            }
            if self.order.len() + accepted.len() >= MAX_NODES {
                return Err(RingError::TooManyNodes);
            }
            let would_be = points + (self.vnodes * spec.weight) as usize;
            if would_be > MAX_POINTS {
                return Err(RingError::TooManyPoints { would_be });
            }
            points = would_be;
            names.insert(name.to_string());
            accepted.push(Node {
                name: name.to_string(),
                weight: spec.weight,
                alive: spec.alive,
            });
        }
        // Free slots first, lowest first, as one add_node after another takes them.
        let slots: Vec<usize> = (0..self.nodes.len())
            .filter(|&s| self.nodes[s].is_none())
            .chain(self.nodes.len()..)
            .take(accepted.len())
            .collect();
        let mut fresh = Vec::with_capacity(points - self.points.len());
        for (node, slot) in accepted.into_iter().zip(slots) {
            if slot >= self.nodes.len() {
                self.nodes.resize(slot + 1, None);
                self.counts.resize(slot + 1, 0);
            }
            self.nodes[slot] = Some(node);
            let id = NodeId(slot as u32);
            self.order.push(id);
            fresh.extend(self.points_of(id));
        }
        fresh.sort_unstable_by(|a, b| self.cmp_points(a, b));
        self.merge_points(fresh);
        self.reassign_all();
        Ok(())
    }
}
