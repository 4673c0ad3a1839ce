//! Chapter 11's lock steps: performance (fifty workers behind one lock), security (a plain
//! `DEL`, then the compare-and-delete script) and the FAQ's central lock server. Every number
//! is read from the core's run of the lesson the step shows ([`ringlock_lock::Facts`], its
//! metrics and its log) or of the lessons of chapters 7 and 8 it points back to.

use ringlock_lock::{Cause, CourseLesson, LabScenario, LogKind, Span, Time, WorkerId};

use crate::i18n::Lang;
use crate::lab::common::{millis, worker_name};
use crate::learn::check::Truth;
use crate::learn::narration::{blank, choices, Facts};
use crate::learn::steps::closing::ClosingStep;
use crate::learn::text::closing::Cl;

type Args<'a> = &'a [&'a dyn std::fmt::Display];

/// The wait a saturated queue predicts: a worker's round is N turns of the lock, each the
/// critical section plus four one-way messages (grant, write, storage's answer, release); it
/// waits the round less its own think time, critical section and write (two messages).
pub fn queue_wait(workers: u32, hold: Time, think: Time, latency: Time) -> Time {
    let turn = hold + 4 * latency;
    (u64::from(workers) * turn).saturating_sub(think + hold + 2 * latency)
}

/// §5 performance: the lesson's median wait, throughput and messages per grant.
pub fn performance(step: ClosingStep, lang: Lang) -> Option<Facts> {
    let f = |m: Cl, args: Args| lang.f(m, args);
    let ms = |t: Time| millis(lang, t);
    let run = step.lock()?;
    let s = run.settings();
    let m = run.facts().metrics;
    let p50 = m.wait_p50?;
    let (hold, think) = (mean(s.hold), mean(s.think));
    let turn = hold + 4 * s.latency;
    let theory = queue_wait(s.workers, hold, think, s.latency);
    Some(Facts {
        before: f(
            Cl::PfBefore,
            &[
                &s.workers,
                &ms(s.hold.min),
                &ms(s.hold.max),
                &ms(s.latency),
                &ms(s.think.min),
                &ms(s.think.max),
            ],
        ),
        ask: Some(lang.t(Cl::PfAsk).into()),
        truth: Some(Truth::Millis(p50 as f64)),
        after: f(
            Cl::PfAfter,
            &[
                &ms(p50),
                &lang.num(m.grants),
                &ms(run.duration()),
                &format!("{:.1}", m.throughput?),
                &ms(turn),
                &format!("{:.1}", 1000.0 / turn as f64),
                &format!("{:.1}", m.messages_per_grant?),
                &s.workers,
            ],
        ),
        measured: Some(ms(p50)),
        theory: Some(f(Cl::PfTheory, &[&ms(theory)])),
        ..blank(lang, Cl::PfTitle)
    })
}

/// The last release before `at` that deleted `owner`'s key, sent by someone else.
fn foreign_delete_before(step: ClosingStep, owner: WorkerId, at: Time) -> Option<WorkerId> {
    let run = step.lock()?;
    let mut lab = run.build();
    let mut found = None;
    let mut seen = 0;
    while lab.now() < at && lab.step() {
        for e in lab.sim().log_since(seen) {
            if let LogKind::KeyDeleted {
                worker,
                owner: Some(o),
                ..
            } = e.kind
            {
                if o == owner && worker != o && e.at <= at {
                    found = Some(worker);
                }
            }
        }
        seen = lab.sim().log_total();
    }
    found
}

/// §5 security: a plain `DEL`.
pub fn plain_del(step: ClosingStep, lang: Lang) -> Option<Facts> {
    let f = |m: Cl, args: Args| lang.f(m, args);
    let ms = |t: Time| millis(lang, t);
    let w = |id: WorkerId| worker_name(lang, id);
    let run = step.lock()?;
    let s = run.settings();
    let core = run.facts();
    let deletes = core.metrics.foreign_deletes;
    let expiry = core.first_overlap(Cause::Expiry)?;
    let delete = core.first_overlap(Cause::ForeignDelete)?;
    let (taker, expired) = (*expiry.workers.first()?, *expiry.workers.get(1)?);
    let (third, robbed) = (*delete.workers.first()?, *delete.workers.get(1)?);
    let deleter = foreign_delete_before(step, robbed, delete.at)?;
    Some(Facts {
        before: f(
            Cl::DelBefore,
            &[&s.workers, &ms(s.ttl), &ms(mean(s.hold)), &s.ttl],
        ),
        ask: Some(lang.t(Cl::DelAsk).into()),
        options: choices(lang, &[Cl::DelYes, Cl::DelNo]),
        truth: Some(Truth::Choice(if deletes > 0 { 0 } else { 1 })),
        after: f(
            Cl::DelAfter,
            &[
                &deletes,
                &core.overlaps.len(),
                &ms(expiry.at),
                &w(expired),
                &w(taker),
                &ms(delete.at),
                &w(deleter),
                &w(robbed),
                &w(third),
            ],
        ),
        measured: Some(f(Cl::DelMeasured, &[&deletes])),
        theory: Some(lang.t(Cl::DelTheory).into()),
        ..blank(lang, Cl::DelTitle)
    })
}

/// The mean of a span the lab draws from uniformly.
fn mean(span: Span) -> Time {
    (span.min + span.max) / 2
}

/// §5 security: the compare-and-delete script, beside the plain `DEL`'s run.
pub fn safe_release(step: ClosingStep, lang: Lang) -> Option<Facts> {
    let f = |m: Cl, args: Args| lang.f(m, args);
    let core = step.lock()?.facts();
    let del = LabScenario::RedisDel.facts();
    let first = core.overlaps.first()?;
    let by_del = del
        .overlaps
        .iter()
        .filter(|v| v.cause == Some(Cause::ForeignDelete));
    Some(Facts {
        before: lang.t(Cl::CasBefore).into(),
        ask: Some(lang.t(Cl::CasAsk).into()),
        options: choices(lang, &[Cl::CasNever, Cl::CasStill]),
        truth: Some(Truth::Choice(if core.overlaps.is_empty() { 0 } else { 1 })),
        after: f(
            Cl::CasAfter,
            &[
                &core.metrics.foreign_deletes,
                &core.overlaps.len(),
                &millis(lang, first.at),
                &del.overlaps.len(),
                &by_del.count(),
            ],
        ),
        measured: Some(f(Cl::CasMeasured, &[&core.overlaps.len()])),
        theory: Some(lang.t(Cl::CasTheory).into()),
        ..blank(lang, Cl::CasTitle)
    })
}

/// §6 Q3: the article's server, with the numbers of chapters 7 and 8.
pub fn lock_server(step: ClosingStep, lang: Lang) -> Option<Facts> {
    let f = |m: Cl, args: Args| lang.f(m, args);
    let ms = |t: Time| millis(lang, t);
    let run = step.lock()?;
    let stuck = run.facts();
    let (victim, at) = (stuck.victim?, stuck.trigger?.at);
    let quiet = run.duration() - at;
    let leases = CourseLesson::CrashLeases;
    let wait = leases.facts().wait_after_trigger()?;
    let pause = LabScenario::GcPause.facts();
    let (_, stale, _) = pause.victim_write?;
    let (_, newer, _) = pause.takeover?;
    Some(Facts {
        before: f(Cl::LsvBefore, &[&run.settings().workers]),
        ask: Some(lang.t(Cl::LsvAsk).into()),
        options: choices(lang, &[Cl::LsvComplete, Cl::LsvSilent, Cl::LsvWrong]),
        truth: Some(Truth::Choice(1)),
        after: f(
            Cl::LsvAfter,
            &[
                &worker_name(lang, victim),
                &ms(at),
                &ms(quiet),
                &ms(leases.settings().ttl),
                &ms(wait),
                &worker_name(lang, pause.victim?),
                &stale?,
                &newer?,
            ],
        ),
        measured: Some(f(Cl::LsvMeasured, &[&ms(quiet), &ms(wait)])),
        theory: Some(lang.t(Cl::LsvTheory).into()),
        ..blank(lang, Cl::LsvTitle)
    })
}
