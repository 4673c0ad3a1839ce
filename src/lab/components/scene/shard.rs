//! The sharded ring's locks in the middle of the scene: one box per lock name, side by side,
//! marked with a band in the colour of the ring node that owns it now (the Ring tab's colours), with its
//! holder, its token and the requests queued at its owner. A lock the last kill, revive or
//! join moved says so. The ring itself, with the arcs, is in the server panel below.

use ringlock_lock::{LockView, ShardView};
use yew::prelude::*;

use super::lease::{hold_link, holder_text, queue_row, BOX_H};
use super::{label, rect, Ctx};
use crate::lab::text::scene::SC;
use crate::lab::text::shard::{any_token_label, lock_label, node_label};
use crate::ui::palette::node_color;

/// Below this box width a lock shows only its number and its holder's.
const ROOMY: f64 = 100.0;

/// The locks on the ring.
pub fn shard_part(c: &Ctx, locks: &[LockView]) -> Html {
    let Some(view) = c.sim.shard() else {
        return Html::default();
    };
    let count = locks.len();
    let w = c.f.node_w(count.max(2));
    let boxes = locks.iter().map(|lock| lock_box(c, &view, lock, count, w));
    let below = c.f.queue_slot(c.f.server, w, 0).y + 32.0;
    html! {
        <g data-part="shard">
            { for boxes }
            { label("sc-caption", c.f.server.x, below, c.lang.t(SC::ShardLocks).to_string()) }
        </g>
    }
}

fn lock_box(c: &Ctx, view: &ShardView, lock: &LockView, count: usize, w: f64) -> Html {
    let at = c.f.local_lock(lock.lock, count);
    let owner = view.locks.get(lock.lock as usize).map_or(0, |l| l.owner);
    let moved = view.moves.iter().any(|m| m.lock == lock.lock);
    let token = lock
        .token
        .map(|t| format!(" {}", any_token_label(t)))
        .unwrap_or_default();
    let (title, holder) = if w >= ROOMY {
        (
            format!(
                "{} · {}",
                lock_label(c.lang, lock.lock),
                node_label(c.lang, owner)
            ),
            format!("{}{token}", holder_text(c, lock)),
        )
    } else {
        (
            (lock.lock + 1).to_string(),
            lock.holder.map_or_else(|| "—".into(), |h| h.0.to_string()),
        )
    };
    let (x, y) = (at.x - w / 2.0, at.y - BOX_H / 2.0);
    html! {
        <g class={classes!("sc-local", "sc-shard", moved.then_some("moved"))}
            data-lock={lock.lock.to_string()} data-owner={owner.to_string()}>
            { hold_link(c, at, lock) }
            { rect(classes!("sc-box", lock.holder.is_some().then_some("held")), at.x, at.y, w, BOX_H) }
            <rect class="sc-owner-band" x={format!("{:.1}", x + 6.0)} y={format!("{:.1}", y + 3.0)}
                width={format!("{:.1}", (w - 12.0).max(4.0))} height="5" rx="2" fill={node_color(owner)} />
            { label("sc-title", at.x, at.y - 8.0, title) }
            { label(classes!("sc-holder", lock.holder_crashed.then_some("bad")), at.x, at.y + 14.0, holder) }
            if moved {
                { label("sc-alarm sc-moved", at.x, at.y - BOX_H / 2.0 - 6.0, c.lang.t(SC::ShardMoved).to_string()) }
            }
            { queue_row(c, at, w, None, &lock.queue) }
        </g>
    }
}
