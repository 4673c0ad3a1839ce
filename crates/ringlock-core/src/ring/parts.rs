//! The ring's keys as flat arrays, so another thread (the app's Web Worker) can hash and place
//! a large key set and hand it back as a few buffers instead of re-hashing it.
//!
//! [`Ring::key_parts`] takes the keys of a placed ring apart; [`Ring::install_keys`] puts them
//! into a ring with the same nodes. Parts come from outside the thread, so installing checks
//! them in one pass (O(K)) and refuses inconsistent ones without changing the ring.

use super::key_store::{KeyHash, KeyStore};
use super::{Change, ChangeKind, KeySpec, Ring, NONE};
use crate::error::MAX_KEYS;

/// Every key of a ring, by id and in ring order, with its ring owner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyParts {
    /// All key names, concatenated in id order.
    pub arena: String,
    /// End (byte offset in `arena`) of each key's name, by id.
    pub ends: Vec<u32>,
    /// Ring position of each key, by id.
    pub positions: Vec<u64>,
    /// The article's bucket of each key, by id.
    pub articles: Vec<u8>,
    /// Positions of the live keys in ring order.
    pub sorted_pos: Vec<u64>,
    /// Ids of the live keys in ring order.
    pub sorted_id: Vec<u32>,
    /// Ring owner (node slot, `u32::MAX` for none) of each live key, in ring order.
    pub owner: Vec<u32>,
}

/// Why key parts were refused: the first inconsistency found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartsError(pub &'static str);

impl std::fmt::Display for PartsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "inconsistent key parts: {}", self.0)
    }
}

impl std::error::Error for PartsError {}

impl Ring {
    /// The keys and their owners as flat arrays.
    pub fn key_parts(&self) -> KeyParts {
        let (arena, ends, hashes, sorted_pos, sorted_id) = self.keys.raw();
        KeyParts {
            arena: arena.to_string(),
            ends: ends.to_vec(),
            positions: hashes.iter().map(|h| h.position).collect(),
            articles: hashes.iter().map(|h| h.article).collect(),
            sorted_pos: sorted_pos.to_vec(),
            sorted_id: sorted_id.to_vec(),
            owner: self.owner.clone(),
        }
    }

    /// Replace the keys with `parts`, taken from a ring with the same nodes, points and
    /// liveness, and made as `spec` says. Checks that the names, positions, ring order and
    /// owners agree with each other and with this ring's live nodes; refuses otherwise and
    /// leaves the ring as it was.
    pub fn install_keys(&mut self, parts: KeyParts, spec: KeySpec) -> Result<(), PartsError> {
        let n = parts.ends.len();
        if parts.positions.len() != n || parts.articles.len() != n {
            return Err(PartsError("names and hashes differ in number"));
        }
        let mut start = 0usize;
        for &end in &parts.ends {
            let end = end as usize;
            if end < start || end > parts.arena.len() || !parts.arena.is_char_boundary(end) {
                return Err(PartsError("a name ends outside the names"));
            }
            start = end;
        }
        let m = parts.sorted_id.len();
        if parts.sorted_pos.len() != m || parts.owner.len() != m || m > n || m > MAX_KEYS {
            return Err(PartsError("ring order and owners differ in number"));
        }
        let any_live = self.order.iter().any(|&id| self.is_alive(id));
        let mut previous: Option<(u64, u32)> = None;
        for slot in 0..m {
            let (pos, id) = (parts.sorted_pos[slot], parts.sorted_id[slot]);
            if parts.positions.get(id as usize) != Some(&pos) {
                return Err(PartsError("a key's ring position is not its hash"));
            }
            if previous.is_some_and(|p| p >= (pos, id)) {
                return Err(PartsError("keys out of ring order"));
            }
            previous = Some((pos, id));
            let owner = parts.owner[slot];
            let fits = if owner == NONE {
                !any_live
            } else {
                self.is_alive(super::NodeId(owner))
            };
            if !fits {
                return Err(PartsError("a key owned by a node that is not live"));
            }
        }
        let hashes = parts
            .positions
            .iter()
            .zip(&parts.articles)
            .map(|(&position, &article)| KeyHash { position, article })
            .collect();
        self.keys = std::sync::Arc::new(KeyStore::from_raw(
            parts.arena,
            parts.ends,
            hashes,
            parts.sorted_pos,
            parts.sorted_id,
        ));
        self.owner = parts.owner;
        self.counts.iter_mut().for_each(|c| *c = 0);
        for slot in 0..self.owner.len() {
            self.count(self.owner[slot]);
        }
        self.spec = spec;
        Ok(())
    }

    /// The change that adding keys reports ([`ChangeKind::KeysAdded`]), for keys installed
    /// from parts: `added` new keys and `duplicates` that were on the ring already.
    pub fn keys_added(&self, added: usize, duplicates: usize) -> Change {
        self.key_change(ChangeKind::KeysAdded { added, duplicates })
    }
}

#[cfg(test)]
#[path = "parts_tests.rs"]
mod tests;
