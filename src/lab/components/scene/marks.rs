//! What just went wrong, marked where it happened, for a moment of logical time: a lease
//! that expired (at the server and at the worker it was taken from), a Redis key that
//! expired on its node, a stale write rejected by fencing or — worse — accepted. And, for as
//! long as it lasts, more than one worker acting as the holder.

use ringlock_lock::{Endpoint, LogKind, Time, WorkerId, WorkerState};
use yew::prelude::*;

use super::storage::HALF_H;
use super::{label, Ctx};
use crate::lab::common::worker_list;
use crate::lab::scene_layout::Pt;
use crate::lab::text::scene::SC;

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
    // Mutual exclusion as the workers believe it: more than one acting as holder.
    let acting: Vec<WorkerId> = c
        .sim
        .workers()
        .filter(|w| matches!(w.state, WorkerState::Holding | WorkerState::Writing))
        .map(|w| w.id)
        .collect();
    html! {
        <g class="sc-marks" aria-hidden="true">
            if acting.len() > 1 {
                { label("sc-alarm two-holders", c.f.storage.x, c.f.storage.y - HALF_H - 12.0, c.lang.f(SC::TwoHolders, &[&worker_list(c.lang, &acting)])) }
            }
            { for marks }
            if stale {
                { label("sc-alarm", c.f.storage.x, c.f.storage.y + HALF_H + 16.0, c.lang.t(SC::StaleAccepted).to_string()) }
            }
        </g>
    }
}
