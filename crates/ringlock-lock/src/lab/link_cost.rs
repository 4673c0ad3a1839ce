//! What replaying a link costs, measured before the lab replays it: a link is a few bytes, but
//! `lc=` (the time shown) and the actions' delays can ask for days of simulated time, and
//! Redlock with 1,000 retrying workers runs about 60,000 events per simulated second. Opening
//! such a link would freeze the page for minutes, so it is refused, by name: at once when it
//! reaches past [`MAX_LINK_TIME`], else once its replay passes [`MAX_LINK_EVENTS`].

use super::history::Stamped;
use super::sim::Sim;
use crate::settings::Settings;
use crate::Time;

/// Most events a link may take to replay: about 22 simulated hours of the default lab, and
/// about a second's work natively for the slowest model (Redlock, 1,000 workers).
pub const MAX_LINK_EVENTS: u64 = 3_000_000;

/// Latest time a link may name (`lc`, or an action's): seven simulated days.
pub const MAX_LINK_TIME: Time = 7 * 24 * 3_600_000;

/// Whether replaying `actions` (sorted by time) and running on to `until` stays within
/// [`MAX_LINK_TIME`] and [`MAX_LINK_EVENTS`]. Actions a model refuses are skipped here: the replay that follows names
/// them.
pub(crate) fn within_budget(
    seed: u64,
    settings: &Settings,
    actions: &[Stamped],
    until: Time,
) -> bool {
    let end = actions.last().map_or(until, |a| a.at.max(until));
    if end > MAX_LINK_TIME {
        return false;
    }
    let Ok(mut sim) = Sim::new(seed, *settings) else {
        return true; // the settings' own error is reported by the caller
    };
    let run_to = |sim: &mut Sim, t: Time| {
        while sim.next_event_time().is_some_and(|e| e <= t) {
            if sim.events_processed() >= MAX_LINK_EVENTS {
                return false;
            }
            sim.step();
        }
        sim.run_until(t);
        true
    };
    for a in actions {
        if !run_to(&mut sim, a.at) {
            return false;
        }
        let _ = sim.apply(a.action);
    }
    run_to(&mut sim, end)
}

#[cfg(test)]
mod tests {
    use super::MAX_LINK_TIME;
    use crate::{Lab, LinkError, MAX_LINK_EVENTS};

    fn open(fragment: &str) -> Result<Option<Lab>, LinkError> {
        Lab::from_fragment_part(fragment)
    }

    const TOO_LONG: LinkError = LinkError::TooLong {
        max_events: MAX_LINK_EVENTS,
        max_ms: MAX_LINK_TIME,
    };

    #[test]
    fn a_link_to_the_end_of_time_is_refused_not_replayed() {
        // Before the budget, this replayed 2⁶⁴ ms of simulated time: the page froze for ever.
        assert_eq!(
            open("lv=1&ls=1&lc=18446744073709551615").err(),
            Some(TOO_LONG)
        );
        // So did a far-off action, and Redlock with 1,000 workers for ten minutes.
        assert_eq!(open("lv=1&ls=1&la=99999999999999s1").err(), Some(TOO_LONG));
        assert_eq!(
            open("lv=1&ls=1&lm=k&lw=1000&lc=600000").err(),
            Some(TOO_LONG)
        );
    }

    #[test]
    fn an_hour_of_the_default_lab_and_an_idle_week_open() {
        let lab = open("lv=1&ls=1&lc=3600000").unwrap().unwrap();
        assert_eq!(lab.now(), 3_600_000);
        // No workers, nothing scheduled: up to the time limit, any time costs nothing.
        let idle = format!("lv=1&ls=1&lw=0&lc={MAX_LINK_TIME}");
        assert_eq!(open(&idle).unwrap().unwrap().now(), MAX_LINK_TIME);
        let late = format!("lv=1&ls=1&lw=0&lc={}", MAX_LINK_TIME + 1);
        assert_eq!(open(&late).err(), Some(TOO_LONG));
    }
}
