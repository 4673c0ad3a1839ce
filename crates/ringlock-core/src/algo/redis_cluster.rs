//! Redis Cluster hash slots: not a ring but 16,384 fixed slots, each owned by one master.
//!
//! Hashing convention (the cluster specification): `slot = CRC16(key) mod 16384`, CRC16 being
//! XMODEM (polynomial 0x1021, initial value 0, no reflection). If the key has a `{`, a `}`
//! after the first `{`, and at least one byte between them, only those bytes are hashed (a
//! *hash tag*, so related keys share a slot); otherwise the whole key is. Weights are ignored.
//!
//! A fresh cluster spreads the slots over the masters in contiguous ranges as
//! `redis-cli --cluster create` does ([`create_ranges`]); moving data means moving whole slots
//! from one master to another, which an operator does with
//! `redis-cli --cluster rebalance` ([`SlotMap::rebalance`]). Topologies are laid out by
//! [`layout()`] (one list of nodes) and [`layout_change`] (a change, replayed from the slot map
//! before): see there how joins, removals and dead masters are turned into rebalances.

use super::AlgoError;

mod layout;
mod rebalance;

pub use layout::{layout, layout_change};
pub use rebalance::REBALANCE_THRESHOLD;

/// Number of hash slots.
pub const SLOTS: usize = 16_384;

/// CRC16/XMODEM of `data`.
pub fn crc16(data: &[u8]) -> u16 {
    let mut crc = 0u16;
    for &byte in data {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// The bytes of `key` that are hashed: the hash tag if there is a non-empty one.
pub fn hash_tag(key: &[u8]) -> &[u8] {
    if let Some(open) = key.iter().position(|&b| b == b'{') {
        if let Some(len) = key[open + 1..].iter().position(|&b| b == b'}') {
            if len > 0 {
                return &key[open + 1..open + 1 + len];
            }
        }
    }
    key
}

/// The slot of a key.
pub fn key_slot(key: &str) -> u16 {
    crc16(hash_tag(key.as_bytes())) % SLOTS as u16
}

/// A contiguous run of slots owned by one master.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotRange {
    /// First slot.
    pub first: u16,
    /// Last slot, inclusive.
    pub last: u16,
    /// Index of the master.
    pub master: usize,
}

/// Slots that changed hands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotMove {
    /// First slot.
    pub first: u16,
    /// Last slot, inclusive.
    pub last: u16,
    /// The master that gave them.
    pub from: usize,
    /// The master that took them.
    pub to: usize,
}

/// The ranges `redis-cli --cluster create` gives `masters` masters: a float cursor starts at 0;
/// master i ends at `lround(cursor + 16384/N − 1)` and the next starts one after it; the last
/// master takes the rest. redis-cli computes in C `float`, and so does this.
pub fn create_ranges(masters: usize) -> Result<Vec<SlotRange>, AlgoError> {
    if masters == 0 {
        return Err(AlgoError::NoLiveNode);
    }
    if masters > SLOTS {
        return Err(AlgoError::TooManyMasters(masters));
    }
    let per_node = SLOTS as f32 / masters as f32;
    let (mut cursor, mut first) = (0f32, 0i64);
    let mut ranges = Vec::with_capacity(masters);
    for master in 0..masters {
        let mut last = (cursor + per_node - 1.0).round() as i64;
        if last > SLOTS as i64 || master == masters - 1 {
            last = SLOTS as i64 - 1;
        }
        last = last.max(first);
        ranges.push(SlotRange {
            first: first as u16,
            last: last as u16,
            master,
        });
        first = last + 1;
        cursor += per_node;
    }
    Ok(ranges)
}

/// The owner of every slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotMap {
    owner: Vec<u32>,
}

impl SlotMap {
    /// A fresh cluster of `masters` masters ([`create_ranges`]).
    pub fn create(masters: usize) -> Result<SlotMap, AlgoError> {
        let mut owner = vec![0u32; SLOTS];
        for r in create_ranges(masters)? {
            owner[usize::from(r.first)..=usize::from(r.last)].fill(r.master as u32);
        }
        Ok(SlotMap { owner })
    }

    /// The master of a slot.
    pub fn owner(&self, slot: u16) -> usize {
        self.owner[usize::from(slot)] as usize
    }

    /// The master of a key.
    pub fn lookup(&self, key: &str) -> usize {
        self.owner(key_slot(key))
    }

    /// The map as contiguous ranges, in slot order.
    pub fn ranges(&self) -> Vec<SlotRange> {
        let mut ranges: Vec<SlotRange> = Vec::new();
        for (slot, &m) in self.owner.iter().enumerate() {
            match ranges.last_mut() {
                Some(r) if r.master == m as usize => r.last = slot as u16,
                _ => ranges.push(SlotRange {
                    first: slot as u16,
                    last: slot as u16,
                    master: m as usize,
                }),
            }
        }
        ranges
    }

    /// Slots held by each of the masters `0..masters` (a master numbered `masters` or above
    /// is not counted).
    pub fn slot_counts(&self, masters: usize) -> Vec<u32> {
        let mut counts = vec![0u32; masters];
        for &m in &self.owner {
            if let Some(c) = counts.get_mut(m as usize) {
                *c += 1;
            }
        }
        counts
    }

    /// The map with master `m` renamed `to[m]`; `None` if a slot's master has no new name.
    fn relabel(&self, to: &[Option<usize>]) -> Option<SlotMap> {
        let owner = self
            .owner
            .iter()
            .map(|&m| to.get(m as usize).copied().flatten().map(|n| n as u32))
            .collect::<Option<Vec<u32>>>()?;
        Some(SlotMap { owner })
    }
}

#[cfg(test)]
#[path = "redis_cluster_tests.rs"]
mod tests;
