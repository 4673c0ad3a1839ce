//! What chapter 11's browser tests share: its facts in both languages, text checks, and the
//! lab a lock step's link rebuilds, run to its end with its whole log.
// Each test file is its own crate and uses a different subset of these helpers.
#![allow(dead_code)]

use ringlock::i18n::Lang;
use ringlock::learn::course::Step;
use ringlock::learn::facts::{facts, Facts};
use ringlock::learn::locks::LockRun;
use ringlock::learn::steps::closing::ClosingStep;
use ringlock_lock::{Lab, LogEntry};

pub fn both(step: ClosingStep, check: impl Fn(Lang, &Facts)) {
    for lang in [Lang::En, Lang::Zh] {
        check(lang, &facts(Step::Closing(step), lang));
    }
}

pub fn says(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} missing from {text:?}");
}

/// `text` names the number `n` on its own (not as part of a longer number).
pub fn says_count(text: &str, n: usize) {
    let digits = n.to_string();
    let whole = text.match_indices(&digits).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let mut after = text[i + digits.len()..].chars();
        let next = after.next();
        let grouped = next == Some(',') && after.next().is_some_and(|c| c.is_ascii_digit());
        !before.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && !next.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && !grouped
    });
    assert!(whole, "{n} missing from {text:?}");
}

pub fn pct(part: usize, whole: usize) -> String {
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

pub fn num(n: usize) -> String {
    Lang::En.num(n as u64)
}

/// The lab a run's link rebuilds, run to the run's end, with its whole log (collected as it
/// runs: the lab keeps only the latest entries).
pub fn replay(run: LockRun) -> (Vec<LogEntry>, Lab) {
    let mut lab = Lab::from_fragment_part(&run.fragment())
        .expect("the course's link reads")
        .expect("it names a lab");
    let mut log: Vec<LogEntry> = Vec::new();
    let mut seen = 0;
    while lab.now() < run.duration() && lab.step() {
        log.extend(lab.sim().log_since(seen).cloned());
        seen = lab.sim().log_total();
    }
    assert_eq!(log.first().map(|e| e.index), Some(0), "the whole log");
    (log, lab)
}

pub fn lock_run(step: ClosingStep) -> LockRun {
    Step::Closing(step).lock().expect("a lock step")
}
