//! What just went wrong, marked where it happened, for a moment of logical time: a lease
//! that expired (at the server and at the worker it was taken from), a Redis key that
//! expired on its node, a stale write rejected by fencing or — worse — accepted. And, for as
//! long as it lasts, more than one worker acting as the holder.

use ringlock_lock::{Endpoint, LogKind, Model, Time, WorkerId, WorkerState};
use yew::prelude::*;

use super::storage::HALF_H;
use super::{label, Ctx};
use crate::lab::common::worker_list;
use crate::lab::scene_layout::Pt;
use crate::lab::text::scene::SC;
use crate::lab::text::shard::lock_label;

/// How long a mark stays, in logical milliseconds.
pub const MARK_MS: Time = 1_500;
/// Log entries looked at (the most recent).
const LOOK_BACK: u64 = 200;

fn burst(at: Pt, text: String, class: &'static str) -> Html {
    html! {
        <g class={classes!("sc-mark", class)}>
            <circle cx={at.sx()} cy={at.sy()} r="16" />
            <text x={at.sx()} y={format!("{:.1}", at.y - 20.0)}>{ text }</text>
        </g>
    }
}

/// Mutual exclusion as the workers believe it: the first resource (the one lock, or a lock
/// of the sharded ring) more than one worker acts as the holder of, with those workers.
fn two_holders(c: &Ctx) -> Option<(u32, Vec<WorkerId>)> {
    let mut acting: Vec<(u32, WorkerId)> = c
        .sim
        .workers()
        .filter(|w| matches!(w.state, WorkerState::Holding | WorkerState::Writing))
        .map(|w| (w.resource, w.id))
        .collect();
    acting.sort();
    let lock = acting
        .windows(2)
        .find(|p| p[0].0 == p[1].0)
        .map(|p| p[0].0)?;
    let who = acting.iter().filter(|a| a.0 == lock).map(|a| a.1).collect();
    Some((lock, who))
}

/// The recent marks.
pub fn marks_part(c: &Ctx) -> Html {
    let since = c.now.saturating_sub(MARK_MS);
    let from = c.sim.log_total().saturating_sub(LOOK_BACK);
    let store = Pt::new(
        c.f.storage.x + c.f.server_w / 2.0 - 12.0,
        c.f.storage.y - HALF_H,
    );
    let marks = c
        .sim
        .log_since(from)
        .filter(|e| e.at >= since && e.at <= c.now)
        .filter_map(|e| match e.kind {
            LogKind::Expired { worker, .. } => Some(html! {
                <>
                    { burst(Pt::new(c.f.server.x - c.f.server_w / 2.0, c.f.server.y - 20.0), c.lang.t(SC::Expired).to_string(), "expired") }
                    { burst(c.f.worker(worker.0 as usize, c.n), String::new(), "expired") }
                </>
            }),
            LogKind::KeyExpired { node, .. } => Some(burst(
                c.f.endpoint(c.model, Endpoint::Node(node), c.n),
                c.lang.t(SC::KeyExpired).to_string(),
                "expired",
            )),
            LogKind::WriteRejected { token, .. } => Some(burst(
                store,
                token.map_or_else(String::new, |t| c.lang.f(SC::Rejected, &[&t])),
                "rejected",
            )),
            _ => None,
        });
    let stale = c
        .sim
        .storage_log()
        .filter(|r| r.at >= since && r.at <= c.now)
        .any(|r| r.accepted && matches!((r.token, r.highest_before), (Some(t), Some(h)) if t < h));
    let two = two_holders(c).map(|(lock, acting)| {
        let who = worker_list(c.lang, &acting);
        let text = match c.model {
            Model::Sharded => c
                .lang
                .f(SC::TwoHoldersOf, &[&who, &lock_label(c.lang, lock)]),
            Model::Central
            | Model::LocalLock
            | Model::ZooKeeper
            | Model::Etcd
            | Model::Redis
            | Model::Redlock => c.lang.f(SC::TwoHolders, &[&who]),
        };
        label(
            "sc-alarm two-holders",
            c.f.storage.x,
            c.f.storage.y - HALF_H - 12.0,
            text,
        )
    });
    html! {
        <g class="sc-marks" aria-hidden="true">
            { two.unwrap_or_default() }
            { for marks }
            if stale {
                { label("sc-alarm", c.f.storage.x, c.f.storage.y + HALF_H + 16.0, c.lang.t(SC::StaleAccepted).to_string()) }
            }
        </g>
    }
}
