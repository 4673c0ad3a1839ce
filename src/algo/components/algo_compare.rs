//! The comparison: the Ring tab's nodes and keys, a topology change picked here, and one row
//! per algorithm with what moved, where to, and how even the result is. The placements run
//! only when the nodes, the keys or the change do (a language switch reuses them).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::algo::comparison::{use_comparison, Progress};
use crate::algo::components::algo_chart::AlgoChart;
use crate::algo::components::algo_maglev::AlgoMaglev;
use crate::algo::components::algo_pair::AlgoPair;
use crate::algo::data::{
    parse_eps, CompareInput, TopologyChange, EPS_RANGE, MAGLEV_DRAWN, MAGLEV_SIZES,
    MAX_COMPARE_KEYS,
};
use crate::algo::lookup_times::use_lookup_times;
use crate::algo::row::{algo_row, Timing};
use crate::algo::state::use_algo;
use crate::algo::state::{AlgoAction, ChangeKind as Kind};
use crate::algo::text::A;
use crate::algo::words::algo_name;
use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::ring::state::use_ring;
use crate::ui::format::dec;

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Props of [`AlgoCompare`].
#[derive(Properties, PartialEq)]
pub struct AlgoCompareProps {
    /// Hosted by the course, on the step's own ring (not the Ring tab's).
    #[prop_or_default]
    pub course: bool,
}

