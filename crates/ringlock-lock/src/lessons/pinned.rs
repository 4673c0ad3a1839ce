//! The pinned determinism runs, run by the native tests and by the wasm tests in headless
//! Chromium, which must both give the same hashes:
//!
//! * [`pinned_run_hash`]: one recipe on the GC-pause lesson, pinned as [`PINNED_LOG_HASH`];
//! * [`PINS`]: every lesson run to its end ([`lesson_run_hash`]), and a fixed-seed random run
//!   of actions per model ([`random_run_hash`]).
//!
//! If a hash changes, the event stream changed: on purpose (update the pin and say why in the
//! commit) or not (a determinism bug).

use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::course::CourseLesson;
use super::LabScenario;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::settings::{Model, Setting, Settings, Span};
use crate::{Time, WorkerId};

/// The log hash of [`pinned_run_hash`]'s run.
pub const PINNED_LOG_HASH: u64 = 0xfc8a_6c2b_94eb_5ba8;

/// The GC-pause lesson, then `Spawn(3)` at 3,000 ms, `Crash(2)` and fencing on at 4,500 ms,
/// run to 12,000 ms; returns the log hash.
pub fn pinned_run_hash() -> u64 {
    let mut lab = LabScenario::GcPause.build();
    lab.run_until(3_000);
    lab.apply(Action::Spawn(3))
        .expect("the pinned recipe is valid");
    lab.run_until(4_500);
    lab.apply(Action::Crash(WorkerId(2)))
        .expect("the pinned recipe is valid");
    lab.apply(Action::Set(Setting::Fencing(true)))
        .expect("the pinned recipe is valid");
    lab.run_until(12_000);
    lab.log_hash()
}

/// A lesson built and run to its [`LabScenario::duration`]; returns the log hash.
pub fn lesson_run_hash(lesson: LabScenario) -> u64 {
    let mut lab = lesson.build();
    lab.run_until(lesson.duration());
    lab.log_hash()
}

/// A course lesson built and run to its [`CourseLesson::duration`]; returns the log hash.
pub fn course_run_hash(lesson: CourseLesson) -> u64 {
    let mut lab = lesson.build();
    lab.run_until(lesson.duration());
    lab.log_hash()
}

/// The seed of every [`random_run_hash`] in [`PINS`].
pub const RANDOM_RUN_SEED: u64 = 2_026;

/// Operations in one [`random_run_hash`].
pub const RANDOM_RUN_OPS: u32 = 400;

/// A uniform draw from `0..n` that does not depend on the simulator's own helpers.
fn pick(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    ((u128::from(rng.next_u64()) * u128::from(n)) >> 64) as u64
}

/// A random setting, some out of range on purpose: those are refused and change nothing.
fn random_setting(rng: &mut ChaCha8Rng) -> Setting {
    let v = pick(rng, 3_000);
    match pick(rng, 15) {
        0 => Setting::Ttl(50 + v),
        1 => Setting::Latency(v / 20),
        2 => Setting::Jitter(v / 30),
        3 => Setting::Think(Span::new(v / 4, pick(rng, 800))),
        4 => Setting::Hold(Span::new(v / 5, 1 + pick(rng, 600))),
        5 => Setting::Pause(v),
        6 => Setting::Fencing(v.is_multiple_of(2)),
        7 => Setting::Renewal(v.is_multiple_of(2)),
        8 => Setting::Starvation(v * 60),
        9 => Setting::LockDelay(v * 25),
        10 => Setting::WatchAll(v.is_multiple_of(2)),
        11 => Setting::ReplLag(v),
        12 => Setting::PlainDel(v.is_multiple_of(2)),
        13 => Setting::RestartDelay(v + 1_000),
        _ => Setting::Ttl(v / 100),
    }
}

