//! The lock lab: lessons, time controls, the safety banner, the lock server with its queue,
//! the network, the workers, storage and the numbers. Owns playback: a requestAnimationFrame
//! loop whose handle lives in hook state, so pausing or leaving the tab cancels it by drop.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::lab::common::keys_belong_to;
use crate::lab::components::lab_controls::LabControls;
use crate::lab::components::lab_flight::LabFlight;
use crate::lab::components::lab_log::LabLog;
use crate::lab::components::lab_metrics::LabMetrics;
use crate::lab::components::lab_monitor::LabMonitor;
use crate::lab::components::lab_scenarios::LabScenarios;
use crate::lab::components::lab_scene::LabScene;
use crate::lab::components::lab_server::LabServer;
use crate::lab::components::lab_settings::LabSettings;
use crate::lab::components::lab_storage::LabStorage;
use crate::lab::components::lab_worker_detail::LabWorkerDetail;
use crate::lab::components::lab_workers::LabWorkers;
use crate::lab::paced::count_frame;
use crate::lab::state::use_lab;
use crate::lab::state::LabAction;
use crate::ui::dom::use_media;

type FrameSlot = Rc<RefCell<Option<AnimationFrame>>>;

/// Ask for the next frame; each one reports the real time since the previous.
fn next_frame(
    slot: FrameSlot,
    dispatch: UseReducerDispatcher<crate::lab::state::LabState>,
    last: Option<f64>,
) {
    let again = Rc::clone(&slot);
    let handle = request_animation_frame(move |now| {
        count_frame();
        if let Some(prev) = last {
            dispatch.dispatch(LabAction::Tick(now - prev));
        }
        next_frame(again, dispatch, Some(now));
    });
    *slot.borrow_mut() = Some(handle);
}

/// Props of [`LabView`].
#[derive(Properties, PartialEq, Default)]
pub struct LabViewProps {
    /// Hosted by the Learn course: no lessons, no settings, no keys of its own (the course's
    /// arrows move between steps), without the tab's `tabpanel` role.
    #[prop_or_default]
    pub hosted: bool,
    /// While the course waits for a guess: no time controls and no safety banner, so the run
    /// cannot be played before the answer.
    #[prop_or_default]
    pub hide_outcome: bool,
    /// Tools the host puts in the scene's head (the app's export menu).
    #[prop_or_default]
    pub tools: Html,
}

/// Below this width the lab is one column (`lab.css` styles both layouts).
const ONE_COLUMN: &str = "(max-width: 900px)";

/// The lab tab's panel.
#[function_component(LabView)]
pub fn lab_view(props: &LabViewProps) -> Html {
    let lab = use_lab();
    let slot: FrameSlot = use_mut_ref(|| None);
    let narrow = use_media(ONE_COLUMN);

    // Playback: running while `playing`, cancelled by dropping the frame handle.
    {
        let dispatch = lab.dispatcher();
        use_effect_with(lab.playing, move |&playing| {
            if playing {
                next_frame(Rc::clone(&slot), dispatch, None);
            } else {
                slot.borrow_mut().take();
            }
            move || {
                slot.borrow_mut().take();
            }
        });
    }

    // Keyboard: space plays or pauses, ← → step, unless the key belongs to the focused control.
    {
        let dispatch = lab.dispatcher();
        use_effect_with(props.hosted, move |&hosted| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if hosted {
                        return;
                    }
                    if e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    let key = e.key();
                    let space = key == " ";
                    let target = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    if target.is_some_and(|t| keys_belong_to(&t, space)) {
                        return;
                    }
                    let action = match key.as_str() {
                        " " => LabAction::TogglePlay,
                        "ArrowLeft" => LabAction::StepBack,
                        "ArrowRight" => LabAction::Step,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatch.dispatch(action);
                },
            );
            move || drop(listener)
        });
    }

    let grid = html! {
        <div class="lab-grid">
            <div class="lab-main">
                <LabServer />
                <LabFlight />
                <LabWorkers />
                <LabLog />
            </div>
            <div class="lab-side">
                <LabWorkerDetail />
                <LabStorage />
                <LabMetrics />
                if !props.hosted {
                    <LabSettings />
                }
            </div>
        </div>
    };
    if props.hosted {
        return html! {
            <div class="lab lab-hosted">
                if !props.hide_outcome {
                    <LabControls />
                    <LabMonitor />
                }
                { grid }
            </div>
        };
    }
    // Two columns that flow on their own, so neither leaves a gap beside the other: the
    // scene and what it shows in detail on the left, the controls, the lessons and the
    // numbers on the right. On a narrow screen one column, drawn in the order it is read, so
    // that the order of the page, of Tab and of a screen reader is the order seen: the scene,
    // what drives it, then the details.
    let cols = if narrow {
        html! {
            <div class="lab-cols lab-one-col">
                <LabScene tools={props.tools.clone()} />
                <LabControls />
                <LabMonitor />
                <LabScenarios />
                <LabServer />
                <LabWorkerDetail />
                <LabStorage />
                <LabWorkers />
                <LabFlight />
                <LabMetrics />
                <LabLog />
                <LabSettings />
            </div>
        }
    } else {
        html! {
            <div class="lab-cols">
                <div class="lab-col lab-col-main">
                    <LabScene tools={props.tools.clone()} />
                    <LabServer />
                    <LabStorage />
                    <LabFlight />
                    <LabWorkers />
                    <LabLog />
                </div>
                <div class="lab-col lab-col-side">
                    <LabControls />
                    <LabMonitor />
                    <LabScenarios />
                    <LabWorkerDetail />
                    <LabMetrics />
                    <LabSettings />
                </div>
            </div>
        }
    };
    html! {
        <div class="lab" id="panel-lab" role="tabpanel" aria-labelledby="tab-lab">
            { cols }
        </div>
    }
}
