//! The numbers: grants per worker (xᵢ) as a bar chart with their mean L = (1/N)·Σxᵢ, Jain's
//! index, wait percentiles, throughput and utilisation; for ZooKeeper, wake-ups per handoff
//! and messages per grant; with lock-delay, the time it held the lock back; for Redis, votes
//! won and lost, retries and other workers' keys deleted.

use ringlock_lock::Model;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::millis;
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::redis::K;
use crate::lab::text::L;

/// The metrics panel.
#[function_component(LabMetrics)]
pub fn lab_metrics() -> Html {
    let lab = use_lab_paced(Turn::Metrics);
    html! { <LabMetricsPanel {lab} /> }
}

/// [`LabMetrics`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabMetricsPanel)]
fn lab_metrics_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let (m, settings) = {
        let l = &lab.lab;
        (l.sim().metrics(), *l.sim().settings())
    };
    let zk = settings.model.watches();
    let redis = settings.model.redis();
    let single_master = settings.model == Model::Redis;
    let delay = settings.model == Model::Central && (settings.lock_delay > 0 || m.delayed > 0);
    let dash = || "—".to_string();
    let n = m.grants_per_worker.len();
    let max = m
        .grants_per_worker
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let bars = m.grants_per_worker.iter().enumerate().map(|(i, &x)| {
        let h = x as f64 / max * 100.0;
        html! { <rect x={i.to_string()} y={format!("{:.2}", 100.0 - h)} width="0.86" height={format!("{h:.2}")} /> }
    });
    let mean_line = m.mean_grants.map(|mean| {
        let y = 100.0 - mean / max * 100.0;
        html! { <line class="mean" x1="0" x2={n.to_string()} y1={format!("{y:.2}")} y2={format!("{y:.2}")} vector-effect="non-scaling-stroke" /> }
    });
    let stat_as = |key: &'static str, label: L, value: String, hint: L| {
        html! {
            <div title={lang.t(hint)} data-metric={(!key.is_empty()).then_some(key)}><dt>{ lang.t(label) }</dt><dd>{ value }</dd></div>
        }
    };
    let stat = |label: L, value: String, hint: L| stat_as("", label, value, hint);
    let summary = lang.f(
        L::ChartSummary,
        &[
            &lang.num(n as u64),
            &m.mean_grants.map_or_else(dash, |v| format!("{v:.2}")),
            &lang.num(max as u64),
        ],
    );
    html! {
        <section class="panel lab-metrics" aria-labelledby="lab-metrics-title">
            <h2 id="lab-metrics-title">{ lang.t(L::Metrics) }</h2>
            <dl class="metric-grid">
                { stat(L::MeanGrants, m.mean_grants.map_or_else(dash, |v| format!("{v:.2}")), L::MeanGrantsHint) }
                { stat(L::Jain, m.jain.map_or_else(dash, |v| format!("{v:.3}")), L::JainHint) }
                { stat(L::WaitP50, m.wait_p50.map_or_else(dash, |v| millis(lang, v)), L::WaitHint) }
                { stat(L::WaitP99, m.wait_p99.map_or_else(dash, |v| millis(lang, v)), L::WaitHint) }
                { stat(L::Throughput, m.throughput.map_or_else(dash, |v| lang.f(L::PerSecond, &[&format!("{v:.2}")])), L::ThroughputHint) }
                { stat(L::Utilisation, m.utilisation.map_or_else(dash, |v| format!("{:.1}%", v * 100.0)), L::UtilisationHint) }
                { stat(L::GrantsTotal, lang.num(m.grants), L::GrantsTotalHint) }
                { stat(L::WaitMax, millis(lang, m.wait_max), L::WaitHint) }
                if zk {
                    { stat_as("wakeups", L::WakeupsPerGrant, m.wakeups_per_handoff.map_or_else(dash, |v| format!("{v:.2}")), L::WakeupsHint) }
                    { stat_as("messages", L::MessagesPerGrant, m.messages_per_grant.map_or_else(dash, |v| format!("{v:.2}")), L::MessagesHint) }
                }
                if redis {
                    <div title={lang.t(K::VotesHint)} data-metric="votes"><dt>{ lang.t(if single_master { K::SetsWonLost } else { K::VotesWonLost }) }</dt>
                        <dd>{ format!("{} / {}", lang.num(m.votes_won), lang.num(m.votes_lost)) }</dd></div>
                    <div title={lang.t(K::RetriesHint)} data-metric="retries"><dt>{ lang.t(K::Retries) }</dt>
                        <dd>{ lang.num(m.retries) }</dd></div>
                    <div title={lang.t(K::ForeignDeletesHint)} data-metric="foreign-deletes"><dt>{ lang.t(K::ForeignDeletes) }</dt>
                        <dd>{ lang.num(m.foreign_deletes) }</dd></div>
                }
                if delay {
                    { stat_as("delayed", L::Delayed, millis(lang, m.delayed), L::DelayedHint) }
                }
            </dl>
            <figure class="grants-chart">
                <figcaption class="row-label">{ lang.t(L::GrantsPerWorker) }</figcaption>
                if n > 0 {
                    <svg viewBox={format!("0 0 {} 100", n.max(1))} preserveAspectRatio="none" role="img" aria-label={summary}>
                        <g class="bars">{ for bars }</g>
                        { for mean_line }
                    </svg>
                }
                <p class="hint">{ lang.t(L::ChartLegend) }</p>
            </figure>
        </section>
    }
}
