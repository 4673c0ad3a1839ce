//! Chapter 4's facts: virtual nodes and weights, every number from the core.

use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::narration::{blank, choices, pct, Facts};
use crate::learn::numbers;
use crate::learn::steps::vnodes::{VnodeStep, HEAVY, MANY, SPREAD_KEYS};
use crate::learn::text::course::L;

fn ratio(x: f64) -> String {
    format!("{x:.2}")
}

/// The facts of a chapter-4 step (`None` for the other chapters').
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: VnodeStep, lang: Lang) -> Facts {
    let f = |m: L, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    match step {
        VnodeStep::One => {
            let mut ring = numbers::build(step.setup());
            let n = ring.live_ids().len();
            ring.add_generated(SPREAD_KEYS).expect("keys fit");
            let s = numbers::spread_of(&ring);
            let busiest = numbers::loads(&ring).iter().map(|l| l.1).max().unwrap_or(0);
            Facts {
                before: f(L::VOneBefore, &[&n, &pct(100.0 / n as f64)]),
                ask: Some(f(L::VOneAsk, &[&lang.num(u64::from(SPREAD_KEYS))])),
                truth: Some(Truth::Percent(s.max_share)),
                measured: Some(pct(s.max_share)),
                theory: Some(pct(numbers::expected_max_share(n) * 100.0)),
                after: f(
                    L::VOneAfter,
                    &[
                        &pct(s.max_share),
                        &ratio(s.max_over_mean),
                        &ratio(s.cv),
                        &ratio(s.theory_cv),
                        &n,
                        &lang.num(busiest),
                        &lang.num(u64::from(SPREAD_KEYS)),
                    ],
                ),
                ..blank(lang, L::VOneTitle)
            }
        }
        VnodeStep::Many => {
            let one = numbers::spread(step.setup());
            let ring = numbers::with_vnodes(step.setup(), MANY);
            let n = ring.live_ids().len();
            let s = numbers::spread_of(&ring);
            let fair = 100.0 / n as f64;
            Facts {
                before: f(
                    L::VManyBefore,
                    &[&n, &lang.num(ring.keys().len() as u64), &MANY],
                ),
                ask: Some(f(L::VManyAsk, &[&MANY])),
                truth: Some(Truth::Percent(s.max_share)),
                measured: Some(pct(s.max_share)),
                theory: Some(format!("{} ± {}", pct(fair), pct(fair * s.theory_cv))),
                after: f(
                    L::VManyAfter,
                    &[
                        &pct(s.max_share),
                        &ratio(s.max_over_mean),
                        &ratio(one.max_over_mean),
                        &ratio(s.cv),
                        &ratio(s.theory_cv),
                    ],
                ),
                ..blank(lang, L::VManyTitle)
            }
        }
        VnodeStep::Weights => {
            let ring = numbers::build(step.setup());
            let n = ring.live_ids().len();
            let (heavy, others) = numbers::weighted(step.setup(), HEAVY, 2);
            Facts {
                before: f(
                    L::WeightBefore,
                    &[&n, &ring.vnodes(), &pct(100.0 / n as f64), &HEAVY],
                ),
                ask: Some(f(L::WeightAsk, &[&HEAVY])),
                options: choices(lang, &[L::WeightSame, L::WeightTwice, L::WeightHalf]),
                truth: Some(Truth::Choice(1)),
                measured: Some(pct(heavy)),
                theory: Some(pct(200.0 / (n + 1) as f64)),
                after: f(
                    L::WeightAfter,
                    &[
                        &HEAVY,
                        &pct(heavy),
                        &pct(others),
                        &ratio(heavy / others),
                        &pct(200.0 / (n + 1) as f64),
                    ],
                ),
                ..blank(lang, L::WeightTitle)
            }
        }
    }
}
