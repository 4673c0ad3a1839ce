//! "Last change": how many keys moved on the ring, under plain `hash mod N` and under the
//! article's code, each against the fraction theory expects, and why they differ.

use std::rc::Rc;

use ringlock_core::{Change, ChangeKind, NodeId, Scheme};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::keys_panel::key_status;
use crate::ring::panel::scheme_name;
use crate::ring::state::LastChange;
use crate::ring::text::panels::P;
use crate::ui::format::pct;

/// Props of [`LastChangeView`].
#[derive(Properties)]
pub struct LastChangeProps {
    /// The last change, if any.
    pub last: Option<Rc<LastChange>>,
    /// The scheme shown (its row is highlighted).
    pub scheme: Scheme,
    /// Interface language.
    pub lang: Lang,
}

// By pointer: a change can list a million moves, and the reducer makes a new `Rc` per change.
impl PartialEq for LastChangeProps {
    fn eq(&self, other: &Self) -> bool {
        let same_last = match (&self.last, &other.last) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_last && self.scheme == other.scheme && self.lang == other.lang
    }
}

fn name_of(last: &LastChange, id: NodeId) -> String {
    last.names
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

/// The node a change is about, if it is about one.
fn subject(kind: &ChangeKind) -> Option<NodeId> {
    match kind {
        ChangeKind::NodeAdded(id)
        | ChangeKind::NodeKilled(id)
        | ChangeKind::NodeRevived(id)
        | ChangeKind::NodeRemoved { id, .. }
        | ChangeKind::WeightChanged { id, .. } => Some(*id),
        _ => None,
    }
}

/// One line saying what happened.
fn headline(lang: Lang, last: &LastChange) -> String {
    let c = &last.change;
    let name = subject(&c.kind)
        .map(|id| name_of(last, id))
        .unwrap_or_default();
    let (b, a) = (
        lang.num(c.live_before as u64),
        lang.num(c.live_after as u64),
    );
    match &c.kind {
        ChangeKind::NodeAdded(_) => lang.f(P::HeadJoin, &[&b, &a, &name]),
        ChangeKind::NodeKilled(_) => lang.f(P::HeadKill, &[&b, &a, &name]),
        ChangeKind::NodeRevived(_) => lang.f(P::HeadRevive, &[&b, &a, &name]),
        ChangeKind::NodeRemoved { .. } => lang.f(P::HeadRemove, &[&b, &a, &name]),
        ChangeKind::VnodesChanged { from, to } => lang.f(P::HeadVnodes, &[from, to]),
        ChangeKind::WeightChanged { from, to, .. } => lang.f(P::HeadWeight, &[from, to, &name]),
        other => key_status(lang, other).unwrap_or_default(),
    }
}

/// Why the schemes moved what they moved.
fn explanation(lang: Lang, last: &LastChange) -> String {
    let c = &last.change;
    let name = subject(&c.kind)
        .map(|id| name_of(last, id))
        .unwrap_or_default();
    let (b, a) = (c.live_before, c.live_after);
    match &c.kind {
        ChangeKind::VnodesChanged { .. } | ChangeKind::WeightChanged { .. } => {
            lang.t(P::WhyVnodes).to_string()
        }
        ChangeKind::KeysAdded { .. } | ChangeKind::KeysRemoved(_) | ChangeKind::KeysCleared(_) => {
            lang.t(P::WhyKeys).to_string()
        }
        _ if a > b && b > 0 => lang.f(
            P::WhyJoin,
            &[&lang.num(b as u64), &lang.num(a as u64), &name],
        ),
        _ if a > b => lang.f(P::WhyFirst, &[&name]),
        _ if a < b && a > 0 => lang.f(
            P::WhyLeave,
            &[&lang.num(b as u64), &lang.num(a as u64), &name],
        ),
        _ if a < b => lang.f(P::WhyLast, &[&name]),
        _ => lang.f(P::WhyDeadRemoved, &[&name]),
    }
}

/// The named ring invariant for joins and leaves: only the subject's keys moved.
fn monotone_check(lang: Lang, last: &LastChange) -> Option<(bool, String)> {
    let c = &last.change;
    let name = subject(&c.kind).map(|id| name_of(last, id))?;
    let (ok, template) = match &c.kind {
        ChangeKind::NodeAdded(id) | ChangeKind::NodeRevived(id) => {
            (c.moves.iter().all(|m| m.to == Some(*id)), P::CheckJoin)
        }
        ChangeKind::NodeKilled(id) | ChangeKind::NodeRemoved { id, .. }
            if c.live_after < c.live_before =>
        {
            (c.moves.iter().all(|m| m.from == Some(*id)), P::CheckLeave)
        }
        _ => return None,
    };
    if c.moves.is_empty() {
        return None;
    }
    let text = if ok {
        lang.f(template, &[&lang.num(c.moves.len() as u64), &name])
    } else {
        lang.t(P::CheckFailed).to_string()
    };
    Some((ok, text))
}

fn moved_row(lang: Lang, scheme: Scheme, shown: Scheme, change: &Change) -> Html {
    let (moved, expected) = match scheme {
        Scheme::Ring => (change.moved.ring, change.expected.map(|e| e.ring)),
        Scheme::Modulo => (change.moved.modulo, change.expected.map(|e| e.modulo)),
        Scheme::Article => (change.moved.article, change.expected.map(|e| e.article)),
    };
    let keys = change.keys as u64;
    let fraction = if keys > 0 {
        moved as f64 / keys as f64
    } else {
        0.0
    };
    let count = lang.num(moved);
    let text = match (keys > 0, expected) {
        (true, Some(e)) => lang.f(
            P::MovedTheory,
            &[&count, &pct(lang, fraction), &pct(lang, e)],
        ),
        (true, None) => lang.f(P::MovedPlain, &[&count, &pct(lang, fraction)]),
        (false, _) => lang.f(P::MovedNoKeys, &[&count]),
    };
    html! {
        <li class={classes!("moved-row", (scheme == shown).then_some("current"))}
            data-scheme={scheme.code()} data-moved={moved.to_string()}>
            <div class="moved-head">
                <span class="moved-scheme">{ scheme_name(lang, scheme) }</span>
                <span class="moved-text">{ text }</span>
            </div>
            <div class="moved-bar" aria-hidden="true">
                <span class="fill" ~style={format!("width:{:.3}%", fraction * 100.0)}></span>
                if let Some(e) = expected {
                    <span class="expected" ~style={format!("left:{:.3}%", e * 100.0)}></span>
                }
            </div>
        </li>
    }
}

/// The last-change block.
#[function_component(LastChangeView)]
pub fn last_change_view(props: &LastChangeProps) -> Html {
    let lang = props.lang;
    let Some(last) = props.last.as_ref() else {
        return html! {
            <div class="last-change">
                <h3>{ lang.t(P::LastChange) }</h3>
                <p class="empty-note">{ lang.t(P::NoChangeYet) }</p>
            </div>
        };
    };
    let c = &last.change;
    let about_keys = matches!(
        c.kind,
        ChangeKind::KeysAdded { .. } | ChangeKind::KeysRemoved(_) | ChangeKind::KeysCleared(_)
    );
    let check = monotone_check(lang, last);

    html! {
        <div class="last-change">
            <h3>{ lang.t(P::LastChange) }</h3>
            <p class="headline" role="status">{ headline(lang, last) }</p>
            if !about_keys {
                <ul class="moved-list">
                    { for Scheme::ALL.iter().map(|&s| moved_row(lang, s, props.scheme, c)) }
                </ul>
                if c.expected.is_some() {
                    <p class="legend-line"><span class="expected-key" aria-hidden="true"></span>{ lang.t(P::LegendExpected) }</p>
                }
            }
            if let Some((ok, text)) = check {
                <p class={classes!("check", if ok { "ok" } else { "bad" })}>{ text }</p>
            }
            <p class="why">{ explanation(lang, last) }</p>
        </div>
    }
}