/// One random user action against a lab with `workers` workers so far.
fn random_action(rng: &mut ChaCha8Rng, workers: u64) -> Action {
    let worker = WorkerId(pick(rng, workers + 2) as u32);
    let node = pick(rng, 6) as u32;
    let ms = pick(rng, 4_000) as Time;
    match pick(rng, 12) {
        0 => Action::Spawn(1 + pick(rng, 6) as u32),
        1 => Action::Crash(worker),
        2 | 3 => Action::Pause { worker, ms },
        4 => Action::Resume(worker),
        5 | 6 => Action::Set(random_setting(rng)),
        7 => Action::Failover,
        8 => Action::ClockJump { node, ms },
        9 => Action::CutOff { node, ms },
        10 => Action::Restart(node),
        _ => Action::Spawn(0),
    }
}

/// One random action against the sharded ring: mostly the ring's own changes (some refused:
/// killing a dead node, the last live one, reviving a live one), and the worker actions.
fn random_ring_action(rng: &mut ChaCha8Rng, workers: u64) -> Action {
    let node = pick(rng, 5) as u32;
    match pick(rng, 4) {
        0 => Action::KillNode(node),
        1 => Action::ReviveNode(node),
        2 => Action::JoinNode,
        _ => random_action(rng, workers),
    }
}

/// A fixed-seed random run for one model: [`RANDOM_RUN_OPS`] operations drawn from `seed`
/// (run for a while, step, act — refused actions included — or seek up to 3 s back, so
/// that the next action forks the history); returns the log hash.
pub fn random_run_hash(model: Model, seed: u64) -> u64 {
    let settings = Settings {
        model,
        workers: 6,
        ttl: 400,
        hold: Span::new(20, 600),
        think: Span::new(0, 400),
        ..Settings::default()
    };
    let mut lab = Lab::new(seed, settings).expect("the random run's settings are valid");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for _ in 0..RANDOM_RUN_OPS {
        match pick(&mut rng, 40) {
            0..=15 => lab.run_for(1 + pick(&mut rng, 1_500)),
            16..=19 => {
                for _ in 0..pick(&mut rng, 20) {
                    lab.step();
                }
            }
            20 => {
                let back = lab.now().saturating_sub(pick(&mut rng, 3_000));
                lab.seek(back);
            }
            _ => {
                let workers = lab.sim().worker_count() as u64;
                let action = match model {
                    Model::Sharded => random_ring_action(&mut rng, workers),
                    Model::Central
                    | Model::LocalLock
                    | Model::ZooKeeper
                    | Model::Etcd
                    | Model::Redis
                    | Model::Redlock => random_action(&mut rng, workers),
                };
                let _ = lab.apply(action);
            }
        }
    }
    lab.log_hash()
}

/// What a pin runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinRun {
    /// A lesson, run to its end.
    Lesson(LabScenario),
    /// [`random_run_hash`] for this model with [`RANDOM_RUN_SEED`].
    Random(Model),
    /// A course lesson, run to its end.
    Course(CourseLesson),
}

impl PinRun {
    /// Run it; the log hash.
    pub fn run(self) -> u64 {
        match self {
            PinRun::Lesson(lesson) => lesson_run_hash(lesson),
            PinRun::Random(model) => random_run_hash(model, RANDOM_RUN_SEED),
            PinRun::Course(lesson) => course_run_hash(lesson),
        }
    }
}

