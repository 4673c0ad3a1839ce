//! How the keys were made, so a link can rebuild them, and the names of generated keys.

use crate::error::RingError;

/// How the keys were made, so a link can rebuild them: `key-0 … key-(generated−1)` minus
/// `removed`, plus `named`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeySpec {
    /// Count of generated keys `key-0 …`.
    pub generated: u32,
    /// Keys added by name, in order.
    pub named: Vec<String>,
    /// Generated keys that were removed.
    pub removed: Vec<String>,
}

/// Outcome of adding keys by name from pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteError {
    /// 1-based line of the first bad name.
    pub line: usize,
    /// What is wrong with it.
    pub error: RingError,
}

/// The name of generated key `i`: `key-i`.
pub fn generated_name(i: u32) -> String {
    format!("key-{i}")
}

/// `Some(i)` if `name` is exactly `key-i` as generated (no leading zeros).
pub fn generated_index(name: &str) -> Option<u32> {
    let digits = name.strip_prefix("key-")?;
    let i: u32 = digits.parse().ok()?;
    (generated_name(i) == name).then_some(i)
}
