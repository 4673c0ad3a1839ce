//! Chapter 9's facts: the locks people run, each number read from the core's run of the
//! lab lesson the step hosts — ZooKeeper's first release and the run's totals, etcd's two
//! guards on the paused owner's write, and each Redis or Redlock acquisition's steps
//! ([`ringlock_lock::AcquireSteps`]).

use ringlock_lock::{EtcdGuard, EtcdWrite, LogKind, Metrics, Time, WorkerId};

use crate::i18n::Lang;
use crate::lab::common::{millis, worker_name};
use crate::learn::check::Truth;
use crate::learn::facts_redlock;
use crate::learn::locks::LockRun;
use crate::learn::narration::{blank, choices, Facts};
use crate::learn::people::PeopleStep;
use crate::learn::text::course::L;
use crate::learn::text::people::N;
use crate::ui::format::dec;

/// The first release that woke a waiter, as the lab's state and log show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    /// Who released.
    pub holder: WorkerId,
    /// When.
    pub at: Time,
    /// Workers in the queue just before it.
    pub waiting: usize,
    /// Watch notifications it sent.
    pub notified: u32,
    /// The waiter whose node became the lowest.
    pub next: WorkerId,
}

/// Play a run until its first watch notifications; `None` if none came.
pub fn first_release(run: LockRun) -> Option<Release> {
    let mut lab = run.build();
    let mut seen = lab.sim().log_total();
    while lab.now() < run.duration() {
        let before = lab.sim().locks().first().map(|l| (l.holder, l.queue.len()));
        if !lab.step() {
            return None;
        }
        let notified = lab.sim().log_since(seen).find_map(|e| match e.kind {
            LogKind::Notified { worker, count } => Some((e.at, worker, count)),
            _ => None,
        });
        if let Some((at, next, notified)) = notified {
            let (holder, waiting) = before?;
            return Some(Release {
                holder: holder?,
                at,
                waiting,
                notified,
                next,
            });
        }
        seen = lab.sim().log_total();
    }
    None
}

/// etcd's guards on the paused worker's write that reached storage at `at`.
pub fn etcd_write(run: LockRun, worker: WorkerId, at: Time) -> Option<EtcdWrite> {
    let mut lab = run.build();
    lab.run_until(run.duration());
    let writes = lab.sim().etcd_writes()?;
    writes
        .into_iter()
        .find(|w| w.write.worker == worker && w.write.at == at)
}

/// A ZooKeeper run's totals, in the order the narration names them: handoffs,
/// notifications, notifications per handoff, grants, messages, messages per grant.
fn totals(lang: Lang, m: &Metrics) -> Option<[String; 6]> {
    Some([
        lang.num(m.handoffs),
        lang.num(m.wakeups),
        dec(lang, m.wakeups_per_handoff?, 1),
        lang.num(m.grants),
        lang.num(m.messages),
        dec(lang, m.messages_per_grant?, 1),
    ])
}

