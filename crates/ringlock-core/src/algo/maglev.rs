//! Maglev hashing (Eisenbud et al., NSDI 2016, §3.4): a lookup table of prime size M that
//! the backends fill round-robin, each claiming its next free preferred slot.
//!
//! Hashing convention: backend `name` has `offset = h1 mod M` and `skip = h2 mod (M−1) + 1`,
//! where h1 and h2 are the first and second 8 bytes, big-endian, of SHA-1(name). Its
//! preference list is `(offset + j·skip) mod M`, a permutation because M is prime. A key goes
//! to `table[position mod M]`, with the key's SHA-1 ring position. Weights are ignored.
//!
//! Slot counts differ by at most one, but disruption is not minimal: a change can move slots
//! between two backends that both stayed (the paper's example, tested below).

use super::AlgoError;
use crate::hash;

/// The table size used when none is given: the smallest prime above 2¹⁶.
pub const DEFAULT_M: u64 = 65_537;
/// The largest table allowed (4 MiB of entries).
pub const MAX_M: u64 = 1 << 20;

/// A filled Maglev table.
#[derive(Clone, Debug)]
pub struct Maglev {
    m: u64,
    perms: Vec<(u64, u64)>,
    table: Vec<u32>,
}

/// Whether `n` is prime (trial division; `n` ≤ [`MAX_M`] here).
pub fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 1;
    }
    true
}

/// `(offset, skip)` of a backend named `name` in a table of size `m`.
pub fn offset_skip(name: &str, m: u64) -> (u64, u64) {
    let digest = hash::sha1(name);
    let h1 = hash::position_of_digest(&digest);
    let mut second = [0u8; 8];
    second.copy_from_slice(&digest[8..16]);
    let h2 = u64::from_be_bytes(second);
    (h1 % m, h2 % (m - 1) + 1)
}

impl Maglev {
    /// The table for backends `names` (in this order) with table size `m`.
    pub fn new(names: &[&str], m: u64) -> Result<Maglev, AlgoError> {
        Self::check(m, names.len())?;
        let perms = names.iter().map(|n| offset_skip(n, m)).collect();
        Ok(Self::fill(m, perms))
    }

    /// The table for backends with explicit `(offset, skip)`, as in the paper's example.
    pub fn with_permutations(m: u64, perms: &[(u64, u64)]) -> Result<Maglev, AlgoError> {
        Self::check(m, perms.len())?;
        let perms = perms
            .iter()
            .map(|&(o, s)| (o % m, (s % m).max(1)))
            .collect();
        Ok(Self::fill(m, perms))
    }

    fn check(m: u64, backends: usize) -> Result<(), AlgoError> {
        if backends == 0 {
            return Err(AlgoError::NoLiveNode);
        }
        if m > MAX_M || m < backends as u64 {
            return Err(AlgoError::TableSize {
                m,
                backends,
                max: MAX_M,
            });
        }
        if !is_prime(m) {
            return Err(AlgoError::NotPrime(m));
        }
        Ok(())
    }

    fn fill(m: u64, perms: Vec<(u64, u64)>) -> Maglev {
        const EMPTY: u32 = u32::MAX;
        let mut table = vec![EMPTY; m as usize];
        let mut next = vec![0u64; perms.len()];
        let mut filled = 0u64;
        'rounds: loop {
            for (i, &(offset, skip)) in perms.iter().enumerate() {
                let mut slot = (offset + next[i] * skip) % m;
                while table[slot as usize] != EMPTY {
                    next[i] += 1;
                    slot = (offset + next[i] * skip) % m;
                }
                table[slot as usize] = i as u32;
                next[i] += 1;
                filled += 1;
                if filled == m {
                    break 'rounds;
                }
            }
        }
        Maglev { m, perms, table }
    }

    /// Table size M.
    pub fn m(&self) -> u64 {
        self.m
    }

    /// Each backend's `(offset, skip)`.
    pub fn permutations(&self) -> &[(u64, u64)] {
        &self.perms
    }

    /// The table: the backend index of every slot.
    pub fn table(&self) -> &[u32] {
        &self.table
    }

    /// The slot of a key: its SHA-1 ring position mod M.
    pub fn slot_of(&self, key: &str) -> usize {
        (hash::key_position(key) % self.m) as usize
    }

    /// The backend index of a key.
    pub fn lookup(&self, key: &str) -> usize {
        self.table[self.slot_of(key)] as usize
    }

    /// Slots held by each backend.
    pub fn slot_counts(&self) -> Vec<u64> {
        let mut counts = vec![0u64; self.perms.len()];
        for &b in &self.table {
            counts[b as usize] += 1;
        }
        counts
    }
}

#[cfg(test)]
#[path = "maglev_tests.rs"]
mod tests;
