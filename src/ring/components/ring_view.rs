//! The ring view: the hero of the page. A circle at true angles with every vnode, the arcs live
//! nodes own and the keys coloured by owner under the scheme chosen; a hub that explains what
//! is pointed at; the lookup of a key just added, step by step; the keys the last change moved.
//!
//! Layers, bottom to top: a canvas for whatever is too numerous for the DOM, the SVG (static
//! layer, highlight, lookup), a canvas for the moved keys, the hub. View data is rebuilt only
//! when the ring version or the scheme changes; hovering and animating re-render only the
//! light parts.

use std::rc::Rc;

use ringlock_core::{NodeId, Scheme};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::build_status::BuildStatus;
use crate::ring::components::ring_canvas::RingCanvas;
use crate::ring::components::ring_caption::RingCaption;
use crate::ring::components::ring_counter::RingCounter;
use crate::ring::components::ring_fx::{MoveSet, RingFx};
use crate::ring::components::ring_highlight::{describe, RingHighlight};
use crate::ring::components::ring_hub::{HubContent, RingHub};
use crate::ring::components::ring_layer::RingLayer;
use crate::ring::components::ring_legend::RingLegend;
use crate::ring::components::ring_lessons::RingLessons;
use crate::ring::components::ring_lookup::{LookupPlan, RingLookup};
use crate::ring::figure_input::{use_figure_input, FigureTarget};
use crate::ring::frames::{use_change_epoch, use_repaint_signal, use_tween};
use crate::ring::pick::Target;
use crate::ring::state::use_ring;
use crate::ring::state::RingAction;
use crate::ring::text::notes::{about, notes};
use crate::ring::text::view::R;
use crate::ring::view_data::{Shared, ViewData};
use crate::ui::geom::VIEW_BOX;
use crate::ui::later::Later;
use crate::ui::sheet::use_style_sheet;
use crate::ui::theme::use_theme;

/// Props of [`RingView`].
#[derive(Properties, PartialEq)]
pub struct RingViewProps {
    /// Leave out the scheme's one-line summary (the course hides it until a prediction is in,
    /// since it states the outcome).
    #[prop_or_default]
    pub hide_about: bool,
    /// Called with the name of the node whose point, or of the key, the student clicks or
    /// chooses with Enter: the course's questions answered on the ring.
    #[prop_or_default]
    pub onpick: Option<Callback<String>>,
    /// Offer the Ring tab's one-click lessons (not inside the course, which has its own).
    #[prop_or(true)]
    pub lessons: bool,
    /// Tools the host puts in the panel's head (the app's export menu).
    #[prop_or_default]
    pub tools: Html,
}

