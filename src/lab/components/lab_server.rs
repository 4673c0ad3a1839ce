//! The lock: the central server (holder, fencing token, lease countdown, FIFO queue, a running
//! lock-delay), ZooKeeper (the same, the queue being the lock nodes after the lowest) or, in
//! the local-lock model, one in-process lock per node; the Redis models draw their masters
//! instead (`lab_redis.rs`). Queue chips are keyed by worker and
//! placed by a transform, so on each grant they slide forward (a CSS transition).

use ringlock_lock::{LockView, Model, TokenScope};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::{millis, secs, secs_short, worker_name};
use crate::lab::components::redis_nodes::RedisNodes;
use crate::lab::components::shard_ring::ShardRing;
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::shard::{lock_label, token_label, S};
use crate::lab::text::L;

/// Queue chips drawn; the rest are counted.
const CHIPS_SHOWN: usize = 40;
/// Radius of the lease ring, in its 64-unit viewBox.
const RING_R: f64 = 26.0;

fn lease_ring(lang: Lang, lock: &LockView) -> Html {
    let circumference = 2.0 * std::f64::consts::PI * RING_R;
    let (fraction, label) = match (lock.lease_fraction(), lock.remaining) {
        (Some(f), Some(r)) => (f, secs_short(lang, r)),
        _ => (0.0, "—".to_string()),
    };
    let low = fraction < 0.25 && lock.holder.is_some();
    html! {
        <div class={classes!("lease", low.then_some("low"))}
            title={lang.t(L::LeaseHint)}>
            <svg viewBox="0 0 64 64" role="img"
                aria-label={lang.f(L::LeaseLeft, &[&label])}>
                <circle class="lease-track" cx="32" cy="32" r={RING_R.to_string()} />
                if fraction > 0.0 {
                    <circle class="lease-arc" cx="32" cy="32" r={RING_R.to_string()}
                        stroke-dasharray={format!("{:.2} {:.2}", fraction * circumference, circumference)}
                        transform="rotate(-90 32 32)" />
                }
            </svg>
            <span class="lease-text">{ label }</span>
        </div>
    }
}

fn queue(lang: Lang, lock: &LockView, model: Model) -> Html {
    let more = lock.queue.len().saturating_sub(CHIPS_SHOWN);
    let chips = lock
        .queue
        .iter()
        .take(CHIPS_SHOWN)
        .enumerate()
        .map(|(i, w)| {
            html! {
                <li key={w.0} class="chip" ~style={format!("transform: translateX({}px)", i * 40)}
                    title={lang.f(L::QueuePlace, &[&worker_name(lang, *w), &(i + 1)])}>
                    { w.0 }
                </li>
            }
        });
    html! {
        <div class="lab-queue">
            <span class="row-label">
                { match model {
                    Model::Etcd => lang.f(E::EtcdQueue, &[&lang.num(lock.queue.len() as u64)]),
                    _ => lang.f(queue_label(model), &[&lang.num(lock.queue.len() as u64)]),
                } }
            </span>
            <div class="queue-track">
                <ol class="queue-chips" aria-label={lang.t(L::Queue)}>{ for chips }</ol>
                if more > 0 {
                    <span class="queue-more">{ lang.f(L::QueueMore, &[&lang.num(more as u64)]) }</span>
                }
                if lock.queue.is_empty() {
                    <span class="queue-empty">{ lang.t(L::QueueEmpty) }</span>
                }
            </div>
        </div>
    }
}

/// The queue's label. (Redis keeps no queue: its clients retry, and no lock box is drawn.)
fn queue_label(model: Model) -> L {
    match model {
        Model::LocalLock => L::QueueRandom,
        Model::ZooKeeper => L::ZkQueue,
        Model::Central | Model::Etcd | Model::Redis | Model::Redlock | Model::Sharded => {
            L::QueueFifo
        }
    }
}

