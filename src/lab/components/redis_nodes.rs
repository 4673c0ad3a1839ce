//! The Redis masters: each one's key (whose, and the time left by its own clock), its clock
//! offset and whether it is down; the single master's replica and the failover button, or
//! Redlock's per-node faults (a clock jump, a cut-off, a restart without persistence) with
//! their length next to them, and any refusal beside that field.

use ringlock_lock::{Model, NodeView};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::{millis, node_name, secs, worker_name};
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField, NodeFault};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::redis::K;
use crate::lab::text::L;

fn node_card(lang: Lang, title: String, n: &NodeView, buttons: Html) -> Html {
    let holder = match n.holder {
        Some(w) => html! { <span class="holder">{ worker_name(lang, w) }</span> },
        None => html! { <span class="holder free">{ lang.t(K::NoKey) }</span> },
    };
    html! {
        <li class={classes!("redis-node", n.holder.is_some().then_some("held"), n.down_until.is_some().then_some("down"))}
            data-node={n.node.to_string()}>
            <h3>{ title }</h3>
            <dl class="lock-facts">
                <div><dt>{ lang.t(L::Holder) }</dt><dd>{ holder }</dd></div>
            </dl>
            if let Some(r) = n.remaining {
                <p class="key-left">{ lang.f(K::KeyLeft, &[&millis(lang, r)]) }</p>
            }
            if n.offset != 0 {
                <p class="clock-ahead">{ lang.f(K::ClockAhead, &[&millis(lang, n.offset.unsigned_abs())]) }</p>
            }
            if let Some(until) = n.down_until {
                <p class="node-down">{ lang.f(K::DownUntil, &[&secs(lang, until)]) }</p>
            }
            { buttons }
        </li>
    }
}

/// The Redis masters, inside the lock panel.
#[function_component(RedisNodes)]
pub fn redis_nodes() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let (view, settings) = {
        let l = &lab.lab;
        (l.sim().redis(), *l.sim().settings())
    };
    let ms = use_state(|| settings.ttl.to_string());
    let Some(view) = view else {
        return html! {};
    };
    let model = settings.model;
    let error = lab
        .error
        .as_ref()
        .filter(|(f, _)| *f == LabField::Nodes)
        .map(|(_, e)| lab_error_text(lang, e));
    let fault = |fault: NodeFault, node: u32| {
        let (lab, ms) = (lab.clone(), ms.clone());
        Callback::from(move |_: MouseEvent| {
            lab.dispatch(LabAction::NodeFault {
                fault,
                node,
                ms: (*ms).clone(),
            })
        })
    };
    let cards = view.nodes.iter().map(|n| {
        let name = node_name(lang, model, n.node);
        let buttons = if model == Model::Redlock {
            html! {
                <div class="node-faults">
                    <button type="button" class="small" onclick={fault(NodeFault::Jump, n.node)}
                        aria-label={lang.f(K::JumpLabel, &[&name])}>{ lang.t(K::Jump) }</button>
                    <button type="button" class="small" onclick={fault(NodeFault::CutOff, n.node)}
                        aria-label={lang.f(K::CutOffLabel, &[&name])}>{ lang.t(K::CutOff) }</button>
                    <button type="button" class="small danger" onclick={fault(NodeFault::Restart, n.node)}
                        aria-label={lang.f(K::RestartLabel, &[&name])}>{ lang.t(K::Restart) }</button>
                </div>
            }
        } else {
            html! {}
        };
        node_card(lang, name, n, buttons)
    });
    let replica = view.replica.map(|r| {
        let title = lang.f(K::Replica, &[&millis(lang, settings.repl_lag)]);
        node_card(lang, title, &r, html! {})
    });
    let on_ms = {
        let ms = ms.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            ms.set(input.value());
        })
    };
    let on_failover = {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::Failover))
    };
    html! {
        <div class="redis-nodes">
            <ol class={classes!("redis-node-list", (model == Model::Redlock).then_some("five"))}>
                { for cards }
                { for replica }
            </ol>
            if model == Model::Redis {
                <div class="field">
                    <button id="lab-failover" type="button" class="danger" onclick={on_failover}
                        disabled={view.failed_over} aria-describedby="lab-nodes-error">
                        { lang.t(K::Failover) }
                    </button>
                    <p class="hint">{ lang.t(if view.failed_over { K::FailedOver } else { K::FailoverHint }) }</p>
                </div>
            } else {
                <div class="field">
                    <label for="lab-fault-ms">{ lang.t(K::FaultMs) }</label>
                    <input id="lab-fault-ms" type="text" inputmode="numeric" value={(*ms).clone()} onchange={on_ms}
                        aria-invalid={error.is_some().to_string()} aria-describedby="lab-nodes-error" />
                    <p class="hint">{ lang.t(K::NodesHint) }</p>
                </div>
            }
            <p id="lab-nodes-error" class={classes!("field-error", error.is_none().then_some("empty"))} role="alert">
                { error.unwrap_or_default() }
            </p>
        </div>
    }
}
