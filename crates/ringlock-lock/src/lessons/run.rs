//! Running a lesson: recording its action at the right moment, and gathering its facts.

use super::expect::{Facts, HeldMove};
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::Invariant;
use crate::vocab::log::LogKind;
use crate::{Time, WorkerId};

/// Act on the first worker to hold the lock, the moment it starts holding; the lab returns
/// to time 0 with the action recorded ahead.
pub fn act_on_first_holder(
    mut lab: Lab,
    duration: Time,
    action: impl Fn(WorkerId) -> Action,
) -> Lab {
    while lab.now() < duration {
        if let Some(&holder) = lab.sim().acting_holders().first() {
            let _ = lab.apply(action(holder));
            break;
        }
        if !lab.step() {
            break;
        }
    }
    lab.seek(0);
    lab
}

/// Run a built lesson to `duration` and gather what happened.
pub fn facts(mut lab: Lab, duration: Time) -> Facts {
    let trigger = lab.actions().first().copied();
    let victim = trigger.and_then(|t| match t.action {
        Action::Crash(w) | Action::Pause { worker: w, .. } => Some(w),
        _ => None,
    });
    let mut facts = Facts {
        trigger,
        victim,
        victim_token: None,
        expired_at: None,
        takeover: None,
        victim_write: None,
        first_violations: Vec::new(),
        overlaps: Vec::new(),
        wins: Vec::new(),
        held_moves: Vec::new(),
        others_rejected: 0,
        metrics: lab.sim().metrics(),
    };
    let mut seen = lab.sim().log_total();
    let mut last_grant: Vec<(u32, WorkerId)> = Vec::new();
    while lab.now() < duration && lab.step() {
        let after = lab.applied() > 0;
        for e in lab.sim().log_since(seen) {
            match e.kind {
                LogKind::Holding { worker, token, .. } if Some(worker) == victim => {
                    if !after {
                        facts.victim_token = token;
                    }
                }
                LogKind::Expired { worker, .. } if Some(worker) == victim => {
                    facts.expired_at.get_or_insert(e.at);
                }
                LogKind::Granted {
                    worker,
                    token,
                    lock,
                } => {
                    last_grant.retain(|g| g.0 != lock);
                    last_grant.push((lock, worker));
                    if after && Some(worker) != victim {
                        facts.takeover.get_or_insert((worker, token, e.at));
                    }
                }
                LogKind::WriteAccepted { worker, token } if after && Some(worker) == victim => {
                    facts.victim_write.get_or_insert((e.at, token, true));
                }
                LogKind::WriteRejected { worker, token, .. } if after && Some(worker) == victim => {
                    facts.victim_write.get_or_insert((e.at, token, false));
                }
                LogKind::WriteRejected { .. } if after => facts.others_rejected += 1,
                LogKind::LockMoved {
                    lock,
                    from,
                    to,
                    held: true,
                    kept,
                } => facts.held_moves.push(HeldMove {
                    at: e.at,
                    lock,
                    from,
                    to,
                    kept,
                    holder: last_grant.iter().find(|g| g.0 == lock).map(|g| g.1),
                }),
                LogKind::Votes {
                    worker,
                    validity: Some(_),
                    ..
                } => {
                    let steps = lab.sim().acquisitions().unwrap_or_default();
                    facts
                        .wins
                        .extend(steps.into_iter().find(|s| s.worker == worker));
                }
                _ => {}
            }
        }
        seen = lab.sim().log_total();
    }
    lab.run_until(duration);
    let monitor = lab.sim().monitor();
    facts.first_violations = Invariant::ALL
        .into_iter()
        .filter_map(|i| monitor.violations().find(|v| v.invariant == i).cloned())
        .collect();
    facts.overlaps = monitor
        .violations()
        .filter(|v| v.invariant == Invariant::HolderExclusion)
        .cloned()
        .collect();
    facts.metrics = lab.sim().metrics();
    facts
}
