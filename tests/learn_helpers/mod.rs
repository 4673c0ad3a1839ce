//! What the course's tests share: a step's facts in both languages, a lock step's run rebuilt
//! from the link the course hands to the Lock lab and run to its end, and the way the narration
//! writes times and workers. `ring` is the ring chapters' brute force, `people` chapter 9's
//! readers.
// Each test file is its own crate and uses a different subset of these helpers.
#![allow(dead_code)]

pub mod closing;
pub mod people;
pub mod ring;

use ringlock::i18n::Lang;
use ringlock::learn::course::Step;
use ringlock::learn::facts::{facts, Facts};
use ringlock::learn::locks::LockRun;
use ringlock_lock::{Invariant, Lab, LogEntry, LogKind, Time, WorkerId};

/// The step's run, rebuilt from its link and run to its end: its log and the lab.
pub fn replay(step: Step) -> (Vec<LogEntry>, Lab, LockRun) {
    let run = step.lock().expect("a lock step");
    let (log, lab) = replay_run(run);
    (log, lab, run)
}

/// The lab a run's link rebuilds, run to the run's end, with its whole log (collected as it
/// runs: the lab keeps only the latest entries).
pub fn replay_run(run: LockRun) -> (Vec<LogEntry>, Lab) {
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

/// A count as the narration groups it: "1,000".
pub fn num(n: usize) -> String {
    Lang::En.num(n as u64)
}

/// "1,978 ms" / "1,978 毫秒".
pub fn ms(lang: Lang, t: Time) -> String {
    let n = Lang::num(lang, t);
    match lang {
        Lang::En => format!("{n} ms"),
        Lang::Zh => format!("{n} 毫秒"),
    }
}

/// "Worker 3" / "工作者 3".
pub fn worker(lang: Lang, w: WorkerId) -> String {
    match lang {
        Lang::En => format!("Worker {}", w.0),
        Lang::Zh => format!("工作者 {}", w.0),
    }
}

/// Check a step's facts in both languages.
pub fn both(step: Step, check: impl Fn(Lang, &Facts)) {
    for lang in [Lang::En, Lang::Zh] {
        check(lang, &facts(step, lang));
    }
}

/// `part` is in `text`.
pub fn says(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} missing from {text:?}");
}

/// Grants after `t`: (worker, token, when).
pub fn grants_after(log: &[LogEntry], t: Time) -> Vec<(WorkerId, Option<u64>, Time)> {
    log.iter()
        .filter(|e| e.at >= t)
        .filter_map(|e| match e.kind {
            LogKind::Granted { worker, token, .. } => Some((worker, token, e.at)),
            _ => None,
        })
        .collect()
}

/// The last grant to `w` at or before `t`.
pub fn granted_to(log: &[LogEntry], w: WorkerId, t: Time) -> (Option<u64>, Time) {
    log.iter()
        .rev()
        .filter(|e| e.at <= t)
        .find_map(|e| match e.kind {
            LogKind::Granted { worker, token, .. } if worker == w => Some((token, e.at)),
            _ => None,
        })
        .expect("the victim was granted the lock")
}

/// When `w`'s lease expired.
pub fn expiry_of(log: &[LogEntry], w: WorkerId) -> Time {
    log.iter()
        .find_map(|e| match e.kind {
            LogKind::Expired { worker, .. } if worker == w => Some(e.at),
            _ => None,
        })
        .expect("the victim's lease expires")
}

/// The paused worker, its token and pause, its lease's expiry, the next grant, and its write
/// after waking (when, token, accepted), read from the log.
pub struct Pause {
    pub victim: WorkerId,
    pub token: Option<u64>,
    pub at: Time,
    pub pause: Time,
    pub expired: Time,
    pub next: (WorkerId, Option<u64>, Time),
    pub write: (Time, Option<u64>, bool),
    pub out_of_order: bool,
}

pub fn pause_of(step: Step) -> Pause {
    let (log, lab, _) = replay(step);
    let (victim, at, until) = log
        .iter()
        .find_map(|e| match e.kind {
            LogKind::Paused { worker, until } => Some((worker, e.at, until)),
            _ => None,
        })
        .expect("the lesson pauses its holder");
    let (token, _) = granted_to(&log, victim, at);
    let next = grants_after(&log, at)[0];
    let write = log
        .iter()
        .filter(|e| e.at >= until)
        .find_map(|e| match e.kind {
            LogKind::WriteAccepted { worker, token } if worker == victim => {
                Some((e.at, token, true))
            }
            LogKind::WriteRejected { worker, token, .. } if worker == victim => {
                Some((e.at, token, false))
            }
            _ => None,
        })
        .expect("the paused worker writes after waking");
    let out_of_order = lab
        .sim()
        .monitor()
        .violations()
        .any(|v| v.invariant == Invariant::ResourceOrder);
    Pause {
        victim,
        token,
        at,
        pause: until - at,
        expired: expiry_of(&log, victim),
        next,
        write,
        out_of_order,
    }
}

/// Each Redis or Redlock attempt that won the lock, as the log records it: who, T2 (when it
/// counted its votes) and the validity it computed.
pub fn winning_votes<'a>(
    log: impl IntoIterator<Item = &'a LogEntry>,
) -> Vec<(WorkerId, Time, u64)> {
    log.into_iter()
        .filter_map(|e| match e.kind {
            LogKind::Votes {
                worker,
                validity: Some(v),
                ..
            } => Some((worker, e.at, v)),
            _ => None,
        })
        .collect()
}
