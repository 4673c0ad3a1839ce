//! Storage under the servers: the highest token it has accepted and its last writes, each a
//! token (or, without tokens, the writer's number) ticked, struck out when fencing rejected
//! it, or flagged when a stale token got through.

use ringlock_lock::{Model, TokenScope};
use yew::prelude::*;

use super::lease::BOX_H;
use super::{label, rect, Ctx};
use crate::lab::text::scene::SC;
use crate::lab::text::shard::any_token_label;

/// Width of one write's chip.
const CHIP_W: f64 = 44.0;

/// The storage box.
pub fn storage_part(c: &Ctx) -> Html {
    let at = c.f.storage;
    let w = c.f.server_w;
    let all: Vec<_> = c.sim.storage_log().collect();
    // Each lock of the sharded ring guards its own resource: no single highest token. Its epoch
    // tokens (`#e1·33`) need wider chips.
    let sharded = c.model == Model::Sharded;
    let epoch = sharded && c.sim.settings().token_scope == TokenScope::Epoch;
    let chip_w = if epoch { CHIP_W * 1.5 } else { CHIP_W };
    let room = ((w - 16.0) / chip_w).floor().max(1.0) as usize;
    let last = &all[all.len().saturating_sub(room)..];
    let title = match c.sim.storage_highest() {
        _ if sharded => c.lang.t(SC::StoragePerLock).to_string(),
        Some(h) => format!(
            "{} · {}",
            c.lang.t(SC::Storage),
            c.lang
                .f(SC::Highest, &[&any_token_label(h).trim_start_matches('#')])
        ),
        None => c.lang.t(SC::Storage).to_string(),
    };
    let left = at.x - (last.len() as f64 * chip_w) / 2.0 + chip_w / 2.0;
    let chips = last.iter().enumerate().map(|(i, r)| {
        let stale =
            r.accepted && matches!((r.token, r.highest_before), (Some(t), Some(h)) if t < h);
        let class = match (r.accepted, stale) {
            (false, _) => "rejected",
            (true, true) => "stale",
            (true, false) => "accepted",
        };
        let text = match r.token {
            Some(t) => any_token_label(t),
            None => format!("w{}", r.worker.0),
        };
        let x = left + i as f64 * chip_w;
        html! {
            <g class={classes!("w-chip", class)}>
                <rect x={format!("{:.1}", x - chip_w / 2.0 + 2.0)} y={format!("{:.1}", at.y + 2.0)}
                    width={format!("{:.1}", chip_w - 4.0)} height="20" rx="5" />
                <text x={format!("{x:.1}")} y={format!("{:.1}", at.y + 16.0)}>{ text }</text>
            </g>
        }
    });
    html! {
        <g class="sc-storage" data-part="storage">
            { rect("sc-box storage", at.x, at.y, w, BOX_H) }
            { label("sc-title", at.x, at.y - 12.0, title) }
            if last.is_empty() {
                { label("sc-small", at.x, at.y + 16.0, c.lang.t(SC::NoWrites).to_string()) }
            }
            { for chips }
        </g>
    }
}

/// Half the storage box's height, for marks placed above it.
pub const HALF_H: f64 = BOX_H / 2.0;
