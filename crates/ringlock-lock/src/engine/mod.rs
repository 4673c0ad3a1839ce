//! The engine: logical time, the event queue, seeded streams, the network, the workers' life
//! cycle, storage and the bounded, hashed log. It names no lock protocol: the protocol's timers
//! and message data are opaque payloads ([`payload::Payloads`]), and the steps of a worker's life that need the lock
//! (asking, letting go) are the caller's.

pub mod history;
pub mod kernel;
pub mod life;
pub mod log;
pub mod net;
pub mod payload;
pub mod queue;
pub mod rng;
pub mod storage;
pub mod worker;
