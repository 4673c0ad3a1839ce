//! Jump consistent hash (Lamping & Veach, 2014): no memory, O(ln n) time.
//!
//! Hashing convention: a string key is first hashed to its ring position (the first 8 bytes
//! of SHA-1, big-endian, [`crate::hash::key_position`]), and that `u64` is jumped. Buckets are
//! the live nodes in the order they were added; weights are ignored.
//!
//! Jump hash numbers its buckets `0..n`, so only the last bucket can be added or removed
//! without renumbering the others: [`check_removal`] says why another cannot go.

use super::AlgoError;

/// The bucket in `0..buckets` of `key` (`buckets` ≥ 1; 0 buckets give 0).
pub fn jump(key: u64, buckets: u32) -> u32 {
    jump_with_steps(key, buckets).0
}

/// [`jump`], with the number of loop iterations: the lookup cost, ≈ ln n + 1.
pub fn jump_with_steps(mut key: u64, buckets: u32) -> (u32, u32) {
    let (mut b, mut j, mut steps) = (-1i64, 0i64, 0);
    while j < i64::from(buckets) {
        steps += 1;
        b = j;
        key = key.wrapping_mul(2_862_933_555_777_941_757).wrapping_add(1);
        j = ((b + 1) as f64 * ((1u64 << 31) as f64 / ((key >> 33) + 1) as f64)) as i64;
    }
    (b.max(0) as u32, steps)
}

/// The bucket of a string key: [`jump`] of its SHA-1 ring position.
pub fn jump_key(key: &str, buckets: u32) -> u32 {
    jump(crate::hash::key_position(key), buckets)
}

/// Whether bucket `bucket` of `buckets` may leave: only the last one can.
pub fn check_removal(bucket: usize, buckets: usize) -> Result<(), AlgoError> {
    match buckets.checked_sub(1) {
        None => Err(AlgoError::NoLiveNode),
        Some(last) if bucket == last => Ok(()),
        Some(last) => Err(AlgoError::NotLastBucket { bucket, last }),
    }
}

#[cfg(test)]
#[path = "jump_tests.rs"]
mod tests;
