//! Unit tests of `observe::audit`.

use crate::{Action, Settings, Sim, WorkerId};

#[test]
fn nobody_is_lost_through_pauses_and_crashes() {
    let mut sim = Sim::new(11, Settings::default()).unwrap();
    for t in (0..20_000).step_by(250) {
        sim.run_until(t);
        match (t / 250) % 9 {
            1 => drop(sim.apply(Action::Pause {
                worker: WorkerId((t / 250 % 5) as u32),
                ms: 1_500,
            })),
            5 => drop(sim.apply(Action::Resume(WorkerId((t / 250 % 5) as u32)))),
            _ => {}
        }
        assert_eq!(sim.lost_workers(), [], "at {t}");
    }
    sim.apply(Action::Crash(WorkerId(0))).unwrap();
    sim.run_until(25_000);
    assert_eq!(sim.lost_workers(), []);
}
