//! The moved-keys counter: what the last change was, how many keys it moved under the scheme
//! shown (exact), where they went, and what the other schemes would have moved.

use ringlock_core::{ChangeKind, NodeId, Scheme};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::ring_fx::MoveSet;
use crate::ring::state::LastChange;
use crate::ring::text::view::R;
use crate::ring::view_data::Shared;
use crate::ui::geom::{fmt_percent, owner_color};

/// Flows listed by name; the rest are counted.
const SHOWN_FLOWS: usize = 3;

/// Props of [`RingCounter`].
#[derive(Properties, PartialEq)]
pub struct RingCounterProps {
    /// Interface language.
    pub lang: Lang,
    /// The last change, if any.
    pub last: Option<Shared<LastChange>>,
    /// Its moves under the scheme shown.
    pub moves: Option<Shared<MoveSet>>,
    /// The scheme shown.
    pub scheme: Scheme,
}

fn name_in(last: &LastChange, id: NodeId) -> String {
    last.names
        .iter()
        .find(|(n, _)| *n == id)
        .map_or_else(String::new, |(_, name)| name.clone())
}

/// What the change was, in words.
pub fn cause(lang: Lang, last: &LastChange) -> Option<String> {
    Some(match &last.change.kind {
        ChangeKind::NodeAdded(id) => lang.f(R::ChangeAdded, &[&name_in(last, *id)]),
        ChangeKind::NodeKilled(id) => lang.f(R::ChangeKilled, &[&name_in(last, *id)]),
        ChangeKind::NodeRevived(id) => lang.f(R::ChangeRevived, &[&name_in(last, *id)]),
        ChangeKind::NodeRemoved { name, .. } => lang.f(R::ChangeRemoved, &[name]),
        ChangeKind::VnodesChanged { from, to } => lang.f(R::ChangeVnodes, &[from, to]),
        ChangeKind::WeightChanged { id, from, to } => {
            lang.f(R::ChangeWeight, &[&name_in(last, *id), from, to])
        }
        _ => return None,
    })
}

/// The headline: "1,234 keys moved (2.5%)".
pub fn headline(lang: Lang, moves: &MoveSet) -> String {
    let share = fmt_percent(moves.count as f64 / moves.keys.max(1) as f64);
    match moves.count {
        0 => lang.t(R::MovedNone).to_string(),
        1 => lang.f(R::MovedOne, &[&share]),
        n => lang.f(R::MovedMany, &[&lang.num(n), &share]),
    }
}

fn node_chip(lang: Lang, last: &LastChange, node: Option<NodeId>) -> Html {
    let name = node.map_or_else(|| lang.t(R::NoNode).to_string(), |id| name_in(last, id));
    html! {
        <span class="flow-node">
            <span class="ring-swatch" ~style={format!("--c:{}", owner_color(node))}></span>
            <span class="flow-name">{ name }</span>
        </span>
    }
}

/// The counter.
#[function_component(RingCounter)]
pub fn ring_counter(props: &RingCounterProps) -> Html {
    let lang = props.lang;
    let Some(last) = props.last.as_ref() else {
        return html! {
            <div class="ring-moves idle" role="status">
                <p class="moves-hint">{ lang.t(R::MovesHint) }</p>
            </div>
        };
    };
    if !last.change.kind.moves_keys() {
        let text = match last.change.kind {
            ChangeKind::KeysAdded { .. } => R::MovesKeysAdded,
            _ => R::MovesKeysRemoved,
        };
        return html! {
            <div class="ring-moves idle" role="status">
                <p class="moves-hint">{ lang.t(text) }</p>
            </div>
        };
    }
    let Some(moves) = props.moves.as_ref() else {
        return html! {};
    };
    let expected = last.change.expected.map(|e| {
        let value = match props.scheme {
            Scheme::Ring => e.ring,
            Scheme::Modulo => e.modulo,
            Scheme::Article => e.article,
        };
        lang.f(R::Expected, &[&fmt_percent(value)])
    });
    let more = moves.flows.len().saturating_sub(SHOWN_FLOWS);
    let moved = last.change.moved;
    let compare = lang.f(
        R::Compare,
        &[
            &lang.num(moved.ring),
            &lang.num(moved.modulo),
            &lang.num(moved.article),
        ],
    );
    html! {
        <div class={classes!("ring-moves", (moves.count > 0).then_some("active"))} role="status"
            aria-label={lang.t(R::MovesLabel)}>
            <p class="moves-head">
                if let Some(cause) = cause(lang, last) {
                    <span class="moves-cause">{ cause }</span>
                }
                <strong class="moves-count">{ headline(lang, moves) }</strong>
                if let Some(expected) = expected {
                    <span class="moves-expected">{ expected }</span>
                }
            </p>
            if !moves.flows.is_empty() {
                <ul class="moves-flows" aria-label={lang.t(R::FlowsLabel)}>
                    { for moves.flows.iter().take(SHOWN_FLOWS).map(|f| html! {
                        <li class="flow">
                            { node_chip(lang, last, f.from) }
                            <span class="flow-arrow">{ "→" }</span>
                            { node_chip(lang, last, f.to) }
                            <span class="flow-count mono">{ lang.num(f.keys) }</span>
                        </li>
                    }) }
                    if more > 0 {
                        <li class="flow more">{ lang.f(R::MoreFlows, &[&lang.num(more as u64)]) }</li>
                    }
                </ul>
            }
            if last.change.expected.is_some() {
                <p class="moves-compare">{ compare }</p>
            }
        </div>
    }
}
