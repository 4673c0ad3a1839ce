//! How the ring's figure answers the pointer, the keyboard and focus: what is under the
//! pointer (hovered), what a click, a tap, the arrow keys or Tab chose (selected), and Enter
//! or a click handing a node's or key's name to the host (the course's questions on the ring).

use std::rc::Rc;

use ringlock_core::Ring;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use crate::ring::pick::{pick, step_key, step_vnode, Target};
use crate::ring::view_data::{Shared, ViewData};
use crate::ui::geom::VIEW_SIZE;

/// What the handlers read and set.
pub struct FigureTarget {
    /// The ring drawn.
    pub ring: Rc<Ring>,
    /// Its view data (what is drawn where).
    pub view: Shared<ViewData>,
    /// The drawing's SVG (its box maps the pointer to the drawing).
    pub svg: NodeRef,
    /// The figure (focus leaving it clears the selection).
    pub figure: NodeRef,
    /// What the pointer is over.
    pub hover: UseStateHandle<Option<Target>>,
    /// What was chosen.
    pub selected: UseStateHandle<Option<Target>>,
    /// Called with the name picked, if the host asks.
    pub onpick: Option<Callback<String>>,
}

/// The figure's event handlers.
pub struct FigureInput {
    /// Hover what is under the pointer.
    pub onpointermove: Callback<PointerEvent>,
    /// Select (and pick) what was clicked or tapped.
    pub onpointerdown: Callback<PointerEvent>,
    /// Clear the hover when a mouse leaves (a lifted finger keeps what it tapped).
    pub onpointerleave: Callback<PointerEvent>,
    /// Arrows walk the keys (with Shift the vnodes), Enter picks, Escape clears.
    pub onkeydown: Callback<KeyboardEvent>,
    /// Tab onto a key or vnode selects it.
    pub onfocusin: Callback<FocusEvent>,
    /// Focus leaving the figure clears the selection.
    pub onfocusout: Callback<FocusEvent>,
}

/// The handlers for `t`.
#[hook]
pub fn use_figure_input(t: FigureTarget) -> FigureInput {
    let locate = {
        let (ring, view, svg) = (t.ring.clone(), t.view.clone(), t.svg.clone());
        move |client_x: i32, client_y: i32| -> Option<Target> {
            // The drawing is centred in the SVG box and scaled to fit it (xMidYMid meet).
            let rect = svg.cast::<Element>()?.get_bounding_client_rect();
            let side = rect.width().min(rect.height());
            if side <= 0.0 {
                return None;
            }
            let units_per_px = VIEW_SIZE / side;
            let x = (f64::from(client_x) - rect.left() - rect.width() / 2.0) * units_per_px;
            let y = (f64::from(client_y) - rect.top() - rect.height() / 2.0) * units_per_px;
            pick(&ring, &view, x, y, units_per_px)
        }
    };
    let onpointermove = {
        let (hover, locate) = (t.hover.clone(), locate.clone());
        Callback::from(move |e: PointerEvent| hover.set(locate(e.client_x(), e.client_y())))
    };
    let name_of = {
        let (ring, onpick) = (t.ring.clone(), t.onpick.clone());
        move |target: Option<Target>| {
            let name = match target? {
                Target::Key { id, .. } => ring.keys().name(id).to_string(),
                Target::Vnode { node, .. } => ring.node(node)?.name.clone(),
            };
            Some((onpick.clone()?, name))
        }
    };
    let onpointerdown = {
        let (hover, selected, locate, name_of) =
            (t.hover.clone(), t.selected.clone(), locate, name_of.clone());
        Callback::from(move |e: PointerEvent| {
            let target = locate(e.client_x(), e.client_y());
            hover.set(target);
            selected.set(target);
            if let Some((onpick, name)) = name_of(target) {
                onpick.emit(name);
            }
        })
    };
    let onpointerleave = {
        let hover = t.hover.clone();
        Callback::from(move |e: PointerEvent| {
            // A finger lifting off is not "moving away": keep what it tapped.
            if e.pointer_type() != "touch" {
                hover.set(None);
            }
        })
    };
    let onkeydown = {
        let (ring, hover, selected) = (t.ring.clone(), t.hover.clone(), t.selected.clone());
        Callback::from(move |e: KeyboardEvent| {
            let forward = match e.key().as_str() {
                "Enter" => {
                    if let Some((onpick, name)) = name_of((*selected).or(*hover)) {
                        e.prevent_default();
                        onpick.emit(name);
                    }
                    return;
                }
                "ArrowRight" | "ArrowDown" => true,
                "ArrowLeft" | "ArrowUp" => false,
                "Escape" => {
                    hover.set(None);
                    selected.set(None);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            let ring = &ring;
            let from = (*selected).or(*hover);
            let next = if e.shift_key() {
                step_vnode(ring, from, forward)
            } else {
                step_key(ring, from, forward)
            };
            hover.set(None);
            selected.set(next);
        })
    };
    let onfocusin = {
        let (ring, selected) = (t.ring.clone(), t.selected.clone());
        Callback::from(move |e: FocusEvent| {
            let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let ring = &ring;
            let number = |name: &str| el.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
            if let Some(slot) = number("data-slot").filter(|&s| s < ring.keys().len()) {
                selected.set(Some(Target::key_at(ring, slot)));
            } else if let Some(point) = number("data-pt").filter(|&p| p < ring.points().len()) {
                selected.set(Some(Target::vnode_at(ring, point)));
            }
        })
    };
    let onfocusout = {
        let (figure, hover, selected) = (t.figure.clone(), t.hover.clone(), t.selected.clone());
        Callback::from(move |e: FocusEvent| {
            let inside = match (figure.cast::<Node>(), e.related_target()) {
                (Some(fig), Some(next)) => next
                    .dyn_ref::<Node>()
                    .is_some_and(|n| fig.contains(Some(n))),
                _ => false,
            };
            if !inside {
                hover.set(None);
                selected.set(None);
            }
        })
    };
    FigureInput {
        onpointermove,
        onpointerdown,
        onpointerleave,
        onkeydown,
        onfocusin,
        onfocusout,
    }
}
