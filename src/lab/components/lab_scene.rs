//! The lock scene: the first thing the lock lab shows. One SVG with the lock's servers in the
//! middle (the lease server and its queue, the local locks, or the Redis masters), storage
//! under them, the workers round them, every message a dot on its way, and marks where a
//! lease expired or a stale write arrived. Under it, the worker being looked at (hovered,
//! focused or tapped) with its recent timeline, and a legend.
//!
//! The geometry is `scene_layout` (pure, tested natively); the parts are in `scene/`. A wide
//! frame beside the controls, a tall one on a phone.

use gloo::events::EventListener;
use ringlock_lock::{Model, Time, WorkerId, WorkerState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::worker_summary;
use crate::lab::common::{millis, state_class, state_name};
use crate::lab::components::lab_flight::{kind_words, legend_kinds};
use crate::lab::components::scene::dots::dots_part;
use crate::lab::components::scene::keys::keys_part;
use crate::lab::components::scene::lease::lease_part;
use crate::lab::components::scene::local::local_part;
use crate::lab::components::scene::marks::marks_part;
use crate::lab::components::scene::shard::shard_part;
use crate::lab::components::scene::storage::storage_part;
use crate::lab::components::scene::workers::{workers_part, RingShapes};
use crate::lab::components::scene::Ctx;
use crate::lab::scene_layout::{Frame, Shape, DRAW_EACH};
use crate::lab::state::{use_lab, LabAction};
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::scene::SC;
use crate::lab::text::shard::S;
use crate::lab::text::L;
use crate::ui::dom::matches_media;

/// Logical time the worker card's timeline covers.
const CARD_WINDOW: Time = 10_000;
/// The phone layout from this width down (as in `lab.css`).
const NARROW: &str = "(max-width: 600px)";

/// A model's name.
pub fn model_name(lang: Lang, model: Model) -> &'static str {
    match model {
        Model::Central => lang.t(L::ModelCentral),
        Model::LocalLock => lang.t(L::ModelLocal),
        Model::ZooKeeper => lang.t(L::ModelZk),
        Model::Etcd => lang.t(E::ModelEtcd),
        Model::Redis => lang.t(K::ModelRedis),
        Model::Redlock => lang.t(K::ModelRedlock),
        Model::Sharded => lang.t(S::ModelSharded),
    }
}

/// The servers in the middle, per model.
fn middle(c: &Ctx) -> Html {
    let locks = c.sim.locks();
    match c.model {
        Model::Central | Model::ZooKeeper | Model::Etcd => {
            locks.first().map(|l| lease_part(c, l)).unwrap_or_default()
        }
        Model::LocalLock => local_part(c, &locks),
        Model::Redis | Model::Redlock => keys_part(c),
        Model::Sharded => shard_part(c, &locks),
    }
}

/// The worker card: who, in what state, and the last [`CARD_WINDOW`] of its timeline.
fn card(c: &Ctx, shown: Option<WorkerId>) -> Html {
    let Some(w) = shown.and_then(|id| c.sim.worker(id)) else {
        return html! { <p class="scene-card hint">{ c.lang.t(SC::Inspect) }</p> };
    };
    let start = c.now.saturating_sub(CARD_WINDOW);
    let x = |t: Time| (t.saturating_sub(start)) as f64 / CARD_WINDOW as f64 * 1000.0;
    let parts = c.sim.timeline(w.id).filter_map(|iv| {
        let to = iv.to.unwrap_or(c.now).min(c.now);
        if to < start {
            return None;
        }
        let from = iv.from.max(start);
        let width = (x(to) - x(from)).max(2.0);
        Some(html! {
            <rect class={state_class(iv.state)} x={format!("{:.1}", x(from))} y="0"
                width={format!("{width:.1}")} height="14" />
        })
    });
    html! {
        <div class="scene-card" data-w={w.id.0.to_string()}>
            <span class={classes!("state-pill", state_class(w.state))}>{ state_name(c.lang, w.state) }</span>
            <span class="scene-card-who">{ worker_summary(c.lang, &w) }</span>
            <svg class="scene-tl" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true">
                { for parts }
            </svg>
            <span class="scene-card-window">
                { c.lang.f(SC::Timeline, &[&crate::lab::common::worker_name(c.lang, w.id), &millis(c.lang, CARD_WINDOW)]) }
            </span>
        </div>
    }
}

fn legend(lang: Lang, model: Model) -> Html {
    let states = WorkerState::ALL.iter().map(|&s| {
        html! { <li><span class={classes!("swatch", state_class(s))} aria-hidden="true" />{ state_name(lang, s) }</li> }
    });
    let kinds = legend_kinds(model).map(|k| {
        let (class, name) = kind_words(lang, k);
        html! { <li><span class={classes!("dot", class)} aria-hidden="true" />{ name }</li> }
    });
    html! {
        <ul class="msg-legend scene-legend">{ for states }{ for kinds }</ul>
    }
}

