//! What a protocol carries through the engine without the engine looking inside: its timers,
//! riding in the event queue, and its own data on a message.

use std::fmt::Debug;

/// The types a protocol hands the engine to carry.
pub trait Payloads: Clone + Copy + Debug + PartialEq + Eq {
    /// A protocol timer.
    type Timer: Copy + Debug + PartialEq + Eq;
    /// A protocol's data on a message (`Default` on messages that carry none).
    type Data: Copy + Debug + Default + PartialEq + Eq;
}
