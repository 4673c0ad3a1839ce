//! One seed, split into one ChaCha8 stream per purpose, so that e.g. a change to network
//! jitter does not shift the hold times drawn for the workers.

use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::settings::Span;
use crate::Time;

/// Sub-streams of the seed, one per purpose.
#[derive(Clone, Debug)]
pub struct Rngs {
    pub think: ChaCha8Rng,
    pub hold: ChaCha8Rng,
    pub net: ChaCha8Rng,
    /// Which waiter a lock that promises no order wakes.
    pub pick: ChaCha8Rng,
    /// The protocol's own draws (a Redis client's random values and retry delays).
    pub proto: ChaCha8Rng,
}

impl Rngs {
    pub fn new(seed: u64) -> Self {
        let stream = |n| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            rng.set_stream(n);
            rng
        };
        Rngs {
            think: stream(1),
            hold: stream(2),
            net: stream(3),
            pick: stream(4),
            proto: stream(5),
        }
    }
}

/// A uniform draw from `0..n` (n ≥ 1) by the multiply-shift method: portable, no loop.
pub fn below(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    ((u128::from(rng.next_u64()) * u128::from(n)) >> 64) as u64
}

/// A uniform draw from the span.
pub fn draw(rng: &mut ChaCha8Rng, span: Span) -> Time {
    span.min + below(rng, span.max - span.min + 1)
}

#[cfg(test)]
#[path = "rng_tests.rs"]
mod tests;
