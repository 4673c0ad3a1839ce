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

#[test]
fn each_protocol_agrees_with_its_catalogue_entry() {
    use crate::protocols::protocol::Protocol;
    use crate::Model;
    for model in Model::ALL {
        let sim = Sim::new(
            1,
            Settings {
                model,
                ..Settings::default()
            },
        )
        .unwrap();
        assert_eq!(sim.proto.leased(), model.leased(), "{model:?}");
        assert_eq!(sim.redis().is_some(), model.redis(), "{model:?}");
        let masters = sim.redis().map_or(0, |r| r.nodes.len());
        assert_eq!(masters, model.masters(), "{model:?}");
    }
}
