//! # ringlock-stats
//!
//! The one statistic both halves of Ringlock report: Jain's fairness index, over the keys per
//! node on the ring side and over the grants per worker in the lock lab. It lives here so that
//! neither crate depends on the other for it.
//!
//! ```
//! use ringlock_stats::jain;
//!
//! assert_eq!(jain(&[3, 3, 3]), Some(1.0)); // all equal
//! assert_eq!(jain(&[5, 0, 0, 0]), Some(0.25)); // one gets everything: 1/n
//! ```
#![deny(missing_docs)]

/// Jain's fairness index J = (Σx)² / (n·Σx²): 1 when all are equal, 1/n when one gets
/// everything. `None` for an empty list or all zeros.
pub fn jain(xs: &[u64]) -> Option<f64> {
    let sum: f64 = xs.iter().map(|&x| x as f64).sum();
    let squares: f64 = xs.iter().map(|&x| (x as f64) * (x as f64)).sum();
    (squares > 0.0).then(|| sum * sum / (xs.len() as f64 * squares))
}

#[cfg(test)]
#[path = "lib_tests.rs"]
mod tests;
