//! Virtual nodes per node: a slider over round, roughly log-spaced values (three steps per
//! doubling, so every arrow key press visibly changes the balance) plus a number box for any
//! exact value 1–1024.
//!
//! Dragging previews the value; the ring is rebuilt when the slider is released, or live while
//! dragging when the rebuild is cheap.

use ringlock_core::error::{MAX_POINTS, MAX_VNODES, MIN_VNODES};
use ringlock_core::stats::theory_share_cv;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::panel::{dispatch_ok, field_error};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::{after_paint, use_dom_id};
use crate::ui::format::pct;

/// Slider stops: 1, 2, 3, then three per doubling up to 1024 (160 is ketama's count).
pub const STOPS: [u32; 28] = [
    1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 80, 96, 128, 160, 192, 256, 320, 384,
    512, 640, 768, 1024,
];

/// Stops labelled under the slider.
const LABELLED: [u32; 6] = [1, 4, 16, 64, 256, 1024];

/// Rebuild while dragging when keys + new points stay under this; otherwise on release.
const LIVE_COST: usize = 60_000;
/// Show a busy state first when a rebuild touches more than this many keys + points.
const BUSY_COST: usize = 300_000;

/// The stop nearest to `v` on a log scale.
pub fn stop_index(v: u32) -> usize {
    let target = f64::from(v.max(1)).ln();
    (0..STOPS.len())
        .min_by(|&a, &b| {
            let da = (f64::from(STOPS[a]).ln() - target).abs();
            let db = (f64::from(STOPS[b]).ln() - target).abs();
            da.total_cmp(&db)
        })
        .unwrap_or(0)
}

/// The vnodes panel.
/// The vnode count at the slider's position (the slider moves over `STOPS`, not raw values).
fn slider_stop(e: &Event) -> u32 {
    let index: usize = e
        .target_unchecked_into::<HtmlInputElement>()
        .value()
        .parse()
        .unwrap_or(0);
    STOPS[index.min(STOPS.len() - 1)]
}

