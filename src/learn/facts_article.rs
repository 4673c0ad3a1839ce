//! Chapter 10's facts: the article's formula and bucket cap on the Ring view, its
//! `threading.Lock` and its L on the lock lab, every number from the core
//! ([`crate::learn::numbers_article`]).

use crate::i18n::Lang;
use crate::lab::common::{millis, worker_name};
use crate::learn::check::Truth;
use crate::learn::narration::{blank, choices, pct, Facts};
use crate::learn::numbers::percent;
use crate::learn::numbers_article as numbers;
use crate::learn::steps::article::{cap_joiner, ArticleStep, CAP_NODES};
use crate::learn::text::article::Ar;
use crate::ui::format::{dec, ARTICLE_JOIN_EXAMPLES};

/// The facts of a chapter-10 step (`None` when its run did not show what it asks about).
// Out of line: a chapter's narration is large, and a first visit runs only chapter 1's
// (scripts/split-keep.txt: what is not run leaves the first download).
#[inline(never)]
pub fn facts(step: ArticleStep, lang: Lang) -> Option<Facts> {
    let f = |m: Ar, args: &[&dyn std::fmt::Display]| lang.f(m, args);
    Some(match step {
        ArticleStep::Formula => {
            let x = numbers::formula(step.setup());
            let p = x.nodes.len();
            let r = usize::from(x.bucket) % p;
            Facts {
                before: f(
                    Ar::FmBefore,
                    &[&x.key, &x.bucket, &p, &x.nodes.join(lang.t(Ar::ListSep))],
                ),
                ask: Some(f(Ar::FmAsk, &[&x.key])),
                options: x.nodes.iter().map(|n| (n.clone(), n.clone())).collect(),
                truth: Some(Truth::Node(x.owner.clone())),
                after: f(
                    Ar::FmAfter,
                    &[
                        &x.key,
                        &x.owner,
                        &x.bucket,
                        &p,
                        &r,
                        &(r + 1),
                        &(p + 1),
                        &x.owner_grown,
                        &x.ring_owner,
                    ],
                ),
                measured: Some(x.owner.clone()),
                theory: Some(f(Ar::FmTheory, &[&x.bucket, &p, &(r + 1)])),
                ..blank(lang, Ar::FmTitle)
            }
        }
        ArticleStep::BucketCap => {
            let joiner = cap_joiner();
            let c = numbers::cap(step.setup(), &joiner, &ARTICLE_JOIN_EXAMPLES);
            let fraction = |n: usize| {
                c.fractions
                    .iter()
                    .find(|&&(m, _)| m == n)
                    .map_or(0.0, |&(_, x)| x)
            };
            let joins: Vec<String> = c
                .fractions
                .iter()
                .map(|&(n, x)| f(Ar::CapJoin, &[&n, &(n + 1), &pct(x * 100.0)]))
                .collect();
            let moved = percent(c.moved, c.keys);
            Facts {
                before: f(
                    Ar::CapBefore,
                    &[&c.before, &lang.num(c.keys), &pct(fraction(4) * 100.0)],
                ),
                ask: Some(f(Ar::CapAsk, &[&joiner, &c.before])),
                truth: Some(Truth::Percent(moved)),
                after: f(
                    Ar::CapAfter,
                    &[
                        &lang.num(c.moved),
                        &lang.num(c.keys),
                        &pct(moved),
                        &joiner,
                        &lang.num(c.got),
                        &c.before,
                        &(c.before + 1),
                        &lang.num(c.ring_moved),
                        &joins.join(lang.t(Ar::ListSep)),
                    ],
                ),
                measured: Some(pct(moved)),
                theory: Some(pct(fraction(CAP_NODES) * 100.0)),
                ..blank(lang, Ar::CapTitle)
            }
        }
        ArticleStep::LocalLock => {
            let l = numbers::local(step.lock()?);
            let flagged = l.flagged?;
            let who: Vec<String> = l
                .first
                .1
                .iter()
                .map(|&(w, node)| f(Ar::LlOnNode, &[&worker_name(lang, w), &node]))
                .collect();
            let holders = match who.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    f(Ar::LlAnd, &[&rest.join(lang.t(Ar::ListSep)), last])
                }
                _ => who.join(""),
            };
            let truth = match l.most {
                1 => 0,
                m if m == l.workers as usize => 2,
                _ => 1,
            };
            Facts {
                before: f(
                    Ar::LlBefore,
                    &[&l.workers, &l.nodes, &(l.workers / l.nodes.max(1))],
                ),
                ask: Some(f(Ar::LlAsk, &[])),
                options: vec![
                    (lang.t(Ar::LlOne).to_string(), "0".into()),
                    (f(Ar::LlPerNode, &[&l.nodes]), "1".into()),
                    (f(Ar::LlAll, &[&l.workers]), "2".into()),
                ],
                truth: Some(Truth::Choice(truth)),
                after: f(
                    Ar::LlAfter,
                    &[
                        &millis(lang, l.first.0),
                        &holders,
                        &l.most,
                        &l.nodes,
                        &millis(lang, flagged),
                    ],
                ),
                measured: Some(l.most.to_string()),
                theory: Some(f(Ar::LlTheory, &[&l.nodes])),
                ..blank(lang, Ar::LlTitle)
            }
        }
        ArticleStep::Fairness => {
            let x = numbers::fair(step.lock()?)?;
            let mean = dec(lang, x.mean, 2);
            let (jain, all) = (dec(lang, x.jain, 3), dec(lang, x.one_takes_all, 3));
            let grants = lang.num(x.grants);
            Facts {
                before: f(Ar::FrBefore, &[&x.n, &millis(lang, x.duration)]),
                ask: Some(f(Ar::FrAsk, &[])),
                options: choices(lang, &[Ar::FrLower, Ar::FrSame, Ar::FrHigher]),
                truth: Some(Truth::Choice(1)),
                after: f(
                    Ar::FrAfter,
                    &[
                        &grants,
                        &x.n,
                        &mean,
                        &lang.num(x.fewest),
                        &lang.num(x.most),
                        &jain,
                        &all,
                    ],
                ),
                measured: Some(f(Ar::FrMeasured, &[&mean, &jain])),
                theory: Some(f(Ar::FrTheory, &[&mean, &all])),
                ..blank(lang, Ar::FrTitle)
            }
        }
    })
}

#[cfg(test)]
#[path = "facts_article_tests.rs"]
mod tests;
