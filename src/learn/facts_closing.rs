//! Chapter 11's facts: the article's challenges (§5) and FAQ (§6). Consistency and fault
//! tolerance from the core's ring and preference lists; the lock steps' numbers from the lock
//! lab's runs ([`crate::learn::facts_closing_locks`]).

use ringlock_core::algo::replication::preference_list_for_key;

use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::facts_closing_locks as locks;
use crate::learn::narration::{blank, choices, pct, Facts};
use crate::learn::numbers::{self, percent};
use crate::learn::steps::closing::{ClosingStep, FAILED};
use crate::learn::text::closing::Cl;

/// The facts of a chapter-11 step (`None` when its run did not show what it asks about).
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: ClosingStep, lang: Lang) -> Option<Facts> {
    match step {
        ClosingStep::Consistency => Some(consistency(step, lang)),
        ClosingStep::FaultTolerance => fault_tolerance(step, lang),
        ClosingStep::Performance => locks::performance(step, lang),
        ClosingStep::PlainDel => locks::plain_del(step, lang),
        ClosingStep::SafeRelease => locks::safe_release(step, lang),
        ClosingStep::Microservices => Some(microservices(lang)),
        ClosingStep::LockServer => locks::lock_server(step, lang),
    }
}

/// §5 consistency, §6 Q2: [`FAILED`] dies at R = 1.
fn consistency(step: ClosingStep, lang: Lang) -> Facts {
    let f = |m: Cl, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let ring = numbers::build(step.setup());
    let (n, keys) = (ring.live_ids().len(), ring.keys().len() as u64);
    let kill = numbers::kill(step.setup(), FAILED);
    let lost = numbers::lost_keys(step.setup(), &[FAILED], 1).len() as u64;
    let lost_share = pct(percent(lost, keys));
    Facts {
        before: f(
            Cl::ConsBefore,
            &[&n, &ring.vnodes(), &lang.num(keys), &FAILED],
        ),
        ask: Some(f(Cl::ConsAsk, &[&FAILED])),
        options: choices(lang, &[Cl::ConsEven, Cl::ConsGone, Cl::ConsAll]),
        truth: Some(Truth::Choice(if lost > 0 { 1 } else { 0 })),
        after: f(
            Cl::ConsAfter,
            &[
                &lang.num(kill.moved),
                &lang.num(keys),
                &FAILED,
                &kill.receivers.join(", "),
                &kill.others_moved,
                &lang.num(lost),
                &lost_share,
            ],
        ),
        measured: Some(f(Cl::ConsMeasured, &[&lang.num(lost), &lost_share])),
        theory: Some(f(Cl::ConsTheory, &[&pct(100.0 / n as f64)])),
        ..blank(lang, Cl::ConsTitle)
    }
}

/// Keys with one of their `replicas` copies on `node` (Dynamo's preference list, placed while
/// every node was live).
pub fn copies_on(fragment: &str, node: &str, replicas: usize) -> Vec<String> {
    let ring = numbers::build(fragment);
    let keys = ring.keys();
    keys.ids()
        .iter()
        .map(|&k| keys.name(k))
        .filter(|k| {
            preference_list_for_key(&ring, k, replicas)
                .is_ok_and(|list| list.iter().any(|&id| ring.node_name(id) == node))
        })
        .map(str::to_string)
        .collect()
}

/// §5 fault tolerance: [`FAILED`] dies at R = 2.
fn fault_tolerance(step: ClosingStep, lang: Lang) -> Option<Facts> {
    let f = |m: Cl, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let r = step.replicas()?;
    let ring = numbers::build(step.setup());
    let (n, keys) = (ring.live_ids().len(), ring.keys().len() as u64);
    let lost = numbers::lost_keys(step.setup(), &[FAILED], r).len() as u64;
    let single = copies_on(step.setup(), FAILED, r).len() as u64 - lost;
    // The second failure that would hurt most before any repair.
    let (next, next_lost) = ring
        .live_ids()
        .into_iter()
        .map(|id| ring.node_name(id))
        .filter(|&name| name != FAILED)
        .map(|name| {
            let lost = numbers::lost_keys(step.setup(), &[FAILED, name], r).len();
            (name.to_string(), lost)
        })
        .max_by_key(|&(_, lost)| lost)?;
    Some(Facts {
        before: f(Cl::FtBefore, &[&r, &n, &lang.num(keys), &FAILED]),
        ask: Some(f(Cl::FtAsk, &[&FAILED])),
        truth: Some(Truth::Percent(percent(single, keys))),
        after: f(
            Cl::FtAfter,
            &[
                &lang.num(lost),
                &lang.num(single),
                &lang.num(keys),
                &pct(percent(single, keys)),
                &FAILED,
                &r,
                &n,
                &next,
                &lang.num(next_lost as u64),
            ],
        ),
        measured: Some(pct(percent(single, keys))),
        theory: Some(f(Cl::FtTheory, &[&pct(r as f64 * 100.0 / n as f64)])),
        ..blank(lang, Cl::FtTitle)
    })
}

/// §6 Q1: no run, one question.
fn microservices(lang: Lang) -> Facts {
    Facts {
        before: lang.t(Cl::McBefore).into(),
        ask: Some(lang.t(Cl::McAsk).into()),
        options: choices(lang, &[Cl::McSame, Cl::McOn, Cl::McEscape]),
        truth: Some(Truth::Choice(1)),
        after: lang.t(Cl::McAfter).into(),
        theory: Some(lang.t(Cl::McTheory).into()),
        ..blank(lang, Cl::McTitle)
    }
}

#[cfg(test)]
#[path = "facts_closing_tests.rs"]
mod tests;
