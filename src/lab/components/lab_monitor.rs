//! The safety monitor as a banner: green while every invariant holds, red with what broke —
//! which invariant, when, which workers — as soon as one does; under the Redis models, what
//! the invariants mean there.

use ringlock_lock::Invariant;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{secs, worker_list};
use crate::lab::state::use_lab;
use crate::lab::text::L;

/// Name and explanation of an invariant.
pub fn invariant_words(i: Invariant) -> (L, L) {
    match i {
        Invariant::LeaseExclusion => (L::InvLease, L::InvLeaseText),
        Invariant::HolderExclusion => (L::InvHolder, L::InvHolderText),
        Invariant::ResourceOrder => (L::InvResource, L::InvResourceText),
        Invariant::Fifo => (L::InvFifo, L::InvFifoText),
        Invariant::Starvation => (L::InvStarvation, L::InvStarvationText),
        Invariant::Deadlock => (L::InvDeadlock, L::InvDeadlockText),
    }
}

/// The banner.
#[function_component(LabMonitor)]
pub fn lab_monitor() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let l = &lab.lab;
    let monitor = l.sim().monitor();
    let counts = monitor.counts();
    let total: u64 = counts.iter().sum();
    let chips = Invariant::ALL.iter().map(|&i| {
        let n = counts[i.index()];
        let (name, text) = invariant_words(i);
        html! {
            <li class={if n > 0 { "broken" } else { "holds" }} title={lang.t(text)}>
                <span aria-hidden="true">{ if n > 0 { "✗ " } else { "✓ " } }</span>
                { lang.t(name) }
                if n > 0 { { format!(" ×{}", lang.num(n)) } }
            </li>
        }
    });
    let broken = Invariant::ALL
        .iter()
        .filter(|i| counts[i.index()] > 0)
        .map(|&i| {
            let (name, text) = invariant_words(i);
            let last = monitor.violations().filter(|v| v.invariant == i).last();
            let when = last.map(|v| {
                lang.f(
                    L::ViolationAt,
                    &[&secs(lang, v.at), &worker_list(lang, &v.workers)],
                )
            });
            html! {
                <li data-invariant={i.id()}>
                    <b>{ lang.t(name) }</b>{ lang.t(L::Colon) }{ when.unwrap_or_default() }
                    <p>{ lang.t(text) }</p>
                </li>
            }
        });
    let safe = total == 0;
    let redis = l.sim().settings().model.redis();
    html! {
        <section class={classes!("lab-monitor", if safe { "safe" } else { "unsafe" })}
            role="status" aria-live="polite" aria-atomic="false">
            <div class="monitor-head">
                <strong>
                    { if safe {
                        lang.f(L::SafeSoFar, &[&secs(lang, l.now())])
                    } else {
                        lang.f(if total == 1 { L::OneViolation } else { L::Violations }, &[&lang.num(total)])
                    } }
                </strong>
                <ul class="inv-chips" aria-label={lang.t(L::Invariants)}>{ for chips }</ul>
            </div>
            if !safe {
                <ul class="violations">{ for broken }</ul>
            }
            if redis {
                <p class="hint">{ lang.t(crate::lab::text::redis::K::MonitorHint) }</p>
            }
        </section>
    }
}
