//! The consistent-hash ring: nodes, their virtual nodes, and which node owns each key.
//!
//! Ownership follows Karger's convention as every real client implements it: a key belongs to
//! the first *live* virtual node at a position ≥ the key's, wrapping past the top of the ring
//! to the lowest one. Virtual nodes at equal positions are ordered by (node name, index).
//!
//! Every operation returns a [`Change`]: what happened, and which keys moved from whom to
//! whom. Placement is incremental: adding, killing or reviving a node touches only the keys in
//! the arcs that node's virtual nodes close; nothing else can change owner.

use crate::error::{self, RingError, MAX_KEYS, MAX_KEY_NAME, MAX_NODES, MAX_NODE_NAME, MAX_POINTS};
use crate::hash;
use crate::keys::{KeyHash, KeyId, KeyStore};
use crate::modulo;

/// A node's slot. Stable while the node exists; a removed node's slot may be reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

const NONE: u32 = u32::MAX;

/// A physical node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Unique name; its vnodes hash `name#i`.
    pub name: String,
    /// Multiplies the vnode count.
    pub weight: u32,
    /// Dead nodes stay drawn but their vnodes are skipped.
    pub alive: bool,
}

/// One virtual node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    /// Ring position of `name#index`.
    pub position: u64,
    /// Its node.
    pub node: NodeId,
    /// `i` in `name#i`.
    pub index: u32,
}

/// One key that changed owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// The key.
    pub key: KeyId,
    /// Owner before (`None`: no live node).
    pub from: Option<NodeId>,
    /// Owner after.
    pub to: Option<NodeId>,
}

/// What an operation did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// A node joined.
    NodeAdded(NodeId),
    /// A node died; it stays on the ring, skipped.
    NodeKilled(NodeId),
    /// A dead node came back with its old placement.
    NodeRevived(NodeId),
    /// A node left the ring for good.
    NodeRemoved {
        /// Its former slot.
        id: NodeId,
        /// Its name.
        name: String,
    },
    /// Vnodes per node changed.
    VnodesChanged {
        /// Before.
        from: u32,
        /// After.
        to: u32,
    },
    /// A node's weight changed.
    WeightChanged {
        /// The node.
        id: NodeId,
        /// Before.
        from: u32,
        /// After.
        to: u32,
    },
    /// Keys were added.
    KeysAdded {
        /// How many were added.
        added: usize,
        /// How many were skipped because they already existed.
        duplicates: usize,
    },
    /// Keys were removed.
    KeysRemoved(usize),
    /// Every key was removed.
    KeysCleared(usize),
}

/// Keys moved under each scheme by one change, counted on keys that exist before and after.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SchemeCounts {
    /// The ring.
    pub ring: u64,
    /// Plain `hash mod N` over the live nodes.
    pub modulo: u64,
    /// The article's `int(sha1(key)) % 128 % N`.
    pub article: u64,
}

/// Expected fraction of keys moved by a change of the live set, under a uniform hash.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Expected {
    /// The ring: the joining or leaving node's weight share (1/(N+1) on a join of equals).
    pub ring: f64,
    /// Plain modulo, exact over all residues (N/(N+1) when a node is appended).
    pub modulo: f64,
    /// The article's code, exact over its 128 buckets.
    pub article: f64,
}

/// The result of one operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What happened.
    pub kind: ChangeKind,
    /// Keys that changed owner on the ring, in ring order of the arcs that changed.
    pub moves: Vec<Move>,
    /// Keys moved under each scheme. The ring count is filled by every operation; the two
    /// modulo counts need a scan of every key and are filled by [`Ring::compare_schemes`].
    pub moved: SchemeCounts,
    /// Live nodes before the change, in the order they were added.
    pub live_order_before: Vec<NodeId>,
    /// Theory for the live-set change, if the live set changed.
    pub expected: Option<Expected>,
    /// Live nodes before.
    pub live_before: usize,
    /// Live nodes after.
    pub live_after: usize,
    /// Keys on the ring after.
    pub keys: usize,
}

