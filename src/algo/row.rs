//! One algorithm's row of the comparison table: keys moved, flows, loads, fairness, memory and
//! lookup cost (a view function the comparison panel calls per algorithm).

use ringlock_core::algo::{AlgoError, AlgoReport};
use yew::prelude::*;

use crate::algo::text::A;
use crate::algo::words::{algo_error_text, bytes};
use crate::i18n::Lang;
use crate::ui::format::{dec, pct};

/// Flows listed per row before "+n more".
const FLOWS_SHOWN: usize = 3;

/// An algorithm's measured lookup time, and the ring's for the ratio.
pub struct Timing {
    /// Nanoseconds per lookup, once measured.
    pub ns: Option<f64>,
    /// The ring's, for the ratio.
    pub ring_ns: Option<f64>,
    /// Whether the measurement has finished.
    pub measured: bool,
}

impl Timing {
    fn view(&self, lang: Lang) -> Html {
        match (self.measured, self.ns) {
            (false, _) => {
                html! { <span class="muted timing pending">{ lang.t(A::Measuring) }</span> }
            }
            (true, None) => html! { <span class="muted timing">{ "—" }</span> },
            (true, Some(ns)) => html! {
                <span class="timing" data-ns={format!("{ns:.1}")}>
                    { lang.f(A::LookupNs, &[&dec(lang, ns, if ns < 100.0 { 1 } else { 0 })]) }
                    if let Some(ring) = self.ring_ns.filter(|r| *r > 0.0) {
                        <span class="sub ratio">{ lang.f(A::TimesRing, &[&dec(lang, ns / ring, 1)]) }</span>
                    }
                </span>
            },
        }
    }
}

/// The asymptotic cost and the expected steps, "1 step" when there is just one.
fn steps_text(lang: Lang, r: &AlgoReport) -> String {
    if r.lookup.steps.round() <= 1.0 {
        lang.f(A::LookupOneStep, &[&r.lookup.big_o])
    } else {
        lang.f(
            A::LookupSteps,
            &[&r.lookup.big_o, &dec(lang, r.lookup.steps, 0)],
        )
    }
}

/// One algorithm's row of the comparison table.
pub fn algo_row(
    lang: Lang,
    name: &str,
    code: &'static str,
    report: &Result<AlgoReport, AlgoError>,
    keys: usize,
    timing: Timing,
) -> Html {
    let r = match report {
        Ok(r) => r,
        Err(e) => {
            return html! {
                <tr data-algo={code} class="failed">
                    <th scope="row">{ name }</th>
                    <td colspan="7" class="algo-error">{ algo_error_text(lang, e) }</td>
                </tr>
            }
        }
    };
    let fraction = r.moved as f64 / keys.max(1) as f64;
    let flows = if r.flows.is_empty() {
        html! { <span class="muted">{ lang.t(A::NothingMoved) }</span> }
    } else {
        html! {
            <ul class="flows">
                { for r.flows.iter().take(FLOWS_SHOWN).map(|f| html! {
                    <li>{ format!("{} → {}: {}", f.from, f.to, lang.num(f.keys)) }</li>
                }) }
                if r.flows.len() > FLOWS_SHOWN {
                    <li class="muted">{ lang.f(A::MoreFlows, &[&(r.flows.len() - FLOWS_SHOWN)]) }</li>
                }
            </ul>
        }
    };
    html! {
        <tr data-algo={code} class={classes!(r.refused.is_some().then_some("refused"))}>
            <th scope="row">
                { name }
                if let Some(why) = &r.refused {
                    <p class="refusal" role="note">{ algo_error_text(lang, why) }</p>
                }
            </th>
            <td class="num moved" data-moved={r.moved.to_string()}>
                { lang.num(r.moved) }
                <span class="sub">{ pct(lang, fraction) }</span>
            </td>
            <td>{ flows }</td>
            <td class="num max-mean" data-max={r.max_load.to_string()}>{ format!("{} / {}", lang.num(r.max_load), dec(lang, r.mean_load, 1)) }</td>
            <td class="num">{ dec(lang, r.jain, 3) }</td>
            <td class="num memory">{ bytes(lang, r.memory_bytes) }</td>
            <td class="num lookup-time">{ timing.view(lang) }</td>
            <td class="lookup">{ steps_text(lang, r) }</td>
        </tr>
    }
}