/// Every pinned run and its log hash: the 14 lessons, one random run per model, then the
/// course's 3 lessons (appended: the first 20 entries are unchanged), then the sharded
/// ring's 6 lessons and its random run (appended: the first 23 are unchanged).
/// `crash-leases` is the `crash` lesson's run, so its hash is the same.
pub const PINS: [(PinRun, u64); 30] = [
    (
        PinRun::Lesson(LabScenario::HolderCrash),
        0xd1c6_44e0_bbc9_11e4,
    ),
    (PinRun::Lesson(LabScenario::GcPause), 0x0968_6c76_3a8e_3a3d),
    (
        PinRun::Lesson(LabScenario::GcPauseFenced),
        0x9e7c_7b2a_1387_bf2f,
    ),
    (
        PinRun::Lesson(LabScenario::LocalLock),
        0xde4a_92d1_ac9f_ecb8,
    ),
    (
        PinRun::Lesson(LabScenario::FairQueue),
        0x7349_4355_f2f3_90ff,
    ),
    (
        PinRun::Lesson(LabScenario::LockDelay),
        0x5067_b504_e5ab_e2cd,
    ),
    (
        PinRun::Lesson(LabScenario::ZooKeeper),
        0xf175_f182_83f3_9dd8,
    ),
    (PinRun::Lesson(LabScenario::Herd), 0x34ac_30a6_8cc2_f84d),
    (PinRun::Lesson(LabScenario::Etcd), 0xdde0_fffb_0830_9376),
    (PinRun::Lesson(LabScenario::Failover), 0x6492_a15e_777a_3c47),
    (PinRun::Lesson(LabScenario::RedisDel), 0xe11e_a902_f029_99b9),
    (
        PinRun::Lesson(LabScenario::ClockJump),
        0xb565_3b50_c3c7_d274,
    ),
    (PinRun::Lesson(LabScenario::Restart), 0x7301_df60_8d87_b99d),
    (
        PinRun::Lesson(LabScenario::RestartDelayed),
        0x3bcb_e4d9_a8ec_7d3d,
    ),
    (PinRun::Random(Model::Central), 0x4924_6d43_978a_8346),
    (PinRun::Random(Model::LocalLock), 0xa9db_cdc1_3565_7e19),
    (PinRun::Random(Model::ZooKeeper), 0x9827_d2d8_9a7a_9bcb),
    (PinRun::Random(Model::Etcd), 0x4b93_4942_bb1b_e947),
    (PinRun::Random(Model::Redis), 0x1804_378e_a763_9083),
    (PinRun::Random(Model::Redlock), 0xf532_ef8d_c757_f9ce),
    (
        PinRun::Course(CourseLesson::CrashNoLeases),
        0xf30b_d00e_e4e5_3b7d,
    ),
    (
        PinRun::Course(CourseLesson::CrashLeases),
        0xd1c6_44e0_bbc9_11e4,
    ),
    (
        PinRun::Course(CourseLesson::RedisCas),
        0x510d_479c_392d_cd3b,
    ),
    (
        PinRun::Lesson(LabScenario::ShardKill),
        0xeb7a_4a76_6f9a_64b4,
    ),
    (
        PinRun::Lesson(LabScenario::ShardWait),
        0xe46e_f761_018f_e226,
    ),
    (
        PinRun::Lesson(LabScenario::ShardNodeTokens),
        0xdb07_35ae_8736_9cef,
    ),
    (
        PinRun::Lesson(LabScenario::ShardEpochTokens),
        0x2c43_2c3b_5307_463e,
    ),
    (
        PinRun::Lesson(LabScenario::ShardJoin),
        0xf8ed_bbf2_a32d_32b1,
    ),
    (
        PinRun::Lesson(LabScenario::ShardHandOff),
        0xc841_a1d3_d292_faf7,
    ),
    (PinRun::Random(Model::Sharded), 0x9ed7_4916_4ba5_d7aa),
];

/// How many of [`PINS`]' entries were there before the sharded ring's (their digest is kept
/// as a test, to show none of them changed).
pub const PINS_BEFORE_SHARD: usize = 23;

/// How many of [`PINS`]' entries were there before the course's lessons (their digest is
/// kept as a test, to show none of them changed).
pub const PINS_BEFORE_COURSE: usize = 20;

/// The pins whose run gives another hash today, as (run, pinned, got); empty when all hold.
pub fn broken_pins() -> Vec<(PinRun, u64, u64)> {
    PINS.iter()
        .map(|&(run, pinned)| (run, pinned, run.run()))
        .filter(|&(_, pinned, got)| pinned != got)
        .collect()
}
