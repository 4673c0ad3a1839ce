//! A range of logical milliseconds to draw from.

use crate::Time;

/// An inclusive range of logical milliseconds; a value is drawn uniformly from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    /// Shortest.
    pub min: Time,
    /// Longest (≥ `min`).
    pub max: Time,
}

impl Span {
    /// `min..=max`.
    pub const fn new(min: Time, max: Time) -> Span {
        Span { min, max }
    }
}
