//! The selected worker: its state, token, grants, a full timeline, and the actions on it —
//! crash, pause for a chosen time, resume. A refused action says why, next to the buttons.

use ringlock_lock::{Model, WorkerState};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{millis, secs, state_class, state_name, worker_name};
use crate::lab::components::worker_grid::timeline_strip;
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::state::{LabAction, LabField};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::etcd::E;
use crate::lab::text::L;

/// Logical time the detail timeline covers.
const DETAIL_WINDOW: u64 = 10_000;

/// The detail panel.
#[function_component(LabWorkerDetail)]
pub fn lab_worker_detail() -> Html {
    let lab = use_lab_paced(Turn::Metrics);
    html! { <LabWorkerDetailPanel {lab} /> }
}

/// [`LabWorkerDetail`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabWorkerDetailPanel)]
fn lab_worker_detail_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let pause_input = use_node_ref();
    let l = &lab.lab;
    let sim = l.sim();
    let now = l.now();
    let default_pause = sim.settings().pause;
    let etcd = sim.settings().model == Model::Etcd;
    let Some(w) = lab.selected.and_then(|id| sim.worker(id)) else {
        return html! {
            <section class="panel lab-detail" aria-labelledby="lab-detail-title">
                <h2 id="lab-detail-title">{ lang.t(L::SelectedWorker) }</h2>
                <p class="empty-note">{ lang.t(L::SelectHint) }</p>
            </section>
        };
    };
    let id = w.id;
    let name = worker_name(lang, id);
    let send = |action: LabAction| {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(action.clone()))
    };
    let on_pause = {
        let lab = lab.clone();
        let input = pause_input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                lab.dispatch(LabAction::PauseWorker {
                    worker: id,
                    ms: el.value(),
                });
            }
        })
    };
    let error = lab
        .error
        .as_ref()
        .filter(|(f, _)| matches!(f, LabField::Worker | LabField::PauseMs))
        .map(|(_, e)| lab_error_text(lang, e));
    let phase = (w.state == WorkerState::Paused && w.phase != w.state)
        .then(|| lang.f(L::Underneath, &[&state_name(lang, w.phase)]));
    html! {
        <section class="panel lab-detail" aria-labelledby="lab-detail-title">
            <div class="panel-head">
                <h2 id="lab-detail-title">{ &name }</h2>
                <span class={classes!("state-pill", state_class(w.state))}>{ state_name(lang, w.state) }</span>
            </div>
            <dl class="detail-facts">
                <div><dt>{ lang.t(L::Node) }</dt><dd>{ w.node }</dd></div>
                <div><dt>{ if etcd { lang.t(E::Revision) } else { lang.t(L::Token) } }</dt><dd>{ w.token.map_or("—".to_string(), |t| format!("#{t}")) }</dd></div>
                <div><dt>{ lang.t(L::Grants) }</dt><dd>{ lang.num(w.grants) }</dd></div>
                <div><dt>{ lang.t(L::Since) }</dt><dd>{ secs(lang, w.since) }</dd></div>
                if let Some(until) = w.paused_until {
                    <div><dt>{ lang.t(L::PausedUntil) }</dt><dd>{ secs(lang, until) }</dd></div>
                }
                if let Some(until) = w.valid_until {
                    <div><dt>{ lang.t(crate::lab::text::redis::K::ValidUntil) }</dt><dd>{ secs(lang, until) }</dd></div>
                }
                if w.inbox > 0 {
                    <div><dt>{ lang.t(L::Inbox) }</dt><dd>{ w.inbox }</dd></div>
                }
            </dl>
            if let Some(p) = phase { <p class="hint">{ p }</p> }
            <div class="detail-timeline">
                { timeline_strip(sim.timeline(id), now, DETAIL_WINDOW) }
                <div class="tl-axis"><span>{ format!("−{}", millis(lang, DETAIL_WINDOW)) }</span><span>{ lang.t(L::Now) }</span></div>
            </div>
            <div class="form-row wrap detail-actions">
                <button type="button" class="danger" onclick={send(LabAction::Crash(id))}
                    aria-label={lang.f(L::CrashWorker, &[&id.0])}>{ lang.t(L::Crash) }</button>
                <form class="inline" onsubmit={on_pause}>
                    <button type="submit" aria-label={lang.f(L::PauseWorker, &[&id.0])}>{ lang.t(L::PauseFor) }</button>
                    <input ref={pause_input} type="text" inputmode="numeric" min="1" max="600000" step="100" class="pause-ms"
                        value={default_pause.to_string()} aria-label={lang.t(L::PauseMs)}
                        aria-describedby="lab-detail-error" />
                    <span>{ lang.t(L::Ms) }</span>
                </form>
                <button type="button" onclick={send(LabAction::Resume(id))}
                    aria-label={lang.f(L::ResumeWorker, &[&id.0])}>{ lang.t(L::Resume) }</button>
            </div>
            <p id="lab-detail-error" class={classes!("field-error", error.is_none().then_some("empty"))} role="alert">
                { error.unwrap_or_default() }
            </p>
        </section>
    }
}
