//! The article's local lock (§4.2): one in-process lock per node, side by side. Each shows
//! its holder and its waiters (served in any order, like `threading.Lock`); when two of them
//! are held at once, the scene's marks say so above storage — the article's bug.

use ringlock_lock::LockView;
use yew::prelude::*;

use super::lease::{hold_link, holder_text, queue_row, BOX_H};
use super::{label, rect, Ctx};
use crate::lab::text::scene::SC;

/// Below this box width a lock shows only its node's number and its holder's.
const ROOMY: f64 = 100.0;

/// The nodes' locks.
pub fn local_part(c: &Ctx, locks: &[LockView]) -> Html {
    let count = locks.len();
    let w = c.f.node_w(count.max(2));
    let boxes = locks.iter().map(|lock| {
        let node = lock.node.unwrap_or(lock.lock);
        let at = c.f.local_lock(node, count);
        let (title, holder) = if w >= ROOMY {
            (c.lang.f(SC::NodeLock, &[&node]), holder_text(c, lock))
        } else {
            (node.to_string(), lock.holder.map_or_else(|| "—".into(), |h| h.0.to_string()))
        };
        html! {
            <g class="sc-local" data-node={node.to_string()}>
                { hold_link(c, at, lock) }
                { rect(classes!("sc-box", lock.holder.is_some().then_some("held")), at.x, at.y, w, BOX_H) }
                { label("sc-title", at.x, at.y - 8.0, title) }
                { label(classes!("sc-holder", lock.holder_crashed.then_some("bad")), at.x, at.y + 14.0, holder) }
                { queue_row(c, at, w, None, &lock.queue) }
            </g>
        }
    });
    let waiting: usize = locks.iter().map(|l| l.queue.len()).sum();
    let below = c.f.queue_slot(c.f.server, w, 0).y + 32.0;
    html! {
        <g data-part="local">
            { for boxes }
            { label("sc-caption", c.f.server.x, below, c.lang.f(SC::AnyOrder, &[&c.lang.num(waiting as u64)])) }
        </g>
    }
}
