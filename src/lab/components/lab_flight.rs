//! Messages in flight: the server (or the Redis masters) and storage above, the workers along the bottom, and each
//! message a dot on its way (`MessageView::progress` at the lab's logical now), so playback
//! animates them and pausing freezes them where they are.

use ringlock_lock::{Endpoint, Model, MsgKind};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::{node_name, state_class, worker_name};
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::redis::K;
use crate::lab::text::L;

/// Most messages drawn (the rest are counted).
const DRAWN: usize = 300;
/// Label messages with their kind while there are at most this many.
const LABELLED: usize = 16;
/// Draw a tick per worker up to this many.
const WORKER_TICKS: usize = 200;
const WIDTH: f64 = 1000.0;
const SERVER: (f64, f64) = (150.0, 58.0);
const STORAGE: (f64, f64) = (850.0, 58.0);
const WORKERS_Y: f64 = 176.0;
/// Redlock's five masters, left to right from this x, this far apart.
const NODES_X: f64 = 70.0;
const NODES_GAP: f64 = 120.0;

fn node_at(model: Model, node: u32) -> (f64, f64) {
    match model {
        Model::Redlock => (NODES_X + f64::from(node) * NODES_GAP, SERVER.1),
        _ => SERVER,
    }
}

fn worker_x(id: u32, count: usize) -> f64 {
    20.0 + (f64::from(id) + 0.5) / count.max(1) as f64 * (WIDTH - 40.0)
}

/// CSS class and name of a message kind.
pub fn kind_words(lang: Lang, kind: MsgKind) -> (&'static str, &'static str) {
    let l = |class, m: L| (class, lang.t(m));
    let k = |class, m: K| (class, lang.t(m));
    match kind {
        MsgKind::Request => l("m-request", L::MsgRequest),
        MsgKind::Grant => l("m-grant", L::MsgGrant),
        MsgKind::Renew => l("m-renew", L::MsgRenew),
        MsgKind::Release => l("m-release", L::MsgRelease),
        MsgKind::Write => l("m-write", L::MsgWrite),
        MsgKind::WriteAck(true) => l("m-ack", L::MsgAck),
        MsgKind::WriteAck(false) => l("m-nack", L::MsgNack),
        MsgKind::Watch => l("m-watch", L::MsgWatch),
        MsgKind::GetChildren => l("m-getchildren", L::MsgGetChildren),
        MsgKind::Children(false) => l("m-children", L::MsgChildren),
        MsgKind::Children(true) => l("m-lowest", L::MsgLowest),
        MsgKind::SetNx { .. } => k("m-request", K::MsgSetNx),
        MsgKind::Vote { yes: true, .. } => k("m-grant", K::MsgVoteYes),
        MsgKind::Vote { yes: false, .. } => k("m-nack", K::MsgVoteNo),
        MsgKind::Unlock { plain: false, .. } => k("m-release", K::MsgUnlock),
        MsgKind::Unlock { plain: true, .. } => k("m-del", K::MsgDel),
    }
}

/// Every kind in the legend, in order (each model shows its own).
const LEGEND: [MsgKind; 16] = [
    MsgKind::Request,
    MsgKind::Grant,
    MsgKind::Renew,
    MsgKind::Release,
    MsgKind::SetNx { node: 0 },
    MsgKind::Vote { node: 0, yes: true },
    MsgKind::Vote {
        node: 0,
        yes: false,
    },
    MsgKind::Unlock {
        node: 0,
        plain: false,
    },
    MsgKind::Unlock {
        node: 0,
        plain: true,
    },
    MsgKind::Write,
    MsgKind::WriteAck(true),
    MsgKind::WriteAck(false),
    MsgKind::Watch,
    MsgKind::GetChildren,
    MsgKind::Children(false),
    MsgKind::Children(true),
];

/// The kinds of message a model sends, in legend order.
pub fn legend_kinds(model: Model) -> impl Iterator<Item = MsgKind> {
    LEGEND.into_iter().filter(move |k| match k {
        MsgKind::Write | MsgKind::WriteAck(_) => true,
        MsgKind::Watch | MsgKind::GetChildren | MsgKind::Children(_) => model.watches(),
        MsgKind::Unlock { plain: true, .. } => model == Model::Redis,
        MsgKind::SetNx { .. } | MsgKind::Vote { .. } | MsgKind::Unlock { .. } => model.redis(),
        _ => model.leased(),
    })
}

/// The network panel.
#[function_component(LabFlight)]
pub fn lab_flight() -> Html {
    let lab = use_lab_paced(Turn::Flight);
    html! { <LabFlightPanel {lab} /> }
}

