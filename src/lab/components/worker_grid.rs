//! The workers panel's grid: cards with a timeline up to [`CARD_LIMIT`] workers, small squares
//! ([`WorkerCell`]) beyond. One tab stop; arrow keys move between workers.

use ringlock_lock::{Time, WorkerId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{state_class, state_name, worker_summary};
use crate::lab::components::worker_cell::WorkerCell;
use crate::lab::paced::PacedLab;
use crate::lab::state::LabAction;
use crate::lab::text::L;

/// Most workers shown as cards with a timeline.
pub const CARD_LIMIT: usize = 48;
/// Logical time a card's timeline covers, ending now.
pub const TIMELINE_WINDOW: Time = 6_000;

/// A timeline strip: the worker's recent intervals over `window` ms ending at `now`.
pub fn timeline_strip(
    intervals: impl Iterator<Item = ringlock_lock::Interval>,
    now: Time,
    window: Time,
) -> Html {
    let start = now.saturating_sub(window);
    let span = window.max(1) as f64;
    let parts = intervals.filter_map(|iv| {
        let to = iv.to.unwrap_or(now).min(now);
        if to < start || to <= iv.from && iv.to.is_some() {
            return None;
        }
        let from = iv.from.max(start);
        let left = (from - start) as f64 / span * 100.0;
        let width = (to.saturating_sub(from)) as f64 / span * 100.0;
        Some(html! {
            <span class={classes!("tl-part", state_class(iv.state))}
                ~style={format!("left:{left:.2}%;width:{:.2}%", width.max(0.4))} />
        })
    });
    html! { <span class="timeline" aria-hidden="true">{ for parts }</span> }
}

/// The worker whose cell holds an event's target (`data-w`).
fn worker_of(target: Option<web_sys::EventTarget>) -> Option<u32> {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[data-w]").ok().flatten())
        .and_then(|t| t.get_attribute("data-w"))
        .and_then(|v| v.parse::<u32>().ok())
}

fn move_focus(e: KeyboardEvent, lab: PacedLab, count: usize) {
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let Some(i) = worker_of(e.target()).map(|w| w as usize) else {
        return;
    };
    // Columns: how many cells share the first row.
    let columns = target
        .parent_element()
        .map(|grid| {
            let cells = grid.children();
            let top = cells
                .item(0)
                .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
                .map_or(0, |c| c.offset_top());
            (0..cells.length())
                .filter_map(|k| cells.item(k))
                .filter_map(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
                .take_while(|c| c.offset_top() == top)
                .count()
                .max(1)
        })
        .unwrap_or(1);
    let next = match e.key().as_str() {
        "ArrowRight" => i + 1,
        "ArrowLeft" => i.saturating_sub(1),
        "ArrowDown" => i + columns,
        "ArrowUp" => i.saturating_sub(columns),
        "Home" => 0,
        "End" => count.saturating_sub(1),
        _ => return,
    }
    .min(count.saturating_sub(1));
    e.prevent_default();
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(&format!("w-{next}"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
    lab.dispatch(LabAction::Select(Some(WorkerId(next as u32))));
}

/// Props of [`WorkerGrid`].
#[derive(Properties, PartialEq)]
pub struct WorkerGridProps {
    /// The lab as the workers panel shows it (paced: the same state between its turns).
    pub lab: PacedLab,
}

/// The grid of workers. Drawn again only when the paced lab it is given changes, not on every
/// frame of playback; in the compact grid each worker is a [`WorkerCell`], drawn again only
/// when what it shows changes.
#[function_component(WorkerGrid)]
pub fn worker_grid(props: &WorkerGridProps) -> Html {
    let lab = &props.lab;
    let lang = use_lang();
    let l = &lab.lab;
    let sim = l.sim();
    let now = l.now();
    let count = sim.worker_count();
    let cards = count <= CARD_LIMIT;
    let selected = lab.selected.filter(|w| (w.0 as usize) < count);
    let focusable = selected.map_or(0, |w| w.0);
    let on_select = {
        let lab = lab.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = worker_of(e.target()) {
                if lab.selected != Some(WorkerId(id)) {
                    lab.dispatch(LabAction::Select(Some(WorkerId(id))));
                }
            }
        })
    };
    let on_click = {
        let lab = lab.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = worker_of(e.target()) {
                lab.dispatch(LabAction::Select(Some(WorkerId(id))));
            }
        })
    };
    let on_key = {
        let lab = lab.clone();
        Callback::from(move |e: KeyboardEvent| move_focus(e, lab.clone(), count))
    };
    let cells = sim.workers().map(|w| {
        let is_selected = selected == Some(w.id);
        if cards {
            let summary = AttrValue::from(worker_summary(lang, &w));
            let tabindex = if w.id.0 == focusable { "0" } else { "-1" };
            let class = classes!("wcard", state_class(w.state), is_selected.then_some("selected"));
            html! {
                <button type="button" id={format!("w-{}", w.id.0)} data-w={w.id.0.to_string()} {class}
                    {tabindex} aria-pressed={is_selected.to_string()} aria-label={summary.clone()} title={summary}>
                    // The space keeps "0 Waiting" two words, as its accessible name says them.
                    <span class="wid">{ w.id.0 }</span>{ " " }
                    <span class="wstate">{ state_name(lang, w.state) }</span>
                    { timeline_strip(sim.timeline(w.id), now, TIMELINE_WINDOW) }
                </button>
            }
        } else {
            html! {
                <WorkerCell id={w.id} state={w.state} token={w.token} grants={w.grants}
                    selected={is_selected} focusable={w.id.0 == focusable} />
            }
        }
    });
    html! {
        <div class={classes!("worker-grid", if cards { "cards" } else { "compact" })}
            role="group" aria-label={lang.t(L::WorkerGrid)}
            onkeydown={on_key} onfocusin={on_select} onclick={on_click}>
            { for cells }
        </div>
    }
}
