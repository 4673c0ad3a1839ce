//! The lease server in the middle of the scene (the central server, ZooKeeper, etcd): its
//! holder and lease countdown, the line to the holder, a running lock-delay, and the FIFO
//! queue forming under it. ZooKeeper's lock nodes and etcd's keys are that queue with the
//! owner first; arcs under them say who watches whom — a chain when each waiter watches its
//! predecessor, a fan-out when every waiter watches the children (the herd).

use ringlock_lock::{LockView, Model, WorkerId};
use yew::prelude::*;

use super::{label, rect, Ctx};
use crate::lab::common::{secs_short, worker_name};
use crate::lab::scene_layout::Pt;
use crate::lab::text::etcd::E;
use crate::lab::text::scene::SC;
use crate::lab::text::L;

pub use crate::lab::scene_layout::BOX_H;
/// Radius of the lease countdown.
const LEASE_R: f64 = 17.0;

/// The holder's name, or "free", or "… (crashed)".
pub fn holder_text(c: &Ctx, lock: &LockView) -> String {
    match lock.holder {
        Some(w) if lock.holder_crashed => c.lang.f(SC::HolderCrashed, &[&worker_name(c.lang, w)]),
        Some(w) => worker_name(c.lang, w),
        None => c.lang.t(SC::HolderFree).to_string(),
    }
}

/// The line from a lock to the worker holding it (red and dashed when that worker crashed).
pub fn hold_link(c: &Ctx, at: Pt, lock: &LockView) -> Html {
    let Some(w) = lock.holder else {
        return Html::default();
    };
    let to = c.f.worker(w.0 as usize, c.n);
    html! {
        <line class={classes!("hold-link", lock.holder_crashed.then_some("crashed"))}
            x1={at.sx()} y1={at.sy()} x2={to.sx()} y2={to.sy()} />
    }
}

/// The lease countdown: a ring emptying as the lease runs out, the seconds left inside.
fn countdown(c: &Ctx, at: Pt, lock: &LockView) -> Html {
    let circumference = std::f64::consts::TAU * LEASE_R;
    let fraction = lock.lease_fraction().unwrap_or(0.0);
    let left = lock
        .remaining
        .map_or_else(|| "—".to_string(), |r| secs_short(c.lang, r));
    let low = fraction < 0.25 && lock.holder.is_some();
    html! {
        <g class={classes!("sc-lease", low.then_some("low"))}>
            <title>{ c.lang.f(L::LeaseLeft, &[&left]) }</title>
            <circle class="sc-lease-track" cx={at.sx()} cy={at.sy()} r={LEASE_R.to_string()} />
            if fraction > 0.0 {
                <circle class="sc-lease-arc" cx={at.sx()} cy={at.sy()} r={LEASE_R.to_string()}
                    stroke-dasharray={format!("{:.2} {:.2}", fraction * circumference, circumference)}
                    transform={format!("rotate(-90 {} {})", at.sx(), at.sy())} />
            }
            <text class="sc-lease-text" x={at.sx()} y={format!("{:.1}", at.y + 4.0)}>{ left }</text>
        </g>
    }
}

/// One queue place: a disc with the waiter's number.
pub fn chip(c: &Ctx, at: Pt, w: WorkerId, class: &'static str, place: usize) -> Html {
    html! {
        <g class={classes!("q-chip", class, (w.0 >= 100).then_some("long"))} data-q={w.0.to_string()}>
            <title>{ c.lang.f(L::QueuePlace, &[&worker_name(c.lang, w), &place]) }</title>
            <circle cx={at.sx()} cy={at.sy()} r="10" />
            <text x={at.sx()} y={format!("{:.1}", at.y + 4.0)}>{ w.0 }</text>
        </g>
    }
}

