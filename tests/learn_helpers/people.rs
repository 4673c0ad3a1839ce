//! What chapter 9's tests read from a run: Redlock's validity written out, a ZooKeeper run's
//! first release and totals (from its log, and every message seen on the wire), and small
//! formats.

use std::collections::HashSet;

use ringlock::i18n::Lang;
use ringlock::learn::course::{PeopleStep, Step};
use ringlock_lock::{Invariant, Lab, LogEntry, LogKind, Time, WorkerId};

use super::replay;

/// "5,000 − (228 − 168) − 52 = 4,888 ms", written here from the published formula's parts.
pub fn sum(lang: Lang, ttl: u64, t2: Time, t1: Time, drift: u64, validity: u64) -> String {
    let n = |x: u64| lang.num(x);
    let unit = match lang {
        Lang::En => "ms",
        Lang::Zh => "毫秒",
    };
    format!(
        "{} − ({} − {}) − {} = {} {unit}",
        n(ttl),
        n(t2),
        n(t1),
        n(drift),
        n(validity)
    )
}

/// One decimal place, as the narration writes a ratio below 1,000.
pub fn one(x: f64) -> String {
    format!("{x:.1}")
}

/// A ZooKeeper run read from its log and wire: the first release that fired watches (who,
/// when, how many waited, how many notified, who was next) and the run's totals.
pub struct Zk {
    pub holder: WorkerId,
    pub at: Time,
    pub waiting: usize,
    pub notified: u64,
    pub next: WorkerId,
    pub handoffs: u64,
    pub wakeups: u64,
    pub grants: u64,
    pub messages: u64,
    pub fifo_kept: bool,
}

pub fn zk(s: PeopleStep) -> Zk {
    let (log, lab, run) = replay(Step::People(s));
    let i = log
        .iter()
        .position(|e| matches!(e.kind, LogKind::Notified { .. }))
        .expect("a release fires watches");
    let (at, next, notified) = match log[i].kind {
        LogKind::Notified { worker, count } => (log[i].at, worker, u64::from(count)),
        _ => unreachable!(),
    };
    let holder = log[..i]
        .iter()
        .rev()
        .find_map(|e| match e.kind {
            LogKind::Released { worker, .. } if e.at == at => Some(worker),
            _ => None,
        })
        .expect("the notification follows a release");
    // Waiting then: queued and not granted since, before the release.
    let mut queued = HashSet::new();
    for e in log[..i].iter() {
        match e.kind {
            LogKind::Queued { worker, .. } => {
                queued.insert(worker);
            }
            LogKind::Granted { worker, .. } if e.at < at => {
                queued.remove(&worker);
            }
            _ => {}
        }
    }
    let notifications = log.iter().filter_map(|e| match e.kind {
        LogKind::Notified { count, .. } => Some(u64::from(count)),
        _ => None,
    });
    let (handoffs, wakeups) = notifications.fold((0, 0), |(h, w), c| (h + 1, w + c));
    let grants = log
        .iter()
        .filter(|e| matches!(e.kind, LogKind::Granted { .. }))
        .count() as u64;
    let fifo_kept = lab.sim().monitor().count(Invariant::Fifo) == 0;
    Zk {
        holder,
        at,
        waiting: queued.len(),
        notified,
        next,
        handoffs,
        wakeups,
        grants,
        messages: messages_on_the_wire(run.build(), run.duration()),
        fifo_kept,
    }
}

/// Every message that was ever in flight, each counted once.
pub fn messages_on_the_wire(mut lab: Lab, duration: Time) -> u64 {
    let mut seen = HashSet::new();
    while lab.now() < duration && lab.step() {
        for m in lab.sim().in_flight() {
            let id = format!("{:?} {:?} {:?}", m.from, m.to, m.kind);
            seen.insert((id, m.sent_at, m.arrives_at));
        }
    }
    seen.len() as u64
}

/// `part / whole` to one decimal place.
pub fn one_of(part: u64, whole: u64) -> String {
    one(part as f64 / whole as f64)
}

/// The first entry matching `pick`, with its time.
pub fn first<T>(log: &[LogEntry], pick: impl Fn(&LogKind) -> Option<T>) -> (Time, T) {
    log.iter()
        .find_map(|e| pick(&e.kind).map(|x| (e.at, x)))
        .expect("the log shows it")
}
