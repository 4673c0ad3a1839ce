//! A batch of new keys hashed and put in ring order in linear time, for
//! [`Ring::add_generated`](super::Ring::add_generated) and pasted names alike.
//!
//! Positions are SHA-1 prefixes, so they spread evenly: one counting pass on their top bits
//! puts each key in a bucket of a few dozen keys, and the buckets in order are the ring order once
//! each tiny bucket is sorted (by position, then name). Generated names are not kept between
//! the passes: `key-i` is written again, digit by digit, where it lands, so no pass gathers
//! names from all over memory. Every buffer is sized once.

use std::cmp::Ordering;

use super::key_store::{KeyHash, KeyStore};
use crate::hash;

/// Where a batch's names come from.
#[derive(Clone, Copy)]
pub(super) enum Names<'a> {
    /// `key-start`, `key-(start+1)`, … : `count` generated names.
    Generated {
        /// The first index.
        start: u32,
        /// How many.
        count: u32,
    },
    /// Names given one by one.
    Listed(&'a [&'a str]),
}

/// Room for `key-` and the ten digits of any `u32`.
type NameBuf = [u8; 14];

impl<'a> Names<'a> {
    fn len(self) -> usize {
        match self {
            Names::Generated { count, .. } => count as usize,
            Names::Listed(names) => names.len(),
        }
    }

    /// The bytes of name `i`, written into `buf` when generated.
    fn bytes<'b>(self, i: usize, buf: &'b mut NameBuf) -> &'b [u8]
    where
        'a: 'b,
    {
        match self {
            Names::Generated { start, .. } => generated_into(start + i as u32, buf),
            Names::Listed(names) => names[i].as_bytes(),
        }
    }

    /// Total bytes of all the names.
    fn total_bytes(self) -> usize {
        match self {
            Names::Generated { start, count } => {
                let (start, end) = (u64::from(start), u64::from(start) + u64::from(count));
                // Every name has "key-" and a first digit; each power of ten at or below a
                // name's index adds one more digit.
                let mut total = 5 * u64::from(count);
                let mut power = 10u64;
                while power < end {
                    total += end - power.max(start);
                    power *= 10;
                }
                total as usize
            }
            Names::Listed(names) => names.iter().map(|n| n.len()).sum(),
        }
    }

    fn cmp(self, a: usize, b: usize) -> Ordering {
        let (mut x, mut y) = ([0; 14], [0; 14]);
        self.bytes(a, &mut x).cmp(self.bytes(b, &mut y))
    }
}

/// `key-i` written into `buf`, as [`generated_name`](super::generated_name) spells it.
fn generated_into(i: u32, buf: &mut NameBuf) -> &[u8] {
    let mut digits = [0u8; 10];
    let digits = crate::hash::decimal(i, &mut digits);
    buf[..4].copy_from_slice(b"key-");
    buf[4..4 + digits.len()].copy_from_slice(digits);
    &buf[..4 + digits.len()]
}

/// One hashed name of the batch, by its index in the batch.
#[derive(Clone, Copy, Default)]
struct Entry {
    position: u64,
    index: u32,
    article: u8,
}

/// The new keys of a batch in ring order, repeats and keys already stored left out, ready to
/// be appended to a [`KeyStore`].
pub(super) struct Placed {
    /// Names in ring order, concatenated.
    pub arena: String,
    /// End of each name in `arena`.
    pub ends: Vec<u32>,
    /// Hashes in ring order.
    pub hashes: Vec<KeyHash>,
    /// Positions in ring order.
    pub positions: Vec<u64>,
    /// Batch index of each new key, in ring order.
    pub indices: Vec<u32>,
    /// Names left out: repeated in the batch or already stored.
    pub duplicates: usize,
}

/// Hash `names`, calling `report` with the number hashed after every `every` names and after
/// the last, put them in ring order (position, then name) and leave out repeats and names
/// `stored` already has.
pub(super) fn place(
    names: Names,
    stored: &KeyStore,
    every: usize,
    report: &mut dyn FnMut(usize),
) -> Placed {
    let n = names.len();
    let bits = (usize::BITS - (n >> PER_BUCKET_LOG2).leading_zeros()).min(22);
    let mut starts = vec![0u32; (1 << bits) + 1];
    let hashed = hash_all(names, bits, &mut starts, every, report);
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut sorted = scatter(&hashed, bits, &starts);
    drop(hashed);
    sort_runs(names, &mut sorted, &starts);
    collect(names, &sorted, stored)
}

