//! The hub: the card in the middle of the ring. It shows the key or vnode pointed at, else the
//! lookup in progress, else a summary of the ring.

use ringlock_core::{hash, KeyInfo, NodeId, Scheme, VnodeInfo};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::ring_lookup::{LookupPlan, Step};
use crate::ring::text::view::R;
use crate::ring::view_data::Shared;
use crate::ui::geom::{fmt_angle, owner_color};

/// A node named on the card.
pub type Named = Option<(NodeId, String)>;

/// What the hub shows.
#[derive(Clone, Debug, PartialEq)]
pub enum HubContent {
    /// A key.
    Key {
        /// Its details.
        info: KeyInfo,
        /// Its owner under the scheme shown.
        owner: Named,
        /// Its owner on the ring, when the scheme shown is not the ring.
        ring_owner: Option<Named>,
    },
    /// A vnode.
    Vnode {
        /// Its details.
        info: VnodeInfo,
        /// Its node's name.
        node: String,
    },
    /// The lookup of a key just added.
    Lookup {
        /// The lookup.
        plan: Shared<LookupPlan>,
        /// Milliseconds into it.
        elapsed: f64,
    },
    /// The ring at a glance.
    Summary {
        /// Present nodes.
        nodes: usize,
        /// Dead nodes.
        dead: usize,
        /// Vnodes.
        points: usize,
        /// Keys.
        keys: usize,
        /// The scheme shown.
        scheme: Scheme,
    },
}

/// Props of [`RingHub`].
#[derive(Properties, PartialEq)]
pub struct RingHubProps {
    /// Interface language.
    pub lang: Lang,
    /// What to show.
    pub content: HubContent,
}

/// `count` with the singular or plural message.
pub fn counted(lang: Lang, count: usize, one: R, many: R) -> String {
    if count == 1 {
        lang.t(one).to_string()
    } else {
        lang.f(many, &[&lang.num(count as u64)])
    }
}

/// A SHA-1 in groups of 8 hex digits; the first two groups (the ring position) marked.
fn sha1_groups(hex: &str, shown: usize) -> Html {
    let shown = shown.min(hex.len());
    html! {
        <span class="hub-hex">
            { for (0..hex.len()).step_by(8).filter(|&i| i < shown).map(|i| {
                let group = &hex[i..(i + 8).min(shown)];
                if i < 16 {
                    html! { <><mark>{ group }</mark>{ " " }</> }
                } else {
                    html! { <>{ group }{ " " }</> }
                }
            }) }
        </span>
    }
}

fn chip(named: &Named, lang: Lang) -> Html {
    match named {
        Some((id, name)) => html! {
            <span class="hub-owner">
                <span class="ring-swatch" ~style={format!("--c:{}", owner_color(Some(*id)))}></span>
                <span class="hub-owner-name">{ name.clone() }</span>
            </span>
        },
        None => html! { <span class="hub-owner none">{ lang.t(R::NoOwner) }</span> },
    }
}

fn position_rows(lang: Lang, position: u64, angle: f64) -> Html {
    html! {
        <>
            <div class="hub-row">
                <dt>{ lang.t(R::LabelPosition) }</dt>
                <dd class="mono">{ format!("0x{}", hash::position_hex(position)) }
                    <span class="hub-dec">{ lang.num(position) }</span></dd>
            </div>
            <div class="hub-row inline">
                <dt>{ lang.t(R::LabelAngle) }</dt>
                <dd class="mono">{ fmt_angle(angle) }</dd>
            </div>
        </>
    }
}

