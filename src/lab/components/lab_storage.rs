//! Storage: the highest token it has accepted, and its recent writes — a rejected one struck
//! through, a stale one it accepted (no fencing) marked as the corruption it is. On the
//! sharded ring each lock guards its own resource: each write names its lock, and the highest
//! tokens are per lock, beside the ring.

use ringlock_lock::{Model, WriteRecord};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{secs, worker_name};
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::shard::{any_token_label as tok, lock_label};
use crate::lab::text::L;

/// Writes listed.
const WRITES_SHOWN: usize = 10;

fn is_stale(w: &WriteRecord) -> bool {
    matches!((w.token, w.highest_before), (Some(t), Some(h)) if t < h)
}

/// The storage panel.
#[function_component(LabStorage)]
pub fn lab_storage() -> Html {
    let lab = use_lab_paced(Turn::Storage);
    html! { <LabStoragePanel {lab} /> }
}

/// [`LabStorage`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabStoragePanel)]
fn lab_storage_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let l = &lab.lab;
    let sim = l.sim();
    // Redis's random values cannot be ordered: there is nothing for storage to check.
    let no_token = sim.settings().model.redis();
    // Each sharded lock guards its own resource: the highest token is per lock (on the ring).
    let sharded = sim.settings().model == Model::Sharded;
    let fencing = sim.settings().fencing && !no_token;
    let metrics = sim.metrics();
    // The newest writes, and the telling ones (rejected, or stale yet accepted) even when
    // newer writes have pushed them down: they are the point of the fencing lessons.
    let all: Vec<_> = sim.storage_log().copied().collect();
    let recent_from = all.len().saturating_sub(WRITES_SHOWN);
    let mut writes: Vec<_> = all
        .iter()
        .enumerate()
        .filter(|(i, w)| *i >= recent_from || !w.accepted || is_stale(w))
        .map(|(_, w)| *w)
        .collect();
    writes.reverse();
    writes.truncate(WRITES_SHOWN * 2);
    let rows = writes.iter().map(|w| {
        let stale = is_stale(w);
        let (class, verdict) = match (w.accepted, stale) {
            (false, _) => ("rejected", lang.f(L::WriteRejected, &[&tok(w.highest_before.unwrap_or(0)).trim_start_matches('#')])),
            (true, true) => ("stale", lang.f(L::WriteStale, &[&tok(w.highest_before.unwrap_or(0)).trim_start_matches('#')])),
            (true, false) => ("accepted", lang.t(L::WriteAccepted).to_string()),
        };
        let token = w.token.map_or("—".to_string(), tok);
        let lock = sharded.then(|| format!("{} · ", lock_label(lang, w.resource)));
        html! {
            <li class={classes!("write", class)}>
                <span class="w-time">{ secs(lang, w.at) }</span>
                <span class="w-what">{ lock.unwrap_or_default() }{ worker_name(lang, w.worker) }{ " · " }<b class="w-token">{ token }</b></span>
                <span class="w-verdict">{ verdict }</span>
            </li>
        }
    });
    html! {
        <section class="panel lab-storage" aria-labelledby="lab-storage-title">
            <div class="panel-head">
                <h2 id="lab-storage-title">{ lang.t(L::Storage) }</h2>
                <span class={classes!("badge", if fencing { "on" } else { "off" })}>
                    { if no_token {
                        lang.t(crate::lab::text::redis::K::StorageNoToken)
                    } else {
                        lang.t(if fencing { L::FencingOn } else { L::FencingOff })
                    } }
                </span>
            </div>
            <dl class="storage-facts">
                if !sharded {
                    <div><dt>{ lang.t(L::HighestToken) }</dt>
                        <dd class="big">{ sim.storage_highest().map_or("—".to_string(), tok) }</dd></div>
                }
                <div><dt>{ lang.t(L::Accepted) }</dt><dd>{ lang.num(metrics.writes_accepted) }</dd></div>
                <div><dt>{ lang.t(L::Rejected) }</dt><dd>{ lang.num(metrics.writes_rejected) }</dd></div>
            </dl>
            if writes.is_empty() {
                <p class="empty-note">{ lang.t(L::NoWrites) }</p>
            } else {
                <ol class="writes" aria-label={lang.t(L::RecentWrites)}>{ for rows }</ol>
            }
        </section>
    }
}
