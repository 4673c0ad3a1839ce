//! Property tests of determinism and time travel: a history rebuilds exactly, a schedule
//! replays to the same log; and the pinned hashes of fixed runs.

mod common;

use common::*;
use proptest::prelude::*;
use ringlock_lock::{Lab, LabScenario, Model, Settings};

proptest! {
    #![proptest_config(config(64))]

    /// Rewind: rebuilding any time from snapshots and the action log gives the state that
    /// running gave, through steps, seeks back and the forks that acting after them makes;
    /// a fresh replay of the final action log and a link both agree.
    #[test]
    fn history_rebuilds_exactly(seed: u64, ops in prop::collection::vec(prop_oneof![
        6 => op(),
        2 => (1u16..200).prop_map(Op::Steps),
        1 => (0.0f64..1.0).prop_map(Op::Seek),
    ], 1..30), back in 0.0f64..1.0) {
        let s = settings(Model::Central, 3, true);
        let (_, mut lab) = drive(seed, s, &ops);
        let now = lab.now();
        lab.run_until(now); // finish the millisecond a step may have left half done
        let hash = lab.log_hash();
        let counts = lab.sim().monitor().counts();
        let rebuilt = lab.rebuild_at(now);
        prop_assert_eq!(rebuilt.log_hash(), hash);
        prop_assert_eq!(rebuilt.monitor().counts(), counts);
        let mut fresh = Lab::with_actions(seed, s, lab.actions().to_vec()).unwrap();
        fresh.run_until(now);
        prop_assert_eq!(fresh.log_hash(), hash);
        let link = lab.to_fragment_part();
        let back_lab = Lab::from_fragment_part(&link).unwrap().unwrap();
        prop_assert_eq!(back_lab.now(), now);
        prop_assert_eq!(back_lab.log_hash(), hash);
        lab.seek((now as f64 * back) as u64);
        lab.seek(now);
        prop_assert_eq!(lab.log_hash(), hash);
    }

    /// Same seed, same actions: same log, in every model and with the new knobs, and again
    /// after a round trip through the link.
    #[test]
    fn schedules_are_deterministic(seed: u64, model in model(), lock_delay in 0u64..3_000,
        watch_all: bool, ops in prop::collection::vec(op(), 1..20)) {
        let s = Settings { lock_delay, watch_all, ..settings(model, 3, true) };
        let (_, mut a) = drive(seed, s, &ops);
        let (_, b) = drive(seed, s, &ops);
        prop_assert_eq!(a.log_hash(), b.log_hash());
        // A link holds whole milliseconds: opening one runs every event at its time, so finish
        // the millisecond the schedule may have left half done (a worker with no think time
        // asks at 0 ms, before any step) before comparing.
        let now = a.now();
        a.run_until(now);
        let back = Lab::from_fragment_part(&a.to_fragment_part()).unwrap().unwrap();
        prop_assert_eq!(back.now(), a.now());
        prop_assert_eq!(back.log_hash(), a.log_hash());
    }
}

/// A pinned run (`lock::pinned_run_hash`: the GC-pause lesson plus a few actions). If this
/// hash changes, the event stream changed — on purpose (update the pin and say why) or not (a
/// determinism bug). The wasm tests run the same recipe against the same pin.
#[test]
fn pinned_log_hash() {
    let hash = ringlock_lock::pinned_run_hash();
    assert_eq!(hash, ringlock_lock::pinned_run_hash());
    assert_eq!(hash, 0xfc8a_6c2b_94eb_5ba8, "pinned: {hash:#018x}");
    assert_eq!(ringlock_lock::PINNED_LOG_HASH, 0xfc8a_6c2b_94eb_5ba8);
}

/// The pin table (`lock::PINS`): every lesson run to its end and a fixed-seed random run of
/// actions per model, each with its log hash. The wasm tests run the same table. A pin may
/// change only with a behaviour change, explained in its commit; the table's own digest below
/// makes such a change visible here too.
#[test]
fn every_pin_holds() {
    use ringlock_lock::{
        broken_pins, CourseLesson, PinRun, PINS, PINS_BEFORE_COURSE, PINS_BEFORE_SHARD,
    };
    for lesson in LabScenario::ALL {
        assert!(
            PINS.iter().any(|&(r, _)| r == PinRun::Lesson(lesson)),
            "{lesson:?} unpinned"
        );
    }
    for model in Model::ALL {
        assert!(
            PINS.iter().any(|&(r, _)| r == PinRun::Random(model)),
            "{model:?} unpinned"
        );
    }
    for lesson in CourseLesson::ALL {
        assert!(
            PINS.iter().any(|&(r, _)| r == PinRun::Course(lesson)),
            "{lesson:?} unpinned"
        );
    }
    assert_eq!(broken_pins(), [], "(run, pinned, got)");
    let digest = PINS.iter().fold(0u64, |d, &(_, h)| d.rotate_left(7) ^ h);
    assert_eq!(digest, PINS_DIGEST, "the pin table changed: {digest:#018x}");
    // The entries from before the course's lessons: the same runs, the same hashes.
    let old = &PINS[..PINS_BEFORE_COURSE];
    let digest = old.iter().fold(0u64, |d, &(_, h)| d.rotate_left(7) ^ h);
    assert_eq!(
        digest, PINS_DIGEST_BEFORE_COURSE,
        "an old pin changed: {digest:#018x}"
    );
    assert!(old
        .iter()
        .all(|&(r, _)| matches!(r, PinRun::Lesson(_) | PinRun::Random(_))));
    // The entries from before the sharded ring's: the same runs, the same hashes.
    let old = &PINS[..PINS_BEFORE_SHARD];
    let digest = old.iter().fold(0u64, |d, &(_, h)| d.rotate_left(7) ^ h);
    assert_eq!(
        digest, PINS_DIGEST_BEFORE_SHARD,
        "a pin from before the sharded ring changed: {digest:#018x}"
    );
}

/// `every_pin_holds`'s digest of the pinned hashes (it changed when the course's three
/// lessons were appended, and again with the sharded ring's six lessons and random run).
const PINS_DIGEST: u64 = 0xe8d9_815d_7c3e_80f8;

/// The digest of the first [`ringlock_lock::PINS_BEFORE_SHARD`] pins: the table's digest
/// before the sharded ring's pins were appended, unchanged.
const PINS_DIGEST_BEFORE_SHARD: u64 = 0x216a_e130_e582_196b;

/// The digest of the first [`ringlock_lock::PINS_BEFORE_COURSE`] pins: the table's digest
/// before the course's lessons were appended, unchanged.
const PINS_DIGEST_BEFORE_COURSE: u64 = 0xc2d7_d33a_337e_43b7;
