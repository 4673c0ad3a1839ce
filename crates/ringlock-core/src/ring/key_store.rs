//! The key set: names, hashes, and the order of keys around the ring.
//!
//! Keys are stored once, in an append-only name arena, and indexed by a [`KeyId`]. The ring
//! sees them through [`KeyStore::positions`], sorted by position, so the keys of an arc are one
//! contiguous range found by binary search.

use crate::hash;

/// A key's identity: its index in insertion order. Stable while the key exists.
pub type KeyId = u32;

/// Everything hashed about one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyHash {
    /// Ring position (first 8 bytes of SHA-1, big-endian).
    pub position: u64,
    /// `int(sha1(key)) % 128`, the article's bucket.
    pub article: u8,
}

impl KeyHash {
    /// Hash one key name.
    pub fn of(name: &str) -> Self {
        let digest = hash::sha1(name);
        KeyHash {
            position: hash::position_of_digest(&digest),
            article: hash::article_bucket(&digest),
        }
    }
}

/// Names and hashes of every key, plus the slots of the live ones sorted by position.
#[derive(Clone, Debug, Default)]
pub struct KeyStore {
    arena: String,
    ends: Vec<u32>,
    hashes: Vec<KeyHash>,
    /// Positions of the live keys, ascending (ties by id).
    sorted_pos: Vec<u64>,
    /// Ids of the live keys, in the same order as `sorted_pos`.
    sorted_id: Vec<KeyId>,
}

impl KeyStore {
    /// Number of live keys.
    pub fn len(&self) -> usize {
        self.sorted_id.len()
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.sorted_id.is_empty()
    }

    /// The name of a key.
    pub fn name(&self, id: KeyId) -> &str {
        let id = id as usize;
        let start = if id == 0 {
            0
        } else {
            self.ends[id - 1] as usize
        };
        &self.arena[start..self.ends[id] as usize]
    }

    /// The hash of a key.
    pub fn hash(&self, id: KeyId) -> KeyHash {
        self.hashes[id as usize]
    }

    /// Call `f` with the hash of every live key, in no set order: by id, one pass through
    /// memory, while no key was removed (every id is then live); else in ring order.
    pub fn for_each_live_hash(&self, f: impl FnMut(KeyHash)) {
        if self.hashes.len() == self.sorted_id.len() {
            self.hashes.iter().copied().for_each(f);
        } else {
            self.sorted_id
                .iter()
                .map(|&id| self.hashes[id as usize])
                .for_each(f);
        }
    }

    /// Positions of live keys in ring order.
    pub fn positions(&self) -> &[u64] {
        &self.sorted_pos
    }

    /// Ids of live keys in ring order (parallel to [`KeyStore::positions`]).
    pub fn ids(&self) -> &[KeyId] {
        &self.sorted_id
    }

    /// Slot (index in ring order) of the first key with position strictly greater than `pos`.
    pub fn upper_bound(&self, pos: u64) -> usize {
        self.sorted_pos.partition_point(|&p| p <= pos)
    }