#[function_component(VnodesPanel)]
pub fn vnodes_panel() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let heading_id = use_dom_id("vnodes-heading");
    let number_id = use_dom_id("vnodes-number");
    let error_id = use_dom_id("vnodes-error");
    let hint_id = use_dom_id("vnodes-hint");
    // The slider's value while it is dragged, before the ring takes it.
    let preview = use_state(|| None::<u32>);
    // Text in the number box until the ring accepts it.
    let draft = use_state(|| None::<String>);
    let busy = use_state(|| false);

    let (current, points, keys, total_weight, live, equal_weight) = {
        let ring = &app.ring;
        let live = ring.live_ids();
        let weights: Vec<u32> = live
            .iter()
            .filter_map(|&id| ring.node(id).map(|n| n.weight))
            .collect();
        let total_weight: u32 = ring
            .node_ids()
            .iter()
            .filter_map(|&id| ring.node(id).map(|n| n.weight))
            .sum();
        let equal = weights
            .windows(2)
            .all(|w| w[0] == w[1])
            .then(|| weights.first().copied());
        (
            ring.vnodes(),
            ring.points().len(),
            ring.keys().len(),
            total_weight as usize,
            live.len(),
            equal.flatten(),
        )
    };
    let error = field_error(&app, Field::Vnodes);

    // Commit a value typed or slid; `on_done(accepted)` runs after the ring answered.
    let commit = {
        let (app, busy) = (app.clone(), busy.clone());
        move |raw: String, on_done: Box<dyn FnOnce(bool)>| {
            let target: Option<u32> = raw.trim().parse().ok();
            // The ring, not the value captured at render: a live drag may have moved it since.
            let current = app.ring.vnodes();
            if target == Some(current) {
                on_done(true);
                return;
            }
            let cost = keys + total_weight * target.unwrap_or(current).max(current) as usize;
            if cost > BUSY_COST {
                busy.set(true);
                let (app, busy) = (app.clone(), busy.clone());
                after_paint(move || async move {
                    let ok = dispatch_ok(&app, RingAction::SetVnodes(raw), Field::Vnodes);
                    busy.set(false);
                    on_done(ok);
                });
            } else {
                on_done(dispatch_ok(&app, RingAction::SetVnodes(raw), Field::Vnodes));
            }
        }
    };

    let on_slide = {
        let (preview, draft, commit) = (preview.clone(), draft.clone(), commit.clone());
        Callback::from(move |e: InputEvent| {
            let v = slider_stop(&e);
            draft.set(None);
            if keys + total_weight * v as usize <= LIVE_COST {
                let preview = preview.clone();
                commit(v.to_string(), Box::new(move |_| preview.set(None)));
            } else {
                preview.set(Some(v));
            }
        })
    };
    let on_slide_end = {
        let (preview, commit) = (preview.clone(), commit.clone());
        Callback::from(move |e: Event| {
            let v = slider_stop(&e);
            let preview = preview.clone();
            commit(v.to_string(), Box::new(move |_| preview.set(None)));
        })
    };
    let on_type = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let commit_draft = {
        let (draft, commit) = (draft.clone(), commit.clone());
        move || {
            let Some(raw) = (*draft).clone() else { return };
            if raw.trim().is_empty() {
                draft.set(None);
                return;
            }
            let draft = draft.clone();
            // A refused value stays in the box beside its message.
            commit(
                raw,
                Box::new(move |ok| {
                    if ok {
                        draft.set(None)
                    }
                }),
            );
        }
    };
    let on_number_change = {
        let commit_draft = commit_draft.clone();
        Callback::from(move |_: Event| commit_draft())
    };
    let on_submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        commit_draft();
    });

    let shown = preview.unwrap_or(current);
    let number_value = (*draft).clone().unwrap_or_else(|| shown.to_string());
    let invalid = error.is_some();
    let index = stop_index(shown);
    let last = (STOPS.len() - 1) as f64;
    let theory = match equal_weight {
        Some(w) if live >= 2 => {
            let v = shown * w;
            lang.f(
                P::VnodesTheory,
                &[
                    &pct(lang, theory_share_cv(live, v)),
                    &lang.num(live as u64),
                    &lang.num(u64::from(v)),
                ],
            )
        }
        Some(_) => lang.t(P::VnodesTheoryOne).to_string(),
        None => lang.t(P::VnodesTheoryWeights).to_string(),
    };
    let over_points = points > MAX_POINTS * 9 / 10;

    html! {
        <section class="panel vnodes-panel" aria-labelledby={heading_id.clone()} aria-busy={busy.to_string()}>
            <div class="panel-head">
                <h2 id={heading_id}>{ lang.t(P::VnodesTitle) }</h2>
                <span class={classes!("panel-meta", over_points.then_some("at-limit"))}>
                    { lang.f(P::VnodesCount, &[&lang.num(points as u64), &lang.num(MAX_POINTS as u64)]) }
                </span>
            </div>
            <form class="vnodes-form" onsubmit={on_submit} novalidate=true>
                <label for={number_id.clone()} class="vnodes-label">{ lang.t(P::VnodesPerNode) }</label>
                <input id={number_id} class="vnodes-number" type="text" inputmode="numeric" pattern="[0-9]*"
                    min={MIN_VNODES.to_string()} max={MAX_VNODES.to_string()} step="1"
                    value={number_value} oninput={on_type} onchange={on_number_change}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={if invalid { error_id.clone() } else { hint_id.clone() }} />
                if *busy {
                    <span class="busy" role="status">{ lang.t(P::Working) }</span>
                }
                <div class="vnodes-slider">
                    <input type="range" min="0" max={(STOPS.len() - 1).to_string()} step="1"
                        value={index.to_string()} oninput={on_slide} onchange={on_slide_end}
                        disabled={*busy}
                        aria-label={lang.t(P::VnodesPerNode)}
                        aria-valuetext={lang.f(P::VnodesValueText, &[&shown])} />
                    <div class="ticks" aria-hidden="true">
                        { for LABELLED.iter().map(|&v| {
                            let left = stop_index(v) as f64 / last * 100.0;
                            html! { <span ~style={format!("left:{left:.2}%")}>{ lang.num(u64::from(v)) }</span> }
                        }) }
                    </div>
                </div>
            </form>
            <ErrorLine id={error_id} error={error} lang={lang} />
            <p class="hint" id={hint_id}>
                { lang.f(P::VnodesHint, &[&lang.num(u64::from(MIN_VNODES)), &lang.num(u64::from(MAX_VNODES))]) }
            </p>
            <p class="theory-note">{ theory }</p>
        </section>
    }
}

#[cfg(test)]
#[path = "vnodes_panel_tests.rs"]
mod tests;
