//! The two non-ring schemes shown beside the ring, on the same keys and the same live nodes.
//!
//! * **Modulo:** `position mod N`, indexing the live nodes in the order they were added.
//! * **The article's code:** `int(sha1(key)) % 128 % N` over the same list — modulo hashing
//!   with an extra `% 128`. While N is small it remaps most keys when N changes, like plain
//!   modulo; but only its 128 buckets can move, so the share falls as N grows and from 128
//!   nodes up a join moves nothing (bucket b < 128 ≤ N keeps b mod N = b): see
//!   [`article_join_fraction`].

use std::collections::HashMap;

use super::key_store::KeyStore;
use super::node::NodeId;

/// Which placement a view or statistic uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Scheme {
    /// The consistent-hash ring.
    #[default]
    Ring,
    /// `hash mod N` over the live nodes.
    Modulo,
    /// The article's `int(sha1(key)) % 128 % N`.
    Article,
}

impl Scheme {
    /// All schemes, in display order.
    pub const ALL: [Scheme; 3] = [Scheme::Ring, Scheme::Modulo, Scheme::Article];

    /// Short code used in links.
    pub fn code(self) -> &'static str {
        match self {
            Scheme::Ring => "ring",
            Scheme::Modulo => "mod",
            Scheme::Article => "article",
        }
    }

    /// Parse a link code.
    pub fn from_code(code: &str) -> Option<Scheme> {
        Scheme::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The modulo owner of a key at `position` among `live` nodes.
pub fn modulo_owner(position: u64, live: &[NodeId]) -> Option<NodeId> {
    (!live.is_empty()).then(|| live[(position % live.len() as u64) as usize])
}

/// The article's owner of a key with bucket `article` (= `int(sha1) % 128`).
pub fn article_owner(article: u8, live: &[NodeId]) -> Option<NodeId> {
    (!live.is_empty()).then(|| live[usize::from(article) % live.len()])
}

/// Keys that change owner under (modulo, article) when the live list goes `before` → `after`.
///
/// One pass over the keys' hashes. Under modulo a key's owner on both sides depends only on its
/// position mod L = lcm(|before|, |after|), so while L is at most [`RESIDUE_TABLE`] each key
/// costs one division and a lookup in a table of the L residues, built once.
pub fn moved_counts(keys: &KeyStore, before: &[NodeId], after: &[NodeId]) -> (u64, u64) {
    let mut article_hist = [0u64; 128];
    let mut modulo = 0u64;
    let table = moved_residues(before, after);
    keys.for_each_live_hash(|h| {
        article_hist[usize::from(h.article)] += 1;
        modulo += u64::from(match &table {
            Some((lcm, moved)) => moved[(h.position % lcm) as usize] == 1,
            None => modulo_owner(h.position, before) != modulo_owner(h.position, after),
        });
    });
    let article = (0u8..128)
        .filter(|&a| article_owner(a, before) != article_owner(a, after))
        .map(|a| article_hist[usize::from(a)])
        .sum();
    (modulo, article)
}

/// Most residues [`moved_counts`] tabulates: lcm(1,000, 999) = 999,000 fits, so every change
/// of up to 1,000 live nodes by one node does.
pub const RESIDUE_TABLE: usize = 1 << 20;

/// L = lcm(|before|, |after|) and, for each residue r < L, 1 if its owner changes, when both
/// lists have nodes and L ≤ [`RESIDUE_TABLE`]. Built without division: r mod |before| and
/// r mod |after| are counters that wrap.
fn moved_residues(before: &[NodeId], after: &[NodeId]) -> Option<(u64, Vec<u8>)> {
    let (b, a) = (before.len(), after.len());
    if b == 0 || a == 0 {
        return None;
    }
    let lcm = (b / gcd(b, a))
        .checked_mul(a)
        .filter(|&lcm| lcm <= RESIDUE_TABLE)?;
    let (mut i, mut j) = (0, 0);
    let moved = (0..lcm)
        .map(|_| {
            let moved = u8::from(before[i] != after[j]);
            i = if i + 1 == b { 0 } else { i + 1 };
            j = if j + 1 == a { 0 } else { j + 1 };
            moved
        })
        .collect();
    Some((lcm as u64, moved))
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Exact fraction of a uniform hash that changes owner under modulo, `before` → `after`:
/// [`modulo_moved_residues`] as a fraction.
pub fn expected_modulo(before: &[NodeId], after: &[NodeId]) -> f64 {
    let (moved, residues) = modulo_moved_residues(before, after);
    moved as f64 / residues as f64
}

/// Under modulo the owner of a hash depends only on the hash modulo L = lcm(|before|, |after|):
/// the residues r < L whose owner changes, `before` → `after`, and L, in O(|before| + |after|).
/// With nobody live on one side: (0, 1) if neither side has a node, else (1, 1).
///
/// With g = gcd(|before|, |after|), the residue r stands (Chinese remainder theorem) for the
/// pair (i, j) = (r mod |before|, r mod |after|), and every pair with i ≡ j (mod g) is the
/// pair of exactly one residue: L = |before|·|after|/g pairs for L residues. The owner stays
/// iff `before[i] == after[j]`, so the residues that keep their owner are the pairs of equal
/// nodes with i ≡ j (mod g), counted here by (node, index mod g).
pub fn modulo_moved_residues(before: &[NodeId], after: &[NodeId]) -> (u64, u64) {
    let (b, a) = (before.len(), after.len());
    if b == 0 || a == 0 {
        return (u64::from(a != b), 1);
    }
    let g = gcd(b, a);
    let mut seen: HashMap<(NodeId, usize), u64> = HashMap::with_capacity(b);
    for (i, &id) in before.iter().enumerate() {
        *seen.entry((id, i % g)).or_default() += 1;
    }
    let kept: u64 = after
        .iter()
        .enumerate()
        .filter_map(|(j, &id)| seen.get(&(id, j % g)))
        .sum();
    let residues = (b / g) as u64 * a as u64;
    (residues - kept, residues)
}

/// [`modulo_moved_residues`] by its definition: every residue r < L is looked at, O(L), about
/// |before|·|after| when the sizes differ by one. The reference the tests and the benchmark
/// hold the O(N) count against.
pub fn modulo_moved_residues_walk(before: &[NodeId], after: &[NodeId]) -> (u64, u64) {
    let (b, a) = (before.len(), after.len());
    if b == 0 || a == 0 {
        return (u64::from(a != b), 1);
    }
    let lcm = b / gcd(b, a) * a;
    let moved = (0..lcm).filter(|&r| before[r % b] != after[r % a]).count();
    (moved as u64, lcm as u64)
}

/// Exact fraction of a uniform hash that changes owner under the article's code: over its 128
/// buckets.
pub fn expected_article(before: &[NodeId], after: &[NodeId]) -> f64 {
    let moved = (0u8..128)
        .filter(|&a| article_owner(a, before) != article_owner(a, after))
        .count();
    moved as f64 / 128.0
}

/// `n` node ids 0…n−1, in the order they joined.
fn first_ids(n: usize) -> Vec<NodeId> {
    (0..n as u32).map(NodeId).collect()
}

/// Exact fraction of a uniform hash that moves under hash mod N when `n` nodes become `n + 1`
/// (the new node last): n/(n+1).
pub fn modulo_join_fraction(n: usize) -> f64 {
    expected_modulo(&first_ids(n), &first_ids(n + 1))
}

/// Exact fraction of a uniform hash that moves under the article's code when `n` nodes become
/// `n + 1` (the new node last): the buckets b < 128 with b mod n ≠ b mod (n+1), over 128.
/// 4→5 moves 100/128, 64→65 half, 100→101 28/128, and from 128 nodes up nothing.
pub fn article_join_fraction(n: usize) -> f64 {
    expected_article(&first_ids(n), &first_ids(n + 1))
}

#[cfg(test)]
#[path = "modulo_tests.rs"]
mod tests;
