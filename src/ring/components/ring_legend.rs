//! The legend: each node's colour, name and keys. Pointing at a node (or focusing it) lights
//! up its ticks, arcs and keys on the ring; clicking keeps it lit.

use ringlock_core::NodeId;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::ring_hub::counted;
use crate::ring::text::view::R;
use crate::ring::view_data::{Shared, ViewData};
use crate::ui::geom::{fmt_percent, owner_color};

/// Nodes listed before "show all".
const FIRST: usize = 24;

/// Props of [`RingLegend`].
#[derive(Properties, PartialEq)]
pub struct RingLegendProps {
    /// Interface language.
    pub lang: Lang,
    /// The nodes.
    pub view: Shared<ViewData>,
    /// The node kept lit, if any.
    pub pinned: Option<NodeId>,
    /// A node is pointed at or focused (`None`: no longer).
    pub onpreview: Callback<Option<NodeId>>,
    /// A node was clicked.
    pub onpin: Callback<NodeId>,
}

/// The legend.
#[function_component(RingLegend)]
pub fn ring_legend(props: &RingLegendProps) -> Html {
    let lang = props.lang;
    let expanded = use_state(|| false);
    let nodes = &props.view.nodes;
    if nodes.is_empty() {
        return html! {};
    }
    let total = props.view.keys.max(1) as f64;
    let shown = if *expanded {
        nodes.len()
    } else {
        nodes.len().min(FIRST)
    };
    let chip = |node: &crate::ring::view_data::NodeEntry| {
        let id = node.id;
        let enter = props.onpreview.reform(move |_: MouseEvent| Some(id));
        let leave = props.onpreview.reform(|_: MouseEvent| None);
        let focus = props.onpreview.reform(move |_: FocusEvent| Some(id));
        let blur = props.onpreview.reform(|_: FocusEvent| None);
        let click = props.onpin.reform(move |_: MouseEvent| id);
        let keys = counted(lang, node.keys as usize, R::KeysOne, R::Keys);
        let share = fmt_percent(node.keys as f64 / total);
        html! {
            <li key={id.0}>
                <button type="button"
                    class={classes!("legend-chip", (!node.alive).then_some("dead"))}
                    aria-pressed={(props.pinned == Some(id)).to_string()}
                    title={lang.f(R::LegendHighlight, &[&node.name])}
                    onmouseenter={enter} onmouseleave={leave} onfocus={focus} onblur={blur}
                    onclick={click}>
                    <span class="ring-swatch" ~style={format!("--c:{}", owner_color(Some(id)))}></span>
                    <span class="legend-name">{ node.name.clone() }</span>
                    if node.alive {
                        <span class="legend-keys">{ lang.f(R::LegendChip, &[&keys, &share]) }</span>
                    } else {
                        <span class="legend-dead">{ lang.t(R::LegendDead) }</span>
                    }
                </button>
            </li>
        }
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    html! {
        <div class="ring-legend">
            <ul class="legend-list" aria-label={lang.t(R::LegendLabel)}>
                { for nodes.iter().take(shown).map(chip) }
            </ul>
            if nodes.len() > FIRST {
                <button type="button" class="small legend-more" onclick={toggle}
                    aria-expanded={expanded.to_string()}>
                    { if *expanded {
                        lang.t(R::LegendShowFewer).to_string()
                    } else {
                        lang.f(R::LegendShowAll, &[&lang.num(nodes.len() as u64)])
                    } }
                </button>
            }
        </div>
    }
}