fn lock_box(lang: Lang, lock: &LockView, model: Model) -> Html {
    let title = match model {
        Model::Sharded => Some(lock_label(lang, lock.lock)),
        Model::Central
        | Model::LocalLock
        | Model::ZooKeeper
        | Model::Etcd
        | Model::Redis
        | Model::Redlock => lock.node.map(|n| lang.f(L::NodeLock, &[&n])),
    };
    let holder = match lock.holder {
        Some(w) if lock.holder_crashed => html! {
            <span class="holder crashed">{ worker_name(lang, w) }{ " · " }{ lang.t(L::HolderCrashed) }</span>
        },
        Some(w) => html! { <span class="holder">{ worker_name(lang, w) }</span> },
        None => html! { <span class="holder free">{ lang.t(L::LockFree) }</span> },
    };
    let delay = lock.delay_until.map(|until| {
        html! {
            <div title={lang.t(L::LockDelayHint)}>
                <dt>{ lang.t(L::FieldLockDelay) }</dt>
                <dd class="lock-delay">{ lang.f(L::LockDelayUntil, &[&secs(lang, until)]) }</dd>
            </div>
        }
    });
    let token = match lock.token {
        Some(t) => {
            let hint = if model == Model::Etcd {
                lang.t(E::RevisionHint)
            } else {
                lang.t(L::TokenHint)
            };
            let scope = if t >> 32 == 0 {
                TokenScope::Node
            } else {
                TokenScope::Epoch
            };
            html! { <span class="token" title={hint}>{ token_label(scope, t) }</span> }
        }
        None => html! { <span class="token none">{ "—" }</span> },
    };
    html! {
        <div class={classes!("lock-box", lock.holder.is_some().then_some("held"), lock.delay_until.is_some().then_some("delayed"))}>
            if model.leased() {
                { lease_ring(lang, lock) }
            }
            <div class="lock-head">
                if let Some(title) = title { <h3>{ title }</h3> }
                <dl class="lock-facts">
                    <div><dt>{ lang.t(L::Holder) }</dt><dd>{ holder }</dd></div>
                    if model.leased() {
                        <div><dt>{ if model == Model::Etcd { lang.t(E::Revision) } else { lang.t(L::Token) } }</dt><dd>{ token }</dd></div>
                    }
                    { for delay }
                    if let Some(ttl) = lock.ttl {
                        <div><dt>{ lang.t(L::FieldTtl) }</dt><dd>{ millis(lang, ttl) }</dd></div>
                    }
                </dl>
            </div>
            { queue(lang, lock, model) }
        </div>
    }
}

/// The lock panel.
#[function_component(LabServer)]
pub fn lab_server() -> Html {
    let lab = use_lab_paced(Turn::Server);
    html! { <LabServerPanel {lab} /> }
}

/// [`LabServer`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabServerPanel)]
fn lab_server_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let l = &lab.lab;
    let sim = l.sim();
    let model = sim.settings().model;
    let locks = sim.locks();
    let last = sim.last_token();
    html! {
        <section class="panel lab-server" aria-labelledby="lab-server-title">
            <div class="panel-head">
                <h2 id="lab-server-title">
                    { match model {
                        Model::Central => lang.t(L::LockServer),
                        Model::LocalLock => lang.t(L::LocalLocks),
                        Model::ZooKeeper => lang.t(L::ZkServer),
                        Model::Etcd => lang.t(E::EtcdServer),
                        Model::Redis => lang.t(K::RedisServer),
                        Model::Redlock => lang.t(K::RedlockServer),
                        Model::Sharded => lang.t(S::Servers),
                    } }
                </h2>
                if let (Some(rev), Some(t)) = (sim.etcd_revision(), last) {
                    <span class="panel-meta etcd-revision" title={lang.t(E::RevisionHint)}>{ lang.f(E::StoreRevision, &[&rev, &t]) }</span>
                } else if let Some(t) = last {
                    <span class="panel-meta">{ lang.f(L::LastToken, &[&t]) }</span>
                }
            </div>
            if model.redis() {
                <RedisNodes />
            } else {
                <ShardRing />
                <div class="lock-boxes">
                    { for locks.iter().map(|lock| lock_box(lang, lock, model)) }
                </div>
            }
        </section>
    }
}
