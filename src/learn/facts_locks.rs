//! Chapters 7 and 8's facts: the lock lab's runs, their numbers read from the core's
//! [`ringlock_lock::Facts`] (when the crash or pause came, who was granted next and when, the
//! tokens, what storage did, what the safety checker reported).

use ringlock_lock::{Cause, Invariant, WorkerId};

use crate::i18n::Lang;
use crate::lab::common::{millis, worker_name};
use crate::learn::check::Truth;
use crate::learn::locks::LockStep;
use crate::learn::narration::{blank, choices, Facts};
use crate::learn::text::course::L;

/// The facts of a lock step (`None` when its run did not show what it asks about).
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(lock: LockStep, lang: Lang) -> Option<Facts> {
    let run = lock.run();
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let ms = |t: u64| millis(lang, t);
    let w = |id: WorkerId| worker_name(lang, id);
    let core = run.facts();
    let settings = run.settings();
    let (victim, at) = (core.victim?, core.trigger?.at);
    let token = core.victim_token.unwrap_or_default();
    let options = match lock {
        LockStep::NoLeases => choices(lang, &[L::NlLater, L::NlNever, L::NlBoth]),
        LockStep::Pause | LockStep::Fenced => choices(lang, &[L::WriteTaken, L::WriteRefused]),
        LockStep::Leases => Vec::new(),
    };
    let facts = match lock {
        LockStep::NoLeases => {
            let deadlock = core
                .first_violations
                .iter()
                .find(|v| v.invariant == Invariant::Deadlock)?;
            let named = deadlock.cause == Some(Cause::HolderCannotRelease);
            let truth = match core.takeover {
                None => 1,
                Some(_) => 0,
            };
            let quiet = run.duration() - at;
            Facts {
                before: f(L::NlBefore, &[&settings.workers, &w(victim), &ms(at)]),
                ask: Some(f(L::NlAsk, &[&w(victim), &(settings.workers - 1)])),
                truth: Some(Truth::Choice(truth)),
                after: f(
                    L::NlAfter,
                    &[
                        &ms(quiet),
                        &ms(at),
                        &ms(deadlock.at),
                        &lang.t(if named { L::NlNamed } else { L::NlUnnamed }),
                    ],
                ),
                measured: Some(match core.takeover {
                    None => f(L::NoGrantIn, &[&ms(quiet)]),
                    Some((_, _, t)) => ms(t - at),
                }),
                theory: Some(lang.t(L::Never).to_string()),
                ..blank(lang, L::NlTitle)
            }
        }
        LockStep::Leases => {
            let wait = core.wait_after_trigger()?;
            let (next, next_token, granted) = core.takeover?;
            let expired = core.expired_at?;
            let ttl = settings.ttl;
            Facts {
                before: f(L::LsBefore, &[&ms(ttl), &w(victim), &ms(at)]),
                ask: Some(f(L::LsAsk, &[&w(victim)])),
                truth: Some(Truth::Millis(wait as f64)),
                after: f(
                    L::LsAfter,
                    &[
                        &w(next),
                        &ms(wait),
                        &ms(granted),
                        &w(victim),
                        &ms(expired),
                        &ms(ttl),
                        &ms(ttl.saturating_sub(wait)),
                        &next_token.unwrap_or_default(),
                    ],
                ),
                measured: Some(ms(wait)),
                theory: Some(f(L::LsTheory, &[&ms(ttl)])),
                ..blank(lang, L::LsTitle)
            }
        }
        LockStep::Pause | LockStep::Fenced => {
            let fenced = lock == LockStep::Fenced;
            let (next, next_token, granted) = core.takeover?;
            let (wrote, write_token, accepted) = core.victim_write?;
            let expired = core.expired_at?;
            let storage = lang.t(if fenced {
                L::StorageFences
            } else {
                L::StorageTrusts
            });
            let verdict = lang.t(if accepted { L::Accepted } else { L::Rejected });
            let outcome = if accepted {
                L::PauseAccepted
            } else {
                L::PauseRejected
            };
            let ordered = core
                .first_violations
                .iter()
                .any(|v| v.invariant == Invariant::ResourceOrder);
            Facts {
                before: f(
                    L::PsBefore,
                    &[
                        &settings.workers,
                        &ms(settings.ttl),
                        &w(victim),
                        &token,
                        &ms(at),
                        &ms(settings.pause),
                        &storage,
                    ],
                ),
                ask: Some(f(L::PsAsk, &[&w(victim), &token])),
                truth: Some(Truth::Choice(if accepted { 0 } else { 1 })),
                after: f(
                    L::PsAfter,
                    &[
                        &w(victim),
                        &ms(expired),
                        &w(next),
                        &ms(granted),
                        &next_token.unwrap_or_default(),
                        &ms(wrote),
                        &write_token.unwrap_or_default(),
                        &f(
                            outcome,
                            &[&lang.t(if ordered {
                                L::OrderBroken
                            } else {
                                L::OrderKept
                            })],
                        ),
                    ],
                ),
                measured: Some(verdict.to_string()),
                theory: Some(f(
                    if fenced {
                        L::TheoryFenced
                    } else {
                        L::TheoryTrusting
                    },
                    &[
                        &write_token.unwrap_or_default(),
                        &next_token.unwrap_or_default(),
                    ],
                )),
                ..blank(lang, if fenced { L::FcTitle } else { L::PsTitle })
            }
        }
    };
    Some(Facts { options, ..facts })
}

#[cfg(test)]
#[path = "facts_locks_tests.rs"]
mod tests;
