//! Chapter 9's Redlock step: Redlock's steps and validity = TTL − (T2 − T1) − drift, with
//! each acquisition's T1, T2, drift and validity as the core's clients computed them
//! ([`ringlock_lock::AcquireSteps`]), and Kleppmann's clock jump.

use ringlock_lock::{drift, Action, Invariant, Time, WorkerId, REDLOCK_NODES};

use crate::i18n::Lang;
use crate::lab::common::{millis, worker_name};
use crate::lab::text::lessons::validity_sum;
use crate::learn::check::Truth;
use crate::learn::locks::LockRun;
use crate::learn::narration::{blank, choices, Facts};
use crate::learn::text::people::N;

/// The facts of the Redlock step on `run` (Kleppmann's clock jump).
pub fn facts(run: LockRun, lang: Lang) -> Option<Facts> {
    let f = |m: N, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let ms = |t: Time| millis(lang, t);
    let w = |id: WorkerId| worker_name(lang, id);
    let core = run.facts();
    let ttl = run.settings().ttl;
    let first = *core.wins.first()?;
    let second = *core.wins.iter().find(|s| s.worker != first.worker)?;
    let recorded = run.build();
    let mut cut = None;
    let mut jump = None;
    for a in recorded.actions() {
        match a.action {
            Action::CutOff { ms, .. } => cut = cut.or(Some(a.at + ms)),
            Action::ClockJump { ms, .. } => jump = jump.or(Some(ms)),
            Action::Crash(_)
            | Action::Pause { .. }
            | Action::Resume(_)
            | Action::Spawn(_)
            | Action::Set(_)
            | Action::Failover
            | Action::Restart(_)
            | Action::KillNode(_)
            | Action::ReviveNode(_)
            | Action::JoinNode => {}
        }
    }
    let (back, jump) = (cut?, jump?);
    let overlap = core.overlaps.first();
    let valid_until = first.t2? + u64::try_from(first.validity?).ok()?;
    let drift = drift(ttl);
    let service = if core
        .first_violations
        .iter()
        .any(|v| v.invariant == Invariant::LeaseExclusion)
    {
        N::RlServiceBroken
    } else {
        N::RlServiceOk
    };
    Some(Facts {
        before: f(
            N::RlBefore,
            &[
                &REDLOCK_NODES,
                &ttl,
                &ms(drift),
                &(REDLOCK_NODES / 2 + 1),
                &ms(back),
                &w(first.worker),
                &ms(first.t1),
                &ms(first.t2?),
                &validity_sum(lang, &first)?,
                &ms(jump),
                &w(second.worker),
            ],
        ),
        ask: Some(f(N::RlAsk, &[&ms(back)])),
        options: choices(lang, &[N::TwoYes, N::TwoNo]),
        truth: Some(Truth::Choice(if overlap.is_some() { 0 } else { 1 })),
        after: f(
            N::RlAfter,
            &[
                &ms(jump),
                &w(first.worker),
                &ms(second.t2?),
                &w(second.worker),
                &second.votes,
                &second.masters,
                &ms(second.t1),
                &validity_sum(lang, &second)?,
                &ms(valid_until),
                &lang.t(service),
                &ms(drift),
            ],
        ),
        measured: Some(overlap.map_or_else(
            || lang.t(N::OneAtATime).to_string(),
            |o| f(N::TwoFrom, &[&ms(o.at)]),
        )),
        theory: Some(f(N::RlTheory, &[&ms(drift), &ms(jump)])),
        ..blank(lang, N::RlTitle)
    })
}