/// [`LabFlight`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabFlightPanel)]
fn lab_flight_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let l = &lab.lab;
    let sim = l.sim();
    let now = l.now();
    let count = sim.worker_count();
    let model = sim.settings().model;
    let central = model.leased();
    let messages = sim.in_flight();
    let at = |e: Endpoint| match e {
        Endpoint::Server => SERVER,
        Endpoint::Storage => STORAGE,
        Endpoint::Worker(w) => (worker_x(w.0, count), WORKERS_Y),
        Endpoint::Node(n) => node_at(model, n),
    };
    let labelled = messages.len() <= LABELLED;
    let dots = messages.iter().take(DRAWN).map(|m| {
        let (a, b) = (at(m.from), at(m.to));
        let p = m.progress(now);
        let (x, y) = (a.0 + (b.0 - a.0) * p, a.1 + (b.1 - a.1) * p);
        let (class, name) = kind_words(lang, m.kind);
        let who = match (m.from, m.to) {
            (Endpoint::Worker(w), _) | (_, Endpoint::Worker(w)) => worker_name(lang, w),
            _ => String::new(),
        };
        let token = m.token.map(|t| format!(" #{t}")).unwrap_or_default();
        let title = format!("{name}{token} · {who}");
        html! {
            <g class={classes!("msg", class)}>
                <line class="msg-path" x1={format!("{:.1}", a.0)} y1={format!("{:.1}", a.1)}
                    x2={format!("{:.1}", b.0)} y2={format!("{:.1}", b.1)} />
                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="7"><title>{ title }</title></circle>
                if labelled {
                    <text x={format!("{:.1}", x + 10.0)} y={format!("{:.1}", y - 8.0)}>{ format!("{name}{token}") }</text>
                }
            </g>
        }
    });
    let ticks = (count <= WORKER_TICKS).then(|| {
        let w = ((WIDTH - 40.0) / count.max(1) as f64 * 0.8).clamp(1.5, 24.0);
        html! {
            <g class="w-ticks">
                { for sim.workers().map(|v| html! {
                    <rect class={state_class(v.state)} x={format!("{:.1}", worker_x(v.id.0, count) - w / 2.0)}
                        y={WORKERS_Y.to_string()} width={format!("{w:.1}")} height="16" rx="2" />
                }) }
            </g>
        }
    });
    let summary = match messages.len() {
        1 => lang.t(L::InFlightOne).to_string(),
        n => lang.f(L::InFlight, &[&lang.num(n as u64)]),
    };
    html! {
        <section class="panel lab-flight" aria-labelledby="lab-flight-title">
            <div class="panel-head">
                <h2 id="lab-flight-title">{ lang.t(L::Network) }</h2>
                <span class="panel-meta">{ summary.clone() }</span>
            </div>
            <svg class="flight" viewBox="0 0 1000 200" role="img" aria-label={summary}>
                if central {
                    <g class="endpoint">
                        <rect x={(SERVER.0 - 90.0).to_string()} y="14" width="180" height="44" rx="8" />
                        <text x={SERVER.0.to_string()} y="42">
                            { match model {
                                Model::ZooKeeper => lang.t(L::ZkServer),
                                Model::Etcd => lang.t(crate::lab::text::etcd::E::EtcdServer),
                                _ => lang.t(L::LockServer),
                            } }
                        </text>
                    </g>
                }
                { for (0..model.masters() as u32).map(|n| {
                    let (x, y) = node_at(model, n);
                    let width = if model == Model::Redlock { 100.0 } else { 180.0 };
                    html! {
                        <g class="endpoint redis-endpoint">
                            <rect x={(x - width / 2.0).to_string()} y={(y - 44.0).to_string()} width={width.to_string()} height="44" rx="8" />
                            <text x={x.to_string()} y={(y - 16.0).to_string()}>{ node_name(lang, model, n) }</text>
                        </g>
                    }
                }) }
                <g class="endpoint">
                    <rect x={(STORAGE.0 - 90.0).to_string()} y="14" width="180" height="44" rx="8" />
                    <text x={STORAGE.0.to_string()} y="42">{ lang.t(L::Storage) }</text>
                </g>
                <rect class="w-strip" x="20" y={WORKERS_Y.to_string()} width={(WIDTH - 40.0).to_string()} height="16" rx="3" />
                { for ticks }
                { for dots }
            </svg>
            <ul class="msg-legend">
                { for legend_kinds(model)
                    .map(|k| {
                        let (class, name) = kind_words(lang, k);
                        html! { <li><span class={classes!("dot", class)} aria-hidden="true" />{ name }</li> }
                    }) }
            </ul>
        </section>
    }
}
