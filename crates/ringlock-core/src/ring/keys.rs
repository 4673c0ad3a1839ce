//! Keys added by name, pasted, generated or removed.

use std::sync::Arc;

use super::key_spec::generated_index;
use super::key_store::KeyHash;
use super::{Change, ChangeKind, KeySpec, PasteError, Ring};
use crate::error::{self, RingError, MAX_KEYS, MAX_KEY_NAME};

/// How many keys are hashed between two progress reports.
pub const REPORT_EVERY: usize = 1 << 16;

impl Ring {
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
        self.add_generated_reporting(count, &mut |_| {})
    }

    /// [`add_generated`](Ring::add_generated), calling `report` with the number of keys hashed
    /// so far after every [`REPORT_EVERY`] keys and after the last.
    pub fn add_generated_reporting(
        &mut self,
        count: u32,
        report: &mut dyn FnMut(usize),
    ) -> Result<Change, RingError> {
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
        let (fresh, duplicates) = self.insert_new_reporting(refs, report);
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
        Arc::make_mut(&mut self.keys).remove_slots(&slots);
        self.reassign_all();
        Ok(self.key_change(ChangeKind::KeysRemoved(slots.len())))
    }

    /// Remove every key.
    pub fn clear_keys(&mut self) -> Change {
        let count = self.keys.len();
        self.keys = Arc::default();
        self.spec = KeySpec::default();
        self.reassign_all();
        self.key_change(ChangeKind::KeysCleared(count))
    }

    /// Hash `names` once, drop the ones already on the ring or repeated in the batch, insert the
    /// rest in one merge pass. Returns the inserted names and the number of duplicates.
    pub(super) fn insert_new<'a>(&mut self, names: Vec<&'a str>) -> (Vec<&'a str>, usize) {
        self.insert_new_reporting(names, &mut |_| {})
    }

    fn insert_new_reporting<'a>(
        &mut self,
        names: Vec<&'a str>,
        report: &mut dyn FnMut(usize),
    ) -> (Vec<&'a str>, usize) {
        let mut batch: Vec<(KeyHash, &str)> = Vec::with_capacity(names.len());
        for chunk in names.chunks(REPORT_EVERY) {
            batch.extend(chunk.iter().map(|&n| (KeyHash::of(n), n)));
            report(batch.len());
        }
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
        Arc::make_mut(&mut self.keys).insert_batch(&fresh_names, &fresh_hashes);
        self.reassign_all();
        let duplicates = total - fresh_names.len();
        (fresh_names, duplicates)
    }

    pub(super) fn note_named(&mut self, name: String) {
        if let Some(i) = self.spec.removed.iter().position(|n| *n == name) {
            self.spec.removed.swap_remove(i);
        } else if generated_index(&name).is_none_or(|i| i >= self.spec.generated) {
            self.spec.named.push(name);
        }
    }
}
