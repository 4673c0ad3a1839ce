//! What chapter 9's tests read from a run: Redlock's validity written out, a ZooKeeper run's
//! first release and totals (from its log, and every message seen on the wire), a Redlock
//! clock-jump run's attempts, a rejected write, the first overlap, and small formats.

use std::collections::HashSet;

use ringlock::i18n::Lang;
use ringlock::learn::course::{PeopleStep, Step};
use ringlock_lock::{Invariant, Lab, LogEntry, LogKind, Time, WorkerId};

use super::{replay, winning_votes};

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

/// `w`'s first write that storage rejected: when, its token and the highest storage had seen.
pub fn rejected_write(log: &[LogEntry], w: WorkerId) -> (Time, (u64, u64)) {
    first(log, |k| match *k {
        LogKind::WriteRejected {
            worker,
            token,
            highest,
        } if worker == w => Some((token.unwrap(), highest)),
        _ => None,
    })
}

/// When the safety checker first saw two holders at once.
pub fn first_overlap(lab: &Lab) -> Time {
    lab.sim()
        .monitor()
        .violations()
        .find(|v| v.invariant == Invariant::HolderExclusion)
        .expect("two held the lock at once")
        .at
}

/// A Redlock run with a clock jump, read from its log: when the cut-off node came back and
/// how far a clock jumped; the first winning attempt (who, T2, validity) and when that worker
/// asked (T1); the first winning attempt by another worker, its votes and the times of that
/// worker's SETs; when two first held at once, and how many lease overlaps the checker saw.
pub struct ClockJump {
    pub back: Time,
    pub jump: Time,
    pub first: (WorkerId, Time, u64),
    pub asked: Time,
    pub second: (WorkerId, Time, u64),
    pub votes: u32,
    pub sets: Vec<Time>,
    pub overlap: Time,
    pub lease_overlaps: u64,
}

pub fn clock_jump(log: &[LogEntry], lab: &Lab) -> ClockJump {
    let (_, back) = first(log, |k| match *k {
        LogKind::NodeCutOff { until, .. } => Some(until),
        _ => None,
    });
    let (_, jump) = first(log, |k| match *k {
        LogKind::ClockJumped { ms, .. } => Some(ms),
        _ => None,
    });
    let won = winning_votes(log);
    let (w1, ..) = won[0];
    let (asked, _) = first(log, |k| match *k {
        LogKind::Requested { worker } if worker == w1 => Some(()),
        _ => None,
    });
    let second = *won.iter().find(|w| w.0 != w1).unwrap();
    let (w0, t2b, _) = second;
    let sets = log
        .iter()
        .filter_map(|e| match e.kind {
            LogKind::KeySet { worker, .. } if worker == w0 => Some(e.at),
            _ => None,
        })
        .collect();
    let votes = log
        .iter()
        .find_map(|e| match e.kind {
            LogKind::Votes { worker, votes, .. } if worker == w0 && e.at == t2b => Some(votes),
            _ => None,
        })
        .unwrap();
    ClockJump {
        back,
        jump,
        first: won[0],
        asked,
        second,
        votes,
        sets,
        overlap: first_overlap(lab),
        lease_overlaps: lab.sim().monitor().count(Invariant::LeaseExclusion),
    }
}