/// How the keys were made, so a link can rebuild them: `key-0 … key-(generated−1)` minus
/// `removed`, plus `named`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeySpec {
    /// Count of generated keys `key-0 …`.
    pub generated: u32,
    /// Keys added by name, in order.
    pub named: Vec<String>,
    /// Generated keys that were removed.
    pub removed: Vec<String>,
}

/// Outcome of adding keys by name from pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteError {
    /// 1-based line of the first bad name.
    pub line: usize,
    /// What is wrong with it.
    pub error: RingError,
}

/// The ring and its keys.
#[derive(Clone, Debug)]
pub struct Ring {
    nodes: Vec<Option<Node>>,
    /// Present nodes in the order they were added: the article's `nodes` list.
    order: Vec<NodeId>,
    vnodes: u32,
    /// Every virtual node of every present node, sorted by (position, name, index).
    points: Vec<Point>,
    keys: KeyStore,
    /// Owner of each key, parallel to `keys.ids()`; `NONE` when no node is live.
    owner: Vec<u32>,
    /// Keys owned, by node slot.
    counts: Vec<u64>,
    spec: KeySpec,
}

impl Default for Ring {
    fn default() -> Self {
        Ring::new(crate::DEFAULT_VNODES)
    }
}

impl Ring {
    /// An empty ring with `vnodes` virtual nodes per unit of weight (clamped to the limits).
    pub fn new(vnodes: u32) -> Self {
        Ring {
            nodes: Vec::new(),
            order: Vec::new(),
            vnodes: vnodes.clamp(error::MIN_VNODES, error::MAX_VNODES),
            points: Vec::new(),
            keys: KeyStore::default(),
            owner: Vec::new(),
            counts: Vec::new(),
            spec: KeySpec::default(),
        }
    }

    // ----- reading -----

    /// Vnodes per unit of weight.
    pub fn vnodes(&self) -> u32 {
        self.vnodes
    }

    /// A node by slot.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// Present nodes in the order they were added.
    pub fn node_ids(&self) -> &[NodeId] {
        &self.order
    }

    /// Live nodes in the order they were added (the list both modulo schemes index).
    pub fn live_ids(&self) -> Vec<NodeId> {
        self.order
            .iter()
            .copied()
            .filter(|&id| self.is_alive(id))
            .collect()
    }

    /// The slot of the node with this name.
    pub fn find_node(&self, name: &str) -> Option<NodeId> {
        self.order
            .iter()
            .copied()
            .find(|&id| self.node_name(id) == name)
    }

    /// A node's name ("" for a free slot).
    pub fn node_name(&self, id: NodeId) -> &str {
        self.node(id).map_or("", |n| n.name.as_str())
    }

    fn is_alive(&self, id: NodeId) -> bool {
        self.node(id).is_some_and(|n| n.alive)
    }

    /// Every virtual node, sorted in ring order.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// The keys.
    pub fn keys(&self) -> &KeyStore {
        &self.keys
    }

    /// How the keys were made.
    pub fn key_spec(&self) -> &KeySpec {
        &self.spec
    }

    /// The ring owner of the key at ring-order slot `slot`.
    pub fn owner_at(&self, slot: usize) -> Option<NodeId> {
        decode(self.owner[slot])
    }

    /// Keys owned on the ring by a node.
    pub fn key_count(&self, id: NodeId) -> u64 {
        self.counts.get(id.0 as usize).copied().unwrap_or(0)
    }

    /// Number of slots ever used (an upper bound on `NodeId.0 + 1`).
    pub fn slot_count(&self) -> usize {
        self.nodes.len()
    }

