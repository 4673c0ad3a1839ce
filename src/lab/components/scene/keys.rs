//! The Redis models in the middle of the scene. One master with its replica and the
//! asynchronous replication between them (after a failover: the promoted replica, and the
//! old master dead beside it); or Redlock's five independent masters, each with the key it
//! holds by its own clock, and the majority a client needs.

use ringlock_lock::{Model, NodeView, RedisView, WorkerId};
use yew::prelude::*;

use super::lease::BOX_H;
use super::{label, rect, Ctx};
use crate::lab::common::{millis, node_name, secs_short, worker_name};
use crate::lab::scene_layout::Pt;
use crate::lab::text::redis::K;
use crate::lab::text::scene::SC;

/// Below this box width a node shows only its letter, holder and time left.
const ROOMY: f64 = 150.0;

fn node_box(c: &Ctx, at: Pt, w: f64, title: String, n: &NodeView, majority: bool) -> Html {
    let holder = match n.holder {
        Some(h) if w >= ROOMY => worker_name(c.lang, h),
        Some(h) => format!("#{}", h.0),
        None => c.lang.t(K::NoKey).to_string(),
    };
    let left = n
        .remaining
        .map(|r| secs_short(c.lang, r))
        .unwrap_or_default();
    let link = n.holder.map(|h| {
        let to = c.f.worker(h.0 as usize, c.n);
        html! { <line class="hold-link key" x1={at.sx()} y1={at.sy()} x2={to.sx()} y2={to.sy()} /> }
    });
    let fault = if n.down_until.is_some() {
        Some(c.lang.t(SC::Down).to_string())
    } else if n.offset != 0 {
        Some(
            c.lang
                .f(K::ClockAhead, &[&millis(c.lang, n.offset.unsigned_abs())]),
        )
    } else {
        None
    };
    html! {
        <g class="sc-node" data-node={n.node.to_string()}>
            { for link }
            { rect(classes!("sc-box", n.holder.is_some().then_some("held"), majority.then_some("majority"), n.down_until.is_some().then_some("down")), at.x, at.y, w, BOX_H) }
            { label("sc-title", at.x, at.y - 12.0, title) }
            { label("sc-holder", at.x, at.y + 6.0, holder) }
            { label("sc-small", at.x, at.y + 22.0, left) }
            if let Some(fault) = fault {
                { label("sc-alarm", at.x, at.y - BOX_H / 2.0 - 6.0, fault) }
            }
        </g>
    }
}

fn redis_single(c: &Ctx, r: &RedisView) -> Html {
    let w = c.f.node_w(2);
    let (master, replica) = (c.f.master(0, 1), c.f.replica());
    let lag = millis(c.lang, c.sim.settings().repl_lag);
    let Some(m) = r.nodes.first() else {
        return Html::default();
    };
    let title = if r.failed_over {
        c.lang.t(SC::Promoted).to_string()
    } else {
        c.lang.t(K::Master).to_string()
    };
    let (a, b) = (master.x + w / 2.0, replica.x - w / 2.0);
    html! {
        <g data-part="redis">
            { node_box(c, master, w, title, m, false) }
            if let Some(copy) = &r.replica {
                { node_box(c, replica, w, c.lang.f(K::Replica, &[&lag]), copy, false) }
                <line class="repl-link" x1={format!("{a:.1}")} y1={master.sy()} x2={format!("{b:.1}")} y2={replica.sy()} />
                { label("sc-small", (a + b) / 2.0, master.y - 8.0, "→".to_string()) }
                { label("sc-caption", replica.x - (replica.x - master.x) / 2.0, master.y + BOX_H / 2.0 + 16.0, c.lang.t(SC::Replication).to_string()) }
            } else {
                { rect("sc-box dead", replica.x, replica.y, w, BOX_H) }
                { label("sc-title", replica.x, replica.y + 4.0, c.lang.t(SC::OldMaster).to_string()) }
            }
        </g>
    }
}

fn redlock(c: &Ctx, r: &RedisView) -> Html {
    let count = r.nodes.len();
    let w = c.f.node_w(count);
    let need = count / 2 + 1;
    let mut keys: Vec<(WorkerId, usize)> = Vec::new();
    for h in r.nodes.iter().filter_map(|n| n.holder) {
        match keys.iter_mut().find(|(w, _)| *w == h) {
            Some((_, k)) => *k += 1,
            None => keys.push((h, 1)),
        }
    }
    let best = keys
        .iter()
        .copied()
        .max_by_key(|&(w, k)| (k, std::cmp::Reverse(w)));
    let winner = best.filter(|&(_, k)| k >= need).map(|(w, _)| w);
    let boxes = r.nodes.iter().map(|n| {
        let at = c.f.master(n.node, count);
        let title = node_name(c.lang, Model::Redlock, n.node);
        node_box(c, at, w, title, n, winner.is_some() && n.holder == winner)
    });
    let below = c.f.server.y + BOX_H / 2.0 + 18.0;
    let verdict = match (winner, best) {
        (Some(h), Some((_, k))) => c
            .lang
            .f(SC::MajorityHeld, &[&worker_name(c.lang, h), &k, &count]),
        _ => c.lang.f(SC::Majority, &[&need, &count]),
    };
    html! {
        <g data-part="redlock">
            { for boxes }
            { label(classes!("sc-caption", winner.is_some().then_some("good")), c.f.server.x, below, verdict) }
        </g>
    }
}

/// The Redis masters of either model; nothing for the others.
pub fn keys_part(c: &Ctx) -> Html {
    let Some(r) = c.sim.redis() else {
        return Html::default();
    };
    match c.model {
        Model::Redlock => redlock(c, &r),
        Model::Redis => redis_single(c, &r),
        Model::Central | Model::LocalLock | Model::ZooKeeper | Model::Etcd | Model::Sharded => {
            Html::default()
        }
    }
}
