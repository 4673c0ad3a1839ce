//! Unit tests of `engine::history`, on the lab's simulator.

use super::*;
use crate::{Action, Lab, Setting, Settings, Sim, WorkerId};

fn lab() -> Lab {
    Lab::new(5, Settings::default()).unwrap()
}

#[test]
fn rebuilding_matches_running() {
    let mut lab = lab();
    lab.run_until(2_500);
    lab.apply(Action::Pause {
        worker: WorkerId(1),
        ms: 3_000,
    })
    .unwrap();
    lab.run_until(4_000);
    lab.apply(Action::Crash(WorkerId(2))).unwrap();
    lab.run_until(9_000);
    let live = lab.sim().log_hash();
    assert_eq!(lab.rebuild_at(9_000).log_hash(), live);
    let mut fresh = Sim::new(5, Settings::default()).unwrap();
    fresh.run_until(3_000);
    assert_ne!(fresh.log_hash(), lab.rebuild_at(3_000).log_hash());
    lab.seek(3_000);
    assert_eq!(lab.now(), 3_000);
    assert_eq!(lab.applied(), 1);
    lab.seek(9_000);
    assert_eq!(lab.sim().log_hash(), live, "the future replays");
}

#[test]
fn acting_in_the_past_forks() {
    let mut lab = lab();
    lab.run_until(1_000);
    lab.apply(Action::Spawn(2)).unwrap();
    lab.run_until(5_000);
    lab.apply(Action::Set(Setting::Fencing(false))).unwrap();
    lab.run_until(8_000);
    lab.seek(2_000);
    lab.apply(Action::Crash(WorkerId(0))).unwrap();
    assert_eq!(lab.actions().len(), 2);
    assert_eq!(lab.horizon(), 2_000);
    lab.run_until(8_000);
    let mut again = Lab::with_actions(5, Settings::default(), lab.actions().to_vec()).unwrap();
    again.run_until(8_000);
    assert_eq!(again.log_hash(), lab.log_hash());
}

#[test]
fn stepping_and_running_agree() {
    let mut a = lab();
    let mut b = lab();
    a.run_until(3_333);
    while b.sim().next_event_time().is_some_and(|t| t <= 3_333) {
        b.step();
    }
    b.run_until(3_333);
    assert_eq!(a.log_hash(), b.log_hash());
    assert_eq!(a.sim().monitor().counts(), b.sim().monitor().counts());
}

#[test]
fn snapshots_stay_bounded() {
    let mut lab = lab();
    lab.run_until(200_000);
    assert!(lab.snapshots.len() <= MAX_SNAPSHOTS);
    assert!(lab.every > SNAPSHOT_EVERY);
    let live = lab.log_hash();
    assert_eq!(lab.rebuild_at(200_000).log_hash(), live);
}
