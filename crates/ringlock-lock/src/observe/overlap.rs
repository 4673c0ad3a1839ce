//! Why two workers act as holder at once: how the earlier holder's grant ended. The
//! monitor's own books, fed by the same calls as the rest of it.
//!
//! * [`Cause::ForeignDelete`]: the grant was deleted by another worker's release and would
//!   still have been live when the next grant came;
//! * [`Cause::Expiry`]: it ran out (lease or key) while its holder still acted;
//! * `None`: the model reports no grants (Redlock), or the grant is still live (a local lock
//!   per node, a key lost in a failover).

use super::invariant::Cause;
use crate::Time;

/// The books behind [`Cause`] for two holders.
#[derive(Clone, Debug, Default)]
pub struct Overlaps {
    /// Workers the monitor has seen granted at least once.
    granted: Vec<u32>,
    /// Grants deleted by another worker: whose, and when they would have run out.
    deleted: Vec<(u32, Option<Time>)>,
    /// The cause worked out at a grant, for its worker to pick up when it starts acting.
    pending: Vec<(u32, Option<Cause>)>,
}

impl Overlaps {
    /// Why `x`'s grant is no longer live at `now`; `live(x)`: it still has a live grant.
    fn cause_of(&self, now: Time, x: u32, live: &impl Fn(u32) -> bool) -> Option<Cause> {
        let deleted = self.deleted.iter().find(|d| d.0 == x);
        if deleted.is_some_and(|d| d.1.is_none_or(|e| e > now)) {
            Some(Cause::ForeignDelete)
        } else if self.granted.contains(&x) && !live(x) {
            Some(Cause::Expiry)
        } else {
            None
        }
    }

    /// The first cause among `workers`.
    fn first_cause(
        &self,
        now: Time,
        workers: impl IntoIterator<Item = u32>,
        live: &impl Fn(u32) -> bool,
    ) -> Option<Cause> {
        workers
            .into_iter()
            .find_map(|x| self.cause_of(now, x, live))
    }

    /// `worker` is granted while `acting` act: note why the lock was free for it.
    pub fn on_grant(&mut self, now: Time, worker: u32, acting: &[u32], live: impl Fn(u32) -> bool) {
        let others = acting.iter().copied().filter(|&o| o != worker);
        let cause = self.first_cause(now, others, &live);
        self.pending.retain(|p| p.0 != worker);
        self.pending.push((worker, cause));
        self.deleted.retain(|d| d.0 != worker);
        if !self.granted.contains(&worker) {
            self.granted.push(worker);
        }
    }

    /// `owner`'s grant, which would have run out at `expires_at`, was deleted by another.
    pub fn on_foreign_delete(&mut self, owner: u32, expires_at: Option<Time>) {
        self.deleted.retain(|d| d.0 != owner);
        self.deleted.push((owner, expires_at));
    }

    /// `worker` starts acting while `others` act: the cause noted at its grant, or — when it
    /// wakes from a pause, with no grant since — why its own grant or theirs is gone.
    pub fn on_overlap(
        &mut self,
        now: Time,
        worker: u32,
        others: &[u32],
        live: impl Fn(u32) -> bool,
    ) -> Option<Cause> {
        match self.pending.iter().position(|p| p.0 == worker) {
            Some(i) => self.pending.swap_remove(i).1,
            None => self.first_cause(
                now,
                [worker].into_iter().chain(others.iter().copied()),
                &live,
            ),
        }
    }

    /// `worker` starts acting alone: what its grant noted no longer matters.
    pub fn on_alone(&mut self, worker: u32) {
        self.pending.retain(|p| p.0 != worker);
    }
}

#[cfg(test)]
#[path = "overlap_tests.rs"]
mod tests;
