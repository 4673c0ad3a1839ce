//! The central lock server: the family's defaults, plus Chubby's lock-delay.
//!
//! Chubby's lock-delay: when a lease ends by expiry — its holder failed or became unreachable,
//! not a normal release — the server grants nobody for [`Settings::lock_delay`], so that a
//! holder that is merely slow has time to finish before anyone else starts. Servers that can
//! check sequencers (fencing tokens) do not need it; the others do.
//!
//! [`Settings::lock_delay`]: crate::Settings::lock_delay

use super::{Leased, Rules};
use crate::engine::log_kind::LogKind;
use crate::engine::queue::Event;
use crate::protocols::protocol::Ctx;
use crate::protocols::timer::Timer;
use crate::settings::Settings;
use crate::Time;

/// The central server's rules: the defaults, and a lock-delay after an expiry.
#[derive(Clone, Copy, Debug, Default)]
pub struct Central;

impl Rules for Central {
    fn lock_delay(&self, settings: &Settings) -> Time {
        settings.lock_delay
    }
}

impl<R: Rules> Leased<R> {
    /// A lease on `lock` has just expired: start a lock-delay if the model sets one. Returns
    /// whether it did (then the lock stays free, waiters and all, until the delay ends).
    pub fn start_lock_delay(&mut self, core: &mut Ctx, lock: u32) -> bool {
        let delay = self.rules.lock_delay(&core.settings);
        if delay == 0 {
            return false;
        }
        let until = core.now + delay;
        self.table.slots[lock as usize].delay = Some((core.now, until));
        core.schedule(until, Event::Protocol(Timer::DelayEnd { lock }));
        core.log(LogKind::LockDelayed { lock, until });
        true
    }

    /// The lock-delay's end: the lock may be granted again, to the front of the queue.
    pub fn end_lock_delay(&mut self, core: &mut Ctx, lock: u32) {
        let slot = &mut self.table.slots[lock as usize];
        let Some((since, until)) = slot.delay.filter(|&(_, until)| until <= core.now) else {
            return;
        };
        slot.delay = None;
        core.tally.delayed_total += until - since;
        self.grant_next(core, lock);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::queue::Event;
    use crate::protocols::timer::Timer;
    use crate::{Action, Invariant, LogKind, Settings, Sim, Span, WorkerId};

    fn settings(lock_delay: u64) -> Settings {
        Settings {
            workers: 3,
            ttl: 1_000,
            lock_delay,
            think: Span::new(100, 100),
            hold: Span::new(200, 200),
            ..Settings::default()
        }
    }

    /// Run until someone holds the lock, crash it, and run to `t`.
    fn crash_holder(lock_delay: u64, t: u64) -> (Sim, WorkerId) {
        let mut sim = Sim::new(4, settings(lock_delay)).unwrap();
        while sim.acting_holders().is_empty() {
            sim.step();
        }
        let victim = sim.acting_holders()[0];
        sim.apply(Action::Crash(victim)).unwrap();
        sim.run_until(t);
        (sim, victim)
    }

    fn at(sim: &Sim, f: impl Fn(&LogKind) -> bool) -> Option<u64> {
        sim.log_since(0).find(|e| f(&e.kind)).map(|e| e.at)
    }

    #[test]
    fn an_expiry_holds_the_lock_back_for_exactly_the_delay() {
        let (sim, victim) = crash_holder(1_500, 10_000);
        let expired = at(
            &sim,
            |k| matches!(k, LogKind::Expired { worker, .. } if *worker == victim),
        )
        .expect("the crashed holder's lease expires");
        assert_eq!(
            at(&sim, |k| matches!(k, LogKind::LockDelayed { .. })),
            Some(expired)
        );
        let next = at(
            &sim,
            |k| matches!(k, LogKind::Granted { worker, .. } if *worker != victim),
        )
        .unwrap();
        assert_eq!(
            next,
            expired + 1_500,
            "granted exactly at expiry + lock-delay"
        );
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
        assert_eq!(sim.metrics().delayed, 1_500);
        // Without the delay the next waiter gets the lock at the expiry itself.
        let (plain, victim) = crash_holder(0, 10_000);
        let expired = at(
            &plain,
            |k| matches!(k, LogKind::Expired { worker, .. } if *worker == victim),
        );
        let next = at(
            &plain,
            |k| matches!(k, LogKind::Granted { worker, .. } if *worker != victim),
        );
        assert_eq!(next, expired);
        assert!(at(&plain, |k| matches!(k, LogKind::LockDelayed { .. })).is_none());
    }

    #[test]
    fn a_release_hands_over_at_once_even_with_a_delay_set() {
        let mut sim = Sim::new(4, settings(5_000)).unwrap();
        sim.run_until(5_000);
        assert!(at(&sim, |k| matches!(k, LogKind::Released { .. })).is_some());
        assert!(at(&sim, |k| matches!(k, LogKind::LockDelayed { .. })).is_none());
        assert_eq!(sim.metrics().delayed, 0);
        assert!(sim.metrics().grants > 5);
    }

    #[test]
    fn requests_during_the_delay_queue_and_the_view_shows_its_end() {
        let (sim, _) = crash_holder(3_000, 1_500);
        let lock = &sim.locks()[0];
        let until = lock.delay_until.expect("in the delay");
        assert!(lock.holder.is_none() && !lock.queue.is_empty());
        assert!(until > sim.now());
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 0);
    }

    #[test]
    fn a_delay_that_never_ends_is_a_deadlock_past_its_end() {
        let (mut sim, _) = crash_holder(1_000, 1_500);
        let until = sim.locks()[0].delay_until.expect("in the delay");
        // Break the delay's end: it happens, but grants nobody.
        let queue = std::mem::take(&mut sim.core.queue);
        sim.core.queue = queue
            .into_iter()
            .map(|mut s| {
                if matches!(s.event, Event::Protocol(Timer::DelayEnd { .. })) {
                    s.event = Event::Audit;
                }
                s
            })
            .collect();
        sim.run_until(until - 1);
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 0, "not during");
        sim.run_until(until + 50);
        assert_eq!(sim.monitor().count(Invariant::Deadlock), 1, "but after");
        let v = sim.monitor().violations().last().unwrap();
        assert_eq!(v.at, until);
    }
}