/// The comparison panel.
#[function_component(AlgoCompare)]
pub fn algo_compare(props: &AlgoCompareProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let algo = use_algo();
    let params = algo.params;
    let eps_text = use_state(|| dec(Lang::En, params.eps, 2));
    {
        // A link loaded while the tab is open brings its own ε: show it.
        let eps_text = eps_text.clone();
        use_effect_with(params.eps.to_bits(), move |_| {
            if parse_eps(&eps_text) != Some(params.eps) {
                eps_text.set(dec(Lang::En, params.eps, 2));
            }
        });
    }

    let input = {
        let ring = app.ring.clone();
        use_memo(app.version, move |_| {
            Rc::new(CompareInput::from_ring(&ring))
        })
    };
    let input: Rc<CompareInput> = (*input).clone();
    let live: Vec<String> = input
        .nodes
        .iter()
        .filter(|n| n.alive)
        .map(|n| n.name.clone())
        .collect();
    let can_shrink = live.len() >= 2;
    let kind_now = if can_shrink { algo.change } else { Kind::Add };
    let target = algo
        .victim
        .as_ref()
        .filter(|v| live.contains(v))
        .or_else(|| live.first())
        .cloned()
        .unwrap_or_default();
    let change = match kind_now {
        Kind::Add => TopologyChange::AddNode,
        Kind::Kill => TopologyChange::Kill(target.clone()),
        Kind::RemoveLast => TopologyChange::RemoveLast,
    };
    let progress = use_comparison(input.clone(), change.clone(), params, !live.is_empty());
    let comparison = progress.shown().cloned();
    let ready = match &progress {
        Progress::Ready(c) => Some(c.clone()),
        _ => None,
    };
    let times = use_lookup_times(ready, input.clone());
    let ring_ns = times.first().copied().flatten();
    let working = match &progress {
        Progress::Working { done, total, .. } => Some((*done, *total)),
        _ => None,
    };

    let on_kind = {
        let algo = algo.clone();
        Callback::from(move |e: Event| {
            if let Some(kind) = Kind::from_code(&select_value(&e)) {
                algo.dispatch(AlgoAction::SetChange(kind));
            }
        })
    };
    let on_victim = {
        let algo = algo.clone();
        Callback::from(move |e: Event| algo.dispatch(AlgoAction::SetVictim(select_value(&e))))
    };

    let on_eps = {
        let (algo, eps_text) = (algo.clone(), eps_text.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if let Some(eps) = parse_eps(&value) {
                algo.dispatch(AlgoAction::SetEps(eps));
            }
            eps_text.set(value);
        })
    };
    let on_m = {
        let algo = algo.clone();
        Callback::from(move |e: Event| {
            if let Ok(m) = select_value(&e).parse::<u64>() {
                algo.dispatch(AlgoAction::SetMaglevM(m));
            }
        })
    };
    let eps_valid = parse_eps(&eps_text).is_some();

    let note = match &change {
        TopologyChange::AddNode => lang.f(A::ChangeAddNote, &[&input.new_node_name()]),
        TopologyChange::RemoveLast => lang.f(
            A::ChangeRemoveNote,
            &[&input
                .nodes
                .last()
                .map(|n| n.name.clone())
                .unwrap_or_default()],
        ),
        TopologyChange::Kill(_) => lang.t(A::ChangeKillNote).to_string(),
    };
    let keys = input.keys.len();
    let status = working.map(|(done, total)| {
        html! {
            <p class="algo-working" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true" />
                { lang.f(A::Working, &[&done, &total, &lang.num(keys as u64)]) }
                <progress max={total.to_string()} value={done.to_string()} />
            </p>
        }
    });
    let body = match comparison.as_ref() {
        None if working.is_some() => html! {},
        None => html! { <p class="algo-empty">{ lang.t(A::NoNodes) }</p> },
        Some(comparison) => html! {
            <div class={classes!("algo-results", working.is_some().then_some("stale"))}
                aria-busy={working.is_some().then_some("true")}>
                // While a link's keys are still being placed, the build's status says so.
                if keys == 0 && app.build.is_none() {
                    <p class="algo-empty">{ lang.t(A::NoKeys) }</p>
                }
                // Scrolls sideways on a phone: focusable, so the keyboard can scroll it.
                <div class="algo-table-wrap" tabindex="0" role="region" aria-label={lang.t(A::TableCaption)}>
                    <table class="algo-table">
                        <caption>{ lang.t(A::TableCaption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(A::ColAlgo) }</th>
                                <th scope="col" class="num">{ lang.t(A::ColMoved) }</th>
                                <th scope="col">{ lang.t(A::ColFlows) }</th>
                                <th scope="col" class="num">{ lang.t(A::ColMaxMean) }</th>
                                <th scope="col" class="num" title={lang.t(A::ColJainTitle)}>{ lang.t(A::ColJain) }</th>
                                <th scope="col" class="num memory">{ lang.t(A::ColMemory) }</th>
                                <th scope="col" class="num lookup-time" title={lang.t(A::ColTimeTitle)}>{ lang.t(A::ColTime) }</th>
                                <th scope="col" class="lookup">{ lang.t(A::ColLookup) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for comparison.reports.iter().enumerate().map(|(i, (algo, report))| {
                                let timing = Timing { ns: times.get(i).copied().flatten(), ring_ns, measured: i < times.len() };
                                algo_row(lang, &algo_name(lang, algo), algo.code(), report, keys, timing)
                            }) }
                        </tbody>
                    </table>
                </div>
                <AlgoChart comparison={comparison.clone()} keys={keys} ideal={input.ideal_fraction(&change)} lang={lang} />
                <AlgoMaglev input={input.clone()} change={change.clone()} m={params.maglev_m} lang={lang} />
            </div>
        },
    };

    html! {
        <>
        <section class="panel algo-compare" aria-labelledby="algo-compare-title">
            <h2 id="algo-compare-title">{ lang.t(A::CompareTitle) }</h2>
            <p class="hint">{ lang.t(if props.course { A::CompareIntroCourse } else { A::CompareIntro }) }</p>
            <div class="algo-controls">
                <label>
                    <span class="row-label">{ lang.t(A::ChangeLabel) }</span>
                    <select class="algo-change" onchange={on_kind}>
                        { for [(Kind::Add, A::ChangeAdd), (Kind::Kill, A::ChangeKill), (Kind::RemoveLast, A::ChangeRemoveLast)]
                            .into_iter().map(|(k, label)| html! {
                                <option value={k.code()} selected={k == kind_now}
                                    disabled={k != Kind::Add && !can_shrink}>{ lang.t(label) }</option>
                            }) }
                    </select>
                </label>
                if kind_now == Kind::Kill {
                    <label>
                        <span class="row-label">{ lang.t(A::KillWhich) }</span>
                        <select class="algo-victim" onchange={on_victim}>
                            { for live.iter().map(|name| html! {
                                <option value={name.clone()} selected={*name == target}>{ name.clone() }</option>
                            }) }
                        </select>
                    </label>
                }
                <label>
                    <span class="row-label">{ lang.t(A::EpsLabel) }</span>
                    <input class="algo-eps" type="number" step="0.05"
                        min={EPS_RANGE.start().to_string()} max={EPS_RANGE.end().to_string()}
                        value={(*eps_text).clone()} oninput={on_eps}
                        aria-invalid={(!eps_valid).then_some("true")}
                        aria-describedby="algo-eps-error" />
                </label>
                <label>
                    <span class="row-label">{ lang.t(A::MaglevLabel) }</span>
                    <select class="algo-maglev-m" onchange={on_m}>
                        { for MAGLEV_SIZES.iter().map(|&m| html! {
                            <option value={m.to_string()} selected={m == params.maglev_m}>
                                { lang.num(m) }
                                if m <= MAGLEV_DRAWN { { " " }{ lang.t(A::MaglevDrawn) } }
                            </option>
                        }) }
                    </select>
                </label>
                <p class="algo-note">
                    { note }
                    if !can_shrink && !live.is_empty() {
                        { " " }{ lang.t(A::NeedTwo) }
                    }
                </p>
            </div>
            <p id="algo-eps-error" class="field-error algo-eps-error" role="status">
                if !eps_valid {
                    { lang.f(A::EpsInvalid, &[&dec(lang, params.eps, 2)]) }
                }
            </p>
            <p class="panel-meta algo-keys">
                { lang.f(A::KeysUsed, &[&lang.num(keys as u64), &live.len()]) }
            </p>
            if input.total_keys > MAX_COMPARE_KEYS {
                <p class="algo-capped" role="status">
                    { lang.f(A::KeysCapped, &[&lang.num(input.total_keys as u64), &lang.num(MAX_COMPARE_KEYS as u64)]) }
                </p>
            }
            { for status }
            { body }
        </section>
        if let Some(comparison) = comparison.as_ref() {
            <AlgoPair input={input.clone()} change={change.clone()} params={params}
                comparison={comparison.clone()} lang={lang} />
        }
        </>
    }
}
