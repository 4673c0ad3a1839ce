//! A step's narration, question options and answer, every number computed by the core
//! ([`crate::learn::numbers`]) on the scenario the step shows.

use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::course::Step;
pub use crate::learn::narration::Facts;
use crate::learn::narration::{blank, choices, node_options, pct};
use crate::learn::numbers::{self, percent};
use crate::learn::steps::ring::{RingStep, JOINER, VICTIM};
use crate::learn::text::course::L;
use crate::learn::{
    facts_article, facts_beyond, facts_closing, facts_locks, facts_people, facts_replicas,
    facts_vnodes,
};

/// A step's facts in a language, computed by the core.
pub fn facts(step: Step, lang: Lang) -> Facts {
    let found = match step {
        Step::Ring(s) => chapter_1(s, lang).or_else(|| chapters_2_3(s, lang)),
        Step::Vnodes(s) => Some(facts_vnodes::facts(s, lang)),
        Step::Replicas(s) => Some(facts_replicas::facts(s, lang)),
        Step::Beyond(s) => facts_beyond::facts(s, lang),
        Step::Lock(s) => facts_locks::facts(s, lang),
        Step::Article(s) => facts_article::facts(s, lang),
        Step::Closing(s) => facts_closing::facts(s, lang),
        Step::People(s) => facts_people::facts(s, lang),
    };
    // A step whose run did not show what it asks about says so in its tests; here it
    // narrates nothing rather than a wrong number.
    found.unwrap_or_else(|| blank(lang, L::Ch1Title))
}

/// Chapter 1 (`None` for the other chapters' steps).
// Out of line, as each chapter's facts are: a first visit runs only chapter 1's, and what it
// does not run leaves the first download (scripts/split-keep.txt).
#[inline(never)]
fn chapter_1(step: RingStep, lang: Lang) -> Option<Facts> {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let empty = blank(lang, L::Ch1Title);
    Some(match step {
        RingStep::Placement => {
            let ring = numbers::build(step.setup());
            let loads = numbers::loads(&ring);
            let list = loads
                .iter()
                .map(|(n, k)| format!("{n}: {k}"))
                .collect::<Vec<_>>()
                .join(", ");
            Facts {
                title: lang.t(L::PlacementTitle).into(),
                before: f(
                    L::PlacementBefore,
                    &[&lang.num(ring.keys().len() as u64), &loads.len(), &list],
                ),
                ..empty
            }
        }
        RingStep::MoveCost => {
            let ring = numbers::build(step.setup());
            let held = numbers::loads(&ring)[0].1;
            Facts {
                title: lang.t(L::MoveCostTitle).into(),
                before: f(L::MoveCostBefore, &[]),
                ask: Some(f(L::MoveCostAsk, &[])),
                options: choices(lang, &[L::CostFree, L::CostCopy, L::CostStop]),
                truth: Some(Truth::Choice(1)),
                after: f(L::MoveCostAfter, &[&held]),
                ..empty
            }
        }
        _ => return None,
    })
}

/// Chapters 2 and 3 (`None` for the other chapters' steps).
#[inline(never)]
fn chapters_2_3(step: RingStep, lang: Lang) -> Option<Facts> {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let empty = blank(lang, L::Ch1Title);
    Some(match step {
        RingStep::ArticleFormula => {
            let ring = numbers::build(step.setup());
            let counts = ring.counts_under(ringlock_core::Scheme::Modulo);
            let first = ring
                .find_node("node1")
                .map_or(0, |id| counts[id.0 as usize]);
            Facts {
                title: lang.t(L::FormulaTitle).into(),
                before: f(L::FormulaBefore, &[]),
                ask: Some(f(L::FormulaAsk, &[])),
                options: choices(lang, &[L::FormulaRing, L::FormulaMod, L::FormulaRandom]),
                truth: Some(Truth::Choice(1)),
                after: f(
                    L::FormulaAfter,
                    &[&first, &lang.num(ring.keys().len() as u64)],
                ),
                ..empty
            }
        }
        RingStep::ModuloJoin => {
            let j = numbers::join(step.setup(), JOINER);
            Facts {
                title: lang.t(L::ModJoinTitle).into(),
                before: f(
                    L::ModJoinBefore,
                    &[&lang.num(j.keys), &j.before, &(j.before + 1)],
                ),
                ask: Some(f(L::ModJoinAsk, &[&j.before, &(j.before + 1)])),
                truth: Some(Truth::Percent(percent(j.modulo, j.keys))),
                after: f(
                    L::ModJoinAfter,
                    &[
                        &lang.num(j.modulo),
                        &lang.num(j.keys),
                        &pct(percent(j.article, j.keys)),
                        &j.before,
                        &(j.before + 1),
                    ],
                ),
                measured: Some(pct(percent(j.modulo, j.keys))),
                theory: Some(pct(j.expected_modulo * 100.0)),
                ..empty
            }
        }
        RingStep::Clockwise => {
            let c = numbers::clockwise(step.setup());
            Facts {
                title: lang.t(L::ClockwiseTitle).into(),
                before: f(
                    L::ClockwiseBefore,
                    &[&c.key, &format!("{:.0}°", c.key_angle)],
                ),
                ask: Some(f(L::ClockwiseAsk, &[&c.key])),
                options: node_options(&c.nodes, ""),
                truth: Some(Truth::Node(c.owner.clone())),
                after: f(L::ClockwiseAfter, &[&c.key, &c.owner, &c.smallest]),
                ..empty
            }
        }
        RingStep::RingJoin => {
            let j = numbers::join(step.setup(), JOINER);
            let to_new = if j.ring_to_new_only {
                L::AllToNew
            } else {
                L::NotAllToNew
            };
            Facts {
                title: lang.t(L::RingJoinTitle).into(),
                before: f(L::RingJoinBefore, &[&lang.num(j.keys), &j.before]),
                ask: Some(f(L::RingJoinAsk, &[&JOINER])),
                truth: Some(Truth::Percent(percent(j.ring, j.keys))),
                after: f(
                    L::RingJoinAfter,
                    &[
                        &lang.num(j.ring),
                        &lang.num(j.keys),
                        &lang.t(to_new),
                        &lang.num(j.modulo),
                    ],
                ),
                measured: Some(pct(percent(j.ring, j.keys))),
                theory: Some(pct(100.0 / (j.before + 1) as f64)),
                ..empty
            }
        }
        RingStep::Kill => {
            let k = numbers::kill(step.setup(), VICTIM);
            Facts {
                title: lang.t(L::KillTitle).into(),
                before: f(
                    L::KillBefore,
                    &[&k.node, &k.key, &format!("{:.0}°", k.key_angle)],
                ),
                ask: Some(f(L::KillAsk, &[&k.key, &k.node])),
                options: node_options(&k.nodes, VICTIM),
                truth: Some(Truth::Node(k.taker.clone())),
                after: f(
                    L::KillAfter,
                    &[&k.moved, &k.node, &k.receivers.join(", "), &k.others_moved],
                ),
                ..empty
            }
        }
        _ => return None,
    })
}