    /// The ring owner of a position: the first live point at or after it, wrapping.
    /// Returns the index into [`Ring::points`].
    pub fn successor(&self, position: u64) -> Option<usize> {
        let start = self.points.partition_point(|p| p.position < position);
        let n = self.points.len();
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| self.is_alive(self.points[i].node))
    }

    // ----- nodes -----

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

    fn weight(&self, id: NodeId) -> u32 {
        self.node(id).map_or(0, |n| n.weight)
    }

    fn set_alive(&mut self, id: NodeId, alive: bool) {
        if let Some(node) = self.nodes[id.0 as usize].as_mut() {
            node.alive = alive;
        }
    }

    // ----- keys -----

    /// Add one key by name.
    pub fn add_key(&mut self, raw_name: &str) -> Result<Change, RingError> {
        let name = error::validate_name(raw_name, MAX_KEY_NAME)?.to_string();
        if self.keys.find(&name).is_some() {
            return Err(RingError::DuplicateKey(name));
        }
        if self.keys.len() >= MAX_KEYS {
            return Err(RingError::TooManyKeys {
                would_be: self.keys.len() as u64 + 1,
            });
        }
        self.insert_new(vec![name.as_str()]);
        self.note_named(name);
        Ok(self.key_change(ChangeKind::KeysAdded {
            added: 1,
            duplicates: 0,
        }))
    }

    /// Add keys by name, one per line (blank lines ignored). All or nothing: a bad line refuses
    /// the whole paste. Names that already exist are skipped and counted.
    pub fn add_keys_text(&mut self, text: &str) -> Result<Change, PasteError> {
        let mut names: Vec<&str> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let name = error::validate_name(line, MAX_KEY_NAME)
                .map_err(|error| PasteError { line: i + 1, error })?;
            names.push(name);
            if names.len() + self.keys.len() > MAX_KEYS {
                let would_be = (self.keys.len()
                    + text.lines().filter(|l| !l.trim().is_empty()).count())
                    as u64;
                return Err(PasteError {
                    line: i + 1,
                    error: RingError::TooManyKeys { would_be },
                });
            }
        }
        let (fresh, duplicates) = self.insert_new(names);
        for name in &fresh {
            self.note_named(name.to_string());
        }
        Ok(self.key_change(ChangeKind::KeysAdded {
            added: fresh.len(),
            duplicates,
        }))
    }

    /// Add `count` generated keys, continuing the `key-0, key-1, …` sequence.
    pub fn add_generated(&mut self, count: u32) -> Result<Change, RingError> {
        let would_be = self.keys.len() as u64 + u64::from(count);
        if would_be > MAX_KEYS as u64
            || u64::from(self.spec.generated) + u64::from(count) > MAX_KEYS as u64
        {
            return Err(RingError::TooManyKeys { would_be });
        }
        let start = self.spec.generated;
        // One buffer for all the names: a million small allocations cost more than the hashing.
        let mut buffer = String::with_capacity(count as usize * 12);
        let mut ends = Vec::with_capacity(count as usize);
        for i in start..start + count {
            use std::fmt::Write;
            let _ = write!(buffer, "key-{i}");
            ends.push(buffer.len());
        }
        let refs: Vec<&str> = ends
            .iter()
            .scan(0, |from, &end| {
                let name = &buffer[*from..end];
                *from = end;
                Some(name)
            })
            .collect();
        let (fresh, duplicates) = self.insert_new(refs);
        self.spec.generated += count;
        Ok(self.key_change(ChangeKind::KeysAdded {
            added: fresh.len(),
            duplicates,
        }))
    }

    /// Remove keys by name. Unknown names refuse the whole removal.
    pub fn remove_keys(&mut self, names: &[&str]) -> Result<Change, RingError> {
        let mut slots = Vec::with_capacity(names.len());
        for name in names {
            let slot = self
                .keys
                .find(name)
                .ok_or_else(|| RingError::UnknownKey(name.to_string()))?;
            slots.push(slot);
        }
        slots.sort_unstable();
        slots.dedup();
        for name in names {
            self.spec.named.retain(|n| n != name);
            if generated_index(name).is_some_and(|i| i < self.spec.generated)
                && !self.spec.removed.iter().any(|n| n == name)
            {
                self.spec.removed.push(name.to_string());
            }
        }
        self.keys.remove_slots(&slots);
        self.reassign_all();
        Ok(self.key_change(ChangeKind::KeysRemoved(slots.len())))
    }

    /// Remove every key.
    pub fn clear_keys(&mut self) -> Change {
        let count = self.keys.len();
        self.keys.clear();
        self.spec = KeySpec::default();
        self.reassign_all();
        self.key_change(ChangeKind::KeysCleared(count))
    }

    /// Hash `names` once, drop the ones already on the ring or repeated in the batch, insert the
    /// rest in one merge pass. Returns the inserted names and the number of duplicates.
    fn insert_new<'a>(&mut self, names: Vec<&'a str>) -> (Vec<&'a str>, usize) {
        let mut batch: Vec<(KeyHash, &str)> = names.iter().map(|&n| (KeyHash::of(n), n)).collect();
        batch.sort_unstable_by(|a, b| a.0.position.cmp(&b.0.position).then_with(|| a.1.cmp(b.1)));
        let total = batch.len();
        let mut fresh_names = Vec::with_capacity(total);
        let mut fresh_hashes = Vec::with_capacity(total);
        for (i, &(hash, name)) in batch.iter().enumerate() {
            let repeated =
                i > 0 && batch[i - 1].0.position == hash.position && batch[i - 1].1 == name;
            if !repeated && self.keys.find_hashed(name, hash.position).is_none() {
                fresh_names.push(name);
                fresh_hashes.push(hash);
            }
        }
        self.keys.insert_batch(&fresh_names, &fresh_hashes);
        self.reassign_all();
        let duplicates = total - fresh_names.len();
        (fresh_names, duplicates)
    }

    fn note_named(&mut self, name: String) {
        if let Some(i) = self.spec.removed.iter().position(|n| *n == name) {
            self.spec.removed.swap_remove(i);
        } else if generated_index(&name).is_none_or(|i| i >= self.spec.generated) {
            self.spec.named.push(name);
        }
    }

    // ----- placement -----

    fn points_of(&self, id: NodeId) -> Vec<Point> {
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

    fn cmp_points(&self, a: &Point, b: &Point) -> std::cmp::Ordering {
        a.position
            .cmp(&b.position)
            .then_with(|| self.node_name(a.node).cmp(self.node_name(b.node)))
            .then_with(|| a.index.cmp(&b.index))
    }

    fn merge_points(&mut self, fresh: Vec<Point>) {
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

    fn rebuild_points(&mut self) {
        let mut all = Vec::new();
        for &id in &self.order {
            all.extend(self.points_of(id));
        }
        all.sort_unstable_by(|a, b| self.cmp_points(a, b));
        self.points = all;
    }

    /// Indices into `points` of the live points, in ring order.
    fn live_points(&self) -> Vec<usize> {
        (0..self.points.len())
            .filter(|&i| self.is_alive(self.points[i].node))
            .collect()
    }

    /// Key slots in the arc closed by live point `live[k]`: (previous live position, its position].
    fn arc_slots(&self, live: &[usize], k: usize) -> [std::ops::Range<usize>; 2] {
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
    fn claim_arcs(&mut self, id: NodeId, moves: &mut Vec<Move>) {
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
    fn release_arcs(&mut self, id: NodeId) -> Vec<Move> {
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

    fn set_owner(&mut self, slot: usize, to: u32, moves: &mut Vec<Move>) {
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

    fn count(&mut self, owner: u32) {
        if owner != NONE {
            self.counts[owner as usize] += 1;
        }
    }

    fn uncount(&mut self, owner: u32) {
        if owner != NONE {
            self.counts[owner as usize] -= 1;
        }
    }

    /// Ownership recomputed from scratch: one merge pass of keys against live points.
    pub fn full_assignment(&self) -> Vec<Option<NodeId>> {
        self.compute_owners().into_iter().map(decode).collect()
    }

    fn compute_owners(&self) -> Vec<u32> {
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

    fn reassign_all(&mut self) {
        self.owner = self.compute_owners();
        self.counts.iter_mut().for_each(|c| *c = 0);
        for i in 0..self.owner.len() {
            self.count(self.owner[i]);
        }
    }

    fn reassign_all_diff(&mut self) -> Vec<Move> {
        let fresh = self.compute_owners();
        let mut moves = Vec::new();
        for (slot, &to) in fresh.iter().enumerate() {
            self.set_owner(slot, to, &mut moves);
        }
        moves
    }

    // ----- change reports -----

    fn live_change(
        &self,
        kind: ChangeKind,
        moves: Vec<Move>,
        before: Vec<NodeId>,
        subject: NodeId,
    ) -> Change {
        let after = self.live_ids();
        let weight = |ids: &[NodeId]| ids.iter().map(|&i| self.weight(i) as f64).sum::<f64>();
        let subject_weight = self.weight(subject) as f64;
        let ring = if after.len() > before.len() {
            subject_weight / weight(&after)
        } else {
            subject_weight / weight(&before)
        };
        Change {
            kind,
            moved: SchemeCounts {
                ring: moves.len() as u64,
                modulo: 0,
                article: 0,
            },
            expected: Some(Expected {
                ring: if ring.is_finite() { ring } else { 1.0 },
                modulo: modulo::expected_modulo(&before, &after),
                article: modulo::expected_article(&before, &after),
            }),
            moves,
            live_before: before.len(),
            live_after: after.len(),
            live_order_before: before,
            keys: self.keys.len(),
        }
    }

    fn plain_change(&self, kind: ChangeKind, moves: Vec<Move>, before: Vec<NodeId>) -> Change {
        Change {
            kind,
            moved: SchemeCounts {
                ring: moves.len() as u64,
                modulo: 0,
                article: 0,
            },
            expected: None,
            moves,
            live_before: before.len(),
            live_after: before.len(),
            live_order_before: before,
            keys: self.keys.len(),
        }
    }

    fn key_change(&self, kind: ChangeKind) -> Change {
        let live = self.live_ids();
        Change {
            kind,
            moves: Vec::new(),
            moved: SchemeCounts::default(),
            expected: None,
            live_before: live.len(),
            live_after: live.len(),
            live_order_before: live,
            keys: self.keys.len(),
        }
    }

    /// Fill `change.moved.modulo` and `change.moved.article`: how many keys the same change
    /// moves under plain modulo and under the article's code. This scans every key (O(K)), so
    /// it is kept out of the ring operations, which touch only the arcs that changed.
    pub fn compare_schemes(&self, change: &mut Change) {
        let after = self.live_ids();
        if after != change.live_order_before {
            let (modulo, article) = modulo::moved_counts(self, &change.live_order_before, &after);
            change.moved.modulo = modulo;
            change.moved.article = article;
        }
    }

    // ----- invariants -----

    /// Every key is owned by a live node (or by none when no node is live), the kept counts
    /// match, and incremental ownership equals a full recomputation.
    pub fn check_invariants(&self) -> Result<(), String> {
        let any_live = self.order.iter().any(|&id| self.is_alive(id));
        for (slot, &o) in self.owner.iter().enumerate() {
            match decode(o) {
                Some(id) if !self.is_alive(id) => {
                    return Err(format!("key slot {slot} owned by dead or absent {id:?}"))
                }
                None if any_live => {
                    return Err(format!(
                        "key slot {slot} has no owner although nodes are live"
                    ))
                }
                _ => {}
            }
        }
        if self.owner != self.compute_owners() {
            return Err("incremental ownership differs from a full recomputation".into());
        }
        for &id in &self.order {
            let counted = self.owner.iter().filter(|&&o| o == id.0).count() as u64;
            if counted != self.key_count(id) {
                return Err(format!(
                    "count of {id:?} is {} but it owns {counted}",
                    self.key_count(id)
                ));
            }
        }
        Ok(())
    }
}

fn decode(owner: u32) -> Option<NodeId> {
    (owner != NONE).then_some(NodeId(owner))
}

/// The name of generated key `i`: `key-i`.
pub fn generated_name(i: u32) -> String {
    format!("key-{i}")
}

/// `Some(i)` if `name` is exactly `key-i` as generated (no leading zeros).
pub fn generated_index(name: &str) -> Option<u32> {
    let digits = name.strip_prefix("key-")?;
    let i: u32 = digits.parse().ok()?;
    (generated_name(i) == name).then_some(i)
}