/// The queue under a lock box centred on `at`, `width` wide: `first` (the owner's node, for
/// the watch models) then the waiters in order, the rest counted.
pub fn queue_row(c: &Ctx, at: Pt, width: f64, first: Option<WorkerId>, queue: &[WorkerId]) -> Html {
    let fits = c.f.queue_fits(width);
    let row: Vec<(WorkerId, &'static str)> = first
        .map(|w| (w, "owner"))
        .into_iter()
        .chain(queue.iter().map(|&w| (w, "waiter")))
        .collect();
    let shown = row.len().min(fits);
    let more = row.len() - shown;
    let chips = row[..shown]
        .iter()
        .enumerate()
        .map(|(i, &(w, class))| chip(c, c.f.queue_slot(at, width, i), w, class, i + 1));
    let tail = c.f.queue_slot(at, width, shown);
    html! {
        <g class="sc-queue">
            { for chips }
            if more > 0 {
                <text class="q-more" x={format!("{:.1}", tail.x - 6.0)} y={format!("{:.1}", tail.y + 4.0)}>
                    { c.lang.f(SC::More, &[&c.lang.num(more as u64)]) }
                </text>
            }
        </g>
    }
}

/// Who watches whom, under the queue row: each waiter's arc to the node it watches.
fn watches(c: &Ctx, at: Pt, width: f64, lock: &LockView, herd: bool) -> Html {
    let fits = c.f.queue_fits(width);
    let count = (lock.queue.len() + usize::from(lock.holder.is_some())).min(fits);
    let arcs = (1..count).map(|i| {
        let watched = if herd { 0 } else { i - 1 };
        let (a, b) = (c.f.queue_slot(at, width, i), c.f.queue_slot(at, width, watched));
        let depth = 12.0 + (a.x - b.x).abs() * 0.12;
        html! {
            <path class={classes!("watch-arc", herd.then_some("herd"))}
                d={format!("M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}", a.x, a.y + 10.0, (a.x + b.x) / 2.0, a.y + 10.0 + depth, b.x, b.y + 10.0)} />
        }
    });
    html! { <g class="sc-watches">{ for arcs }</g> }
}

/// The lease server, its holder, its countdown and its queue.
pub fn lease_part(c: &Ctx, lock: &LockView) -> Html {
    let (at, w) = (c.f.server, c.f.server_w);
    let herd = c.sim.settings().watch_all;
    let name = match c.model {
        Model::ZooKeeper => c.lang.t(L::ZkServer),
        Model::Etcd => c.lang.t(E::EtcdServer),
        Model::Central | Model::LocalLock | Model::Redis | Model::Redlock | Model::Sharded => {
            c.lang.t(L::LockServer)
        }
    };
    let token = lock.token.map(|t| format!(" · #{t}")).unwrap_or_default();
    let holder = c
        .lang
        .f(SC::HolderIs, &[&format!("{}{token}", holder_text(c, lock))]);
    let below = c.f.queue_slot(at, w, 0).y + 32.0;
    let caption = match (c.model.watches(), herd) {
        (true, true) => c.lang.t(SC::WatchHerd).to_string(),
        (true, false) => c.lang.t(SC::WatchChain).to_string(),
        (false, _) => c.lang.f(SC::Fifo, &[&c.lang.num(lock.queue.len() as u64)]),
    };
    let row_name = match c.model {
        Model::ZooKeeper => Some(c.lang.t(SC::Znodes)),
        Model::Etcd => Some(c.lang.t(SC::EtcdKeys)),
        Model::Central | Model::LocalLock | Model::Redis | Model::Redlock | Model::Sharded => None,
    };
    let text_x = at.x - LEASE_R - 4.0;
    html! {
        <g class="sc-lease-server" data-part="lease">
            { hold_link(c, at, lock) }
            { rect(classes!("sc-box", lock.holder.is_some().then_some("held"), lock.delay_until.is_some().then_some("delayed")), at.x, at.y, w, BOX_H) }
            { label("sc-title", text_x, at.y - 8.0, name.to_string()) }
            { label(classes!("sc-holder", lock.holder_crashed.then_some("bad")), text_x, at.y + 14.0, holder) }
            if lock.ttl.is_some() || c.model.leased() && c.sim.settings().leases {
                { countdown(c, Pt::new(at.x + w / 2.0 - LEASE_R - 8.0, at.y), lock) }
            }
            if let Some(until) = lock.delay_until {
                { label("sc-delay", at.x, at.y - BOX_H / 2.0 - 6.0, format!("{} → {}", c.lang.t(SC::LockDelay), secs_short(c.lang, until))) }
            }
            { queue_row(c, at, w, if c.model.watches() { lock.holder } else { None }, &lock.queue) }
            if c.model.watches() {
                { watches(c, at, w, lock, herd) }
                if let Some(n) = row_name {
                    { label("sc-caption", at.x, at.y + BOX_H / 2.0 + 12.0, n.to_string()) }
                }
            }
            { label("sc-caption", at.x, below, caption) }
        </g>
    }
}
