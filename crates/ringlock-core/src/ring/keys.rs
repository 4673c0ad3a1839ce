//! Keys added by name, pasted, generated or removed.

use std::sync::Arc;

use super::key_batch::{self, Names};
use super::key_spec::generated_index;
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
        let names = Names::Generated {
            start: self.spec.generated,
            count,
        };
        let (fresh, duplicates) = self.insert_names(names, report);
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
        let (fresh, duplicates) = self.insert_names(Names::Listed(&names), report);
        (
            fresh.iter().map(|&i| names[i as usize]).collect(),
            duplicates,
        )
    }

    /// Hash `names` and put them in ring order ([`key_batch::place`]), append the new ones and
    /// give every key its owner. Returns the new keys' indexes in `names`, in ring order, and
    /// the number of duplicates.
    fn insert_names(&mut self, names: Names, report: &mut dyn FnMut(usize)) -> (Vec<u32>, usize) {
        let placed = key_batch::place(names, &self.keys, REPORT_EVERY, report);
        Arc::make_mut(&mut self.keys).append_ordered(
            placed.arena,
            placed.ends,
            placed.hashes,
            placed.positions,
        );
        self.reassign_all();
        (placed.indices, placed.duplicates)
    }

    pub(super) fn note_named(&mut self, name: String) {
        if let Some(i) = self.spec.removed.iter().position(|n| *n == name) {
            self.spec.removed.swap_remove(i);
        } else if generated_index(&name).is_none_or(|i| i >= self.spec.generated) {
            self.spec.named.push(name);
        }
    }
}