/// The facts of a chapter 9 step (`None` when its run did not show what it asks about).
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: PeopleStep, lang: Lang) -> Option<Facts> {
    let run = step.run();
    let f = |m: N, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let ms = |t: Time| millis(lang, t);
    let w = |id: WorkerId| worker_name(lang, id);
    let core = run.facts();
    let settings = run.settings();
    let two = || choices(lang, &[N::TwoYes, N::TwoNo]);
    let facts = match step {
        PeopleStep::Predecessor | PeopleStep::Herd => {
            let herd = step == PeopleStep::Herd;
            let r = first_release(run)?;
            let here = totals(lang, &core.metrics)?;
            let zk = totals(lang, &PeopleStep::Predecessor.run().facts().metrics)?;
            let (next, duration) = (w(r.next), ms(run.duration()));
            let mut after: Vec<&dyn std::fmt::Display> = vec![&r.notified, &next];
            if !herd {
                after.push(&duration);
            }
            after.extend(here.iter().map(|t| t as &dyn std::fmt::Display));
            if herd {
                after.extend([&zk[4] as &dyn std::fmt::Display, &zk[5], &zk[3]]);
            }
            let (title, before, ask, told) = if herd {
                (N::HdTitle, N::HdBefore, N::HdAsk, N::HdAfter)
            } else {
                (N::PdTitle, N::PdBefore, N::PdAsk, N::PdAfter)
            };
            Facts {
                before: f(
                    before,
                    &[&settings.workers, &w(r.holder), &ms(r.at), &r.waiting],
                ),
                ask: Some(f(ask, &[&w(r.holder)])),
                truth: Some(Truth::Count(u64::from(r.notified))),
                after: f(told, &after),
                measured: Some(r.notified.to_string()),
                theory: Some(if herd {
                    f(N::HdTheory, &[&r.waiting])
                } else {
                    lang.t(N::PdTheory).into()
                }),
                ..blank(lang, title)
            }
        }
        PeopleStep::Etcd => {
            let (victim, at) = (core.victim?, core.trigger?.at);
            let (next, next_token, _) = core.takeover?;
            let (wrote, token, _) = core.victim_write?;
            let (token, next_token) = (token?, next_token?);
            let stale = etcd_write(run, victim, wrote)?;
            let highest = stale.write.highest_before?;
            // The narration says IsOwner() would fail because the key is gone: check it.
            if stale.is_owner || stale.key_revision.is_some() {
                return None;
            }
            let (truth, verdict, measured) = match stale.rejected_by() {
                None => (0, N::EtPassed, lang.t(N::EtMeasuredTaken).to_string()),
                Some(EtcdGuard::IsOwner) => (1, N::EtRejected, String::new()),
                Some(EtcdGuard::HighestRevisionSeen) => {
                    (2, N::EtRejected, f(N::EtMeasured, &[&token, &highest]))
                }
            };
            Facts {
                before: f(
                    N::EtBefore,
                    &[
                        &settings.workers,
                        &ms(settings.ttl),
                        &w(victim),
                        &core.victim_token?,
                        &ms(at),
                        &ms(settings.pause),
                    ],
                ),
                ask: Some(f(N::EtAsk, &[&w(victim), &token])),
                options: choices(lang, &[N::EtAccepted, N::EtIsOwner, N::EtStorage]),
                truth: Some(Truth::Choice(truth)),
                after: f(
                    N::EtAfter,
                    &[
                        &ms(core.expired_at?),
                        &w(victim),
                        &w(next),
                        &next_token,
                        &ms(wrote),
                        &token,
                        &highest,
                        &lang.t(verdict),
                    ],
                ),
                measured: Some(measured),
                theory: Some(f(N::EtTheory, &[&token, &highest])),
                ..blank(lang, N::EtTitle)
            }
        }
        PeopleStep::Failover => {
            let first = *core.wins.first()?;
            let second = *core.wins.iter().find(|s| s.worker != first.worker)?;
            let overlap = core.overlaps.first();
            let valid_until = first.t2? + u64::try_from(first.validity?).ok()?;
            Facts {
                before: f(
                    N::FoBefore,
                    &[
                        &ms(settings.repl_lag),
                        &settings.ttl,
                        &w(first.worker),
                        &ms(first.t2?),
                        &w(second.worker),
                    ],
                ),
                ask: Some(f(N::TwoAsk, &[])),
                options: two(),
                truth: Some(Truth::Choice(if overlap.is_some() { 0 } else { 1 })),
                after: f(
                    N::FoAfter,
                    &[
                        &w(first.worker),
                        &ms(second.t2?),
                        &w(second.worker),
                        &ms(valid_until),
                        &ms(overlap?.at),
                    ],
                ),
                measured: Some(overlap.map_or_else(
                    || lang.t(N::OneAtATime).to_string(),
                    |o| f(N::TwoFrom, &[&ms(o.at)]),
                )),
                theory: Some(lang.t(N::FoTheory).into()),
                ..blank(lang, N::FoTitle)
            }
        }
        PeopleStep::ClockJump => facts_redlock::facts(run, lang)?,
        PeopleStep::Correctness => {
            let victim = core.victim?;
            let (next, next_token, _) = core.takeover?;
            let (_, token, accepted) = core.victim_write?;
            let (token, next_token) = (token?, next_token?);
            let verb = lang.t(if accepted { L::Accepted } else { L::Rejected });
            Facts {
                before: f(N::KlBefore, &[&w(victim), &token, &w(next), &next_token]),
                ask: Some(f(N::KlAsk, &[])),
                options: choices(lang, &[N::KlCache, N::KlBalance, N::KlNeither]),
                // A judgement, not a measurement: the balance needs the resource's check.
                truth: Some(Truth::Choice(1)),
                after: f(N::KlAfter, &[&verb, &token, &next_token]),
                measured: Some(f(N::KlMeasured, &[&verb, &token, &next_token])),
                theory: Some(lang.t(N::KlTheory).into()),
                ..blank(lang, N::KlTitle)
            }
        }
    };
    Some(facts)
}

#[cfg(test)]
#[path = "facts_people_tests.rs"]
mod tests;
