//! Nodes joining, dying, coming back and leaving; vnode counts and weights changing.

use super::{Change, ChangeKind, Node, NodeId, Ring};
use crate::error::{self, RingError, MAX_NODES, MAX_NODE_NAME, MAX_POINTS};

impl Ring {
    /// Add a live node with this name and weight.
    pub fn add_node(&mut self, raw_name: &str, weight: u32) -> Result<Change, RingError> {
        let name = error::validate_name(raw_name, MAX_NODE_NAME)?.to_string();
        if !(error::MIN_WEIGHT..=error::MAX_WEIGHT).contains(&weight) {
            return Err(RingError::WeightOutOfRange(weight.into()));
        }
        if self.find_node(&name).is_some() {
            return Err(RingError::DuplicateNode(name));
        }
        if self.order.len() >= MAX_NODES {
            return Err(RingError::TooManyNodes);
        }
        let would_be = self.points.len() + (self.vnodes * weight) as usize;
        if would_be > MAX_POINTS {
            return Err(RingError::TooManyPoints { would_be });
        }
        let before = self.live_ids();
        let id = match self.nodes.iter().position(Option::is_none) {
            Some(free) => NodeId(free as u32),
            None => {
                self.nodes.push(None);
                self.counts.push(0);
                NodeId(self.nodes.len() as u32 - 1)
            }
        };
        self.nodes[id.0 as usize] = Some(Node {
            name,
            weight,
            alive: true,
        });
        self.counts[id.0 as usize] = 0;
        self.order.push(id);
        let fresh = self.points_of(id);
        self.merge_points(fresh);
        let mut moves = Vec::new();
        self.claim_arcs(id, &mut moves);
        Ok(self.live_change(ChangeKind::NodeAdded(id), moves, before, id))
    }

    /// Kill a live node: it stays drawn, its keys pass to the next live vnodes clockwise.
    pub fn kill_node(&mut self, name: &str) -> Result<Change, RingError> {
        let id = self
            .find_node(name)
            .ok_or_else(|| RingError::UnknownNode(name.to_string()))?;
        if !self.is_alive(id) {
            return Err(RingError::NodeStateUnchanged(name.to_string()));
        }
        let before = self.live_ids();
        let moves = self.release_arcs(id);
        Ok(self.live_change(ChangeKind::NodeKilled(id), moves, before, id))
    }

    /// Revive a dead node: exactly its old arcs return to it.
    pub fn revive_node(&mut self, name: &str) -> Result<Change, RingError> {
        let id = self
            .find_node(name)
            .ok_or_else(|| RingError::UnknownNode(name.to_string()))?;
        if self.is_alive(id) {
            return Err(RingError::NodeStateUnchanged(name.to_string()));
        }
        let before = self.live_ids();
        self.set_alive(id, true);
        let mut moves = Vec::new();
        self.claim_arcs(id, &mut moves);
        Ok(self.live_change(ChangeKind::NodeRevived(id), moves, before, id))
    }

    /// Remove a node for good (killing it first if it is alive).
    pub fn remove_node(&mut self, name: &str) -> Result<Change, RingError> {
        let id = self
            .find_node(name)
            .ok_or_else(|| RingError::UnknownNode(name.to_string()))?;
        let before = self.live_ids();
        let was_alive = self.is_alive(id);
        let moves = if was_alive {
            self.release_arcs(id)
        } else {
            Vec::new()
        };
        let name = self.node_name(id).to_string();
        let mut change = if was_alive {
            self.live_change(
                ChangeKind::NodeRemoved {
                    id,
                    name: name.clone(),
                },
                moves,
                before,
                id,
            )
        } else {
            self.plain_change(
                ChangeKind::NodeRemoved {
                    id,
                    name: name.clone(),
                },
                moves,
                before,
            )
        };
        self.points.retain(|p| p.node != id);
        self.order.retain(|&o| o != id);
        self.nodes[id.0 as usize] = None;
        change.kind = ChangeKind::NodeRemoved { id, name };
        Ok(change)
    }

    /// Set vnodes per unit of weight (1–1024). Every node's points are rebuilt.
    pub fn set_vnodes(&mut self, vnodes: u32) -> Result<Change, RingError> {
        if !(error::MIN_VNODES..=error::MAX_VNODES).contains(&vnodes) {
            return Err(RingError::VnodesOutOfRange(vnodes.into()));
        }
        let total_weight: usize = self.order.iter().map(|&id| self.weight(id) as usize).sum();
        let would_be = total_weight * vnodes as usize;
        if would_be > MAX_POINTS {
            return Err(RingError::TooManyPoints { would_be });
        }
        let from = self.vnodes;
        let before = self.live_ids();
        self.vnodes = vnodes;
        self.rebuild_points();
        let moves = self.reassign_all_diff();
        Ok(self.plain_change(
            ChangeKind::VnodesChanged { from, to: vnodes },
            moves,
            before,
        ))
    }

    /// Set one node's weight (1–100): its vnode count becomes vnodes × weight.
    pub fn set_weight(&mut self, name: &str, weight: u32) -> Result<Change, RingError> {
        let id = self
            .find_node(name)
            .ok_or_else(|| RingError::UnknownNode(name.to_string()))?;
        if !(error::MIN_WEIGHT..=error::MAX_WEIGHT).contains(&weight) {
            return Err(RingError::WeightOutOfRange(weight.into()));
        }
        let from = self.weight(id);
        let would_be =
            self.points.len() - (self.vnodes * from) as usize + (self.vnodes * weight) as usize;
        if would_be > MAX_POINTS {
            return Err(RingError::TooManyPoints { would_be });
        }
        let before = self.live_ids();
        if let Some(node) = self.nodes[id.0 as usize].as_mut() {
            node.weight = weight;
        }
        self.points.retain(|p| p.node != id);
        let fresh = self.points_of(id);
        self.merge_points(fresh);
        let moves = self.reassign_all_diff();
        Ok(self.plain_change(
            ChangeKind::WeightChanged {
                id,
                from,
                to: weight,
            },
            moves,
            before,
        ))
    }
}
