//! The pinned determinism run: one recipe, run by the native tests and by the wasm tests in
//! headless Chromium, which must both give [`PINNED_LOG_HASH`].

use super::action::Action;
use super::scenario::LabScenario;
use super::settings::Setting;
use super::WorkerId;

/// The log hash of [`pinned_run_hash`]'s run. If it changes, the event stream changed: on
/// purpose (update the pin and say why) or not (a determinism bug).
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