/// The worker a pointer at page point `client` is over, if any.
fn worker_at(svg: &NodeRef, f: Frame, n: usize, client: (f64, f64)) -> Option<WorkerId> {
    let el = svg.cast::<web_sys::Element>()?;
    let r = el.get_bounding_client_rect();
    let p = f.to_view(client, (r.left(), r.top(), r.width(), r.height()))?;
    f.nearest_worker(p, n).map(|i| WorkerId(i as u32))
}

/// The worker named by the `data-sw` of an event's target.
fn target_worker(e: &Event) -> Option<u32> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute("data-sw")?
        .parse()
        .ok()
}

/// Props of [`LabScene`].
#[derive(Properties, PartialEq, Default)]
pub struct LabSceneProps {
    /// Tools the host puts in the scene's head (the app's export menu).
    #[prop_or_default]
    pub tools: Html,
}

/// The scene.
#[function_component(LabScene)]
pub fn lab_scene(props: &LabSceneProps) -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let svg = use_node_ref();
    let hovered = use_state_eq(|| None::<WorkerId>);
    let narrow = use_state_eq(|| matches_media(NARROW));
    let reduced = use_memo((), |_| matches_media("(prefers-reduced-motion: reduce)"));
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                narrow.set(matches_media(NARROW))
            });
            move || drop(listener)
        });
    }
    let l = &lab.lab;
    let sim = l.sim();
    let n = sim.worker_count();
    let f = if *narrow { Shape::Tall } else { Shape::Wide }.frame();
    let c = Ctx {
        lang,
        f,
        sim,
        now: l.now(),
        n,
        model: sim.settings().model,
        reduced: *reduced,
    };
    let states: Vec<u8> = sim.workers().map(|w| w.state.index() as u8).collect();
    let shapes = html! { <RingShapes frame={f} states={std::rc::Rc::new(states)} /> };
    let selected = lab.selected.filter(|w| (w.0 as usize) < n);
    let hover = (*hovered).filter(|w| (w.0 as usize) < n);

    let on_move = {
        let (svg, hovered) = (svg.clone(), hovered.clone());
        Callback::from(move |e: PointerEvent| {
            hovered.set(worker_at(
                &svg,
                f,
                n,
                (f64::from(e.client_x()), f64::from(e.client_y())),
            ));
        })
    };
    let on_leave = {
        let hovered = hovered.clone();
        Callback::from(move |_: PointerEvent| hovered.set(None))
    };
    let on_click = {
        let (svg, lab) = (svg.clone(), lab.clone());
        Callback::from(move |e: MouseEvent| {
            let at = (f64::from(e.client_x()), f64::from(e.client_y()));
            if let Some(w) = worker_at(&svg, f, n, at) {
                lab.dispatch(LabAction::Select(Some(w)));
            }
        })
    };
    let on_focus = {
        let lab = lab.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = target_worker(&e) {
                if lab.selected != Some(WorkerId(id)) {
                    lab.dispatch(LabAction::Select(Some(WorkerId(id))));
                }
            }
        })
    };
    let on_key = {
        let lab = lab.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(i) = target_worker(&e) else { return };
            let (i, last) = (i as usize, n.saturating_sub(1));
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (i + 1) % n.max(1),
                "ArrowLeft" | "ArrowUp" => (i + last) % n.max(1),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            // The cursor is one element that moves: focus stays on it.
            lab.dispatch(LabAction::Select(Some(WorkerId(next as u32))));
        })
    };

    let messages = sim.in_flight();
    let aria = lang.f(
        SC::Label,
        &[
            &model_name(lang, c.model),
            &lang.num(n as u64),
            &lang.num(messages.len() as u64),
        ],
    );
    let shape = if *narrow { "tall" } else { "wide" };
    html! {
        <section class="panel lab-scene" aria-labelledby="lab-scene-title" data-model={c.model.code()}>
            <div class="panel-head">
                <h2 id="lab-scene-title">{ lang.t(SC::Title) }</h2>
                <span class="panel-meta">{ model_name(lang, c.model) }</span>
                { props.tools.clone() }
            </div>
            <svg ref={svg} class={classes!("scene", shape)} viewBox={f.view_box()} role="group" aria-label={aria}
                onpointermove={on_move} onpointerleave={on_leave} onclick={on_click}
                onfocusin={on_focus} onkeydown={on_key}>
                if n > DRAW_EACH {
                    <text class="sc-small sc-corner" x="8" y="16">{ lang.f(SC::Aggregated, &[&lang.num(n as u64)]) }</text>
                }
                { middle(&c) }
                { storage_part(&c) }
                { workers_part(&c, shapes, selected, hover) }
                { marks_part(&c) }
                { dots_part(&c, &messages) }
            </svg>
            { card(&c, hover.or(selected)) }
            { legend(lang, c.model) }
        </section>
    }
}
