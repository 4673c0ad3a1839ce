//! A step's narration, question options and answer, every number computed by the core
//! ([`crate::learn::numbers`]) on the scenario the step shows.

use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::course::{Step, JOINER, VICTIM};
pub use crate::learn::narration::Facts;
use crate::learn::narration::{blank, choices, node_options, pct};
use crate::learn::numbers::{self, percent};
use crate::learn::text::course::L;
use crate::learn::{facts_beyond, facts_locks, facts_replicas, facts_vnodes};

/// A step's facts in a language, computed by the core.
pub fn facts(step: Step, lang: Lang) -> Facts {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let empty = blank(L::Ch1Title);
    match step {
        Step::Placement => {
            let ring = numbers::build(step.setup());
            let loads = numbers::loads(&ring);
            let list = loads
                .iter()
                .map(|(n, k)| format!("{n}: {k}"))
                .collect::<Vec<_>>()
                .join(", ");
            Facts {
                title: L::PlacementTitle,
                before: f(
                    L::PlacementBefore,
                    &[&lang.num(ring.keys().len() as u64), &loads.len(), &list],
                ),
                ..empty
            }
        }
        Step::MoveCost => {
            let ring = numbers::build(step.setup());
            let held = numbers::loads(&ring)[0].1;
            Facts {
                title: L::MoveCostTitle,
                before: f(L::MoveCostBefore, &[]),
                ask: Some(f(L::MoveCostAsk, &[])),
                options: choices(lang, &[L::CostFree, L::CostCopy, L::CostStop]),
                truth: Some(Truth::Choice(1)),
                after: f(L::MoveCostAfter, &[&held]),
                ..empty
            }
        }
        Step::ArticleFormula => {
            let ring = numbers::build(step.setup());
            let counts = ring.counts_under(ringlock_core::Scheme::Modulo);
            let first = ring
                .find_node("node1")
                .map_or(0, |id| counts[id.0 as usize]);
            Facts {
                title: L::FormulaTitle,
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
        Step::ModuloJoin => {
            let j = numbers::join(step.setup(), JOINER);
            Facts {
                title: L::ModJoinTitle,
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
        Step::Clockwise => {
            let c = numbers::clockwise(step.setup());
            Facts {
                title: L::ClockwiseTitle,
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
        Step::RingJoin => {
            let j = numbers::join(step.setup(), JOINER);
            let to_new = if j.ring_to_new_only {
                L::AllToNew
            } else {
                L::NotAllToNew
            };
            Facts {
                title: L::RingJoinTitle,
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
        Step::VnodesOne | Step::VnodesMany | Step::Weights => {
            facts_vnodes::facts(step, lang).unwrap_or(empty)
        }
        Step::ReplicasOne | Step::ReplicasTwo | Step::ReplicasThree => {
            facts_replicas::facts(step, lang).unwrap_or(empty)
        }
        Step::Jump | Step::Rendezvous | Step::Maglev | Step::Bounded | Step::Redis => {
            facts_beyond::facts(step, lang).unwrap_or(empty)
        }
        Step::NoLeases | Step::Leases | Step::Pause | Step::Fenced => {
            facts_locks::facts(step, lang).unwrap_or(empty)
        }
        Step::Kill => {
            let k = numbers::kill(step.setup(), VICTIM);
            Facts {
                title: L::KillTitle,
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
    }
}
