//! Chapter 6's facts: one question per algorithm, answered by the comparison table's numbers.

use ringlock_core::algo::compare::AlgoReport;
use ringlock_core::algo::redis_cluster::SLOTS;
use ringlock_core::algo::Algo;

use crate::algo::data::{CompareInput, Params, TopologyChange};
use crate::i18n::Lang;
use crate::learn::beyond::{moved_besides, moved_to, report, reports};
use crate::learn::check::Truth;
use crate::learn::narration::{blank, choices, pct, Facts};
use crate::learn::numbers::{build, percent};
use crate::learn::steps::beyond::{BeyondStep, DOOMED};
use crate::learn::text::course::L;

/// The facts of a chapter-6 step (`None` for the other chapters').
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: BeyondStep, lang: Lang) -> Option<Facts> {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let input = CompareInput::from_ring(&build(step.setup()));
    let join = step.join();
    let change = if join {
        TopologyChange::AddNode
    } else {
        TopologyChange::Kill(DOOMED.to_string())
    };
    let all = reports(step.setup(), &change);
    let (n, keys) = (input.live(), input.keys.len() as u64);
    let new = input.new_node_name();
    let ideal = pct(input.ideal_fraction(&change) * 100.0);
    let (title, ask, truth, after, measured) = match step {
        BeyondStep::Jump => {
            let r = report(&all, |a| matches!(a, Algo::Jump))?;
            let to_new = moved_to(r, &new);
            let truth = if to_new == r.moved { 0 } else { 1 };
            let after = f(
                L::JumpAfter,
                &[&lang.num(r.moved), &lang.num(keys), &lang.num(to_new), &new],
            );
            (
                L::JumpTitle,
                f(L::JumpAsk, &[&new]),
                truth,
                after,
                moved(r, keys),
            )
        }
        BeyondStep::Rendezvous => {
            let r = report(&all, |a| matches!(a, Algo::Rendezvous))?;
            let others = moved_besides(r, DOOMED);
            let truth = if others == 0 { 0 } else { 1 };
            let after = f(
                L::RvAfter,
                &[&lang.num(r.moved), &lang.num(keys), &DOOMED, &others],
            );
            (
                L::RvTitle,
                f(L::RvAsk, &[&DOOMED]),
                truth,
                after,
                moved(r, keys),
            )
        }
        BeyondStep::Maglev => {
            let r = report(&all, |a| matches!(a, Algo::Maglev { .. }))?;
            let others = moved_besides(r, DOOMED);
            let truth = match others {
                0 => 0,
                x if x * 2 < r.moved => 1,
                _ => 2,
            };
            let m = Params::default().maglev_m;
            let after = f(
                L::MgAfter,
                &[&lang.num(r.moved), &lang.num(keys), &others, &DOOMED],
            );
            (
                L::MgTitle,
                f(L::MgAsk, &[&lang.num(m), &DOOMED]),
                truth,
                after,
                moved(r, keys),
            )
        }
        BeyondStep::Bounded => {
            let b = report(&all, |a| matches!(a, Algo::Bounded { .. }))?;
            let ring = report(&all, |a| matches!(a, Algo::Ring { .. }))?;
            let truth = match b.max_load.cmp(&ring.max_load) {
                std::cmp::Ordering::Less => 0,
                std::cmp::Ordering::Equal => 1,
                std::cmp::Ordering::Greater => 2,
            };
            let eps = Params::default().eps;
            let after = f(
                L::BdAfter,
                &[
                    &b.max_load,
                    &ring.max_load,
                    &b.moved,
                    &ring.moved,
                    &format!("{:.3}", b.jain),
                    &format!("{:.3}", ring.jain),
                ],
            );
            (
                L::BdTitle,
                f(L::BdAsk, &[&eps, &new]),
                truth,
                after,
                moved(b, keys),
            )
        }
        BeyondStep::Redis => {
            let r = report(&all, |a| matches!(a, Algo::RedisSlots))?;
            let to_new = moved_to(r, &new);
            let truth = if to_new == r.moved { 0 } else { 1 };
            let after = f(
                L::RdAfter,
                &[&lang.num(r.moved), &lang.num(keys), &lang.num(to_new), &new],
            );
            (
                L::RdTitle,
                f(L::RdAsk, &[&lang.num(SLOTS as u64), &new]),
                truth,
                after,
                moved(r, keys),
            )
        }
    };
    let options = choices(
        lang,
        &match step {
            BeyondStep::Jump => [L::JumpNew, L::JumpSpread, L::JumpFirst],
            BeyondStep::Rendezvous => [L::RvDead, L::RvAll, L::RvHalf],
            BeyondStep::Maglev => [L::MgNone, L::MgFew, L::MgMost],
            BeyondStep::Bounded => [L::BdLess, L::BdSame, L::BdMore],
            BeyondStep::Redis => [L::RdSlots, L::RdAll, L::RdNone],
        },
    );
    Some(Facts {
        before: f(L::BeyondBefore, &[&n, &lang.num(keys)]),
        ask: Some(ask),
        options,
        truth: Some(Truth::Choice(truth)),
        after,
        measured: Some(measured),
        theory: Some(ideal),
        ..blank(lang, title)
    })
}

fn moved(r: &AlgoReport, keys: u64) -> String {
    pct(percent(r.moved, keys))
}
