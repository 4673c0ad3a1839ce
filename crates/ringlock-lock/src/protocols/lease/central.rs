//! The central lock server: the family's defaults, plus Chubby's lock-delay.
//!
//! Chubby's lock-delay: when a lease ends by expiry — its holder failed or became unreachable,
//! not a normal release — the server grants nobody for [`Settings::lock_delay`], so that a
//! holder that is merely slow has time to finish before anyone else starts. Servers that can
//! check sequencers (fencing tokens) do not need it; the others do.
//!
//! [`Settings::lock_delay`]: crate::Settings::lock_delay

use super::{Leased, Rules};
use crate::engine::queue::Event;
use crate::protocols::payload::Timer;
use crate::protocols::protocol::Ctx;
use crate::settings::Settings;
use crate::vocab::log::LogKind;
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
#[path = "central_tests.rs"]
mod tests;
