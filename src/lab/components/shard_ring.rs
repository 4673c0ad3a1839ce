//! The sharded ring in the lock panel: which node owns which lock, and what the last kill,
//! revive or join moved — a small SVG in the Ring tab's geometry beside a list of the locks,
//! and each node's kill or revive button with a join button.

use ringlock_lock::{ShardView, TokenScope};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::{secs, worker_name};
use crate::lab::shard_layout::{lock_marks, owned_arcs, ring_tab_link, LockMark, R_RING};
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField, RingChange};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::shard::{lock_label, node_label, token_label, S};
use crate::ui::geom::{angle_of, arc_path, dead_color, polar, VIEW_BOX};
use crate::ui::palette::node_color;

fn fmt(x: f64) -> String {
    format!("{x:.1}")
}

fn ring_svg(lang: Lang, view: &ShardView) -> Html {
    let live = view.nodes.iter().filter(|n| n.alive).count();
    let desc = lang.f(
        S::RingDesc,
        &[&view.nodes.len(), &live, &view.locks.len(), &view.epoch],
    );
    let arcs = owned_arcs(view).into_iter().map(|a| {
        html! { <path class="shard-arc" d={arc_path(R_RING, a.start, a.sweep)} stroke={node_color(a.node)} /> }
    });
    let points = view.nodes.iter().flat_map(|n| {
        let colour = if n.alive {
            node_color(n.node).to_string()
        } else {
            dead_color(ringlock_core::ring::NodeId(n.node))
        };
        n.points.iter().map(move |&p| {
            let (x0, y0) = polar(R_RING - 26.0, angle_of(p));
            let (x1, y1) = polar(R_RING + 26.0, angle_of(p));
            html! { <line class="shard-point" x1={fmt(x0)} y1={fmt(y0)} x2={fmt(x1)} y2={fmt(y1)} stroke={colour.clone()} /> }
        })
    });
    let marks = lock_marks(view).into_iter().map(|m| lock_mark(lang, &m));
    html! {
        <svg class="shard-svg" viewBox={VIEW_BOX} role="img" aria-labelledby="shard-ring-title shard-ring-desc">
            <title id="shard-ring-title">{ lang.t(S::RingTitle) }</title>
            <desc id="shard-ring-desc">{ desc.clone() }</desc>
            <circle class="shard-track" r={fmt(R_RING)} />
            { for arcs }
            { for points }
            { for marks }
            <text class="shard-epoch" y="12">{ lang.f(S::Epoch, &[&view.epoch]) }</text>
        </svg>
    }
}

fn lock_mark(lang: Lang, m: &LockMark) -> Html {
    let (lx, ly) = m.label;
    let class = classes!(
        "shard-lock",
        m.held.then_some("held"),
        m.moved.then_some("moved"),
        m.lost.then_some("lost")
    );
    html! {
        <g {class} data-lock={m.lock.to_string()} data-owner={m.owner.to_string()}>
            <circle cx={fmt(m.at.0)} cy={fmt(m.at.1)} r="24" fill={node_color(m.owner)} />
            <text x={fmt(lx)} y={fmt(ly + 14.0)}>{ lock_label(lang, m.lock) }</text>
        </g>
    }
}

