//! The [`Change`] each operation returns, the O(K) scheme comparison, and the invariants.

use super::modulo;
use super::{decode, Change, ChangeKind, Expected, Move, NodeId, Ring, SchemeCounts};

impl Ring {
    pub(super) fn live_change(
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

    pub(super) fn plain_change(
        &self,
        kind: ChangeKind,
        moves: Vec<Move>,
        before: Vec<NodeId>,
    ) -> Change {
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

    pub(super) fn key_change(&self, kind: ChangeKind) -> Change {
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
            let (modulo, article) =
                modulo::moved_counts(&self.keys, &change.live_order_before, &after);
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
