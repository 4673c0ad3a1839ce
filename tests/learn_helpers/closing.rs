//! Chapter 11's steps, for the shared helpers.

use ringlock::i18n::Lang;
use ringlock::learn::course::Step;
use ringlock::learn::facts::Facts;
use ringlock::learn::locks::LockRun;
use ringlock::learn::steps::closing::ClosingStep;

/// Check a chapter-11 step's facts in both languages.
pub fn both(step: ClosingStep, check: impl Fn(Lang, &Facts)) {
    super::both(Step::Closing(step), check)
}

/// The lock-lab run a chapter-11 step hosts.
pub fn lock_run(step: ClosingStep) -> LockRun {
    Step::Closing(step).lock().expect("a lock step")
}
