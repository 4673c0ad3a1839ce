//! Chapter 5's facts: what a rack failure loses at R = 1, 2 and 3, from the core's
//! preference lists.

use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::narration::{blank, pct, Facts};
use crate::learn::numbers::{self, percent};
use crate::learn::steps::replicas::{ReplicaStep, RACK};
use crate::learn::text::course::L;

/// The facts of a chapter-5 step (`None` for the other chapters').
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: ReplicaStep, lang: Lang) -> Facts {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    let r = step.replicas();
    let ring = numbers::build(step.setup());
    let (n, keys) = (ring.live_ids().len(), ring.keys().len() as u64);
    let lost = numbers::lost_keys(step.setup(), &RACK, r);
    let share = |l: &[String]| pct(percent(l.len() as u64, keys));
    let (a, b) = (RACK[0], RACK[1]);
    match step {
        ReplicaStep::One => Facts {
            before: f(L::RepOneBefore, &[&n, &lang.num(keys), &a, &b]),
            ask: Some(f(L::RepOneAsk, &[])),
            truth: Some(Truth::Percent(percent(lost.len() as u64, keys))),
            measured: Some(share(&lost)),
            theory: Some(pct(200.0 / n as f64)),
            after: f(
                L::RepOneAfter,
                &[
                    &lang.num(lost.len() as u64),
                    &lang.num(keys),
                    &share(&lost),
                    &a,
                    &b,
                ],
            ),
            ..blank(lang, L::RepOneTitle)
        },
        ReplicaStep::Two => {
            let one = numbers::lost_keys(step.setup(), &RACK, 1);
            let key = lost.first().cloned().unwrap_or_default();
            let mut options = numbers::kept_keys(step.setup(), &RACK, r, 3);
            options.push(key.clone());
            options.sort_by_key(|k| ringlock_core::ring::generated_index(k));
            Facts {
                before: f(L::RepTwoBefore, &[&r, &a, &b]),
                ask: Some(f(L::RepTwoAsk, &[])),
                options: options.into_iter().map(|k| (k.clone(), k)).collect(),
                truth: Some(Truth::Node(key.clone())),
                measured: Some(share(&lost)),
                theory: Some(pct(200.0 / (n * (n - 1)) as f64)),
                after: f(
                    L::RepTwoAfter,
                    &[
                        &key,
                        &a,
                        &b,
                        &lang.num(lost.len() as u64),
                        &lang.num(keys),
                        &share(&lost),
                        &share(&one),
                    ],
                ),
                ..blank(lang, L::RepTwoTitle)
            }
        }
        ReplicaStep::Three => Facts {
            before: f(L::RepThreeBefore, &[&r, &a, &b]),
            ask: Some(f(L::RepThreeAsk, &[])),
            truth: Some(Truth::Percent(percent(lost.len() as u64, keys))),
            measured: Some(share(&lost)),
            theory: Some(pct(0.0)),
            after: f(
                L::RepThreeAfter,
                &[&lang.num(lost.len() as u64), &lang.num(keys), &r, &(r - 1)],
            ),
            ..blank(lang, L::RepThreeTitle)
        },
    }
}