/// The ring panel.
#[function_component(RingView)]
pub fn ring_view(props: &RingViewProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let scheme = app.scheme;
    let epoch = use_change_epoch(app.last.clone());
    let figure = use_node_ref();
    let svg = use_node_ref();
    let hover = use_state_eq(|| None::<Target>);
    let selected = use_state_eq(|| None::<Target>);
    let preview_node = use_state_eq(|| None::<NodeId>);
    let pinned_node = use_state_eq(|| None::<NodeId>);
    let replay = use_state(|| 0u32);
    let hidden = use_state_eq(|| None::<u64>);
    let repaint = (use_repaint_signal(), use_theme());

    let view = {
        let ring = app.ring.clone();
        Shared(use_memo((app.version, scheme), move |&(_, scheme)| {
            ViewData::build(&ring, scheme)
        }))
    };
    let moves = {
        let (ring, last) = (app.ring.clone(), app.last.clone());
        use_memo((epoch, scheme), move |&(epoch, scheme)| {
            last.and_then(|last| MoveSet::build(&ring, &last, scheme, epoch))
                .map(|m| Shared(Rc::new(m)))
        })
    };
    // A loaded link clears the last change without a new epoch: show no moves then.
    let moves = app.last.as_ref().and((*moves).clone());
    let lookup_key = match (&app.lookup, &app.last) {
        (Some((name, seq)), Some(last)) if *seq == last.seq => Some((name.clone(), epoch)),
        _ => None,
    };
    let plan = {
        let ring = app.ring.clone();
        use_memo(
            (lookup_key, app.version, scheme),
            move |(key, _, scheme)| {
                key.as_ref().map(|(name, epoch)| {
                    Shared(Rc::new(LookupPlan::build(&ring, name, *scheme, *epoch)))
                })
            },
        )
    };
    let plan = (*plan).clone().filter(|p| *hidden != Some(p.epoch));
    let elapsed = use_tween(
        (plan.as_ref().map(|p| p.epoch), *replay),
        plan.as_ref().map_or(0.0, |p| p.duration()),
    );

    let input = use_figure_input(FigureTarget {
        ring: app.ring.clone(),
        view: view.clone(),
        svg: svg.clone(),
        figure: figure.clone(),
        hover: hover.clone(),
        selected: selected.clone(),
        onpick: props.onpick.clone(),
    });
    let on_scheme = |s: Scheme| {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(RingAction::SetScheme(s)))
    };
    let onpreview = {
        let preview_node = preview_node.clone();
        Callback::from(move |node: Option<NodeId>| preview_node.set(node))
    };
    let onpin = {
        let pinned_node = pinned_node.clone();
        Callback::from(move |node: NodeId| {
            pinned_node.set(if *pinned_node == Some(node) {
                None
            } else {
                Some(node)
            })
        })
    };
    let onreplay = {
        let replay = replay.clone();
        Callback::from(move |_| replay.set(replay.wrapping_add(1)))
    };
    let onhide = {
        let (hidden, plan) = (hidden.clone(), plan.clone());
        Callback::from(move |_| hidden.set(plan.as_ref().map(|p| p.epoch)))
    };

    // ----- what the hub and highlight show -----
    let shown = (*hover).or(*selected);
    let described = shown.and_then(|t| describe(&app.ring, &view, t));
    let (hub, highlight) = match described {
        Some((hub, highlight)) => (hub, Some(highlight)),
        None => {
            let hub = match &plan {
                Some(plan) => HubContent::Lookup {
                    plan: plan.clone(),
                    elapsed,
                },
                None => HubContent::Summary {
                    nodes: view.nodes.len(),
                    dead: view.dead(),
                    points: view.points,
                    keys: view.keys,
                    scheme,
                },
            };
            (hub, None)
        }
    };
    let lit = (*preview_node).or(*pinned_node);
    // Dim every other node's marks with one rule, so lighting a node never re-renders the layer.
    use_style_sheet(lit.map_or_else(String::new, |node| {
        format!(
            ".ring-figure.lit .node:not(.n{}) {{ opacity: 0.12; }}",
            node.0
        )
    }));
    let figure_label = lang.f(
        R::FigureLabel,
        &[
            &lang.num(view.nodes.len() as u64),
            &lang.num(view.points as u64),
            &lang.num(view.keys as u64),
        ],
    );
    let scheme_button = |s: Scheme, label: R, code: Option<R>| {
        html! {
            <button type="button" aria-pressed={(scheme == s).to_string()} onclick={on_scheme(s)}>
                <span class="scheme-label">{ lang.t(label) }</span>
                if let Some(code) = code {
                    <code class="scheme-code">{ lang.t(code) }</code>
                }
            </button>
        }
    };

    html! {
        <section class="panel ring-panel" aria-labelledby="ring-title">
            <div class="ring-head">
                <h2 id="ring-title">{ lang.t(R::Title) }</h2>
                <div class="segmented scheme-switch" role="group" aria-label={lang.t(R::SchemeGroup)}>
                    { scheme_button(Scheme::Ring, R::SchemeRing, None) }
                    { scheme_button(Scheme::Modulo, R::SchemeModulo, Some(R::CodeModulo)) }
                    { scheme_button(Scheme::Article, R::SchemeArticle, Some(R::CodeArticle)) }
                </div>
                { props.tools.clone() }
            </div>
            if !props.hide_about {
                <p class="ring-about">{ about(lang, scheme) }</p>
            }
            <BuildStatus />
            <div ref={figure} class={classes!("ring-figure", lit.map(|_| "lit"))} tabindex="0" role="group"
                aria-label={figure_label} aria-describedby="ring-hub" aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Escape"
                onpointermove={input.onpointermove} onpointerdown={input.onpointerdown}
                onpointerleave={input.onpointerleave} onkeydown={input.onkeydown}
                onfocusin={input.onfocusin} onfocusout={input.onfocusout}>
                // Painting the canvas costs the browser ~20 ms at 1,000 nodes: in a frame of its
                // own, after the tab's other stages have been laid out.
                <Later stage={4}><RingCanvas view={view.clone()} {repaint} /></Later>
                <svg ref={svg} class="ring-svg" viewBox={VIEW_BOX} role="presentation">
                    <RingLayer view={view.clone()} {lang} />
                    if let Some(plan) = &plan {
                        <RingLookup plan={plan.clone()} {elapsed} />
                    }
                    if let Some(target) = highlight {
                        <RingHighlight {target} />
                    }
                </svg>
                <RingFx moves={moves.clone()} {repaint} />
                <div id="ring-hub" class="ring-hub" aria-live="polite" aria-atomic="true">
                    <RingHub {lang} content={hub} />
                </div>
            </div>
            <p class="ring-hint">{ lang.t(R::HintKeys) }</p>
            { for notes(lang, &view).into_iter().map(|n| html! { <p class="ring-note">{ n }</p> }) }
            if let Some(plan) = &plan {
                <RingCaption {lang} plan={plan.clone()} {elapsed} {onreplay} {onhide} />
            }
            <RingCounter {lang} last={app.last.clone().map(Shared)} moves={moves} {scheme} />
            // The legend and the lessons in a task of their own, a frame after the figure.
            <Later stage={1}>
                <RingLegend {lang} view={view.clone()} pinned={*pinned_node} {onpreview} {onpin} />
                if props.lessons {
                    <RingLessons />
                }
            </Later>
        </section>
    }
}