/// 16 to 32 keys per bucket: measured (docs/benchmarks.md) against 2 to 256, this is where
/// the counts (128 KB at 1M keys) stay in cache while the buckets' sorts stay short.
const PER_BUCKET_LOG2: u32 = 5;

/// The bucket of a position: its top `bits` bits.
fn bucket(position: u64, bits: u32) -> usize {
    position.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// Every name hashed, in batch order, counting the keys of each bucket in `counts[b + 1]`.
fn hash_all(
    names: Names,
    bits: u32,
    counts: &mut [u32],
    every: usize,
    report: &mut dyn FnMut(usize),
) -> Vec<Entry> {
    let n = names.len();
    let mut hashed = Vec::with_capacity(n);
    let mut buf = [0; 14];
    for from in (0..n).step_by(every.max(1)) {
        let to = n.min(from + every.max(1));
        for i in from..to {
            let digest = hash::sha1_bytes(names.bytes(i, &mut buf));
            let position = hash::position_of_digest(&digest);
            counts[bucket(position, bits) + 1] += 1;
            hashed.push(Entry {
                position,
                index: i as u32,
                article: hash::article_bucket(&digest),
            });
        }
        report(to);
    }
    hashed
}

/// The entries by bucket (counting sort): bucket `b` lands at `starts[b]..starts[b + 1]`.
fn scatter(hashed: &[Entry], bits: u32, starts: &[u32]) -> Vec<Entry> {
    let mut sorted = vec![Entry::default(); hashed.len()];
    let mut next = starts.to_vec();
    for entry in hashed {
        let slot = &mut next[bucket(entry.position, bits)];
        sorted[*slot as usize] = *entry;
        *slot += 1;
    }
    sorted
}

/// Each bucket sorted by position, then name: the whole in ring order.
fn sort_runs(names: Names, sorted: &mut [Entry], starts: &[u32]) {
    let by_ring = |a: &Entry, b: &Entry| {
        a.position
            .cmp(&b.position)
            .then_with(|| names.cmp(a.index as usize, b.index as usize))
    };
    for w in starts.windows(2) {
        let run = &mut sorted[w[0] as usize..w[1] as usize];
        if run.len() > 1 {
            run.sort_unstable_by(by_ring);
        }
    }
}

/// The new keys of `sorted` (in ring order) as a [`Placed`].
fn collect(names: Names, sorted: &[Entry], stored: &KeyStore) -> Placed {
    let n = sorted.len();
    let mut arena = Vec::with_capacity(names.total_bytes());
    let mut ends = Vec::with_capacity(n);
    let mut hashes = Vec::with_capacity(n);
    let mut positions = Vec::with_capacity(n);
    let mut indices = Vec::with_capacity(n);
    let old = stored.positions();
    let mut at = 0;
    let (mut buf, mut prev) = ([0; 14], [0; 14]);
    for (k, entry) in sorted.iter().enumerate() {
        let name = names.bytes(entry.index as usize, &mut buf);
        let repeated = k > 0 && sorted[k - 1].position == entry.position && {
            names.bytes(sorted[k - 1].index as usize, &mut prev) == name
        };
        if repeated {
            continue;
        }
        if !old.is_empty() {
            at += old[at..].partition_point(|&p| p < entry.position);
            if stored.find_from(at, name, entry.position).is_some() {
                continue;
            }
        }
        arena.extend_from_slice(name);
        ends.push(arena.len() as u32);
        hashes.push(KeyHash {
            position: entry.position,
            article: entry.article,
        });
        positions.push(entry.position);
        indices.push(entry.index);
    }
    let duplicates = n - indices.len();
    Placed {
        // Every name is UTF-8 (a `&str` or ASCII), so this never falls back.
        arena: String::from_utf8(arena).unwrap_or_default(),
        ends,
        hashes,
        positions,
        indices,
        duplicates,
    }
}

#[cfg(test)]
#[path = "key_batch_tests.rs"]
mod tests;
