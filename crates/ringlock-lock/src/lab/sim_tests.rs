//! Unit tests of `lab::sim`.

use super::*;

#[test]
fn time_only_moves_forward() {
    let mut sim = Sim::new(1, Settings::default()).unwrap();
    sim.run_until(5_000);
    assert_eq!(sim.now(), 5_000);
    sim.run_until(10);
    assert_eq!(sim.now(), 5_000);
    assert!(sim.next_event_time().unwrap() >= 5_000);
    assert!(sim.events_processed() > 0);
}

#[test]
fn no_workers_means_no_events() {
    let settings = Settings {
        workers: 0,
        ..Settings::default()
    };
    let mut sim = Sim::new(1, settings).unwrap();
    assert_eq!(sim.step(), None);
    assert_eq!(sim.log_total(), 0);
}