fn lock_rows(lang: Lang, view: &ShardView, scope: TokenScope) -> Html {
    let rows = view.locks.iter().map(|l| {
        let moved = view.moves.iter().find(|m| m.lock == l.lock);
        let state = match l.holder {
            Some((w, t)) => lang.f(S::HeldBy, &[&worker_name(lang, w), &token_label(scope, t).trim_start_matches('#')]),
            None => lang.t(S::Free).to_string(),
        };
        html! {
            <li class={classes!("shard-row", moved.is_some().then_some("moved"))} data-lock={l.lock.to_string()}>
                <span class="shard-swatch" data-node={l.owner.to_string()}>
                    <svg viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill={node_color(l.owner)} /></svg>
                </span>
                <span class="shard-owner">{ lang.f(S::OwnerRow, &[&lock_label(lang, l.lock), &node_label(lang, l.owner)]) }</span>
                <span class="shard-holder">{ state }</span>
                if l.waiting > 0 {
                    <span class="shard-waiting">{ lang.f(S::Waiting, &[&l.waiting]) }</span>
                }
                if let Some(h) = l.highest {
                    <span class="shard-highest">{ lang.f(S::Highest, &[&token_label(scope, h)]) }</span>
                }
                if let Some(until) = l.serving_from {
                    <span class="shard-wait">{ lang.f(S::ServingFrom, &[&secs(lang, until)]) }</span>
                }
            </li>
        }
    });
    html! { <ul class="shard-rows">{ for rows }</ul> }
}

fn last_change(lang: Lang, view: &ShardView) -> String {
    let Some(at) = view.changed_at else {
        return lang.t(S::NoChange).to_string();
    };
    let moves: Vec<String> = (view.moves.iter())
        .map(|m| {
            let args = [
                lock_label(lang, m.lock),
                node_label(lang, m.from),
                node_label(lang, m.to),
            ];
            let key = match (m.kept, m.waits, m.held) {
                (true, _, _) => S::MovedKept,
                (false, true, _) => S::MovedWaits,
                (false, false, true) => S::MovedHeld,
                (false, false, false) => S::MovedLost,
            };
            lang.f(key, &[&args[0], &args[1], &args[2]])
        })
        .collect();
    let moves = if moves.is_empty() {
        lang.t(S::NothingMoved).to_string()
    } else {
        moves.join("; ")
    };
    lang.f(S::LastChange, &[&secs(lang, at), &moves])
}

/// The sharded ring, inside the lock panel.
#[function_component(ShardRing)]
pub fn shard_ring() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let sim = lab.lab.sim();
    let Some(view) = sim.shard() else {
        return html! {};
    };
    let scope = sim.settings().token_scope;
    let change = |c: RingChange| {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::RingChange(c)))
    };
    let error = (lab.error.as_ref())
        .filter(|(f, _)| *f == LabField::Ring)
        .map(|(_, e)| lab_error_text(lang, e));
    let nodes = view.nodes.iter().map(|n| {
        let (label, c) = if n.alive {
            (lang.t(S::Kill), RingChange::Kill(n.node))
        } else {
            (lang.t(S::Revive), RingChange::Revive(n.node))
        };
        let name = node_label(lang, n.node);
        html! {
            <li class={classes!("shard-node", (!n.alive).then_some("down"))} data-node={n.node.to_string()}>
                <svg viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill={node_color(n.node)} /></svg>
                <span class="shard-name">{ name.clone() }</span>
                if !n.alive { <span class="shard-dead">{ lang.t(S::Dead) }</span> }
                <button type="button" aria-label={format!("{label} {name}")} onclick={change(c)}>{ label }</button>
            </li>
        }
    });
    html! {
        <div class="shard-ring">
            <div class="shard-picture">{ ring_svg(lang, &view) }</div>
            <div class="shard-side">
                <p class="shard-change" aria-live="polite">{ last_change(lang, &view) }</p>
                { lock_rows(lang, &view, scope) }
                <h3>{ lang.t(S::Changes) }</h3>
                <ul class="shard-nodes">{ for nodes }</ul>
                <button type="button" class="shard-join" onclick={change(RingChange::Join)}>{ lang.t(S::Join) }</button>
                if let Some(e) = error { <p class="field-error" role="alert">{ e }</p> }
                <p class="shard-ring-tab">
                    <a href={ring_tab_link(&view, sim.settings().vnodes)} target="_blank" rel="noopener">
                        { lang.t(S::OnRingTab) }
                    </a>
                    { " " }{ lang.t(S::OnRingTabHint) }
                </p>
            </div>
        </div>
    }
}
