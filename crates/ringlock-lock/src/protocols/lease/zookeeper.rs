//! ZooKeeper's lock recipe, on top of the lease server's queue and leases (the watches
//! themselves are in [`super::watch`], shared with etcd).
//!
//! `create(EPHEMERAL|SEQUENTIAL)` is the request: the node's sequence number is its place in
//! the queue, and the lowest node holds the lock. A node is deleted by an unlock (the
//! release), or by its session's expiry (the lease, kept alive by heartbeats, which a crash
//! stops). What differs from the central server is how a waiter learns its turn: on each
//! deletion ZooKeeper sends *watch notifications* over the network, and each notified waiter
//! asks `getChildren` and waits for the answer before the lowest one proceeds.
//!
//! * Predecessor watches (the recipe): each waiter watches only the node just below its own,
//!   so a deletion wakes exactly one waiter.
//! * Watching all children ([`Settings::watch_all`]): every deletion wakes every waiter, and
//!   all of them ask for the children at once — the herd.
//!
//! [`Settings::watch_all`]: crate::Settings::watch_all

use super::Rules;
use crate::settings::Settings;

/// ZooKeeper's rules: handoffs by watch, and with [`Settings::watch_all`] the herd.
#[derive(Clone, Copy, Debug, Default)]
pub struct ZooKeeper;

impl Rules for ZooKeeper {
    const WATCHES: bool = true;

    fn herd(&self, settings: &Settings) -> bool {
        settings.watch_all
    }
}

#[cfg(test)]
#[path = "zookeeper_tests.rs"]
mod tests;