/// The hub.
#[function_component(RingHub)]
pub fn ring_hub(props: &RingHubProps) -> Html {
    let lang = props.lang;
    match &props.content {
        HubContent::Key {
            info,
            owner,
            ring_owner,
        } => html! {
            <div class="hub-card hub-details">
                <p class="hub-kind">{ lang.t(R::KindKey) }</p>
                <p class="hub-name" title={info.name.clone()}>{ info.name.clone() }</p>
                <dl class="hub-facts">
                    <div class="hub-row">
                        <dt>{ lang.t(R::LabelSha1) }</dt>
                        <dd class="mono">{ sha1_groups(&info.sha1_hex, 40) }</dd>
                    </div>
                    { position_rows(lang, info.position, info.angle) }
                    <div class="hub-row inline">
                        <dt>{ lang.t(R::LabelOwner) }</dt>
                        <dd>{ chip(owner, lang) }</dd>
                    </div>
                    if let Some(ring_owner) = ring_owner {
                        <div class="hub-row inline">
                            <dt>{ lang.t(R::LabelRingOwner) }</dt>
                            <dd>{ chip(ring_owner, lang) }</dd>
                        </div>
                    }
                </dl>
            </div>
        },
        HubContent::Vnode { info, node } => {
            let state = lang.t(if info.alive { R::Live } else { R::Dead });
            html! {
                <div class="hub-card hub-details">
                    <p class="hub-kind">{ lang.t(R::KindVnode) }</p>
                    <p class="hub-name" title={info.label.clone()}>{ info.label.clone() }</p>
                    <dl class="hub-facts">
                        <div class="hub-row">
                            <dt>{ lang.t(R::LabelSha1) }</dt>
                            <dd class="mono">{ sha1_groups(&info.sha1_hex, 40) }</dd>
                        </div>
                        { position_rows(lang, info.position, hash::angle_deg(info.position)) }
                        <div class="hub-row inline">
                            <dt>{ lang.t(R::LabelNode) }</dt>
                            <dd>
                                { chip(&Some((info.node, node.clone())), lang) }
                                <span class={classes!("hub-state", (!info.alive).then_some("dead"))}>{ state }</span>
                            </dd>
                        </div>
                        <div class="hub-row inline">
                            <dt>{ lang.t(R::LabelKeysInArc) }</dt>
                            <dd class="mono">{ lang.num(info.keys as u64) }</dd>
                        </div>
                    </dl>
                </div>
            }
        }
        HubContent::Lookup { plan, elapsed } => {
            let (step, p) = plan.step_at(*elapsed);
            let typed = if step == Step::Hash {
                (40.0 * (p / 0.7).min(1.0)).ceil() as usize
            } else {
                40
            };
            let owner = plan.owner.as_ref().map(|o| (o.node, o.name.clone()));
            html! {
                <div class="hub-card hub-lookup" aria-hidden="true">
                    <p class="hub-kind">{ lang.t(R::KindLookup) }</p>
                    <p class="hub-name">{ plan.name.clone() }</p>
                    <dl class="hub-facts">
                        <div class="hub-row">
                            <dt>{ lang.t(R::LabelSha1) }</dt>
                            <dd class="mono">{ sha1_groups(&plan.sha1_hex, typed) }</dd>
                        </div>
                        if step >= Step::Place {
                            { position_rows(lang, plan.position, plan.angle) }
                        }
                        if step == Step::Owner {
                            <div class="hub-row inline hub-found">
                                <dt>{ lang.t(R::LabelOwner) }</dt>
                                <dd>
                                    { chip(&owner, lang) }
                                    if let Some(o) = &plan.owner {
                                        <span class="hub-via mono">{ o.label.clone() }</span>
                                    }
                                </dd>
                            </div>
                        }
                    </dl>
                </div>
            }
        }
        HubContent::Summary {
            nodes,
            dead,
            points,
            keys,
            scheme,
        } => {
            let scheme_name = lang.t(match scheme {
                Scheme::Ring => R::SchemeRing,
                Scheme::Modulo => R::SchemeModulo,
                Scheme::Article => R::SchemeArticle,
            });
            let empty = if *nodes == 0 {
                Some(lang.t(R::NoNodes))
            } else if dead == nodes {
                Some(lang.t(R::AllDead))
            } else {
                None
            };
            html! {
                <div class="hub-card hub-summary" aria-hidden="true">
                    <p class="hub-kind">{ scheme_name }</p>
                    <p class="hub-big">{ counted(lang, *nodes, R::NodesOne, R::Nodes) }</p>
                    <p class="hub-line">
                        { counted(lang, *points, R::VnodesOne, R::Vnodes) }
                        { " · " }
                        { counted(lang, *keys, R::KeysOne, R::Keys) }
                    </p>
                    if *dead > 0 {
                        <p class="hub-line hub-dead">{ lang.f(R::DeadCount, &[&lang.num(*dead as u64)]) }</p>
                    }
                    if let Some(text) = empty {
                        <p class="hub-hint">{ text }</p>
                    } else {
                        <p class="hub-hint">{ lang.t(R::Hint) }</p>
                    }
                </div>
            }
        }
    }
}