    /// Slot of a live key with this name, if any.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_hashed(name, KeyHash::of(name).position)
    }

    /// Slot of a live key with this name, given its already computed position.
    pub fn find_hashed(&self, name: &str, position: u64) -> Option<usize> {
        let start = self.sorted_pos.partition_point(|&p| p < position);
        self.find_from(start, name.as_bytes(), position)
    }

    /// [`find_hashed`](KeyStore::find_hashed) from `start`, the first slot whose position is
    /// not below `position`.
    pub(super) fn find_from(&self, start: usize, name: &[u8], position: u64) -> Option<usize> {
        (start..self.sorted_pos.len())
            .take_while(|&slot| self.sorted_pos[slot] == position)
            .find(|&slot| self.name(self.sorted_id[slot]).as_bytes() == name)
    }

    /// Append new keys given in ring order (names concatenated with their ends, hashes and
    /// positions), giving them the next ids in that order, and merge them into ring order.
    pub(super) fn append_ordered(
        &mut self,
        arena: String,
        ends: Vec<u32>,
        hashes: Vec<KeyHash>,
        positions: Vec<u64>,
    ) {
        let first = self.hashes.len() as KeyId;
        let fresh_ids = first..first + positions.len() as KeyId;
        if self.hashes.is_empty() {
            // The first batch: its buffers become the store's, nothing copied.
            self.arena = arena;
            self.ends = ends;
            self.hashes = hashes;
            self.sorted_id = fresh_ids.collect();
            self.sorted_pos = positions;
            return;
        }
        let base = self.arena.len() as u32;
        self.arena.push_str(&arena);
        self.ends.extend(ends.iter().map(|&end| base + end));
        self.hashes.extend_from_slice(&hashes);
        self.merge_in(positions.iter().copied().zip(fresh_ids));
    }

    /// Merge keys whose ids are above every stored one, given in ring order, into the ring
    /// order: a stored key goes first on a tie of positions.
    fn merge_in(&mut self, fresh: impl ExactSizeIterator<Item = (u64, KeyId)>) {
        let old_pos = std::mem::take(&mut self.sorted_pos);
        let old_id = std::mem::take(&mut self.sorted_id);
        let total = old_pos.len() + fresh.len();
        self.sorted_pos.reserve_exact(total);
        self.sorted_id.reserve_exact(total);
        let mut old = old_pos.into_iter().zip(old_id).peekable();
        let mut fresh = fresh.peekable();
        loop {
            let next = match (old.peek(), fresh.peek()) {
                (Some(&(a, _)), Some(&(b, _))) if a <= b => old.next(),
                (Some(_), None) => old.next(),
                (_, Some(_)) => fresh.next(),
                (None, None) => None,
            };
            let Some((position, id)) = next else { break };
            self.sorted_pos.push(position);
            self.sorted_id.push(id);
        }
    }

    /// Insert already-hashed keys that are known to be new, and return their ids.
    /// Keys are merged into ring order in one pass.
    pub fn insert_batch(&mut self, names: &[&str], hashes: &[KeyHash]) -> Vec<KeyId> {
        let first = self.hashes.len() as KeyId;
        // Grown once: a million pushes into growing buffers copy them again and again.
        self.arena.reserve(names.iter().map(|n| n.len()).sum());
        self.ends.reserve(names.len());
        self.hashes.reserve(names.len());
        let mut fresh: Vec<(u64, KeyId)> = Vec::with_capacity(names.len());
        for (offset, (name, key_hash)) in names.iter().zip(hashes).enumerate() {
            self.arena.push_str(name);
            self.ends.push(self.arena.len() as u32);
            self.hashes.push(*key_hash);
            fresh.push((key_hash.position, first + offset as KeyId));
        }
        fresh.sort_unstable();
        self.merge_in(fresh.iter().copied());
        fresh.into_iter().map(|(_, id)| id).collect()
    }

    /// Remove the live keys at these slots (ascending, distinct). Their names stay in the arena.
    pub fn remove_slots(&mut self, slots: &[usize]) {
        let mut drop = slots.iter().copied().peekable();
        let mut write = 0;
        for read in 0..self.sorted_pos.len() {
            if drop.peek() == Some(&read) {
                drop.next();
                continue;
            }
            self.sorted_pos[write] = self.sorted_pos[read];
            self.sorted_id[write] = self.sorted_id[read];
            write += 1;
        }
        self.sorted_pos.truncate(write);
        self.sorted_id.truncate(write);
    }

    /// The raw arrays: names, name ends, hashes by id, then positions and ids in ring order.
    pub(super) fn raw(&self) -> (&str, &[u32], &[KeyHash], &[u64], &[KeyId]) {
        (
            &self.arena,
            &self.ends,
            &self.hashes,
            &self.sorted_pos,
            &self.sorted_id,
        )
    }

    /// A store from raw arrays that [`KeyStore::raw`] gave and the caller has checked.
    pub(super) fn from_raw(
        arena: String,
        ends: Vec<u32>,
        hashes: Vec<KeyHash>,
        sorted_pos: Vec<u64>,
        sorted_id: Vec<KeyId>,
    ) -> Self {
        KeyStore {
            arena,
            ends,
            hashes,
            sorted_pos,
            sorted_id,
        }
    }

    /// Forget every key.
    pub fn clear(&mut self) {
        *self = KeyStore::default();
    }
}

#[cfg(test)]
#[path = "key_store_tests.rs"]
mod tests;
