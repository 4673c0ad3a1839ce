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
mod tests {
    use super::*;

    fn run(key: u64, k: u32) -> Vec<u32> {
        (1..=k).map(|n| jump(key, n)).collect()
    }

    fn expand(runs: &[(u32, usize)]) -> Vec<u32> {
        runs.iter()
            .flat_map(|&(b, count)| std::iter::repeat_n(b, count))
            .collect()
    }

    #[test]
    fn published_vectors() {
        // DOMAIN A5, from dgryski/go-jump's tests, for n = 1, 2, ….
        assert_eq!(run(0, 19), vec![0; 19]);
        assert_eq!(run(1, 19), expand(&[(0, 6), (6, 11), (17, 2)]));
        assert_eq!(
            run(0xdead_beef, 19),
            expand(&[(0, 1), (1, 1), (2, 1), (3, 2), (5, 11), (16, 3)])
        );
        assert_eq!(
            run(0x0ddc_0ffe_ebad_f00d, 19),
            expand(&[(0, 1), (1, 1), (2, 13), (15, 4)])
        );
        assert_eq!(jump(256, 1024), 520);
    }

    #[test]
    fn growing_moves_keys_only_into_the_new_bucket() {
        for key in 0..2000u64 {
            let key = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            for n in 1..40 {
                let (a, b) = (jump(key, n), jump(key, n + 1));
                assert!(a == b || b == n, "key {key} n {n}: {a} → {b}");
            }
        }
    }

    #[test]
    fn only_the_last_bucket_can_leave() {
        assert_eq!(check_removal(4, 5), Ok(()));
        assert_eq!(
            check_removal(2, 5),
            Err(AlgoError::NotLastBucket { bucket: 2, last: 4 })
        );
        assert_eq!(check_removal(0, 0), Err(AlgoError::NoLiveNode));
        assert!(AlgoError::NotLastBucket { bucket: 2, last: 4 }
            .to_string()
            .contains("renumber"));
    }

    #[test]
    fn steps_grow_like_ln_n() {
        let mean = (0..1000u64)
            .map(|k| f64::from(jump_with_steps(k.wrapping_mul(0x9e37_79b9_7f4a_7c15), 1000).1))
            .sum::<f64>()
            / 1000.0;
        assert!(mean > 5.0 && mean < 10.0, "{mean}");
    }
}
